// How the inactive report reads as tables: the dormant partnerships in force, then the ties that are not
// partnerships in force (an LoI with nothing after it, signed and not yet in force, negotiating, unknown).

import { L, type Cell, type ReportView, type Provenance, type TableView } from './view.js';
import type { Stage, UndatedActivity } from '../facts/partnerships.js';
import type { DatedRef, InactiveReport } from '../report/inactive.js';
import { humanKDate, parseDate } from '../model/dates.js';
import { STALE, STALE_NOTE } from './labels.js';
import { withinText } from './expiring.js';

type Lang = 'en' | 'id';

/** How often a recurring activity recurs, in words: "every year", "every 2 years". */
export function recursText(every: string, lang: Lang): string {
  if (every === '1y') return L('every year', 'setiap tahun')[lang];
  if (every === '1m') return L('every month', 'setiap bulan')[lang];
  return L(`every ${withinText(every, 'en')}`, `setiap ${withinText(every, 'id')}`)[lang];
}

/**
 * The words for a partnership's activities when none is dated: the recurring one and its first
 * occurrence, or how many are on record, undated; "no activity on record" only when none is. Never
 * "never": the register records what it knows, not that nothing happened.
 */
export function undatedText(undated: readonly UndatedActivity[], lang: Lang): Cell {
  const n = undated.length;
  if (n === 0) return { text: L('no activity on record', 'tidak ada kegiatan tercatat')[lang], tone: 'bad' };
  const u = undated[0] as UndatedActivity;
  if (n === 1 && u.recurs) {
    const k = u.since ? parseDate(u.since) : undefined;
    const since = k ? humanKDate(k, lang) : undefined;
    const how = recursText(u.recurs, lang);
    return {
      text: L(`${u.title} (${how}${since ? ` since ${since}` : ''}; latest not on record)`, `${u.title} (${how}${since ? ` sejak ${since}` : ''}; pelaksanaan terakhir tidak tercatat)`)[lang],
      tone: 'warn',
    };
  }
  return { text: L(`${n} ${n === 1 ? 'activity' : 'activities'} on record, undated`, `${n} kegiatan tercatat, tanpa tanggal`)[lang], tone: 'warn' };
}

/**
 * The heading of the ties that are not partnerships in force: not "not yet in force" (belum berlaku), for
 * they include ties whose status nobody knows.
 */
export function tiesTitle(n: number): Record<Lang, string> {
  return L(`Ties not counted as in force: ${n} (an LoI only, signed and not yet in force, negotiating, or status unknown; not counted as partnerships)`,
    `Kerja sama yang tidak dihitung berlaku: ${n} (baru LoI, ditandatangani tetapi belum berlaku, dalam perundingan, atau status tidak diketahui; tidak dihitung sebagai kemitraan)`);
}

/** A last activity's title, with how often it recurs when it does. */
const titled = (r: DatedRef, lang: Lang): string => (r.recurs ? `${r.title} (${recursText(r.recurs, lang)})` : r.title);

export const STAGE_LABEL: Record<Stage, Record<'en' | 'id', string>> = {
  in_force: L('in force', 'berlaku'),
  renewal_unrecorded: L('renewal not on record', 'perpanjangan tidak tercatat'),
  loi: L('LoI only', 'baru LoI'),
  pending: L('signed, not yet in force', 'ditandatangani, belum berlaku'),
  negotiating: L('negotiating or draft', 'dalam perundingan atau draf'),
  unknown: L('status unknown', 'status tidak diketahui'),
  ended: L('ended', 'berakhir'),
};

const dated = (r: DatedRef | null): Cell => (r ? { date: r.date } : null);
const PLANNED = L('(planned)', '(rencana)');
const PLANNED_PASSED = L('(planned, passed)', '(rencana, terlewati)');
/** What a first date on record is, beside it. */
const FIRST_BASIS: Record<'signed' | 'effective' | 'document', Record<Lang, string>> = {
  signed: L('(signed)', '(ditandatangani)'),
  effective: L('(in force)', '(mulai berlaku)'),
  document: L('(document date)', '(tanggal naskah)'),
};
/** When the tie was last confirmed, marked when stale (CSV: the date alone, `stale` beside it). */
const confirmedCell = (r: { confirmed: string | null; stale: boolean }, lang: Lang, csv: boolean): Cell =>
  r.confirmed === null ? null : { date: r.confirmed, ...(r.stale && !csv ? { flag: STALE[lang], tone: 'warn' as const } : {}) };

export function inactiveView(rep: InactiveReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  const since = withinText(rep.since, lang);
  const dormant: TableView = {
    columns: [
      { key: 'partner', label: L('partner', 'mitra'), wrap: true },
      { key: 'country', label: L('country', 'negara'), priority: 4 },
      { key: 'agreements', label: L('agreements in the chain', 'perjanjian dalam rantai'), wrap: true },
      ...(csvFlat || rep.rows.some((r) => r.stage === 'renewal_unrecorded') ? [{ key: 'stage', label: L('stage', 'tahap'), priority: 3 }] : []),
      { key: 'first_on_record', label: L('first on record', 'pertama tercatat'), dates: true, priority: 6 },
      ...(csvFlat ? [{ key: 'first_on_record_basis', label: L('first on record: what', 'pertama tercatat: jenis tanggal') }] : []),
      { key: 'last_activity', label: L('last activity', 'kegiatan terakhir'), wrap: true },
      { key: 'last_date', label: L('date', 'tanggal'), dates: true },
      { key: 'days_since', label: L('days since', 'hari sejak'), align: 'right', priority: 2 },
      { key: 'last_3_years', label: L('activities, last 3 years', 'kegiatan 3 tahun terakhir'), align: 'right', priority: 5 },
      ...(csvFlat ? [{ key: 'undated_activities', label: L('activities on record, undated', 'kegiatan tercatat tanpa tanggal'), align: 'right' as const }] : []),
      { key: 'next_planned', label: L('next planned', 'rencana berikutnya'), wrap: true, priority: 7 },
      ...(csvFlat ? [{ key: 'next_planned_date', label: L('next planned date', 'tanggal rencana berikutnya'), dates: true }] : []),
      ...(csvFlat || rep.rows.some((r) => r.confirmed !== null) ? [{ key: 'confirmed', label: L('confirmed', 'dikonfirmasi'), dates: true, priority: 8 }] : []),
      ...(csvFlat ? [{ key: 'stale', label: L('stale', 'usang') }] : []),
    ],
    rows: rep.rows.map((r) => ({
      partner: r.partner.name,
      country: r.partner.country,
      agreements: r.agreements,
      stage: csvFlat ? r.stage : { text: STAGE_LABEL[r.stage][lang], ...(r.stage === 'renewal_unrecorded' ? { tone: 'warn' as const } : {}) },
      // The date for what it is: signed, in force (effective) or the date on the document.
      first_on_record: r.firstOnRecord ? { date: r.firstOnRecord, ...(csvFlat || !r.firstOnRecordBasis ? {} : { flag: FIRST_BASIS[r.firstOnRecordBasis][lang] }) } : null,
      first_on_record_basis: r.firstOnRecordBasis,
      // CSV keeps data columns free of words: an empty cell where no activity is dated (undated ones are counted beside).
      last_activity: r.lastActivity ? (csvFlat ? r.lastActivity.title : titled(r.lastActivity, lang)) : csvFlat ? null : undatedText(r.undatedActivities, lang),
      last_date: dated(r.lastActivity),
      days_since: r.daysSince,
      last_3_years: r.activitiesLast3Years,
      undated_activities: r.undatedActivities.length,
      next_planned: csvFlat ? r.nextPlanned?.title ?? null : r.nextPlanned ? `${r.nextPlanned.date} ${r.nextPlanned.title}` : null,
      next_planned_date: dated(r.nextPlanned),
      confirmed: confirmedCell(r, lang, csvFlat),
      stale: String(r.stale),
    })),
    empty: L(`Every partnership in force had an activity within ${since}.`, `Setiap kemitraan yang berlaku memiliki kegiatan dalam ${since} terakhir.`),
  };
  const tables: TableView[] = [dormant];
  if (!csvFlat && rep.notInForce.length) {
    tables.push({
      title: tiesTitle(rep.notInForce.length),
      columns: [
        { key: 'partner', label: L('partner', 'mitra'), wrap: true },
        { key: 'country', label: L('country', 'negara'), priority: 3 },
        { key: 'stage', label: L('stage', 'tahap'), wrap: true },
        { key: 'since', label: L('since (or planned signing)', 'sejak (atau rencana penandatanganan)'), dates: true, priority: 2 },
        { key: 'agreements', label: L('agreements', 'perjanjian'), wrap: true },
        { key: 'last_activity', label: L('last activity', 'kegiatan terakhir'), wrap: true, priority: 4 },
        { key: 'last_date', label: L('date', 'tanggal'), dates: true, priority: 5 },
        ...(rep.notInForce.some((t) => t.confirmed !== null) ? [{ key: 'confirmed', label: L('confirmed', 'dikonfirmasi'), dates: true, priority: 6 }] : []),
      ],
      rows: rep.notInForce.map((t) => ({
        partner: t.partner.name, country: t.partner.country, stage: STAGE_LABEL[t.stage][lang],
        // A planned signing is not "since": it is named as planned, and as passed when it has.
        since: t.since ? { date: t.since, ...(t.sinceBasis ? { flag: FIRST_BASIS[t.sinceBasis][lang] } : {}) }
          : t.plannedSigning ? { date: t.plannedSigning, flag: (t.plannedSigningPassed ? PLANNED_PASSED : PLANNED)[lang], ...(t.plannedSigningPassed ? { tone: 'warn' as const } : {}) } : null,
        agreements: t.agreements, last_activity: t.lastActivity ? titled(t.lastActivity, lang) : t.undatedActivities.length ? undatedText(t.undatedActivities, lang) : null, last_date: dated(t.lastActivity),
        confirmed: confirmedCell(t, lang, false),
      })),
    });
  }
  const notes = [L(
    `${rep.rows.length} of ${rep.partnershipsInForce} partnership${rep.partnershipsInForce === 1 ? '' : 's'} in force had no activity since ${rep.windowStart} (window ${since}). A partnership is a chain of agreements (LoI → MoU → PKS, and renewals) with one partner; activities count when linked to any agreement of the chain or to the partner. Planned and cancelled activities do not count. ${rep.includeLoi ? 'Signed LoIs count as in force (--include-loi).' : 'A tie that has only an LoI is not a partnership in force (--include-loi counts it).'}`,
    `${rep.rows.length} dari ${rep.partnershipsInForce} kemitraan yang berlaku tidak memiliki kegiatan sejak ${rep.windowStart} (jangka waktu pengamatan ${since}). Kemitraan adalah rantai perjanjian (LoI → MoU → PKS, dan perpanjangannya) dengan satu mitra; kegiatan dihitung bila terkait dengan perjanjian mana pun dalam rantai atau langsung dengan mitra. Kegiatan yang direncanakan atau batal tidak dihitung. ${rep.includeLoi ? 'LoI yang ditandatangani dihitung berlaku (--include-loi).' : 'Kerja sama yang baru sampai LoI bukan kemitraan yang berlaku (--include-loi menghitungnya).'}`)];
  if ([...rep.rows, ...rep.notInForce].some((r) => r.undatedActivities.length > 0 && r.lastActivity === null)) {
    notes.push(L('Undated: activities on record whose date is not known (start: unknown), or recurring ones whose latest occurrence is not on record. They say the partnership had activities, not when it last had one.',
      'Tanpa tanggal: kegiatan tercatat yang tanggalnya tidak diketahui (start: unknown), atau kegiatan berulang yang pelaksanaan terakhirnya tidak tercatat. Kegiatan itu menunjukkan bahwa kemitraan pernah berkegiatan, bukan kapan terakhir kali.'));
  }
  if ([...rep.rows, ...rep.notInForce].some((r) => r.stale)) notes.push(STALE_NOTE);
  if (rep.rows.some((r) => r.firstOnRecordUncertain || r.lastActivity?.dateUncertain)) {
    notes.push(L('* From an uncertain date. An activity counts on the latest day its date allows (never after the as-of day), so "days since" is at least the figure shown and a partnership is called dormant only when it certainly is; "by …" before a first date on record means an older agreement of the chain is undated.',
      '* Dari tanggal yang tidak pasti. Kegiatan dihitung pada hari paling akhir yang dimungkinkan tanggalnya (tidak melewati tanggal laporan), jadi "hari sejak" paling sedikit sebesar angka itu dan kemitraan disebut tidak aktif hanya bila sudah pasti; "paling lambat …" pada tanggal pertama tercatat berarti perjanjian yang lebih tua dalam rantai tidak bertanggal.'));
  }
  return { title: L('Inactive partnerships', 'Kemitraan yang tidak aktif'), provenance: prov, tables, notes };
}
