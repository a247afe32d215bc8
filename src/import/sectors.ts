// Sectors from free text ("Bidang: Pariwisata dan Kebudayaan; Pendidikan") to the urusan vocabulary
// (model/sectors.ts), through a synonym table (model/sectors.data.ts). Each item of the cell is matched on
// its own; an item that names no sector stays as written in `scope`, so nothing the office wrote is lost.
// The table is documented in docs/importing.md; a test keeps the two the same.

import { sectorsNamed } from '../model/sectors.js';
import type { ExtraSector } from '../model/types.js';
import { splitItems, type GridCell } from './values.js';
export { SECTOR_SYNONYMS } from '../model/sectors.data.js';

export interface SectorMatch { sectors: string[]; unmatched: string[] }

/**
 * The sectors a cell names, and the items that name none. A sector's id and its names in the vocabulary
 * (the register's extra sectors too) match as well as the synonyms. An item that names two sectors
 * ("Pariwisata dan Kebudayaan") gives both.
 */
export function readSectors(c: GridCell, extra: readonly ExtraSector[] = []): SectorMatch {
  const sectors: string[] = [];
  const unmatched: string[] = [];
  for (const item of splitItems(c)) {
    const found = sectorsNamed(item, extra);
    if (found.length === 0) unmatched.push(item);
    for (const id of found) if (!sectors.includes(id)) sectors.push(id);
  }
  return { sectors, unmatched };
}
