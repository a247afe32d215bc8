// Record ids suggested from a name or title: lower-case ASCII, diacritics stripped, words joined by -,
// short, and made unique with -2, -3 … The result always matches the id rule of the loader.

import { slug } from '../model/ids.js';

/** A region's own id from its name: the administrative prefix dropped ("Provinsi Nusa Tenggara Barat" → "nusa-tenggara-barat"). */
export function regionId(name: string): string {
  const s = slug(name.replace(/^\s*(pemerintah\s+)?(provinsi|prov\.?|kabupaten|kab\.?|kota|pemprov|pemkab|pemkot)\s+/i, ''));
  return s || slug(name);
}

/**
 * The first of base, base-2, base-3 … that is not taken; `fallback` when the text gives no base. With
 * `next`, for a caller that takes every id it is given and never frees one (import's thousands of rows),
 * the search for a base goes on from where it last stopped: the same ids, without counting up from 2.
 */
export function uniqueId(base: string, taken: (id: string) => boolean, fallback: string, next?: Map<string, number>): string {
  const b = base || fallback;
  if (!taken(b)) return b;
  for (let n = next?.get(b) ?? 2; ; n++) {
    if (!taken(`${b}-${n}`)) {
      next?.set(b, n + 1);
      return `${b}-${n}`;
    }
  }
}

/** The partner type a region's name implies, when it says. */
export function regionTypeOf(name: string): 'province' | 'regency' | 'city' | undefined {
  const n = name.trim().toLowerCase();
  if (/^(pemerintah\s+)?(provinsi|prov\.?|pemprov)\s/.test(n)) return 'province';
  if (/^(pemerintah\s+)?(kabupaten|kab\.?|pemkab)\s/.test(n)) return 'regency';
  if (/^(pemerintah\s+)?(kota|pemkot)\s/.test(n)) return 'city';
  return undefined;
}
