// What an export is, whatever its format: tables of typed values with their keys, their references and
// their words in both languages. The formats (src/render/export/) only write these down: a Data Package
// (CSV and datapackage.json), an SQLite file, an SQL script for SQLite or PostgreSQL.

import type { Words } from './words.js';
import type { Publication } from '../model/types.js';

/** A column's type: as a Table Schema names it; SQL maps it (date: ISO YYYY-MM-DD). */
export type ColumnType = 'string' | 'integer' | 'boolean' | 'date' | 'number';

/** A value: never a float for money, never a styled number; null for nothing recorded or not known. */
export type Value = string | number | boolean | null;

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly title: Words;
  readonly description: Words;
  /** Never empty (the key columns, the flags). */
  readonly required?: boolean;
  /** The codes it may hold, when they are not in a code table of their own. */
  readonly enum?: readonly string[];
}

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly refColumns: readonly string[];
}

export interface Table {
  readonly name: string;
  readonly title: Words;
  readonly description: Words;
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  /** References to other tables (or this one): every value is in the table it names. */
  readonly foreignKeys: readonly ForeignKey[];
  /** In a fixed order (by key): the same register and day give the same rows in the same order. */
  readonly rows: ReadonlyArray<readonly Value[]>;
}

export interface Export {
  /** Every table a row refers to comes before the table that refers to it (a self-reference aside). */
  readonly tables: readonly Table[];
  readonly register: string;
  readonly asOf: string;
  readonly commit: string | undefined;
  /** With --recorded-as-of: the day whose end chose the commit read. */
  readonly recordedAsOf?: string;
  readonly version: string;
  readonly includePrivate: boolean;
  readonly publication: Publication;
}

export function tableOf(x: Export, name: string): Table | undefined {
  return x.tables.find((t) => t.name === name);
}
