// What a register bundle holds (docs/export.md "Bundle"), worked out from the register read once into
// memory (load/bundle.ts snapshotSource), the loaded dataset and validate's diagnostics: the register's
// own files as they are, records.json (every record file: kind, id, file, line, its error and warning
// counts, and its normalised value when the loader could read it) and the manifest's fields. The archive
// itself (checksums, tar, gzip) is written by render/export/bundle.ts.

import { CONFIG_FILE } from '../load/config.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, memberNameProblem, ustarName, type BundleManifest, type LeftOut, type Snapshot } from '../load/bundle.js';
import { privateFields } from '../model/fields.js';
import { filesWithErrors } from '../check/index.js';
import { countOf } from '../model/diagnostics.js';
import type { AnyRecord, Dataset, Diagnostic, Kind } from '../model/types.js';

/** One record file in records.json. */
export interface BundleRecord {
  kind: Kind;
  id: string;
  file: string;
  /** The line the record starts on (after comments and a document marker); null when the file could not be read. */
  line: number | null;
  /** validate's errors and warnings in this file (its own and across records). */
  errors: number;
  warnings: number;
  /** The record as the loader normalised it; absent when the file has errors of its own (its raw file is in the bundle). */
  data?: unknown;
}

/** The commit the bundle was made from: HEAD (or the revision --at read), its time, and whether the record files differ from it. */
export interface BundleHead {
  commit: string;
  /** Committer time, seconds since 1970: the archive's file times. */
  time: number;
  dirty: boolean;
  /** The register's folder in its repository ('' at the top). */
  folder: string;
  recordedAsOf?: string;
}

export interface BundleInput {
  snapshot: Snapshot;
  dataset: Dataset;
  /** Every diagnostic validate reports (the loader's and the cross-record checks'). */
  diagnostics: readonly Diagnostic[];
  /** A file's text as the loader gives it (no byte-order mark). */
  text: (file: string) => string | undefined;
  head?: BundleHead;
  version: string;
  schemaHash: string;
  registerFormat: number;
  asOf: string;
}

/** A bundle's parts before the archive: its files (path and bytes), the manifest without its member list, and the file time. */
export interface BundleParts {
  files: Array<{ path: string; bytes: Uint8Array }>;
  manifest: Omit<BundleManifest, 'members'>;
  /** Seconds since 1970: the commit's time, 0 outside git. */
  mtime: number;
}

/** The first line of a record's YAML that is not blank, a comment, a directive or a document marker. */
export function recordLine(text: string): number {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = (lines[i] as string).trim();
    if (l === '' || l.startsWith('#') || l.startsWith('%') || l === '---' || l.startsWith('--- #')) continue;
    return i + 1;
  }
  return 1;
}

const KIND_KEY = { partner: 'partners', agreement: 'agreements', activity: 'activities' } as const;

/** The record of a file, when the loader read it (the first file of an id; a duplicate's is not). */
function recordOf(dataset: Dataset, kind: Kind, id: string, file: string): AnyRecord | undefined {
  const r = (dataset[KIND_KEY[kind]] as ReadonlyMap<string, AnyRecord>).get(id);
  return r && r.file === file ? r : undefined;
}

/** The record files whose text holds a private field (partner contacts): a bundle carries them as they are. */
export function filesWithPrivateData(input: Pick<BundleInput, 'snapshot' | 'dataset' | 'text'>): string[] {
  const out: string[] = [];
  for (const { found } of input.snapshot.files) {
    if (found.problem || !found.kind) continue;
    const names = privateFields(found.kind);
    if (names.length === 0) continue;
    const id = idOf(found.rel);
    const rec = recordOf(input.dataset, found.kind, id, found.rel);
    if (rec) {
      if (names.some((k) => (rec.data as unknown as Record<string, unknown>)[k] !== undefined)) out.push(found.rel);
      continue;
    }
    // A file with errors: its text, read carefully (a key of that name anywhere counts).
    const text = input.text(found.rel) ?? '';
    if (names.some((k) => new RegExp(`(^|[\\s{,"'])${k}["']?\\s*:`, 'm').test(text))) out.push(found.rel);
  }
  return out;
}

const idOf = (rel: string): string => (rel.split('/').pop() as string).replace(/\.ya?ml$/i, '');

export function bundleParts(input: BundleInput): BundleParts {
  const { snapshot, dataset, diagnostics, head } = input;
  const perFile = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    let c = perFile.get(d.file);
    if (!c) perFile.set(d.file, (c = { errors: 0, warnings: 0 }));
    if (d.severity === 'error') c.errors++;
    else c.warnings++;
  }
  const files: Array<{ path: string; bytes: Uint8Array }> = [];
  if (snapshot.config instanceof Uint8Array) files.push({ path: CONFIG_FILE, bytes: snapshot.config });
  const leftOut: LeftOut[] = [];
  const records: BundleRecord[] = [];
  const counts = { partner: 0, agreement: 0, activity: 0, misplaced: 0 };
  for (const { found, bytes } of snapshot.files) {
    if (found.problem) {
      leftOut.push({ path: found.rel, stage: 'list', diagnostics: [found.problem] });
      continue;
    }
    if (bytes instanceof Uint8Array) {
      // A name no bundle can carry (a control character, a backslash, longer than a tar header holds): said, not packed.
      if (memberNameProblem(found.rel) === undefined && ustarName(found.rel)) files.push({ path: found.rel, bytes });
      else leftOut.push({ path: found.rel, stage: 'read', diagnostics: [{ code: 'file-unreadable', severity: 'error', file: found.rel, params: { reason: 'bundle-name' } }] });
    } else if (bytes) leftOut.push({ path: found.rel, stage: 'read', diagnostics: bytes });
    if (!found.kind) {
      counts.misplaced++;
      continue;
    }
    counts[found.kind]++;
    const id = idOf(found.rel);
    const text = bytes instanceof Uint8Array ? input.text(found.rel) : undefined;
    const rec = recordOf(dataset, found.kind, id, found.rel);
    const c = perFile.get(found.rel) ?? { errors: 0, warnings: 0 };
    records.push({ kind: found.kind, id, file: found.rel, line: text === undefined ? null : recordLine(text), errors: c.errors, warnings: c.warnings, ...(rec ? { data: rec.data } : {}) });
  }
  const recordsJson = `{"format":"${BUNDLE_FORMAT}-records","format_version":${BUNDLE_VERSION},"records":[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  files.push({ path: 'records.json', bytes: Buffer.from(recordsJson, 'utf8') });
  const owner = dataset.config.owner;
  const ownerRecord = owner !== undefined ? dataset.partners.get(owner) : undefined;
  const total = countOf(diagnostics);
  const manifest: Omit<BundleManifest, 'members'> = {
    format: BUNDLE_FORMAT,
    format_version: BUNDLE_VERSION,
    register: {
      name: dataset.config.name,
      owner: owner ?? null,
      owner_name: ownerRecord?.data.name ?? null,
      owner_ids: Object.fromEntries(Object.entries(dataset.config.ownerIds).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    },
    source: {
      commit: head?.commit ?? null,
      commit_time: head ? new Date(head.time * 1000).toISOString() : null,
      uncommitted_changes: head ? head.dirty : null,
      folder: head ? head.folder : null,
      ...(head?.recordedAsOf ? { recorded_as_of: head.recordedAsOf } : {}),
    },
    tool: { name: 'kerjasama', version: input.version },
    schema: { register_format: input.registerFormat, hash: input.schemaHash },
    counts,
    validation: { as_of: input.asOf, errors: total.errors, warnings: total.warnings, files_with_errors: filesWithErrors(diagnostics).size },
    left_out: leftOut,
  };
  return { files, manifest, mtime: head?.time ?? 0 };
}
