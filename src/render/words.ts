// Interface words in both languages, shared by renderers.

import type { Lang } from '../model/types.js';

export const WORDS = {
  en: {
    error: 'error', warning: 'warning', hint: 'hint',
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    inFiles: (n: number) => `in ${n} file${n === 1 ? '' : 's'}`,
    checked: (n: number) => `${n} record file${n === 1 ? '' : 's'} checked`,
    clean: (n: number) => `no problems in ${n} record file${n === 1 ? '' : 's'}`,
    noErrors: (n: number) => `no errors in ${n} record file${n === 1 ? '' : 's'}`,
    warningsNotShown: (n: number) => `${n} warning${n === 1 ? '' : 's'} not shown (--quiet)`,
    and: 'and',
    /** A date the record says nobody knows (an activity's start: unknown). */
    unknownDate: 'not known',
    /** An activity whose date is not known, in a list of activities by date. */
    undated: 'undated',
  },
  id: {
    error: 'kesalahan', warning: 'peringatan', hint: 'saran',
    errors: (n: number) => `${n} kesalahan`,
    warnings: (n: number) => `${n} peringatan`,
    inFiles: (n: number) => `di ${n} berkas`,
    checked: (n: number) => `${n} berkas data diperiksa`,
    clean: (n: number) => `tidak ada masalah pada ${n} berkas data`,
    noErrors: (n: number) => `tidak ada kesalahan pada ${n} berkas data`,
    warningsNotShown: (n: number) => `${n} peringatan tidak ditampilkan (--quiet)`,
    and: 'dan',
    unknownDate: 'tidak diketahui',
    undated: 'tanpa tanggal',
  },
} as const;

export function words(lang: Lang): (typeof WORDS)[Lang] {
  return WORDS[lang];
}
