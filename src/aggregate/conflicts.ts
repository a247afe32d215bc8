// Conflicts: the fields on which the records several members keep of one agreement (counterparts.ts) or
// of one partner (identity.ts) disagree, with every value and where each member wrote it. Which fields
// are compared, and how, comes from the field model (src/model/fields.ts, `across`): facts are compared,
// each register's own words and arrangements are not.
// - A date is a range of days: two dates conflict only when their ranges do not overlap. 2026-01 and
//   2026-01-15 are the same date written with less precision, not a conflict; 2026-01 and 2026-02 are.
// - `unknown` (a code field that allows it) and a missing value conflict with nothing: they say nobody
//   recorded it, not that it is otherwise.
// - References are compared as what they name nationally (a partner by its national partner, an
//   agreement by its national agreement); an agreement's partners as its parties (the owner included).
// - Lists of codes (sectors, objects) are compared as sets.
// Acknowledgements (identity.yaml `acknowledged:`) mark a conflict as known: it is still listed.
// Pure, but for placing each value at its line (the member's loader does that from the record's text).

import { identityKey } from '../check/partners.js';
import { closest } from '../load/similar.js';
import { parseDate } from '../model/dates.js';
import { FIELDS, fieldPaths, type FieldSpec, type Fields, type Shape } from '../model/fields.js';
import type { Diagnostic } from '../model/types.js';
import { normaliseNumber, partyToken, type AgreementRecord, type NationalAgreement } from './counterparts.js';
import { compareKeys, IDENTITY_FILE, type Acknowledgement, type IdentityResult, type NationalPartner } from './identity.js';
import { memberPath, memberId, splitMemberId, type Member } from './members.js';

/** One member's value of a field, and where it wrote it. */
export interface ConflictValue {
  /** The value as text, as the member wrote it (a reference as the national record it names). */
  value: string;
  member: string;
  /** The member's record, namespaced. */
  record: string;
  /** The file in the member's register, and as the federation names it. */
  file: string;
  path: string;
  line?: number;
  column?: number;
}

export interface Conflict {
  kind: 'agreement' | 'partner';
  /** The national agreement's or partner's id. */
  id: string;
  /** The field as a path: `end`, `signatures.date`, `name`. */
  field: string;
  /** For a field of a party's signature: the party (a region code, or a national partner). */
  party?: string;
  values: ConflictValue[];
  /** The acknowledgement in identity.yaml that covers it, when there is one. */
  acknowledged?: Pick<Acknowledgement, 'note' | 'who' | 'date' | 'pointer'>;
}

export interface ConflictsResult {
  conflicts: Conflict[];
  /** Acknowledgements naming a record no member has, a field the model does not have, or covering no conflict. */
  diagnostics: Diagnostic[];
}

/** What a field's value is compared as: a comparable value, or nothing (missing, `unknown`: compatible with anything). */
interface Value {
  text: string;
  /** Compared as this key (text normalised), or as a range of days, or as any of a set of keys (a name and its aliases). */
  key?: string;
  range?: { first: number; last: number };
  keys?: ReadonlySet<string>;
  same: (other: Value) => boolean;
}
type Compared = Value | undefined;

interface Ctx {
  member: Member;
  identity: IdentityResult;
  agreementOf: ReadonlyMap<string, string>;
}

/** How a field of a shape is compared by default: facts yes, words no. */
function compared(spec: FieldSpec): boolean {
  if (spec.private || spec.across === 'own') return false;
  if (spec.across !== undefined) return true;
  return !(['id', 'text', 'notes', 'texts', 'links', 'sources'] as Array<Shape['t']>).includes(spec.shape.t);
}

const plain = (text: string, key = text): Value => ({ text, key, same: (o) => o.key === key });

function dateValue(v: unknown): Compared {
  if (v === undefined || v === null || v === 'unknown') return undefined;
  const text = String(v);
  const d = parseDate(text);
  if (!d) return plain(text);
  const range = { first: d.first, last: d.last };
  return { text, range, same: (o) => o.range !== undefined && !(o.range.last < range.first || range.last < o.range.first) };
}

/** A value of a field as compared, by its shape; undefined when there is nothing to compare. */
function valueOf(spec: FieldSpec, v: unknown, ctx: Ctx): Compared {
  if (v === undefined || v === null) return undefined;
  const s = spec.shape;
  if (spec.across === 'compare') {
    const t = String(v);
    return plain(t, normaliseNumber(t.normalize('NFKC')));
  }
  switch (s.t) {
    case 'date':
      return dateValue(v);
    case 'enum':
      return spec.unknown && v === 'unknown' ? undefined : plain(String(v));
    case 'ref': {
      const id = String(v);
      const key = memberId(ctx.member.code, id);
      const national = s.kind === 'partner' ? ctx.identity.partnerOf.get(key) : s.kind === 'agreement' ? ctx.agreementOf.get(key) : undefined;
      // A reference to a record the member does not have names nothing nationally: not compared.
      return national === undefined ? undefined : plain(national);
    }
    case 'refs':
      // An agreement's partners are its parties (across: 'parties'); other lists of references by what they name.
    case 'sectors':
    case 'countries':
    case 'enums': {
      const items = (v as unknown[]).map((x) => (s.t === 'refs' ? valueOf({ shape: { t: 'ref', kind: s.kind } }, x, ctx)?.text ?? memberId(ctx.member.code, String(x)) : String(x)));
      const set = [...new Set(items)].sort();
      return plain(set.join(', '));
    }
    case 'end': {
      // A term (5y) and a date are not compared: the term's end rests on the start each member records.
      if (typeof v === 'object') {
        const term = String((v as { term?: unknown }).term);
        const key = `term:${term}`;
        return { text: term, key, same: (o) => o.range !== undefined || o.key === key };
      }
      if (v === 'none') return plain('none', 'end:none');
      const d = dateValue(v);
      return d && { ...d, same: (o) => o.key?.startsWith('term:') === true || d.same(o) };
    }
    case 'url': {
      const t = String(v);
      return plain(t, t.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, ''));
    }
    default:
      return plain(typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
}

/** One field's values across a national record's member records: a conflict when two present values are not the same. */
function compare(values: Array<{ c: NonNullable<Compared>; at: () => Omit<ConflictValue, 'value'> }>): ConflictValue[] | undefined {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = (values[i] as (typeof values)[number]).c;
      const b = (values[j] as (typeof values)[number]).c;
      // Placed at their lines only now: most fields agree, and placing a value may parse its file again.
      if (!a.same(b) || !b.same(a)) return values.map((v) => ({ value: v.c.text, ...v.at() }));
    }
  }
  return undefined;
}

function at(member: Member, record: string, file: string, pointer: string): Omit<ConflictValue, 'value'> {
  const placed = member.loaded.locate({ code: 'conflict', severity: 'warning', file, pointer, params: {} });
  return { member: member.code, record, file, path: memberPath(member, file), ...(placed.line !== undefined ? { line: placed.line } : {}), ...(placed.column !== undefined ? { column: placed.column } : {}) };
}

/** One member's record (or an object within it) being compared: `pointer` is where `data` is in its file. */
interface Held { member: Member; key: string; file: string; pointer: string; data: Record<string, unknown> }

/** Every field of `fields` (by the field model) compared across records; objects field by field; lists of objects by their party. */
function compareFields(fields: Fields, held: readonly Held[], ctx: (m: Member) => Ctx, prefix: string, out: Array<Omit<Conflict, 'kind' | 'id'>>, party?: string): void {
  for (const [name, spec] of Object.entries(fields)) {
    if (!compared(spec)) continue;
    const path = prefix + name;
    const s = spec.shape;
    if (s.t === 'object') {
      const inner = held.filter((h) => h.data[name] !== null && typeof h.data[name] === 'object').map((h) => ({ ...h, pointer: `${h.pointer}/${name}`, data: h.data[name] as Record<string, unknown> }));
      compareFields(s.fields, inner, ctx, `${path}.`, out, party);
      continue;
    }
    if (s.t === 'objects') {
      // Items are paired by the party they are of (a signature's party), as the national partner or code.
      const refField = Object.entries(s.fields).find(([, f]) => f.shape.t === 'ref')?.[0];
      if (!refField) continue;
      const byParty = new Map<string, Held[]>();
      for (const h of held) {
        const items = h.data[name];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          if (item === null || typeof item !== 'object') return;
          const ref = (item as Record<string, unknown>)[refField];
          if (ref === undefined) return;
          const c = ctx(h.member);
          const who = partyToken(c.member, c.identity, String(ref));
          let list = byParty.get(who);
          if (!list) byParty.set(who, (list = []));
          list.push({ ...h, pointer: `${h.pointer}/${name}/${i}`, data: item as Record<string, unknown> });
        });
      }
      for (const who of [...byParty.keys()].sort()) {
        const list = byParty.get(who) as Held[];
        if (list.length < 2) continue;
        const inner = Object.fromEntries(Object.entries(s.fields).filter(([k]) => k !== refField));
        compareFields(inner, list, ctx, `${path}.`, out, who);
      }
      continue;
    }
    const values = held.flatMap((h) => {
      const c = spec.across === 'parties' ? partiesValue(h, ctx(h.member)) : spec.across === 'name' ? nameValue(h) : valueOf(spec, h.data[name], ctx(h.member));
      return c ? [{ c, at: () => at(h.member, h.key, h.file, `${h.pointer}/${name}`) }] : [];
    });
    const found = values.length > 1 ? compare(values) : undefined;
    if (found) out.push({ field: path, ...(party !== undefined ? { party } : {}), values: found });
  }
}

/** An agreement's parties (its owner and partners), each as its region code or national partner. */
function partiesValue(h: Held, ctx: Ctx): Compared {
  const owner = (h.data['owner'] as string | undefined) ?? ctx.member.loaded.config.owner;
  const ids = [...(owner !== undefined ? [owner] : []), ...((h.data['partners'] as string[] | undefined) ?? [])];
  return plain([...new Set(ids.map((id) => partyToken(ctx.member, ctx.identity, id)))].sort().join(', '));
}

/** A partner's name with its aliases: the same when one name of each has the same key (identityKey). */
function nameValue(h: Held): Compared {
  const names = [h.data['name'], ...((h.data['aliases'] as unknown[] | undefined) ?? [])].map(String);
  const keys = new Set(names.map(identityKey));
  return { text: String(h.data['name']), keys, same: (o) => [...(o.keys ?? [])].some((k) => keys.has(k)) };
}

/**
 * Every conflict between the records of each national agreement and partner, the acknowledgements of
 * identity.yaml applied; diagnostics on acknowledgements that name nothing or cover nothing.
 */
export function conflicts(members: readonly Member[], identity: IdentityResult, agreements: readonly NationalAgreement[], acknowledged: readonly Acknowledgement[] = [], locateAck: (d: Diagnostic) => Diagnostic = (d) => d): ConflictsResult {
  const byCode = new Map(members.map((m) => [m.code, m]));
  const agreementOf = new Map<string, string>();
  for (const a of agreements) for (const r of a.records) agreementOf.set(r.key, a.id);
  const ctxs = new Map(members.map((m) => [m.code, { member: m, identity, agreementOf }]));
  const ctx = (m: Member): Ctx => ctxs.get(m.code) as Ctx;
  const out: Conflict[] = [];

  for (const p of identity.partners) {
    if (p.records.length < 2) continue;
    const held = p.records.map((r): Held => ({ member: byCode.get(r.member) as Member, key: r.key, file: r.partner.file, pointer: '', data: r.partner.data as unknown as Record<string, unknown> }));
    const found: Array<Omit<Conflict, 'kind' | 'id'>> = [];
    compareFields(FIELDS.partner, held, ctx, '', found);
    for (const f of found) out.push({ kind: 'partner', id: p.id, ...f });
  }
  for (const a of agreements) {
    if (a.records.length < 2) continue;
    const held = a.records.map((r: AgreementRecord): Held => ({ member: byCode.get(r.member) as Member, key: r.key, file: r.agreement.file, pointer: '', data: r.agreement.data as unknown as Record<string, unknown> }));
    const found: Array<Omit<Conflict, 'kind' | 'id'>> = [];
    compareFields(FIELDS.agreement, held, ctx, '', found);
    for (const f of found) out.push({ kind: 'agreement', id: a.id, ...f });
  }

  // Acknowledgements: each names a record (any of the national record's) and a field.
  const diagnostics: Diagnostic[] = [];
  const nationalOf = (kind: 'agreement' | 'partner', id: string): string | undefined => (kind === 'partner' ? identity.partnerOf.get(id) : agreementOf.get(id));
  for (const ack of acknowledged) {
    const national = nationalOf(ack.kind, ack.id);
    if (national === undefined) {
      diagnostics.push(locateAck(unknownRecord(ack, byCode)));
      continue;
    }
    const paths = fieldPaths(FIELDS[ack.kind]).map(([path]) => path);
    if (!paths.includes(ack.field)) {
      const suggestion = closest(ack.field, paths);
      diagnostics.push(locateAck({ code: 'acknowledged-unknown-field', severity: 'error', file: IDENTITY_FILE, pointer: `${ack.pointer}/field`, params: { field: ack.field, kind: ack.kind, ...(suggestion ? { suggestion } : {}) } }));
      continue;
    }
    const covered = out.filter((c) => c.kind === ack.kind && c.id === national && c.field === ack.field);
    if (!covered.length) diagnostics.push(locateAck({ code: 'acknowledged-stale', severity: 'warning', file: IDENTITY_FILE, pointer: ack.pointer, params: { id: ack.id, field: ack.field, kind: ack.kind } }));
    for (const c of covered) c.acknowledged ??= { pointer: ack.pointer, ...(ack.note !== undefined ? { note: ack.note } : {}), ...(ack.who !== undefined ? { who: ack.who } : {}), ...(ack.date !== undefined ? { date: ack.date } : {}) };
  }
  out.sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0) || compareKeys(x.id, y.id) || (x.field < y.field ? -1 : x.field > y.field ? 1 : 0) || String(x.party ?? '').localeCompare(String(y.party ?? '')));
  for (const c of out) c.values.sort((x, y) => compareKeys(x.record, y.record));
  return { conflicts: out, diagnostics };
}

function unknownRecord(ack: Acknowledgement, members: ReadonlyMap<string, Member>): Diagnostic {
  const ns = splitMemberId(ack.id);
  const m = ns ? members.get(ns.code) : undefined;
  const pointer = `${ack.pointer}/${ack.kind}`;
  if (!ns || !m) return { code: 'identity-unknown', severity: 'error', file: IDENTITY_FILE, pointer, params: { id: ack.id, kind: ack.kind, why: 'member', member: ns?.code ?? ack.id, members: [...members.keys()].join(', ') } };
  if (m.loaded.dataset.invalidIds[ack.kind].has(ns.id)) return { code: 'identity-unknown', severity: 'error', file: IDENTITY_FILE, pointer, params: { id: ack.id, kind: ack.kind, why: 'left-out', member: ns.code } };
  return { code: 'identity-unknown', severity: 'error', file: IDENTITY_FILE, pointer, params: { id: ack.id, kind: ack.kind, why: 'record', member: ns.code } };
}

/** Conflicts not acknowledged: what makes `kerjasama aggregate conflicts` exit 1. */
export const openConflicts = (cs: readonly Conflict[]): Conflict[] => cs.filter((c) => !c.acknowledged);

export type { NationalPartner };
