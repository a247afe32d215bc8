// The words of the SQL script and the SQLite database `kerjasama export` writes: the comments at the
// script's head (read by whoever loads it) and the export's own check, in English and Bahasa Indonesia
// (docs/glossary.md). The tables' and columns' words are the export's (src/export/words.ts). Composed by
// say() (model/words.ts).

import type { Lang } from '../../model/types.js';
import { say, w, type Catalogue, type Values } from '../../model/words.js';

export const SQL_WORDS = {
  head: w((v) => `-- kerjasama export (${v['dialect']}): ${v['register']}, as of ${v['asOf']}${v['commit'] ? `, commit ${v['commit']}` : ''}${v['recordedAsOf'] ? ` (recorded as of ${v['recordedAsOf']})` : ''}, kerjasama ${v['version']}${v['private'] ? ', WITH PRIVATE DATA' : ''}`,
    (v) => `-- ekspor kerjasama (${v['dialect']}): ${v['register']}, per ${v['asOf']}${v['commit'] ? `, commit ${v['commit']}` : ''}${v['recordedAsOf'] ? ` (tercatat per ${v['recordedAsOf']})` : ''}, kerjasama ${v['version']}${v['private'] ? ', MEMUAT DATA PRIBADI' : ''}`),
  'load.postgres': w('-- Load into an empty database or schema: psql -v ON_ERROR_STOP=1 -f FILE', '-- Muat ke basis data atau skema yang kosong: psql -v ON_ERROR_STOP=1 -f FILE'),
  'load.sqlite': w('-- Load into a new database: sqlite3 FILE.sqlite < FILE', '-- Muat ke basis data baru: sqlite3 FILE.sqlite < FILE'),
  selfCheck: w((v) => `the SQLite export failed its own check: ${v['found']}`, (v) => `ekspor SQLite tidak lolos pemeriksaannya sendiri: ${v['found']}`),
} satisfies Catalogue;

export type SqlWord = keyof typeof SQL_WORDS;

/** One of the SQL export's words in a language. */
export const sw = (lang: Lang, key: SqlWord, values: Values = {}): string => say(SQL_WORDS, lang, key, values);
