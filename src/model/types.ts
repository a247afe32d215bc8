// The data model in TypeScript: records as the schemas in schemas/ define them, the loaded dataset,
// and the one Diagnostic type shared by YAML, schema and cross-record problems.

import type { Duration, KDate } from './dates.js';
import { ACTIVITY_TYPE_CODES, CATEGORY_CODES, DECLARED_STATUS_CODES, DOCUMENT_TYPE_CODES, FREQUENCY_CODES, PARTNER_TYPE_CODES, RECOMMENDATION_CODES } from './fields.js';

export type Lang = 'en' | 'id';
export type Kind = 'partner' | 'agreement' | 'activity';
export const KINDS: readonly Kind[] = ['partner', 'agreement', 'activity'];
export const KIND_DIRS: Readonly<Record<Kind, string>> = {
  partner: 'data/partners',
  agreement: 'data/agreements',
  activity: 'data/activities',
};

// The codes of each enum field are the field model's (fields.ts), which a test holds equal to the schemas.
export type Category = (typeof CATEGORY_CODES)[number];
export const CATEGORIES: readonly Category[] = CATEGORY_CODES;
export type PartnerType = (typeof PARTNER_TYPE_CODES)[number];
/** `unknown`: the record says, explicitly, that nobody knows (an original MoU nobody has seen). */
export type DocumentType = (typeof DOCUMENT_TYPE_CODES)[number];
export type DeclaredStatus = (typeof DECLARED_STATUS_CODES)[number];
export type ActivityType = (typeof ACTIVITY_TYPE_CODES)[number];
export type Recommendation = (typeof RECOMMENDATION_CODES)[number];
export type Frequency = (typeof FREQUENCY_CODES)[number];

/** A recorded approval, or one said not to apply (`not_applicable`) or not to be known (`unknown`), with a reason. */
export interface Approval { number?: string; date?: string; by?: string; notes?: string; status?: 'not_applicable' | 'unknown'; reason?: string }
export interface Signature {
  /** Left out when the document does not say who signed. */
  party?: string; date?: string; place?: string; signatory?: string; signatory_title?: string; number?: string; notes?: string;
}
export type EndSpec = string | 'none' | { term: string };

export interface PartnerData {
  id?: string; name: string; name_local?: string; aliases?: string[]; type: PartnerType; country: string;
  region?: string;
  /** Identifiers in public registers, each optional (kode wilayah, ISO 3166-2, Wikidata). */
  ids?: Identifiers;
  website?: string; contacts?: Array<Record<string, string>>; sources?: string[]; notes?: string; example?: boolean;
}
/** A region's or body's identifiers in public registers: what is known, nothing forced. */
export interface Identifiers { kemendagri?: string; iso3166_2?: string; wikidata?: string }
export interface AgreementData {
  id?: string; title: string; original_title?: string; category: Category; subform?: string; document_type: DocumentType;
  owner?: string; partners: string[]; signatures?: Signature[];
  /** The date written on the document (tanggal naskah), when it is not a signing date. */
  document_date?: string;
  planned_signing?: string; effective?: string; end?: EndSpec;
  status: DeclaredStatus; termination?: { date: string; reason?: string }; parent?: string; renews?: string;
  /** The bureau's own recommendation for the partnership, overriding the evaluation report's rule from its date on. */
  evaluation?: { recommendation: Recommendation; date?: string; reason?: string };
  /** The tie renews every so long (5y); the latest renewal may not be on file. */
  renews_every?: string;
  /** The document allows an extension of this length ("4 years, extendable by 4"): an option, not an extension. */
  extendable_by?: string;
  /** When the record's facts (its status above all) were last confirmed. */
  confirmed?: string;
  sectors?: string[]; objects?: string[]; scope?: string[]; unit?: string;
  approvals?: { dprd?: Approval; central?: Approval; full_powers?: Approval };
  documents?: string[]; sources?: string[]; notes?: string; example?: boolean;
}
export interface ActivityData {
  id?: string; title: string; agreements?: string[]; partners?: string[]; owner?: string; type: ActivityType;
  status?: 'planned' | 'held' | 'cancelled';
  /** A date as records write them, or `unknown`: on record, undated. */
  start: string; end?: string;
  /** A recurring activity: how often, and the latest occurrence on record. */
  recurs?: { every: string; latest?: string };
  sectors?: string[]; unit?: string; location?: string;
  participants?: { count?: number; description?: string };
  budget?: { amount: number; currency: string; source?: string };
  outputs?: string[];
  /** Obstacles met (kendala) and follow-up agreed (tindak lanjut): the implementation report prints them. */
  obstacles?: string[]; follow_up?: string[];
  evidence?: string[]; sources?: string[]; notes?: string; example?: boolean;
}

interface RecordOf<K extends Kind, D> {
  readonly kind: K;
  readonly id: string;
  /** Path relative to the register root, with forward slashes. */
  readonly file: string;
  readonly data: D;
}
export type Partner = RecordOf<'partner', PartnerData>;
export type Agreement = RecordOf<'agreement', AgreementData>;
export type Activity = RecordOf<'activity', ActivityData>;
export type AnyRecord = Partner | Agreement | Activity;

export interface ExtraSector { id: string; name: string; name_en?: string }
export interface ConfigData {
  /** The register format version its files are written in (versions.ts); absent: 1. */
  schema_version?: number;
  name: string; owner?: string; language?: Lang; timezone?: string; sectors?: ExtraSector[];
  /** The identifiers of the region that keeps the register. */
  owner_ids?: Identifiers;
  /** Rules a register turns on. */
  checks?: { iso3166_2_required?: boolean };
  thresholds?: {
    expiry_horizon?: string; renewal_lead?: Partial<Record<Category, string>>; inactivity_window?: string; max_term?: string;
    stale_after?: string;
  };
  approvals?: { required_from?: { dprd?: string; central?: string } };
  calendar?: { reminder?: string };
  reminders?: { before_end?: string[]; weekly_from?: string; daily_from?: string; before_renewal_start?: string[]; overdue_every?: string; review_day?: number };
  reporting?: {
    frequency?: Frequency; addressee?: string; place?: string; signatories?: Array<{ office: string; name?: string }>;
    templates?: { recap?: string; implementation?: string; evaluation?: string };
  };
  countries?: { no_relations?: string[]; special_rules?: string[] };
  publication?: Publication;
}

/** kerjasama.yaml's publication: what kerjasama export writes about the register as a data set. */
export interface Publication {
  licenses?: Array<{ name: string; path?: string; title?: string }>;
  sources?: Array<{ title: string; path?: string }>;
  satu_data?: { producer?: string; steward?: string; frequency?: string; region_code?: string };
}

/** When kerjasama remind sends each reminder (kerjasama.yaml reminders:, defaults filled in). */
export interface ReminderSchedule {
  beforeEnd: Duration[];
  weeklyFrom: Duration;
  dailyFrom: Duration;
  beforeRenewalStart: Duration[];
  overdueEvery: Duration;
  /** The day of the month for dormant partnerships and stale facts. */
  reviewDay: number;
}

/** The periodic reports' settings (kerjasama.yaml reporting:, defaults filled in). */
export interface Reporting {
  frequency: Frequency;
  addressee?: string;
  place?: string;
  signatories: Array<{ office: string; name?: string }>;
  templates: { recap?: string; implementation?: string; evaluation?: string };
}

/** The configuration with every default filled in. */
export interface Config {
  name: string;
  owner?: string;
  language?: Lang;
  timezone: string;
  extraSectors: ExtraSector[];
  expiryHorizon: Duration;
  renewalLead: Record<Category, Duration>;
  inactivityWindow: Duration;
  maxTerm: Duration;
  /** Facts confirmed longer ago than this are stale. */
  staleAfter: Duration;
  /** How long before a renewal-start day the calendar feed reminds. */
  calendarReminder: Duration;
  reminders: ReminderSchedule;
  reporting: Reporting;
  /** The first day on which each approval is required (before it, none is missing): day numbers. */
  approvalsRequiredFrom: { dprd: number; central: number };
  noRelations: string[];
  specialRules: string[];
  /** The owner's identifiers as kerjasama.yaml gives them. */
  ownerIds: Identifiers;
  /** Whether a foreign regional government without an ISO 3166-2 code gets a warning (off by default). */
  requireIso3166_2: boolean;
  /** As kerjasama.yaml gives it; nothing filled in (an export writes only what the register says). */
  publication: Publication;
  /**
   * An aggregate of registers (one dataset of a federation's members): each member's own region, namespaced
   * (`34:diy`), as `owner` is a register's. Never set from kerjasama.yaml.
   */
  owners?: readonly string[];
}

export interface Dataset {
  readonly config: Config;
  readonly partners: ReadonlyMap<string, Partner>;
  readonly agreements: ReadonlyMap<string, Agreement>;
  readonly activities: ReadonlyMap<string, Activity>;
  /** Ids of records that exist but failed YAML or schema checks: references to them are not "unknown". */
  readonly invalidIds: Readonly<Record<Kind, ReadonlySet<string>>>;
  /** How many record files were found, valid or not. */
  readonly fileCount: number;
  /**
   * YAML files outside the record folders (file-misplaced), by the id their name gives (the first found):
   * a reference to that id is told where the file lies, not "add the partner".
   */
  readonly misplaced?: ReadonlyMap<string, string>;
}

export type Severity = 'error' | 'warning';

/** One problem. Message and hint come from the catalogue in codes.ts, in the reader's language. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  /** Path relative to the register root, forward slashes. */
  file: string;
  /** JSON Pointer into the record, when the problem is about one value. */
  pointer?: string;
  /** Point at the key rather than the value (missing or unknown fields). */
  target?: 'key' | 'value';
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  params: Record<string, string | number>;
}

export type { KDate, Duration };
