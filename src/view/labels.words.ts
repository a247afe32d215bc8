// The labels of the codes reports show in prose and tables (statuses from the dates, an agreement's
// relation to another) and the marks beside a fact, in English and Bahasa Indonesia (docs/glossary.md).
// Composed by say() (model/words.ts); view/labels.ts names them as the reports use them.

import { w, type Catalogue } from '../model/words.js';

/** An agreement's status worked out from its dates (facts), as a reader says it. */
export const DERIVED_STATUS_WORDS = {
  draft: w('draft', 'draf'),
  negotiating: w('negotiating', 'dalam perundingan'),
  pending: w('signed, not yet in force', 'ditandatangani, belum berlaku'),
  in_force: w('in force', 'berlaku'),
  signed_loi: w('LoI signed (intent only)', 'LoI ditandatangani (pernyataan kehendak)'),
  renewal_unrecorded: w('renewal not on record', 'perpanjangan tidak tercatat'),
  expired: w('ended', 'berakhir'),
  terminated: w('terminated', 'diakhiri'),
  // What superseded it (a renewal, or the MoU after an LoI) is named beside, from the facts' links.
  superseded: w('superseded', 'digantikan'),
  unknown: w('status unknown', 'status tidak diketahui'),
} satisfies Catalogue;

/** An agreement's relation to the one it follows. */
export const RELATION_UP_WORDS = {
  renewal: w('renews', 'memperpanjang'),
  successor: w('follows', 'menindaklanjuti'),
  implementation: w('implements', 'melaksanakan'),
  addendum: w('amends', 'mengubah'),
} satisfies Catalogue;

/** The same relation seen from the earlier agreement. */
export const RELATION_DOWN_WORDS = {
  renewal: w('renewed by', 'diperpanjang oleh'),
  successor: w('followed by', 'ditindaklanjuti dengan'),
  implementation: w('implemented by', 'dilaksanakan melalui'),
  addendum: w('amended by', 'diubah dengan'),
} satisfies Catalogue;

/** The marks beside a fact. */
export const MARK_WORDS = {
  stale: w('(stale)', '(usang)'),
  staleNote: w('(stale): last confirmed (confirmed:) longer ago than thresholds.stale_after; check it before relying on it.',
    '(usang): terakhir dikonfirmasi (confirmed:) lebih lama dari thresholds.stale_after; periksa dahulu sebelum dijadikan pegangan.'),
  dateUnknown: w('not known', 'tidak diketahui'),
} satisfies Catalogue;
