// Identity across member registers: which partners of different members are one partner. The same
// identifier (kode wilayah, ISO 3166-2, Wikidata) means the same partner; otherwise partners whose names
// match once normalised (in any language: "Prefektur Kyoto" and "Kyoto Prefecture") in one country are
// *candidates*, shown with their evidence and never merged silently: people decide in identity.yaml
// (`same`, `different`), which this module also reads (with positions, for its diagnostics).
// Pure: members in (loaded already), national partners, candidates and diagnostics out; the result does
// not depend on the order of the members or of their records.

import { identityKey } from '../check/partners.js';
import { locate } from '../load/locate.js';
import { parseText } from '../load/parse.js';
import { schemaDiagnostics } from '../load/schemas.js';
import { closest } from '../load/similar.js';
import type { Diagnostic, Identifiers, Partner, PartnerType } from '../model/types.js';
import { memberPath, memberId, splitMemberId, type Member } from './members.js';

export const IDENTITY_FILE = 'identity.yaml';
export const IDENTIFIER_KEYS = ['kemendagri', 'iso3166_2', 'wikidata'] as const satisfies ReadonlyArray<keyof Identifiers>;

/** One decision of identity.yaml: two or more records (namespaced ids), where it is in the file, and who took it. */
export interface Decision {
  ids: string[];
  /** JSON Pointer of the decision in identity.yaml (`/same/0`); of each id, `${pointer}/${i}` or `${pointer}/partners/${i}`. */
  pointer: string;
  idPointer: (i: number) => string;
  note?: string;
  who?: string;
  date?: string;
}

/** A conflict people know of: the field of a national agreement or partner (named by any one of its records). */
export interface Acknowledgement {
  kind: 'agreement' | 'partner';
  id: string;
  field: string;
  pointer: string;
  note?: string;
  who?: string;
  date?: string;
}

export interface IdentityDecisions {
  same: Decision[];
  different: Decision[];
  acknowledged: Acknowledgement[];
}

export const NO_DECISIONS: IdentityDecisions = { same: [], different: [], acknowledged: [] };

export interface ReadIdentity {
  decisions: IdentityDecisions;
  /** YAML and schema problems, with positions; when there are errors, decisions are empty. */
  diagnostics: Diagnostic[];
  /** Places a later diagnostic on identity.yaml (a pointer into it) at its line and column. */
  locate: (d: Diagnostic) => Diagnostic;
  text?: string;
}

const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

/**
 * identity.yaml's text read as the loader reads a record: YAML with positions, refused features refused,
 * checked against schemas/identity.schema.json. Total: any text gives decisions or diagnostics, never an
 * exception. No text (the file does not exist): no decisions.
 */
export function readIdentity(text: string | undefined, file = IDENTITY_FILE): ReadIdentity {
  if (text === undefined) return { decisions: NO_DECISIONS, diagnostics: [], locate: (d) => d };
  const parsed = parseText(text, file);
  const place = (d: Diagnostic): Diagnostic => (d.file === file ? locate(d, parsed.doc, parsed.lineCounter) : d);
  const diagnostics = parsed.diagnostics.slice();
  if (parsed.value === undefined || diagnostics.some((d) => d.severity === 'error')) return { decisions: NO_DECISIONS, diagnostics: diagnostics.map(place), locate: place, ...(parsed.text !== undefined ? { text: parsed.text } : {}) };
  // An empty mapping (only comments, or `{}`) holds no decision.
  const value = parsed.value === null ? {} : parsed.value;
  const schema = schemaDiagnostics('identity', value, file);
  if (schema.length) return { decisions: NO_DECISIONS, diagnostics: schema.map(place), locate: place, text };
  const v = value as { same?: unknown[]; different?: unknown[]; acknowledged?: Array<Record<string, unknown>> };
  const decisions = (list: unknown[] | undefined, name: string): Decision[] =>
    (list ?? []).map((item, i) => {
      const pointer = `/${name}/${i}`;
      if (Array.isArray(item)) return { ids: item.map(String), pointer, idPointer: (k: number) => `${pointer}/${k}` };
      const o = item as Record<string, unknown>;
      return {
        ids: (o['partners'] as unknown[]).map(String), pointer, idPointer: (k: number) => `${pointer}/partners/${k}`,
        ...(str(o['note']) !== undefined ? { note: str(o['note']) } : {}), ...(str(o['who']) !== undefined ? { who: str(o['who']) } : {}), ...(str(o['date']) !== undefined ? { date: str(o['date']) } : {}),
      };
    });
  const acknowledged = (v.acknowledged ?? []).map((o, i): Acknowledgement => {
    const kind = o['agreement'] !== undefined ? 'agreement' : 'partner';
    return {
      kind, id: String(o[kind]), field: String(o['field']), pointer: `/acknowledged/${i}`,
      ...(str(o['note']) !== undefined ? { note: str(o['note']) } : {}), ...(str(o['who']) !== undefined ? { who: str(o['who']) } : {}), ...(str(o['date']) !== undefined ? { date: str(o['date']) } : {}),
    };
  });
  return { decisions: { same: decisions(v.same, 'same'), different: decisions(v.different, 'different'), acknowledged }, diagnostics: [], locate: place, text };
}

/** A partner record of one member. */
export interface PartnerRecord {
  /** Namespaced: `34:kyoto`. */
  key: string;
  member: string;
  partner: Partner;
  /** Its identifiers: the record's, and for the member's own region kerjasama.yaml's owner_ids too (the record's first). */
  ids: Identifiers;
}

/** A member's partner's identifiers: the record's, and for the member's own region its owner_ids too. */
export function identifiersOf(m: Member, p: Partner): Identifiers {
  const own = m.loaded.config.owner === p.id ? m.loaded.config.ownerIds : {};
  return { ...own, ...(p.data.ids ?? {}) };
}

/** How a national partner's records came to be one: a shared identifier, a decision in identity.yaml. */
export type Link = { by: 'identifier'; key: (typeof IDENTIFIER_KEYS)[number]; value: string; a: string; b: string } | { by: 'decision'; pointer: string; a: string; b: string };

/** One partner nationally: every member record of it. */
export interface NationalPartner {
  /** A member's record of itself when the partner is a member (35:jatim), else the smallest namespaced id among its records (member codes compared as numbers where they are). */
  id: string;
  records: PartnerRecord[];
  /** Its identifiers, as its records give them (the first by id when they disagree: a diagnostic says so). */
  ids: Identifiers;
  name: string;
  country: string;
  type: PartnerType;
  links: Link[];
}

/** A name two records share once normalised: the evidence that two national partners may be one. */
export interface NameMatch {
  /** The key both names have (identityKey): "kyoto". */
  key: string;
  a: { record: string; name: string };
  b: { record: string; name: string };
}

export interface CandidatePair {
  a: string;
  b: string;
  country: string;
  /** Each side's type: the same, or not (then the evidence is weaker). */
  types: [PartnerType, PartnerType];
  names: NameMatch[];
  /** The identifiers each side has (a side with none can be matched only by a decision). */
  ids: [Identifiers, Identifiers];
}

/** National partners that may be one partner: connected by candidate pairs, none decided. */
export interface Candidate {
  partners: string[];
  pairs: CandidatePair[];
}

export interface IdentityResult {
  partners: NationalPartner[];
  /** A member record's national partner: `34:kyoto` → `34:kyoto`, `35:kyoto-prefecture` → `34:kyoto`. */
  partnerOf: ReadonlyMap<string, string>;
  candidates: Candidate[];
  diagnostics: Diagnostic[];
}

/** Namespaced ids in a stable order, whatever the order of members: member codes as numbers where they are (9 before 34), then the id. */
export function compareKeys(a: string, b: string): number {
  const x = splitMemberId(a);
  const y = splitMemberId(b);
  if (!x || !y) return a < b ? -1 : a > b ? 1 : 0;
  const nx = Number(x.code);
  const ny = Number(y.code);
  const byCode = Number.isFinite(nx) && Number.isFinite(ny) && nx !== ny ? nx - ny : x.code < y.code ? -1 : x.code > y.code ? 1 : 0;
  return byCode || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** Union-find over namespaced ids; each root is the smallest id of its set, so the result is order-free. */
class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r) as string;
    let c = x;
    while (c !== r) {
      const next = this.parent.get(c) as string;
      this.parent.set(c, r);
      c = next;
    }
    return r;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    if (compareKeys(x, y) < 0) this.parent.set(y, x);
    else this.parent.set(x, y);
  }
}

/** Every partner record of every member, by namespaced id, in a stable order. */
export function partnerRecords(members: readonly Member[]): PartnerRecord[] {
  const out: PartnerRecord[] = [];
  for (const m of members) for (const p of m.loaded.dataset.partners.values()) out.push({ key: memberId(m.code, p.id), member: m.code, partner: p, ids: identifiersOf(m, p) });
  return out.sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * The national partners: records sharing an identifier are one, and so are those identity.yaml decides
 * are the same; the candidates that remain; and the diagnostics on the decisions (an id no member has,
 * a `different` that identifiers or a `same` contradict) and on identifiers that disagree within one
 * partner. `locate` places diagnostics on identity.yaml (ReadIdentity.locate). With `evidence: false`
 * each candidate lists its partners and no pairs (a name in n registers gives n(n-1)/2 pairs; aggregate
 * build needs only who is in which candidate).
 */
export function identify(members: readonly Member[], decisions: IdentityDecisions = NO_DECISIONS, locateDecision: (d: Diagnostic) => Diagnostic = (d) => d, opts: { evidence?: boolean } = {}): IdentityResult {
  const records = partnerRecords(members);
  const byKey = new Map(records.map((r) => [r.key, r]));
  const memberByCode = new Map(members.map((m) => [m.code, m]));
  const diagnostics: Diagnostic[] = [];
  const groups = new Groups();
  const links: Link[] = [];

  // 1. The same identifier is the same partner.
  const firstWith = new Map<string, PartnerRecord>();
  for (const r of records) {
    for (const k of IDENTIFIER_KEYS) {
      const value = r.ids[k];
      if (value === undefined) continue;
      const first = firstWith.get(`${k}|${value}`);
      if (first) {
        groups.union(first.key, r.key);
        links.push({ by: 'identifier', key: k, value, a: first.key, b: r.key });
      } else firstWith.set(`${k}|${value}`, r);
    }
  }

  // 2. Decisions: ids no member has are diagnostics; the rest are applied.
  const known = (d: Decision): string[] =>
    d.ids.flatMap((id, i) => {
      if (byKey.has(id)) return [id];
      diagnostics.push(locateDecision(unknownId(id, 'partner', d.idPointer(i), memberByCode)));
      return [];
    });
  for (const d of decisions.same) {
    const ids = known(d);
    for (const id of ids.slice(1)) {
      groups.union(ids[0] as string, id);
      links.push({ by: 'decision', pointer: d.pointer, a: ids[0] as string, b: id });
    }
  }
  const apart = new Set<string>();
  const differentIds = decisions.different.map((d) => ({ d, ids: known(d) }));

  // 3. The groups, each a national partner.
  const members_ = new Map<string, PartnerRecord[]>();
  for (const r of records) {
    const root = groups.find(r.key);
    let list = members_.get(root);
    if (!list) members_.set(root, (list = []));
    list.push(r);
  }

  // `different` contradicted by an identifier or a `same`: said at the decision; else the pairs kept apart.
  for (const { d, ids } of differentIds) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const ra = groups.find(a);
        if (ra === groups.find(b)) {
          const why = sameByDecision(links, a, b, groups) ? 'same' : 'identifier';
          diagnostics.push(locateDecision({ code: 'identity-contradiction', severity: 'error', file: IDENTITY_FILE, pointer: d.pointer, params: { a, b, why } }));
        } else apart.add(pairKey(ra, groups.find(b)));
      }
    }
  }

  const linksOf = new Map<string, Link[]>();
  for (const l of links) {
    const root = groups.find(l.a);
    let list = linksOf.get(root);
    if (!list) linksOf.set(root, (list = []));
    list.push(l);
  }
  const partners: NationalPartner[] = [];
  /** Each group's national id, by its root. */
  const national = new Map<string, string>();
  for (const [root, recs] of members_) {
    // Named by a member's record of itself when the partner is a member (35:jatim for Jawa Timur), else by its smallest id.
    const own = recs.find((r) => memberByCode.get(r.member)?.loaded.config.owner === r.partner.id);
    const first = own ?? (recs[0] as PartnerRecord);
    const ids: Identifiers = {};
    for (const k of IDENTIFIER_KEYS) {
      const withIt = recs.filter((r) => r.ids[k] !== undefined);
      const value = withIt[0]?.ids[k];
      if (value === undefined) continue;
      ids[k] = value;
      const other = withIt.find((r) => r.ids[k] !== value);
      if (other) {
        const otherValue = other.ids[k] as string;
        const a = (withIt[0] as PartnerRecord).key;
        // Said where a person decided they are one (the first `same` that joined them), else at the record.
        const decision = (linksOf.get(root) ?? []).find((l): l is Extract<Link, { by: 'decision' }> => l.by === 'decision');
        const params = { key: k, a, value, b: other.key, otherValue };
        if (decision) diagnostics.push(locateDecision({ code: 'identity-identifier-conflict', severity: 'error', file: IDENTITY_FILE, pointer: decision.pointer, params }));
        else {
          const m = memberByCode.get(other.member) as Member;
          const placed = m.loaded.locate({ code: 'identity-identifier-conflict', severity: 'error', file: other.partner.file, pointer: `/ids/${k}`, params });
          diagnostics.push({ ...placed, file: memberPath(m, other.partner.file) });
        }
      }
    }
    national.set(root, first.key);
    partners.push({ id: first.key, records: recs, ids, name: first.partner.data.name, country: first.partner.data.country, type: first.partner.data.type, links: linksOf.get(root) ?? [] });
  }

  partners.sort((a, b) => compareKeys(a.id, b.id));
  const partnerOf = new Map<string, string>();
  for (const r of records) partnerOf.set(r.key, national.get(groups.find(r.key)) as string);

  const apartNational = new Set([...apart].map((k) => {
    const [a, b] = k.split('\n') as [string, string];
    return pairKey(national.get(a) as string, national.get(b) as string);
  }));
  return { partners, partnerOf, candidates: candidatesOf(partners, apartNational, opts.evidence !== false), diagnostics };
}

const pairKey = (a: string, b: string): string => (compareKeys(a, b) < 0 ? `${a}\n${b}` : `${b}\n${a}`);

/** Whether a `same` decision (not identifiers alone) put a and b together. */
function sameByDecision(links: readonly Link[], a: string, b: string, groups: Groups): boolean {
  // Joined by identifiers only: a and b connected through identifier links alone.
  const g = new Groups();
  for (const l of links) if (l.by === 'identifier') g.union(l.a, l.b);
  return g.find(a) !== g.find(b) && groups.find(a) === groups.find(b);
}

function unknownId(id: string, kind: 'partner' | 'agreement', pointer: string, members: ReadonlyMap<string, Member>): Diagnostic {
  const ns = splitMemberId(id);
  const m = ns ? members.get(ns.code) : undefined;
  if (!ns || !m) {
    const suggestion = ns ? closest(ns.code, members.keys()) : undefined;
    return { code: 'identity-unknown', severity: 'error', file: IDENTITY_FILE, pointer, params: { id, kind, why: 'member', member: ns?.code ?? id, members: [...members.keys()].join(', '), ...(suggestion ? { suggestion } : {}) } };
  }
  // A record whose file has errors is left out of what is identified (aggregate build): said so, not "no such record".
  if (m.loaded.dataset.invalidIds[kind].has(ns.id)) return { code: 'identity-unknown', severity: 'error', file: IDENTITY_FILE, pointer, params: { id, kind, why: 'left-out', member: ns.code } };
  const ids = kind === 'partner' ? m.loaded.dataset.partners.keys() : m.loaded.dataset.agreements.keys();
  const near = closest(ns.id, ids);
  return { code: 'identity-unknown', severity: 'error', file: IDENTITY_FILE, pointer, params: { id, kind, why: 'record', member: ns.code, ...(near ? { suggestion: memberId(ns.code, near) } : {}) } };
}

/**
 * Candidate pairs: national partners in one country with a name (or alias) in common once normalised
 * (identityKey), where neither identifiers (both have one of a kind, so they differ) nor a `different`
 * decision has answered; connected pairs make one candidate.
 * Pairs are found within each name key's group only. Where one name is in many registers the pairs are
 * many (n members holding it by name give n(n-1)/2), so everything per pair is a number: each national
 * partner's rank in `partners` (sorted by compareKeys) stands for its id in keys, order and union-find.
 * Exported for the test that holds it to a plain version (test/unit/identityScale.test.ts).
 */
export function candidatesOf(given: readonly NationalPartner[], apart: ReadonlySet<string>, withEvidence = true): Candidate[] {
  const partners = [...given].sort((a, b) => compareKeys(a.id, b.id));
  const n = partners.length;
  const rank = new Map<NationalPartner, number>();
  const rankOfId = new Map<string, number>();
  // Which kinds of identifier each has, as bits: two partners that both have one kind are not candidates.
  const kinds: number[] = [];
  partners.forEach((p, i) => {
    rank.set(p, i);
    rankOfId.set(p.id, i);
    kinds.push(IDENTIFIER_KEYS.reduce((bits, k, b) => (p.ids[k] !== undefined ? bits | (1 << b) : bits), 0));
  });
  // The ranks are in compareKeys order, so the pair key of ranks x < y is x * n + y (below 2^53 for any register).
  const apartRanks = new Set<number>();
  for (const k of apart) {
    const [a, b] = k.split('\n') as [string, string];
    const x = rankOfId.get(a);
    const y = rankOfId.get(b);
    if (x !== undefined && y !== undefined) apartRanks.add(Math.min(x, y) * n + Math.max(x, y));
  }
  // By country and name key, each national partner once, with the first of its records (by id) that has the name.
  const byName = new Map<string, Map<NationalPartner, { record: string; name: string }>>();
  for (const p of partners) {
    for (const r of p.records) {
      for (const name of [r.partner.data.name, ...(r.partner.data.aliases ?? [])]) {
        const key = `${r.partner.data.country}|${identityKey(name)}`;
        let here = byName.get(key);
        if (!here) byName.set(key, (here = new Map()));
        if (!here.has(p)) here.set(p, { record: r.key, name });
      }
    }
  }
  // Connected pairs: one candidate, named by its smallest rank (a union-find over ranks, the smaller the root).
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[x] !== r) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const x = find(a);
    const y = find(b);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  /** Without evidence (aggregate build needs only who is in which candidate): the ranks in any pair. */
  const paired = withEvidence ? undefined : new Uint8Array(n);
  const pairs = new Map<number, CandidatePair>();
  for (const [key, here] of byName) {
    if (here.size < 2) continue;
    const nameKey = key.slice(key.indexOf('|') + 1);
    const list = [...here].map(([p, evidence]) => ({ p, r: rank.get(p) as number, evidence })).sort((x, y) => x.r - y.r);
    for (let i = 0; i < list.length; i++) {
      const { p: pa, r: ra, evidence: a } = list[i] as (typeof list)[number];
      for (let j = i + 1; j < list.length; j++) {
        const { p: pb, r: rb, evidence: b } = list[j] as (typeof list)[number];
        const pk = ra * n + rb;
        if ((kinds[ra] as number) & (kinds[rb] as number) || apartRanks.has(pk)) continue;
        if (paired) {
          union(ra, rb);
          paired[ra] = paired[rb] = 1;
          continue;
        }
        let pair = pairs.get(pk);
        if (!pair) {
          pair = { a: pa.id, b: pb.id, country: pa.country, types: [pa.type, pb.type], names: [], ids: [pa.ids, pb.ids] };
          pairs.set(pk, pair);
        }
        pair.names.push({ key: nameKey, a, b });
      }
    }
  }
  const sorted = [...pairs.keys()].sort((x, y) => x - y);
  if (paired) {
    const byRoot = new Map<number, string[]>();
    for (let r = 0; r < n; r++) {
      if (!paired[r]) continue;
      const root = find(r);
      let list = byRoot.get(root);
      if (!list) byRoot.set(root, (list = []));
      list.push((partners[r] as NationalPartner).id);
    }
    return [...byRoot.entries()].sort((x, y) => x[0] - y[0]).map(([, ids]) => ({ partners: ids, pairs: [] }));
  }
  for (const pk of sorted) union(Math.floor(pk / n), pk % n);
  const out = new Map<number, { ranks: Set<number>; pairs: CandidatePair[] }>();
  for (const pk of sorted) {
    const p = pairs.get(pk) as CandidatePair;
    if (p.names.length > 1) p.names.sort((x, y) => compareKeys(x.a.record, y.a.record) || compareKeys(x.b.record, y.b.record) || (x.a.name < y.a.name ? -1 : x.a.name > y.a.name ? 1 : 0) || (x.b.name < y.b.name ? -1 : x.b.name > y.b.name ? 1 : 0));
    const ra = Math.floor(pk / n);
    const root = find(ra);
    let c = out.get(root);
    if (!c) out.set(root, (c = { ranks: new Set(), pairs: [] }));
    c.pairs.push(p);
    c.ranks.add(ra).add(pk % n);
  }
  return [...out.entries()].sort((x, y) => x[0] - y[0]).map(([, c]) => ({ partners: [...c.ranks].sort((x, y) => x - y).map((r) => (partners[r] as NationalPartner).id), pairs: c.pairs }));
}
