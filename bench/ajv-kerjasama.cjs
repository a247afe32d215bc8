// For ajv-cli (-c): the same formats and keywords kerjasama's own ajv has (src/load/schemas.ts), so
// that ajv-cli runs the very same schemas in strict mode and does the same work, format checks included.

const addFormats = require('ajv-formats');

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date in 1800–2999 (as src/model/dates.ts parseDate). */
function isValidDate(text) {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1800 || year > 2999) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

module.exports = function kerjasama(ajv) {
  addFormats(ajv, ['uri', 'email']);
  ajv.addFormat('partial-date', { type: 'string', validate: isValidDate });
  ajv.addKeyword('x-expected');
  ajv.addKeyword('x-expected-id');
};
