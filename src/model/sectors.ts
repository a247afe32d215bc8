// The sector vocabulary: the 32 urusan pemerintahan of Permendagri 22/2020, plus a register's extras.

import { SECTOR_SYNONYMS } from './sectors.data.js';
import { s, URUSAN } from './sectors.words.js';
import type { ExtraSector } from './types.js';
import { fold } from './written.js';

export { OBJECTS, URUSAN } from './sectors.words.js';

export interface Sector { readonly id: string; readonly name: string; readonly name_en: string; readonly group: 'dasar' | 'non_dasar' | 'pilihan' | 'extra' }

/** The register's whole vocabulary, in order: the 32 urusan, then the extras. */
export function vocabulary(extra: readonly ExtraSector[]): Sector[] {
  return [...URUSAN, ...extra.map((e) => s('extra', e.id, e.name, e.name_en ?? e.name))];
}

interface Phrases {
  extra: readonly ExtraSector[];
  table: Map<string, Set<string>>;
  /** The phrases longest first, each with a space either side (matched as whole words). */
  phrases: string[];
  /** A text's sectors, by its folded text: a sheet repeats the same few (Pariwisata, Pendidikan) row after row. */
  found: Map<string, string[]>;
}
let memo: Phrases | undefined;

/** Phrase → sector ids, and the phrases longest first; built once per vocabulary. */
function phraseTable(extra: readonly ExtraSector[]): Phrases {
  if (memo && memo.extra === extra) return memo;
  const table = new Map<string, Set<string>>();
  const add = (phrase: string, id: string): void => {
    const k = fold(phrase);
    if (k === '') return;
    const set = table.get(k) ?? new Set<string>();
    set.add(id);
    table.set(k, set);
  };
  for (const v of vocabulary(extra)) {
    add(v.id.replace(/_/g, ' '), v.id);
    add(v.name, v.id);
    add(v.name_en, v.id);
  }
  for (const [id, words] of Object.entries(SECTOR_SYNONYMS)) for (const w of words) add(w, id);
  memo = { extra, table, phrases: [...table.keys()].sort((a, b) => b.length - a.length).map((p) => ` ${p} `), found: new Map() };
  return memo;
}

/**
 * The sectors a text names in words, in the order it names them: a sector's id (perhubungan_darat holds
 * perhubungan), its names in the vocabulary (Pekerjaan Umum dan Penataan Ruang, Tourism; the register's
 * extra sectors too) and the synonyms of sectors.data.ts (olah raga, umkm), each matched as whole words
 * after folding (case, accents, punctuation and `_` aside). "Pariwisata dan Kebudayaan" names both.
 */
export function sectorsNamed(text: string, extra: readonly ExtraSector[] = []): string[] {
  const phrases = phraseTable(extra);
  const folded = fold(text);
  let found = phrases.found.get(folded);
  if (!found) {
    found = sectorsOf(folded, phrases);
    if (phrases.found.size > 10_000) phrases.found.clear();
    phrases.found.set(folded, found);
  }
  return found;
}

/** The one sector a text names in words (Pariwisata, perhubungan_darat), for "did you mean"; none when it names several. */
export function sectorByWords(text: string, extra: readonly ExtraSector[] = []): string | undefined {
  const found = sectorsNamed(text, extra);
  return found.length === 1 ? found[0] : undefined;
}

/** The sectors whose id or name (in either language) holds the text as whole words (pemberdayaan: two of them). */
export function sectorsHolding(text: string, extra: readonly ExtraSector[] = []): string[] {
  const w = ` ${fold(text)} `;
  if (w.trim() === '') return [];
  return vocabulary(extra).filter((v) => [v.id.replace(/_/g, ' '), v.name, v.name_en].some((l) => ` ${fold(l)} `.includes(w))).map((v) => v.id);
}

function sectorsOf(folded: string, { table, phrases }: Phrases): string[] {
  let rest = ` ${folded} `;
  const hits: Array<{ id: string; at: number }> = [];
  // Longest phrases first, each match blanked out so "lingkungan hidup" does not also count "lingkungan";
  // the sectors then come in the order the text names them.
  for (const p of phrases) {
    const at = rest.indexOf(p);
    if (at >= 0) {
      for (const id of table.get(p.slice(1, -1)) as Set<string>) hits.push({ id, at });
      rest = rest.slice(0, at) + ' '.repeat(p.length) + rest.slice(at + p.length);
    }
  }
  const out: string[] = [];
  for (const h of hits.sort((a, b) => a.at - b.at)) if (!out.includes(h.id)) out.push(h.id);
  return out;
}
