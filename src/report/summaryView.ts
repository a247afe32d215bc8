// How the summary reads: small count tables side by side in one screen.

import { L, type ReportView, type Provenance, type TableView } from '../render/view.js';
import type { SummaryReport } from './summary.js';

const counts = (title: Record<'en' | 'id', string>, keyLabel: Record<'en' | 'id', string>, m: Record<string, number>): TableView => ({
  title,
  columns: [{ key: 'key', label: keyLabel }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
  rows: Object.entries(m).map(([key, n]) => ({ key, n })),
});

export function summaryView(r: SummaryReport, prov: Provenance, lang: 'en' | 'id'): ReportView {
  return {
    title: L('Register summary', 'Ringkasan register'),
    provenance: prov,
    tables: [
      {
        title: L('At a glance', 'Sekilas'),
        columns: [{ key: 'what', label: L('what', 'apa') }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
        rows: [
          { what: L('partners', 'mitra')[lang], n: r.records.partners },
          { what: L('agreements', 'perjanjian')[lang], n: r.records.agreements },
          { what: L('activities', 'kegiatan')[lang], n: r.records.activities },
          { what: L('partnerships in force', 'kemitraan yang berlaku')[lang], n: r.partnershipsInForce },
          { what: L('dormant partnerships', 'kemitraan tidak aktif')[lang], n: r.dormantPartnerships > 0 ? { text: String(r.dormantPartnerships), tone: 'warn' } : 0 },
          { what: L('expiring in the next 12 months', 'berakhir dalam 12 bulan')[lang], n: r.expiringNext12Months.length },
          { what: L('overdue: ended, still marked active', 'lewat: berakhir, masih tercatat aktif')[lang], n: r.overdue > 0 ? { text: String(r.overdue), tone: 'bad' } : 0 },
          { what: L('validation errors', 'galat validasi')[lang], n: r.validation.errors > 0 ? { text: String(r.validation.errors), tone: 'bad' } : 0 },
          { what: L('validation warnings', 'peringatan validasi')[lang], n: r.validation.warnings },
          { what: L('invalid files left out of reports', 'berkas tidak sah yang tidak diikutkan')[lang], n: r.records.invalidFiles },
        ],
      },
      counts(L('By category', 'Menurut kategori'), L('category', 'kategori'), r.byCategory),
      counts(L('By declared status', 'Menurut status tercatat'), L('status', 'status'), r.byDeclaredStatus),
      counts(L('By status from the dates', 'Menurut status dari tanggal'), L('status', 'status'), r.byDerivedStatus),
      counts(L('By document type', 'Menurut jenis dokumen'), L('type', 'jenis'), r.byDocumentType),
      counts(L('By partner country', 'Menurut negara mitra'), L('country', 'negara'), r.byCountry),
      counts(L('Signed (took effect) per year', 'Ditandatangani (berlaku) per tahun'), L('year', 'tahun'), r.signedPerYear),
      {
        title: L('Expiring in the next 12 months', 'Berakhir dalam 12 bulan ke depan'),
        columns: [{ key: 'id', label: L('id', 'id') }, { key: 'end', label: L('end', 'berakhir') }, { key: 'days', label: L('days left', 'sisa hari'), align: 'right' }],
        rows: r.expiringNext12Months.map((e) => ({ id: e.id, end: { date: e.end }, days: e.daysLeft })),
        empty: L('Nothing expires in the next 12 months.', 'Tidak ada yang berakhir dalam 12 bulan ke depan.'),
      },
    ],
    notes: [L('Details: kerjasama report expiring, report inactive, validate.', 'Rincian: kerjasama report expiring, report inactive, validate.')],
  };
}
