// Interface words in both languages, shared by renderers.

import { formatNumber } from '../model/format.js';
import type { Lang } from '../model/types.js';

const en = (n: number): string => formatNumber(n, 'en');
const id = (n: number): string => formatNumber(n, 'id');

export const WORDS = {
  en: {
    error: 'error', warning: 'warning', hint: 'hint',
    errors: (n: number) => `${en(n)} error${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${en(n)} warning${n === 1 ? '' : 's'}`,
    inFiles: (n: number) => `in ${en(n)} file${n === 1 ? '' : 's'}`,
    checked: (n: number) => `${en(n)} record file${n === 1 ? '' : 's'} checked`,
    clean: (n: number) => `no problems in ${en(n)} record file${n === 1 ? '' : 's'}`,
    noErrors: (n: number) => `no errors in ${en(n)} record file${n === 1 ? '' : 's'}`,
    warningsNotShown: (n: number) => `${en(n)} warning${n === 1 ? '' : 's'} not shown (--quiet)`,
    and: 'and',
    /** A date the record says nobody knows (an activity's start: unknown). */
    unknownDate: 'not known',
    /** An activity whose date is not known, in a list of activities by date. */
    undated: 'undated',
  },
  id: {
    error: 'kesalahan', warning: 'peringatan', hint: 'saran',
    errors: (n: number) => `${id(n)} kesalahan`,
    warnings: (n: number) => `${id(n)} peringatan`,
    inFiles: (n: number) => `di ${id(n)} berkas`,
    checked: (n: number) => `${id(n)} berkas data diperiksa`,
    clean: (n: number) => `tidak ada masalah pada ${id(n)} berkas data`,
    noErrors: (n: number) => `tidak ada kesalahan pada ${id(n)} berkas data`,
    warningsNotShown: (n: number) => `${id(n)} peringatan tidak ditampilkan (--quiet)`,
    and: 'dan',
    unknownDate: 'tidak diketahui',
    undated: 'tanpa tanggal',
  },
} as const;

export function words(lang: Lang): (typeof WORDS)[Lang] {
  return WORDS[lang];
}
