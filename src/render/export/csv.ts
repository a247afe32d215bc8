// One table of an export as CSV (RFC 4180, CRLF, UTF-8 without a byte order mark: the Data Package's
// dialect). Values as their Table Schema types read them: true/false, whole numbers without separators,
// ISO dates, an empty field for a value that is not there. A text that a spreadsheet would run as a
// formula (= + - @ at its start) gets a leading apostrophe, as in every CSV kerjasama writes: so no record
// text becomes a formula in Excel or LibreOffice (the SQLite and SQL exports keep such text as it is).

import type { Column, Table, Value } from '../../export/tables.js';
import { decimalText } from '../../export/build.js';
import { csvField } from '../reportCsv.js';

export function csvValue(v: Value, c: Column): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return c.type === 'number' ? decimalText(v) : String(v);
  return csvField(v);
}

export function tableAsCsv(t: Table): string {
  const lines = [t.columns.map((c) => csvField(c.name)).join(',')];
  for (const r of t.rows) lines.push(r.map((v, i) => csvValue(v, t.columns[i] as Column)).join(','));
  return lines.join('\r\n') + '\r\n';
}
