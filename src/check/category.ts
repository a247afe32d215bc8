// Rules: an agreement's category and sub-form fit its partners (PP 28/2018 Pasal 1).

import type { Category, Diagnostic, Partner, PartnerType } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

const REGION: readonly PartnerType[] = ['province', 'regency', 'city'];
const THIRD_PARTY: readonly PartnerType[] = ['company', 'university', 'ngo', 'person', 'other', 'foreign_institution'];
const FOREIGN_NON_REGIONAL: readonly PartnerType[] = ['foreign_institution', 'foreign_government', 'company', 'university', 'ngo', 'other'];

interface Fit { ok: (p: Partner) => boolean; needs: string; needs_id: string }
const FITS: Record<Category, Fit> = {
  KSDD: { ok: (p) => REGION.includes(p.data.type) && p.data.country === 'ID', needs: 'an Indonesian province, regency or city', needs_id: 'provinsi, kabupaten atau kota di Indonesia' },
  KSDPK: { ok: (p) => THIRD_PARTY.includes(p.data.type), needs: 'a third party (company, university, NGO, person)', needs_id: 'pihak ketiga (badan usaha, perguruan tinggi, ormas, perseorangan)' },
  KSDPL: { ok: (p) => p.data.type === 'foreign_subnational' && p.data.country !== 'ID', needs: 'a foreign sub-national government (type foreign_subnational, outside ID)', needs_id: 'pemerintah daerah di luar negeri (type foreign_subnational, di luar ID)' },
  KSDLL: { ok: (p) => FOREIGN_NON_REGIONAL.includes(p.data.type) && p.data.country !== 'ID', needs: 'a foreign institution (outside ID, not a regional government)', needs_id: 'lembaga di luar negeri (di luar ID, bukan pemerintah daerah)' },
  PUSAT: { ok: (p) => p.data.type === 'central_government' && p.data.country === 'ID', needs: 'an Indonesian central-government body (type central_government)', needs_id: 'instansi pemerintah pusat (type central_government)' },
};

export function categoryPartner(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const fit = FITS[a.data.category];
    a.data.partners.forEach((id, i) => {
      const p = ctx.dataset.partners.get(id);
      if (!p || fit.ok(p)) return;
      const is = `${p.data.type} in ${p.data.country}`;
      out.push(diag('category-partner', 'error', a.file, `/partners/${i}`, { category: a.data.category, needs: fit.needs, needs_id: fit.needs_id, partner: id, is, is_id: `${p.data.type} di ${p.data.country}` }));
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
      out.push(diag('subform-category', 'error', a.file, '/subform', { subform, category, allowed: allowed.length ? allowed.join(', ') : '(none: leave subform out)' }));
    }
  }
  return out;
}
