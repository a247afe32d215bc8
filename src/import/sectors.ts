// Sectors from free text ("Bidang: Pariwisata dan Kebudayaan; Pendidikan") to the urusan vocabulary
// (model/sectors.ts), through a synonym table. Each item of the cell is matched on its own; an item that
// names no sector stays as written in `scope`, so nothing the office wrote is lost. The table is
// documented in docs/importing.md; a test keeps the two the same.

import { vocabulary } from '../model/sectors.js';
import type { ExtraSector } from '../model/types.js';
import { fold, splitItems, type GridCell } from './values.js';
import { SECTOR_SYNONYMS } from './sectors.data.js';
export { SECTOR_SYNONYMS } from './sectors.data.js';

export interface SectorMatch { sectors: string[]; unmatched: string[] }

interface Vocabulary {
  extra: readonly ExtraSector[];
  table: Map<string, Set<string>>;
  /** The phrases longest first, each with a space either side (matched as whole words). */
  phrases: string[];
  /** An item's sectors, by its folded text: a sheet repeats the same few (Pariwisata, Pendidikan) row after row. */
  found: Map<string, string[]>;
}
let memo: Vocabulary | undefined;

/** Phrase → sector ids, and the phrases longest first; built once per vocabulary. */
function phraseTable(extra: readonly ExtraSector[]): Vocabulary {
  if (memo && memo.extra === extra) return memo;
  const table = new Map<string, Set<string>>();
  const add = (phrase: string, id: string): void => {
    const k = fold(phrase);
    if (k === '') return;
    const set = table.get(k) ?? new Set<string>();
    set.add(id);
    table.set(k, set);
  };
  for (const s of vocabulary(extra)) {
    add(s.id.replace(/_/g, ' '), s.id);
    add(s.name, s.id);
    add(s.name_en, s.id);
  }
  for (const [id, words] of Object.entries(SECTOR_SYNONYMS)) for (const w of words) add(w, id);
  memo = { extra, table, phrases: [...table.keys()].sort((a, b) => b.length - a.length).map((p) => ` ${p} `), found: new Map() };
  return memo;
}

/**
 * The sectors a cell names, and the items that name none. A sector's id and its names in the vocabulary
 * (the register's extra sectors too) match as well as the synonyms. An item that names two sectors
 * ("Pariwisata dan Kebudayaan") gives both.
 */
export function readSectors(c: GridCell, extra: readonly ExtraSector[] = []): SectorMatch {
  const vocabulary = phraseTable(extra);
  const sectors: string[] = [];
  const unmatched: string[] = [];
  for (const item of splitItems(c)) {
    const folded = fold(item);
    let found = vocabulary.found.get(folded);
    if (!found) {
      found = sectorsOf(folded, vocabulary);
      if (vocabulary.found.size > 10_000) vocabulary.found.clear();
      vocabulary.found.set(folded, found);
    }
    if (found.length === 0) unmatched.push(item);
    for (const id of found) if (!sectors.includes(id)) sectors.push(id);
  }
  return { sectors, unmatched };
}

/** The sectors one folded item names. */
function sectorsOf(folded: string, { table, phrases }: Vocabulary): string[] {
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
  return uniqSorted(hits);
}

function uniqSorted(hits: Array<{ id: string; at: number }>): string[] {
  const out: string[] = [];
  for (const h of [...hits].sort((a, b) => a.at - b.at)) if (!out.includes(h.id)) out.push(h.id);
  return out;
}
