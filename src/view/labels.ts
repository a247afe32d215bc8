// Labels for the codes reports show in prose and tables (statuses, document types, stages), in both
// languages. JSON and CSV keep the codes themselves.

import type { DerivedStatus } from '../model/agreement.js';
import type { Relation } from '../facts/facts.js';
import type { ActivityType, DeclaredStatus, DocumentType, Lang, PartnerType } from '../model/types.js';
import { say, type Catalogue } from '../model/words.js';
import { DERIVED_STATUS_WORDS, MARK_WORDS, RELATION_DOWN_WORDS, RELATION_UP_WORDS } from './labels.words.js';
import { ACTIVITY_STATUS_WORDS, ACTIVITY_TYPE_WORDS, DECLARED_STATUS_WORDS, DOCUMENT_TYPE_WORDS, PARTNER_TYPE_WORDS } from '../model/fields.words.js';

/** A catalogue's text in both languages. */
const text = (c: Catalogue, key: string): Record<Lang, string> => ({ en: say(c, 'en', key), id: say(c, 'id', key) });
/** Every text of a catalogue in both languages, by its key. */
const texts = <K extends string>(c: Readonly<Record<K, Catalogue[string]>>): Record<K, Record<Lang, string>> =>
  Object.fromEntries(Object.keys(c).map((k) => [k, text(c, k)])) as Record<K, Record<Lang, string>>;

export const DERIVED_STATUS_LABEL: Record<DerivedStatus, Record<Lang, string>> = texts(DERIVED_STATUS_WORDS);

// The labels of record fields' codes are the field model's words (model/fields.words.ts), named here as
// the reports use them.
export const DECLARED_STATUS_LABEL: Record<DeclaredStatus, Record<Lang, string>> = DECLARED_STATUS_WORDS;
export const DOCUMENT_TYPE_LABEL: Record<DocumentType, Record<Lang, string>> = DOCUMENT_TYPE_WORDS;
export const PARTNER_TYPE_LABEL: Record<PartnerType, Record<Lang, string>> = PARTNER_TYPE_WORDS;
export const ACTIVITY_TYPE_LABEL: Record<ActivityType, Record<Lang, string>> = ACTIVITY_TYPE_WORDS;

/** An activity as of the day: planned, held, or cancelled (the words of an activity's status). */
export const ACTIVITY_STATE_LABEL: Record<'planned' | 'held' | 'cancelled', Record<Lang, string>> = ACTIVITY_STATUS_WORDS;

/** The mark beside a fact confirmed longer ago than thresholds.stale_after, and what it means. */
export const STALE: Record<Lang, string> = text(MARK_WORDS, 'stale');
export const STALE_NOTE: Record<Lang, string> = text(MARK_WORDS, 'staleNote');

/** A date recorded as `unknown` (an activity known to have happened, nobody knows when). */
export const DATE_UNKNOWN: Record<Lang, string> = text(MARK_WORDS, 'dateUnknown');

/** An agreement's relation to the one it follows: "renews", "follows" (an MoU after its LoI), "implements", "amends". */
export const RELATION_UP: Record<Relation, Record<Lang, string>> = texts(RELATION_UP_WORDS);
/** The same relation seen from the earlier agreement: "renewed by", "followed by", "implemented by", "amended by". */
export const RELATION_DOWN: Record<Relation, Record<Lang, string>> = texts(RELATION_DOWN_WORDS);

/** A code shown as its label, when one of these tables has it; otherwise the code itself. */
export function labelOf(table: Record<string, Record<Lang, string>>, code: unknown, lang: Lang): string | undefined {
  return typeof code === 'string' && Object.hasOwn(table, code) ? table[code]?.[lang] : undefined;
}
