// Rules: an agreement's category and sub-form fit its partners (PP 28/2018 Pasal 1).

import type { Category, Diagnostic, Partner, PartnerType } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

const REGION: readonly PartnerType[] = ['province', 'regency', 'city'];
const THIRD_PARTY: readonly PartnerType[] = ['company', 'university', 'ngo', 'person', 'other', 'foreign_institution'];
const FOREIGN_NON_REGIONAL: readonly PartnerType[] = ['foreign_institution', 'foreign_government', 'company', 'university', 'ngo', 'other'];

/** Which partners each category takes (what it needs, in words, is the diagnostic catalogue's). */
const FITS: Record<Category, (p: Partner) => boolean> = {
  KSDD: (p) => REGION.includes(p.data.type) && p.data.country === 'ID',
  KSDPK: (p) => THIRD_PARTY.includes(p.data.type),
  KSDPL: (p) => p.data.type === 'foreign_subnational' && p.data.country !== 'ID',
  KSDLL: (p) => FOREIGN_NON_REGIONAL.includes(p.data.type) && p.data.country !== 'ID',
  PUSAT: (p) => p.data.type === 'central_government' && p.data.country === 'ID',
};

export function categoryPartner(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const fits = FITS[a.data.category];
    a.data.partners.forEach((id, i) => {
      const p = ctx.dataset.partners.get(id);
      if (!p || fits(p)) return;
      // The categories this partner would fit (a regency in ID: KSDD), for the hint.
      const fitting = (Object.keys(FITS) as Category[]).filter((c) => FITS[c](p));
      out.push(diag('category-partner', 'error', a.file, `/partners/${i}`, { category: a.data.category, partner: id, type: p.data.type, country: p.data.country, ...(fitting.length ? { fits: fitting.join(',') } : {}) }));
    });
  }
  return out;
}

export const SUBFORMS: Record<Category, readonly string[]> = {
  KSDD: ['wajib', 'sukarela'],
  KSDPK: [],
  KSDPL: ['provinsi_kembar', 'kabupaten_kota_kembar', 'lainnya'],
  KSDLL: ['lanjutan_pusat', 'lainnya'],
  PUSAT: [],
};

export function subformCategory(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const { subform, category } = a.data;
    const allowed = SUBFORMS[category];
    if (subform !== undefined && !allowed.includes(subform)) {
      out.push(diag('subform-category', 'error', a.file, '/subform', { subform, category, allowed: allowed.join(', ') }));
    }
  }
  return out;
}
