// Options shared by commands: finding the register, the language, the as-of date, colour and output.

import { writeFileSync, renameSync, existsSync, linkSync, rmSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../load/config.js';
import { findRegister, loadRegister, type Loaded, type RegisterSource } from '../load/load.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { makeStyle, type Style } from '../render/style.js';
import { iso, parseDate, todayIn } from '../model/dates.js';
import { finalise } from '../model/diagnostics.js';
import type { Lang } from '../model/types.js';
import { UsageError, type IO } from './io.js';
import { VERSION } from './version.js';

export interface GlobalOptions {
  register?: string;
  lang?: string;
  asOf?: string;
  color?: boolean;
  /** false with --no-cache: neither read nor write .kerjasama-cache/. */
  cache?: boolean;
}

export function resolveRoot(io: IO, opts: GlobalOptions): string {
  if (opts.register !== undefined) {
    const dir = resolve(io.cwd, opts.register);
    if (!existsSync(join(dir, CONFIG_FILE))) throw new UsageError(`kerjasama: no ${CONFIG_FILE} in ${dir}; --register must name a register's root folder (kerjasama init creates one)`);
    return dir;
  }
  const found = findRegister(io.cwd);
  if (!found) throw new UsageError(`kerjasama: no register found: no ${CONFIG_FILE} in ${io.cwd} or any folder above it (use --register DIR, or kerjasama init)`);
  return found;
}

/** --lang, else the register's language, else the environment (LANG, LC_ALL, LC_MESSAGES), else English. */
export function chooseLang(io: IO, opts: GlobalOptions, configLang?: Lang): Lang {
  if (opts.lang !== undefined) {
    if (opts.lang !== 'en' && opts.lang !== 'id') throw new UsageError(`kerjasama: --lang must be en or id, not ${opts.lang}`);
    return opts.lang;
  }
  if (configLang) return configLang;
  const env = io.env['LC_ALL'] || io.env['LC_MESSAGES'] || io.env['LANG'] || '';
  return /^id([_.-]|$)/i.test(env) ? 'id' : 'en';
}

export function chooseAsOf(io: IO, opts: GlobalOptions, timezone: string): number {
  if (opts.asOf !== undefined) {
    const d = parseDate(opts.asOf);
    if (!d || d.precision !== 'day') throw new UsageError(`kerjasama: --as-of must be a date like 2026-11-22, not ${opts.asOf}`);
    return d.first;
  }
  return todayIn(timezone, io.now());
}

/** Colour only on a terminal, unless --color/--no-color or NO_COLOR/FORCE_COLOR say otherwise. */
export function chooseStyle(io: IO, opts: GlobalOptions, stream: 'stdout' | 'stderr' = 'stdout'): Style {
  if (opts.color === false) return makeStyle(false);
  if (opts.color === true) return makeStyle(true);
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return makeStyle(false);
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return makeStyle(true);
  return makeStyle(stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY);
}

/** Loads the register; a broken kerjasama.yaml stops the command with exit code 2. */
export function loadOrExplain(io: IO, opts: GlobalOptions, source?: RegisterSource): { loaded: Loaded; lang: Lang; asOf: number; asOfText: string } {
  const root = source?.root ?? resolveRoot(io, opts);
  const progress = progressLine(io);
  const loaded = loadRegister(root, { ...(opts.cache === false ? {} : { cache: { version: VERSION } }), progress: progress.update, ...(source ? { source } : {}) });
  progress.end();
  const lang = chooseLang(io, opts, loaded.config.language);
  if (!loaded.configOk) {
    const cfgDiags = finalise(loaded.diagnostics.filter((d) => d.file === CONFIG_FILE));
    io.stderr(diagnosticsAsStylish(cfgDiags, { lang, style: chooseStyle(io, opts, 'stderr'), source: loaded.source, fileCount: 0 }));
    throw new UsageError(`kerjasama: ${CONFIG_FILE} has errors; fix them first`);
  }
  const asOf = chooseAsOf(io, opts, loaded.config.timezone);
  return { loaded, lang, asOf, asOfText: iso(asOf) };
}

/**
 * A progress line on stderr for long loads, only on a terminal: the count and the elapsed time, shown
 * after the first second and rewritten in place; erased when loading ends. Nothing when not a terminal.
 */
export function progressLine(io: IO): { update: (done: number, total: number) => void; end: () => void } {
  if (!io.stderrIsTTY) return { update: () => undefined, end: () => undefined };
  const start = io.now().getTime();
  let shown = false;
  let lastShown = 0;
  return {
    update: (done, total) => {
      if (done % 250 !== 0 && done !== total) return;
      const now = io.now().getTime();
      if (now - start < 1000 || (now - lastShown < 100 && done !== total)) return;
      lastShown = now;
      shown = true;
      io.stderr(`\rkerjasama: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} record files read · ${((now - start) / 1000).toFixed(1)} s`);
    },
    end: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

/** Writes output to stdout, or atomically to --output FILE (refusing to overwrite without --force). */
export function emit(io: IO, text: string, output: string | undefined, force = false): void {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, output);
  if (existsSync(path) && !force) throw new UsageError(`kerjasama: ${output} exists; add --force to overwrite it`);
  writeFileAtomic(path, text);
}

function tempBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Replaces a file atomically: a temporary file in the same folder, then a rename, so no reader sees half a file. */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const tmp = tempBeside(path);
  writeFileSync(tmp, text, { flag: 'wx' });
  try {
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Creates a new file atomically and never overwrites: the temporary file is hard-linked to the name, which
 * fails if the name exists, even when another process creates it meanwhile. Where the file system has no
 * hard links, a check and a rename stand in. `shown` is the path as messages name it.
 */
export function writeNewFile(path: string, text: string, shown = path): void {
  const tmp = tempBeside(path);
  writeFileSync(tmp, text, { flag: 'wx' });
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`kerjasama: ${shown} exists; not overwriting it`);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
    if (existsSync(path)) throw new UsageError(`kerjasama: ${shown} exists; not overwriting it`);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
