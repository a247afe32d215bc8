// Why a form's placeholders are broken, as the form filler (render/xlsxTemplate.ts) or docxtemplater
// (render/docxTemplate.ts, by its errors' ids) finds it, in English and Bahasa Indonesia (docs/glossary.md).
// A reason a library gives that has no words here (a zip's, a rarer docxtemplater error) is shown as the
// library gives it. Composed by say() (model/words.ts).

import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

export const TEMPLATE_WORDS = {
  closesNothing: w((v) => `${v['where']}: {/${v['name']}} closes nothing`, (v) => `${v['where']}: {/${v['name']}} tidak menutup apa pun`),
  closesOther: w((v) => `${v['where']}: {/${v['name']}} closes {#${v['open']}}`, (v) => `${v['where']}: {/${v['name']}} menutup {#${v['open']}}`),
  notClosedInCell: w((v) => `${v['where']}: {#${v['name']}} is not closed in the cell`, (v) => `${v['where']}: {#${v['name']}} tidak ditutup di dalam sel`),
  rowLoopNotClosed: w((v) => `${v['where']}: the row loop {#${v['name']}} is not closed by a row ending with {/${v['name']}}`,
    (v) => `${v['where']}: pengulangan baris {#${v['name']}} tidak ditutup oleh baris yang diakhiri {/${v['name']}}`),
  // A .docx form's broken placeholders, as docxtemplater finds them (by its error's id): no place is given.
  tagNotClosed: w((v) => `{${v['name']} is not closed with }`, (v) => `{${v['name']} tidak ditutup dengan }`),
  tagNotOpened: w((v) => `${v['name']}} is not opened with {`, (v) => `${v['name']}} tidak dibuka dengan {`),
  twoOpenings: w((v) => `{{${v['name']}: two opening braces`, (v) => `{{${v['name']}: dua kurung kurawal pembuka`),
  twoClosings: w((v) => `${v['name']}}}: two closing braces`, (v) => `${v['name']}}}: dua kurung kurawal penutup`),
  loopNotClosed: w((v) => `{#${v['name']}} is not closed`, (v) => `{#${v['name']}} tidak ditutup`),
  loopNotOpened: w((v) => `{/${v['name']}} closes nothing`, (v) => `{/${v['name']}} tidak menutup apa pun`),
  loopClosesOther: w((v) => `{/${v['name']}} closes {#${v['open']}}`, (v) => `{/${v['name']}} menutup {#${v['open']}}`),
  loopMisplaced: w((v) => `{#${v['name']}} and {/${v['name']}} are in different places (one in a table, the other outside it, or in different cells or rows)`,
    (v) => `{#${v['name']}} dan {/${v['name']}} berada di tempat yang berbeda (satu di dalam tabel dan yang lain di luarnya, atau di sel atau baris yang berbeda)`),
  /** A reason the library gives that has no words here: shown as it gives it, in either language. */
  library: w((v) => String(v['text']), (v) => String(v['text'])),
} satisfies Catalogue;

export type TemplateWord = keyof typeof TEMPLATE_WORDS;

/** Why a placeholder is broken: a key and its values, said in the reader's language when shown. */
export interface TemplateReason {
  readonly key: TemplateWord;
  readonly values: Values;
}

/** A reason in a language. */
export const reasonIn = (lang: Lang, r: TemplateReason): string => say(TEMPLATE_WORDS, lang, r.key, r.values);
