// How the expiring report reads as a table: one table per bucket, with text labels beside colour.

import { formatDuration, parseDuration, type Duration } from '../model/dates.js';
import { DERIVED_STATUS_LABEL } from './labels.js';
import { L, type Cell, type Column, type ReportView, type TableView, type Provenance, type Tone } from './view.js';
import type { Bucket, ExpiringReport, ExpiringRow } from '../report/expiring.js';

export const BUCKET_LABEL: Record<Bucket, Record<'en' | 'id', string>> = {
  overdue: L('OVERDUE: ended, still marked active', 'TERLAMBAT: sudah berakhir, masih tercatat aktif'),
  renewal_unrecorded: L('RENEWAL NOT ON RECORD: the term on file has ended; the tie renews every few years (renews_every)',
    'PERPANJANGAN BELUM TERCATAT: masa berlaku yang tercatat sudah habis; kerja sama ini diperpanjang berkala (renews_every)'),
  within_30: L('ends within 30 days', 'berakhir dalam 30 hari'),
  within_90: L('ends in 31–90 days', 'berakhir dalam 31–90 hari'),
  within_180: L('ends in 91–180 days', 'berakhir dalam 91–180 hari'),
  later: L('ends later, within the horizon', 'berakhir kemudian, dalam rentang pemantauan'),
};
const BUCKET_SHORT: Record<Bucket, Record<'en' | 'id', string>> = {
  overdue: L('overdue', 'terlambat'), renewal_unrecorded: L('not on record', 'belum tercatat'), within_30: L('≤30d', '≤30h'),
  within_90: L('31–90d', '31–90h'), within_180: L('91–180d', '91–180h'), later: L('later', 'kemudian'),
};
const TONE: Record<Bucket, Tone> = { overdue: 'bad', renewal_unrecorded: 'warn', within_30: 'bad', within_90: 'warn', within_180: 'warn', later: 'muted' };

/**
 * The columns. In a terminal too narrow for all, id, title and partner wrap, and columns are dropped
 * from the highest priority down: confirmed, bucket, category, days left, renewed by, status; id, title,
 * partner, end and the renewal start always stay, and where they do not fit the table is stacked.
 */
const COLUMNS: Column[] = [
  { key: 'id', label: L('id', 'id'), wrap: true },
  { key: 'title', label: L('title', 'judul'), wrap: true },
  { key: 'partners', label: L('partner (country)', 'mitra (negara)'), wrap: true },
  { key: 'category', label: L('category', 'kategori'), priority: 7 },
  { key: 'status', label: L('status', 'status'), priority: 4 },
  { key: 'end', label: L('end', 'berakhir'), dates: true },
  { key: 'days_left', label: L('days left', 'sisa hari'), align: 'right', priority: 6 },
  { key: 'bucket', label: L('bucket', 'kelompok'), priority: 8 },
  { key: 'renewal_start', label: L('start renewal by', 'batas mulai proses perpanjangan'), dates: true },
  { key: 'confirmed', label: L('confirmed', 'dikonfirmasi'), dates: true, priority: 9 },
  { key: 'renewed_by', label: L('renewed by', 'diperpanjang oleh'), priority: 5 },
];


/** The status column says only what is not plain "in force": not yet in force, unknown, renewal not on record. */
function statusCell(r: ExpiringRow, lang: 'en' | 'id'): Cell {
  if (r.derivedStatus === 'in_force' || r.derivedStatus === 'expired' || r.derivedStatus === 'renewal_unrecorded') return null;
  return { text: DERIVED_STATUS_LABEL[r.derivedStatus][lang], tone: r.derivedStatus === 'unknown' ? 'warn' : 'muted' };
}

function cells(r: ExpiringRow, lang: 'en' | 'id', csv: boolean): Record<string, Cell> {
  const stale = L('stale', 'usang')[lang];
  return {
    id: r.id,
    title: r.title,
    partners: r.partners.map((p) => `${p.name} (${p.country})`),
    category: r.category,
    status: csv ? r.derivedStatus : statusCell(r, lang),
    end: { date: r.endOpen && !csv ? `..${r.end}` : r.end, uncertain: r.endUncertain },
    days_left: r.daysLeft,
    bucket: csv ? r.bucket : { text: BUCKET_SHORT[r.bucket][lang], tone: TONE[r.bucket] },
    renewal_start: r.renewalStartPassed && !csv ? { date: r.renewalStart, uncertain: r.endUncertain, flag: '⚠', tone: 'warn' } : { date: r.renewalStart, uncertain: r.endUncertain },
    confirmed: r.confirmed === null ? null : { date: r.confirmed, ...(r.stale && !csv ? { flag: `(${stale})`, tone: 'warn' as const } : {}) },
    renewed_by: r.renewedBy,
  };
}

export function expiringView(rep: ExpiringReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  // Tables show a column only when a row needs it; CSV always has every column.
  const has = (test: (r: ExpiringRow) => boolean): boolean => csvFlat || rep.rows.some(test);
  // A terminal table is one per bucket already: the bucket column is for CSV.
  const columns = COLUMNS.filter((c) =>
    (c.key !== 'bucket' || csvFlat) &&
    (c.key !== 'renewed_by' || has((r) => r.renewedBy !== null)) &&
    (c.key !== 'status' || has((r) => statusCell(r, lang) !== null)) &&
    (c.key !== 'confirmed' || has((r) => r.confirmed !== null)));
  const tables: TableView[] = csvFlat
    ? [{ columns: [...columns, { key: 'stale', label: L('stale', 'usang') }], rows: rep.rows.map((r) => ({ ...cells(r, lang, true), stale: String(r.stale) })) }]
    : (Object.keys(BUCKET_LABEL) as Bucket[])
        .map((b) => ({ title: BUCKET_LABEL[b], columns, rows: rep.rows.filter((r) => r.bucket === b).map((r) => cells(r, lang, false)) }))
        .filter((t) => t.rows.length > 0);
  const within = withinText(rep.within, lang);
  if (tables.length === 0) tables.push({ columns, rows: [], empty: L(`No agreement ends within ${within}.`, `Tidak ada perjanjian yang berakhir dalam ${within}.`) });
  const notes = [L(`Horizon: ${within} (until ${rep.horizonEnd}). "start renewal by" is the end minus the renewal lead time for the category (thresholds.renewal_lead); ⚠ means that day has passed.`,
    `Rentang pemantauan: ${within} (sampai ${rep.horizonEnd}). "batas mulai proses perpanjangan" = tanggal berakhir dikurangi waktu persiapan perpanjangan per kategori (thresholds.renewal_lead); ⚠ berarti tanggal itu sudah terlampaui.`)];
  if (rep.rows.some((r) => r.endUncertain)) {
    notes.push(L('* From an uncertain date (a month, a year, approximate or a range, of the end or of the start a term counts from): the earliest day the end can be is used, so no warning comes late.',
      '* Dari tanggal yang tidak pasti (bulan, tahun, perkiraan atau rentang, pada tanggal berakhir atau tanggal mulai jangka waktunya): dipakai hari berakhir paling awal yang mungkin, agar tidak ada peringatan yang terlambat.'));
  }
  if (rep.rows.some((r) => r.stale)) notes.push(L('(stale): the record was last confirmed longer ago than thresholds.stale_after.', '(usang): data terakhir dikonfirmasi lebih lama dari thresholds.stale_after.'));
  return { title: L('Expiring agreements', 'Perjanjian yang akan berakhir'), provenance: prov, tables, notes };
}

/** A duration in words ("24 months", "24 bulan") from its register form ("24m"). */
export function withinText(text: string, lang: 'en' | 'id'): string {
  const d: Duration | undefined = parseDuration(text);
  return d ? formatDuration(d, lang) : text;
}
