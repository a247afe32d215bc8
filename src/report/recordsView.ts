// How list and show read as tables.

import { L, type Cell, type Column, type ReportView, type Provenance, type TableView } from '../render/view.js';
import type { Lang } from '../model/types.js';
import type { Shown } from './records.js';

export function listView(title: Record<Lang, string>, rows: Array<Record<string, unknown>>, prov: Provenance): ReportView {
  const keys = rows[0] ? Object.keys(rows[0]).filter((k) => k !== 'file') : ['id'];
  const columns: Column[] = keys.map((k) => ({ key: k, label: L(k.replace(/_/g, ' '), k.replace(/_/g, ' ')), ...(k === 'agreements' && typeof rows[0]?.[k] === 'number' ? { align: 'right' as const } : {}) }));
  return { title, provenance: prov, tables: [{ columns, rows: rows as Array<Record<string, Cell>> }], notes: [] };
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
          { field: lang === 'id' ? 'status dari tanggal' : 'status from the dates', value: s.derivedStatus },
          { field: lang === 'id' ? 'hari terakhir berlaku' : 'last day in force', value: s.end === null ? null : s.end === 'none' ? (lang === 'id' ? 'tanpa batas waktu' : 'no end') : { date: s.end } },
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
