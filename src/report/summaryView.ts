// How the summary reads: small count tables, with what the register does not know beside what it does.

import { DECLARED_STATUS_LABEL, DERIVED_STATUS_LABEL, DOCUMENT_TYPE_LABEL } from '../render/labels.js';
import { L, type Cell, type ReportView, type Provenance, type TableView } from '../render/view.js';
import type { SummaryReport } from './summary.js';

type Lang = 'en' | 'id';
const UNKNOWN = L('unknown', 'tidak diketahui');
const UNCERTAIN = L('year uncertain', 'tahun tidak pasti');

const counts = (title: Record<Lang, string>, keyLabel: Record<Lang, string>, m: Record<string, number>, lang: Lang, label?: (k: string) => Record<Lang, string> | undefined): TableView => ({
  title,
  columns: [{ key: 'key', label: keyLabel }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
  rows: Object.entries(m).map(([key, n]) => ({ key: (label?.(key) ?? (key === 'unknown' ? UNKNOWN : key === 'uncertain' ? UNCERTAIN : undefined))?.[lang] ?? key, n })),
});

const flagged = (n: number, tone: 'bad' | 'warn'): Cell => (n > 0 ? { text: String(n), tone } : 0);

export function summaryView(r: SummaryReport, prov: Provenance, lang: Lang): ReportView {
  const t = r.tiesNotInForce;
  const u = r.unknowns;
  const glance: Array<[Record<Lang, string>, Cell]> = [
    [L('partners', 'mitra'), r.records.partners],
    [L('agreements', 'perjanjian'), r.records.agreements],
    [L('activities', 'kegiatan'), r.records.activities],
    [L('partnerships in force', 'kemitraan yang berlaku'), r.partnershipsInForce],
    [L('dormant partnerships', 'kemitraan tidak aktif'), flagged(r.dormantPartnerships, 'warn')],
    [L('ties at the LoI stage only', 'kerja sama yang baru sampai LoI'), t.loi ?? 0],
    [L('ties signed, not yet in force', 'kerja sama ditandatangani, belum berlaku'), t.pending ?? 0],
    [L('ties negotiating or draft', 'kerja sama dalam perundingan atau draf'), t.negotiating ?? 0],
    [L('ties of unknown status', 'kerja sama berstatus tidak diketahui'), t.unknown ?? 0],
    [L('expiring in the next 12 months', 'berakhir dalam 12 bulan'), r.expiringNext12Months.length],
    [L('overdue: ended, still marked active', 'terlambat: berakhir, masih tercatat aktif'), flagged(r.overdue, 'bad')],
    [L('renewals not on record', 'perpanjangan belum tercatat'), flagged(r.renewalsNotOnRecord, 'warn')],
    [L('planned signings passed', 'rencana penandatanganan terlewati'), flagged(r.signingOverdue.length, 'warn')],
    [L('validation errors', 'kesalahan validasi'), flagged(r.validation.errors, 'bad')],
    [L('validation warnings', 'peringatan validasi'), r.validation.warnings],
    [L('files with errors, left out of reports', 'berkas bermasalah yang tidak disertakan'), r.records.invalidFiles],
  ];
  const unknowns: Array<[Record<Lang, string>, number]> = [
    [L('document type unknown', 'jenis dokumen tidak diketahui'), u.documentType],
    [L('status unknown', 'status tidak diketahui'), u.status],
    [L('with an uncertain date', 'dengan tanggal tidak pasti'), u.uncertainDates],
    [L('in force, no sectors recorded', 'berlaku, sektor tidak dicatat'), u.noSectors],
    [L('facts stale (confirmed: too long ago)', 'data usang (confirmed: terlalu lama)'), u.staleFacts],
    [L('approvals not known', 'persetujuan tidak diketahui'), u.approvalsUnknown],
  ];
  const tables: TableView[] = [
    {
      title: L('At a glance', 'Sekilas'),
      columns: [{ key: 'what', label: L('what', 'uraian') }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
      rows: glance.map(([what, n]) => ({ what: what[lang], n })),
    },
    {
      title: L('What the register does not know (agreements)', 'Yang belum diketahui register (perjanjian)'),
      columns: [{ key: 'what', label: L('what', 'uraian') }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
      rows: unknowns.map(([what, n]) => ({ what: what[lang], n })),
    },
    counts(L('By category', 'Menurut kategori'), L('category', 'kategori'), r.byCategory, lang),
    counts(L('By declared status', 'Menurut status tercatat'), L('status', 'status'), r.byDeclaredStatus, lang, (k) => DECLARED_STATUS_LABEL[k as keyof typeof DECLARED_STATUS_LABEL]),
    counts(L('By status from the dates', 'Menurut status dari tanggal'), L('status', 'status'), r.byDerivedStatus, lang, (k) => DERIVED_STATUS_LABEL[k as keyof typeof DERIVED_STATUS_LABEL]),
    counts(L('By document type', 'Menurut jenis dokumen'), L('type', 'jenis'), r.byDocumentType, lang, (k) => DOCUMENT_TYPE_LABEL[k as keyof typeof DOCUMENT_TYPE_LABEL]),
    counts(L('Partners by country', 'Mitra menurut negara'), L('country', 'negara'), r.partnersByCountry, lang),
    counts(L('Took effect per year', 'Mulai berlaku per tahun'), L('year', 'tahun'), r.signedPerYear, lang),
    {
      title: L('Expiring in the next 12 months', 'Berakhir dalam 12 bulan ke depan'),
      columns: [{ key: 'id', label: L('id', 'id') }, { key: 'end', label: L('end', 'berakhir'), dates: true }, { key: 'days', label: L('days left', 'sisa hari'), align: 'right' }],
      rows: r.expiringNext12Months.map((e) => ({ id: e.id, end: { date: e.endOpen ? `..${e.end}` : e.end, uncertain: e.endUncertain }, days: e.daysLeft })),
      empty: L('Nothing expires in the next 12 months.', 'Tidak ada yang berakhir dalam 12 bulan ke depan.'),
    },
  ];
  if (r.signingOverdue.length) {
    tables.push({
      title: L('Planned signings that have passed', 'Rencana penandatanganan yang sudah terlewati'),
      columns: [{ key: 'id', label: L('id', 'id') }, { key: 'planned', label: L('planned signing', 'rencana penandatanganan'), dates: true }],
      rows: r.signingOverdue.map((s) => ({ id: s.id, planned: { date: s.plannedSigning } })),
    });
  }
  return {
    title: L('Register summary', 'Ringkasan register'),
    provenance: prov,
    tables,
    notes: [L('Details: kerjasama report expiring, report inactive, report coverage, validate.', 'Rincian: kerjasama report expiring, report inactive, report coverage, validate.')],
  };
}
