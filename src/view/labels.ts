// Labels for the codes reports show in prose and tables (statuses, document types, stages), in both
// languages. JSON and CSV keep the codes themselves.

import type { DerivedStatus } from '../model/agreement.js';
import type { Relation } from '../facts/facts.js';
import type { ActivityType, DeclaredStatus, DocumentType, Lang, PartnerType } from '../model/types.js';
import { L } from './view.js';
import { ACTIVITY_STATUS_WORDS, ACTIVITY_TYPE_WORDS, DECLARED_STATUS_WORDS, DOCUMENT_TYPE_WORDS, PARTNER_TYPE_WORDS } from '../model/fields.words.js';

export const DERIVED_STATUS_LABEL: Record<DerivedStatus, Record<Lang, string>> = {
  draft: L('draft', 'draf'),
  negotiating: L('negotiating', 'dalam perundingan'),
  pending: L('signed, not yet in force', 'ditandatangani, belum berlaku'),
  in_force: L('in force', 'berlaku'),
  signed_loi: L('LoI signed (intent only)', 'LoI ditandatangani (pernyataan kehendak)'),
  renewal_unrecorded: L('renewal not on record', 'perpanjangan tidak tercatat'),
  expired: L('ended', 'berakhir'),
  terminated: L('terminated', 'diakhiri'),
  // What superseded it (a renewal, or the MoU after an LoI) is named beside, from the facts' links.
  superseded: L('superseded', 'digantikan'),
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

/** The mark beside a fact confirmed longer ago than thresholds.stale_after, and what it means. */
export const STALE: Record<Lang, string> = L('(stale)', '(usang)');
export const STALE_NOTE: Record<Lang, string> = L('(stale): last confirmed (confirmed:) longer ago than thresholds.stale_after; check it before relying on it.',
  '(usang): terakhir dikonfirmasi (confirmed:) lebih lama dari thresholds.stale_after; periksa dahulu sebelum dijadikan pegangan.');

/** A date recorded as `unknown` (an activity known to have happened, nobody knows when). */
export const DATE_UNKNOWN: Record<Lang, string> = L('not known', 'tidak diketahui');

/** An agreement's relation to the one it follows: "renews", "follows" (an MoU after its LoI), "implements", "amends". */
export const RELATION_UP: Record<Relation, Record<Lang, string>> = {
  renewal: L('renews', 'memperpanjang'),
  successor: L('follows', 'menindaklanjuti'),
  implementation: L('implements', 'melaksanakan'),
  addendum: L('amends', 'mengubah'),
};
/** The same relation seen from the earlier agreement: "renewed by", "followed by", "implemented by", "amended by". */
export const RELATION_DOWN: Record<Relation, Record<Lang, string>> = {
  renewal: L('renewed by', 'diperpanjang oleh'),
  successor: L('followed by', 'ditindaklanjuti dengan'),
  implementation: L('implemented by', 'dilaksanakan melalui'),
  addendum: L('amended by', 'diubah dengan'),
};

/** A code shown as its label, when one of these tables has it; otherwise the code itself. */
export function labelOf(table: Record<string, Record<Lang, string>>, code: unknown, lang: Lang): string | undefined {
  return typeof code === 'string' && Object.hasOwn(table, code) ? table[code]?.[lang] : undefined;
}
