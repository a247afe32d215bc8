// How the summary reads: small count tables (compact: side by side in a terminal, one screen), with what
// the register does not know beside what it does. The lists behind the counts belong to the other reports.

import { DECLARED_STATUS_LABEL, DERIVED_STATUS_LABEL, DOCUMENT_TYPE_LABEL } from './labels.js';
import { L, type Cell, type ReportView, type Provenance, type TableView } from './view.js';
import type { SummaryReport } from '../report/summary.js';

type Lang = 'en' | 'id';
const UNKNOWN = L('unknown', 'tidak diketahui');
const UNCERTAIN = L('year uncertain', 'tahun tidak pasti');

const counts = (title: Record<Lang, string>, keyLabel: Record<Lang, string>, m: Record<string, number>, lang: Lang, label?: (k: string) => Record<Lang, string> | undefined): TableView => ({
  title,
  compact: true,
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
    [L('document type unknown', 'jenis naskah tidak diketahui'), u.documentType],
    [L('status unknown', 'status tidak diketahui'), u.status],
    [L('with an uncertain date', 'dengan tanggal tidak pasti'), u.uncertainDates],
    [L('in force, no sectors recorded', 'berlaku, sektor tidak dicatat'), u.noSectors],
    [L('facts stale (confirmed: too long ago)', 'data usang (confirmed: terlalu lama)'), u.staleFacts],
    [L('approvals not known', 'persetujuan tidak diketahui'), u.approvalsUnknown],
  ];
  const tables: TableView[] = [
    {
      title: L('At a glance', 'Sekilas'),
      compact: true,
      columns: [{ key: 'what', label: L('what', 'uraian') }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
      rows: glance.map(([what, n]) => ({ what: what[lang], n })),
    },
    {
      title: L('What the register does not know (agreements)', 'Yang belum diketahui register (perjanjian)'),
      compact: true,
      columns: [{ key: 'what', label: L('what', 'uraian') }, { key: 'n', label: L('count', 'jumlah'), align: 'right' }],
      rows: unknowns.map(([what, n]) => ({ what: what[lang], n })),
    },
    counts(L('By category', 'Menurut kategori'), L('category', 'kategori'), r.byCategory, lang),
    counts(L('By declared status', 'Menurut status tercatat'), L('status', 'status'), r.byDeclaredStatus, lang, (k) => DECLARED_STATUS_LABEL[k as keyof typeof DECLARED_STATUS_LABEL]),
    counts(L('By status from the dates', 'Menurut status dari tanggal'), L('status', 'status'), r.byDerivedStatus, lang, (k) => DERIVED_STATUS_LABEL[k as keyof typeof DERIVED_STATUS_LABEL]),
    counts(L('By document type', 'Menurut jenis naskah'), L('type', 'jenis'), r.byDocumentType, lang, (k) => DOCUMENT_TYPE_LABEL[k as keyof typeof DOCUMENT_TYPE_LABEL]),
    counts(L('Partners by country', 'Mitra menurut negara'), L('country', 'negara'), r.partnersByCountry, lang),
  ];
  return {
    title: L('Register summary', 'Ringkasan register'),
    provenance: prov,
    tables,
    notes: [L('Details: kerjasama report expiring (what ends and when), report inactive, report coverage, validate; --format json adds the years, the agreements expiring and the planned signings passed.',
      'Rincian: kerjasama report expiring (yang berakhir dan kapan), report inactive, report coverage, validate; --format json menambahkan tahun, perjanjian yang akan berakhir dan rencana penandatanganan yang terlewati.')],
  };
}
