// kerjasama.yaml: shape (schema), then normalise (fill defaults), then rules that need more than a schema.

import { day, isValidTimeZone, parseDate, parseDuration, type Duration } from '../model/dates.js';
import { zoneByWords } from '../model/written.js';
import type { Category, Config, ConfigData, Diagnostic } from '../model/types.js';
import { CATEGORIES } from '../model/types.js';
import { URUSAN } from '../model/sectors.js';

import { CONFIG_FILE } from './folders.js';

export { CONFIG_FILE };

const DEFAULT_LEAD: Record<Category, string> = { KSDD: '90d', KSDPK: '90d', KSDPL: '180d', KSDLL: '180d', PUSAT: '90d' };

/** UU 23/2014 (Pemerintahan Daerah), promulgated 2 October 2014: Pasal 367 requires both approvals. */
export const APPROVALS_LAW_DAY = day('2014-10-02');

/** A required-from date as the first day it certainly applies (a vague date: its last day). */
const requiredFrom = (text: string | undefined): number => (text === undefined ? APPROVALS_LAW_DAY : parseDate(String(text))?.last ?? APPROVALS_LAW_DAY);

const dur = (text: string | undefined, fallback: string): Duration => parseDuration(text ?? fallback) ?? (parseDuration(fallback) as Duration);

export function normaliseConfig(data: ConfigData): Config {
  const t = data.thresholds ?? {};
  const r = data.reminders ?? {};
  const p = data.reporting ?? {};
  const renewalLead = Object.fromEntries(CATEGORIES.map((c) => [c, dur(t.renewal_lead?.[c], DEFAULT_LEAD[c])])) as Record<Category, Duration>;
  return {
    name: data.name,
    ...(data.owner ? { owner: data.owner } : {}),
    ...(data.language ? { language: data.language } : {}),
    timezone: data.timezone ?? 'Asia/Jakarta',
    extraSectors: data.sectors ?? [],
    expiryHorizon: dur(t.expiry_horizon, '180d'),
    renewalLead,
    inactivityWindow: dur(t.inactivity_window, '12m'),
    maxTerm: dur(t.max_term, '5y'),
    staleAfter: dur(t.stale_after, '3y'),
    calendarReminder: dur(data.calendar?.reminder, '7d'),
    reminders: {
      beforeEnd: (r.before_end ?? ['180d', '90d', '60d', '30d']).map((t) => dur(t, '30d')),
      weeklyFrom: dur(r.weekly_from, '30d'),
      dailyFrom: dur(r.daily_from, '7d'),
      beforeRenewalStart: (r.before_renewal_start ?? ['30d']).map((t) => dur(t, '30d')),
      overdueEvery: dur(r.overdue_every, '7d'),
      reviewDay: r.review_day ?? 1,
    },
    reporting: {
      frequency: p.frequency ?? 'semester',
      ...(p.addressee ? { addressee: p.addressee } : {}),
      ...(p.place ? { place: p.place } : {}),
      signatories: p.signatories ?? [],
      templates: p.templates ?? {},
    },
    approvalsRequiredFrom: { dprd: requiredFrom(data.approvals?.required_from?.dprd), central: requiredFrom(data.approvals?.required_from?.central) },
    noRelations: data.countries?.no_relations ?? ['IL'],
    specialRules: data.countries?.special_rules ?? ['TW'],
    ownerIds: data.owner_ids ?? {},
    requireIso3166_2: data.checks?.iso3166_2_required ?? false,
    publication: data.publication ?? {},
  };
}

/** Rules on a schema-valid config. */
export function configDiagnostics(data: ConfigData): Diagnostic[] {
  const out: Diagnostic[] = [];
  const base = { code: 'config-invalid', severity: 'error' as const, file: CONFIG_FILE };
  if (data.timezone !== undefined && !isValidTimeZone(data.timezone)) {
    const zone = zoneByWords(data.timezone);
    out.push({ ...base, pointer: '/timezone', params: { field: 'timezone', reason: 'timezone', value: data.timezone, ...(zone ? { zone } : {}) } });
  }
  const builtIn = new Set(URUSAN.map((s) => s.id));
  const seen = new Set<string>();
  (data.sectors ?? []).forEach((s, i) => {
    if (builtIn.has(s.id) || seen.has(s.id)) {
      out.push({ ...base, pointer: `/sectors/${i}/id`, params: { field: `sectors[${i}].id`, reason: 'sector-taken', value: s.id } });
    }
    seen.add(s.id);
  });
  return out;
}

/** What stands in for a kerjasama.yaml that cannot be used (commands other than validate then refuse to run). */
export const DEFAULT_CONFIG: Config = normaliseConfig({ name: 'kerjasama' });
