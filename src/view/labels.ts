// Labels for the codes reports show in prose and tables (statuses, document types, stages), in both
// languages. JSON and CSV keep the codes themselves.

import type { DerivedStatus } from '../model/agreement.js';
import type { ActivityType, DeclaredStatus, DocumentType, Lang, PartnerType } from '../model/types.js';
import { L } from './view.js';
import { ACTIVITY_STATUS_WORDS, ACTIVITY_TYPE_WORDS, DECLARED_STATUS_WORDS, DOCUMENT_TYPE_WORDS, PARTNER_TYPE_WORDS } from '../model/fields.words.js';

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

// The labels of record fields' codes are the field model's words (model/fields.words.ts), named here as
// the reports use them.
export const DECLARED_STATUS_LABEL: Record<DeclaredStatus, Record<Lang, string>> = DECLARED_STATUS_WORDS;
export const DOCUMENT_TYPE_LABEL: Record<DocumentType, Record<Lang, string>> = DOCUMENT_TYPE_WORDS;
export const PARTNER_TYPE_LABEL: Record<PartnerType, Record<Lang, string>> = PARTNER_TYPE_WORDS;
export const ACTIVITY_TYPE_LABEL: Record<ActivityType, Record<Lang, string>> = ACTIVITY_TYPE_WORDS;

/** An activity as of the day: planned, held, or cancelled (the words of an activity's status). */
export const ACTIVITY_STATE_LABEL: Record<'planned' | 'held' | 'cancelled', Record<Lang, string>> = ACTIVITY_STATUS_WORDS;

/** A code shown as its label, when one of these tables has it; otherwise the code itself. */
export function labelOf(table: Record<string, Record<Lang, string>>, code: unknown, lang: Lang): string | undefined {
  return typeof code === 'string' && Object.hasOwn(table, code) ? table[code]?.[lang] : undefined;
}
