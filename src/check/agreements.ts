// Rules about agreements as documents: a file copied under a new name and left unchanged.

import { ownerOf } from '../model/parties.js';
import type { Agreement, Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

/**
 * Two agreements of one owner, with the same partners and document type and the same dated signatures
 * (who signed, on which day): one document recorded twice, usually a file copied to start a new record
 * and never changed. Warned once, on the later file in the order the register lists them, naming the other;
 * the words are said of both, since which one is the copy the register cannot know (git can: diff, --changed-since).
 */
export function agreementDuplicate(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, Agreement>();
  for (const a of ctx.dataset.agreements.values()) {
    const sigs = (a.data.signatures ?? []).filter((s) => s.date !== undefined).map((s) => `${s.party ?? ''}@${String(s.date)}`).sort();
    if (sigs.length === 0) continue;
    const key = [ownerOf(a.data, ctx.dataset.config) ?? '', a.data.document_type, [...a.data.partners].sort().join(','), sigs.join(',')].join('|');
    const other = seen.get(key);
    if (other) out.push(diag('agreement-duplicate', 'warning', a.file, '/signatures', { other: other.id, otherFile: other.file }));
    else seen.set(key, a);
  }
  return out;
}
