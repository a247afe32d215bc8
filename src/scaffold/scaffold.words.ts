// The scaffold's own words: why a record file cannot be edited in place (edit.ts), in English and
// Bahasa Indonesia. The CLI shows them as the reason of change.notYaml.

import { w, type Catalogue } from '../model/words.js';

export const EDIT_PROBLEMS = {
  notInPlace: w((p) => `the change to ${p.path} could not be written in place`, (p) => `perubahan pada ${p.path} tidak dapat ditulis di tempatnya`),
  /** The YAML parser's message, as the library writes it. */
  yaml: w((p) => String(p.message), (p) => String(p.message)),
  brokenYaml: w('broken YAML', 'YAML rusak'),
  notMapping: w('the file does not hold a mapping', 'berkas tidak berisi pemetaan'),
  noColon: w('no colon after a key', 'tidak ada titik dua sesudah kunci'),
  noDash: w('no dash before a list item', 'tidak ada tanda hubung sebelum butir daftar'),
  noPlace: w((p) => `no place for ${p.path}`, (p) => `tidak ada tempat untuk ${p.path}`),
} satisfies Catalogue;

export type EditProblem = keyof typeof EDIT_PROBLEMS;
