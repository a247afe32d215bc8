// Diagnostics as values: their text in a language, and a deterministic order without duplicates.

import { codeInfo } from './codes.js';
import type { Diagnostic, Lang } from './types.js';

export function messageOf(d: Diagnostic, lang: Lang): { message: string; hint: string; title: string } {
  const info = codeInfo(d.code);
  if (!info) return { message: d.code, hint: '', title: d.code };
  return { message: info.message[lang](d.params), hint: info.hint[lang](d.params), title: info.title[lang] };
}

/** The most problems one file reports; the rest are counted in one file-too-many-problems. */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * A file's own diagnostics, at most MAX_PROBLEMS_PER_FILE of them in the order found, and one more that
 * says how many were left out (`omitted` counts those never made): whatever a file holds, what it costs
 * to report, locate and print stays bounded.
 */
export function boundedPerFile(ds: Diagnostic[], file: string, omitted = 0): Diagnostic[] {
  const more = Math.max(0, ds.length - MAX_PROBLEMS_PER_FILE) + omitted;
  if (more === 0) return ds;
  const kept = ds.slice(0, MAX_PROBLEMS_PER_FILE);
  kept.push({ code: 'file-too-many-problems', severity: 'error', file, line: 1, column: 1, params: { more, shown: MAX_PROBLEMS_PER_FILE } });
  return kept;
}

function cmp(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Sorted by file, line, column and code; exact repeats removed. */
export function finalise(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...diags].sort(cmp)) {
    const key = `${d.file}|${d.line}|${d.column}|${d.code}|${JSON.stringify(d.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

export interface Counts { errors: number; warnings: number; files: number }
export function countOf(diags: readonly Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  const files = new Set<string>();
  for (const d of diags) {
    if (d.severity === 'error') errors++;
    else warnings++;
    files.add(d.file);
  }
  return { errors, warnings, files: files.size };
}
