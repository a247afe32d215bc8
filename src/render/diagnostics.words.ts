// The words of the diagnostics' CI formats (GitHub annotations and job summary, SARIF, JUnit) around
// the diagnostics themselves: what was left out at a CI's limit, where the full list is, the table's
// heads, in English and Bahasa Indonesia (docs/glossary.md). A diagnostic's own sentence is made from its
// code and values (model/codes.ts). Composed by say() (model/words.ts).

import { formatNumber } from '../model/format.js';
import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

/** A number as the language writes it. */
const en = (v: Values, k: string): string => formatNumber(Number(v[k]), 'en');
const id = (v: Values, k: string): string => formatNumber(Number(v[k]), 'id');

export const DIAGNOSTICS_WORDS = {
  /** The command whose findings these are: a job summary's title, a JUnit suite's name. */
  command: w('kerjasama validate', 'kerjasama validate'),

  // ---- GitHub annotations: what is not annotated, and where the full list is --------------------------
  notAnnotated: w((v) => `kerjasama: ${v['parts']} not annotated (GitHub shows at most ${v['n']} errors and ${v['n']} warnings per step); ${v['where']}`,
    (v) => `kerjasama: ${v['parts']} tidak dijadikan anotasi (GitHub hanya menampilkan ${v['n']} kesalahan dan ${v['n']} peringatan per langkah); ${v['where']}`),
  'fullList.summary': w('the job summary lists them all', 'daftar lengkapnya ada di ringkasan job'),
  'fullList.log': w('the output above lists them all', 'daftar lengkapnya ada di keluaran di atas'),
  'fullList.below': w('all are listed below', 'semuanya tercantum di bawah'),
  'fullList.none': w('run kerjasama validate for the full list', 'jalankan kerjasama validate untuk daftar lengkapnya'),

  // ---- the GitHub job summary -------------------------------------------------------------------------
  'head.where': w('Where', 'Lokasi'),
  'head.severity': w('Severity', 'Tingkat'),
  'head.code': w('Code', 'Kode'),
  'head.message': w('Message', 'Pesan'),
  summaryMore: w((v) => `${v['n']} more not shown: GitHub limits a job summary to 1 MiB. Run kerjasama validate for the full list.`,
    (v) => `${v['n']} lagi tidak ditampilkan: GitHub membatasi ringkasan job 1 MiB. Jalankan kerjasama validate untuk daftar lengkapnya.`),

  // ---- SARIF ------------------------------------------------------------------------------------------
  see: w((v) => `See docs/errors.md#${v['code']}.`, (v) => `Lihat docs/errors.md#${v['code']}.`),
  sarifLeftOut: w((v) => `${en(v, 'out')} of ${en(v, 'all')} results left out (${en(v, 'errors')} errors, ${en(v, 'warnings')} warnings): GitHub code scanning rejects an upload with more than ${en(v, 'max')} results. Errors come first. Run kerjasama validate for the full list.`,
    (v) => `${id(v, 'out')} dari ${id(v, 'all')} hasil tidak dimuat (${id(v, 'errors')} kesalahan, ${id(v, 'warnings')} peringatan): GitHub code scanning menolak unggahan dengan lebih dari ${id(v, 'max')} hasil. Kesalahan dimuat lebih dahulu. Jalankan kerjasama validate untuk daftar lengkapnya.`),
  sarifShown: w((v) => `There are ${en(v, 'errors')} errors and ${en(v, 'warnings')} warnings; GitHub code scanning shows only the first ${en(v, 'shown')} results of a run (errors first).`,
    (v) => `Ada ${id(v, 'errors')} kesalahan dan ${id(v, 'warnings')} peringatan; GitHub code scanning hanya menampilkan ${id(v, 'shown')} hasil pertama per run (kesalahan lebih dahulu).`),
  sarifRoot: w('The root of the repository checkout.', 'Folder teratas checkout repositori.'),

  // ---- kerjasama explain: one code, or every code ------------------------------------------------------
  'explain.message': w('Message', 'Pesan'),
  'explain.hint': w('Hint', 'Saran'),
  'explain.example': w((v) => `docs/errors.md#${v['code']} has a small register that gives it, and what kerjasama validate says on it.`,
    (v) => `docs/errors.md#${v['code']} memuat contoh register kecil yang memunculkannya, beserta keluaran kerjasama validate atasnya.`),
  'explain.listFooter': w('kerjasama explain CODE says what a code means and how to fix it; docs/errors.md has an example of each.',
    'kerjasama explain KODE menjelaskan arti suatu kode dan cara memperbaikinya; docs/errors.md memuat contoh untuk setiap kode.'),
} satisfies Catalogue;

export type DiagnosticsWord = keyof typeof DIAGNOSTICS_WORDS;

/** One of the CI formats' words in a language. */
export const cw = (lang: Lang, key: DiagnosticsWord, values: Values = {}): string => say(DIAGNOSTICS_WORDS, lang, key, values);
