// The site's words in both languages (the register's language first, a switch to the other).

import type { DerivedStatus } from '../../model/agreement.js';
import type { Lang } from '../../model/types.js';
import { DERIVED_STATUS_LABEL } from '../../view/labels.js';
import { L } from '../../view/view.js';
import { hwBoth } from '../../view/history.words.js';


export const W = {
  changes: hwBoth('title.recent'),
  history: hwBoth('site.heading'),
  home: L('Overview', 'Ikhtisar'),
  agreements: L('Agreements', 'Perjanjian'),
  partners: L('Partners', 'Mitra'),
  activities: L('Activities', 'Kegiatan'),
  expiring: L('Expiring', 'Akan berakhir'),
  inactive: L('Dormant', 'Tidak aktif'),
  coverage: L('Coverage', 'Cakupan'),
  partnerships: L('Partnerships', 'Kemitraan'),
  map: L('World map', 'Peta dunia'),
  search: L('Search', 'Cari'),
  data: L('Data', 'Data'),
  problems: L('Data problems', 'Masalah data'),
  skip: L('Skip to content', 'Langsung ke isi'),
  switchTo: L('Bahasa Indonesia', 'English'),
  asOf: L('as of', 'per'),
  built: L('Built by kerjasama', 'Dibuat dengan kerjasama'),
  privacyOff: L('Personal data is left out: partner contacts (names, e-mails, phones) are not published (UU 27/2022 on personal data protection).',
    'Data pribadi tidak ditampilkan: kontak mitra (nama, surel, telepon) tidak diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi).'),
  privacyOn: L('This build includes private data (partner contacts), on request (--include-private). Do not publish it.',
    'Versi ini memuat data pribadi (kontak mitra) atas permintaan (--include-private). Jangan diterbitkan.'),
  tableView: L('Table view', 'Tampilan tabel'),
  filter: L('Filter rows', 'Saring baris'),
  rowsShown: L('rows shown', 'baris ditampilkan'),
  file: L('Record file', 'Berkas data'),
  viewSource: L('view in the repository', 'lihat di repositori'),
  fields: L('Fields', 'Isian'),
  status: L('Status from the dates', 'Status menurut tanggal'),
  chain: L('Chain', 'Rantai'),
  none: L('none', 'tidak ada'),
  noEnd: L('no end', 'tanpa batas waktu'),
  unknown: L('unknown', 'tidak diketahui'),
  countryUnknown: L('country not known', 'negara tidak diketahui'),
  privateLeftOut: L('left out: private', 'tidak ditampilkan: pribadi'),
  confirmed: L('facts confirmed', 'fakta dikonfirmasi'),
  agreement: L('agreement', 'perjanjian'),
  nextDue: L('next renewal due', 'perpanjangan berikutnya jatuh tempo'),
  sinceOrPlanned: L('since (or planned signing)', 'sejak (atau rencana penandatanganan)'),
  planned: L('(planned)', '(rencana)'),
  plannedPassed: L('(planned, passed)', '(rencana, terlewati)'),
  yearUnknown: L('year not known', 'tahun tidak diketahui'),
  tiesNotInForce: L('Ties not counted as in force', 'Kerja sama yang tidak dihitung berlaku'),
  partnersCol: L('partners', 'mitra'),
  nothingEnds: L('Nothing ends within the horizon.', 'Tidak ada yang berakhir dalam rentang pemantauan.'),
  nothingKnownEnds: L('Of the agreements whose end is known, none ends within the horizon.', 'Dari perjanjian yang tanggal berakhirnya diketahui, tidak ada yang berakhir dalam rentang pemantauan.'),
  endRecorded: L('end as recorded', 'tanggal berakhir yang tercatat'),
  noEndRecorded: L('none recorded', 'tidak dicatat'),
  moreActivities: L('and {n} more activities around that day', 'dan {n} kegiatan lain di sekitar tanggal itu'),
  privateProblem: L('a private field: its value is not published', 'kolom pribadi: nilainya tidak diterbitkan'),
};

/** What to do about a renewal not on record: record the ones due, start the next. */
export const CYCLE_ACTION = (n: number, since: string, next: string, start: string): Record<Lang, string> => L(
  `no renewal on record since ${since} (${n} due); record ${n === 1 ? 'it' : 'them'}, and start the next one (due ${next}) by ${start}`,
  `perpanjangan tidak tercatat sejak ${since} (${n} jatuh tempo); catat perpanjangannya, dan mulai perpanjangan berikutnya (jatuh tempo ${next}) paling lambat ${start}`);

/** Status labels: the ones every report uses. */
export const STATUS: Record<DerivedStatus, Record<Lang, string>> = DERIVED_STATUS_LABEL;

/** A symbol beside every status colour, so colour is never the only signal. */
export const STATUS_MARK: Record<DerivedStatus, string> = {
  in_force: '●', signed_loi: '◔', renewal_unrecorded: '◍', expired: '○', pending: '◐', draft: '✎', negotiating: '…', terminated: '✕', superseded: '↻', unknown: '?',
};

export const DOC_SHORT: Record<string, string> = { loi: 'LoI', mou: 'MoU', pks: 'PKS', action_plan: 'RK', addendum: 'Add', renewal: 'Ren', unknown: '?' };
