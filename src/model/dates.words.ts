// How dates, periods and money are written in each language: month names, a vague date's words
// ("c. 1990" / "± 1990", "by Jun 2017" / "paling lambat Jun 2017"), periods ("5 years" / "5 tahun").

import { w, type Catalogue } from './words.js';

export const MONTH_NAMES: Readonly<Record<'en' | 'id', readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

/**
 * Indonesia's time zones by the names their clocks go by, the same in both languages, each with its offset
 * from UTC in minutes: a time shown in one of these zones, at that offset, is marked so (09:30 WITA); any
 * other by its offset (UTC+05:45).
 */
export const ZONE_MARKS: ReadonlyMap<string, { mark: string; offset: number }> = new Map([
  ['Asia/Jakarta', { mark: 'WIB', offset: 420 }], ['Asia/Pontianak', { mark: 'WIB', offset: 420 }],
  ['Asia/Makassar', { mark: 'WITA', offset: 480 }], ['Asia/Jayapura', { mark: 'WIT', offset: 540 }],
]);

const plural = (one: string, many: string) => (v: Readonly<Record<string, string | number>>): string => `${v['n']} ${String(v['n']) === '1' ? one : many}`;

export const DATE_WORDS = {
  approx: w((v) => `c. ${v['date']}`, (v) => `± ${v['date']}`),
  by: w((v) => `by ${v['date']}`, (v) => `paling lambat ${v['date']}`),
  orLater: w((v) => `${v['date']} or later`, (v) => `${v['date']} atau sesudahnya`),
  'period.d': w(plural('day', 'days'), (v) => `${v['n']} hari`),
  'period.m': w(plural('month', 'months'), (v) => `${v['n']} bulan`),
  'period.y': w(plural('year', 'years'), (v) => `${v['n']} tahun`),
  noSuchDay: w((v) => `${v['date']} is not a day of the calendar: ${v['month']} has ${v['days']} days`, (v) => `${v['date']} bukan tanggal yang ada: ${v['month']} hanya ${v['days']} hari`),
  noSuchMonth: w((v) => `${v['date']} is not a day of the calendar: months are 01 to 12`, (v) => `${v['date']} bukan tanggal yang ada: bulan ditulis 01 sampai 12`),
  money: w((v) => `${v['currency']} ${v['n']}`, (v) => (v['currency'] === 'IDR' ? `Rp${v['n']}` : `${v['currency']} ${v['n']}`)),
} satisfies Catalogue;
