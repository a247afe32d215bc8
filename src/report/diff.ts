// What a change to the register means, in the terms of the register: records added, removed and
// renamed, field changes said as a reviewer would say them, consequences a reviewer must notice, and
// the diagnostics the change introduces or fixes. Pure: two loaded registers and a day in, a value out.

import { derivedStatus, endOf, knownEnd, lastDay, sameLastDay, startOf, terminationDay, type DerivedStatus } from '../model/agreement.js';
import { iso, type Duration } from '../model/dates.js';
import type { Agreement, AnyRecord, Dataset, Diagnostic, Kind } from '../model/types.js';
import { ownerOf } from '../model/parties.js';
import { KINDS } from '../model/types.js';
import { writtenLabel } from '../load/parse.js';
import { inactiveReport } from './inactive.js';
import { chainIds, factsOf, partnershipInForce, partnerships } from '../facts/partnerships.js';

/** One side of the comparison: a loaded register and its full validation. */
export interface DiffSide {
  label: string;
  dataset: Dataset;
  diagnostics: readonly Diagnostic[];
  /** The text of a file, to tell whether an invalid record changed. */
  source: (file: string) => string | undefined;
  /** kerjasama.yaml as written (its YAML's value), to say what of it changed; none when it does not read. */
  config?: Record<string, unknown>;
}

export type FieldChange =
  /**
   * An end's change. `same`: written in another form that means the same last day (a term and the date it
   * works out to, as `set` decides it: sameLastDay), with the values as written in `written`.
   */
  | { type: 'end'; before: string | null; after: string | null; direction: 'later' | 'earlier' | 'changed' | 'same'; written?: { before: unknown; after: unknown } }
  | { type: 'status'; before: string; after: string }
  | { type: 'name'; before: string; after: string }
  | { type: 'list'; field: string; added: string[]; removed: string[] }
  | { type: 'value'; field: string; before: unknown; after: unknown };

export interface RecordChange {
  kind: Kind;
  id: string;
  file: string;
  change: 'added' | 'removed' | 'renamed' | 'changed';
  /** For renamed records: the id before. */
  from?: string;
  /** Title (agreements, activities) or name (partners). */
  label: string;
  /** Whether the record is valid on each side (false: it has errors; see the validation delta). */
  validBefore: boolean | null;
  validAfter: boolean | null;
  fields: FieldChange[];
}

export type Attention =
  | { type: 'dangling'; kind: Kind; id: string; renamedTo?: string; referencedBy: Array<{ kind: Kind | 'config'; id: string; file: string }> }
  | { type: 'end-earlier'; id: string; file: string; before: string; after: string }
  /** A new agreement linked to nothing (no renews:, no parent:) beside ended agreements with the same partners: a renewal left unlinked? */
  | { type: 'unlinked'; id: string; file: string; previous: string[] }
  /** A new PKS that names no parent: (nor renews:) beside exactly one MoU in force with the same partners: does it implement that MoU? */
  | { type: 'pks-no-parent'; id: string; file: string; mou: string; partners: number }
  /** The end of a signed agreement moved later by an edit: an agreed extension is a new document (a renewal or an addendum). */
  | { type: 'end-later'; id: string; file: string; before: string; after: string }
  | { type: 'now-ended'; id: string; file: string; before: DerivedStatus; after: DerivedStatus; lastDay: string | null }
  /** An agreement deleted that nothing references (one that is referenced is `dangling`): its history goes with its file. */
  | { type: 'removed'; id: string; file: string; before: DerivedStatus }
  | { type: 'now-dormant'; partner: string; partnerName: string; owner: string | null; agreements: string[]; lastActivity: string | null; undatedActivities: number };

export interface ActivitiesAdded { agreement: string | null; label: string; activities: Array<{ id: string; title: string; start: string }> }

export interface DiffReport {
  base: string;
  head: string;
  asOf: string;
  configChanged: boolean;
  /** kerjasama.yaml's changes, setting by setting (empty when either side's does not read). */
  config: FieldChange[];
  attention: Attention[];
  records: RecordChange[];
  activitiesAdded: ActivitiesAdded[];
  validation: { introduced: Diagnostic[]; fixed: Diagnostic[]; headErrors: number; headWarnings: number };
  counts: { added: number; removed: number; renamed: number; changed: number };
}

/** A record on one side; one with errors has no record, and its title or name as its file gives it, read when asked. */
type Entry = { kind: Kind; id: string; file: string; record?: AnyRecord; written?: () => string | undefined };

function entries(d: Dataset, diags: readonly Diagnostic[], source: DiffSide['source']): Map<string, Entry> {
  const out = new Map<string, Entry>();
  // The file of an invalid record: the diagnostics name it.
  const fileOf = new Map<string, string>();
  for (const x of diags) {
    const parts = x.file.split('/');
    if (parts.length >= 3) fileOf.set(`${parts.slice(0, 2).join('/')}|${baseName(x.file)}`, x.file);
  }
  const maps: Record<Kind, ReadonlyMap<string, AnyRecord>> = { partner: d.partners, agreement: d.agreements, activity: d.activities };
  for (const kind of KINDS) {
    for (const r of maps[kind].values()) out.set(`${kind}:${r.id}`, { kind, id: r.id, file: r.file, record: r });
    for (const id of d.invalidIds[kind]) {
      const file = fileOf.get(`${dirOf(kind)}|${id}`) ?? `${dirOf(kind)}/${id}.yaml`;
      const written = (): string | undefined => {
        const text = source(file);
        return text === undefined ? undefined : writtenLabel(text);
      };
      out.set(`${kind}:${id}`, { kind, id, file, written });
    }
  }
  return out;
}

const dirOf = (k: Kind): string => (k === 'partner' ? 'data/partners' : k === 'agreement' ? 'data/agreements' : 'data/activities');
const baseName = (file: string): string => (file.split('/').pop() ?? '').replace(/\.ya?ml$/i, '');

function labelOf(e: Entry | undefined): string {
  const data = e?.record?.data as { title?: string; name?: string } | undefined;
  return data?.title ?? data?.name ?? e?.written?.() ?? e?.id ?? '';
}

const json = (v: unknown): string => JSON.stringify(v);

function isScalarList(v: unknown): v is Array<string | number | boolean> {
  return Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
}

/** Field-level differences of two record values, as a reviewer would read them. */
export function fieldChanges(kind: Kind, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const out: FieldChange[] = [];
  if (kind === 'agreement') {
    const b = before as never;
    const a = after as never;
    const lb = lastDay(b);
    const la = lastDay(a);
    if (json(before['end']) !== json(after['end']) || lb !== la) {
      if (sameLastDay(b, a) !== undefined) out.push({ type: 'end', before: endText(b), after: endText(a), direction: 'same', written: { before: before['end'], after: after['end'] } });
      else out.push({ type: 'end', before: endText(b), after: endText(a), direction: lb !== undefined && la !== undefined ? (la > lb ? 'later' : la < lb ? 'earlier' : 'changed') : 'changed' });
    }
    if (before['status'] !== after['status']) out.push({ type: 'status', before: String(before['status']), after: String(after['status']) });
  }
  if (kind === 'partner' && before['name'] !== after['name']) out.push({ type: 'name', before: String(before['name']), after: String(after['name']) });
  const skip = new Set(['id', ...(kind === 'agreement' ? ['end', 'status'] : []), ...(kind === 'partner' ? ['name'] : [])]);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k));
  const order = (k: string): number => { const i = Object.keys(after).indexOf(k); return i < 0 ? 1000 + Object.keys(before).indexOf(k) : i; };
  for (const k of keys.sort((x, y) => order(x) - order(y))) walk(k, before[k], after[k], out);
  return out;
}

function walk(field: string, b: unknown, a: unknown, out: FieldChange[]): void {
  if (json(b) === json(a)) return;
  if ((b === undefined || isScalarList(b)) && (a === undefined || isScalarList(a)) && (Array.isArray(a) || Array.isArray(b))) {
    const bs = (b ?? []).map(String);
    const as = (a ?? []).map(String);
    const added = as.filter((x) => !bs.includes(x));
    const removed = bs.filter((x) => !as.includes(x));
    if (added.length || removed.length) out.push({ type: 'list', field, added, removed });
    else out.push({ type: 'value', field, before: b, after: a }); // the same items in another order
    return;
  }
  // A mapping (or a list of them) changed, added or removed whole: said field by field (termination.date).
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if ((isMap(b) || isMap(a)) && (b === undefined || isMap(b)) && (a === undefined || isMap(a))) {
    const bo = (b ?? {}) as Record<string, unknown>;
    const ao = (a ?? {}) as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(ao), ...Object.keys(bo)])]) walk(`${field}.${k}`, bo[k], ao[k], out);
    return;
  }
  if ((Array.isArray(b) || Array.isArray(a)) && (b === undefined || Array.isArray(b)) && (a === undefined || Array.isArray(a))) {
    const bl = (b ?? []) as unknown[];
    const al = (a ?? []) as unknown[];
    const n = Math.max(al.length, bl.length);
    for (let i = 0; i < n; i++) walk(`${field}[${i}]`, bl[i], al[i], out);
    return;
  }
  out.push({ type: 'value', field, before: b === undefined ? null : b, after: a === undefined ? null : a });
}

function endText(a: Parameters<typeof endOf>[0]): string | null {
  const e = endOf(a);
  if (e.kind === 'none') return 'none';
  if (e.kind === 'unknown') return null;
  return knownEnd(a)?.text ?? (e.kind === 'term' ? `term ${e.term}` : e.kind === 'cycle' ? `every ${e.every}` : e.date.text);
}

/** A record's fields (other than id) as JSON text, for comparing records. */
function fieldTexts(r: AnyRecord): Map<string, string> {
  const data = r.data as unknown as Record<string, unknown>;
  return new Map(Object.keys(data).filter((k) => k !== 'id').map((k) => [k, json(data[k])]));
}

/** How alike two records are: the share of their fields (other than id) with equal values. */
function similarity(a: Map<string, string>, b: Map<string, string>): number {
  let union = a.size;
  let equal = 0;
  for (const [k, v] of b) {
    const w = a.get(k);
    if (w === undefined) union++;
    else if (w === v) equal++;
  }
  return union === 0 ? 0 : equal / union;
}

/**
 * Most removed × added pairs compared for a partial match: past this (a mass rename with edits), only
 * records equal in every field but the id are paired, as git limits its own rename detection.
 */
export const RENAME_PAIR_LIMIT = 250_000;

/**
 * Pairs removed and added records as renames, the most alike first, in time linear in records for
 * records equal in every field but the id (hashed), and quadratic only in what is left, up to
 * RENAME_PAIR_LIMIT comparisons. The same pairs as comparing every pair, greedily by similarity.
 */
function renamesOf(removed: string[], added: string[], be: Map<string, Entry>, he: Map<string, Entry>): { renames: Map<string, string>; usedRem: Set<string> } {
  const renames = new Map<string, string>(); // added key → removed key
  const usedRem = new Set<string>();
  const texts = new Map<string, Map<string, string>>();
  const textsOf = (side: 'b' | 'h', k: string, r: AnyRecord): Map<string, string> => {
    const key = `${side}:${k}`;
    let t = texts.get(key);
    if (!t) texts.set(key, (t = fieldTexts(r)));
    return t;
  };
  const whole = (t: Map<string, string>): string => json([...t].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
  // 1. Records equal but for the id (similarity 1, always the best match): by hash, in removed order.
  const byContent = new Map<string, string[]>();
  for (const rk of removed) {
    const r = be.get(rk);
    if (!r?.record) continue;
    const t = textsOf('b', rk, r.record);
    if (t.size === 0) continue;
    const key = `${r.kind}|${whole(t)}`;
    const list = byContent.get(key);
    if (list) list.push(rk);
    else byContent.set(key, [rk]);
  }
  const addedSorted = [...added].sort();
  const taken = new Map<string, number>();
  for (const ak of addedSorted) {
    const a = he.get(ak);
    if (!a?.record) continue;
    const t = textsOf('h', ak, a.record);
    if (t.size === 0) continue;
    // Each list is taken from the front, in removed order: a cursor, not a scan past the ones taken.
    const key = `${a.kind}|${whole(t)}`;
    const list = byContent.get(key);
    const at = taken.get(key) ?? 0;
    const rk = list?.[at];
    if (rk === undefined) continue;
    taken.set(key, at + 1);
    renames.set(ak, rk);
    usedRem.add(rk);
  }
  // 2. What is left: every pair of the same kind, while there are not too many.
  const remLeft = removed.filter((k) => !usedRem.has(k) && be.get(k)?.record);
  const addLeft = added.filter((k) => !renames.has(k) && he.get(k)?.record);
  if (remLeft.length * addLeft.length > RENAME_PAIR_LIMIT) return { renames, usedRem };
  const pairs: Array<{ add: string; rem: string; s: number }> = [];
  for (const rk of remLeft) {
    const r = be.get(rk) as Entry;
    for (const ak of addLeft) {
      const a = he.get(ak) as Entry;
      if (a.kind !== r.kind) continue;
      const s = similarity(textsOf('b', rk, r.record as AnyRecord), textsOf('h', ak, a.record as AnyRecord));
      if (s >= RENAME_SIMILARITY) pairs.push({ add: ak, rem: rk, s });
    }
  }
  for (const p of pairs.sort((x, y) => y.s - x.s || (x.add < y.add ? -1 : 1))) {
    if (renames.has(p.add) || usedRem.has(p.rem)) continue;
    renames.set(p.add, p.rem);
    usedRem.add(p.rem);
  }
  return { renames, usedRem };
}

const RENAME_SIMILARITY = 0.6;

/** A record on one side of a rename question: its kind, id, file and value. */
export interface RenameCandidate { kind: Kind; id: string; file: string; value: Record<string, unknown> }

/**
 * Which added records are removed ones under a new id, as diffReport recognises renames (renamesOf):
 * pairs of indexes into `added` and `removed`, with how alike the two are (the share of fields, other
 * than id, with equal values). The history commands use it where git's own rename detection found none.
 */
export function recognisedRenames(removed: readonly RenameCandidate[], added: readonly RenameCandidate[]): Array<{ added: number; removed: number; similarity: number }> {
  const entry = (c: RenameCandidate): Entry => ({ kind: c.kind, id: c.id, file: c.file, record: { kind: c.kind, id: c.id, file: c.file, data: c.value } as unknown as AnyRecord });
  const be = new Map(removed.map((c, i) => [`${c.kind}:${i}`, entry(c)]));
  const he = new Map(added.map((c, i) => [`${c.kind}:${i}`, entry(c)]));
  const { renames } = renamesOf([...be.keys()], [...he.keys()], be, he);
  const index = (k: string): number => Number(k.slice(k.indexOf(':') + 1));
  return [...renames].map(([ak, rk]) => ({
    added: index(ak), removed: index(rk),
    similarity: similarity(fieldTexts((be.get(rk) as Entry).record as AnyRecord), fieldTexts((he.get(ak) as Entry).record as AnyRecord)),
  })).sort((a, b) => a.added - b.added);
}

/** Field-level differences of two values of no record kind (kerjasama.yaml): every field, as fieldChanges walks them. */
export function valueChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  for (const k of keys) walk(k, before[k], after[k], out);
  return out;
}

type Referrer = { kind: Kind | 'config'; id: string; file: string };

/**
 * Who in `d` refers to each record, by `kind:id`, gathered in one pass over the dataset: a diff that
 * removes many records asks for each, and a scan of the register per removed record was quadratic.
 * Each referrer is listed once per record, in the order of the register.
 */
export function referrers(d: Dataset): (kind: Kind, id: string) => Referrer[] {
  const by = new Map<string, Referrer[]>();
  const add = (kind: Kind, id: string | undefined, r: Referrer): void => {
    if (id === undefined) return;
    const k = `${kind}:${id}`;
    const list = by.get(k);
    if (!list) by.set(k, [r]);
    else if (list[list.length - 1] !== r) list.push(r);
  };
  if (d.config.owner) add('partner', d.config.owner, { kind: 'config', id: 'kerjasama.yaml', file: 'kerjasama.yaml' });
  for (const a of d.agreements.values()) {
    const r: Referrer = { kind: 'agreement', id: a.id, file: a.file };
    add('partner', a.data.owner, r);
    for (const p of a.data.partners) add('partner', p, r);
    for (const s of a.data.signatures ?? []) add('partner', s.party, r);
  }
  for (const act of d.activities.values()) {
    const r: Referrer = { kind: 'activity', id: act.id, file: act.file };
    add('partner', act.data.owner, r);
    for (const p of act.data.partners ?? []) add('partner', p, r);
  }
  for (const a of d.agreements.values()) {
    const r: Referrer = { kind: 'agreement', id: a.id, file: a.file };
    add('agreement', a.data.parent, r);
    add('agreement', a.data.renews, r);
  }
  for (const act of d.activities.values()) {
    const r: Referrer = { kind: 'activity', id: act.id, file: act.file };
    for (const a of act.data.agreements ?? []) add('agreement', a, r);
  }
  return (kind, id) => by.get(`${kind}:${id}`) ?? [];
}

/** A diagnostic's identity across revisions: not its line, which moves with unrelated edits. */
function diagKey(d: Diagnostic, fileMap: ReadonlyMap<string, string>): string {
  return `${d.code}|${fileMap.get(d.file) ?? d.file}|${d.pointer ?? ''}|${json(d.params)}`;
}

/** Diagnostics in `head` and not in `base` (as a multiset), and the reverse. */
export function validationDelta(base: readonly Diagnostic[], head: readonly Diagnostic[], renamed: ReadonlyMap<string, string>): { introduced: Diagnostic[]; fixed: Diagnostic[] } {
  const count = new Map<string, number>();
  for (const d of base) count.set(diagKey(d, renamed), (count.get(diagKey(d, renamed)) ?? 0) + 1);
  const introduced: Diagnostic[] = [];
  for (const d of head) {
    const k = diagKey(d, new Map());
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else introduced.push(d);
  }
  const fixed: Diagnostic[] = [];
  for (const d of base) {
    const k = diagKey(d, renamed);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      fixed.push(d);
      count.set(k, n - 1);
    }
  }
  return { introduced, fixed };
}

/**
 * A partnership's identity across the two sides: owner, partner and the agreement chain (its root), as
 * partnerships() groups them. A new agreement with an existing partner is a new partnership, not the old one.
 */
function partnershipKey(chains: ReadonlyMap<string, string>, owner: string | null | undefined, partner: string, agreement: string, renamedFrom?: ReadonlyMap<string, string>): string {
  const root = chains.get(agreement) ?? agreement;
  return `${owner ?? ''}|${partner}|${renamedFrom?.get(root) ?? root}`;
}

/** Partnerships the inactive report lists (in force, no activity in the window), by partnershipKey. */
/** An MoU, or a renewal whose chain (renews:, or the parent a renewal names) goes back to an MoU. */
function isMou(d: Dataset, a: Agreement): boolean {
  const seen = new Set<string>();
  let at: Agreement | undefined = a;
  while (at && !seen.has(at.id)) {
    if (at.data.document_type === 'mou') return true;
    if (at.data.document_type !== 'renewal') return false;
    seen.add(at.id);
    const prev: string | undefined = at.data.renews ?? at.data.parent;
    at = prev ? d.agreements.get(prev) : undefined;
  }
  return false;
}

/**
 * The first day of the earliest renewal of an agreement (one that names it in renews:), when that day is
 * certain and comes before the agreement's own last day: from then on the renewal is what is in force.
 */
function renewedFrom(d: Dataset, id: string, a: Agreement['data']): number | undefined {
  let first: number | undefined;
  for (const r of d.agreements.values()) {
    if (r.data.renews !== id) continue;
    const s = startOf(r.data);
    if (s && s.first === s.last && (first === undefined || s.first < first)) first = s.first;
  }
  const ownLast = lastDay(a);
  return first !== undefined && (ownLast === undefined || first <= ownLast) ? first : undefined;
}

function dormantKeys(d: Dataset, asOf: number, since: Duration, renamedFrom?: ReadonlyMap<string, string>): Map<string, Attention & { type: 'now-dormant' }> {
  const rows = inactiveReport(d, asOf, { since, filters: {} }).rows;
  const chains = chainIds(d);
  return new Map(rows.map((r) => [partnershipKey(chains, r.owner, r.partner.id, r.agreements[0] ?? '', renamedFrom), {
    type: 'now-dormant' as const, partner: r.partner.id, partnerName: r.partner.name, owner: r.owner,
    agreements: r.agreements, lastActivity: r.lastActivity?.date ?? null, undatedActivities: r.undatedActivities.length,
  }]));
}

function inForceKeys(d: Dataset, asOf: number): Set<string> {
  const chains = chainIds(d);
  const f = factsOf(d, asOf);
  return new Set(partnerships(f).filter((p) => partnershipInForce(f, p)).map((p) => partnershipKey(chains, p.owner, p.partner.id, p.agreements[0]?.id ?? '')));
}

export function diffReport(base: DiffSide, head: DiffSide, asOf: number, o: { inactivityWindow: Duration }): DiffReport {
  const be = entries(base.dataset, base.diagnostics, base.source);
  const he = entries(head.dataset, head.diagnostics, head.source);
  const records: RecordChange[] = [];

  const removed = [...be.keys()].filter((k) => !he.has(k));
  const added = [...he.keys()].filter((k) => !be.has(k));

  // Renames: a removed and an added record of the same kind, most alike first (see renamesOf).
  const { renames, usedRem } = renamesOf(removed, added, be, he);
  const fileMap = new Map<string, string>(); // base file → head file, for renamed records
  for (const [ak, rk] of renames) {
    const a = he.get(ak) as Entry;
    const r = be.get(rk) as Entry;
    fileMap.set(r.file, a.file);
    records.push({
      kind: a.kind, id: a.id, file: a.file, change: 'renamed', from: r.id, label: labelOf(a), validBefore: true, validAfter: true,
      fields: fieldChanges(a.kind, r.record?.data as never, a.record?.data as never),
    });
  }
  for (const k of added) {
    if (renames.has(k)) continue;
    const a = he.get(k) as Entry;
    records.push({ kind: a.kind, id: a.id, file: a.file, change: 'added', label: labelOf(a), validBefore: null, validAfter: Boolean(a.record), fields: [] });
  }
  for (const k of removed) {
    if (usedRem.has(k)) continue;
    const r = be.get(k) as Entry;
    records.push({ kind: r.kind, id: r.id, file: r.file, change: 'removed', label: labelOf(r), validBefore: Boolean(r.record), validAfter: null, fields: [] });
  }
  for (const [k, h] of he) {
    const b = be.get(k);
    if (!b) continue;
    let fields: FieldChange[] = [];
    if (b.record && h.record) fields = fieldChanges(h.kind, b.record.data as never, h.record.data as never);
    const changed = fields.length > 0 || Boolean(b.record) !== Boolean(h.record) || b.file !== h.file ||
      (!b.record && !h.record && base.source(b.file) !== head.source(h.file));
    if (changed) records.push({ kind: h.kind, id: h.id, file: h.file, change: 'changed', label: labelOf(h.record ? h : b), validBefore: Boolean(b.record), validAfter: Boolean(h.record), fields });
  }
  const kindOrder: Record<Kind, number> = { agreement: 0, partner: 1, activity: 2 };
  const changeOrder = { added: 0, changed: 1, renamed: 2, removed: 3 };
  records.sort((x, y) => kindOrder[x.kind] - kindOrder[y.kind] || changeOrder[x.change] - changeOrder[y.change] || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  // What a reviewer must notice.
  const attention: Attention[] = [];
  const addedFor = new Map([...renames].map(([ak, rk]) => [rk, ak]));
  const referredBy = removed.length ? referrers(head.dataset) : undefined;
  for (const k of removed) {
    const r = be.get(k) as Entry;
    const refs = referredBy?.(r.kind, r.id) ?? [];
    const renamedTo = addedFor.get(k);
    if (refs.length) attention.push({ type: 'dangling', kind: r.kind, id: r.id, ...(renamedTo ? { renamedTo: (he.get(renamedTo) as Entry).id } : {}), referencedBy: refs });
  }
  // A deleted agreement: a register keeps agreements that ended, with their status; deleting one erases the
  // history the reports rely on, and the check passes, so the reviewer is told (a renamed one is not deleted).
  for (const k of removed) {
    const r = be.get(k) as Entry;
    if (r.kind !== 'agreement' || usedRem.has(k) || attention.some((a) => a.type === 'dangling' && a.kind === 'agreement' && a.id === r.id)) continue;
    const b = base.dataset.agreements.get(r.id);
    if (b) attention.push({ type: 'removed', id: r.id, file: r.file, before: derivedStatus(b.data, asOf) });
  }
  for (const rc of records) {
    if (rc.kind !== 'agreement' || (rc.change !== 'changed' && rc.change !== 'renamed')) continue;
    const end = rc.fields.find((f): f is FieldChange & { type: 'end' } => f.type === 'end');
    if (end?.direction === 'earlier' && end.before && end.after) attention.push({ type: 'end-earlier', id: rc.id, file: rc.file, before: end.before, after: end.after });
    const b = base.dataset.agreements.get(rc.from ?? rc.id);
    const h = head.dataset.agreements.get(rc.id);
    if (b && h) {
      const sb = derivedStatus(b.data, asOf);
      // A draft's end is still being negotiated; a signed one's is what was signed.
      if (end?.direction === 'later' && end.before && end.after && sb !== 'draft' && sb !== 'negotiating') attention.push({ type: 'end-later', id: rc.id, file: rc.file, before: end.before, after: end.after });
      const sh = derivedStatus(h.data, asOf);
      if (sb === 'in_force' && sh !== 'in_force') {
        // Ended early: its last day is the day before the termination, not the end of its term.
        // Otherwise the end as it is known (end: 2026-10 is Oct 2026, not its first day).
        // Superseded by a renewal that started before its own term ran out: the day before the renewal started.
        const t = sh === 'terminated' ? terminationDay(h.data) : sh === 'superseded' ? renewedFrom(head.dataset, rc.id, h.data) : undefined;
        const last = t !== undefined ? iso(t - 1) : knownEnd(h.data)?.text ?? null;
        attention.push({ type: 'now-ended', id: rc.id, file: rc.file, before: sb, after: sh, lastDay: last });
      }
    }
  }
  // A new agreement that links to nothing, beside agreements with the same owner, partners and category that
  // have ended and that nothing renews: a copied renewal whose renews: was left out keeps the chain broken
  // and the old one's status as it was. The check cannot know; the reviewer is asked.
  const ha = head.dataset.agreements;
  const linked = new Set<string>();
  for (const a of ha.values()) for (const id of [a.data.renews, a.data.parent]) if (id) linked.add(id);
  const sameParties = (x: Agreement, y: Agreement): boolean =>
    ownerOf(x.data, head.dataset.config) === ownerOf(y.data, head.dataset.config) && x.data.category === y.data.category &&
    x.data.partners.length === y.data.partners.length && x.data.partners.every((p) => y.data.partners.includes(p));
  for (const rc of records) {
    if (rc.kind !== 'agreement' || rc.change !== 'added') continue;
    const a = ha.get(rc.id);
    if (!a || a.data.renews || a.data.parent) continue;
    // A PKS does not renew an MoU (nor an MoU a PKS): a PKS beside an ended MoU is not asked about as its renewal.
    const kindOf = (x: Agreement): string | undefined => (x.data.document_type === 'pks' ? 'pks' : isMou(head.dataset, x) ? 'mou' : undefined);
    const previous = [...ha.values()].filter((o) => o.id !== a.id && base.dataset.agreements.has(o.id) && !linked.has(o.id) && sameParties(a, o) &&
      (kindOf(a) === undefined || kindOf(o) === undefined || kindOf(a) === kindOf(o)) &&
      ['expired', 'renewal_unrecorded'].includes(derivedStatus(o.data, asOf))).map((o) => o.id).sort();
    if (previous.length) attention.push({ type: 'unlinked', id: rc.id, file: rc.file, previous });
  }
  // A new PKS that names no parent (nor renews another PKS), beside an MoU with the same owner, partners and
  // category that is in force: a PKS implements its MoU, and without parent: it stands as a partnership of
  // its own. Asked only when exactly one such MoU is in force (a renewal of an MoU stands for it), so the
  // question can name it; with two, which one it implements is the clerk's to say, not the tool's guess.
  for (const rc of records) {
    if (rc.kind !== 'agreement' || rc.change !== 'added') continue;
    const a = ha.get(rc.id);
    if (!a || a.data.document_type !== 'pks' || a.data.renews || a.data.parent) continue;
    const mous = [...ha.values()].filter((o) => o.id !== a.id && isMou(head.dataset, o) && sameParties(a, o) && derivedStatus(o.data, asOf) === 'in_force');
    const [mou] = mous;
    if (mou && mous.length === 1) attention.push({ type: 'pks-no-parent', id: rc.id, file: rc.file, mou: mou.id, partners: a.data.partners.length });
  }
  const dormantBefore = dormantKeys(base.dataset, asOf, o.inactivityWindow);
  const inForceBefore = inForceKeys(base.dataset, asOf);
  // Only a partnership that was there before, in force and active, goes dormant: one the change begins is new.
  // A renamed agreement (the head's id → the base's) still roots the same partnership.
  const renamedFrom = new Map([...renames].filter(([ak]) => ak.startsWith('agreement:')).map(([ak, rk]) => [(he.get(ak) as Entry).id, (be.get(rk) as Entry).id]));
  for (const [k, a] of dormantKeys(head.dataset, asOf, o.inactivityWindow, renamedFrom)) {
    if (!dormantBefore.has(k) && inForceBefore.has(k)) attention.push(a);
  }

  // Activities added, by agreement.
  const byAgreement = new Map<string, ActivitiesAdded>();
  for (const rc of records) {
    if (rc.kind !== 'activity' || rc.change !== 'added') continue;
    const act = head.dataset.activities.get(rc.id);
    // An invalid one is not in the dataset: nothing is known of its agreement; it stays an added record
    // (with its problems), never "an activity with no agreement".
    if (!act) continue;
    const ags = act.data.agreements?.length ? act.data.agreements : [null];
    for (const ag of ags) {
      const key = ag ?? '';
      let g = byAgreement.get(key);
      if (!g) {
        g = { agreement: ag, label: ag ? (head.dataset.agreements.get(ag)?.data.title ?? ag) : '', activities: [] };
        byAgreement.set(key, g);
      }
      g.activities.push({ id: rc.id, title: act.data.title, start: act.data.start ?? '' });
    }
  }
  const activitiesAdded = [...byAgreement.values()].sort((a, b) => ((a.agreement ?? '~') < (b.agreement ?? '~') ? -1 : 1));
  for (const g of activitiesAdded) g.activities.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));

  const configChanged = base.source('kerjasama.yaml') !== head.source('kerjasama.yaml');
  const delta = validationDelta(base.diagnostics, head.diagnostics, fileMap);
  const headErrors = head.diagnostics.filter((d) => d.severity === 'error').length;
  const count = (c: RecordChange['change']): number => records.filter((r) => r.change === c).length;
  return {
    base: base.label,
    head: head.label,
    asOf: iso(asOf),
    configChanged,
    config: configChanged && base.config && head.config ? valueChanges(base.config, head.config) : [],
    attention,
    records,
    activitiesAdded,
    validation: { ...delta, headErrors, headWarnings: head.diagnostics.length - headErrors },
    counts: { added: count('added'), removed: count('removed'), renamed: count('renamed'), changed: count('changed') },
  };
}
