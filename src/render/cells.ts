// Cell text for each kind of output: human dates in tables, ISO in CSV.

import { humanDate, parseDate, humanKDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import type { Cell } from './view.js';

export function cellText(c: Cell, lang: Lang, mode: 'human' | 'raw'): string {
  if (c === null) return mode === 'human' ? '–' : '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return mode === 'human' ? c.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') : String(c);
  if (Array.isArray(c)) return c.length ? c.join(mode === 'human' ? ', ' : '; ') : mode === 'human' ? '–' : '';
  if ('date' in c) {
    if (mode === 'raw') return c.date;
    const k = parseDate(c.date);
    if (!k) return c.date;
    return (k.precision === 'day' ? humanDate(k.first, lang) : humanKDate(k, lang)) + (c.partial ? '*' : '') + (c.flag ? ` ${c.flag}` : '');
  }
  return c.text;
}

export function cellTone(c: Cell): 'bad' | 'warn' | 'good' | 'muted' | undefined {
  return c !== null && typeof c === 'object' && !Array.isArray(c) ? c.tone : undefined;
}
