// Labels for the codes reports show in prose and tables (statuses, document types, stages), in both
// languages. JSON and CSV keep the codes themselves.

import type { DerivedStatus } from '../model/agreement.js';
import type { DeclaredStatus, DocumentType, Lang } from '../model/types.js';
import { L } from './view.js';

export const DERIVED_STATUS_LABEL: Record<DerivedStatus, Record<Lang, string>> = {
  draft: L('draft', 'draf'),
  negotiating: L('negotiating', 'dalam perundingan'),
  pending: L('signed, not yet in force', 'ditandatangani, belum berlaku'),
  in_force: L('in force', 'berlaku'),
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
  unknown: L('type unknown', 'jenis tidak diketahui'),
};
