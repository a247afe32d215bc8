// The aggregate's tables: every member's export tables (exportTables, the one exporter), merged. A member's
// tables get its region code in a `member` column and its ids namespaced (`52:ntb-bali-ntt-pks-2026`), so
// the same id in two registers stays two rows; the record tables also say where each row was read (commit,
// file, line). The code tables, sectors and countries are shared (a code means the same in every register).
// A `members` table holds each member's source, commit, validation and freshness; `member_meta` each
// member's own export facts; `meta` the aggregate's.

import type { Aggregate } from '../aggregate/aggregate.js';
import { memberId } from '../aggregate/members.js';
import { iso } from '../model/dates.js';
import type { Kind } from '../model/types.js';
import { exportTables, RECORD_TABLE } from './build.js';
import type { Column, Export, ForeignKey, Table, Value } from './tables.js';
import { AGGREGATE_WORDS, type Words } from './words.js';

export interface AggregateExportOptions {
  /** The tool's version. */
  readonly version: string;
  /** Per member code: the content hash of what was read (federation.lock's). */
  readonly hashes?: ReadonlyMap<string, string>;
}

/** Tables every member shares: codes, sectors, countries. Their rows are merged by key, the first member's kept. */
const isShared = (name: string): boolean => name.startsWith('code_') || name === 'sectors' || name === 'countries';

const col = (name: keyof typeof AGGREGATE_WORDS, type: Column['type'], extra: Partial<Column> = {}): Column => ({ name, type, title: AGGREGATE_WORDS[name].title as Words, description: AGGREGATE_WORDS[name].description as Words, ...extra });

const KIND_OF_TABLE = new Map<string, Kind>(Object.entries(RECORD_TABLE).map(([k, t]) => [t, k as Kind]));

const byKey = (a: readonly Value[], b: readonly Value[]): number => {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
};

/** The columns of a member table whose values are ids of the member's records (to namespace). */
function idColumns(t: Omit<Table, 'rows'>, memberTables: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  const at = (name: string): number => t.columns.findIndex((c) => c.name === name);
  // A record table's (or the partnerships') own key.
  if (t.primaryKey.length === 1 && !t.foreignKeys.some((fk) => fk.columns.includes(t.primaryKey[0] as string))) out.add(at(t.primaryKey[0] as string));
  for (const fk of t.foreignKeys) {
    // '' is the table itself (an agreement's parent, renews, chain).
    if (fk.table === '' || memberTables.has(fk.table)) for (const c of fk.columns) out.add(at(c));
  }
  out.delete(-1);
  return out;
}

export function aggregateTables(agg: Aggregate, o: AggregateExportOptions): Export {
  // One member's export at a time, its rows taken into the merged tables and the rest let go: the
  // aggregate of hundreds of members never holds every member's export beside the merged one.
  let first: readonly Table[] | undefined;
  let memberTables = new Set<string>();
  const membersFk: ForeignKey = { columns: ['member'], table: 'members', refColumns: ['code'] };
  /** Per table: its shape's facts, and the rows gathered so far (shared tables: their keys seen). */
  const gathered = new Map<string, { ids: Set<number>; kind: Kind | undefined; rows: Value[][]; seen: Set<string> }>();
  const metaRows: Value[][] = [];
  let metaColumns: readonly Column[] = [];
  for (const m of agg.members) {
    const x = exportTables(m.dataset, { asOf: agg.asOf, includePrivate: false, version: o.version, ...(m.member.commit ? { commit: m.member.commit } : {}) });
    // The shape of every table is the same in every member's export (the field model's): the first one's.
    if (!first) {
      first = x.tables;
      memberTables = new Set(first.filter((t) => !isShared(t.name) && t.name !== 'meta').map((t) => t.name));
    }
    const code = m.member.code;
    for (const t of x.tables) {
      if (t.name === 'meta') {
        metaColumns = t.columns;
        for (const r of t.rows) metaRows.push([code, ...r]);
        continue;
      }
      let g = gathered.get(t.name);
      if (!g) {
        g = { ids: isShared(t.name) ? new Set() : idColumns(t, memberTables), kind: KIND_OF_TABLE.get(t.name), rows: [], seen: new Set() };
        gathered.set(t.name, g);
      }
      if (isShared(t.name)) {
        for (const r of t.rows) {
          const key = JSON.stringify(t.primaryKey.map((k) => r[t.columns.findIndex((c) => c.name === k)]));
          if (g.seen.has(key)) continue;
          g.seen.add(key);
          g.rows.push([...r]);
        }
        continue;
      }
      const { ids, kind } = g;
      for (const r of t.rows) {
        const row: Value[] = [code];
        for (let i = 0; i < r.length; i++) {
          const v = r[i] as Value;
          row.push(ids.has(i) && typeof v === 'string' ? memberId(code, v) : v);
        }
        if (kind) {
          const rec = (kind === 'partner' ? m.dataset.partners : kind === 'agreement' ? m.dataset.agreements : m.dataset.activities).get(String(r[0]));
          row.push(m.member.commit ?? null, rec?.file ?? null, rec ? 1 : null);
        }
        g.rows.push(row);
      }
    }
  }
  if (!first) throw new Error('a federation has at least one member');
  const out: Table[] = [];
  for (const shape of first) {
    if (shape.name === 'meta') continue;
    const g = gathered.get(shape.name);
    const rows = (g?.rows ?? []).sort(byKey);
    if (isShared(shape.name)) {
      out.push({ ...shape, rows });
      continue;
    }
    const ids = g?.ids ?? idColumns(shape, memberTables);
    const keyNamespaced = shape.primaryKey.some((k) => ids.has(shape.columns.findIndex((c) => c.name === k)));
    const provenance: Column[] = g?.kind ? [col('source_commit', 'string'), col('source_file', 'string'), col('source_line', 'integer')] : [];
    out.push({
      ...shape,
      columns: [col('member', 'string', { required: true }), ...shape.columns, ...provenance],
      primaryKey: keyNamespaced ? shape.primaryKey : ['member', ...shape.primaryKey],
      foreignKeys: [membersFk, ...shape.foreignKeys],
      rows,
    });
  }
  const members = membersTable(agg, o);
  const memberMeta: Table = {
    name: 'member_meta', ...AGGREGATE_WORDS.member_meta,
    columns: [col('member', 'string', { required: true }), ...metaColumns],
    primaryKey: ['member', 'key'], foreignKeys: [membersFk],
    rows: metaRows,
  };
  const meta: Table = {
    name: 'meta', ...AGGREGATE_WORDS.meta,
    columns: memberMeta.columns.slice(1),
    primaryKey: ['key'], foreignKeys: [],
    rows: [['federation_name', agg.name], ['tool', 'kerjasama'], ['tool_version', o.version], ['as_of', iso(agg.asOf)], ['stale_after', `${agg.staleAfter.count}${agg.staleAfter.unit}`], ['members', String(agg.members.length)]],
  };
  // members first: every member table refers to it; the shared tables come before the tables that use them.
  const shared = out.filter((t) => isShared(t.name));
  const own = out.filter((t) => !isShared(t.name));
  return {
    tables: [members, ...shared, ...own, memberMeta, meta],
    register: agg.name,
    asOf: iso(agg.asOf),
    commit: undefined,
    version: o.version,
    includePrivate: false,
    publication: {},
  };
}

function membersTable(agg: Aggregate, o: AggregateExportOptions): Table {
  const cols = [
    col('code', 'string', { required: true }), col('name', 'string'), col('source', 'string', { required: true }), col('commit', 'string'), col('content_hash', 'string'),
    col('last_commit', 'date'), col('age_days', 'integer'), col('stale', 'boolean'),
    col('errors', 'integer', { required: true }), col('warnings', 'integer', { required: true }), col('left_out', 'integer', { required: true }),
    col('partners', 'integer', { required: true }), col('agreements', 'integer', { required: true }), col('activities', 'integer', { required: true }),
  ];
  return {
    name: 'members', ...AGGREGATE_WORDS.members, columns: cols, primaryKey: ['code'], foreignKeys: [],
    rows: agg.members.map((a) => [
      a.member.code, a.member.name ?? a.member.loaded.config.name, a.member.source, a.member.commit ?? null, o.hashes?.get(a.member.code) ?? null,
      a.member.lastCommitDay === undefined ? null : iso(a.member.lastCommitDay), a.freshness.ageDays, a.freshness.stale,
      a.errors, a.warnings, a.leftOut, a.counts.partners, a.counts.agreements, a.counts.activities,
    ]),
  };
}
