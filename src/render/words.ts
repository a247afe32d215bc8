// Interface words in both languages, shared by renderers (the diagnostics' counts and severities, the
// words a cell needs). Composed by say() (model/words.ts); `words(lang)` names them for a renderer.

import { formatNumber } from '../model/format.js';
import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';
import { DATE_UNKNOWN } from '../view/labels.js';

const en = (v: Values): string => formatNumber(Number(v['n']), 'en');
const id = (v: Values): string => formatNumber(Number(v['n']), 'id');
const s = (v: Values): string => (Number(v['n']) === 1 ? '' : 's');

export const RENDER_WORDS = {
  error: w('error', 'kesalahan'),
  warning: w('warning', 'peringatan'),
  hint: w('hint', 'saran'),
  errors: w((v) => `${en(v)} error${s(v)}`, (v) => `${id(v)} kesalahan`),
  warnings: w((v) => `${en(v)} warning${s(v)}`, (v) => `${id(v)} peringatan`),
  inFiles: w((v) => `in ${en(v)} file${s(v)}`, (v) => `di ${id(v)} berkas`),
  checked: w((v) => `${en(v)} record file${s(v)} checked`, (v) => `${id(v)} berkas data diperiksa`),
  clean: w((v) => `no problems in ${en(v)} record file${s(v)}`, (v) => `tidak ada masalah pada ${id(v)} berkas data`),
  noErrors: w((v) => `no errors in ${en(v)} record file${s(v)}`, (v) => `tidak ada kesalahan pada ${id(v)} berkas data`),
  warningsNotShown: w((v) => `${en(v)} warning${s(v)} not shown (--quiet)`, (v) => `${id(v)} peringatan tidak ditampilkan (--quiet)`),
  /** validate --changed-since or paths: what a clean summary covers (never "no problems in N record files", which reads as the whole register). */
  cleanChangedSince: w((v) => `no problems in the files changed since ${v['ref']}`, (v) => `tidak ada masalah pada berkas yang berubah sejak ${v['ref']}`),
  cleanPaths: w('no problems in the files and folders given', 'tidak ada masalah pada berkas dan folder yang disebut'),
  noErrorsChangedSince: w((v) => `no errors in the files changed since ${v['ref']}`, (v) => `tidak ada kesalahan pada berkas yang berubah sejak ${v['ref']}`),
  noErrorsPaths: w('no errors in the files and folders given', 'tidak ada kesalahan pada berkas dan folder yang disebut'),
  /** The problems validate found outside what it was asked to report on (counts: "1 error and 8 warnings"). */
  outsideNotReported: w((v) => `${v['counts']} in other files not reported`, (v) => `${v['counts']} di berkas lain tidak dilaporkan`),
  and: w('and', 'dan'),
  /** After validate's list of problems: where a code is explained (as rustc's --explain). */
  explainMore: w('What a code means and how to fix it:', 'Arti suatu kode dan cara memperbaikinya:'),
  explainCommand: w((v) => `kerjasama explain ${v['code']}`, (v) => `kerjasama explain ${v['code']}`),
  /** An activity whose date is not known, in a list of activities by date. */
  undated: w('undated', 'tanpa tanggal'),
} satisfies Catalogue;

export interface RenderWords {
  readonly error: string;
  readonly warning: string;
  readonly hint: string;
  readonly errors: (n: number) => string;
  readonly warnings: (n: number) => string;
  readonly inFiles: (n: number) => string;
  readonly checked: (n: number) => string;
  readonly clean: (n: number) => string;
  readonly noErrors: (n: number) => string;
  readonly warningsNotShown: (n: number) => string;
  readonly cleanChangedSince: (ref: string) => string;
  readonly cleanPaths: string;
  readonly noErrorsChangedSince: (ref: string) => string;
  readonly noErrorsPaths: string;
  readonly outsideNotReported: (counts: string) => string;
  readonly and: string;
  readonly explainMore: string;
  readonly explainCommand: (code: string) => string;
  /** A date the record says nobody knows (an activity's start: unknown). */
  readonly unknownDate: string;
  readonly undated: string;
}

/** The renderers' shared words in a language. */
export function words(lang: Lang): RenderWords {
  const t = (key: keyof typeof RENDER_WORDS, n?: number): string => say(RENDER_WORDS, lang, key, n === undefined ? {} : { n });
  return {
    error: t('error'), warning: t('warning'), hint: t('hint'),
    errors: (n) => t('errors', n),
    warnings: (n) => t('warnings', n),
    inFiles: (n) => t('inFiles', n),
    checked: (n) => t('checked', n),
    clean: (n) => t('clean', n),
    noErrors: (n) => t('noErrors', n),
    warningsNotShown: (n) => t('warningsNotShown', n),
    cleanChangedSince: (ref) => say(RENDER_WORDS, lang, 'cleanChangedSince', { ref }),
    cleanPaths: t('cleanPaths'),
    noErrorsChangedSince: (ref) => say(RENDER_WORDS, lang, 'noErrorsChangedSince', { ref }),
    noErrorsPaths: t('noErrorsPaths'),
    outsideNotReported: (counts) => say(RENDER_WORDS, lang, 'outsideNotReported', { counts }),
    and: t('and'),
    explainMore: t('explainMore'),
    explainCommand: (code) => say(RENDER_WORDS, lang, 'explainCommand', { code }),
    unknownDate: DATE_UNKNOWN[lang],
    undated: t('undated'),
  };
}
