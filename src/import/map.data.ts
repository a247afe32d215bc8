// The words a workbook names a partner's type by, in Bahasa Indonesia and English. A table that
// recognises input; documented in docs/importing.md.

import type { PartnerType } from '../model/types.js';

export const PARTNER_TYPE_NAMES: ReadonlyArray<readonly [PartnerType, readonly string[]]> = [
  ['province', ['provinsi', 'province', 'pemprov']], ['regency', ['kabupaten', 'regency', 'pemkab']], ['city', ['kota', 'city', 'pemkot']],
  ['central_government', ['pemerintah pusat', 'kementerian', 'lembaga', 'central government', 'ministry']],
  ['foreign_subnational', ['pemerintah daerah luar negeri', 'pemda luar negeri', 'foreign subnational', 'prefektur', 'prefecture', 'negara bagian', 'state government']],
  ['foreign_government', ['pemerintah asing', 'kedutaan', 'foreign government', 'embassy']],
  ['foreign_institution', ['lembaga luar negeri', 'lembaga asing', 'foreign institution']],
  ['company', ['perusahaan', 'badan usaha', 'bumn', 'bumd', 'swasta', 'company', 'private']],
  ['university', ['perguruan tinggi', 'universitas', 'university', 'pt']],
  ['ngo', ['ormas', 'lsm', 'yayasan', 'ngo', 'organisasi kemasyarakatan']],
  ['person', ['perseorangan', 'individu', 'person']],
  ['other', ['lainnya', 'other']],
];
