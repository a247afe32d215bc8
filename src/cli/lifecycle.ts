// The lifecycle of an agreement as the bureau lives it, each one command that writes every file it must,
// all or nothing (change.ts):
// - renew <id>: the renewal, a new agreement with renews: <id>, the same parties, sectors and term
//   suggested; once the renewal is signed, the old agreement is marked superseded (never of a draft or a
//   negotiation: never signed, it has no term to renew);
// - succeed <id>: the next document in the chain, with parent: <id> (an MoU after an LoI, a PKS under an
//   MoU); an LoI carried forward by a signed MoU is marked superseded, as the domain says;
// - terminate <id> --on DATE --reason …: status terminated, with the termination's date and reason (never of
//   a draft or a negotiation: never signed, it was never in force);
// - record-activity <agreement or partner>: an activity under an agreement, or with a partner, its date
//   known or `unknown`.
// The new record is made as `kerjasama new` makes it (its flags, questions and checks: new.ts).

import { iso, parseDate } from '../model/dates.js';
import { derivedStatus, endOf, startOf } from '../model/agreement.js';
import { DOCUMENT_TYPE_WORDS } from '../model/fields.words.js';
import { DECLARED_STATUS_LABEL, labelOf } from '../view/labels.js';
import type { Agreement, AgreementData, Lang } from '../model/types.js';
import { BadValue, fill, MissingValues, type Field } from '../scaffold/ask.js';
import type { Edit } from '../scaffold/edit.js';
import type { FileChange } from './common.js';
import { applyChanges, findRecord, openForChange, type ChangeContext, type ChangeOptions, type RecordFile } from './change.js';
import { UsageError, type IO } from './io.js';
import { askTexts, say, t } from './messages.js';
import { recordFromFlags, type NewOptions, type Preset } from './new.js';
import { editRecord } from './set.js';
import { date, ITEM, text } from './values.js';

export type LifecycleOptions = NewOptions & ChangeOptions;

const YEAR = /^(19|20)\d\d$/;
const DOC_TOKENS = new Set(['mou', 'loi', 'pks', 'renewal', 'perpanjangan', 'addendum', 'kontrak', 'ks', 'kb', 'nota', 'plan', 'action-plan']);
const ID_TOKEN: Record<string, string> = { mou: 'mou', pks: 'pks', action_plan: 'action-plan', addendum: 'addendum', renewal: 'renewal' };

/** An id like the old one for the next document: its document word and its year changed (jabar-shizuoka-mou-2017 → jabar-shizuoka-renewal-2027). */
export function nextId(old: string, docType: string, year: number): string {
  const token = ID_TOKEN[docType] ?? docType.replace(/_/g, '-');
  const parts = old.split('-');
  let hasYear = false;
  let hasDoc = false;
  const out = parts.map((p) => {
    if (YEAR.test(p)) {
      hasYear = true;
      return String(year);
    }
    if (DOC_TOKENS.has(p) && !hasDoc) {
      hasDoc = true;
      return token;
    }
    return p;
  }).filter((p, i, all) => !(p === token && all.indexOf(token) !== i));
  if (!hasDoc) hasYear ? out.splice(out.findIndex((p) => p === String(year)), 0, token) : out.push(token);
  if (!hasYear) out.push(String(year));
  return out.join('-');
}

/** A title for the next document: the parties of the old title (before its first comma) and the document's name and year. */
export function nextTitle(old: string, docType: string, year: number, lang: Lang): string {
  const words = DOCUMENT_TYPE_WORDS[docType as keyof typeof DOCUMENT_TYPE_WORDS];
  const name = words ? (lang === 'id' && docType === 'mou' ? 'MoU' : words[lang]) : docType;
  const comma = old.indexOf(',');
  const parties = comma > 0 ? old.slice(0, comma) : old;
  return `${parties}, ${name} ${year}`;
}

/** The term to suggest for a renewal: the old one's term or cycle, else its span in whole years. */
export function termOf(a: AgreementData): string | undefined {
  if (a.end !== undefined && typeof a.end === 'object') return a.end.term;
  if (a.renews_every) return undefined;
  const e = endOf(a);
  const s = startOf(a);
  if (e.kind !== 'date' || !s) return undefined;
  const years = Math.round((e.latest + 1 - s.first) / 365.25);
  return years >= 1 && years <= 99 ? `${years}y` : undefined;
}

/** The year a new document is dated: its signing or effective date given by flag, else the as-of day's. */
function yearOf(opts: LifecycleOptions, asOf: number): number {
  const given = [opts['signed'], opts['effective']].find((v): v is string => typeof v === 'string');
  const d = given ? parseDate(given) : undefined;
  return Number(iso(d?.first ?? asOf).slice(0, 4));
}

/** The agreement's own suggestions for the next document: its parties, sectors and the like. */
function carried(a: AgreementData): Record<string, string> {
  const out: Record<string, string> = { category: a.category, partners: a.partners.join(',') };
  if (a.subform) out['subform'] = a.subform;
  if (a.owner) out['owner'] = a.owner;
  if (a.sectors?.length) out['sectors'] = a.sectors.join(',');
  if (a.objects?.length) out['objects'] = a.objects.join(',');
  if (a.unit) out['unit'] = a.unit;
  return out;
}

function validAgreement(ctx: ChangeContext, id: string): RecordFile & { record: Agreement } {
  const rec = findRecord(ctx, id, 'agreement', ['agreement']);
  if (!rec.record) throw new UsageError(say('lifecycle.invalid', { id, path: ctx.shown(rec.rel) }));
  return rec as RecordFile & { record: Agreement };
}

const SIGNED = new Set(['signed', 'active']);

export async function renewCommand(io: IO, id: string, newId: string | undefined, opts: LifecycleOptions): Promise<number> {
  const ctx = openForChange(io, opts);
  const old = validAgreement(ctx, id);
  const d = ctx.loaded.dataset;
  const by = [...d.agreements.values()].find((a) => a.data.renews === id);
  if (by) throw new UsageError(say('renew.already', { id, by: by.id }));
  if (old.record.data.status === 'terminated') throw new UsageError(say('renew.terminated', { id }));
  // Never signed: no term to renew (terminate refuses such an agreement the same way).
  const was = old.record.data.status;
  if (was === 'draft' || was === 'negotiating') throw new UsageError(say('renew.neverSigned', { id, status: was }));
  const year = yearOf(opts, ctx.asOf);
  const regLang = d.config.language ?? ctx.lang;
  const o = old.record.data;
  const term = termOf(o);
  const preset: Preset = {
    fixed: { renews: id },
    suggest: {
      ...carried(o),
      title: nextTitle(o.title, 'renewal', year, regLang),
      documentType: 'renewal',
      ...(term ? { end: term } : {}),
      ...(o.renews_every ? { renewsEvery: o.renews_every } : {}),
      ...(o.scope?.length ? { scope: o.scope.join(ITEM) } : {}),
    },
    id: nextId(id, 'renewal', year),
  };
  const made = await recordFromFlags(io, 'agreement', newId, opts, ctx.loaded, ctx.lang, ctx.asOf, preset, 'renew');
  const notes: string[] = [];
  const changes: FileChange[] = [{ rel: made.rel, text: made.yaml }];
  // The old agreement is superseded once the renewal is in force; until then it stays as it is.
  if (derivedStatus(made.data as unknown as AgreementData, ctx.asOf) === 'in_force' && o.status !== 'superseded') {
    changes.push({ rel: old.rel, text: editRecord(ctx, old.rel, old.text, 'agreement', [{ op: 'set', path: ['status'], value: 'superseded' }]), before: old.text });
  } else if (o.status !== 'superseded') {
    notes.push(t(ctx.lang, 'renew.oldKept', { id, status: labelOf(DECLARED_STATUS_LABEL, o.status, ctx.lang) ?? o.status, newId: made.id }));
  }
  return applyChanges(io, opts, ctx, changes, notes);
}

/** The document that usually follows each kind (the domain's chain LoI → MoU → PKS). */
const NEXT: Record<string, string | undefined> = { loi: 'mou', mou: 'pks', renewal: 'pks', addendum: 'pks', pks: 'action_plan' };

export async function succeedCommand(io: IO, id: string, newId: string | undefined, opts: LifecycleOptions): Promise<number> {
  const ctx = openForChange(io, opts);
  const old = validAgreement(ctx, id);
  const o = old.record.data;
  const given = typeof opts['documentType'] === 'string' ? (opts['documentType'] as string) : undefined;
  if (given === 'renewal') throw new UsageError(say('succeed.isRenewal', { id }));
  if (given === 'loi') throw new UsageError(say('succeed.loi'));
  const docType = given ?? NEXT[o.document_type];
  const year = yearOf(opts, ctx.asOf);
  const regLang = ctx.loaded.dataset.config.language ?? ctx.lang;
  const preset: Preset = {
    fixed: { parent: id },
    suggest: {
      ...carried(o),
      ...(docType ? { documentType: docType, title: nextTitle(o.title, docType, year, regLang) } : {}),
    },
    ...(docType ? { id: nextId(id, docType, year) } : {}),
  };
  const made = await recordFromFlags(io, 'agreement', newId, opts, ctx.loaded, ctx.lang, ctx.asOf, preset, 'succeed');
  const notes: string[] = [];
  const changes: FileChange[] = [{ rel: made.rel, text: made.yaml }];
  // An LoI is carried forward by the framework agreement that follows it: superseded once that is signed.
  const framework = made.data['document_type'] === 'mou';
  if (o.document_type === 'loi' && framework && o.status !== 'superseded') {
    if (SIGNED.has(String(made.data['status']))) {
      changes.push({ rel: old.rel, text: editRecord(ctx, old.rel, old.text, 'agreement', [{ op: 'set', path: ['status'], value: 'superseded' }]), before: old.text });
    } else {
      notes.push(t(ctx.lang, 'succeed.oldKept', { id, status: labelOf(DECLARED_STATUS_LABEL, o.status, ctx.lang) ?? o.status, newId: made.id }));
    }
  }
  return applyChanges(io, opts, ctx, changes, notes);
}

export interface TerminateOptions extends ChangeOptions { on?: string; reason?: string }

export async function terminateCommand(io: IO, id: string, opts: TerminateOptions): Promise<number> {
  const ctx = openForChange(io, opts);
  const rec = findRecord(ctx, id, 'agreement', ['agreement']);
  const data = rec.record?.data as AgreementData | undefined;
  if (data?.status === 'terminated' && data.termination) throw new UsageError(say('terminate.already', { id, date: data.termination.date }));
  // Never signed, never in force: nothing to end early (renew refuses a terminated agreement the same way).
  if (data?.status === 'draft' || data?.status === 'negotiating') throw new UsageError(say('terminate.neverSigned', { id, status: data.status, planned: data.planned_signing ? 'yes' : '' }));
  const lang = ctx.lang;
  const fields: Field[] = [
    { key: 'on', flag: '--on', label: t(lang, 'ask.terminate.on'), required: true, parse: date(lang, '--on') },
    { key: 'reason', flag: '--reason', label: t(lang, 'ask.terminate.reason'), required: false, ask: true, parse: text(lang, '--reason') },
  ];
  let values: Record<string, string>;
  try {
    values = await fill(fields, { given: { on: opts.on, reason: opts.reason }, texts: askTexts(lang), note: (x) => io.stderr(x + '\n'), ...(io.prompt ? { prompt: io.prompt } : {}) });
  } catch (err) {
    if (err instanceof MissingValues) throw new UsageError(say('terminate.needs', { flags: err.flags.join(', ') }));
    if (err instanceof BadValue) throw new UsageError(`kerjasama: ${err.message}`);
    throw err;
  }
  const termination = { date: values['on'] as string, ...(values['reason'] ? { reason: values['reason'] } : {}) };
  const edits: Edit[] = [{ op: 'set', path: ['status'], value: 'terminated' }, { op: 'set', path: ['termination'], value: termination }];
  const edited = editRecord(ctx, rec.rel, rec.text, 'agreement', edits);
  // What implements it goes on by its own dates: said, not changed.
  const d = ctx.loaded.dataset;
  const children = [...d.agreements.values()].filter((a) => a.data.parent === id && derivedStatus(a.data, ctx.asOf) === 'in_force').map((a) => a.id);
  const notes = children.length ? [t(lang, 'terminate.children', { id, children: children.join(', ') })] : [];
  return applyChanges(io, opts, ctx, [{ rel: rec.rel, text: edited, before: rec.text }], notes);
}

export interface RecordActivityOptions extends LifecycleOptions { kind?: string }

export async function recordActivityCommand(io: IO, target: string, newId: string | undefined, opts: RecordActivityOptions): Promise<number> {
  const ctx = openForChange(io, opts);
  const kind = opts.kind === undefined ? undefined : opts.kind === 'agreement' || opts.kind === 'partner' ? opts.kind : (() => { throw new UsageError(say('recordActivity.kindInvalid', { value: String(opts.kind) })); })();
  const rec = findRecord(ctx, target, kind, ['agreement', 'partner']);
  const preset: Preset = rec.kind === 'agreement'
    ? {
      fixed: { agreements: target },
      suggest: {
        ...(rec.record?.kind === 'agreement' && rec.record.data.sectors?.length ? { sectors: rec.record.data.sectors.join(',') } : {}),
        ...(rec.record?.kind === 'agreement' && rec.record.data.owner ? { owner: rec.record.data.owner } : {}),
        ...(rec.record?.kind === 'agreement' && rec.record.data.unit ? { unit: rec.record.data.unit } : {}),
      },
    }
    : { fixed: { partners: target } };
  const made = await recordFromFlags(io, 'activity', newId, opts, ctx.loaded, ctx.lang, ctx.asOf, preset, 'record-activity');
  return applyChanges(io, opts, ctx, [{ rel: made.rel, text: made.yaml }]);
}
