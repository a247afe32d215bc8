// kerjasama migrate --check | --dry-run | --write: the register's files from the format version its
// kerjasama.yaml declares to the current one, through each step of versions.ts, comments and layout kept
// (edit.ts). --check says whether files need it (exit 1) or not (exit 0); --dry-run shows the change (in
// kerjasama diff's words, and each file's lines); --write writes every file or none (change.ts). The
// register read upgraded in memory and the files written give the same records: the change shows no
// record changed.

import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_FILE } from '../load/config.js';
import { listRecordFiles } from '../load/load.js';
import { readBytes } from '../load/read.js';
import { CONFIG_FIELDS } from '../model/fields.js';
import type { Kind } from '../model/types.js';
import { configEdits, CURRENT_VERSION, stepsFrom, versionOf, type Migration } from '../model/versions.js';
import { applyValue, EditError, editYaml, type Edit } from '../scaffold/edit.js';
import { applyChanges, openForChange, type ChangeContext, type ChangeOptions } from './change.js';
import type { FileChange } from './common.js';
import { UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { keyOrderOf } from './set.js';

export interface MigrateOptions extends ChangeOptions {
  check?: boolean;
  write?: boolean;
}

/** One file through the steps: its text with each step's edits made, comments and layout kept. */
export function migrateText(text: string, kind: Kind | 'config', steps: readonly Migration[]): string {
  let out = text;
  let value: unknown = parse(text.replace(/^\uFEFF/, '')) ?? {};
  const keyOrder = kind === 'config' ? (p: readonly (string | number)[]) => (p.length === 0 ? Object.keys(CONFIG_FIELDS) : undefined) : keyOrderOf(kind);
  for (const step of steps) {
    const edits: Edit[] = kind === 'config' ? configEdits(step, value) : step.record?.(kind, value) ?? [];
    if (!edits.length) continue;
    out = editYaml(out, edits, { keyOrder });
    for (const e of edits) value = applyValue(value, e);
  }
  return out;
}

function textOf(ctx: ChangeContext, rel: string): string | undefined {
  const bytes = readBytes(join(ctx.root, ...rel.split('/')), rel);
  try {
    return bytes instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) : undefined;
  } catch {
    return undefined;
  }
}

export async function migrateCommand(io: IO, opts: MigrateOptions): Promise<number> {
  const modes = [opts.check && '--check', opts.dryRun && '--dry-run', opts.write && '--write'].filter(Boolean);
  if (modes.length > 1) throw new UsageError(say('migrate.oneMode', { modes: modes.join(', ') }));
  const mode = opts.check ? 'check' : opts.write ? 'write' : 'dry-run';
  const ctx = openForChange(io, { ...opts, dryRun: mode !== 'write' }, { quietUpgrade: true });
  const lang = ctx.lang;
  const configText = textOf(ctx, CONFIG_FILE) ?? '';
  const version = versionOf(parse(configText.replace(/^\uFEFF/, '')));
  const steps = version === undefined ? undefined : stepsFrom(version);
  if (version === undefined || !steps) throw new UsageError(say('configHasErrors', { config: CONFIG_FILE }));
  if (steps.length === 0) {
    io.stderr(`kerjasama: ${t(lang, 'migrate.current', { version: version, current: CURRENT_VERSION })}\n`);
    return 0;
  }

  // Every file through the steps; one that is not readable YAML stops the migration (all or nothing).
  const changes: FileChange[] = [];
  const broken: string[] = [];
  const migrate = (rel: string, kind: Kind | 'config'): void => {
    const text = textOf(ctx, rel);
    if (text === undefined) {
      broken.push(rel);
      return;
    }
    try {
      const next = migrateText(text, kind, steps);
      if (next !== text) changes.push({ rel, text: next, before: text });
    } catch (err) {
      if (err instanceof EditError || err instanceof Error) broken.push(rel);
      else throw err;
    }
  };
  migrate(CONFIG_FILE, 'config');
  for (const f of listRecordFiles(ctx.root)) if (f.kind && !f.problem) migrate(f.rel, f.kind);
  if (broken.length) {
    io.stderr(`kerjasama: ${t(lang, 'migrate.broken', { files: broken.map(ctx.shown).join(', ') })}\n`);
    return 1;
  }
  const what = steps.map((s) => `  ${s.from} → ${s.to}: ${s.what[lang]}`).join('\n');
  if (mode === 'check') {
    io.stdout(`${t(lang, 'migrate.needed', { from: version, to: CURRENT_VERSION, n: changes.length })}\n${what}\n${changes.map((c) => `  ${ctx.shown(c.rel)}`).join('\n')}\n`);
    return 1;
  }
  io.stdout(`${t(lang, 'migrate.plan', { from: version, to: CURRENT_VERSION, n: changes.length })}\n${what}\n\n`);
  return applyChanges(io, { ...opts, dryRun: mode !== 'write', yes: mode === 'write' }, ctx, changes, [], { onlyNew: true });
}
