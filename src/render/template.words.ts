// Why a form's placeholders are broken, as the form filler (render/xlsxTemplate.ts) finds it, in English
// and Bahasa Indonesia (docs/glossary.md). A library's own reasons (docxtemplater's, a zip's) are shown as
// the library gives them. Composed by say() (model/words.ts).

import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

export const TEMPLATE_WORDS = {
  closesNothing: w((v) => `${v['where']}: {/${v['name']}} closes nothing`, (v) => `${v['where']}: {/${v['name']}} tidak menutup apa pun`),
  closesOther: w((v) => `${v['where']}: {/${v['name']}} closes {#${v['open']}}`, (v) => `${v['where']}: {/${v['name']}} menutup {#${v['open']}}`),
  notClosedInCell: w((v) => `${v['where']}: {#${v['name']}} is not closed in the cell`, (v) => `${v['where']}: {#${v['name']}} tidak ditutup di dalam sel`),
  rowLoopNotClosed: w((v) => `${v['where']}: the row loop {#${v['name']}} is not closed by a row ending with {/${v['name']}}`,
    (v) => `${v['where']}: pengulangan baris {#${v['name']}} tidak ditutup oleh baris yang diakhiri {/${v['name']}}`),
} satisfies Catalogue;

export type TemplateWord = keyof typeof TEMPLATE_WORDS;

/** Why a placeholder is broken: a key and its values, said in the reader's language when shown. */
export interface TemplateReason {
  readonly key: TemplateWord;
  readonly values: Values;
}

/** A reason in a language. */
export const reasonIn = (lang: Lang, r: TemplateReason): string => say(TEMPLATE_WORDS, lang, r.key, r.values);
