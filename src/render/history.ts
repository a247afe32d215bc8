// The history's words: an event of a record's life, an audit row's change and its flags, said once in
// both languages. Field changes are phrased as `kerjasama diff` phrases them (render/diff.ts).

import { t, type MessageKey } from '../cli/messages.js';
import type { Lang } from '../model/types.js';
import { BACK_DATED_AFTER, type AuditFlag, type AuditRow, type HistoryEvent } from '../report/history.js';
import { fieldPhrase } from './diff.js';

const pct = (x: number | undefined): number => Math.round((x ?? 1) * 100);

/** A value as one line of text: strings as they are, the rest as JSON; long values cut with … unless `full`. */
export function valueText(v: unknown, lang: Lang, full = false): string {
  if (v === null || v === undefined) return t(lang, 'history.noValue');
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (full) return s;
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? one.slice(0, 79) + '…' : one;
}

/** What an event did, as a clerk says it. */
export function eventPhrase(e: HistoryEvent, lang: Lang): string {
  switch (e.type) {
    case 'created':
    case 'removed':
    case 'restored':
    case 'valid':
      return t(lang, `history.event.${e.type}`);
    case 'renamed':
      return t(lang, e.how === 'fields' ? 'history.event.renamed.fields' : 'history.event.renamed.git', { from: e.from ?? '', n: pct(e.similarity) });
    case 'signed':
      return t(lang, 'history.event.signed', { party: e.party ?? '', date: e.date ?? '' });
    case 'approval': {
      const what = [e.number !== undefined ? t(lang, 'history.approval.number', { number: e.number }) : '', e.date ?? ''].filter(Boolean).join(', ');
      return t(lang, 'history.event.approval', { which: t(lang, `history.approval.${e.approval ?? 'dprd'}` as MessageKey), what });
    }
    case 'renewed-by':
    case 'followed-by':
    case 'activity-added':
      return t(lang, `history.event.${e.type}`, { other: e.other ?? '' });
    case 'invalid':
      return t(lang, 'history.event.invalid', { n: e.problems ?? 1 });
    default:
      return e.change ? fieldPhrase(e.change, lang) : `${e.field ?? ''}: ${valueText(e.before, lang)} → ${valueText(e.after, lang)}`;
  }
}

export function flagText(f: AuditFlag, lang: Lang): string {
  return f === 'back-dated' ? t(lang, 'history.flag.back-dated', { days: BACK_DATED_AFTER / 86_400 }) : t(lang, `history.flag.${f}`);
}

/** An audit row's change, for the field column when the row is about the record as a whole. */
export function auditChangeText(r: AuditRow, lang: Lang): string {
  if (r.change === 'added') return t(lang, r.kind === 'config' ? 'history.audit.configAdded' : 'history.audit.added');
  if (r.change === 'removed') return t(lang, r.kind === 'config' ? 'history.audit.configRemoved' : 'history.audit.removed');
  if (r.change === 'unreadable') return t(lang, 'history.audit.unreadable', { n: Number(r.after ?? 1) });
  return t(lang, 'history.audit.layout');
}
