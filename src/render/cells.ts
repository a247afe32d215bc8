// Cell text for each kind of output: human dates in tables, ISO in CSV.

import { parseDate, humanKDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import type { Cell } from '../view/view.js';
import { words } from './words.js';
import { formatNumber } from '../model/format.js';

export function cellText(c: Cell, lang: Lang, mode: 'human' | 'raw'): string {
  if (c === null) return mode === 'human' ? '–' : '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return mode === 'human' ? formatNumber(c, lang, 2) : String(c);
  if (Array.isArray(c)) return c.length ? c.join(mode === 'human' ? ', ' : '; ') : mode === 'human' ? '–' : '';
  if ('date' in c) {
    if (mode === 'raw') return c.date;
    const k = parseDate(c.date);
    if (!k) return c.date === 'unknown' ? words(lang).unknownDate : c.date;
    return humanKDate(k, lang) + (c.uncertain || k.uncertain ? '*' : '') + (c.flag ? ` ${c.flag}` : '');
  }
  return c.text;
}

/** Whether a date cell holds an uncertain date (its own form, or a day worked out from one); false otherwise. */
export function cellUncertain(c: Cell): boolean {
  if (c === null || typeof c !== 'object' || Array.isArray(c) || !('date' in c)) return false;
  return Boolean(c.uncertain) || Boolean(parseDate(c.date)?.uncertain);
}

export function cellTone(c: Cell): 'bad' | 'warn' | 'good' | 'muted' | undefined {
  return c !== null && typeof c === 'object' && !Array.isArray(c) ? c.tone : undefined;
}
