// The month names a date written by hand is read by (written.ts), in Bahasa Indonesia and English, with
// the abbreviations offices use; and the words a term is written in (5 tahun, lima tahun, 60 bulan,
// tanpa batas waktu). Tables that recognise input, never shown.

export const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['januari', 'january', 'jan'],
  ['februari', 'pebruari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar', 'mrt'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  'dua belas': 12, 'lima belas': 15, 'dua puluh': 20, 'dua puluh empat': 24, 'tiga puluh enam': 36, 'enam puluh': 60,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};

export const YEAR_WORDS = new Set(['tahun', 'thn', 'th', 'tahunan', 'year', 'years', 'yr', 'yrs', 'y']);

export const MONTH_WORDS = new Set(['bulan', 'bln', 'bl', 'month', 'months', 'mo', 'm']);

export const NO_END = new Set(['tanpa batas waktu', 'tidak terbatas', 'tidak ada batas waktu', 'tidak dibatasi', 'seterusnya', 'none', 'no end', 'no time limit', 'indefinite', 'unlimited', 'permanen']);

/** Indonesia's time zones as people name them (WIB, WITA, WIT), with the IANA zone each is. */
export const ZONE_NAMES: Readonly<Record<string, string>> = { wib: 'Asia/Jakarta', wita: 'Asia/Makassar', wit: 'Asia/Jayapura' };

/** What people write for a value nobody knows (folded: lower case, punctuation as spaces). */
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set(['unknown', 'not known', 'tidak diketahui', 'tdk diketahui', 'belum diketahui', 'tidak tahu', 'tbd', '']);
