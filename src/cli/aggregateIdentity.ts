// kerjasama aggregate partners [--unresolved] | aggregate conflicts: the members and identity.yaml read as
// `aggregate build` reads them (identified, in aggregate.ts), then identity,
// counterparts and conflicts (src/aggregate), shown as a table or JSON. identity.yaml with errors stops
// the command (exit 2) with its problems; decisions that name nothing are diagnostics (exit 1); conflicts
// exits 1 while any conflict is not acknowledged.

import { conflicts, openConflicts } from '../aggregate/conflicts.js';
import { counterparts } from '../aggregate/counterparts.js';
import { countOf, finalise, messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { reportAsJson } from '../render/reportJson.js';
import { reportAsTable } from '../render/reportTable.js';
import { conflictsView, partnersView } from '../view/identity.js';
import { identified, type AggregateOptions, type Identified } from './aggregate.js';
import { chooseLang, chooseStyle, emit, sayWritten } from './common.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { say, t } from './messages.js';

export interface IdentityOptions extends AggregateOptions {
  unresolved?: boolean;
}

export const IDENTITY_FORMATS = ['table', 'json'] as const;

/** Diagnostics as JSON values (the shape of validate --format json's), in the reader's language. */
function diagnosticsJson(ds: readonly Diagnostic[], lang: Lang): unknown[] {
  return ds.map((d) => {
    const { message, hint } = messageOf(d, lang);
    return { code: d.code, severity: d.severity, file: d.file, line: d.line ?? null, column: d.column ?? null, pointer: d.pointer ?? null, message, hint: hint || null };
  });
}

/** The table format's diagnostics on stderr; the exit code they call for (1 with an error). */
function showDiagnostics(io: IO, opts: IdentityOptions, lang: Lang, ds: readonly Diagnostic[], x: Identified, json: boolean): number {
  if (ds.length && !json) io.stderr(diagnosticsAsStylish(ds, { lang, style: chooseStyle(io, opts, 'stderr'), source: x.source, fileCount: x.fileCount, hiddenWarnings: 0 }));
  return countOf(ds).errors > 0 ? 1 : 0;
}

function checkFormat(opts: IdentityOptions): 'table' | 'json' {
  const format = opts.format ?? 'table';
  if (!(IDENTITY_FORMATS as readonly string[]).includes(format)) throw new UsageError(say('formatInvalid', { formats: IDENTITY_FORMATS.join(', '), value: format }));
  return format as 'table' | 'json';
}

export function aggregatePartnersCommand(io: IO, opts: IdentityOptions): number {
  const lang = chooseLang(io, opts);
  const format = checkFormat(opts);
  const x = identified(io, opts, lang);
  const unresolved = opts.unresolved === true;
  const diagnostics = finalise(x.identity.diagnostics);
  // not prose: the command's name, as the provenance line names the report
  const provenance = x.provenance(unresolved ? 'aggregate partners --unresolved' : 'aggregate partners', x.identity.partners.reduce((n, p) => n + p.records.length, 0));
  let text: string;
  if (format === 'json') {
    const candidates = x.identity.candidates.map((c) => ({ partners: c.partners, pairs: c.pairs }));
    const partners = x.identity.partners.map((p) => ({ id: p.id, name: p.name, country: p.country, type: p.type, ids: p.ids, records: p.records.map((r) => ({ id: r.key, member: r.member, file: r.partner.file, name: r.partner.data.name })), links: p.links }));
    text = reportAsJson(provenance, { ...(unresolved ? {} : { partners }), candidates, diagnostics: diagnosticsJson(diagnostics, lang) });
  } else {
    const width = chooseWidth(io, opts.output);
    text = reportAsTable(partnersView(x.identity, provenance, x.name, lang, unresolved), lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), width !== undefined ? { width } : {});
  }
  const code = showDiagnostics(io, opts, lang, diagnostics, x, format === 'json');
  emit(io, text, opts.output, opts.force);
  sayWritten(io, opts.output, provenance.report, format, lang, x.asOf);
  return code;
}

export function aggregateConflictsCommand(io: IO, opts: IdentityOptions): number {
  const lang = chooseLang(io, opts);
  const format = checkFormat(opts);
  const x = identified(io, opts, lang);
  const national = counterparts(x.members, x.identity);
  const result = conflicts(x.members, x.identity, national, x.read.decisions.acknowledged, x.read.locate);
  const diagnostics = finalise([...x.identity.diagnostics, ...result.diagnostics]);
  const open = openConflicts(result.conflicts);
  // not prose: the command's name, as the provenance line names the report
  const provenance = x.provenance('aggregate conflicts', national.reduce((n, a) => n + a.records.length, 0) + x.identity.partners.reduce((n, p) => n + p.records.length, 0));
  let text: string;
  if (format === 'json') {
    text = reportAsJson(provenance, {
      agreements: national.length,
      conflicts: result.conflicts,
      open: open.length,
      acknowledged: result.conflicts.length - open.length,
      diagnostics: diagnosticsJson(diagnostics, lang),
    });
  } else {
    const width = chooseWidth(io, opts.output);
    text = reportAsTable(conflictsView(result.conflicts, provenance, x.name, lang), lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), width !== undefined ? { width } : {});
  }
  const code = showDiagnostics(io, opts, lang, diagnostics, x, format === 'json');
  emit(io, text, opts.output, opts.force);
  sayWritten(io, opts.output, provenance.report, format, lang, x.asOf);
  if (result.conflicts.length && format !== 'json') io.stderr(`kerjasama: ${t(lang, 'conflictsOpen', { open: open.length, all: result.conflicts.length, acknowledged: result.conflicts.length - open.length })}\n`);
  return Math.max(code, open.length > 0 ? 1 : 0);
}
