// The one way the tool's words are composed. Each area keeps its catalogue beside it (the CLI's
// messages, the diagnostics' codes, the field model's words, the site's words, …): a key maps to a text
// in English and in Bahasa Indonesia, plain or composed from values. Problems and diagnostics carry a key
// and values only; the sentence is made here, in the reader's language, when it is shown.

import type { Lang } from './types.js';

export type Values = Readonly<Record<string, string | number>>;
export type Text = string | ((v: Values) => string);
/** A text in both languages. */
export type Entry = Readonly<Record<Lang, Text>>;
export type Catalogue = Readonly<Record<string, Entry>>;

/** An entry: English, then Bahasa Indonesia. */
export const w = (en: Text, id: Text): Entry => ({ en, id });

/** A catalogue's text for a key, in a language, with its values; the key itself when the catalogue has none. */
export function say(catalogue: Catalogue, lang: Lang, key: string, values: Values = {}): string {
  const e = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (!e) return key;
  const text = e[lang];
  return typeof text === 'function' ? text(values) : text;
}

/** A language's word for a code, or the code itself when the catalogue does not have it. */
export function word(catalogue: Catalogue, lang: Lang, code: unknown): string {
  return say(catalogue, lang, String(code));
}

/** A list in prose: "a, b and c" / "a, b dan c" (`or` for alternatives). */
export function listWords(items: readonly string[], lang: Lang, or = false): string {
  const last = or ? (lang === 'id' ? 'atau' : 'or') : lang === 'id' ? 'dan' : 'and';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) as string}`;
}
