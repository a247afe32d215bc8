// kerjasama report periodic: load → check (records with errors left out) → the period's report → the
// template's values → a .docx or .xlsx form (built in, the region's own from reporting.templates, or a
// path), HTML, PDF through LibreOffice, or JSON. --write-template writes a built-in form to start from.

import { existsSync, lstatSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { closest } from '../load/similar.js';
import { readBytes } from '../load/read.js';
import { messageOf } from '../model/diagnostics.js';
import { parsePeriod, previousPeriod, type Period } from '../model/period.js';
import type { Lang } from '../model/types.js';
import { parseList, type Filters } from '../report/filters.js';
import { periodicReport } from '../report/periodic.js';
import { documentData, TEMPLATE_NAMES, type DocumentData, type TemplateName } from '../view/periodic.js';
import { fillDocx, TemplateError } from '../render/docxTemplate.js';
import { builtInDocx } from '../render/periodicForms.js';
import { builtInXlsx, fillXlsx } from '../render/xlsxTemplate.js';
import { periodicHtml } from '../render/periodicHtml.js';
import { reportAsJson } from '../render/reportJson.js';
import { emit, loadOrExplain, replaceFile, sayWritten, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { provenanceOf, reportInputs } from './report.js';
import { toPdf } from './soffice.js';
import { VERSION } from './version.js';

export const PERIODIC_FORMATS = ['docx', 'xlsx', 'html', 'pdf', 'json'] as const;
type Format = (typeof PERIODIC_FORMATS)[number];

export interface PeriodicOptions extends GlobalOptions {
  period?: string;
  template?: string;
  format?: string;
  output?: string;
  force?: boolean;
  writeTemplate?: string;
  strict?: boolean;
  category?: string;
  partner?: string;
  country?: string;
  sector?: string;
  unit?: string;
}

const BINARY: readonly Format[] = ['docx', 'xlsx', 'pdf'];

/** The format: --format, else the extension of --output, else docx. */
function formatOf(opts: PeriodicOptions): Format {
  const f = opts.format ?? (opts.output ? extname(opts.output).slice(1).toLowerCase() : 'docx');
  if (!(PERIODIC_FORMATS as readonly string[]).includes(f)) throw new UsageError(say('formatInvalid', { formats: PERIODIC_FORMATS.join(', '), value: f }));
  return f as Format;
}

/** A template: a built-in form's name, or a path to a .docx or .xlsx form. */
function templateOf(text: string | undefined): { name: TemplateName } | { path: string; kind: 'docx' | 'xlsx' } {
  const v = text ?? 'recap';
  if ((TEMPLATE_NAMES as readonly string[]).includes(v)) return { name: v as TemplateName };
  const ext = extname(v).slice(1).toLowerCase();
  if (ext === 'docx' || ext === 'xlsx') return { path: v, kind: ext };
  const near = closest(v, TEMPLATE_NAMES);
  throw new UsageError(say('templateInvalid', { value: v, names: TEMPLATE_NAMES.join(', '), near: near ?? '' }));
}

// not prose: the command as typed, named in the line a file written says (sayWritten)
const COMMAND = 'report periodic';

export async function periodicCommand(io: IO, opts: PeriodicOptions): Promise<number> {
  const template = templateOf(opts.template);
  if (opts.writeTemplate !== undefined) return writeTemplate(io, template, opts);
  const period = opts.period === undefined ? undefined : parsePeriod(opts.period);
  if (opts.period !== undefined && !period) throw new UsageError(say('periodInvalid', { value: opts.period }));
  const format = formatOf(opts);
  if (BINARY.includes(format) && (opts.output === undefined || opts.output === '-')) throw new UsageError(say('periodicNeedsOutput', { format }));
  if (opts.output !== undefined && opts.output !== '-' && existsSync(resolve(io.cwd, opts.output)) && !opts.force) throw new UsageError(say('outputExists', { output: opts.output }));
  if ('path' in template && (format === 'html' || format === 'json')) throw new UsageError(say('templateFormat', { template: template.path, format }));
  if ('path' in template && format !== 'pdf' && format !== template.kind) throw new UsageError(say('templateFormat', { template: template.path, format }));

  const { loaded, lang, asOf } = loadOrExplain(io, opts, undefined, { readsBundle: true });
  const cfg = loaded.config;
  const p: Period = period ?? previousPeriod(cfg.reporting.frequency, asOf);
  const filters: Filters = {};
  for (const k of ['category', 'partner', 'country', 'sector', 'unit'] as const) {
    const v = parseList(opts[k]);
    if (v) filters[k] = v;
  }
  const { dataset, invalid } = reportInputs(io, loaded, asOf, lang);
  const report = periodicReport(dataset, p, { filters });
  const name: TemplateName = 'name' in template ? template.name : 'recap';
  const prov = provenanceOf(loaded, report.recap.period.to, filters)(format === 'json' ? 'periodic' : `periodic ${name}`, report.recap.considered, 'agreements');
  const code = opts.strict && invalid > 0 ? 1 : 0;
  if (format === 'json') {
    const { recap, evaluation } = report;
    emit(io, reportAsJson(prov, { period: recap.period, recap: { rows: recap.rows, byCategory: recap.byCategory, bySector: recap.bySector }, evaluation: { window: evaluation.window, rows: evaluation.rows } }), opts.output, opts.force);
    sayWritten(io, opts.output, COMMAND, format, lang, asOf);
    return code;
  }
  const ownerName = cfg.owner ? dataset.partners.get(cfg.owner)?.data.name : undefined;
  const data = documentData(report, { template: name, config: cfg, ...(ownerName ? { ownerName } : {}), period: p, version: VERSION, ...(prov.commit ? { commit: prov.commit } : {}), made: asOf }, lang);
  if (format === 'html') {
    emit(io, periodicHtml(data), opts.output, opts.force);
    sayWritten(io, opts.output, COMMAND, format, lang, asOf);
    return code;
  }
  // The form: a path given, the region's own for this report and format, or the built-in one.
  const wanted: 'docx' | 'xlsx' = 'path' in template ? template.kind : format === 'xlsx' ? 'xlsx' : 'docx';
  const form = 'path' in template ? { bytes: readTemplate(io.cwd, template.path, lang), shown: template.path } : configuredForm(loaded.root, cfg.reporting.templates[name], wanted, lang);
  let bytes: Uint8Array;
  try {
    bytes = wanted === 'xlsx'
      ? await fillXlsx(form?.bytes ?? (await builtInXlsx(name)), data)
      : await fillDocx(form?.bytes ?? (await builtInDocx(name)), data);
  } catch (err) {
    if (err instanceof TemplateError) throw templateProblem(err, form?.shown ?? name, data);
    throw err;
  }
  if (format === 'pdf') bytes = await toPdf(bytes, wanted, io.env);
  replaceFile(resolve(io.cwd, opts.output as string), Buffer.from(bytes), opts.output as string);
  sayWritten(io, opts.output, COMMAND, format, lang, asOf);
  return code;
}

/** The region's own form for a report (reporting.templates), when it is of the format wanted: a path in the register. */
function configuredForm(root: string, path: string | undefined, wanted: 'docx' | 'xlsx', lang: Lang): { bytes: Uint8Array; shown: string } | undefined {
  if (path === undefined || extname(path).slice(1).toLowerCase() !== wanted) return undefined;
  const abs = resolve(root, path);
  if (relative(root, abs).startsWith('..') || relative(root, abs).split(sep)[0] === '..') throw new UsageError(say('templateOutside', { path }));
  return { bytes: readTemplate(root, path, lang), shown: path };
}

/** Reads a form as a register file is read: never through a link, never a pipe, within the size limit. */
function readTemplate(cwd: string, path: string, lang: Lang): Uint8Array {
  const r = readBytes(resolve(cwd, path), path);
  if (r instanceof Uint8Array) return r;
  throw new UsageError(say('templateUnreadable', { path, reason: r[0] ? messageOf(r[0], lang).message : '?' }));
}

/** Every name a template may use: the values' keys, inside loops too, and labels.<key>. */
function knownNames(d: DocumentData): string[] {
  const names = new Set<string>(['.']);
  const walk = (v: unknown, prefix: string): void => {
    if (Array.isArray(v)) for (const x of v) walk(x, '');
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        names.add(prefix + k);
        walk(x, k === 'labels' ? 'labels.' : '');
      }
    }
  };
  walk(d, '');
  return [...names];
}

function templateProblem(e: TemplateError, shown: string, d: DocumentData): UsageError {
  if (e.kind === 'unknown-tags') {
    const names = knownNames(d);
    return new UsageError((lang) => t(lang, 'templateUnknownTags', {
      template: shown,
      n: e.details.length,
      tags: e.details.map((tag) => {
        const near = closest(tag, names);
        return near ? `{${tag}} (${t(lang, 'didYouMean', { near: `{${near}}` })})` : `{${tag}}`;
      }).join(', '),
    }));
  }
  return new UsageError((lang) => t(lang, e.kind === 'syntax' ? 'templateSyntax' : 'templateNotForm', { template: shown, reason: e.detailsIn(lang).join('; ') }));
}

async function writeTemplate(io: IO, template: ReturnType<typeof templateOf>, opts: PeriodicOptions): Promise<number> {
  if (!('name' in template)) throw new UsageError(say('writeTemplateBuiltIn'));
  const out = opts.writeTemplate as string;
  const ext = extname(out).slice(1).toLowerCase();
  if (ext !== 'docx' && ext !== 'xlsx') throw new UsageError(say('writeTemplateExt', { path: out }));
  const abs = resolve(io.cwd, out);
  let exists = false;
  try {
    lstatSync(abs);
    exists = true;
  } catch { /* a new file */ }
  if (exists && !opts.force) throw new UsageError(say('outputExists', { output: out }));
  const bytes = ext === 'docx' ? await builtInDocx(template.name) : await builtInXlsx(template.name);
  replaceFile(abs, Buffer.from(bytes), out);
  return 0;
}
