// kerjasama report <name>: load → check (records with errors are left out) → report → view → render.

import { filesWithErrors, runChecks, withoutInvalid } from '../check/index.js';
import { parseDuration } from '../model/dates.js';
import { countOf } from '../model/diagnostics.js';
import { gitCommitIn, gitStateLater, mayBeInGit, type GitState } from '../load/git.js';
import { describeFilters, parseList, unknownFilterValues, type Filters } from '../report/filters.js';
import { countryName } from '../model/countries.js';
import { vocabulary } from '../model/sectors.js';
import { reportAsCsv } from '../render/reportCsv.js';
import { reportAsJson } from '../render/reportJson.js';
import { reportAsMarkdown } from '../render/reportMarkdown.js';
import { reportAsTable } from '../render/reportTable.js';
import { reportAsXlsx } from '../render/reportXlsx.js';
import type { ConsideredUnit, Provenance, ReportView } from '../view/view.js';
import type { Loaded } from '../load/load.js';
import type { Config, Dataset, Diagnostic, Lang } from '../model/types.js';
import { existsSync } from 'node:fs';
import { RunMemo } from '../load/cache.js';
import { fsSource, type RegisterSource } from '../load/load.js';
import { VERSION } from './version.js';
import { cacheOption, chooseAsOf, chooseLang, outputInputs, chooseStyle, emit, sayWritten, loadOrExplain, outputPath, registerIsBundle, replaceFile, resolveRoot, type GlobalOptions, type Recorded, type RecordedOptions } from './common.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { termAsWritten } from './values.js';

export interface ReportOptions extends GlobalOptions, RecordedOptions {
  format?: string;
  output?: string;
  force?: boolean;
  strict?: boolean;
  category?: string;
  partner?: string;
  country?: string;
  sector?: string;
  unit?: string;
  includeLoi?: boolean;
}

/** What a report of the registry is made from: a register's records, or an aggregate's (cli/aggregateReport.ts). */
export interface ReportBasis {
  /** The records reports use: the loaded ones without those whose files have errors (validate's errors). */
  dataset: Dataset;
  /** What validate would count, over the whole register. */
  validation: { errors: number; warnings: number };
  lang: Lang;
  asOf: number;
  asOfText: string;
  filters: Filters;
  provenance: (report: string, considered: number, unit: ConsideredUnit) => Provenance;
}

export interface ReportContext extends ReportBasis {
  loaded: Loaded;
}

export interface Rendered { view: ReportView; json: unknown; custom?: Partial<Record<string, () => string>> }

export function durationOption(text: string | undefined, name: string): ReturnType<typeof parseDuration> {
  if (text === undefined) return undefined;
  const d = parseDuration(text);
  if (!d) throw new UsageError(say('durationInvalid', { name, value: text, near: termAsWritten(text) ?? '' }));
  return d;
}

/** The provenance every report (and the site's data files) carries: which report, as of when, which commit. */
export function provenanceOf(loaded: Loaded, asOfText: string, filters: Filters, recorded?: Recorded, known?: { here: ReturnType<typeof gitCommitIn> }): (report: string, considered: number, unit: ConsideredUnit) => Provenance {
  // The working tree's commit: as already asked of git (runReport's memo), else asked now.
  const here = known ? known.here : gitCommitIn(loaded.root);
  // The register read from a commit (--at, --recorded-as-of) is that commit's, as a checkout of it would say.
  // The folder is the register's in its repository at any commit (--at reads the same folder there).
  const commit = recorded ? recorded.commit : here?.commit;
  // A register in a sub-folder of a larger repository: the commit is that repository's; the stamp names the folder.
  const folder = here?.folder ? { registerFolder: here.folder } : {};
  return (report, considered, unit) => ({
    report, asOf: asOfText, register: loaded.config.name, ...(commit ? { commit } : {}), ...(recorded?.recordedAsOf ? { recordedAsOf: recorded.recordedAsOf } : {}), ...folder, considered, unit, filters: describeFilters(filters),
  });
}

/** The codes of files not read, the words that say so in a report, and what of the first file's name they show. */
const NOT_READ: ReadonlyArray<readonly ['file-extension' | 'file-misplaced', 'notRead' | 'notReadFolder', (file: string) => string]> = [
  ['file-extension', 'notRead', (file) => /\.ya?ml(.*)$/i.exec(file)?.[0] ?? file],
  ['file-misplaced', 'notReadFolder', (file) => file],
];

/**
 * What reports rest on: the records validate passes (a record with any error, its own or across records,
 * is left out, and a line on stderr says how many), the diagnostics and validate's counts.
 */
export function reportInputs(io: IO, loaded: Loaded, asOf: number, lang: Lang): { dataset: Dataset; diagnostics: Diagnostic[]; validation: { errors: number; warnings: number }; invalid: number } {
  const diagnostics = [...loaded.diagnostics, ...runChecks(loaded.dataset, asOf)];
  const bad = filesWithErrors(diagnostics);
  const invalid = bad.size;
  if (invalid > 0) {
    io.stderr(`kerjasama: ${t(lang, 'leftOut', { n: invalid })}\n`);
  }
  // Files under data/ that are not read at all (a warning to validate, but missing here): a record an
  // editor saved as x.yaml.txt, said by what its name ends in; a YAML file outside the record folders.
  for (const [code, key, example] of NOT_READ) {
    const found = diagnostics.filter((d) => d.code === code);
    if (found.length > 0) io.stderr(`kerjasama: ${t(lang, key, { n: found.length, example: JSON.stringify(example(found[0]?.file ?? '')) })}\n`);
  }
  const { errors, warnings } = countOf(diagnostics);
  return { dataset: withoutInvalid(loaded.dataset, bad), diagnostics, validation: { errors, warnings }, invalid };
}

/**
 * A filter value that names nothing known is a usage error naming it and the closest known values: a
 * report filtered on it would find nothing and read as an all-clear ("every partnership had an activity").
 */
export function refuseUnknownFilters(d: Dataset, filters: Filters): void {
  const bad = unknownFilterValues(filters, d)[0];
  if (!bad) return;
  const vocab = vocabulary(d.config.extraSectors);
  const named = (v: string, lang: Lang): string => {
    if (bad.filter === 'sector') {
      const s = vocab.find((x) => x.id === v);
      return s ? `${v} (${lang === 'id' ? s.name : s.name_en})` : v;
    }
    if (bad.filter === 'country') return `${v} (${countryName(v, lang)})`;
    if (bad.filter === 'partner') {
      const p = d.partners.get(v);
      return p ? `${v} (${p.data.name})` : v;
    }
    return v;
  };
  throw new UsageError((lang) => t(lang, 'filterUnknown', { filter: bad.filter, value: bad.value, closest: bad.closest.map((v) => named(v, lang)).join(', ') }));
}

/**
 * The format asked for, refused when the report has not it, and a workbook refused without a file to go
 * to (or over one, unless --force): before anything is read.
 */
export function reportFormat(io: IO, opts: ReportOptions, formats: readonly string[]): string {
  const format = opts.format ?? 'table';
  if (!formats.includes(format)) throw new UsageError(say('formatInvalid', { formats: formats.join(', '), value: format }));
  // A workbook is binary: it goes to a file, never to a terminal or a pipe by accident.
  if (format === 'xlsx' && (opts.output === undefined || opts.output === '-')) throw new UsageError(say('xlsxNeedsOutput'));
  if (format === 'xlsx' && existsSync(outputPath(io, opts.output as string)) && !opts.force) throw new UsageError(say('outputExists', { output: opts.output as string }));
  return format;
}

/**
 * A report built, rendered in its format by that format's one renderer and emitted (to stdout or
 * --output); the text, or for a workbook the promise of its file written.
 */
export function renderReport(io: IO, opts: ReportOptions, format: string, r: Rendered, lang: Lang): string | Promise<void> {
  if (format === 'xlsx') {
    const output = opts.output as string;
    return reportAsXlsx(r.view, lang).then((bytes) => {
      replaceFile(outputPath(io, output), Buffer.from(bytes), output);
    });
  }
  const custom = r.custom?.[format];
  let text: string;
  if (custom) text = custom();
  else if (format === 'json') text = reportAsJson(r.view.provenance, r.json);
  else if (format === 'csv') text = reportAsCsv(r.view, lang);
  else if (format === 'markdown') text = reportAsMarkdown(r.view, lang);
  else text = reportAsTable(r.view, lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), { width: chooseWidth(io, opts.output) });
  emit(io, text, opts.output, opts.force);
  return text;
}

/**
 * Shared by every report: load, warn about left-out records, build, render, exit code. With the cache
 * on, a report of the working tree already made for the same inputs (memoInputs) on an unchanged
 * register is answered by the run memo; a workbook, a register read from a commit and a register read
 * upgraded from an older format are always made again.
 */
export function runReport(io: IO, opts: ReportOptions, command: string, formats: readonly string[], build: (ctx: ReportContext) => Rendered): number | Promise<number> {
  const format = reportFormat(io, opts, formats);
  const cached = cacheOption(io, opts);
  if (cached.cache && format !== 'xlsx' && opts.at === undefined && opts.recordedAsOf === undefined && !registerIsBundle(io, opts)) {
    const root = resolveRoot(io, opts);
    // git is asked first: in a register it knows whole, what it says unchanged needs no listing (issue 28).
    const asking = mayBeInGit(root) ? gitStateLater(root) : Promise.resolve(undefined);
    const source = fsSource(root);
    const cfg = source.readConfig();
    const bytes = cfg instanceof Uint8Array ? cfg : undefined;
    return asking.then((state) => {
      const run = state?.tree !== undefined
        ? RunMemo.open(cached.cache, root, bytes, VERSION, state.differ, state.tree)
        : RunMemo.open(cached.cache, root, bytes, VERSION, source.list());
      const here = state?.here;
      const config = run.config();
      const inputs = config ? outputInputs(io, opts, command, config, { git: here ?? null }) : undefined;
      const hit = inputs === undefined ? undefined : run.output(inputs);
      if (!hit) return makeReport(io, opts, command, format, build, source, { run, inputs, here });
      if (hit.stderr) io.stderr(hit.stderr);
      emit(io, hit.stdout, opts.output, opts.force);
      sayWritten(io, opts.output, command, format, chooseLang(io, opts, config?.language), chooseAsOf(io, opts, config?.timezone ?? 'UTC'));
      return hit.code;
    });
  }
  return makeReport(io, opts, command, format, build);
}

/** A report made from the register (runReport's memo, when given, keeps it). */
function makeReport(io: IO, opts: ReportOptions, command: string, format: string, build: (ctx: ReportContext) => Rendered, source?: RegisterSource, memo?: { run: RunMemo; inputs: string | undefined; here: GitState['here'] | undefined }): number | Promise<number> {
  const { loaded, lang, asOf, asOfText, recorded } = loadOrExplain(io, opts, source, { readsBundle: true });
  const filters: Filters = {};
  for (const k of ['category', 'partner', 'country', 'sector', 'unit'] as const) {
    const v = parseList(opts[k]);
    if (v) filters[k] = v;
  }
  refuseUnknownFilters(loaded.dataset, filters);
  const provenance = provenanceOf(loaded, asOfText, filters, recorded, memo ? { here: memo.here } : undefined);
  let said = '';
  const { dataset, diagnostics, validation, invalid } = reportInputs({ ...io, stderr: (s: string) => { said += s; io.stderr(s); } }, loaded, asOf, lang);
  const r = build({ loaded, dataset, validation, lang, asOf, asOfText, filters, provenance });
  const code = opts.strict && invalid > 0 ? 1 : 0;
  const text = renderReport(io, opts, format, r, lang);
  if (typeof text !== 'string') return text.then(() => { sayWritten(io, opts.output, command, format, lang, asOf); return code; });
  sayWritten(io, opts.output, command, format, lang, asOf);
  // As validate's memo: never a register read upgraded (each run says so), nor one with a file that could not be read.
  if (memo && !loaded.upgraded && !diagnostics.some((d) => d.code === 'file-unreadable')) {
    memo.run.setOutput(memo.inputs ?? outputInputs(io, opts, command, loaded.config, { git: memo.here ?? null }), loaded.config, { stdout: text, stderr: said, code }, source?.list());
  }
  return code;
}
