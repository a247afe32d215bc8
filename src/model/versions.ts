// Versions of the register format. kerjasama.yaml says which version its files are written in
// (schema_version; without it, 1). This kerjasama reads the current version, and any older one for which
// it has the steps up to the current: each step is a small function from one version to the next, giving
// the edits (scaffold/edit.ts) that change a file of the older form into the newer. The same edits
// upgrade a record in memory when an older register is read (the loader, with one warning naming
// `kerjasama migrate`) and upgrade its files in place, comments kept, when `kerjasama migrate --write`
// runs: the two cannot disagree. A register newer than this kerjasama is refused with the version it
// needs. docs/migrating.md lists every step, what it changes and why.
//
// A step must leave a file already in the newer form as it is (a new record written by this kerjasama
// into an older register is read through the same steps).

import { applyInPlace, type Edit } from './edits.js';
import type { Words } from './fields.words.js';
import type { Kind } from './types.js';

/** The newest register format this kerjasama reads and writes. */
export const CURRENT_VERSION = 1;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What the step changes and why, for docs/migrating.md and `kerjasama migrate`. */
  readonly what: Words;
  /** The edits to kerjasama.yaml's value (its schema_version is set by the migration itself). */
  readonly config?: (value: unknown) => Edit[];
  /** The edits to one record's value. */
  readonly record?: (kind: Kind, value: unknown) => Edit[];
}

/** Every step, oldest first. None yet: version 1 is the first format that declares itself. */
export const MIGRATIONS: readonly Migration[] = [];

/** The version a kerjasama.yaml value declares: schema_version, or 1 without it; undefined when it is not a whole number from 1 (the schema says so). */
export function versionOf(config: unknown): number | undefined {
  const v = config !== null && typeof config === 'object' && !Array.isArray(config) ? (config as { schema_version?: unknown }).schema_version : undefined;
  if (v === undefined) return 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined;
}

/** The steps from `version` to `current`, in order; undefined when a step is missing (a version this kerjasama cannot read). */
export function stepsFrom(version: number, migrations: readonly Migration[] = MIGRATIONS, current: number = CURRENT_VERSION): Migration[] | undefined {
  const out: Migration[] = [];
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v && m.to === v + 1);
    if (!step) return undefined;
    out.push(step);
  }
  return out;
}

/** The edits of one step to kerjasama.yaml's value: the step's own, then the new version. */
export function configEdits(step: Migration, value: unknown): Edit[] {
  return [...(step.config?.(value) ?? []), { op: 'set', path: ['schema_version'], value: step.to }];
}

/** A record's or kerjasama.yaml's value upgraded in place through the steps (what the loader reads). */
export function upgradeValue(kind: Kind | 'config', value: unknown, steps: readonly Migration[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const step of steps) {
    const edits = kind === 'config' ? configEdits(step, value) : step.record?.(kind, value) ?? [];
    for (const e of edits) applyInPlace(value, e);
  }
}
