// How a record's value and a field's change read (view/fields.ts, view/changes.ts): an absent value, an
// end with no time limit, a private field left out, "end date extended from … to …", in English and
// Bahasa Indonesia (docs/glossary.md). Composed by say() (model/words.ts).

import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

export const VALUE_WORDS = {
  // ---- values (view/fields.ts) ------------------------------------------------------------------------
  yes: w('yes', 'ya'),
  no: w('no', 'tidak'),
  noEnd: w('no end', 'tanpa batas waktu'),
  term: w((v) => `term ${v['term']}`, (v) => `jangka waktu ${v['term']}`),
  private: w('left out: private', 'tidak ditampilkan: pribadi'),
  /** The country of a partner whose file was left out (facts' `unknown`). */
  countryUnknown: w('country not known', 'negara tidak diketahui'),

  // ---- a field's change (view/changes.ts; `kerjasama diff` and the history) ---------------------------
  none: w('(none)', '(kosong)'),
  // An item of a list of mappings, by its number (signatures[1].date: "signatures no. 2: signed on").
  item: w((v) => `${v['label']} no. ${v['n']}`, (v) => `${v['label']} ke-${v['n']}`),
  'end.notRecorded': w('not recorded', 'tidak dicatat'),
  'end.none': w('no end date', 'tanpa batas waktu'),
  'end.later': w((v) => `end date extended from ${v['before']} to ${v['after']}`, (v) => `tanggal berakhir diperpanjang dari ${v['before']} menjadi ${v['after']}`),
  'end.earlier': w((v) => `end date moved earlier, from ${v['before']} to ${v['after']}`, (v) => `tanggal berakhir dimajukan dari ${v['before']} menjadi ${v['after']}`),
  'end.changed': w((v) => `end changed from ${v['before']} to ${v['after']}`, (v) => `tanggal berakhir berubah dari ${v['before']} menjadi ${v['after']}`),
  'end.same': w((v) => `end now written as ${v['after']} instead of ${v['before']}: the same last day in force`,
    (v) => `tanggal berakhir kini ditulis sebagai ${v['after']}, bukan ${v['before']}: hari terakhir berlakunya tetap sama`),
  status: w((v) => `status changed ${v['before']} → ${v['after']}`, (v) => `status berubah ${v['before']} → ${v['after']}`),
  name: w((v) => `renamed from “${v['before']}” to “${v['after']}”`, (v) => `nama berubah dari “${v['before']}” menjadi “${v['after']}”`),
  'list.added': w((v) => `added ${v['items']}`, (v) => `ditambahkan ${v['items']}`),
  'list.removed': w((v) => `removed ${v['items']}`, (v) => `dihapus ${v['items']}`),
  // A value's change, after its field's label and a colon, whatever the label (a noun, "takes effect",
  // "terminated on"): "termination, terminated on: 31 Mar 2024 (newly filled in)", "… : removed (was …)", "… : X → Y".
  'value.set': w((v) => `${v['field']}: ${v['after']} (newly filled in)`, (v) => `${v['field']}: ${v['after']} (baru diisi)`),
  'value.removed': w((v) => `${v['field']}: removed (was ${v['before']})`, (v) => `${v['field']}: dihapus (sebelumnya ${v['before']})`),
  // The same, of a value that ends in brackets of its own (a code and its word, "not known (unknown)"; a record
  // and its id, "MoU X (x)"): no second pair after or around them.
  'value.setBracketed': w((v) => `${v['field']}: ${v['after']}, newly filled in`, (v) => `${v['field']}: ${v['after']}, baru diisi`),
  'value.removedBracketed': w((v) => `${v['field']}: removed, was ${v['before']}`, (v) => `${v['field']}: dihapus, sebelumnya ${v['before']}`),
  'value.changed': w((v) => `${v['field']}: ${v['before']} → ${v['after']}`, (v) => `${v['field']}: ${v['before']} → ${v['after']}`),
} satisfies Catalogue;

export type ValueWord = keyof typeof VALUE_WORDS;

/** One of the words of values and changes, in one language. */
export const vw = (lang: Lang, key: ValueWord, values: Values = {}): string => say(VALUE_WORDS, lang, key, values);
