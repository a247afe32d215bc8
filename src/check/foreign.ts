// Rules for foreign cooperation: approvals recorded, and partners' countries allowed (Permenlu 3/2019).

import { startOf } from '../model/agreement.js';
import { isCountryCode } from '../model/countries.js';
import { iso } from '../model/dates.js';
import type { Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

/**
 * Only where an approval is really missing: the agreement certainly started on or after the day the
 * approval became required (approvals.required_from in kerjasama.yaml; default UU 23/2014), and the
 * record neither records it nor says it does not apply or is not known (status: not_applicable|unknown).
 * An agreement with no known start is not judged: it may predate the law.
 */
export function approvalMissing(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const from = ctx.dataset.config.approvalsRequiredFrom;
  for (const a of ctx.dataset.agreements.values()) {
    const d = a.data;
    if ((d.category !== 'KSDPL' && d.category !== 'KSDLL') || d.document_type === 'loi') continue;
    if (d.status !== 'active' && d.status !== 'signed') continue;
    const start = startOf(d);
    if (!start) continue;
    const missing: string[] = [];
    if (!d.approvals?.dprd && start.first >= from.dprd) missing.push('dprd');
    if (!d.approvals?.central && start.first >= from.central) missing.push('central');
    if (missing.length) out.push(diag('approval-missing', 'warning', a.file, '/status', { category: d.category, status: d.status, missing: missing.join(','), since: iso(Math.min(from.dprd, from.central)) }));
  }
  return out;
}

export function countryRules(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { noRelations, specialRules } = ctx.dataset.config;
  for (const p of ctx.dataset.partners.values()) {
    const c = p.data.country;
    const names = { country: c };
    if (!isCountryCode(c)) out.push(diag('unknown-country', 'error', p.file, '/country', { country: c }));
    else if (noRelations.includes(c)) out.push(diag('country-no-relations', 'error', p.file, '/country', names));
    else if (specialRules.includes(c)) out.push(diag('country-special-rules', 'warning', p.file, '/country', names));
  }
  return out;
}
