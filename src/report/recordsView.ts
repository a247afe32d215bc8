// How list and show read as tables.

import { L, type Cell, type Column, type ReportView, type Provenance, type TableView } from '../render/view.js';
import type { Lang } from '../model/types.js';
import type { Shown } from './records.js';
import type { DerivedStatus } from '../model/agreement.js';
import { DERIVED_STATUS_LABEL } from '../render/labels.js';

/** Date columns of the lists; each has a `<key>_uncertain` field in the row (a column of its own in CSV). */
const DATE_KEYS = new Set(['start', 'end', 'confirmed']);

export function listView(title: Record<Lang, string>, rows: Array<Record<string, unknown>>, prov: Provenance, lang: Lang): ReportView {
  const keys = rows[0] ? Object.keys(rows[0]).filter((k) => k !== 'file' && k !== 'stale' && !k.endsWith('_uncertain')) : ['id'];
  const columns: Column[] = keys.map((k) => ({
    key: k, label: L(k.replace(/_/g, ' '), k.replace(/_/g, ' ')),
    ...(k === 'agreements' && typeof rows[0]?.[k] === 'number' ? { align: 'right' as const } : {}),
    ...(DATE_KEYS.has(k) ? { dates: true } : {}),
  }));
  const stale = L('stale', 'usang')[lang];
  const cells = rows.map((r) => Object.fromEntries(keys.map((k) => {
    const v = r[k];
    if (!DATE_KEYS.has(k) || typeof v !== 'string' || v === 'none') return [k, v as Cell];
    const flag = k === 'confirmed' && r['stale'] === true ? { flag: `(${stale})`, tone: 'warn' as const } : {};
    return [k, { date: v, uncertain: r[`${k}_uncertain`] === true, ...flag }];
  })) as Record<string, Cell>);
  const notes = rows.some((r) => r['start_uncertain'] === true || r['end_uncertain'] === true)
    ? [L('* From an uncertain date (a month, a year, approximate or a range).', '* Dari tanggal yang tidak pasti (bulan, tahun, perkiraan atau rentang).')]
    : [];
  return { title, provenance: prov, tables: [{ columns, rows: cells }], notes };
}

function fields(data: object): Array<Record<string, Cell>> {
  return Object.entries(data).map(([k, v]) => ({ field: k, value: typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v) }));
}

const FIELD_COLUMNS: Column[] = [{ key: 'field', label: L('field', 'kolom') }, { key: 'value', label: L('value', 'nilai') }];

export function showView(shown: Shown[], prov: Provenance, lang: Lang): ReportView {
  const tables: TableView[] = [];
  for (const s of shown) {
    const rec = s.record;
    tables.push({ title: L(`${s.kind} ${rec.id} (${rec.file})`, `${s.kind} ${rec.id} (${rec.file})`), columns: FIELD_COLUMNS, rows: fields(rec.data) });
    if (s.kind === 'agreement') {
      tables.push({
        title: L('Status and chain', 'Status dan rantai'),
        columns: FIELD_COLUMNS,
        rows: [
          { field: lang === 'id' ? 'status dari tanggal' : 'status from the dates', value: DERIVED_STATUS_LABEL[s.derivedStatus as DerivedStatus]?.[lang] ?? s.derivedStatus },
          { field: lang === 'id' ? 'mulai berlaku' : 'takes effect', value: s.start === null ? null : { date: s.start } },
          { field: lang === 'id' ? 'hari terakhir berlaku' : 'last day in force', value: s.end === null ? null : s.end === 'none' ? (lang === 'id' ? 'tanpa batas waktu' : 'no end') : { date: s.end } },
          ...(s.stale ? [{ field: lang === 'id' ? 'data usang' : 'stale facts', value: { text: lang === 'id' ? `terakhir dikonfirmasi ${s.record.data.confirmed}` : `last confirmed ${s.record.data.confirmed}`, tone: 'warn' as const } }] : []),
          { field: 'parent', value: s.parent?.id ?? null },
          { field: lang === 'id' ? 'turunan' : 'children', value: s.children.map((c) => c.id) },
          { field: 'renews', value: s.renews?.id ?? null },
          { field: lang === 'id' ? 'diperpanjang oleh' : 'renewed by', value: s.renewedBy.map((c) => c.id) },
          { field: lang === 'id' ? 'rantai' : 'chain', value: s.chain.map((c) => c.id).join(' → ') },
        ],
      });
    }
    if (s.kind === 'partner') {
      tables.push({ title: L('Agreements', 'Perjanjian'), columns: [{ key: 'id', label: L('id', 'id') }, { key: 'title', label: L('title', 'judul') }, { key: 'status', label: L('status', 'status') }], rows: s.agreements.map((a) => ({ id: a.id, title: a.data.title, status: a.data.status })), empty: L('No agreements.', 'Tidak ada perjanjian.') });
    }
    if (s.kind === 'partner' || s.kind === 'agreement') {
      tables.push({
        title: L('Activities (timeline)', 'Kegiatan (lini masa)'),
        columns: [{ key: 'start', label: L('start', 'mulai') }, { key: 'end', label: L('end', 'selesai') }, { key: 'type', label: L('type', 'jenis') }, { key: 'title', label: L('title', 'judul') }, { key: 'id', label: L('id', 'id') }],
        rows: s.activities.map((act) => ({ start: { date: act.data.start }, end: act.data.end ? { date: act.data.end } : null, type: act.data.type, title: act.data.title, id: act.id })),
        empty: L('No activities recorded.', 'Belum ada kegiatan tercatat.'),
      });
    }
  }
  return { title: L('Record', 'Rekaman'), provenance: prov, tables, notes: [] };
}
