// A report as something to print: provenance, titled tables with typed cells, and notes. Table, CSV
// and Markdown renderers work on this; JSON renders the report value itself.

import type { Lang } from '../model/types.js';

export type Tone = 'bad' | 'warn' | 'good' | 'muted';
export type Cell =
  | string
  | number
  | null
  | { date: string; partial?: boolean; flag?: string; tone?: Tone }
  | { text: string; tone?: Tone }
  | string[];

export interface Column { key: string; label: Record<Lang, string>; align?: 'left' | 'right' }

export interface TableView {
  title?: Record<Lang, string>;
  columns: Column[];
  rows: Array<Record<string, Cell>>;
  /** Shown instead of an empty table. */
  empty?: Record<Lang, string>;
}

export interface Provenance {
  report: string;
  asOf: string;
  register: string;
  commit?: string;
  considered: string;
  filters: string[];
}

export interface ReportView {
  title: Record<Lang, string>;
  provenance: Provenance;
  tables: TableView[];
  notes: Array<Record<Lang, string>>;
}

export const L = (en: string, id: string): Record<Lang, string> => ({ en, id });
