// The one writer of a website (kerjasama site, kerjasama aggregate site): the files are staged in a
// temporary folder beside the target and renamed into place, so no reader sees half a site; a non-empty
// folder that is not an earlier site (no SITE_MARKER) is never replaced without --force, and a register
// or a repository never.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONFIG_FILE } from '../load/config.js';
import { findRegister } from '../load/load.js';
import { safeRealpath } from '../load/read.js';
import { SITE_MARKER } from '../render/site/index.js';
import { inRegisterData, processAlive } from './common.js';
import { UsageError, type IO } from './io.js';
import { say } from './messages.js';

function fsError(path: string, err: unknown): UsageError {
  const e = err as NodeJS.ErrnoException;
  return new UsageError(say('siteCannotWrite', { path, reason: `${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' ').trim() }));
}

/**
 * Stages the files beside `out`, then renames the stage into place (replacing an earlier site). Ctrl-C
 * while staging removes the stage and leaves the earlier site as it was; the renames are synchronous,
 * and once they are done Ctrl-C waits for the earlier site's files to be removed. What a build killed
 * outright (SIGKILL) left beside `out` is cleared first (recoverSites).
 */
export async function writeSite(out: string, files: Iterable<[string, string]>, force: boolean, registerRoot: string, onInterrupt?: IO['onInterrupt']): Promise<number> {
  // Never among a register's records (data/ itself, a folder in it, through a link), whatever is there
  // already (an earlier site's marker included), with or without --force.
  const real = safeRealpath(out) ?? join(safeRealpath(dirname(out)) ?? dirname(out), basename(out));
  const above = findRegister(dirname(real));
  if (inRegisterData(real, registerRoot) || (above !== undefined && inRegisterData(real, above))) throw new UsageError(say('siteInRegister', { out }));
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(say('siteNotFolder', { out }));
    if (resolve(out) === resolve(registerRoot) || resolve(registerRoot).startsWith(resolve(out) + '/') || holdsRegister(out)) {
      throw new UsageError(say('siteHoldsRegister', { out }));
    }
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(SITE_MARKER) && !force) {
      throw new UsageError(say('siteNotEmpty', { out }));
    }
  }
  const parent = dirname(out);
  let stage: string;
  let count: number;
  let interrupted = false;
  const release = onInterrupt?.(() => {
    interrupted = true;
  });
  try {
    try {
      mkdirSync(parent, { recursive: true });
      recoverSites(out);
      stage = mkdtempSync(join(parent, `${stagePrefix(out)}${process.pid}-`));
    } catch (err) {
      throw fsError(parent, err);
    }
    try {
      count = await writeAll(stage, files, () => interrupted);
    } catch (err) {
      rmSync(stage, { recursive: true, force: true });
      // A file-system error names the path; anything else (a bug while drawing a page) stays what it is.
      throw err instanceof UsageError || !(err as NodeJS.ErrnoException).code ? err : fsError(stage, err);
    }
    return await placeSite(out, stage, count);
  } finally {
    release?.();
  }
}

/** The name every staging folder of a site built at `out` starts with (the builder's pid follows). */
const stagePrefix = (out: string): string => `.${basename(out)}.staging-`;

/**
 * What a build killed outright left beside `out`: a staging folder (removed), and, killed between its
 * two renames, the earlier site under its hidden name with `out` missing (put back first). Folders of
 * builds still running are left alone.
 */
export function recoverSites(out: string): void {
  const parent = dirname(out);
  const prefix = stagePrefix(out);
  let names: string[];
  try {
    names = readdirSync(parent).filter((n) => n.startsWith(prefix) && !processAlive(Number(n.slice(prefix.length).split('-')[0])));
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.endsWith('.old'))) {
    if (!existsSync(out)) renameSync(join(parent, name), out);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
  for (const name of names.filter((n) => !n.endsWith('.old'))) rmSync(join(parent, name), { recursive: true, force: true });
}

/** The stage renamed into place; the earlier site, renamed aside, removed. */
async function placeSite(out: string, stage: string, count: number): Promise<number> {
  const old = `${stage}.old`;
  try {
    if (existsSync(out)) {
      renameSync(out, old);
      try {
        renameSync(stage, out);
      } catch (err) {
        renameSync(old, out);
        throw err;
      }
    } else renameSync(stage, out);
  } catch (err) {
    rmSync(stage, { recursive: true, force: true });
    throw fsError(out, err);
  }
  // The earlier site is out of sight already; removing its files is the slow part of a rebuild (a Ctrl-C
  // now waits for it: the new site is in place).
  await rm(old, { recursive: true, force: true, maxRetries: 2 });
  return count;
}

/** Whether a folder holds a register or a repository anywhere below it (kerjasama.yaml, .git): never replaced. */
function holdsRegister(dir: string): boolean {
  const todo = [dir];
  for (let d = todo.pop(); d !== undefined; d = todo.pop()) {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name === CONFIG_FILE || e.name === '.git') return true;
      if (e.isDirectory()) todo.push(join(d, e.name));
    }
  }
  return false;
}

/**
 * The writer thread: plain script text (it runs the same from dist/ and from the sources under test).
 * It writes each batch of [path, bytes] it is sent, in order, and answers with the count written, or with
 * the first path it could not write and why (then it writes nothing more).
 * not prose: JavaScript, run in a worker thread.
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
let failed = false;
parentPort.on('message', (batch) => {
  if (failed) return;
  for (const [path, bytes] of batch) {
    try {
      writeFileSync(path, bytes);
    } catch (err) {
      failed = true;
      parentPort.postMessage({ path, code: err && err.code, message: String(err && err.message) });
      return;
    }
  }
  parentPort.postMessage(batch.length);
});
`;

/** Files go to the writer in batches of this many; at most IN_FLIGHT batches are drawn and not yet written. */
const BATCH = 64;
const IN_FLIGHT = 4;

/**
 * Writes the files into `stage` from a second thread, while this one draws the next pages: a site of
 * 100,000 records is 200,000 files, and opening, writing and closing each costs the main thread more
 * as promises than the page costs to draw. Folders are made here, in order, before their files are sent.
 */
async function writeAll(stage: string, files: Iterable<[string, string]>, interrupted: () => boolean = () => false): Promise<number> {
  // The writer holds only paths and the bytes moved to it (outside its heap): a small heap of its own.
  const worker = new Worker(WRITER, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 64 } });
  let count = 0;
  let pending = 0;
  let failed: { path: string; err: unknown } | undefined;
  let wake: (() => void) | undefined;
  const settle = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: number | { path: string; code?: string; message: string }) => {
    pending--;
    if (typeof m !== 'number') failed ??= { path: m.path, err: Object.assign(new Error(m.message), m.code ? { code: m.code } : {}) };
    settle();
  });
  worker.on('error', (err) => {
    failed ??= { path: stage, err };
    settle();
  });
  worker.on('exit', () => {
    failed ??= { path: stage, err: Object.assign(new Error('the writer stopped'), { code: 'EIO' }) };
    pending = 0;
    settle();
  });
  const until = async (ok: () => boolean): Promise<void> => {
    while (!ok() && !failed) await new Promise<void>((r) => (wake = r));
  };
  try {
    const made = new Set<string>();
    // Each file goes as its UTF-8 bytes, moved (not copied) to the writer: its text is never held twice.
    const utf8 = new TextEncoder();
    let batch: Array<[string, Uint8Array]> = [];
    const send = async (): Promise<void> => {
      if (batch.length === 0) return;
      worker.postMessage(batch, batch.map(([, bytes]) => bytes.buffer as ArrayBuffer));
      pending++;
      batch = [];
      await until(() => pending < IN_FLIGHT);
      // A turn of the event loop per batch, whether or not the writer kept up: a Ctrl-C gets in.
      await new Promise((r) => setImmediate(r));
    };
    for (const [rel, text] of files) {
      const abs = join(stage, rel);
      const dir = dirname(abs);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      batch.push([abs, utf8.encode(text)]);
      count++;
      if (batch.length >= BATCH) await send();
      if (failed) break;
      if (interrupted()) throw new UsageError(say('siteCancelled'), 2, '\nkerjasama: ');
    }
    if (interrupted()) throw new UsageError(say('siteCancelled'), 2, '\nkerjasama: ');
    if (!failed) await send();
    await until(() => pending === 0);
    if (failed) throw fsError(failed.path, failed.err);
    if (interrupted()) throw new UsageError(say('siteCancelled'), 2, '\nkerjasama: ');
    return count;
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
