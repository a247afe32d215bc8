// An export as SQL for SQLite or PostgreSQL: CREATE TABLE with primary and foreign keys (deferred, so
// the rows load in any order within the one transaction), batched INSERTs, indexes on the references,
// and the views for the questions people ask. The SQLite file (sqlite.ts) is made from the same
// statements, with its rows bound as parameters.
//
// No value ever becomes SQL: every identifier is the export's own (from the field model), quoted; every
// text is a quoted literal with ' doubled, and a control character (a line break in notes) is written as
// char(n) (SQLite) or an escape in an E'' literal (PostgreSQL), so no statement spans a line break that a
// record put there and no line of the script starts with text a record chose (psql's \ commands, the
// sqlite3 shell's . commands). A NUL, which neither database keeps in text and no record may hold, is
// written as U+FFFD.

import type { Column, Export, Table, Value } from '../../export/tables.js';
import { decimalText } from '../../export/build.js';
import { pushAll } from '../../model/lists.js';
import type { Lang } from '../../model/types.js';
import { sw } from './sql.words.js';

export type Dialect = 'sqlite' | 'postgres';

export const quoteId = (id: string): string => `"${id.replace(/"/g, '""')}"`;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A text as an SQL string literal that no text can break out of. */
export function stringLiteral(raw: string, dialect: Dialect): string {
  const s = raw.replace(/\u0000/g, '\uFFFD');
  if (dialect === 'postgres') {
    if (!CONTROL.test(s) && !s.includes('\\')) return `'${s.replace(/'/g, "''")}'`;
    const esc = s.replace(/[\\']/g, (c) => '\\' + c).replace(CONTROLS, (c) => {
      const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      return named[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    });
    return `E'${esc}'`;
  }
  if (!CONTROL.test(s)) return `'${s.replace(/'/g, "''")}'`;
  const parts: string[] = [];
  let run = '';
  for (const ch of s) {
    if (CONTROL.test(ch)) {
      if (run) parts.push(`'${run.replace(/'/g, "''")}'`);
      run = '';
      parts.push(`char(${ch.charCodeAt(0)})`);
    } else run += ch;
  }
  if (run) parts.push(`'${run.replace(/'/g, "''")}'`);
  return `(${parts.join(' || ')})`;
}

export function literal(v: Value, c: Column, dialect: Dialect): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return dialect === 'postgres' ? (v ? 'TRUE' : 'FALSE') : v ? '1' : '0';
  if (typeof v === 'number') return c.type === 'number' ? decimalText(v) : String(Math.trunc(v));
  return stringLiteral(v, dialect);
}

const TYPES: Record<Dialect, Record<Column['type'], string>> = {
  sqlite: { string: 'TEXT', integer: 'INTEGER', boolean: 'INTEGER', date: 'TEXT', number: 'NUMERIC' },
  postgres: { string: 'TEXT', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'DATE', number: 'NUMERIC' },
};

export function createTable(t: Table, dialect: Dialect): string {
  const lines = t.columns.map((c) => {
    const checks: string[] = [];
    if (dialect === 'sqlite' && c.type === 'boolean') checks.push(`${quoteId(c.name)} IN (0, 1)`);
    if (c.enum) checks.push(`${quoteId(c.name)} IN (${c.enum.map((e) => stringLiteral(e, dialect)).join(', ')})`);
    return `  ${quoteId(c.name)} ${TYPES[dialect][c.type]}${c.required ? ' NOT NULL' : ''}${checks.length ? ` CHECK (${checks.join(' AND ')})` : ''}`;
  });
  lines.push(`  PRIMARY KEY (${t.primaryKey.map(quoteId).join(', ')})`);
  for (const fk of t.foreignKeys) {
    lines.push(`  FOREIGN KEY (${fk.columns.map(quoteId).join(', ')}) REFERENCES ${quoteId(fk.table)} (${fk.refColumns.map(quoteId).join(', ')}) DEFERRABLE INITIALLY DEFERRED`);
  }
  return `CREATE TABLE ${quoteId(t.name)} (\n${lines.join(',\n')}\n);`;
}

/** An index on each reference that the primary key does not already lead with. */
export function indexes(t: Table): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const fk of t.foreignKeys) {
    const cols = fk.columns;
    if (cols.every((c, i) => t.primaryKey[i] === c)) continue;
    const key = cols.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(`CREATE INDEX ${quoteId(`${t.name}_${cols.join('_')}_idx`)} ON ${quoteId(t.name)} (${cols.map(quoteId).join(', ')});`);
  }
  return out;
}

export const INSERT_BATCH = 200;

export function* inserts(t: Table, dialect: Dialect): Generator<string> {
  const head = `INSERT INTO ${quoteId(t.name)} (${t.columns.map((c) => quoteId(c.name)).join(', ')}) VALUES\n`;
  for (let i = 0; i < t.rows.length; i += INSERT_BATCH) {
    const rows = t.rows.slice(i, i + INSERT_BATCH).map((r) => `(${r.map((v, j) => literal(v, t.columns[j] as Column, dialect)).join(', ')})`);
    yield head + rows.join(',\n') + ';';
  }
}

/**
 * The views: agreements in force; the agreements report expiring lists (at the register's horizon);
 * partnerships with their partner's name and country; each sector's coverage with its names. Booleans
 * compare with TRUE, which both databases read (SQLite as 1).
 */
export const VIEWS: ReadonlyArray<{ name: string; sql: string }> = [
  {
    name: 'agreements_in_force',
    sql: `SELECT a."id", a."title", a."category", a."document_type", a."stage", a."start", a."end_as_recorded", a."end_day", a."end_latest", a."end_uncertain", a."days_left", a."owner_effective", a."unit"
FROM "agreements" a
WHERE a."in_force" = TRUE`,
  },
  {
    name: 'agreements_expiring',
    sql: `SELECT a."id", a."title", a."category", a."derived_status", a."expiring_bucket", a."end_as_recorded", a."end_day", a."end_latest", a."end_uncertain", a."end_open", a."days_left", a."renewal_start", a."confirmed", a."stale"
FROM "agreements" a
WHERE a."expiring_bucket" IS NOT NULL`,
  },
  {
    name: 'partnerships_overview',
    sql: `SELECT p."key", p."owner_id", p."partner_id", pt."name" AS "partner_name", pt."country", p."stage", p."in_force", p."dormant", p."first_signed", p."last_activity_id", p."last_activity_date", p."days_since_last_activity", p."activities_last_3_years"
FROM "partnerships" p
JOIN "partners" pt ON pt."id" = p."partner_id"`,
  },
  {
    name: 'coverage_by_sector',
    sql: `SELECT s."id" AS "sector_id", s."group", s."name_id", s."name_en", c."covered", c."covered_unknown", c."agreements_in_force", c."agreements_status_unknown", c."activities_recent"
FROM "sectors" s
JOIN "sector_coverage" c ON c."sector_id" = s."id"`,
  },
];

export const viewStatements = (): string[] => VIEWS.map((v) => `CREATE VIEW ${quoteId(v.name)} AS\n${v.sql};`);

/** SQLite: a full-text table (FTS4, which sql.js and Debian's sqlite3 both have) over titles, names and notes. */
export function searchStatements(x: Export): string[] {
  const sources: Array<[string, string, string]> = [['partner', 'partners', 'name'], ['agreement', 'agreements', 'title'], ['activity', 'activities', 'title']];
  const out = [`CREATE VIRTUAL TABLE "search" USING fts4("kind", "id", "title", "notes", notindexed="kind", notindexed="id", tokenize=unicode61 "remove_diacritics=2");`];
  for (const [kind, table, title] of sources) {
    const t = x.tables.find((u) => u.name === table);
    if (!t) continue;
    const has = (c: string): boolean => t.columns.some((k) => k.name === c);
    out.push(`INSERT INTO "search" ("kind", "id", "title", "notes") SELECT '${kind}', "id", ${has(title) ? quoteId(title) : 'NULL'}, ${has('notes') ? '"notes"' : 'NULL'} FROM ${quoteId(table)} WHERE "left_out" = 0;`);
  }
  return out;
}

/** One line about the export, for the script's head: no control character, and a comment cannot end early. */
const commentLine = (s: string): string => s.replace(CONTROLS, ' ');

/** The whole script, as text; its head's comments in `lang`. */
export function exportAsSql(x: Export, dialect: Dialect, lang: Lang = 'en'): string {
  const out: string[] = [
    commentLine(sw(lang, 'head', { dialect, register: x.register, asOf: x.asOf, commit: x.commit ?? '', recordedAsOf: x.recordedAsOf ?? '', version: x.version, private: x.includePrivate ? 1 : 0 })),
    sw(lang, dialect === 'postgres' ? 'load.postgres' : 'load.sqlite'),
  ];
  if (dialect === 'postgres') out.push("SET client_encoding = 'UTF8';", 'SET standard_conforming_strings = on;');
  else out.push('PRAGMA foreign_keys = ON;');
  out.push('BEGIN;');
  // Indexes before the rows: PostgreSQL makes no index on a table with deferred checks pending.
  for (const t of x.tables) {
    out.push(createTable(t, dialect));
    pushAll(out, indexes(t));
  }
  for (const t of x.tables) for (const s of inserts(t, dialect)) out.push(s);
  pushAll(out, viewStatements());
  if (dialect === 'sqlite') pushAll(out, searchStatements(x));
  out.push('COMMIT;');
  return out.join('\n') + '\n';
}
