// How list and show read as tables.

import { L, type Cell, type Column, type ReportView, type Provenance, type TableView } from './view.js';
import { rw, rwBoth } from './reports.words.js';
import type { Dataset, ExtraSector, Kind, Lang } from '../model/types.js';
import { fieldRows, fieldText, fieldValueAt } from './fields.js';
import { FIELDS, type FieldSpec } from '../model/fields.js';
import { codeLabel, fieldLabel } from '../model/fields.words.js';
import type { Shown } from '../report/records.js';
import type { Agreement } from '../model/types.js';
import type { DerivedStatus } from '../model/agreement.js';
import { followsLink } from '../facts/facts.js';
import { ACTIVITY_STATE_LABEL, ACTIVITY_TYPE_LABEL, DECLARED_STATUS_LABEL, DERIVED_STATUS_LABEL, DOCUMENT_TYPE_LABEL, labelOf, PARTNER_TYPE_LABEL, RELATION_DOWN, RELATION_UP } from './labels.js';
import type { Link } from '../facts/facts.js';

/** The columns of the lists that are facts, not record fields: label, and how a terminal table narrows them. */
const FACT_COLUMNS: Record<string, Omit<Column, 'key'>> = {
  start: { label: rwBoth('records.start'), priority: 6, dates: true },
  end: { label: rwBoth('records.end'), dates: true },
  derived_status: { label: rwBoth('records.statusFromTheDates'), wrap: true },
  state: { label: rwBoth('records.state') },
  agreements: { label: rwBoth('records.agreements'), priority: 4, align: 'right' },
};

/** The descriptor and path of a list's key: a field (`country`), or a mapping's sub-field as the list flattens it (`ids_kemendagri`: ids.kemendagri, listed as its mapping is). */
function listedField(kind: Kind, key: string): [FieldSpec, string] | undefined {
  const f = FIELDS[kind][key];
  if (f) return [f, key];
  for (const [k, m] of Object.entries(FIELDS[kind])) {
    if (m.shape.t === 'object' && key.startsWith(`${k}_`) && Object.hasOwn(m.shape.fields, key.slice(k.length + 1))) return [m, `${k}.${key.slice(k.length + 1)}`];
  }
  return undefined;
}

/**
 * A list's column for a key: a fact's own, else the record field's (its label from the field model's
 * words, its priority and wrapping from its descriptor, a date column for a date); `kind` decides which
 * fields. Columns the field model does not know are shown as they are.
 */
function listColumn(kind: Kind | undefined, key: string, counted: boolean): Omit<Column, 'key'> {
  const fact = FACT_COLUMNS[key];
  // A partner's `agreements` is a count (a fact), an activity's its agreements' ids (a record field);
  // an agreement's start and end are facts, an activity's are record fields.
  const isFact = key === 'agreements' ? counted : key === 'start' || key === 'end' ? kind !== 'activity' : fact !== undefined;
  if (fact && isFact) return fact;
  const field = kind ? listedField(kind, key) : undefined;
  if (!field || !kind) return { label: L(key.replace(/_/g, ' '), key.replace(/_/g, ' ')) };
  const [f, path] = field;
  return {
    label: { en: fieldLabel(`${kind}.${path}`, 'en'), id: fieldLabel(`${kind}.${path}`, 'id') },
    ...(f.list?.priority !== undefined ? { priority: f.list.priority } : {}),
    ...(f.list?.wrap ? { wrap: true } : {}),
    ...(f.shape.t === 'date' ? { dates: true } : {}),
  };
}

/** Fields whose codes a table shows as labels (CSV and JSON keep the codes): the facts' own codes; record fields' come from the field model. */
const FACT_CODES: Record<string, Record<string, Record<Lang, string>>> = { derived_status: DERIVED_STATUS_LABEL, state: ACTIVITY_STATE_LABEL };

/**
 * The fields a table shows as show shows them: partners by name, with the id after ("Prefektur Shizuoka
 * (shizuoka)"), a country by its name, with the code ("Jepang (JP)"). CSV, a workbook and JSON keep the ids and codes.
 */
const namedInTables = (f: FieldSpec): boolean => f.shape.t === 'country' || ((f.shape.t === 'ref' || f.shape.t === 'refs') && f.shape.kind === 'partner');

/**
 * A list of records as a report view; `name` names the records a field refers to, as show names them
 * (recordNames), in a table and Markdown.
 */
export function listView(title: Record<Lang, string>, rows: Array<Record<string, unknown>>, prov: Provenance, lang: Lang, csvFlat = false, kind?: 'partner' | 'agreement' | 'activity', name?: (kind: Kind, id: string) => string | undefined): ReportView {
  const keys = (rows[0] ? Object.keys(rows[0]).filter((k) => k !== 'file' && k !== 'stale' && k !== 'end_recorded' && !k.endsWith('_uncertain')) : ['id'])
    // A table leaves out a mapping's sub-field no row records (a register that keeps no Wikidata ids has no empty column for them); CSV and JSON keep every column.
    .filter((k) => csvFlat || !kind || !listedField(kind, k)?.[1].includes('.') || rows.some((r) => r[k] !== null && r[k] !== undefined));
  const counted = typeof rows[0]?.['agreements'] === 'number';
  const meta = new Map(keys.map((k) => [k, listColumn(kind, k, counted)]));
  const columns: Column[] = keys.map((k) => {
    const c = meta.get(k) as Omit<Column, 'key'>;
    // CSV and a workbook carry the field names and codes, so that they import back as they were.
    return csvFlat ? { key: k, label: L(k.replace(/_/g, ' '), k.replace(/_/g, ' ')), ...(c.dates ? { dates: true } : {}) } : { key: k, ...c };
  });
  const stale = rwBoth('records.stale')[lang];
  const cells = rows.map((r) => Object.fromEntries(keys.map((k) => {
    const v = r[k];
    if (!csvFlat) {
      const field = kind && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0) ? listedField(kind, k) : undefined;
      const named = field && name && namedInTables(field[0]) ? fieldValueAt(kind as Kind, field[1], v, { lang }) : undefined;
      if (named) return [k, fieldText(named, lang, name)];
      const label = FACT_CODES[k] ? labelOf(FACT_CODES[k] as Record<string, Record<Lang, string>>, v, lang) : kind ? codeLabel(`${kind}.${k}`, v, lang) : undefined;
      if (label !== undefined) return [k, label];
    }
    // An end the record does not write is said in words, as show says it; a dash would read as "none".
    if (k === 'end' && v === null && r['end_recorded'] === false && !csvFlat) return [k, rwBoth('records.noEndRecorded')[lang]];
    // `none` is a word only in the end's column (an agreement whose id or title is "none" keeps it).
    if (!meta.get(k)?.dates || typeof v !== 'string' || v === 'none') return [k, v === 'none' && k === 'end' && !csvFlat ? rwBoth('records.noEnd')[lang] : v as Cell];
    const flag = k === 'confirmed' && r['stale'] === true ? { flag: `(${stale})`, tone: 'warn' as const } : {};
    return [k, { date: v, uncertain: r[`${k}_uncertain`] === true, ...flag }];
  })) as Record<string, Cell>);
  const notes = rows.some((r) => Object.keys(r).some((k) => k.endsWith('_uncertain') && r[k] === true))
    ? [rwBoth('records.fromAnUncertainDate')]
    : [];
  return { title, provenance: prov, tables: [{ columns, rows: cells }], notes };
}

function fields(kind: Shown['kind'], data: object, lang: Lang, extraSectors: readonly ExtraSector[], name: (kind: Kind, id: string) => string | undefined): Array<Record<string, Cell>> {
  return fieldRows(kind, data, { lang, extraSectors }).map((r) => ({ field: r.label, value: r.value.t === 'date' ? { date: r.value.date } : fieldText(r.value, lang, name) }));
}

const FIELD_COLUMNS: Column[] = [{ key: 'field', label: rwBoth('records.field') }, { key: 'value', label: rwBoth('records.value'), wrap: true }];

/**
 * The chain as a tree, from its first document down: each agreement under the one it follows, with how
 * (renews, follows, implements, amends: the facts' links); this record marked.
 */
export function chainTree(chain: readonly Agreement[], current: string, lang: Lang, follows: (a: Agreement) => Link | null): string {
  const ids = new Set(chain.map((a) => a.id));
  const above = (a: Agreement): Link | undefined => {
    const l = follows(a);
    return l && ids.has(l.id) ? l : undefined;
  };
  const kids = new Map<string, Agreement[]>();
  const roots: Agreement[] = [];
  for (const a of chain) {
    const up = above(a);
    if (up === undefined) roots.push(a);
    else kids.set(up.id, [...(kids.get(up.id) ?? []), a]);
  }
  const lines: string[] = [];
  const seen = new Set<string>();
  const walk = (a: Agreement, prefix: string, last: boolean, root: boolean): void => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    const how = above(a);
    const type = labelOf(DOCUMENT_TYPE_LABEL, a.data.document_type, lang) ?? a.data.document_type;
    const mark = a.id === current ? `  ${THIS_RECORD[lang]}` : '';
    lines.push(`${root ? '' : prefix + (last ? '└─ ' : '├─ ')}${a.id} (${type}${how ? `, ${RELATION_UP[how.relation][lang]}` : ''})${mark}`);
    const children = kids.get(a.id) ?? [];
    children.forEach((c, i) => walk(c, root ? '' : prefix + (last ? '   ' : '│  '), i === children.length - 1, false));
  };
  roots.forEach((r) => walk(r, '', true, true));
  return lines.join('\n');
}
const THIS_RECORD = rwBoth('records.thisRecord');

/** The status from the dates; a superseded agreement with what superseded it ("superseded: followed by msp (MoU)"). */
function statusText(status: DerivedStatus, by: Link | null, lang: Lang, d: Dataset): string {
  const label = DERIVED_STATUS_LABEL[status]?.[lang] ?? status;
  if (status !== 'superseded' || !by) return label;
  const next = d.agreements.get(by.id);
  const type = next ? labelOf(DOCUMENT_TYPE_LABEL, next.data.document_type, lang) ?? next.data.document_type : undefined;
  return `${label}: ${RELATION_DOWN[by.relation][lang]} ${by.id}${type ? ` (${type})` : ''}`;
}

/**
 * A record's name (a partner's) or title (an agreement's, an activity's) by its id, as show names the
 * records a field refers to: from the first register that has it (diff: the head, then the base).
 */
export function recordNames(...ds: readonly Dataset[]): (kind: Kind, id: string) => string | undefined {
  const one = (d: Dataset, kind: Kind, id: string): string | undefined => (kind === 'partner' ? d.partners.get(id)?.data.name : kind === 'agreement' ? d.agreements.get(id)?.data.title : d.activities.get(id)?.data.title);
  return (kind, id) => {
    for (const d of ds) {
      const n = one(d, kind, id);
      if (n !== undefined) return n;
    }
    return undefined;
  };
}

/** A record in full; `d` names the records it refers to. */
export function showView(shown: Shown[], prov: Provenance, lang: Lang, d: Dataset): ReportView {
  const name = recordNames(d);
  const tables: TableView[] = [];
  const KIND = { partner: rwBoth('records.partner'), agreement: rwBoth('records.agreement'), activity: rwBoth('records.activity') };
  for (const s of shown) {
    const rec = s.record;
    tables.push({ title: L(`${KIND[s.kind].en} ${rec.id} (${rec.file})`, `${KIND[s.kind].id} ${rec.id} (${rec.file})`), columns: FIELD_COLUMNS, rows: fields(s.kind, rec.data, lang, d.config.extraSectors, name) });
    if (s.kind === 'agreement') {
      tables.push({
        title: rwBoth('records.statusAndChain'),
        columns: FIELD_COLUMNS,
        rows: [
          { field: rw(lang, 'records.statusFromTheDates'), value: statusText(s.derivedStatus, s.supersededBy, lang, d) },
          { field: rw(lang, 'records.takesEffect'), value: s.start === null ? null : { date: s.start } },
          // No end on record is said in words, as report expiring says it; a dash would read as "none".
          { field: rw(lang, 'records.lastDayInForce'), value: s.lastDayInForce === null ? (s.record.data.end === undefined ? rw(lang, 'records.noEndRecorded') : null) : s.lastDayInForce === 'none' ? rw(lang, 'records.noEnd') : { date: s.lastDayInForce } },
          ...(s.terminated !== null ? [{ field: rw(lang, 'records.terminated'), value: { date: s.terminated } }] : []),
          ...(s.stale ? [{ field: rw(lang, 'records.staleFacts'), value: { text: rw(lang, 'records.lastConfirmed', { date: String(s.record.data.confirmed) }), tone: 'warn' as const } }] : []),
          { field: rw(lang, 'records.chain'), value: chainTree(s.chain, rec.id, lang, (a) => followsLink(a, d)) },
        ],
      });
    }
    if (s.kind === 'partner') {
      tables.push({
        title: rwBoth('records.title.agreements'),
        columns: [{ key: 'id', label: L('id', 'id'), wrap: true }, { key: 'title', label: rwBoth('records.title'), wrap: true }, { key: 'status', label: rwBoth('records.statusOnRecord'), wrap: true, priority: 1 }],
        rows: s.agreements.map((a) => ({ id: a.id, title: a.data.title, status: labelOf(DECLARED_STATUS_LABEL, a.data.status, lang) ?? a.data.status })),
        empty: rwBoth('records.noAgreements'),
      });
    }
    if (s.kind === 'partner' || s.kind === 'agreement') {
      tables.push({
        title: rwBoth('records.activitiesTimeline'),
        columns: [{ key: 'start', label: rwBoth('records.start') }, { key: 'end', label: rwBoth('records.activity.end'), priority: 2 }, { key: 'type', label: rwBoth('records.type'), wrap: true, priority: 1 }, { key: 'title', label: rwBoth('records.title'), wrap: true }, { key: 'id', label: L('id', 'id'), wrap: true, priority: 3 }],
        rows: s.activities.map((act) => ({ start: { date: act.data.start }, end: act.data.end ? { date: act.data.end } : null, type: labelOf(ACTIVITY_TYPE_LABEL, act.data.type, lang) ?? act.data.type, title: act.data.title, id: act.id })),
        empty: rwBoth('records.noActivitiesRecorded'),
      });
    }
  }
  return { title: rwBoth('records.record'), provenance: prov, tables, notes: [] };
}
