// One table of an export as CSV (RFC 4180, CRLF, UTF-8 without a byte order mark: the Data Package's
// dialect). Values as their Table Schema types read them: true/false, whole numbers without separators,
// ISO dates, an empty field for a value that is not there. A text that a spreadsheet would run as a
// formula (= + - @ at its start) gets a leading apostrophe, as in every CSV kerjasama writes: so no record
// text becomes a formula in Excel or LibreOffice (the SQLite and SQL exports keep such text as it is).

import type { Column, Table, Value } from '../../export/tables.js';
import { decimalText } from '../../export/build.js';
import { csvField } from '../reportCsv.js';

/**
 * Text that csvField would write as it is: no quote, comma or line break, no control or invisible
 * character, not starting as a formula. Most values are; they skip csvField's work.
 */
// eslint-disable-next-line no-control-regex
const PLAIN = /^(?![=+\-@])[^",\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c]*$/;

export function csvValue(v: Value, c: Column): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return c.type === 'number' ? decimalText(v) : String(v);
  return PLAIN.test(v) ? v : csvField(v);
}

export function tableAsCsv(t: Table): string {
  const cols = t.columns;
  // Lines joined once into one flat string: `out += line` would keep a rope of every piece until it is
  // written, several times the text's size (an aggregate's tables are hundreds of megabytes of it).
  const lines: string[] = [cols.map((c) => csvField(c.name)).join(',')];
  const fields: string[] = new Array<string>(cols.length);
  for (const r of t.rows) {
    for (let i = 0; i < cols.length; i++) fields[i] = csvValue(r[i] as Value, cols[i] as Column);
    lines.push(fields.join(','));
  }
  lines.push('');
  return lines.join('\r\n');
}
