// How kerjasama aggregate partners and aggregate conflicts read: the national partners with their
// members' records, the candidates with their evidence, and each conflict's values with where each member
// wrote them. Words in identity.words.ts; the JSON beside it is the values of src/aggregate.

import type { Conflict } from '../aggregate/conflicts.js';
import type { Candidate, CandidatePair, IdentityResult, NationalPartner } from '../aggregate/identity.js';
import { fieldLabel, PARTNER_TYPE_WORDS } from '../model/fields.words.js';
import type { Identifiers, Lang, PartnerType } from '../model/types.js';
import { say } from '../model/words.js';
import { IDENTITY_VIEW_WORDS as W, type IdentityViewWord } from './identity.words.js';
import type { Cell, Column, Provenance, ReportView, TableView } from './view.js';
import { countryText } from './fields.js';

type V = Record<string, string | number>;
const both = (key: IdentityViewWord, v: V = {}): Record<Lang, string> => ({ en: say(W, 'en', key, v), id: say(W, 'id', key, v) });
const col = (key: IdentityViewWord, o: Partial<Column> = {}): Column => ({ key, label: both(key), ...o });
const typeWord = (t: PartnerType, lang: Lang): string => PARTNER_TYPE_WORDS[t]?.[lang] ?? t;
const idsText = (ids: Identifiers): string => Object.values(ids).join(', ');

/** The national partners (unless `unresolvedOnly`) and the candidates that remain. */
export function partnersView(identity: IdentityResult, provenance: Provenance, federation: string, lang: Lang, unresolvedOnly: boolean): ReportView {
  const tables: TableView[] = [];
  if (!unresolvedOnly) {
    tables.push({
      columns: [col('partner'), col('name', { wrap: true }), col('country', { priority: 3 }), col('type', { priority: 4, wrap: true }), col('ids', { priority: 2 }), col('records', { wrap: true })],
      rows: identity.partners.map((p) => ({ partner: p.id, name: p.name, country: countryText(p.country, lang), type: typeWord(p.type, lang), ids: idsText(p.ids) || null, records: p.records.map((r) => r.key) })),
      empty: both('emptyPartners'),
    });
  }
  tables.push({
    ...(unresolvedOnly ? {} : { title: both('candidatesTitle') }),
    columns: [col('candidate', { align: 'right' }), col('first', { wrap: true }), col('second', { wrap: true }), col('evidence', { wrap: true })],
    rows: ((byId) => identity.candidates.flatMap((c, i) => c.pairs.map((pair) => candidateRow(byId, c, pair, i + 1, lang))))(new Map(identity.partners.map((p) => [p.id, p]))),
    empty: both('emptyCandidates'),
  });
  return { title: both(unresolvedOnly ? 'candidatesTitle' : 'partnersTitle', { name: federation }), provenance, tables, notes: identity.candidates.length ? [both('noteCandidates')] : [] };
}

/** One pair's row; `partners` by id (looked up per pair: a name in many registers gives many pairs). */
function candidateRow(partners: ReadonlyMap<string, NationalPartner>, _c: Candidate, pair: CandidatePair, n: number, lang: Lang): Record<string, Cell> {
  const side = (id: string): string => {
    const p = partners.get(id);
    const names = p ? [...new Set(p.records.map((r) => r.partner.data.name))].join(' / ') : id;
    return `${id} (${names})`;
  };
  const say_ = (key: IdentityViewWord, v: V = {}): string => say(W, lang, key, v);
  const evidence = [
    ...pair.names.map((m) => say_('sameName', { a: m.a.name, b: m.b.name, key: m.key })),
    say_('sameCountry', { country: countryText(pair.country, lang) }),
    pair.types[0] === pair.types[1] ? say_('sameType') : say_('otherType', { a: typeWord(pair.types[0], lang), b: typeWord(pair.types[1], lang) }),
    idsText(pair.ids[0]) ? say_('idsOnlyOne', { side: pair.a, ids: idsText(pair.ids[0]) }) : idsText(pair.ids[1]) ? say_('idsOnlyOne', { side: pair.b, ids: idsText(pair.ids[1]) }) : say_('noIds'),
  ];
  return { candidate: n, first: side(pair.a), second: side(pair.b), evidence: evidence.join('; ') };
}

/** Each conflict's values, one row each, with where the member wrote it and whether it is acknowledged. */
export function conflictsView(conflicts: readonly Conflict[], provenance: Provenance, federation: string, lang: Lang): ReportView {
  const rows: Array<Record<string, Cell>> = [];
  conflicts.forEach((c, i) => {
    const label = fieldLabel(`${c.kind}.${c.field}`, lang);
    const named = label === c.field || label === c.field.slice(c.field.lastIndexOf('.') + 1) ? c.field : `${label} (${c.field})`;
    const field = c.party !== undefined ? say(W, lang, 'ofParty', { field: named, party: c.party }) : named;
    c.values.forEach((v, k) => {
      rows.push({
        // The conflict's own cells on its first value's row only: the rows below are its other values.
        candidate: k === 0 ? i + 1 : '',
        record: k === 0 ? say(W, lang, c.kind === 'agreement' ? 'kindAgreement' : 'kindPartner', { id: c.id }) : '',
        field: k === 0 ? field : '',
        value: v.value,
        member: v.member,
        where: `${v.path}${v.line !== undefined ? `:${v.line}` : ''}`,
        status: k === 0 ? { text: say(W, lang, c.acknowledged ? 'acknowledged' : 'open'), tone: c.acknowledged ? 'muted' : 'bad' } : '',
      });
    });
  });
  const acks = conflicts.filter((c) => c.acknowledged?.note !== undefined).map((c) => both('noteAck', { note: `${c.id} ${c.field}: ${c.acknowledged?.note ?? ''}` }));
  return {
    title: both('conflictsTitle', { name: federation }),
    provenance,
    tables: [{
      columns: [col('candidate', { align: 'right' }), col('record', { wrap: true }), col('field', { wrap: true }), col('value', { wrap: true }), col('member'), col('where', { wrap: true, priority: 2 }), col('status')],
      rows,
      empty: both('emptyConflicts'),
    }],
    notes: conflicts.length ? [both('noteConflicts'), ...acks] : [],
  };
}
