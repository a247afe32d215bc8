// How the inactive report reads as tables: the dormant partnerships in force, then the ties that are not
// partnerships in force (an LoI with nothing after it, signed and not yet in force, negotiating, unknown).

import { L, type Cell, type ReportView, type Provenance, type TableView } from './view.js';
import type { Stage } from '../facts/partnerships.js';
import type { DatedRef, InactiveReport } from '../report/inactive.js';
import { withinText } from './expiring.js';

export const STAGE_LABEL: Record<Stage, Record<'en' | 'id', string>> = {
  in_force: L('in force', 'berlaku'),
  renewal_unrecorded: L('renewal not on record', 'perpanjangan belum tercatat'),
  loi: L('LoI only', 'baru LoI'),
  pending: L('signed, not yet in force', 'ditandatangani, belum berlaku'),
  negotiating: L('negotiating or draft', 'dalam perundingan atau draf'),
  unknown: L('status unknown', 'status tidak diketahui'),
  ended: L('ended', 'berakhir'),
};

const dated = (r: DatedRef | null): Cell => (r ? { date: r.date } : null);

export function inactiveView(rep: InactiveReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  const never = L('never', 'belum pernah');
  const since = withinText(rep.since, lang);
  const dormant: TableView = {
    columns: [
      { key: 'partner', label: L('partner', 'mitra'), wrap: true },
      { key: 'country', label: L('country', 'negara'), priority: 4 },
      { key: 'agreements', label: L('agreements in the chain', 'perjanjian dalam rantai'), wrap: true },
      ...(csvFlat || rep.rows.some((r) => r.stage === 'renewal_unrecorded') ? [{ key: 'stage', label: L('stage', 'tahap'), priority: 3 }] : []),
      { key: 'first_signed', label: L('first signed', 'pertama ditandatangani'), dates: true, priority: 6 },
      { key: 'last_activity', label: L('last activity', 'kegiatan terakhir'), wrap: true },
      { key: 'last_date', label: L('date', 'tanggal'), dates: true },
      { key: 'days_since', label: L('days since', 'hari sejak'), align: 'right', priority: 2 },
      { key: 'last_3_years', label: L('activities, last 3 years', 'kegiatan 3 tahun terakhir'), align: 'right', priority: 5 },
      { key: 'next_planned', label: L('next planned', 'rencana berikutnya'), wrap: true, priority: 7 },
      ...(csvFlat ? [{ key: 'next_planned_date', label: L('next planned date', 'tanggal rencana berikutnya'), dates: true }] : []),
    ],
    rows: rep.rows.map((r) => ({
      partner: r.partner.name,
      country: r.partner.country,
      agreements: r.agreements,
      stage: csvFlat ? r.stage : { text: STAGE_LABEL[r.stage][lang], ...(r.stage === 'renewal_unrecorded' ? { tone: 'warn' as const } : {}) },
      first_signed: r.firstSigned ? { date: r.firstSigned } : null,
      // CSV keeps data columns free of words: an empty cell where there was never an activity.
      last_activity: r.lastActivity ? r.lastActivity.title : csvFlat ? null : { text: never[lang], tone: 'bad' },
      last_date: dated(r.lastActivity),
      days_since: r.daysSince,
      last_3_years: r.activitiesLast3Years,
      next_planned: csvFlat ? r.nextPlanned?.title ?? null : r.nextPlanned ? `${r.nextPlanned.date} ${r.nextPlanned.title}` : null,
      next_planned_date: dated(r.nextPlanned),
    })),
    empty: L(`Every partnership in force had an activity within ${since}.`, `Setiap kemitraan yang berlaku memiliki kegiatan dalam ${since} terakhir.`),
  };
  const tables: TableView[] = [dormant];
  if (!csvFlat && rep.notInForce.length) {
    tables.push({
      title: L(`Ties not in force: ${rep.notInForce.length} (not counted as partnerships)`, `Kerja sama yang belum berlaku: ${rep.notInForce.length} (tidak dihitung sebagai kemitraan)`),
      columns: [
        { key: 'partner', label: L('partner', 'mitra'), wrap: true },
        { key: 'country', label: L('country', 'negara'), priority: 3 },
        { key: 'stage', label: L('stage', 'tahap'), wrap: true },
        { key: 'since', label: L('since', 'sejak'), dates: true, priority: 2 },
        { key: 'agreements', label: L('agreements', 'perjanjian'), wrap: true },
        { key: 'last_activity', label: L('last activity', 'kegiatan terakhir'), wrap: true, priority: 4 },
        { key: 'last_date', label: L('date', 'tanggal'), dates: true, priority: 5 },
      ],
      rows: rep.notInForce.map((t) => ({
        partner: t.partner.name, country: t.partner.country, stage: STAGE_LABEL[t.stage][lang], since: t.since ? { date: t.since } : null,
        agreements: t.agreements, last_activity: t.lastActivity?.title ?? null, last_date: dated(t.lastActivity),
      })),
    });
  }
  const notes = [L(
    `${rep.rows.length} of ${rep.partnershipsInForce} partnership${rep.partnershipsInForce === 1 ? '' : 's'} in force had no activity since ${rep.windowStart} (window ${since}). A partnership is a chain of agreements (LoI → MoU → PKS, and renewals) with one partner; activities count when linked to any agreement of the chain or to the partner. Planned and cancelled activities do not count. ${rep.includeLoi ? 'Signed LoIs count as in force (--include-loi).' : 'A tie that has only an LoI is not a partnership in force (--include-loi counts it).'}`,
    `${rep.rows.length} dari ${rep.partnershipsInForce} kemitraan yang berlaku tidak memiliki kegiatan sejak ${rep.windowStart} (jangka waktu pengamatan ${since}). Kemitraan adalah rantai perjanjian (LoI → MoU → PKS, dan perpanjangannya) dengan satu mitra; kegiatan dihitung bila terkait dengan perjanjian mana pun dalam rantai atau langsung dengan mitra. Kegiatan yang direncanakan atau batal tidak dihitung. ${rep.includeLoi ? 'LoI yang ditandatangani dihitung berlaku (--include-loi).' : 'Kerja sama yang baru sampai LoI bukan kemitraan yang berlaku (--include-loi menghitungnya).'}`)];
  if (rep.rows.some((r) => r.firstSignedUncertain || r.lastActivity?.dateUncertain)) {
    notes.push(L('* From an uncertain date. An activity counts on the latest day its date allows (never after the as-of day), so "days since" is at least the figure shown and a partnership is called dormant only when it certainly is; "by …" before a first signing means an older agreement of the chain is undated.',
      '* Dari tanggal yang tidak pasti. Kegiatan dihitung pada hari paling akhir yang dimungkinkan tanggalnya (tidak melewati tanggal laporan), jadi "hari sejak" paling sedikit sebesar angka itu dan kemitraan disebut tidak aktif hanya bila sudah pasti; "paling lambat …" pada penandatanganan pertama berarti perjanjian yang lebih tua dalam rantai tidak bertanggal.'));
  }
  return { title: L('Inactive partnerships', 'Kemitraan yang tidak aktif'), provenance: prov, tables, notes };
}
