// Rules: every id a record names must exist (unless it exists but is itself invalid).

import { KIND_DIRS, type Diagnostic, type Kind } from '../model/types.js';
import { pushAll } from '../model/lists.js';
import { diag, type CheckContext } from './context.js';

function known(ctx: CheckContext, kind: Kind, id: string): boolean {
  const d = ctx.dataset;
  const map = kind === 'partner' ? d.partners : kind === 'agreement' ? d.agreements : d.activities;
  return map.has(id) || d.invalidIds[kind].has(id);
}

function unknown(ctx: CheckContext, code: string, kind: Kind, file: string, pointer: string, ref: string): Diagnostic[] {
  if (known(ctx, kind, ref)) return [];
  // A file of that name in the wrong folder (data/mitra/, data/agreement/): where it lies, and where it goes.
  const misplaced = ctx.dataset.misplaced?.get(ref);
  if (misplaced !== undefined) return [diag(code, 'error', file, pointer, { ref, misplaced, folder: KIND_DIRS[kind] })];
  const ids = (): Iterable<string> => (kind === 'partner' ? ctx.dataset.partners.keys() : ctx.dataset.agreements.keys());
  // A near miss (jtim: jatim); else the one id that holds it (an id cut short: sleman-kyotanabe-mou).
  const suggestion = ctx.suggest.closest(`${kind}\0${ref}`, ref, ids) ?? ctx.suggest.holding(`${kind}\0${ref}`, ref, ids);
  return [diag(code, 'error', file, pointer, { ref, ...(suggestion ? { suggestion } : {}) })];
}

export function unknownPartner(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const owner = ctx.dataset.config.owner;
  if (owner) pushAll(out, unknown(ctx, 'unknown-partner', 'partner', 'kerjasama.yaml', '/owner', owner));
  for (const a of ctx.dataset.agreements.values()) {
    if (a.data.owner) pushAll(out, unknown(ctx, 'unknown-partner', 'partner', a.file, '/owner', a.data.owner));
    a.data.partners.forEach((p, i) => pushAll(out, unknown(ctx, 'unknown-partner', 'partner', a.file, `/partners/${i}`, p)));
    // A signature whose party the document does not name is checked for nothing here.
    (a.data.signatures ?? []).forEach((s, i) => { if (s.party !== undefined) pushAll(out, unknown(ctx, 'unknown-partner', 'partner', a.file, `/signatures/${i}/party`, s.party)); });
  }
  for (const act of ctx.dataset.activities.values()) {
    if (act.data.owner) pushAll(out, unknown(ctx, 'unknown-partner', 'partner', act.file, '/owner', act.data.owner));
    (act.data.partners ?? []).forEach((p, i) => pushAll(out, unknown(ctx, 'unknown-partner', 'partner', act.file, `/partners/${i}`, p)));
  }
  return out;
}

export function unknownAgreement(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const act of ctx.dataset.activities.values()) {
    (act.data.agreements ?? []).forEach((a, i) => pushAll(out, unknown(ctx, 'unknown-agreement', 'agreement', act.file, `/agreements/${i}`, a)));
  }
  return out;
}

export function unknownParent(ctx: CheckContext): Diagnostic[] {
  return [...ctx.dataset.agreements.values()].flatMap((a) => (a.data.parent ? unknown(ctx, 'unknown-parent', 'agreement', a.file, '/parent', a.data.parent) : []));
}

export function unknownRenews(ctx: CheckContext): Diagnostic[] {
  return [...ctx.dataset.agreements.values()].flatMap((a) => (a.data.renews ? unknown(ctx, 'unknown-renews', 'agreement', a.file, '/renews', a.data.renews) : []));
}

/** A signature must belong to the owner region or a counterpart. */
export function signatureParty(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const owner = a.data.owner ?? ctx.dataset.config.owner;
    const parties = new Set([...(owner ? [owner] : []), ...a.data.partners]);
    (a.data.signatures ?? []).forEach((s, i) => {
      if (s.party !== undefined && !parties.has(s.party) && known(ctx, 'partner', s.party) && owner !== undefined) {
        out.push(diag('signature-party', 'error', a.file, `/signatures/${i}/party`, { party: s.party, owner }));
      }
    });
  }
  return out;
}
