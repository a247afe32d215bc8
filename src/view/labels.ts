// Labels for the codes reports show in prose and tables (statuses, document types, stages), in both
// languages. JSON and CSV keep the codes themselves.

import type { DerivedStatus } from '../model/agreement.js';
import type { ActivityType, DeclaredStatus, DocumentType, Lang, PartnerType } from '../model/types.js';
import { L } from './view.js';

export const DERIVED_STATUS_LABEL: Record<DerivedStatus, Record<Lang, string>> = {
  draft: L('draft', 'draf'),
  negotiating: L('negotiating', 'dalam perundingan'),
  pending: L('signed, not yet in force', 'ditandatangani, belum berlaku'),
  in_force: L('in force', 'berlaku'),
  signed_loi: L('LoI signed (intent only)', 'LoI ditandatangani (pernyataan kehendak)'),
  renewal_unrecorded: L('renewal not on record', 'perpanjangan belum tercatat'),
  expired: L('ended', 'berakhir'),
  terminated: L('terminated', 'diakhiri'),
  superseded: L('superseded by a renewal', 'digantikan perpanjangan'),
  unknown: L('status unknown', 'status tidak diketahui'),
};

export const DECLARED_STATUS_LABEL: Record<DeclaredStatus, Record<Lang, string>> = {
  draft: L('draft', 'draf'),
  negotiating: L('negotiating', 'dalam perundingan'),
  signed: L('signed', 'ditandatangani'),
  active: L('active', 'aktif'),
  expired: L('expired', 'berakhir'),
  terminated: L('terminated', 'diakhiri'),
  superseded: L('superseded', 'digantikan'),
  unknown: L('unknown', 'tidak diketahui'),
};

export const DOCUMENT_TYPE_LABEL: Record<DocumentType, Record<Lang, string>> = {
  loi: L('LoI', 'LoI'),
  mou: L('MoU', 'MoU/Kesepakatan Bersama'),
  pks: L('PKS', 'PKS'),
  action_plan: L('action plan', 'rencana kerja sama'),
  addendum: L('addendum', 'adendum'),
  renewal: L('renewal', 'perpanjangan'),
  unknown: L('type unknown', 'jenis naskah tidak diketahui'),
};

export const PARTNER_TYPE_LABEL: Record<PartnerType, Record<Lang, string>> = {
  province: L('province', 'provinsi'),
  regency: L('regency', 'kabupaten'),
  city: L('city', 'kota'),
  central_government: L('central government', 'pemerintah pusat'),
  foreign_subnational: L('foreign local government', 'pemerintah daerah di luar negeri'),
  foreign_government: L('foreign government', 'pemerintah negara lain'),
  foreign_institution: L('foreign institution', 'lembaga luar negeri'),
  company: L('company', 'badan usaha'),
  university: L('university', 'perguruan tinggi'),
  ngo: L('non-governmental organisation', 'organisasi kemasyarakatan'),
  person: L('person', 'perseorangan'),
  other: L('other', 'lainnya'),
};

export const ACTIVITY_TYPE_LABEL: Record<ActivityType, Record<Lang, string>> = {
  visit: L('visit', 'kunjungan'),
  exchange: L('exchange', 'pertukaran'),
  training: L('training', 'pelatihan'),
  scholarship: L('scholarship', 'beasiswa'),
  trade_mission: L('trade mission', 'misi dagang'),
  exhibition: L('exhibition', 'pameran'),
  cultural_event: L('cultural event', 'acara budaya'),
  sports_event: L('sports event', 'acara olahraga'),
  technical_project: L('technical project', 'proyek teknis'),
  investment: L('investment', 'penanaman modal'),
  grant: L('grant', 'hibah'),
  meeting: L('meeting', 'rapat'),
  other: L('other', 'lainnya'),
};

/** An activity as of the day: planned, held, or cancelled. */
export const ACTIVITY_STATE_LABEL: Record<'planned' | 'held' | 'cancelled', Record<Lang, string>> = {
  planned: L('planned', 'direncanakan'),
  held: L('held', 'terlaksana'),
  cancelled: L('cancelled', 'dibatalkan'),
};

/** A code shown as its label, when one of these tables has it; otherwise the code itself. */
export function labelOf(table: Record<string, Record<Lang, string>>, code: unknown, lang: Lang): string | undefined {
  return typeof code === 'string' && Object.hasOwn(table, code) ? table[code]?.[lang] : undefined;
}
