// A report as something to print: provenance, titled tables with typed cells, and notes. Table, CSV
// and Markdown renderers work on this; JSON renders the report value itself.

import type { Lang } from '../model/types.js';

export type Tone = 'bad' | 'warn' | 'good' | 'muted';
export type Cell =
  | string
  | number
  | null
  /** A date: ISO, or a recorded date in any form (~1990, 1997..1998). `uncertain` marks a day worked out from an uncertain date. */
  | { date: string; uncertain?: boolean; flag?: string; tone?: Tone }
  | { text: string; tone?: Tone }
  | string[];

export interface Column {
  key: string;
  label: Record<Lang, string>;
  align?: 'left' | 'right';
  /** A column of dates: CSV adds `<key>_uncertain` (true/false) after it, tables mark uncertain ones with *. */
  dates?: boolean;
  /**
   * Terminal tables too wide for the terminal drop columns by priority: the column with the highest
   * number goes first (ties: the rightmost). A column without a priority is never dropped; when those
   * do not fit either, the table is shown stacked, one block per record (docs/reports.md, "Terminal width").
   */
  priority?: number;
  /** Long text (a title, partner names) that may wrap onto several lines in a terminal table. */
  wrap?: boolean;
}

export interface TableView {
  title?: Record<Lang, string>;
  columns: Column[];
  rows: Array<Record<string, Cell>>;
  /** Shown instead of an empty table. */
  empty?: Record<Lang, string>;
  /**
   * A small table of counts (a label and a number per row): a terminal shows it without borders, side by
   * side with the compact tables next to it, so an overview fits one screen.
   */
  compact?: boolean;
}

/** What a report's `considered` counts. */
export type ConsideredUnit = 'agreements' | 'agreements_in_force' | 'partnerships_in_force' | 'records' | 'record_files' | 'events' | 'fields' | 'changes' | 'members';

/** A federation's member a report over the aggregate read. */
export interface ProvenanceMember { code: string; name: string; source: string; commit: string | null }

export interface Provenance {
  report: string;
  asOf: string;
  register: string;
  /** The register's commit the output was made from (+changes when the working tree differs from it). */
  commit?: string;
  /**
   * With --recorded-as-of: the day whose register this is (the commit is the last one on or before its end).
   * With --at, the commit alone says which register was read, as a checkout of that revision would.
   */
  recordedAsOf?: string;
  /**
   * The register's folder in its git repository when it is a sub-folder of a larger one (`registers/ntb/`):
   * the commit is then the enclosing repository's, and the stamp says so. Absent at a repository's top.
   */
  registerFolder?: string;
  /**
   * A report over an aggregate of registers (kerjasama aggregate report): `register` is the federation's
   * name, and these the members read, in federation.yaml's order, each with the commit read (null when not in git).
   */
  members?: ProvenanceMember[];
  /** How many records (of `unit`) the report looked at, after the filters. */
  considered: number;
  unit: ConsideredUnit;
  filters: string[];
}

export interface ReportView {
  title: Record<Lang, string>;
  provenance: Provenance;
  tables: TableView[];
  notes: Array<Record<Lang, string>>;
}

export const L = (en: string, id: string): Record<Lang, string> => ({ en, id });
