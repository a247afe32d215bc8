// ISO 3166-1 alpha-2 country codes with English and Indonesian short names, for validating partner.country and for report labels.

import { COUNTRY_SYNONYMS } from './countries.data.js';
import { COUNTRY_NAMES } from './countries.words.js';
import { fold } from './written.js';

export interface Country { readonly en: string; readonly id: string }

function freezeTable(entries: Record<string, Country>): Readonly<Record<string, Country>> {
  // Null prototype: lookups such as "__proto__", "constructor" or "toString" yield undefined.
  const table = Object.create(null) as Record<string, Country>;
  for (const code of Object.keys(entries)) {
    const c = entries[code];
    if (c !== undefined) table[code] = Object.freeze({ en: c.en, id: c.id });
  }
  return Object.freeze(table);
}

export const COUNTRIES: Readonly<Record<string, Country>> = freezeTable(COUNTRY_NAMES);

/** True only for officially assigned ISO 3166-1 alpha-2 codes (exact, case-sensitive, own properties only). */
export function isCountryCode(code: string): boolean {
  return Object.hasOwn(COUNTRIES, code);
}

/** Short country name in the requested language; falls back to the code itself when unknown. */
export function countryName(code: string, lang: 'en' | 'id'): string {
  const country: Country | undefined = isCountryCode(code) ? COUNTRIES[code] : undefined;
  return country === undefined ? code : country[lang];
}

let countryIndex: Map<string, string> | undefined;
function countries(): Map<string, string> {
  if (countryIndex) return countryIndex;
  const m = new Map<string, string>();
  for (const [code, c] of Object.entries(COUNTRIES)) {
    m.set(fold(c.en), code);
    m.set(fold(c.id), code);
    // "Inggris (Britania Raya)" is also written "Inggris".
    m.set(fold(c.id.replace(/\s*\(.*\)\s*/, '')), code);
  }
  for (const [name, code] of Object.entries(COUNTRY_SYNONYMS)) m.set(fold(name), code);
  countryIndex = m;
  return m;
}

/** "Jepang", "Japan", "JP", "Korea Selatan", "Tiongkok", "RRT" → the ISO 3166-1 code; undefined when none is named. */
export function countryByWords(text: string): string | undefined {
  const raw = text.trim();
  if (/^[A-Z]{2}$/.test(raw) && isCountryCode(raw)) return raw;
  return countries().get(fold(raw));
}
