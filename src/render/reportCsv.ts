// Reports as CSV (RFC 4180): CRLF line ends, quoted fields where needed, ISO dates, and a UTF-8 byte
// order mark so Excel reads Indonesian and Japanese names correctly (LibreOffice accepts it too).
// Each table of the report follows the previous one after an empty line. A date column is followed by
// `<column>_uncertain` (true when the date is uncertain), so a spreadsheet never takes a guess for a fact.

import type { Lang } from '../model/types.js';
import { cellText, cellUncertain } from './cells.js';
import type { ReportView } from '../view/view.js';
import { csvText } from './sanitise.js';

/** A text that a spreadsheet would run as a formula gets a leading apostrophe; plain numbers stay numbers. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(value: string): string {
  // Line breaks kept (quoted), every other control visible: no bare CR splits a row, no ESC reaches a viewer.
  const raw = csvText(value);
  const s = FORMULA.test(raw) && !NUMBER.test(raw) ? "'" + raw : raw;
  return /[",\r\n]/.test(s) || s !== raw || raw !== value ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportAsCsv(view: ReportView, lang: Lang): string {
  const blocks = view.tables.map((t) => {
    const header = t.columns.flatMap((c) => (c.dates ? [c.key, `${c.key}_uncertain`] : [c.key]));
    const lines = [header.map(csvField).join(',')];
    for (const r of t.rows) {
      lines.push(t.columns.flatMap((c) => {
        const cell = r[c.key] ?? null;
        const text = csvField(cellText(cell, lang, 'raw'));
        return c.dates ? [text, cell === null ? '' : String(cellUncertain(cell))] : [text];
      }).join(','));
    }
    return lines.join('\r\n') + '\r\n';
  });
  return '\uFEFF' + blocks.join('\r\n');
}
