// How list and show read as tables.

import { L, type Cell, type Column, type ReportView, type Provenance, type TableView } from './view.js';
import type { Lang } from '../model/types.js';
import type { Shown } from '../report/records.js';
import type { Agreement } from '../model/types.js';
import type { DerivedStatus } from '../model/agreement.js';
import { ACTIVITY_STATE_LABEL, ACTIVITY_TYPE_LABEL, DECLARED_STATUS_LABEL, DERIVED_STATUS_LABEL, DOCUMENT_TYPE_LABEL, labelOf, PARTNER_TYPE_LABEL } from './labels.js';

/** Date columns of the lists; each has a `<key>_uncertain` field in the row (a column of its own in CSV). */
const DATE_KEYS = new Set(['start', 'end', 'confirmed']);

/**
 * The columns of the lists, by field: label, and how a terminal table narrows them (text that wraps;
 * the order columns are dropped in, highest priority first). Fields not here are shown as they are.
 */
const LIST_COLUMNS: Record<string, Omit<Column, 'key'>> = {
  id: { label: L('id', 'id'), wrap: true },
  title: { label: L('title', 'judul'), wrap: true },
  name: { label: L('name', 'nama'), wrap: true },
  category: { label: L('category', 'kategori'), priority: 3 },
  document_type: { label: L('document type', 'jenis naskah'), wrap: true, priority: 5 },
  type: { label: L('type', 'jenis'), wrap: true, priority: 2 },
  country: { label: L('country', 'negara') },
  partners: { label: L('partners', 'mitra'), wrap: true, priority: 1 },
  agreements: { label: L('agreements', 'perjanjian'), wrap: true, priority: 4 },
  start: { label: L('start', 'mulai'), priority: 6 },
  end: { label: L('end', 'berakhir') },
  status: { label: L('status on record', 'status tercatat'), wrap: true, priority: 7 },
  derived_status: { label: L('status from the dates', 'status menurut tanggal'), wrap: true },
  confirmed: { label: L('confirmed', 'dikonfirmasi'), priority: 8 },
  state: { label: L('state', 'keadaan') },
};

/** Fields whose codes a table shows as labels (CSV and JSON keep the codes). */
const CODE_LABELS: Record<string, Record<string, Record<Lang, string>>> = {
  document_type: DOCUMENT_TYPE_LABEL, status: DECLARED_STATUS_LABEL, derived_status: DERIVED_STATUS_LABEL, state: ACTIVITY_STATE_LABEL,
};

export function listView(title: Record<Lang, string>, rows: Array<Record<string, unknown>>, prov: Provenance, lang: Lang, csvFlat = false, kind?: 'partner' | 'agreement' | 'activity'): ReportView {
  const keys = rows[0] ? Object.keys(rows[0]).filter((k) => k !== 'file' && k !== 'stale' && !k.endsWith('_uncertain')) : ['id'];
  const columns: Column[] = keys.map((k) => ({
    key: k, label: L(k.replace(/_/g, ' '), k.replace(/_/g, ' ')),
    ...(csvFlat ? {} : LIST_COLUMNS[k] ?? {}),
    ...(k === 'agreements' && typeof rows[0]?.[k] === 'number' ? { align: 'right' as const, wrap: false } : {}),
    ...(DATE_KEYS.has(k) ? { dates: true } : {}),
  }));
  const typeLabels: Record<string, Record<Lang, string>> | undefined = kind === 'partner' ? PARTNER_TYPE_LABEL : kind === 'activity' ? ACTIVITY_TYPE_LABEL : undefined;
  const stale = L('stale', 'usang')[lang];
  const cells = rows.map((r) => Object.fromEntries(keys.map((k) => {
    const v = r[k];
    if (!csvFlat) {
      const table = k === 'type' ? typeLabels : CODE_LABELS[k];
      const label = table ? labelOf(table, v, lang) : undefined;
      if (label !== undefined) return [k, label];
    }
    if (!DATE_KEYS.has(k) || typeof v !== 'string' || v === 'none') return [k, v === 'none' && !csvFlat ? L('no end', 'tanpa batas waktu')[lang] : v as Cell];
    const flag = k === 'confirmed' && r['stale'] === true ? { flag: `(${stale})`, tone: 'warn' as const } : {};
    return [k, { date: v, uncertain: r[`${k}_uncertain`] === true, ...flag }];
  })) as Record<string, Cell>);
  const notes = rows.some((r) => r['start_uncertain'] === true || r['end_uncertain'] === true)
    ? [L('* From an uncertain date (a month, a year, approximate or a range).', '* Dari tanggal yang tidak pasti (bulan, tahun, perkiraan atau rentang).')]
    : [];
  return { title, provenance: prov, tables: [{ columns, rows: cells }], notes };
}

/** A field's value as text: a code as its label, a list one item a line, a signature or approval as one line. */
function valueText(key: string, v: unknown, lang: Lang, kind: Shown['kind']): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    const table = key === 'type' ? (kind === 'partner' ? PARTNER_TYPE_LABEL : kind === 'activity' ? ACTIVITY_TYPE_LABEL : undefined)
      : key === 'status' ? (kind === 'activity' ? ACTIVITY_STATE_LABEL : DECLARED_STATUS_LABEL)
      : key === 'document_type' ? DOCUMENT_TYPE_LABEL : undefined;
    const label = table ? labelOf(table, v, lang) : undefined;
    return label !== undefined ? `${label} (${String(v)})` : String(v);
  }
  if (Array.isArray(v)) {
    if (key === 'signatures') return v.map((sig) => signatureLine(sig as Record<string, unknown>, lang)).join('\n');
    return v.map((item) => `• ${typeof item === 'object' && item !== null ? pairs(item as Record<string, unknown>) : String(item)}`).join('\n');
  }
  const o = v as Record<string, unknown>;
  // A mapping of mappings (approvals): one line each.
  return Object.entries(o).map(([k, x]) => `${k}: ${typeof x === 'object' && x !== null && !Array.isArray(x) ? pairs(x as Record<string, unknown>) : Array.isArray(x) ? x.join(', ') : String(x)}`).join('\n');
}

const pairs = (o: Record<string, unknown>): string => Object.entries(o).map(([k, x]) => `${k} ${typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x)}`).join(', ');

/** One signature as a line: party, date, place, signatory (title), number, notes. */
function signatureLine(sig: Record<string, unknown>, lang: Lang): string {
  const title = sig['signatory_title'] !== undefined ? String(sig['signatory_title']) : undefined;
  const who = sig['signatory'] !== undefined ? `${String(sig['signatory'])}${title ? ` (${title})` : ''}` : title;
  const parts = [
    sig['date'] !== undefined ? String(sig['date']) : lang === 'id' ? 'tanggal tidak dicatat' : 'date not recorded',
    sig['place'] !== undefined ? String(sig['place']) : undefined,
    who || undefined,
    sig['number'] !== undefined ? `${lang === 'id' ? 'nomor' : 'no.'} ${String(sig['number'])}` : undefined,
  ].filter((x): x is string => x !== undefined);
  return `• ${String(sig['party'] ?? '?')}: ${parts.join(', ')}${sig['notes'] ? ` (${String(sig['notes'])})` : ''}`;
}

function fields(data: object, lang: Lang, kind: Shown['kind']): Array<Record<string, Cell>> {
  return Object.entries(data).map(([k, v]) => ({ field: k, value: valueText(k, v, lang, kind) }));
}

const FIELD_COLUMNS: Column[] = [{ key: 'field', label: L('field', 'kolom') }, { key: 'value', label: L('value', 'isi'), wrap: true }];

/**
 * The chain as a tree, from its first document down: each agreement under the one it implements
 * (parent) or renews; this record marked.
 */
export function chainTree(chain: readonly Agreement[], current: string, lang: Lang): string {
  const ids = new Set(chain.map((a) => a.id));
  const above = (a: Agreement): string | undefined => [a.data.parent, a.data.renews].find((x) => x !== undefined && ids.has(x));
  const kids = new Map<string, Agreement[]>();
  const roots: Agreement[] = [];
  for (const a of chain) {
    const up = above(a);
    if (up === undefined) roots.push(a);
    else kids.set(up, [...(kids.get(up) ?? []), a]);
  }
  const lines: string[] = [];
  const seen = new Set<string>();
  const walk = (a: Agreement, prefix: string, last: boolean, root: boolean): void => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    const how = a.data.renews !== undefined && ids.has(a.data.renews) ? (lang === 'id' ? 'memperpanjang' : 'renews') : undefined;
    const type = labelOf(DOCUMENT_TYPE_LABEL, a.data.document_type, lang) ?? a.data.document_type;
    const mark = a.id === current ? (lang === 'id' ? '  ◀ data ini' : '  ◀ this record') : '';
    lines.push(`${root ? '' : prefix + (last ? '└─ ' : '├─ ')}${a.id} (${type}${how ? `, ${how}` : ''})${mark}`);
    const children = kids.get(a.id) ?? [];
    children.forEach((c, i) => walk(c, root ? '' : prefix + (last ? '   ' : '│  '), i === children.length - 1, false));
  };
  roots.forEach((r) => walk(r, '', true, true));
  return lines.join('\n');
}

export function showView(shown: Shown[], prov: Provenance, lang: Lang): ReportView {
  const tables: TableView[] = [];
  const KIND = { partner: L('partner', 'mitra'), agreement: L('agreement', 'perjanjian'), activity: L('activity', 'kegiatan') };
  for (const s of shown) {
    const rec = s.record;
    tables.push({ title: L(`${KIND[s.kind].en} ${rec.id} (${rec.file})`, `${KIND[s.kind].id} ${rec.id} (${rec.file})`), columns: FIELD_COLUMNS, rows: fields(rec.data, lang, s.kind) });
    if (s.kind === 'agreement') {
      tables.push({
        title: L('Status and chain', 'Status dan rantai'),
        columns: FIELD_COLUMNS,
        rows: [
          { field: lang === 'id' ? 'status menurut tanggal' : 'status from the dates', value: DERIVED_STATUS_LABEL[s.derivedStatus as DerivedStatus]?.[lang] ?? s.derivedStatus },
          { field: lang === 'id' ? 'mulai berlaku' : 'takes effect', value: s.start === null ? null : { date: s.start } },
          { field: lang === 'id' ? 'hari terakhir berlaku' : 'last day in force', value: s.end === null ? null : s.end === 'none' ? (lang === 'id' ? 'tanpa batas waktu' : 'no end') : { date: s.end } },
          ...(s.terminated !== null ? [{ field: lang === 'id' ? 'diakhiri' : 'terminated', value: { date: s.terminated } }] : []),
          ...(s.stale ? [{ field: lang === 'id' ? 'data usang' : 'stale facts', value: { text: lang === 'id' ? `terakhir dikonfirmasi ${s.record.data.confirmed}` : `last confirmed ${s.record.data.confirmed}`, tone: 'warn' as const } }] : []),
          { field: lang === 'id' ? 'rantai' : 'chain', value: chainTree(s.chain, rec.id, lang) },
        ],
      });
    }
    if (s.kind === 'partner') {
      tables.push({
        title: L('Agreements', 'Perjanjian'),
        columns: [{ key: 'id', label: L('id', 'id'), wrap: true }, { key: 'title', label: L('title', 'judul'), wrap: true }, { key: 'status', label: L('status on record', 'status tercatat'), wrap: true, priority: 1 }],
        rows: s.agreements.map((a) => ({ id: a.id, title: a.data.title, status: labelOf(DECLARED_STATUS_LABEL, a.data.status, lang) ?? a.data.status })),
        empty: L('No agreements.', 'Tidak ada perjanjian.'),
      });
    }
    if (s.kind === 'partner' || s.kind === 'agreement') {
      tables.push({
        title: L('Activities (timeline)', 'Kegiatan (lini masa)'),
        columns: [{ key: 'start', label: L('start', 'mulai') }, { key: 'end', label: L('end', 'selesai'), priority: 2 }, { key: 'type', label: L('type', 'jenis'), wrap: true, priority: 1 }, { key: 'title', label: L('title', 'judul'), wrap: true }, { key: 'id', label: L('id', 'id'), wrap: true, priority: 3 }],
        rows: s.activities.map((act) => ({ start: { date: act.data.start }, end: act.data.end ? { date: act.data.end } : null, type: labelOf(ACTIVITY_TYPE_LABEL, act.data.type, lang) ?? act.data.type, title: act.data.title, id: act.id })),
        empty: L('No activities recorded.', 'Belum ada kegiatan tercatat.'),
      });
    }
  }
  return { title: L('Record', 'Data'), provenance: prov, tables, notes: [] };
}
