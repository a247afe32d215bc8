// The words a workbook's cells are read by, in Bahasa Indonesia and English: what means blank, month
// names, number words, periods with no end, document types, statuses, categories, country names offices
// write. Tables that recognise input, never shown; documented in docs/importing.md.

import type { DeclaredStatus, DocumentType } from '../model/types.js';

/** What an office writes for "nothing known here". */
export const BLANK = new Set(['', '-', '--', '?', 'n a', 'na', 'tidak ada', 'belum ada', 'tidak diketahui', 'tdk diketahui', 'unknown', 'none known', 'tbd']);

export { MONTH_NAMES, MONTH_WORDS, NO_END, NUMBER_WORDS, YEAR_WORDS } from '../model/written.data.js';
export { COUNTRY_SYNONYMS } from '../model/countries.data.js';

/** Earlier entries win: "Addendum Perjanjian Kerja Sama" is an addendum, not a PKS. Documented in docs/importing.md. */
export const DOCUMENT_TYPE_NAMES: ReadonlyArray<readonly [DocumentType, readonly string[]]> = [
  ['addendum', ['addendum', 'adendum', 'amandemen', 'amendment', 'perubahan']],
  ['renewal', ['renewal', 'perpanjangan', 'penegasan kembali', 'reaffirmation']],
  ['loi', ['loi', 'letter of intent', 'surat pernyataan kehendak', 'pernyataan kehendak', 'letter of intention', 'surat minat']],
  ['action_plan', ['action plan', 'action_plan', 'plan of action', 'rencana aksi', 'rencana kerja', 'rencana kerja sama', 'rencana kerjasama', 'rkk']],
  ['pks', ['pks', 'perjanjian kerja sama', 'perjanjian kerjasama', 'perjanjian', 'cooperation agreement', 'agreement', 'implementing arrangement', 'kontrak']],
  ['mou', ['mou', 'memorandum of understanding', 'memorandum saling pengertian', 'msp', 'nota kesepahaman', 'nota kesepakatan', 'kesepakatan bersama', 'kesepakatan', 'kb', 'nk', 'memorandum', 'sister city', 'sister province']],
  ['unknown', ['unknown', 'tidak diketahui']],
];

export const STATUS_NAMES: ReadonlyArray<readonly [DeclaredStatus, readonly string[]]> = [
  ['terminated', ['terminated', 'dihentikan', 'diputus', 'diakhiri', 'dibatalkan', 'batal', 'pemutusan']],
  ['superseded', ['superseded', 'diganti', 'digantikan', 'diperbarui', 'diperpanjang']],
  ['expired', ['expired', 'berakhir', 'sudah berakhir', 'tidak berlaku', 'tidak aktif', 'habis', 'habis masa berlaku', 'kedaluwarsa', 'kadaluarsa', 'kadaluwarsa', 'selesai', 'lapsed', 'ended', 'inactive']],
  ['negotiating', ['negotiating', 'negosiasi', 'penjajakan', 'proses', 'dalam proses', 'pembahasan', 'dalam pembahasan', 'in negotiation', 'in progress']],
  ['draft', ['draft', 'rancangan', 'konsep', 'usulan']],
  ['signed', ['signed', 'ditandatangani', 'sudah ditandatangani', 'ttd']],
  ['active', ['active', 'aktif', 'berlaku', 'masih berlaku', 'sedang berjalan', 'berjalan', 'in force', 'valid', 'ongoing']],
  ['unknown', ['unknown', 'tidak diketahui', 'belum diketahui']],
];

export const CATEGORY_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['KSDD', ['ksdd', 'kerja sama daerah dengan daerah lain', 'daerah dengan daerah', 'antar daerah', 'antardaerah', 'dalam negeri antar daerah']],
  ['KSDPK', ['ksdpk', 'kerja sama daerah dengan pihak ketiga', 'pihak ketiga', 'third party']],
  ['KSDPL', ['ksdpl', 'kerja sama daerah dengan pemerintah daerah di luar negeri', 'pemerintah daerah luar negeri', 'sister city', 'sister province', 'provinsi kembar', 'kota kembar']],
  ['KSDLL', ['ksdll', 'kerja sama daerah dengan lembaga di luar negeri', 'lembaga luar negeri', 'lembaga di luar negeri']],
  ['PUSAT', ['pusat', 'pemerintah pusat', 'kementerian', 'nota kesepakatan pusat']],
];
