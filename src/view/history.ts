// How the history reads: an event of a record's life, an audit row and its flags said as a clerk says
// them (field changes as `kerjasama diff` says them, view/changes.ts), and log, blame and audit as tables
// (text, Markdown, CSV) and as JSON.

import { humanText, instantIn, parseDate } from '../model/dates.js';
import type { ExtraSector, Kind, Lang } from '../model/types.js';
import { fieldPathLabel, fieldText, fieldValueAt } from './fields.js';
import { BACK_DATED_AFTER, type AuditFlag, type AuditRow, type BlameLine, type HistoryCommit, type HistoryEvent } from '../report/history.js';
import { fieldPhrase } from './changes.js';
import { CONFIG_FIELDS, FIELDS, fieldPaths, type FieldSpec } from '../model/fields.js';
import { hw, hwBoth, type HistoryWord } from './history.words.js';
import type { Cell, Column, Provenance, ReportView } from './view.js';


const pct = (x: number | undefined): number => Math.round((x ?? 1) * 100);

/** A value as one line of text: strings as they are, the rest as JSON; long values cut with … unless `full`. */
export function valueText(v: unknown, lang: Lang, full = false): string {
  if (v === null || v === undefined) return hw(lang, 'noValue');
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (full) return s;
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? one.slice(0, 79) + '…' : one;
}

/** A value for a cell: in CSV (raw) an absent value is an empty cell, elsewhere it says "(none)". */
const cellValue = (v: unknown, lang: Lang, raw: boolean): string | null => (raw && (v === null || v === undefined) ? null : valueText(v, lang, raw));

/** How an event's phrase names things as show does: sectors (the register's extra sectors too) and records (their names, or their ids). */
export interface EventWords {
  readonly extraSectors?: readonly ExtraSector[];
  readonly name?: (kind: Kind, id: string) => string | undefined;
}

/** What an event did, as a clerk says it. */
export function eventPhrase(e: HistoryEvent, lang: Lang, o: EventWords = {}): string {
  switch (e.type) {
    case 'created':
    case 'removed':
    case 'restored':
    case 'valid':
      return hw(lang, `event.${e.type}`);
    case 'renamed':
      return hw(lang, e.how === 'fields' ? 'event.renamed.fields' : 'event.renamed.git', { from: e.from ?? '', n: pct(e.similarity) });
    case 'signed':
      return hw(lang, 'event.signed', { party: fieldText({ t: 'ref', kind: 'partner', id: e.party ?? '' }, lang, o.name), date: humanText(e.date ?? '', lang) });
    case 'approval': {
      const what = [e.number !== undefined ? hw(lang, 'approval.number', { number: e.number }) : '', humanText(e.date ?? '', lang)].filter(Boolean).join(', ');
      return hw(lang, 'event.approval', { which: hw(lang, `approval.${e.approval ?? 'dprd'}` as HistoryWord), what });
    }
    case 'renewed-by':
    case 'followed-by':
    case 'activity-added':
    case 'agreement-added':
      // The other record by its name, as show names a reference ("NTB–Bali MoU 2029 (ntb-bali-mou-2029)"); its id when the register no longer holds it.
      return hw(lang, `event.${e.type}`, { other: fieldText({ t: 'ref', kind: e.type === 'activity-added' ? 'activity' : 'agreement', id: e.other ?? '' }, lang, o.name) });
    case 'invalid':
      return hw(lang, 'event.invalid', { n: e.problems ?? 1 });
    default:
      return e.change ? fieldPhrase(e.change, lang, { kind: e.kind, ...(o.extraSectors ? { extraSectors: o.extraSectors } : {}), ...(o.name ? { name: o.name } : {}) }) : `${e.field ?? ''}: ${valueText(e.before, lang)} → ${valueText(e.after, lang)}`;
  }
}

export function flagText(f: AuditFlag, lang: Lang): string {
  return f === 'back-dated' ? hw(lang, 'flag.back-dated', { days: BACK_DATED_AFTER / 86_400 }) : hw(lang, `flag.${f}`);
}

/** An audit row's change, for the field column when the row is about the record as a whole. */
export function auditChangeText(r: AuditRow, lang: Lang): string {
  if (r.change === 'added') return hw(lang, r.kind === 'config' ? 'audit.configAdded' : 'audit.added');
  if (r.change === 'removed') return hw(lang, r.kind === 'config' ? 'audit.configRemoved' : 'audit.removed');
  if (r.change === 'unreadable') return hw(lang, 'audit.unreadable', { n: Number(r.after ?? 1) });
  return hw(lang, 'audit.layout');
}

export interface HistoryViewOptions {
  /** The register's time zone: commit dates are shown in it. */
  timeZone: string;
  /** --show-email: authors' e-mail addresses (personal data) too. */
  showEmail: boolean;
  /** For CSV: full commit ids, ISO dates with the offset, whole values, codes. */
  raw: boolean;
  /** The register's extra sectors, for sector names in lists. */
  extraSectors?: readonly ExtraSector[];
  /** The records' names (log: the working tree's), to name the records an event names as show does; without it, their ids. */
  name?: (kind: Kind, id: string) => string | undefined;
}

const col = (key: string, label: HistoryWord, extra: Omit<Column, 'key' | 'label'> = {}): Column => ({ key, label: hwBoth(label), ...extra });

function commitColumns(o: HistoryViewOptions): Column[] {
  return [
    col('date', 'col.date'),
    col('commit', 'col.commit', { priority: 3 }),
    col('author', 'col.author', { wrap: true, priority: 2 }),
    ...(o.showEmail ? [col('email', 'col.email', { wrap: true, priority: 5 })] : []),
    col('pull_request', 'col.pr', { priority: 4 }),
  ];
}

function commitCells(c: HistoryCommit, o: HistoryViewOptions): Record<string, Cell> {
  const when = instantIn(o.timeZone, c.committerTime);
  return {
    date: o.raw ? when.iso : when.zoned,
    commit: o.raw ? c.id : c.id.slice(0, 7),
    author: c.author,
    ...(o.showEmail ? { email: c.email } : {}),
    pull_request: c.pr === null ? null : o.raw ? c.pr : `#${c.pr}`,
    message: c.subject,
  };
}

/** A commit in JSON: full id, dates in the register's time zone with their offset; e-mail only with --show-email. */
export function commitJson(c: HistoryCommit, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  return {
    id: c.id,
    committed: instantIn(o.timeZone, c.committerTime).iso,
    authored: instantIn(o.timeZone, c.authorTime).iso,
    author: c.author,
    ...(o.showEmail ? { email: c.email } : {}),
    pullRequest: c.pr,
    merge: c.merge,
    ...(c.mergedBy !== undefined ? { mergedBy: c.mergedBy } : {}),
    ...(c.mergedBy !== undefined && o.showEmail ? { mergedByEmail: c.mergedByEmail } : {}),
    subject: c.subject,
  };
}


// ---- log --------------------------------------------------------------------------------------------

export function logView(kind: Kind, id: string, events: readonly HistoryEvent[], prov: Provenance, lang: Lang, o: HistoryViewOptions): ReportView {
  const columns: Column[] = [
    ...commitColumns(o),
    ...(o.raw ? [col('event', 'col.change'), col('field', 'col.field'), col('before', 'col.before'), col('after', 'col.after')] : []),
    col(o.raw ? 'text' : 'change', 'col.change', { wrap: true }),
    col('message', 'col.message', { wrap: true, priority: 1 }),
  ];
  const rows = events.map((e) => ({
    ...commitCells(e.commit, o),
    ...(o.raw ? { event: e.type, field: e.field ?? null, before: cellValue(e.before, lang, true), after: cellValue(e.after, lang, true), text: eventPhrase(e, lang, o) } : { change: eventPhrase(e, lang, o) }),
  }));
  return { title: { en: hw('en', 'title.log', { kind, id }), id: hw('id', 'title.log', { kind, id }) }, provenance: prov, tables: [{ columns, rows, empty: hwBoth('empty') }], notes: [] };
}

export function eventJson(e: HistoryEvent, lang: Lang, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  const { commit, change: _change, ...rest } = e;
  return { ...rest, text: eventPhrase(e, lang, o), commit: commitJson(commit, o) };
}

// ---- blame ------------------------------------------------------------------------------------------

/** A field's descriptor (the field model), by the path blame and the diff give it (`signatures[0].date`); kerjasama.yaml's with kind 'config'. */
function specOf(kind: Kind | 'config', field: string): FieldSpec | undefined {
  const path = field.replace(/\[\d+\]/g, '');
  return fieldPaths(kind === 'config' ? CONFIG_FIELDS : FIELDS[kind]).find(([p]) => p === path)?.[1];
}

/** Whether a value is one of the record's dates (a vague one is marked as reports mark it). */
export const isDateValue = (kind: Kind | 'config', field: string, v: unknown): v is string => {
  const t = specOf(kind, field)?.shape.t;
  return typeof v === 'string' && (t === 'date' || t === 'end') && parseDate(v) !== undefined;
};
/** Whether a value is `unknown` where the field model lets a record say that nobody knows. */
export const isUnknownValue = (kind: Kind | 'config', field: string, v: unknown): boolean => v === 'unknown' && specOf(kind, field)?.unknown === true;

/**
 * A value as `show` writes it, by the field model's renderer (view/fields.ts), not JSON: a list (sectors,
 * partners, scope), a mapping (an end's term), a code as its word (a language, a country, a status), a
 * reference, a period in words; undefined for a plain text or a field the model does not know.
 */
function renderedText(kind: Kind | 'config', field: string, v: unknown, lang: Lang, o: HistoryViewOptions): string | undefined {
  const value = fieldValueAt(kind, field, v, { lang, ...(o.extraSectors ? { extraSectors: o.extraSectors } : {}) });
  if (!value || (value.t === 'text' && typeof v === 'string' && value.text === v)) return undefined;
  return fieldText(value, lang, o.name);
}

/**
 * A field's value in a table cell (blame's value, audit's before and after, a record's or kerjasama.yaml's),
 * by the field model: a date as the tables write it, `unknown` said as such, a list, a mapping or a code as
 * `show` writes it; CSV (raw) keeps the values as written.
 */
function valueCell(kind: Kind | 'config', field: string, v: unknown, lang: Lang, o: HistoryViewOptions): Cell {
  if (isDateValue(kind, field, v)) return { date: v };
  if (o.raw) return valueText(v, lang, true);
  if (isUnknownValue(kind, field, v)) return { text: hw(lang, 'unknown'), tone: 'warn' };
  return renderedText(kind, field, v, lang, o) ?? valueText(v, lang);
}

export function blameView(kind: Kind, id: string, lines: readonly BlameLine[], prov: Provenance, lang: Lang, o: HistoryViewOptions): ReportView {
  const columns: Column[] = [
    col('field', 'col.field'),
    col('value', 'col.value', { wrap: true, dates: true }),
    ...commitColumns(o),
    col('message', 'col.message', { wrap: true, priority: 1 }),
  ];
  const rows = lines.map((l) => {
    const value = valueCell(kind, l.field, l.value, lang, o);
    const commit: Record<string, Cell> = l.commit ? commitCells(l.commit, o) : { date: o.raw ? null : hw(lang, 'before'), commit: null, author: null, ...(o.showEmail ? { email: null } : {}), pull_request: null, message: null };
    // The field by show's label; CSV keeps the key.
    return { field: o.raw ? l.field : fieldPathLabel(kind, l.field, lang), value, ...commit };
  });
  return { title: { en: hw('en', 'title.blame', { kind, id }), id: hw('id', 'title.blame', { kind, id }) }, provenance: prov, tables: [{ columns, rows, empty: hwBoth('empty') }], notes: [] };
}

export function blameJson(kind: Kind, l: BlameLine, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  return {
    field: l.field, value: l.value,
    ...(isDateValue(kind, l.field, l.value) ? { uncertain: parseDate(l.value)?.uncertain ?? false } : {}),
    ...(isUnknownValue(kind, l.field, l.value) ? { unknown: true } : {}),
    commit: l.commit ? commitJson(l.commit, o) : null,
  };
}

// ---- audit ------------------------------------------------------------------------------------------

/** An audit row's before or after: a record's field, or kerjasama.yaml's, as blame shows it (valueCell). */
function auditCell(r: AuditRow, v: unknown, lang: Lang, o: HistoryViewOptions): Cell {
  if (r.field === null || v === null || v === undefined) return cellValue(v, lang, o.raw);
  return valueCell(r.kind, r.field, v, lang, o);
}

export function auditView(rows: readonly AuditRow[], prov: Provenance, lang: Lang, o: HistoryViewOptions): ReportView {
  const columns: Column[] = [
    ...commitColumns(o),
    col('record', 'col.record', { wrap: true }),
    col('field', 'col.field', { wrap: true }),
    col('before', 'col.before', { wrap: true }),
    col('after', 'col.after', { wrap: true }),
    col('flags', 'col.flags', { wrap: true }),
    col('message', 'col.message', { wrap: true, priority: 1 }),
  ];
  const out = rows.map((r) => ({
    ...commitCells(r.commit, o),
    record: r.kind === 'config' ? r.id : o.raw ? `${r.kind}:${r.id}` : `${hw(lang, `kind.${r.kind}`)} ${r.id}`,
    // The field by show's label (a setting of kerjasama.yaml by its own); CSV keeps the key.
    field: r.field === null ? (o.raw ? null : auditChangeText(r, lang)) : o.raw ? r.field : fieldPathLabel(r.kind, r.field, lang),
    ...(o.raw ? { change: r.change } : {}),
    before: r.field === null ? null : auditCell(r, r.before, lang, o),
    after: r.field === null ? (o.raw && r.change === 'unreadable' ? String(r.after) : null) : auditCell(r, r.after, lang, o),
    flags: (o.raw ? r.flags : r.flags.map((f) => flagText(f, lang))) as Cell,
  }));
  if (o.raw) columns.splice(columns.findIndex((c) => c.key === 'field') + 1, 0, col('change', 'col.change'));
  return { title: hwBoth('title.audit'), provenance: prov, tables: [{ columns, rows: out, empty: hwBoth('empty') }], notes: [] };
}

export function auditJson(r: AuditRow, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  return { commit: commitJson(r.commit, o), kind: r.kind, id: r.id, file: r.file, change: r.change, field: r.field, before: r.before ?? null, after: r.after ?? null, flags: r.flags };
}
