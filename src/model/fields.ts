// The field model: one descriptor per field of each record kind and of kerjasama.yaml. What a field is
// (its shape, whether it is required, whether `unknown` is one of its values, whether it is private) and
// how the tool offers it (the flag and question of `kerjasama new`, the header names `import` knows it by,
// its column in `list`) are said here once; its words (label, help, question, the labels of its codes)
// are in fields.words.ts. From these come new's flags, questions and records, import's column mapping,
// list's columns, show and the site's record pages, and privacy. A test holds the descriptors equal to
// the JSON Schemas in schemas/ (properties, enums, required) and the record types of types.ts.
//
// Adding an optional field to agreements: the schema, one descriptor here, and its words.

import type { Diagnostic, Kind } from './types.js';
import { HEADERS } from './fields.data.js';

export type Shape =
  | { readonly t: 'id' }
  /** One line of text. */
  | { readonly t: 'text' }
  /** Free text over several lines. */
  | { readonly t: 'notes' }
  /** A date as records write them: exact, a month, a year, ~approximate, a range, bounded (docs: "Writing down what you don't know"). */
  | { readonly t: 'date' }
  /** A term like 5y or 18m. */
  | { readonly t: 'period' }
  /** A duration like 90d, 6m or 5y. */
  | { readonly t: 'duration' }
  /** A list of durations (a reminder schedule). */
  | { readonly t: 'durations' }
  | { readonly t: 'url' }
  | { readonly t: 'country' }
  | { readonly t: 'bool' }
  | { readonly t: 'integer' }
  | { readonly t: 'number' }
  | { readonly t: 'enum'; readonly codes: readonly string[] }
  | { readonly t: 'ref'; readonly kind: Kind }
  | { readonly t: 'refs'; readonly kind: Kind }
  | { readonly t: 'texts' }
  /** Web addresses or paths in the register. */
  | { readonly t: 'links' }
  /** Web addresses or citations (a letter number, a printed report). */
  | { readonly t: 'sources' }
  | { readonly t: 'sectors' }
  /** ISO 3166-1 alpha-2 country codes. */
  | { readonly t: 'countries' }
  | { readonly t: 'enums'; readonly codes: readonly string[] }
  /** An agreement's end: a date, `none`, or `{term: 5y}`. */
  | { readonly t: 'end' }
  | { readonly t: 'object'; readonly fields: Fields }
  | { readonly t: 'objects'; readonly fields: Fields };

export interface FieldSpec {
  readonly shape: Shape;
  readonly required?: true;
  /** `unknown` is one of its codes (for a date: its one word besides a date): the record can say, explicitly, that nobody knows. */
  readonly unknown?: true;
  /** Personal or internal data: left out of anything published (the site) unless asked (UU 27/2022). */
  readonly private?: true;
  /**
   * kerjasama new: the field has a flag (default `--` and the key in kebab-case); on a terminal it is asked
   * when required, or `ask: 'always'`, or (`'detail'`) when the user chooses to add details; otherwise it
   * is given by its flag only. `repeat`: one list item per flag; `kv`: within a `key=value,…` flag, the key
   * for this sub-field (default its own key).
   */
  readonly new?: { readonly flag?: string; readonly ask?: 'always' | 'detail'; readonly repeat?: true; readonly kv?: string };
  /** kerjasama import: the header names offices use for this field (compared case- and spacing-insensitively). */
  readonly import?: readonly string[];
  /** kerjasama list: a column, dropped in a narrow terminal from the highest priority; wraps when long. */
  readonly list?: { readonly priority?: number; readonly wrap?: true };
  /**
   * kerjasama aggregate conflicts: how the field is compared between the records several registers keep of
   * one agreement or partner. By default a fact is compared (a date, a code, a reference, a number, a list of
   * codes) and words are not (text, notes, lists of text, links: each register writes its own). `own`: each
   * register's own, never compared (its owner, its approvals, when it confirmed); `compare`: text compared all
   * the same (an agreement number, a name in the partner's script); `name`: a partner's name, compared with
   * its aliases and the kind of region in any language aside; `parties`: an agreement's partners, compared
   * as its parties with the register's own region.
   */
  readonly across?: 'own' | 'compare' | 'name' | 'parties';
}

export type Fields = Readonly<Record<string, FieldSpec>>;

const s = {
  id: { t: 'id' }, text: { t: 'text' }, notes: { t: 'notes' }, date: { t: 'date' }, period: { t: 'period' }, duration: { t: 'duration' },
  url: { t: 'url' }, country: { t: 'country' }, bool: { t: 'bool' }, integer: { t: 'integer' }, number: { t: 'number' },
  durations: { t: 'durations' }, texts: { t: 'texts' }, countries: { t: 'countries' }, links: { t: 'links' }, sources: { t: 'sources' }, sectors: { t: 'sectors' }, end: { t: 'end' },
} as const;
const enumOf = <C extends readonly string[]>(codes: C) => ({ t: 'enum', codes }) as const;
const enumsOf = <C extends readonly string[]>(codes: C) => ({ t: 'enums', codes }) as const;
const ref = (kind: Kind): Shape => ({ t: 'ref', kind });
const refs = (kind: Kind): Shape => ({ t: 'refs', kind });
const object = (fields: Fields): Shape => ({ t: 'object', fields });
const objects = (fields: Fields): Shape => ({ t: 'objects', fields });

export const CATEGORY_CODES = ['KSDD', 'KSDPK', 'KSDPL', 'KSDLL', 'PUSAT'] as const;
export const SUBFORM_CODES = ['wajib', 'sukarela', 'provinsi_kembar', 'kabupaten_kota_kembar', 'lainnya', 'lanjutan_pusat'] as const;
export const DOCUMENT_TYPE_CODES = ['loi', 'mou', 'pks', 'action_plan', 'addendum', 'renewal', 'unknown'] as const;
export const DECLARED_STATUS_CODES = ['draft', 'negotiating', 'signed', 'active', 'expired', 'terminated', 'superseded', 'unknown'] as const;
export const OBJECT_CODES = ['iptek', 'pertukaran_budaya', 'kapasitas_teknis', 'promosi_potensi', 'lainnya'] as const;
export const PARTNER_TYPE_CODES = [
  'province', 'regency', 'city', 'central_government', 'foreign_subnational', 'foreign_government', 'foreign_institution', 'company', 'university', 'ngo', 'person', 'other',
] as const;
export const ACTIVITY_TYPE_CODES = [
  'visit', 'exchange', 'training', 'scholarship', 'trade_mission', 'exhibition', 'cultural_event', 'sports_event', 'technical_project', 'investment', 'grant', 'meeting', 'other', 'unknown',
] as const;
export const ACTIVITY_STATUS_CODES = ['planned', 'held', 'cancelled'] as const;
export const APPROVAL_STATUS_CODES = ['not_applicable', 'unknown'] as const;
export const LANGUAGE_CODES = ['id', 'en'] as const;
/** What the evaluation report recommends for a partnership (docs/periodic-reports.md, the rule). */
export const RECOMMENDATION_CODES = ['continue', 'renew', 'revitalise', 'end'] as const;
export const FREQUENCY_CODES = ['month', 'quarter', 'semester', 'year'] as const;
/** How often a published register is updated (Satu Data metadata, kerjasama export). */
export const UPDATE_FREQUENCY_CODES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'irregular'] as const;

/** Fields every record kind ends with. */
const TAIL = {
  sources: { shape: s.sources, new: { flag: '--source', ask: 'detail', repeat: true }, import: HEADERS.sources },
  notes: { shape: s.notes, new: { ask: 'detail' }, import: HEADERS.notes },
  example: { shape: s.bool, across: 'own' },
} as const satisfies Fields;

/** Identifiers in public registers (partner ids, kerjasama.yaml owner_ids): each optional, format-checked by the schema. */
const IDENTIFIERS: Fields = {
  kemendagri: { shape: s.text },
  iso3166_2: { shape: s.text },
  wikidata: { shape: s.text },
};

const APPROVAL: Fields = {
  number: { shape: s.text },
  date: { shape: s.date },
  by: { shape: s.text },
  notes: { shape: s.notes },
  status: { shape: enumOf(APPROVAL_STATUS_CODES), unknown: true },
  reason: { shape: s.text },
};

export const PARTNER_FIELDS = {
  id: { shape: s.id },
  name: { shape: s.text, required: true, new: { ask: 'always' }, list: { wrap: true }, across: 'name' },
  name_local: { shape: s.text, new: { ask: 'detail' }, across: 'compare' },
  aliases: { shape: s.texts, new: { ask: 'detail' } },
  type: { shape: enumOf(PARTNER_TYPE_CODES), required: true, new: { ask: 'always' }, list: { priority: 2, wrap: true } },
  country: { shape: s.country, required: true, new: { ask: 'always' }, list: {} },
  region: { shape: s.text, new: {} },
  ids: { shape: object(IDENTIFIERS), new: {}, list: { priority: 9 } },
  website: { shape: s.url, new: { ask: 'detail' } },
  contacts: {
    shape: objects({ name: { shape: s.text }, role: { shape: s.text }, email: { shape: s.text }, phone: { shape: s.text }, notes: { shape: s.notes } }),
    private: true,
  },
  ...TAIL,
} as const satisfies Fields;

export const AGREEMENT_FIELDS = {
  id: { shape: s.id },
  title: {
    shape: s.text, required: true, new: { ask: 'always' }, list: { wrap: true },
    import: HEADERS.title,
  },
  original_title: { shape: s.text, new: { ask: 'detail' }, import: HEADERS.original_title },
  category: {
    shape: enumOf(CATEGORY_CODES), required: true, new: { ask: 'always' }, list: { priority: 3 },
    import: HEADERS.category,
  },
  subform: { shape: enumOf(SUBFORM_CODES), new: {} },
  document_type: {
    shape: enumOf(DOCUMENT_TYPE_CODES), required: true, unknown: true, new: { ask: 'always' }, list: { priority: 5, wrap: true },
    import: HEADERS.document_type,
  },
  owner: { shape: ref('partner'), new: {}, across: 'own' },
  partners: { shape: refs('partner'), required: true, new: { ask: 'always' }, list: { priority: 1, wrap: true }, across: 'parties' },
  signatures: {
    shape: objects({
      // Left out when the document does not say who signed: the date (and the rest) still count.
      party: { shape: ref('partner') },
      date: { shape: s.date },
      place: { shape: s.text },
      signatory: { shape: s.text },
      signatory_title: { shape: s.text, new: { kv: 'title' } },
      number: { shape: s.text, across: 'compare' },
      notes: { shape: s.notes },
    }),
    new: { flag: '--signature', repeat: true },
  },
  document_date: { shape: s.date, new: { ask: 'detail' }, import: HEADERS.document_date, list: { priority: 10 } },
  planned_signing: { shape: s.date, new: { ask: 'detail' }, import: HEADERS.planned_signing },
  effective: {
    shape: s.date, new: { ask: 'detail' },
    import: HEADERS.effective,
  },
  end: {
    shape: s.end, new: { ask: 'always' },
    import: HEADERS.end,
  },
  renews_every: { shape: s.period, new: { ask: 'detail' } },
  extendable_by: { shape: s.period, new: { ask: 'detail' }, import: HEADERS.extendable_by },
  status: {
    shape: enumOf(DECLARED_STATUS_CODES), required: true, unknown: true, new: { ask: 'always' }, list: { priority: 7, wrap: true },
    import: HEADERS.status,
  },
  confirmed: { shape: s.date, new: { ask: 'detail' }, list: { priority: 8 }, import: HEADERS.confirmed, across: 'own' },
  termination: { shape: object({ date: { shape: s.date, required: true }, reason: { shape: s.text } }), new: { ask: 'detail' } },
  evaluation: { shape: object({ recommendation: { shape: enumOf(RECOMMENDATION_CODES), required: true }, date: { shape: s.date }, reason: { shape: s.text } }), across: 'own' },
  parent: { shape: ref('agreement'), new: {} },
  renews: { shape: ref('agreement'), new: {} },
  sectors: { shape: s.sectors, new: { ask: 'always' }, import: HEADERS.sectors },
  objects: { shape: enumsOf(OBJECT_CODES), new: { ask: 'detail' } },
  scope: { shape: s.texts, new: { ask: 'detail', repeat: true }, import: HEADERS.scope },
  unit: { shape: s.text, new: {}, import: HEADERS.unit },
  approvals: {
    shape: object({
      dprd: { shape: object(APPROVAL), new: { ask: 'detail' } },
      central: { shape: object(APPROVAL), new: { ask: 'detail' } },
      full_powers: { shape: object(APPROVAL), new: { ask: 'detail' } },
    }),
    across: 'own',
  },
  documents: { shape: s.links, new: { flag: '--document', ask: 'detail', repeat: true } },
  ...TAIL,
} as const satisfies Fields;

export const ACTIVITY_FIELDS = {
  id: { shape: s.id },
  title: { shape: s.text, required: true, new: { ask: 'always' }, list: { wrap: true } },
  type: { shape: enumOf(ACTIVITY_TYPE_CODES), required: true, unknown: true, new: { ask: 'always' }, list: { priority: 2, wrap: true } },
  status: { shape: enumOf(ACTIVITY_STATUS_CODES), new: {} },
  start: { shape: s.date, required: true, unknown: true, new: { ask: 'always' } },
  end: { shape: s.date, new: {} },
  // "Every year since about 1990": how often, and the latest occurrence on record.
  recurs: { shape: object({ every: { shape: s.period, required: true }, latest: { shape: s.date } }), new: { ask: 'detail' } },
  agreements: { shape: refs('agreement'), new: { ask: 'always' }, list: { priority: 4, wrap: true } },
  partners: { shape: refs('partner'), new: {}, list: { priority: 1, wrap: true } },
  owner: { shape: ref('partner'), new: {} },
  sectors: { shape: s.sectors, new: { ask: 'always' } },
  unit: { shape: s.text, new: {} },
  location: { shape: s.text, new: {} },
  participants: { shape: object({ count: { shape: s.integer }, description: { shape: s.text } }), new: { ask: 'detail' } },
  budget: { shape: object({ amount: { shape: s.number, required: true }, currency: { shape: s.text, required: true }, source: { shape: s.text } }), new: { ask: 'detail' } },
  outputs: { shape: s.texts, new: { ask: 'detail', repeat: true } },
  obstacles: { shape: s.texts, new: { ask: 'detail', repeat: true } },
  follow_up: { shape: s.texts, new: { ask: 'detail', repeat: true } },
  evidence: { shape: s.links, new: { ask: 'detail', repeat: true } },
  ...TAIL,
} as const satisfies Fields;

export const CONFIG_FIELDS = {
  schema_version: { shape: s.integer },
  name: { shape: s.text, required: true },
  owner: { shape: ref('partner') },
  owner_ids: { shape: object(IDENTIFIERS) },
  checks: { shape: object({ iso3166_2_required: { shape: s.bool } }) },
  language: { shape: enumOf(LANGUAGE_CODES) },
  timezone: { shape: s.text },
  sectors: { shape: objects({ id: { shape: s.text, required: true }, name: { shape: s.text, required: true }, name_en: { shape: s.text } }) },
  thresholds: {
    shape: object({
      expiry_horizon: { shape: s.duration },
      renewal_lead: { shape: object(Object.fromEntries(CATEGORY_CODES.map((c) => [c, { shape: s.duration }]))) },
      inactivity_window: { shape: s.duration },
      max_term: { shape: s.duration },
      stale_after: { shape: s.duration },
    }),
  },
  calendar: { shape: object({ reminder: { shape: s.duration } }) },
  reminders: {
    shape: object({
      before_end: { shape: s.durations },
      weekly_from: { shape: s.duration },
      daily_from: { shape: s.duration },
      before_renewal_start: { shape: s.durations },
      overdue_every: { shape: s.duration },
      review_day: { shape: s.integer },
    }),
  },
  reporting: {
    shape: object({
      frequency: { shape: enumOf(FREQUENCY_CODES) },
      addressee: { shape: s.text },
      place: { shape: s.text },
      signatories: { shape: objects({ office: { shape: s.text, required: true }, name: { shape: s.text } }) },
      templates: { shape: object({ recap: { shape: s.text }, implementation: { shape: s.text }, evaluation: { shape: s.text } }) },
    }),
  },
  approvals: { shape: object({ required_from: { shape: object({ dprd: { shape: s.date }, central: { shape: s.date } }) } }) },
  countries: { shape: object({ no_relations: { shape: s.countries }, special_rules: { shape: s.countries } }) },
  /** What kerjasama export writes about the register as a data set (licences, sources, Satu Data metadata). */
  publication: {
    shape: object({
      licenses: { shape: objects({ name: { shape: s.text, required: true }, path: { shape: s.url }, title: { shape: s.text } }) },
      sources: { shape: objects({ title: { shape: s.text, required: true }, path: { shape: s.url } }) },
      satu_data: {
        shape: object({ producer: { shape: s.text }, steward: { shape: s.text }, frequency: { shape: enumOf(UPDATE_FREQUENCY_CODES) }, region_code: { shape: s.text } }),
      },
    }),
  },
} as const satisfies Fields;

export const FIELDS: Readonly<Record<Kind, Fields>> = { partner: PARTNER_FIELDS, agreement: AGREEMENT_FIELDS, activity: ACTIVITY_FIELDS };

/** The fields of a kind that are private (left out of the site unless --include-private). */
export function privateFields(kind: Kind): string[] {
  return Object.entries(FIELDS[kind]).filter(([, f]) => f.private).map(([k]) => k);
}

/**
 * The private field a diagnostic is about, as a reader names it (`contacts`, `contacts[0]`), or undefined.
 * Its message may quote the value, a key written in it or part of it (a phone written as a number, an
 * e-mail that is not one): anything published says only where the problem is and what kind it is.
 */
export function privateFieldOf(d: Pick<Diagnostic, 'file' | 'pointer'>): string | undefined {
  if (d.pointer === undefined || d.pointer === '') return undefined;
  // The kind from the record's folder (types.ts's KIND_DIRS, not imported: types.ts imports this module).
  const kind = ({ partners: 'partner', agreements: 'agreement', activities: 'activity' } as const)[d.file.split('/')[1] ?? ''];
  if (!kind || !d.file.startsWith('data/')) return undefined;
  const [field = '', index] = d.pointer.slice(1).split('/');
  if (!FIELDS[kind][field]?.private) return undefined;
  return index !== undefined && /^\d+$/.test(index) ? `${field}[${index}]` : field;
}

/** Every field of a kind by path (`approvals.dprd.number`, `signatures.date`), depth first, in order. */
export function fieldPaths(fields: Fields, prefix = ''): Array<[string, FieldSpec]> {
  return Object.entries(fields).flatMap(([k, f]): Array<[string, FieldSpec]> => {
    const path = prefix + k;
    const inner = f.shape.t === 'object' || f.shape.t === 'objects' ? fieldPaths(f.shape.fields, path + '.') : [];
    return [[path, f], ...inner];
  });
}

/** The kebab-case flag of a key: `original_title` → `--original-title`. */
export const flagOfKey = (key: string): string => '--' + key.replace(/_/g, '-');
