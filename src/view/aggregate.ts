// How kerjasama aggregate status reads: one row per member (source, commit, validation, freshness), and
// the JSON value beside it. Words in aggregate.words.ts.

import type { Aggregate } from '../aggregate/aggregate.js';
import { iso } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import { say } from '../model/words.js';
import { AGGREGATE_VIEW_WORDS as W, type AggregateViewWord } from './aggregate.words.js';
import type { Cell, Provenance, ReportView } from './view.js';

const both = (key: AggregateViewWord, v: Record<string, string | number> = {}): Record<Lang, string> => ({ en: say(W, 'en', key, v), id: say(W, 'id', key, v) });

export function aggregateStatusView(agg: Aggregate, provenance: Provenance, lang: Lang): ReportView {
  const after = `${agg.staleAfter.count}${agg.staleAfter.unit}`;
  const rows = agg.members.map((a): Record<string, Cell> => {
    const m = a.member;
    const fresh: Cell = { text: freshnessWord(a.freshness.stale, lang), tone: a.freshness.stale === null ? 'muted' : a.freshness.stale ? 'bad' : 'good' };
    return {
      code: m.code,
      name: m.name ?? m.loaded.config.name,
      source: m.source,
      commit: m.commit ? m.commit.slice(0, 12) : null,
      lastCommit: m.lastCommitDay === undefined ? null : { date: iso(m.lastCommitDay) },
      age: a.freshness.ageDays,
      fresh,
      errors: a.errors,
      warnings: a.warnings,
      leftOut: a.leftOut,
      records: a.counts.partners + a.counts.agreements + a.counts.activities,
    };
  });
  return {
    title: both('title', { name: agg.name }),
    provenance,
    tables: [{
      columns: [
        { key: 'code', label: both('code') },
        { key: 'name', label: both('name'), wrap: true },
        { key: 'source', label: both('source'), priority: 3, wrap: true },
        { key: 'commit', label: both('commit'), priority: 2 },
        { key: 'lastCommit', label: both('lastCommit'), dates: true },
        { key: 'age', label: both('age'), align: 'right' },
        { key: 'fresh', label: both('fresh') },
        { key: 'errors', label: both('errors'), align: 'right' },
        { key: 'warnings', label: both('warnings'), align: 'right' },
        { key: 'leftOut', label: both('leftOut'), align: 'right', priority: 1 },
        { key: 'records', label: both('records'), align: 'right', priority: 1 },
      ],
      rows,
      empty: both('empty'),
    }],
    notes: [both('noteStale', { after, date: iso(agg.asOf) }), both('noteErrors')],
  };
}

/** A member's freshness in words: stale, current, or not known (never "never"). */
export function freshnessWord(stale: boolean | null, lang: Lang): string {
  return say(W, lang, stale === null ? 'unknown' : stale ? 'stale' : 'current');
}
