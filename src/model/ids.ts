// Record ids from text: lower-case ASCII, diacritics stripped, words joined by -. The loader suggests
// one for a badly named file; `kerjasama new` and `init` suggest one from a name or title.

/** The id rule, as schemas/defs.schema.json states it ($defs/id; a test keeps the two the same). */
export const ID_PATTERN = /^[a-z0-9]+([-_.][a-z0-9]+)*$/;

import { JOINING_WORDS } from './ids.data.js';

const MAX_ID = 40;

/** Latin letters that Unicode does not decompose into a base letter and a mark, spelt as ASCII. */
const LETTERS: Readonly<Record<string, string>> = {
  đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ł: 'l', Ł: 'l', ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae',
  œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h', ı: 'i', ŧ: 't', Ŧ: 't', ŋ: 'ng', Ŋ: 'ng', ĸ: 'k',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/** "Prefektur Shizuoka – MoU 2017" → "prefektur-shizuoka-mou-2017"; "" when nothing usable is left. */
export function slug(text: string, max = MAX_ID): string {
  const words = text
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // A year at the end is what tells records apart (jatim-wa-renewal-2023): keep it when cutting.
  const last = words[words.length - 1];
  if (last && /^(1[89]|2[0-9])[0-9]{2}$/.test(last) && words.join('-').length > max && words.length > 1) {
    const head = slug(words.slice(0, -1).join(' '), max - last.length - 1);
    return head ? `${head}-${last}` : last;
  }
  const kept: string[] = [];
  let cut = false;
  for (const w of words) {
    const next = kept.length ? `${kept.join('-')}-${w}` : w;
    if (next.length > max) {
      if (!kept.length) kept.push(w.slice(0, max));
      cut = true;
      break;
    }
    kept.push(w);
  }
  // Cut short, it does not end on a joining word left hanging (…-kyotanabe-ke).
  while (cut && kept.length > 1 && JOINING_WORDS.has(kept[kept.length - 1] as string)) kept.pop();
  return kept.join('-');
}

