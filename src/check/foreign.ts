// Rules for foreign cooperation: approvals recorded, and partners' countries allowed (Permenlu 3/2019).

import { countryName, isCountryCode } from '../model/countries.js';
import type { Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

export function approvalMissing(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const d = a.data;
    if ((d.category !== 'KSDPL' && d.category !== 'KSDLL') || d.document_type === 'loi') continue;
    if (d.status !== 'active' && d.status !== 'signed') continue;
    const missing: string[] = [];
    const missingId: string[] = [];
    if (!d.approvals?.dprd) { missing.push('DPRD approval'); missingId.push('persetujuan DPRD'); }
    if (!d.approvals?.central) { missing.push('central approval'); missingId.push('persetujuan pusat'); }
    if (missing.length) out.push(diag('approval-missing', 'warning', a.file, '/status', { category: d.category, status: d.status, missing: missing.join(' or '), missing_id: missingId.join(' maupun ') }));
  }
  return out;
}

export function countryRules(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { noRelations, specialRules } = ctx.dataset.config;
  for (const p of ctx.dataset.partners.values()) {
    const c = p.data.country;
    const names = { country: countryName(c, 'en'), country_id: countryName(c, 'id') };
    if (!isCountryCode(c)) out.push(diag('unknown-country', 'error', p.file, '/country', { country: c }));
    else if (noRelations.includes(c)) out.push(diag('country-no-relations', 'error', p.file, '/country', names));
    else if (specialRules.includes(c)) out.push(diag('country-special-rules', 'warning', p.file, '/country', names));
  }
  return out;
}
