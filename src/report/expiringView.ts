// How the expiring report reads as a table: one table per bucket, with text labels beside colour.

import { L, type Cell, type Column, type ReportView, type TableView, type Provenance, type Tone } from '../render/view.js';
import type { Bucket, ExpiringReport, ExpiringRow } from './expiring.js';

export const BUCKET_LABEL: Record<Bucket, Record<'en' | 'id', string>> = {
  overdue: L('OVERDUE: ended, still marked active', 'LEWAT: sudah berakhir, masih tercatat aktif'),
  within_30: L('ends within 30 days', 'berakhir dalam 30 hari'),
  within_90: L('ends in 31–90 days', 'berakhir dalam 31–90 hari'),
  within_180: L('ends in 91–180 days', 'berakhir dalam 91–180 hari'),
  later: L('ends later, within the horizon', 'berakhir lebih lambat, dalam cakrawala'),
};
const BUCKET_SHORT: Record<Bucket, Record<'en' | 'id', string>> = {
  overdue: L('overdue', 'lewat'), within_30: L('≤30d', '≤30h'), within_90: L('31–90d', '31–90h'), within_180: L('91–180d', '91–180h'), later: L('later', 'nanti'),
};
const TONE: Record<Bucket, Tone> = { overdue: 'bad', within_30: 'bad', within_90: 'warn', within_180: 'warn', later: 'muted' };

const COLUMNS: Column[] = [
  { key: 'id', label: L('id', 'id') },
  { key: 'title', label: L('title', 'judul') },
  { key: 'partners', label: L('partner (country)', 'mitra (negara)') },
  { key: 'category', label: L('category', 'kategori') },
  { key: 'end', label: L('end', 'berakhir') },
  { key: 'days_left', label: L('days left', 'sisa hari'), align: 'right' },
  { key: 'bucket', label: L('bucket', 'kelompok') },
  { key: 'renewal_start', label: L('start renewal by', 'mulai perpanjangan') },
  { key: 'renewed_by', label: L('renewed by', 'diperpanjang oleh') },
];

function cells(r: ExpiringRow, lang: 'en' | 'id'): Record<string, Cell> {
  return {
    id: r.id,
    title: r.title,
    partners: r.partners.map((p) => `${p.name} (${p.country})`),
    category: r.category,
    end: { date: r.end, partial: r.partialEnd },
    days_left: r.daysLeft,
    bucket: { text: BUCKET_SHORT[r.bucket][lang], tone: TONE[r.bucket] },
    renewal_start: r.renewalStartPassed ? { date: r.renewalStart, flag: '⚠', tone: 'warn' } : { date: r.renewalStart },
    renewed_by: r.renewedBy,
  };
}

export function expiringView(rep: ExpiringReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  const hasRenewed = rep.rows.some((r) => r.renewedBy);
  const columns = COLUMNS.filter((c) => c.key !== 'renewed_by' || hasRenewed || csvFlat);
  const tables: TableView[] = csvFlat
    ? [{ columns, rows: rep.rows.map((r) => ({ ...cells(r, lang), bucket: r.bucket, renewal_start: { date: r.renewalStart } })) }]
    : (Object.keys(BUCKET_LABEL) as Bucket[])
        .map((b) => ({ title: BUCKET_LABEL[b], columns, rows: rep.rows.filter((r) => r.bucket === b).map((r) => cells(r, lang)) }))
        .filter((t) => t.rows.length > 0);
  if (tables.length === 0) tables.push({ columns, rows: [], empty: L(`No agreement ends within ${rep.within}.`, `Tidak ada perjanjian yang berakhir dalam ${rep.within}.`) });
  const notes = [L(`Horizon: ${rep.within} (until ${rep.horizonEnd}). "start renewal by" is the end minus the renewal lead time for the category (thresholds.renewal_lead); ⚠ means that day has passed.`,
    `Cakrawala: ${rep.within} (sampai ${rep.horizonEnd}). "mulai perpanjangan" = tanggal berakhir dikurangi waktu persiapan perpanjangan per kategori (thresholds.renewal_lead); ⚠ berarti tanggal itu sudah lewat.`)];
  if (rep.rows.some((r) => r.partialEnd)) notes.push(L('* The end is a partial date (a year or a month); the earliest day it could mean is used.', '* Tanggal berakhir tidak lengkap (tahun atau bulan saja); dipakai hari paling awal yang mungkin.'));
  return { title: L('Expiring agreements', 'Perjanjian yang akan berakhir'), provenance: prov, tables, notes };
}
