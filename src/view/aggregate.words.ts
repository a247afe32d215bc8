// The words of kerjasama aggregate status (and build's summary): the members' freshness table, in English
// and Bahasa Indonesia (docs/glossary.md). Composed by say() (model/words.ts).

import { durationWords, humanText } from '../model/dates.js';
import { w, type Catalogue } from '../model/words.js';

export const AGGREGATE_VIEW_WORDS = {
  title: w((v) => `Members of ${v['name']}`, (v) => `Anggota ${v['name']}`),
  code: w('Code', 'Kode'),
  name: w('Member', 'Anggota'),
  source: w('Source', 'Sumber'),
  commit: w('Commit', 'Commit'),
  lastCommit: w('Last commit', 'Commit terakhir'),
  age: w('Age (days)', 'Umur (hari)'),
  fresh: w('Freshness', 'Kemutakhiran'),
  errors: w('Errors', 'Kesalahan'),
  warnings: w('Warnings', 'Peringatan'),
  leftOut: w('Left out', 'Tidak disertakan'),
  records: w('Records', 'Data'),
  stale: w('stale', 'usang'),
  current: w('current', 'mutakhir'),
  unknown: w('not known (not in git)', 'tidak diketahui (di luar git)'),
  changes: w('uncommitted changes', 'ada perubahan belum di-commit'),
  empty: w('No members.', 'Tidak ada anggota.'),
  // stale_after as written (180d), said as a clerk says it (180 hari): durationWords.
  staleFor: w((v) => `(more than ${durationWords(String(v['after']), 'en')})`, (v) => `(lebih dari ${durationWords(String(v['after']), 'id')})`),
  // The day given in ISO, written as the tables write it (7 Des 2026); stale_after as written (180d), in words.
  noteStale: w((v) => `Stale: the last commit read is older than ${durationWords(String(v['after']), 'en')} (stale_after in federation.yaml) on ${humanText(String(v['date']), 'en')}. A member outside git has no known age.`,
    (v) => `Usang: commit terakhir yang dibaca lebih lama dari ${durationWords(String(v['after']), 'id')} (stale_after dalam federation.yaml) pada ${humanText(String(v['date']), 'id')}. Anggota di luar git tidak diketahui umurnya.`),
  noteErrors: w('Records whose files have errors are left out of the aggregate, as every report leaves them out; kerjasama validate in the member register shows them.',
    'Data yang berkasnya bermasalah tidak disertakan dalam agregat, sebagaimana setiap laporan tidak menyertakannya; kerjasama validate di register anggota menampilkannya.'),
} satisfies Catalogue;

export type AggregateViewWord = keyof typeof AGGREGATE_VIEW_WORDS;
