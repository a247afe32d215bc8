// The sector vocabulary: the 32 urusan pemerintahan of Permendagri 22/2020, plus a register's extras.

import { s, URUSAN } from './sectors.words.js';
import type { ExtraSector } from './types.js';

export { OBJECTS, URUSAN } from './sectors.words.js';

export interface Sector { readonly id: string; readonly name: string; readonly name_en: string; readonly group: 'dasar' | 'non_dasar' | 'pilihan' | 'extra' }

/** The register's whole vocabulary, in order: the 32 urusan, then the extras. */
export function vocabulary(extra: readonly ExtraSector[]): Sector[] {
  return [...URUSAN, ...extra.map((e) => s('extra', e.id, e.name, e.name_en ?? e.name))];
}
