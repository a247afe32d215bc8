// How log, blame and audit read as tables (text, Markdown, CSV) and as JSON.

import { KIND_NAME, t, type MessageKey } from '../cli/messages.js';
import { instantIn, parseDate } from '../model/dates.js';
import type { Kind, Lang } from '../model/types.js';
import { auditChangeText, eventPhrase, flagText, valueText } from '../render/history.js';
import type { Cell, Column, Provenance, ReportView } from '../view/view.js';
import type { AuditRow, BlameLine, HistoryCommit, HistoryEvent } from './history.js';

export interface HistoryViewOptions {
  /** The register's time zone: commit dates are shown in it. */
  timeZone: string;
  /** --show-email: authors' e-mail addresses (personal data) too. */
  showEmail: boolean;
  /** For CSV: full commit ids, ISO dates with the offset, whole values, codes. */
  raw: boolean;
}

const both = (key: MessageKey, p: Record<string, string | number> = {}): Record<Lang, string> => ({ en: t('en', key, p), id: t('id', key, p) });
const col = (key: string, label: MessageKey, extra: Omit<Column, 'key' | 'label'> = {}): Column => ({ key, label: both(label), ...extra });

function commitColumns(o: HistoryViewOptions): Column[] {
  return [
    col('date', 'history.col.date'),
    col('commit', 'history.col.commit', { priority: 3 }),
    col('author', 'history.col.author', { wrap: true, priority: 2 }),
    ...(o.showEmail ? [col('email', 'history.col.email', { wrap: true, priority: 5 })] : []),
    col('pull_request', 'history.col.pr', { priority: 4 }),
  ];
}

function commitCells(c: HistoryCommit, o: HistoryViewOptions): Record<string, Cell> {
  const when = instantIn(o.timeZone, c.committerTime);
  return {
    date: o.raw ? when.iso : when.text,
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
    ...(o.raw ? [col('event', 'history.col.change'), col('field', 'history.col.field'), col('before', 'history.col.before'), col('after', 'history.col.after')] : []),
    col(o.raw ? 'text' : 'change', 'history.col.change', { wrap: true }),
    col('message', 'history.col.message', { wrap: true, priority: 1 }),
  ];
  const rows = events.map((e) => ({
    ...commitCells(e.commit, o),
    ...(o.raw ? { event: e.type, field: e.field ?? null, before: e.before === undefined ? null : valueText(e.before, lang, true), after: e.after === undefined ? null : valueText(e.after, lang, true), text: eventPhrase(e, lang) } : { change: eventPhrase(e, lang) }),
  }));
  return { title: { en: t('en', 'history.title.log', { kind, id }), id: t('id', 'history.title.log', { kind, id }) }, provenance: prov, tables: [{ columns, rows, empty: both('history.empty') }], notes: [] };
}

export function eventJson(e: HistoryEvent, lang: Lang, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  const { commit, change: _change, ...rest } = e;
  return { ...rest, text: eventPhrase(e, lang), commit: commitJson(commit, o) };
}

// ---- blame ------------------------------------------------------------------------------------------

/** Fields holding a date as records write them (a vague one is marked as reports mark it). */
const DATE_FIELD = /(^|\.)(date|end|effective|start|confirmed|planned_signing)$/;
/** Fields whose value `unknown` says that nobody knows. */
const UNKNOWN_FIELD = /^(status|document_type|approvals\.[a-z_]+\.status)$/;

export const isUnknownValue = (field: string, v: unknown): boolean => v === 'unknown' && UNKNOWN_FIELD.test(field);
export const isDateValue = (field: string, v: unknown): v is string => typeof v === 'string' && DATE_FIELD.test(field.replace(/\[\d+\]/g, '')) && parseDate(v) !== undefined;

export function blameView(kind: Kind, id: string, lines: readonly BlameLine[], prov: Provenance, lang: Lang, o: HistoryViewOptions): ReportView {
  const columns: Column[] = [
    col('field', 'history.col.field'),
    col('value', 'history.col.value', { wrap: true, dates: true }),
    ...commitColumns(o),
    col('message', 'history.col.message', { wrap: true, priority: 1 }),
  ];
  const rows = lines.map((l) => {
    const value: Cell = isDateValue(l.field, l.value) ? { date: l.value }
      : isUnknownValue(l.field, l.value) && !o.raw ? { text: t(lang, 'history.unknown'), tone: 'warn' }
      : valueText(l.value, lang, o.raw);
    const commit: Record<string, Cell> = l.commit ? commitCells(l.commit, o) : { date: o.raw ? null : t(lang, 'history.before'), commit: null, author: null, ...(o.showEmail ? { email: null } : {}), pull_request: null, message: null };
    return { field: l.field, value, ...commit };
  });
  return { title: { en: t('en', 'history.title.blame', { kind, id }), id: t('id', 'history.title.blame', { kind, id }) }, provenance: prov, tables: [{ columns, rows, empty: both('history.empty') }], notes: [] };
}

export function blameJson(l: BlameLine, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  return {
    field: l.field, value: l.value,
    ...(isDateValue(l.field, l.value) ? { uncertain: parseDate(l.value)?.uncertain ?? false } : {}),
    ...(isUnknownValue(l.field, l.value) ? { unknown: true } : {}),
    commit: l.commit ? commitJson(l.commit, o) : null,
  };
}

// ---- audit ------------------------------------------------------------------------------------------

export function auditView(rows: readonly AuditRow[], prov: Provenance, lang: Lang, o: HistoryViewOptions): ReportView {
  const columns: Column[] = [
    ...commitColumns(o),
    col('record', 'history.col.record', { wrap: true }),
    col('field', 'history.col.field', { wrap: true }),
    col('before', 'history.col.before', { wrap: true }),
    col('after', 'history.col.after', { wrap: true }),
    col('flags', 'history.col.flags', { wrap: true }),
    col('message', 'history.col.message', { wrap: true, priority: 1 }),
  ];
  const out = rows.map((r) => ({
    ...commitCells(r.commit, o),
    record: r.kind === 'config' ? r.id : o.raw ? `${r.kind}:${r.id}` : `${KIND_NAME[r.kind][lang]} ${r.id}`,
    field: r.field ?? (o.raw ? null : auditChangeText(r, lang)),
    ...(o.raw ? { change: r.change } : {}),
    before: r.field === null ? null : valueText(r.before, lang, o.raw),
    after: r.field === null ? (o.raw && r.change === 'unreadable' ? String(r.after) : null) : valueText(r.after, lang, o.raw),
    flags: (o.raw ? r.flags : r.flags.map((f) => flagText(f, lang))) as Cell,
  }));
  if (o.raw) columns.splice(columns.findIndex((c) => c.key === 'field') + 1, 0, col('change', 'history.col.change'));
  return { title: both('history.title.audit'), provenance: prov, tables: [{ columns, rows: out, empty: both('history.empty') }], notes: [] };
}

export function auditJson(r: AuditRow, o: Omit<HistoryViewOptions, 'raw'>): Record<string, unknown> {
  return { commit: commitJson(r.commit, o), kind: r.kind, id: r.id, file: r.file, change: r.change, field: r.field, before: r.before ?? null, after: r.after ?? null, flags: r.flags };
}
