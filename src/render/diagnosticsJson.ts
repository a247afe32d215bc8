// The JSON format for diagnostics: a documented, stable shape (docs/ci.md, "JSON").

import { countOf, messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';

/** `counts`: what was found, when the list holds less (validate --quiet lists errors only). */
/** `commit`: the register's commit (+changes when the working tree differs), as reports stamp it; `recordedAsOf` with --recorded-as-of. */
/** `outside`: with paths or --changed-since, what was found in the files not reported on. */
export interface DiagnosticsJsonMeta { register: string; asOf: string; commit?: string; recordedAsOf?: string; fileCount: number; lang: Lang; counts?: { errors: number; warnings: number }; outside?: { errors: number; warnings: number } }

export function diagnosticsAsJson(diags: readonly Diagnostic[], meta: DiagnosticsJsonMeta): string {
  const c = meta.counts ?? countOf(diags);
  const value = {
    version: 1,
    register: meta.register,
    asOf: meta.asOf,
    ...(meta.commit !== undefined ? { commit: meta.commit } : {}),
    ...(meta.recordedAsOf !== undefined ? { recordedAsOf: meta.recordedAsOf } : {}),
    summary: { files: meta.fileCount, errors: c.errors, warnings: c.warnings, ...(meta.outside ? { outside: meta.outside } : {}) },
    diagnostics: diags.map((d) => {
      const { message, hint } = messageOf(d, meta.lang);
      return {
        code: d.code,
        severity: d.severity,
        file: d.file,
        line: d.line ?? null,
        column: d.column ?? null,
        endLine: d.endLine ?? null,
        endColumn: d.endColumn ?? null,
        pointer: d.pointer ?? null,
        message,
        hint,
      };
    }),
  };
  return JSON.stringify(value, null, 2) + '\n';
}
