// Counterparts: one agreement recorded by two or three of its parties, each in its own register, is one
// agreement nationally. Two records are matched when they are in different members and have
// - the same parties: each party by its Kemendagri region code (the member's own region by kerjasama.yaml's
//   owner_ids, else its record's ids), a party without one by its national partner (identity.ts);
// - the same document type (`unknown` matches any);
// - signing dates that overlap as day ranges (a date's precision is how much it may mean: 2025, 2025-03 and
//   2025-03-14 overlap); a record without any date is not ruled out by dates;
// - the same agreement number for a party wherever both give one (two numbers are two documents).
// A national agreement holds at most one record per member, and every two of its records match; where a
// record could join several, the best-matched pairs (same numbers, then the same exact day) are taken
// first, in an order that does not depend on the order of members or files.
// Pure: members and identity in, national agreements out.

import { parseDate } from '../model/dates.js';
import { maxOf, minOf } from '../model/lists.js';
import { ownerOf } from '../model/parties.js';
import type { Agreement, DocumentType } from '../model/types.js';
import { compareKeys, identifiersOf, type IdentityResult } from './identity.js';
import { memberId, type Member } from './members.js';

/** One member's record of an agreement, with what the match reads. */
export interface AgreementRecord {
  /** Namespaced: `52:ntb-diy-jatim-pks-2025`. */
  key: string;
  member: string;
  agreement: Agreement;
  /** Its parties as the match compares them, sorted: `35` (a region code) or `34:kyoto` (a national partner: it has a colon, a code has none). */
  parties: string[];
  /** Each party's own agreement number, by party (as in `parties`). */
  numbers: ReadonlyMap<string, string>;
  /** The days the signing may have been on (the signatures', else the effective date, else the document's date); none when undated. */
  signing?: { first: number; last: number; exact: boolean };
  documentType: DocumentType;
}

export interface NationalAgreement {
  /** The smallest namespaced id of its records. */
  id: string;
  records: AgreementRecord[];
  parties: string[];
}

/**
 * A party of a member's agreement as the match reads it: its Kemendagri region code (the member's own
 * region's from kerjasama.yaml's owner_ids when its record has none), else its national partner.
 */
export function partyToken(m: Member, identity: IdentityResult, partyId: string): string {
  const p = m.loaded.dataset.partners.get(partyId);
  const code = p ? identifiersOf(m, p).kemendagri : partyId === m.loaded.config.owner ? m.loaded.config.ownerIds.kemendagri : undefined;
  if (code !== undefined) return code;
  const key = memberId(m.code, partyId);
  return identity.partnerOf.get(key) ?? key;
}

/** Each agreement of each member as the match reads it, in a stable order. */
export function agreementRecords(members: readonly Member[], identity: IdentityResult): AgreementRecord[] {
  const out: AgreementRecord[] = [];
  for (const m of members) {
    const { dataset, config } = m.loaded;
    const token = (partyId: string): string => partyToken(m, identity, partyId);
    for (const a of dataset.agreements.values()) {
      const owner = ownerOf(a.data, config);
      const parties = new Set<string>();
      if (owner !== undefined) parties.add(token(owner));
      else if (config.ownerIds.kemendagri !== undefined) parties.add(config.ownerIds.kemendagri);
      for (const p of a.data.partners) parties.add(token(p));
      const numbers = new Map<string, string>();
      for (const s of a.data.signatures ?? []) if (s.party !== undefined && s.number !== undefined) numbers.set(token(s.party), normaliseNumber(s.number));
      const signing = signingOf(a);
      out.push({ key: memberId(m.code, a.id), member: m.code, agreement: a, parties: [...parties].sort(), numbers, ...(signing ? { signing } : {}), documentType: a.data.document_type });
    }
  }
  return out.sort((x, y) => compareKeys(x.key, y.key));
}

/** An agreement number as compared: spaces and case aside ("119/0012/PKS/2025" = "119 / 0012 / pks / 2025"). */
export const normaliseNumber = (n: string): string => n.replace(/\s+/g, '').toUpperCase();

function signingOf(a: Agreement): AgreementRecord['signing'] {
  const texts = (a.data.signatures ?? []).flatMap((s) => (s.date !== undefined ? [String(s.date)] : []));
  const dates = (texts.length ? texts : [a.data.effective, a.data.document_date].filter((t): t is string => t !== undefined).slice(0, 1)).flatMap((t) => {
    const d = parseDate(String(t));
    return d ? [d] : [];
  });
  if (!dates.length) return undefined;
  const first = minOf(dates.map((d) => d.first));
  const last = maxOf(dates.map((d) => d.last));
  return { first, last, exact: dates.every((d) => !d.uncertain) };
}

/** How well two records match: 0 when they do not; more for each number they share and for the same exact day. */
export function matchScore(a: AgreementRecord, b: AgreementRecord): number {
  if (a.member === b.member) return 0;
  if (a.parties.length === 0 || a.parties.join('\n') !== b.parties.join('\n')) return 0;
  if (a.documentType !== b.documentType && a.documentType !== 'unknown' && b.documentType !== 'unknown') return 0;
  if (a.signing && b.signing && (a.signing.last < b.signing.first || b.signing.last < a.signing.first)) return 0;
  let shared = 0;
  for (const [party, n] of a.numbers) {
    const other = b.numbers.get(party);
    if (other === undefined) continue;
    if (other !== n) return 0;
    shared++;
  }
  const sameDay = a.signing?.exact && b.signing?.exact && a.signing.first === b.signing.first && a.signing.last === b.signing.last ? 1 : 0;
  return 1 + 4 * shared + 2 * sameDay;
}

/**
 * The national agreements: records matched across members (each a national agreement of its own when no
 * other member records it). Order-free: the same members in any order give the same answer.
 */
export function counterparts(members: readonly Member[], identity: IdentityResult): NationalAgreement[] {
  const records = agreementRecords(members, identity);
  // Only records with the same parties can match: compared within those buckets.
  const buckets = new Map<string, AgreementRecord[]>();
  for (const r of records) {
    const k = r.parties.join('\n');
    let list = buckets.get(k);
    if (!list) buckets.set(k, (list = []));
    list.push(r);
  }
  const pairs: Array<{ a: AgreementRecord; b: AgreementRecord; score: number }> = [];
  const matched = new Set<string>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as AgreementRecord;
        const b = list[j] as AgreementRecord;
        const score = matchScore(a, b);
        if (score === 0) continue;
        pairs.push({ a, b, score });
        matched.add(`${a.key}\n${b.key}`);
        matched.add(`${b.key}\n${a.key}`);
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || compareKeys(x.a.key, y.a.key) || compareKeys(x.b.key, y.b.key));
  const groupOf = new Map<string, AgreementRecord[]>(records.map((r) => [r.key, [r]]));
  for (const { a, b } of pairs) {
    const ga = groupOf.get(a.key) as AgreementRecord[];
    const gb = groupOf.get(b.key) as AgreementRecord[];
    if (ga === gb) continue;
    // One record per member, and every two records matched.
    if (ga.some((x) => gb.some((y) => x.member === y.member || !matched.has(`${x.key}\n${y.key}`)))) continue;
    const merged = [...ga, ...gb].sort((x, y) => compareKeys(x.key, y.key));
    for (const r of merged) groupOf.set(r.key, merged);
  }
  const seen = new Set<AgreementRecord[]>();
  const out: NationalAgreement[] = [];
  for (const r of records) {
    const g = groupOf.get(r.key) as AgreementRecord[];
    if (seen.has(g)) continue;
    seen.add(g);
    out.push({ id: (g[0] as AgreementRecord).key, records: g, parties: (g[0] as AgreementRecord).parties });
  }
  return out.sort((x, y) => compareKeys(x.id, y.id));
}
