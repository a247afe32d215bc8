// For ajv-cli (-c): the same formats and keywords kerjasama's own ajv has (src/load/schemas.ts), so
// that ajv-cli runs the very same schemas in strict mode and does the same work, format checks included.

const addFormats = require('ajv-formats');

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date in 1800–2999: its first and last days as numbers, or undefined. */
function simple(text) {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1800 || year > 2999) return undefined;
  if (m[2] === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month - 1, days)];
  const day = Number(m[3]);
  return day >= 1 && day <= days ? [Date.UTC(year, month - 1, day), Date.UTC(year, month - 1, day)] : undefined;
}

/** As src/model/dates.ts parseDate: a simple date, ~YYYY or ~YYYY-MM, A..B (B not before A), ..B or A.. */
function isValidDate(text) {
  if (text.startsWith('~')) return /^~\d{4}(-\d{2})?$/.test(text) && simple(text.slice(1)) !== undefined;
  const dots = text.indexOf('..');
  if (dots < 0) return simple(text) !== undefined;
  const a = text.slice(0, dots);
  const b = text.slice(dots + 2);
  if (a === '' && b === '') return false;
  const from = a === '' ? undefined : simple(a);
  const to = b === '' ? undefined : simple(b);
  if ((a !== '' && !from) || (b !== '' && !to)) return false;
  return !(from && to && to[0] < from[0]);
}

module.exports = function kerjasama(ajv) {
  addFormats(ajv, ['uri', 'email']);
  ajv.addFormat('partial-date', { type: 'string', validate: isValidDate });
  ajv.addFormat('partial-date-or-unknown', { type: 'string', validate: (text) => text === 'unknown' || isValidDate(text) });
  ajv.addKeyword('x-expected');
  ajv.addKeyword('x-expected-id');
};
