// The aggregate's tables: every member's export tables (exportTables, the one exporter), merged. A member's
// tables get its region code in a `member` column and its ids namespaced (`52:ntb-bali-ntt-pks-2026`), so
// the same id in two registers stays two rows; the record tables also say where each row was read (commit,
// file, line). The code tables, sectors and countries are shared (a code means the same in every register).
// A `members` table holds each member's source, commit, validation and freshness; `member_meta` each
// member's own export facts; `meta` the aggregate's.
// With the national picture (identity, counterparts and conflicts, as aggregate partners and aggregate
// conflicts give them), the national tables: national partners and agreements with each member's record
// of them, why records are one partner, each party's number, and the differences between members with
// each value's member, commit, file and line. Their rows keep those modules' order (compareKeys: by member
// code as a number, then id), which does not depend on the order of the members.

import { maxOf, minOf } from '../model/lists.js';
import type { Aggregate } from '../aggregate/aggregate.js';
import type { Conflict } from '../aggregate/conflicts.js';
import { partyToken, type NationalAgreement } from '../aggregate/counterparts.js';
import type { IdentityResult } from '../aggregate/identity.js';
import { memberId, type Member } from '../aggregate/members.js';
import { compactRange, iso } from '../model/dates.js';
import type { Kind } from '../model/types.js';
import { exportTables, RECORD_TABLE } from './build.js';
import type { Column, Export, ForeignKey, Table, Value } from './tables.js';
import { AGGREGATE_WORDS, type Words } from './words.js';

export interface AggregateExportOptions {
  /** The tool's version. */
  readonly version: string;
  /** Per member code: the content hash of what was read (federation.lock's). */
  readonly hashes?: ReadonlyMap<string, string>;
  /** The national picture, for the national tables; without it, only the members' tables. */
  readonly national?: National;
}

/** Identity, counterparts and conflicts over the members' records (src/aggregate), as the CLI worked them out. */
export interface National {
  /** The members as identity and counterparts read them. */
  readonly members: readonly Member[];
  readonly identity: IdentityResult;
  readonly agreements: readonly NationalAgreement[];
  readonly conflicts: readonly Conflict[];
  /** A decision's line in identity.yaml, from its pointer (`/same/0`); undefined when not known. */
  readonly decisionLine?: (pointer: string) => number | undefined;
}

/** Tables every member shares: codes, sectors, countries. Their rows are merged by key, the first member's kept. */
const isShared = (name: string): boolean => name.startsWith('code_') || name === 'sectors' || name === 'countries';

const col = (name: keyof typeof AGGREGATE_WORDS, type: Column['type'], extra: Partial<Column> = {}): Column => ({ name, type, title: AGGREGATE_WORDS[name].title as Words, description: AGGREGATE_WORDS[name].description as Words, ...extra });

type WordKey = keyof typeof AGGREGATE_WORDS;
/** A column of a national table: its words are `table.column`'s when the column means something of its own there, else the column's. */
const ncol = (table: string, name: string, type: Column['type'], extra: Partial<Column> = {}): Column => {
  const words = AGGREGATE_WORDS[(`${table}.${name}` in AGGREGATE_WORDS ? `${table}.${name}` : name) as WordKey];
  return { name, type, title: words.title as Words, description: words.description as Words, ...extra };
};
const tableWords = (name: WordKey): { title: Words; description: Words } => ({ title: AGGREGATE_WORDS[name].title as Words, description: AGGREGATE_WORDS[name].description as Words });

/** Every table's `member` column: a member's code in the members table. */
const MEMBERS_FK: ForeignKey = { columns: ['member'], table: 'members', refColumns: ['code'] };

/**
 * A national table's join to the members' records (national_partner_records, national_agreement_records):
 * the national row, the member, and the member's namespaced record, each a foreign key.
 */
function recordsOf(name: WordKey, national: string, nationalTable: string, record: string, recordTable: string, rows: Value[][]): Table {
  return {
    name, ...tableWords(name),
    columns: [ncol(name, national, 'string', { required: true }), col('member', 'string', { required: true }), ncol(name, record, 'string', { required: true })],
    primaryKey: [record],
    foreignKeys: [{ columns: [national], table: nationalTable, refColumns: ['id'] }, MEMBERS_FK, { columns: [record], table: recordTable, refColumns: ['id'] }],
    rows,
  };
}

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
      foreignKeys: [MEMBERS_FK, ...shape.foreignKeys],
      rows,
    });
  }
  const members = membersTable(agg, o);
  const memberMeta: Table = {
    name: 'member_meta', ...AGGREGATE_WORDS.member_meta,
    columns: [col('member', 'string', { required: true }), ...metaColumns],
    primaryKey: ['member', 'key'], foreignKeys: [MEMBERS_FK],
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
  const national = o.national ? nationalTables(agg, o.national) : [];
  return {
    tables: [members, ...shared, ...own, ...national, memberMeta, meta],
    register: agg.name,
    asOf: iso(agg.asOf),
    commit: undefined,
    version: o.version,
    includePrivate: false,
    publication: {},
  };
}

/** The national tables: after the members' tables, which they refer to. */
function nationalTables(agg: Aggregate, n: National): Table[] {
  const commitOf = new Map(agg.members.map((a) => [a.member.code, a.member.commit ?? null]));
  const memberOf = new Map(n.members.map((m) => [m.code, m]));
  const { identity } = n;

  // Which national partners an undecided candidate holds: each names the candidate by its first partner.
  const candidateOf = new Map<string, string>();
  for (const c of identity.candidates) for (const id of c.partners) candidateOf.set(id, c.partners[0] as string);
  const partners: Table = {
    name: 'national_partners', ...tableWords('national_partners'),
    columns: [
      ncol('national_partners', 'id', 'string', { required: true }), ncol('national_partners', 'name', 'string'), ncol('national_partners', 'country', 'string'), ncol('national_partners', 'type', 'string'),
      ncol('national_partners', 'kemendagri', 'string'), ncol('national_partners', 'iso3166_2', 'string'), ncol('national_partners', 'wikidata', 'string'),
      ncol('national_partners', 'members', 'integer', { required: true }), ncol('national_partners', 'records', 'integer', { required: true }), ncol('national_partners', 'candidate', 'string'),
    ],
    primaryKey: ['id'],
    foreignKeys: [{ columns: ['country'], table: 'countries', refColumns: ['code'] }, { columns: ['type'], table: 'code_partner_type', refColumns: ['code'] }, { columns: ['candidate'], table: 'national_partners', refColumns: ['id'] }],
    rows: identity.partners.map((p) => [
      p.id, p.name, p.country, p.type, p.ids.kemendagri ?? null, p.ids.iso3166_2 ?? null, p.ids.wikidata ?? null,
      new Set(p.records.map((r) => r.member)).size, p.records.length, candidateOf.get(p.id) ?? null,
    ]),
  };
  const partnerRecords = recordsOf('national_partner_records', 'national_partner', 'national_partners', 'partner', 'partners',
    identity.partners.flatMap((p) => p.records.map((r) => [p.id, r.member, r.key])));
  const links: Table = {
    name: 'national_partner_links', ...tableWords('national_partner_links'),
    columns: [
      ncol('national_partner_links', 'national_partner', 'string', { required: true }), ncol('national_partner_links', 'link', 'integer', { required: true }),
      ncol('national_partner_links', 'partner_a', 'string', { required: true }), ncol('national_partner_links', 'partner_b', 'string', { required: true }),
      ncol('national_partner_links', 'by', 'string', { required: true, enum: ['identifier', 'decision'] }), ncol('national_partner_links', 'identifier', 'string', { enum: ['kemendagri', 'iso3166_2', 'wikidata'] }),
      ncol('national_partner_links', 'value', 'string'), ncol('national_partner_links', 'decision', 'string'), ncol('national_partner_links', 'decision_line', 'integer'),
    ],
    primaryKey: ['national_partner', 'link'],
    foreignKeys: [{ columns: ['national_partner'], table: 'national_partners', refColumns: ['id'] }, { columns: ['partner_a'], table: 'partners', refColumns: ['id'] }, { columns: ['partner_b'], table: 'partners', refColumns: ['id'] }],
    rows: identity.partners.flatMap((p) => p.links.map((l, i) => (l.by === 'identifier'
      ? [p.id, i + 1, l.a, l.b, 'identifier', l.key, l.value, null, null]
      : [p.id, i + 1, l.a, l.b, 'decision', null, null, l.pointer, n.decisionLine?.(l.pointer) ?? null]))),
  };

  const agreements: Table = {
    name: 'national_agreements', ...tableWords('national_agreements'),
    columns: [
      ncol('national_agreements', 'id', 'string', { required: true }), ncol('national_agreements', 'title', 'string'), ncol('national_agreements', 'document_type', 'string'), ncol('national_agreements', 'document_type_unknown', 'boolean', { required: true }),
      ncol('national_agreements', 'parties', 'string'), ncol('national_agreements', 'signed', 'string'), ncol('national_agreements', 'signed_earliest', 'date'), ncol('national_agreements', 'signed_latest', 'date'),
      ncol('national_agreements', 'members', 'integer', { required: true }),
    ],
    primaryKey: ['id'],
    foreignKeys: [{ columns: ['document_type'], table: 'code_agreement_document_type', refColumns: ['code'] }],
    rows: n.agreements.map((a) => {
      const first = a.records[0];
      // `unknown` is not a code of the code table: empty, and the flag beside it (as the members' tables write it).
      const type = a.records.find((r) => r.documentType !== 'unknown')?.documentType;
      const signed = signedOf(a);
      return [a.id, first?.agreement.data.title ?? null, type ?? null, type === undefined, a.parties.join(', ') || null, signed?.text ?? null, signed ? iso(signed.first) : null, signed ? iso(signed.last) : null, a.records.length];
    }),
  };
  const numbers: Table = {
    name: 'national_agreement_numbers', ...tableWords('national_agreement_numbers'),
    columns: [ncol('national_agreement_numbers', 'national_agreement', 'string', { required: true }), ncol('national_agreement_numbers', 'party', 'string', { required: true }), ncol('national_agreement_numbers', 'number', 'string', { required: true })],
    primaryKey: ['national_agreement', 'party'],
    foreignKeys: [{ columns: ['national_agreement'], table: 'national_agreements', refColumns: ['id'] }],
    rows: n.agreements.flatMap((a) => {
      const written = new Map<string, string>();
      for (const r of a.records) {
        for (const [party] of r.numbers) {
          if (written.has(party)) continue;
          // As the record writes it: the signature of that party with a number (records are matched on the number, spaces and case aside).
          const member = memberOf.get(r.member) as Member;
          const sig = (r.agreement.data.signatures ?? []).find((s) => s.number !== undefined && s.party !== undefined && partyToken(member, identity, s.party) === party);
          written.set(party, sig?.number ?? (r.numbers.get(party) as string));
        }
      }
      return [...written].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([party, number]) => [a.id, party, number]);
    }),
  };
  const agreementRecords = recordsOf('national_agreement_records', 'national_agreement', 'national_agreements', 'agreement', 'agreements',
    n.agreements.flatMap((a) => a.records.map((r) => [a.id, r.member, r.key])));

  const conflicts: Table = {
    name: 'conflicts', ...tableWords('conflicts'),
    columns: [
      ncol('conflicts', 'conflict', 'integer', { required: true }), ncol('conflicts', 'kind', 'string', { required: true, enum: ['agreement', 'partner'] }),
      ncol('conflicts', 'national_partner', 'string'), ncol('conflicts', 'national_agreement', 'string'), ncol('conflicts', 'field', 'string', { required: true }), ncol('conflicts', 'party', 'string'),
      ncol('conflicts', 'acknowledged', 'boolean', { required: true }), ncol('conflicts', 'acknowledged_note', 'string'), ncol('conflicts', 'acknowledged_by', 'string'), ncol('conflicts', 'acknowledged_on', 'string'),
    ],
    primaryKey: ['conflict'],
    foreignKeys: [{ columns: ['national_partner'], table: 'national_partners', refColumns: ['id'] }, { columns: ['national_agreement'], table: 'national_agreements', refColumns: ['id'] }],
    rows: n.conflicts.map((c, i) => [
      i + 1, c.kind, c.kind === 'partner' ? c.id : null, c.kind === 'agreement' ? c.id : null, c.field, c.party ?? null,
      c.acknowledged !== undefined, c.acknowledged?.note ?? null, c.acknowledged?.who ?? null, c.acknowledged?.date ?? null,
    ]),
  };
  const values: Table = {
    name: 'conflict_values', ...tableWords('conflict_values'),
    columns: [
      ncol('conflict_values', 'conflict', 'integer', { required: true }), ncol('conflict_values', 'position', 'integer', { required: true }), col('member', 'string', { required: true }),
      ncol('conflict_values', 'partner', 'string'), ncol('conflict_values', 'agreement', 'string'), ncol('conflict_values', 'value', 'string', { required: true }),
      col('source_commit', 'string'), col('source_file', 'string', { required: true }), ncol('conflict_values', 'source_line', 'integer'), ncol('conflict_values', 'source_column', 'integer'),
    ],
    primaryKey: ['conflict', 'position'],
    foreignKeys: [{ columns: ['conflict'], table: 'conflicts', refColumns: ['conflict'] }, MEMBERS_FK, { columns: ['partner'], table: 'partners', refColumns: ['id'] }, { columns: ['agreement'], table: 'agreements', refColumns: ['id'] }],
    rows: n.conflicts.flatMap((c, i) => c.values.map((v, k) => [
      i + 1, k + 1, v.member, c.kind === 'partner' ? v.record : null, c.kind === 'agreement' ? v.record : null, v.value,
      commitOf.get(v.member) ?? null, v.file, v.line ?? null, v.column ?? null,
    ])),
  };
  return [partners, partnerRecords, links, agreements, numbers, agreementRecords, conflicts, values];
}

/** The days every record of a national agreement allows for its signing, written as briefly as it is exact; undefined when none is dated. */
function signedOf(a: NationalAgreement): { text: string; first: number; last: number } | undefined {
  const dated = a.records.flatMap((r) => (r.signing ? [r.signing] : []));
  if (!dated.length) return undefined;
  const first = maxOf(dated.map((d) => d.first));
  const last = minOf(dated.map((d) => d.last));
  // Matched records' dates overlap two by two, so they have days in common; never otherwise, but then nothing is claimed.
  if (first > last) return undefined;
  const k = compactRange(first, last);
  return { text: k.text, first, last };
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
