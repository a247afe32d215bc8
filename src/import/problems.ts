// What the importer finds about a cell or a row: a kind, a code and its values, and the place
// (Sheet1!C12). Each problem says what became of the value: read, recorded as the explicit unknown,
// inferred, or why the row could not become a record. The words, in English and Bahasa Indonesia, are
// the CLI's (`import.<code>` in src/cli/messages.ts): nothing here knows a language.

import { columnLetter } from './columns.js';

export type ProblemKind =
  /** The row could not become a record: it goes to the rejects file. */
  | 'reject'
  /** A value that could not be read: the field holds the explicit unknown (or is left out), and the text is kept in notes. */
  | 'unknown'
  /** A value worked out from another (the category from the partner), not read from the cell. */
  | 'inferred'
  /** Something to know that changes nothing (a row skipped, a formula without a saved value). */
  | 'info';

export const PROBLEM_CODES = [
  'no-title',
  'no-partner',
  'partner-ambiguous',
  'country-unknown',
  'country-unread',
  'category-unknown',
  'category-unread',
  'category-inferred',
  'partner-type-unknown',
  'partner-type-needed',
  'partner-type-inferred',
  'date-unread',
  'term-unread',
  'status-unread',
  'status-empty',
  'document-type-unread',
  'document-type-empty',
  'document-type-from-title',
  'sector-unmatched',
  'already-imported',
  'duplicate-row',
  'skipped-totals',
  'skipped-section',
  'formula-no-value',
  'record-invalid',
  'partner-rejected',
  'id-invalid',
  'source-not-link',
  'region-code-unread',
  'region-code-several',
  'region-code-differs',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  kind: ProblemKind;
  code: ProblemCode;
  /** 1-based row in the sheet. */
  row: number;
  /** 0-based column, when the problem is about one cell. */
  col?: number;
  params: Record<string, string | number>;
}

/**
 * Why a value was worked out as it was (a partner's type, an agreement's category), or what the sheet
 * would need to say: `why` in a problem's values, with `whyType`, `whyCountry`, `whyCategory` where the
 * reason names them. Its words are the CLI's (`import.why.<code>`).
 */
export type WhyCode = 'name-says' | 'name-foreign' | 'sheet-says' | 'partner-sheet-says' | 'mapping-default' | 'category-partner'
  | 'region-in-id' | 'central-government' | 'third-party-in-id' | 'government-abroad' | 'institution-abroad'
  | 'region-or-third-party' | 'government-or-institution' | 'region-code';

/** What is wrong with a mapping file (--mapping): a code and its values; the words are `import.mapping.<code>`. */
export type MappingCode = 'header-row' | 'column-letter' | 'not-a-field' | 'field-twice' | 'not-yaml' | 'not-mapping' | 'unknown-key' | 'columns-not-map'
  | 'column-not-field' | 'sheet-type' | 'header-row-type' | 'defaults-not-map' | 'defaults-key' | 'defaults-text';
export interface MappingProblem { problem: MappingCode; params: Record<string, string | number> }

/** Sheet1!C12, or Sheet1!12 for a whole row; a sheet name with spaces or punctuation is quoted as Excel does. */
export function cellRef(sheet: string, row: number, col?: number): string {
  const s = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${s}!${col === undefined ? '' : columnLetter(col)}${row}`;
}
