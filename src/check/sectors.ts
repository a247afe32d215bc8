// Rule: sectors come from the register's vocabulary (the 32 urusan plus its extras).

import { sectorsHolding, sectorsNamed } from '../model/sectors.js';
import type { Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

export function unknownSector(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const records = [...ctx.dataset.agreements.values(), ...ctx.dataset.activities.values()];
  for (const r of records) {
    (r.data.sectors ?? []).forEach((s, i) => {
      if (ctx.sectorIds.has(s)) return;
      // The sector its words name (perhubungan_darat, energi: esdm; none when they name two, as
      // pendidikan_kebudayaan does, or are a word of two sectors' names, as pemberdayaan is); else a near
      // miss (pendidkan), or the one id holding it (wisata).
      const named = sectorsNamed(s, ctx.dataset.config.extraSectors);
      const shared = named.length === 0 && sectorsHolding(s, ctx.dataset.config.extraSectors).length > 1;
      const suggestion = named.length === 1 ? named[0] : named.length || shared ? undefined : ctx.suggest.closest(`sector\0${s}`, s, () => ctx.sectorIds) ?? within(s, ctx.sectorIds);
      // Words that name two or three urusan (pendidikan_kebudayaan): each as its own item of the list.
      const each = named.length > 1 && named.length <= 3 ? named.join(', ') : undefined;
      out.push(diag('unknown-sector', 'error', r.file, `/sectors/${i}`, { sector: s, ...(suggestion ? { suggestion } : {}), ...(each ? { each } : {}) }));
    });
  }
  return out;
}

/** The one sector whose id holds the word written (wisata: pariwisata), when exactly one does; words under 4 letters name none. */
function within(word: string, ids: ReadonlySet<string>): string | undefined {
  if (word.length < 4) return undefined;
  let found: string | undefined;
  for (const id of ids) {
    if (!id.includes(word)) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}
