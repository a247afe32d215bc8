// Which column holds what: the fields an import fills, the header names offices use for them, finding
// the header row (one row, or two when a merged cell spans sub-headers), and the mapping file the user
// can write, edit and pass back. Pure: a grid in, a mapping out.

import { parse as parseYaml } from 'yaml';
import { AGREEMENT_FIELDS, type FieldSpec } from '../model/fields.js';
import type { MappingProblem } from './problems.js';
import { IMPORT_HEADERS } from './columns.data.js';
import { cellText, fold, type GridCell } from './values.js';

/** The fields only an import has: the partner's name, type, country, region and region code, numbers, the signing day, the term. */
const OWN = ['id', 'partner', 'partner_type', 'country', 'region', 'partner_code', 'number', 'partner_number', 'signed', 'term', 'source', 'ignore'] as const;

type Specs = typeof AGREEMENT_FIELDS;
/** The agreement fields the field model gives import header names (but sources: an import's `source` column). */
type ModelField = Exclude<{ [K in keyof Specs]: Specs[K] extends { import: readonly string[] } ? K : never }[keyof Specs], 'sources'>;
const MODEL = (Object.entries(AGREEMENT_FIELDS) as Array<[keyof Specs, FieldSpec]>).filter(([k, f]) => f.import !== undefined && k !== 'sources').map(([k]) => k) as ModelField[];

/** Every field an import fills, in the order the mapping lists them: the record's own (from the field model), then the import's. */
export const FIELDS: ReadonlyArray<ModelField | (typeof OWN)[number]> = [...MODEL, ...OWN];
export type Field = (typeof FIELDS)[number];
/** The record fields an import reads by their shape alone (no rule of their own in map.ts): a field added to the model with header names. */
export const MODEL_FIELDS: readonly ModelField[] = MODEL;

const OWN_HEADERS: Readonly<Record<(typeof OWN)[number], readonly string[]>> = { ...IMPORT_HEADERS, source: AGREEMENT_FIELDS.sources.import };

/** The header names each field is known by (folded before comparing). Documented in docs/importing.md. */
export const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  ...(Object.fromEntries(MODEL.map((k) => [k, (AGREEMENT_FIELDS[k] as FieldSpec).import ?? []])) as Record<ModelField, readonly string[]>),
  ...OWN_HEADERS,
};

/** The longest cell read as a header (the longest known name is about 30 characters). */
const MAX_HEADER_CHARS = 120;

let headerIndex: Map<string, Field> | undefined;
function headers(): Map<string, Field> {
  if (headerIndex) return headerIndex;
  headerIndex = new Map();
  for (const f of FIELDS) for (const n of HEADER_NAMES[f]) headerIndex.set(fold(n), f);
  return headerIndex;
}

/** The field a header names: an exact name (case, spacing, punctuation and a bracketed remark ignored), else the longest known name it contains. */
export function fieldOfHeader(header: string): Field | undefined {
  // A header is a few words: a longer cell is a title or data, and is never matched (nor folded, per cell
  // and per row scanned). The remark in brackets is found without backtracking: [^()] cannot run past
  // the next bracket, so a cell of 30,000 "(" costs one pass, not 30,000.
  if (header.length > MAX_HEADER_CHARS) return undefined;
  const t = fold(header.replace(/\([^()]*\)/g, ' '));
  if (t === '') return undefined;
  // The `<column> uncertain` flags of a register export: derived, not imported.
  if (/ (uncertain|tidak pasti)$/.test(t)) return 'ignore';
  const exact = headers().get(t);
  if (exact) return exact;
  let best: { field: Field; len: number } | undefined;
  for (const [name, field] of headers()) {
    if (!name.includes(' ') || !` ${t} `.includes(` ${name} `)) continue;
    if (!best || name.length > best.len) best = { field, len: name.length };
  }
  return best?.field;
}

/** A column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letter: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letter)) return undefined;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface ColumnMap {
  /** 0-based column → field. */
  fields: Map<number, Field>;
  /** 0-based column → the header as written (both rows joined when there are two). */
  headers: Map<number, string>;
  /** 1-based rows holding the header: one, or two. */
  headerRows: number[];
  /** Where the mapping came from. */
  from: 'headers' | 'file';
}

/** A user's mapping file, as read: which sheet, which header row, which column is which field. */
export interface MappingFile {
  sheet?: string | number;
  header_row?: number | number[];
  columns: Record<string, Field>;
  defaults?: { country?: string; category?: string; document_type?: string; partner_type?: string };
}

const HEADER_SCAN_ROWS = 30;

function rowHeaders(rows: readonly GridCell[][], r: number, two: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const a = rows[r] ?? [];
  const b = two ? rows[r + 1] ?? [] : [];
  const width = Math.max(a.length, b.length);
  for (let c = 0; c < width; c++) {
    const top = typeof a[c] === 'string' ? cellText(a[c] ?? null) : '';
    const below = typeof b[c] === 'string' ? cellText(b[c] ?? null) : '';
    // A cell merged down over both rows gives the same text twice.
    const text = below && below !== top ? (top ? `${top} ${below}` : below) : top;
    if (text) out.set(c, text);
  }
  return out;
}

function assign(headersOf: Map<number, string>): Map<number, Field> {
  const fields = new Map<number, Field>();
  const taken = new Set<Field>();
  for (const [c, h] of [...headersOf].sort((x, y) => x[0] - y[0])) {
    const f = fieldOfHeader(h);
    // A field is filled from one column; a second column of the same name is kept in notes (unmapped).
    if (f && (f === 'ignore' || !taken.has(f))) {
      fields.set(c, f);
      taken.add(f);
    }
  }
  return fields;
}

/** The header row (or the two rows of a header with merged cells) that names the most known fields. */
export function detectColumns(rows: readonly GridCell[][]): ColumnMap | undefined {
  let best: { score: number; r: number; two: boolean } | undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    for (const two of [false, true]) {
      const f = assign(rowHeaders(rows, r, two));
      const score = [...f.values()].filter((x) => x !== 'ignore').length;
      // Two rows must name more than one does, or the first data row would be read as a header.
      if (score >= 2 && (!best || score > best.score)) best = { score, r, two };
    }
  }
  if (!best) return undefined;
  const h = rowHeaders(rows, best.r, best.two);
  return { fields: assign(h), headers: h, headerRows: best.two ? [best.r + 1, best.r + 2] : [best.r + 1], from: 'headers' };
}

/** The mapping a file gives, applied to a grid; problems are plain messages for a usage error. */
export function columnsFromFile(rows: readonly GridCell[][], m: MappingFile): ColumnMap | MappingProblem {
  const hr = m.header_row === undefined ? undefined : Array.isArray(m.header_row) ? m.header_row : [m.header_row];
  const detected = hr ? undefined : detectColumns(rows);
  const headerRows = hr ?? detected?.headerRows ?? [];
  if (headerRows.length > 2 || headerRows.some((r) => !Number.isInteger(r) || r < 1)) return { problem: 'header-row', params: {} };
  const h = headerRows.length ? rowHeaders(rows, (headerRows[0] as number) - 1, headerRows.length === 2) : new Map<number, string>();
  const fields = new Map<number, Field>();
  const taken = new Set<Field>();
  for (const [letter, field] of Object.entries(m.columns)) {
    const c = columnIndex(letter);
    if (c === undefined) return { problem: 'column-letter', params: { letter } };
    if (!(FIELDS as readonly string[]).includes(field)) return { problem: 'not-a-field', params: { letter, field, fields: FIELDS.join(', ') } };
    if (field !== 'ignore' && taken.has(field)) return { problem: 'field-twice', params: { field } };
    taken.add(field);
    fields.set(c, field);
  }
  return { fields, headers: h, headerRows, from: 'file' };
}

/** Reads a mapping file's text; problems are plain messages. */
export function parseMapping(text: string): MappingFile | MappingProblem {
  let v: unknown;
  try {
    v = parseYaml(text, { maxAliasCount: 0 });
  } catch (err) {
    return { problem: 'not-yaml', params: { message: (err as Error).message.split('\n')[0] ?? '' } };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { problem: 'not-mapping', params: {} };
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['sheet', 'header_row', 'columns', 'defaults'].includes(k)) return { problem: 'unknown-key', params: { key: k } };
  const cols = o['columns'];
  if (!cols || typeof cols !== 'object' || Array.isArray(cols)) return { problem: 'columns-not-map', params: {} };
  for (const [k, f] of Object.entries(cols)) if (typeof f !== 'string') return { problem: 'column-not-field', params: { letter: k, value: JSON.stringify(f) ?? String(f) } };
  const sheet = o['sheet'];
  if (sheet !== undefined && typeof sheet !== 'string' && typeof sheet !== 'number') return { problem: 'sheet-type', params: {} };
  const hr = o['header_row'];
  if (hr !== undefined && typeof hr !== 'number' && !(Array.isArray(hr) && hr.every((x) => typeof x === 'number'))) return { problem: 'header-row-type', params: {} };
  const d = o['defaults'];
  if (d !== undefined && (typeof d !== 'object' || d === null || Array.isArray(d))) return { problem: 'defaults-not-map', params: {} };
  for (const [k, x] of Object.entries((d ?? {}) as Record<string, unknown>)) {
    if (!['country', 'category', 'document_type', 'partner_type'].includes(k)) return { problem: 'defaults-key', params: { key: k } };
    if (typeof x !== 'string') return { problem: 'defaults-text', params: { key: k } };
  }
  return { columns: cols as Record<string, Field>, ...(sheet !== undefined ? { sheet } : {}), ...(hr !== undefined ? { header_row: hr as number | number[] } : {}), ...(d ? { defaults: d as MappingFile['defaults'] } : {}) };
}
