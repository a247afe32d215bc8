// The register's history in its own terms: a record's life as domain events (created, renamed, status
// changed, dates changed, signed, approval recorded …), who last set each field (blame), and an auditor's
// rows of every field changed over a range of commits, with the flags an auditor must see. Pure: the
// commits and the record versions they hold come in (src/load/history.ts reads them from git and says
// what they are), values
// go out. Field-level changes come from the diff machinery (report/diff.ts), so `kerjasama diff`, `log`
// and `audit` say a change the same way.

import { fieldChanges, recognisedRenames, valueChanges, type FieldChange, type RenameCandidate } from './diff.js';
import { idOfPath, type HistoryCommit, type HistoryStep, type RecordState, type RecordStep, type StepChange } from '../load/history.js';
import type { Kind } from '../model/types.js';
import { pushAll } from '../model/lists.js';

export { idOfPath };
export type { HistoryCommit, HistoryStep, RecordState, RecordStep, StepChange };

/**
 * Pairs the records a commit removed and added (of one kind) that git did not pair, as the diff machinery
 * recognises renames: by equal fields. Changes already paired, and the configuration, stay as they are.
 */
export function withRecognisedRenames(changes: readonly StepChange[]): StepChange[] {
  const removed = changes.filter((c) => c.status === 'D' && c.kind !== 'config' && c.before?.value);
  const added = changes.filter((c) => c.status === 'A' && c.kind !== 'config' && c.after?.value);
  if (removed.length === 0 || added.length === 0) return [...changes];
  const cand = (c: StepChange, state: RecordState | undefined): RenameCandidate => ({ kind: c.kind as Kind, id: idOfPath(c.path), file: c.path, value: state?.value as Record<string, unknown> });
  const pairs = recognisedRenames(removed.map((c) => cand(c, c.before)), added.map((c) => cand(c, c.after)));
  if (pairs.length === 0) return [...changes];
  const gone = new Set<StepChange>();
  const renamed = new Map<StepChange, StepChange>();
  for (const p of pairs) {
    const a = added[p.added] as StepChange;
    const r = removed[p.removed] as StepChange;
    gone.add(r);
    renamed.set(a, { kind: a.kind, status: 'R', path: a.path, from: r.path, how: 'fields', similarity: p.similarity, ...(r.before ? { before: r.before } : {}), ...(a.after ? { after: a.after } : {}) });
  }
  return changes.filter((c) => !gone.has(c)).map((c) => renamed.get(c) ?? c);
}

// ---- a record's life -------------------------------------------------------------------------------

export type HistoryEventType =
  | 'created' | 'renamed' | 'status' | 'dates' | 'signed' | 'approval' | 'sectors' | 'renewed-by' | 'followed-by' | 'activity-added' | 'agreement-added'
  | 'field' | 'removed' | 'restored' | 'invalid' | 'valid';

export interface HistoryEvent {
  type: HistoryEventType;
  commit: HistoryCommit;
  kind: Kind;
  /** The record's id at that commit. */
  id: string;
  /** The field the event is about (dates, field, approval, sectors, status, signed). */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** The diff machinery's own account of the change, for its phrasing. */
  change?: FieldChange;
  /** renamed: the id before, how the rename was recognised and how alike the two versions were (0–1). */
  from?: string;
  how?: 'git' | 'fields';
  similarity?: number;
  /** signed: the party and the date of its signature. */
  party?: string;
  date?: string;
  /** approval: which one, and what was recorded. */
  approval?: string;
  number?: string;
  /** sectors. */
  added?: string[];
  removed?: string[];
  /** renewed-by, followed-by, activity-added: the other record. */
  other?: string;
  /** invalid: how many problems the file has of its own. */
  problems?: number;
}


const DATE_FIELDS = new Set(['end', 'effective', 'planned_signing', 'termination.date', 'termination']);
const APPROVALS = ['dprd', 'central', 'full_powers'] as const;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const json = (v: unknown): string => JSON.stringify(v) ?? 'undefined';

function signatureDates(v: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const sigs = v?.['signatures'];
  if (Array.isArray(sigs)) for (const s of sigs) if (isObj(s) && typeof s['party'] === 'string' && typeof s['date'] === 'string' && !out.has(s['party'])) out.set(s['party'], s['date']);
  return out;
}

/** The value at a field path of walk()'s form (a.b, a[2].c); undefined when absent. */
export function valueAt(v: unknown, path: string): unknown {
  let cur: unknown = v;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (part.startsWith('[')) cur = Array.isArray(cur) ? cur[Number(part.slice(1, -1))] : undefined;
    else cur = isObj(cur) ? cur[part] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

const fieldOf = (f: FieldChange): string => (f.type === 'end' ? 'end' : f.type === 'status' ? 'status' : f.type === 'name' ? 'name' : f.field);
const topOf = (field: string): string => field.split(/[.[]/)[0] ?? field;

/**
 * The diff machinery's changes with every object set or removed whole (termination: {date, reason}, a
 * list of signatures) said field by field, as walk() names fields: termination.date, signatures[0].party.
 */
export function leafChanges(changes: readonly FieldChange[]): FieldChange[] {
  const out: FieldChange[] = [];
  const structured = (v: unknown): boolean => isObj(v) || (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object'));
  for (const f of changes) {
    if (f.type !== 'value' || !(structured(f.before) || structured(f.after))) {
      out.push(f);
      continue;
    }
    const b = new Map(f.before === null || f.before === undefined ? [] : leafFields(f.before, f.field));
    const a = new Map(f.after === null || f.after === undefined ? [] : leafFields(f.after, f.field));
    for (const k of [...new Set([...a.keys(), ...b.keys()])]) {
      if (json(b.get(k)) !== json(a.get(k))) out.push({ type: 'value', field: k, before: b.get(k) ?? null, after: a.get(k) ?? null });
    }
  }
  return out;
}

/** Field changes between two versions of a record: the diff machinery's, grouped into domain events. */
export function changeEvents(kind: Kind, before: Record<string, unknown>, after: Record<string, unknown>, valid: boolean): Array<Omit<HistoryEvent, 'commit' | 'kind' | 'id'>> {
  const changes = leafChanges(valid ? fieldChanges(kind, before, after) : valueChanges(before, after));
  const out: Array<Omit<HistoryEvent, 'commit' | 'kind' | 'id'>> = [];
  // Signatures: a party newly signed is "signed"; what else changed in a signature is a field change.
  const sb = signatureDates(before);
  const sa = signatureDates(after);
  // Only a party whose signature had no date before: a date corrected later is a change of date.
  const signed = [...sa].filter(([p]) => !sb.has(p));
  const signedParties = new Set(signed.map(([p]) => p));
  const explained = (field: string): boolean => {
    const m = /^signatures\[(\d+)\](?:\.(party|date))?$/.exec(field);
    if (!m) return false;
    const sig = valueAt(after, `signatures[${m[1]}]`);
    const was = valueAt(before, `signatures[${m[1]}]`);
    // The entry (or its party and date) is the new signature itself, not an edit of an earlier one.
    return isObj(sig) && signedParties.has(String(sig['party'])) && (m[2] === undefined || !isObj(was) || was['party'] !== sig['party'] || m[2] === 'date');
  };
  if (kind === 'agreement') for (const [party, date] of signed) out.push({ type: 'signed', field: 'signatures', party, date });
  // Approvals: a number or a date where there was neither is "approval recorded"; a correction is a field change.
  const approvalDone = new Set<string>();
  if (kind === 'agreement') {
    for (const which of APPROVALS) {
      const b = valueAt(before, `approvals.${which}`);
      const a = valueAt(after, `approvals.${which}`);
      if (json(a) === json(b) || !isObj(a)) continue;
      const num = typeof a['number'] === 'string' ? a['number'] : undefined;
      const date = typeof a['date'] === 'string' ? a['date'] : undefined;
      const bo = isObj(b) ? b : {};
      if ((num !== undefined || date !== undefined) && bo['number'] === undefined && bo['date'] === undefined) {
        out.push({ type: 'approval', field: `approvals.${which}`, approval: which, ...(num !== undefined ? { number: num } : {}), ...(date !== undefined ? { date } : {}) });
        approvalDone.add(which);
      }
    }
  }
  const approvalExplained = (field: string): boolean => {
    const m = /^approvals\.(dprd|central|full_powers)(\.|$)/.exec(field);
    return m !== null && approvalDone.has(m[1] as string);
  };
  for (const f of changes) {
    const field = fieldOf(f);
    if (explained(field) || approvalExplained(field)) continue;
    if (f.type === 'status') out.push({ type: 'status', field, before: f.before, after: f.after, change: f });
    else if (f.type === 'end') out.push({ type: 'dates', field, before: f.before, after: f.after, change: f });
    else if (kind !== 'partner' && field === 'sectors' && f.type === 'list') out.push({ type: 'sectors', field, added: f.added, removed: f.removed, change: f });
    else if (kind === 'agreement' && (DATE_FIELDS.has(field) || /^signatures\[\d+\]\.date$/.test(field)) && f.type === 'value') out.push({ type: 'dates', field, before: f.before, after: f.after, change: f });
    else out.push({ type: 'field', field, before: f.type === 'list' ? (valueAt(before, field) ?? null) : f.type === 'value' || f.type === 'name' ? f.before : undefined, after: f.type === 'list' ? (valueAt(after, field) ?? null) : f.type === 'value' || f.type === 'name' ? f.after : undefined, change: f });
  }
  return out;
}

/** The field paths an event is about, for --field. */
export function eventFields(e: HistoryEvent): string[] {
  return e.field !== undefined ? [e.field] : [];
}

/**
 * A record's life, oldest first, from the steps that touched its file (following renames, oldest first):
 * created, renamed, restored, removed, and the field changes of every step, as domain events.
 */
export function recordEvents(kind: Kind, steps: readonly RecordStep[]): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  let last: RecordState | undefined;
  let exists = false;
  let existed = false;
  for (const { commit, change } of steps) {
    const id = idOfPath(change.path);
    const base = { commit, kind, id };
    // Steps that begin after the record's creation (a range of commits): it existed before the first of them.
    if (!existed && (change.status === 'M' || change.status === 'D') && change.before) {
      exists = existed = true;
      last = change.before;
    }
    if (change.status === 'D') {
      if (exists) events.push({ ...base, type: 'removed' });
      exists = false;
      continue;
    }
    const after = change.after;
    let before = last;
    if (!exists) {
      if (!existed && change.status === 'R' && change.from) {
        const from = idOfPath(change.from);
        if (from !== id) events.push({ ...base, type: 'renamed', from, ...(change.how ? { how: change.how } : {}), ...(change.similarity !== undefined ? { similarity: change.similarity } : {}) });
        before = change.before;
      } else if (!existed) {
        events.push({ ...base, type: 'created' });
        before = undefined;
      } else events.push({ ...base, type: 'restored' });
      exists = existed = true;
    } else if (change.status === 'R' && change.from) {
      const from = idOfPath(change.from);
      if (from !== id) events.push({ ...base, type: 'renamed', from, ...(change.how ? { how: change.how } : {}), ...(change.similarity !== undefined ? { similarity: change.similarity } : {}) });
    }
    if (!after) continue;
    if (before?.value && after.value) {
      for (const e of changeEvents(kind, before.value, after.value, before.valid && after.valid)) events.push({ ...base, ...e });
    }
    if (!after.valid && (before === undefined || before.valid)) events.push({ ...base, type: 'invalid', problems: after.problems });
    else if (after.valid && before !== undefined && !before.valid) events.push({ ...base, type: 'valid' });
    last = after;
  }
  return events;
}

/** The relation another record's version has to `id`: it renews it, names it as parent, or is an activity under it. */
function relationTo(kind: Kind, targetKind: Kind, id: string, v: Record<string, unknown> | undefined): 'renewed-by' | 'followed-by' | 'activity-added' | 'agreement-added' | undefined {
  if (!v) return undefined;
  if (kind === 'agreement' && targetKind === 'agreement') {
    if (v['renews'] === id) return 'renewed-by';
    if (v['parent'] === id) return 'followed-by';
  }
  if (kind === 'agreement' && targetKind === 'partner' && Array.isArray(v['partners']) && v['partners'].includes(id)) return 'agreement-added';
  if (kind === 'activity') {
    if (targetKind === 'agreement' && Array.isArray(v['agreements']) && v['agreements'].includes(id)) return 'activity-added';
    if (targetKind === 'partner' && ((Array.isArray(v['partners']) && v['partners'].includes(id)) || v['owner'] === id)) return 'activity-added';
  }
  return undefined;
}

/**
 * Events of other records that now point at kind:id (--with-related): the commit where each first did so
 * (renewed by, followed by, an activity added, for a partner an agreement that names it). `others` holds each related record's steps, oldest first.
 */
export function relatedEvents(targetKind: Kind, id: string, others: ReadonlyArray<{ kind: Kind; steps: readonly RecordStep[] }>): HistoryEvent[] {
  const out: HistoryEvent[] = [];
  for (const o of others) {
    let was: string | undefined;
    for (const { commit, change } of o.steps) {
      const rel = change.status === 'D' ? undefined : relationTo(o.kind, targetKind, id, change.after?.value);
      if (rel && rel !== was) out.push({ type: rel, commit, kind: targetKind, id, other: idOfPath(change.path) });
      was = rel;
    }
  }
  return out;
}

/** Events newest commit first, each commit's own events kept in the order they came in. */
export function newestFirst(events: readonly HistoryEvent[]): HistoryEvent[] {
  const groups: HistoryEvent[][] = [];
  for (const e of events) {
    const last = groups.at(-1);
    if (last && last[0]?.commit.id === e.commit.id) last.push(e);
    else groups.push([e]);
  }
  return groups.reverse().flat();
}

/** Events in the order of their commits (committer time, then the order they came in). */
export function byCommitTime(events: readonly HistoryEvent[]): HistoryEvent[] {
  return events.map((e, i) => ({ e, i })).sort((a, b) => a.e.commit.committerTime - b.e.commit.committerTime || a.i - b.i).map((x) => x.e);
}

// ---- blame -----------------------------------------------------------------------------------------

/** A record's fields as walk() names them: objects by key (a.b), lists of plain values whole, lists of objects by index (a[0].b). */
export function leafFields(v: unknown, prefix = ''): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (prefix === '' && k === 'id') continue;
      pushAll(out, leafFields(x, prefix ? `${prefix}.${k}` : k));
    }
    if (Object.keys(v).length === 0 && prefix) out.push([prefix, v]);
  } else if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
    v.forEach((x, i) => pushAll(out, leafFields(x, `${prefix}[${i}]`)));
  } else out.push([prefix, v]);
  return out;
}

export interface BlameLine { field: string; value: unknown; commit: HistoryCommit | null }

/** For each field of the record's last version, the commit that last set it (following renames). */
export function blame(steps: readonly RecordStep[]): BlameLine[] {
  const setBy = new Map<string, HistoryCommit>();
  let prev = new Map<string, string>();
  let lastValue: Record<string, unknown> | undefined;
  for (const { commit, change } of steps) {
    if (change.status === 'D') {
      prev = new Map();
      lastValue = undefined;
      continue;
    }
    const v = change.after?.value;
    if (!v) continue;
    // A rename into this record's file keeps what the old file had set (its commits set those fields).
    if (change.status === 'R' && prev.size === 0 && change.before?.value) prev = new Map(leafFields(change.before.value).map(([k, x]) => [k, json(x)]));
    const cur = new Map(leafFields(v).map(([k, x]) => [k, json(x)]));
    for (const [k, x] of cur) if (prev.get(k) !== x) setBy.set(k, commit);
    prev = cur;
    lastValue = v;
  }
  return lastValue ? leafFields(lastValue).map(([field, value]) => ({ field, value, commit: setBy.get(field) ?? null })) : [];
}

// ---- audit -----------------------------------------------------------------------------------------

export type AuditFlag = 'removed' | 'final-changed' | 'approval-after-signing' | 'back-dated' | 'direct-push';

export interface AuditRow {
  commit: HistoryCommit;
  kind: Kind | 'config';
  /** The record's id (after the change; before it for a removal); kerjasama.yaml for the configuration. */
  id: string;
  file: string;
  change: 'added' | 'removed' | 'renamed' | 'changed' | 'unreadable';
  /** The field (walk()'s path), or null for the record as a whole. */
  field: string | null;
  before: unknown;
  after: unknown;
  flags: AuditFlag[];
}

/** Declared statuses after which an agreement's status and dates should no longer move. */
const FINAL = new Set(['expired', 'terminated', 'superseded']);
const SIGNED = new Set(['signed', 'active', 'expired', 'terminated', 'superseded']);

/** Author date this long (seconds) before the committer date: a back-dated commit. */
export const BACK_DATED_AFTER = 30 * 86_400;

/** Whether the commit was back-dated: authored long before it was committed (for a merge: the merged branch's last commit). */
export function backDated(c: HistoryCommit): boolean {
  if (c.committerTime - c.authorTime > BACK_DATED_AFTER) return true;
  return c.branchAuthorTime !== undefined && c.branchCommitterTime !== undefined && c.branchCommitterTime - c.branchAuthorTime > BACK_DATED_AFTER;
}

/** A merge, or a squash that names its pull request: how a register that reviews its changes takes them in. */
export const viaPullRequest = (c: HistoryCommit): boolean => c.merge || c.pr !== null;

/** A commit straight onto the main line: not a merge, naming no pull request, and not the repository's first commit. */
export const directPush = (c: HistoryCommit): boolean => !viaPullRequest(c) && c.parents.length > 0;

/**
 * Whether the register normally takes its changes through pull requests: more than half of these
 * first-parent commits (the last ones that touch it) are merges or name a pull request.
 */
export function normallyMerges(recent: readonly HistoryCommit[]): boolean {
  return recent.length > 0 && recent.filter(viaPullRequest).length * 2 > recent.length;
}

function isSigned(v: Record<string, unknown> | undefined): boolean {
  if (!v) return false;
  return SIGNED.has(String(v['status'])) || signatureDates(v).size > 0;
}

/**
 * One row per (commit, record, field, old → new) over the steps (oldest first), with the flags an auditor
 * must see: a record removed; status or dates changed on an agreement already final; approval fields
 * changed after signing; a back-dated commit; a direct push where the register normally merges pull requests.
 */
export function auditRows(steps: readonly HistoryStep[], o: { normallyMerges: boolean }): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const step of steps) {
    const c = step.commit;
    const commitFlags: AuditFlag[] = [...(backDated(c) ? ['back-dated' as const] : []), ...(o.normallyMerges && directPush(c) ? ['direct-push' as const] : [])];
    for (const ch of withRecognisedRenames(step.changes)) {
      const id = ch.kind === 'config' ? 'kerjasama.yaml' : idOfPath(ch.status === 'D' ? (ch.from ?? ch.path) : ch.path);
      const base = { commit: c, kind: ch.kind, id, file: ch.path };
      const row = (r: Omit<AuditRow, 'commit' | 'kind' | 'id' | 'file' | 'flags'>, flags: AuditFlag[] = []): void => {
        rows.push({ ...base, ...r, flags: [...flags, ...commitFlags] });
      };
      if (ch.status === 'A') {
        row({ change: 'added', field: null, before: null, after: null });
        if (ch.after && !ch.after.valid) row({ change: 'unreadable', field: null, before: null, after: ch.after.problems });
        continue;
      }
      if (ch.status === 'D') {
        row({ change: 'removed', field: null, before: null, after: null }, ch.kind === 'config' ? [] : ['removed']);
        continue;
      }
      if (ch.status === 'R' && ch.from && idOfPath(ch.from) !== id) row({ change: 'renamed', field: 'id', before: idOfPath(ch.from), after: id });
      const b = ch.before?.value;
      const a = ch.after?.value;
      if (!a) {
        row({ change: 'unreadable', field: null, before: null, after: ch.after?.problems ?? null });
        continue;
      }
      if (!b) continue;
      const valid = Boolean(ch.before?.valid && ch.after?.valid);
      const changes = leafChanges(ch.kind === 'config' || !valid ? valueChanges(b, a) : fieldChanges(ch.kind, b, a));
      const final = ch.kind === 'agreement' && FINAL.has(String(b['status']));
      const signed = ch.kind === 'agreement' && isSigned(b);
      let any = false;
      for (const f of changes) {
        const field = fieldOf(f);
        const flags: AuditFlag[] = [];
        if (final && (field === 'status' || DATE_FIELDS.has(field) || /^signatures(\[\d+\])?(\.date)?$/.test(field))) flags.push('final-changed');
        if (signed && topOf(field) === 'approvals') flags.push('approval-after-signing');
        const before = f.type === 'end' ? (f.written ? f.written.before : f.before) : f.type === 'list' ? (valueAt(b, field) ?? null) : f.before;
        const after = f.type === 'end' ? (f.written ? f.written.after : f.after) : f.type === 'list' ? (valueAt(a, field) ?? null) : f.after;
        row({ change: 'changed', field, before, after }, flags);
        any = true;
      }
      if (!any && ch.status !== 'R') row({ change: 'changed', field: null, before: null, after: null });
      if (ch.after && !ch.after.valid && ch.before?.valid) row({ change: 'unreadable', field: null, before: null, after: ch.after.problems });
    }
  }
  return rows;
}

// ---- the register's recent changes (the site) ------------------------------------------------------

/**
 * Every record's events over the register's steps (oldest first; renames followed), by the record's
 * last key (kind:id), and the removed records' under their last key too. Used by the site: each record
 * page's history and the recent-changes page.
 */
export function registerEvents(steps: readonly HistoryStep[]): Map<string, HistoryEvent[]> {
  const byPath = new Map<string, { kind: Kind; steps: RecordStep[] }>();
  const lineages: Array<{ kind: Kind; steps: RecordStep[] }> = [];
  for (const step of steps) {
    for (const ch of withRecognisedRenames(step.changes)) {
      if (ch.kind === 'config') continue;
      let line: { kind: Kind; steps: RecordStep[] } | undefined;
      if (ch.status === 'R' && ch.from) {
        line = byPath.get(ch.from);
        byPath.delete(ch.from);
      } else line = byPath.get(ch.path);
      if (!line) {
        line = { kind: ch.kind, steps: [] };
        lineages.push(line);
      }
      line.steps.push({ commit: step.commit, change: ch });
      byPath.set(ch.path, line);
    }
  }
  const out = new Map<string, HistoryEvent[]>();
  for (const line of lineages) {
    const events = recordEvents(line.kind, line.steps);
    const last = line.steps.at(-1) as RecordStep;
    const key = `${line.kind}:${idOfPath(last.change.path)}`;
    out.set(key, [...(out.get(key) ?? []), ...events]);
  }
  return out;
}
