// kerjasama validate: load → check → render, and the exit code.

import { relative, resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { runChecks } from '../check/index.js';
import { countOf, finalise } from '../model/diagnostics.js';
import { diagnosticsAsJson } from '../render/diagnosticsJson.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { chooseStyle, emit, loadOrExplain, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';

export interface ValidateOptions extends GlobalOptions {
  format?: string;
  maxWarnings?: string;
  strict?: boolean;
  quiet?: boolean;
  output?: string;
  force?: boolean;
}

export const DIAGNOSTIC_FORMATS = ['stylish', 'json'] as const;

export function validateCommand(io: IO, paths: string[], opts: ValidateOptions): number {
  const format = opts.format ?? 'stylish';
  if (!(DIAGNOSTIC_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`kerjasama: --format must be one of ${DIAGNOSTIC_FORMATS.join(', ')}, not ${format}`);
  }
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`kerjasama: --max-warnings takes a whole number, not ${opts.maxWarnings}`);
  }
  const { loaded, lang, asOf, asOfText } = loadOrExplain(io, opts);
  const checks = runChecks(loaded.dataset, asOf).map(loaded.locate);
  let diags = finalise([...loaded.diagnostics, ...checks]);

  if (paths.length) {
    const wanted = paths.map((p) => {
      const abs = resolve(io.cwd, p);
      if (!existsSync(abs)) throw new UsageError(`kerjasama: ${p} does not exist`);
      const rel = relative(loaded.root, abs).split(sep).join('/');
      if (rel.startsWith('..')) throw new UsageError(`kerjasama: ${p} is outside the register at ${loaded.root}`);
      return rel;
    });
    diags = diags.filter((d) => wanted.some((w) => w === '' || d.file === w || d.file.startsWith(w + '/')));
  }
  if (opts.quiet) diags = diags.filter((d) => d.severity === 'error');

  const text =
    format === 'json'
      ? diagnosticsAsJson(diags, { register: loaded.config.name, asOf: asOfText, fileCount: loaded.dataset.fileCount, lang })
      : diagnosticsAsStylish(diags, { lang, style: opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), source: loaded.source, fileCount: loaded.dataset.fileCount });
  emit(io, text, opts.output, opts.force);

  const c = countOf(diags);
  if (c.errors > 0) return 1;
  if (opts.strict && c.warnings > 0) return 1;
  if (maxWarnings !== undefined && c.warnings > maxWarnings) {
    io.stderr(`kerjasama: ${c.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
