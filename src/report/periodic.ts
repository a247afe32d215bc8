// Report: the periodic reports a bureau sends (pelaporan; monitoring dan evaluasi), as values for a period:
// - recap: each agreement in force on some day of the period or signed in it, with its parties' numbers
//   and signing dates, partners, objects and sectors, scope, term, status at the period's end, approvals,
//   unit, activities and budget in the period, and remarks; totals by category and by sector (urusan);
// - implementation: the same agreements, each with its activities in the period (results, obstacles,
//   follow-up);
// - evaluation: each partnership of those agreements, judged at the period's end on documented criteria,
//   with a recommendation by a documented rule (docs/periodic-reports.md), or the bureau's own.
// Status, stage, term and staleness are the facts' as of the period's last day; renewal dates and dormancy
// are report expiring's and report inactive's for that day. Codes only: the view gives them words.

import { type DerivedStatus } from '../model/agreement.js';
import { addDuration, iso, parseDate } from '../model/dates.js';
import type { Period } from '../model/period.js';
import type { Activity, Agreement, Approval, Category, Dataset, Recommendation } from '../model/types.js';
import { CATEGORIES } from '../model/types.js';
import { factsOf, inForceDuring, signedDuring, type AgreementFacts } from '../facts/facts.js';
import { activityTiming, partnerships, partnershipActivities, partnershipInForce, stageOf, type Stage } from '../facts/partnerships.js';
import { expiringReport, type ExpiringRow } from './expiring.js';
import { agreementMatches, type Filters } from './filters.js';
import { inactiveReport, type InactiveRow } from './inactive.js';

export interface PeriodValue { text: string; kind: Period['kind']; from: string; to: string }

export interface SignatureFact { party: string; partyName: string; number: string | null; date: string | null; place: string | null }

/** An approval as the record has it: recorded (a number or a date), said not to apply or not to be known, or not recorded at all. */
export interface ApprovalFact { state: 'recorded' | 'not_applicable' | 'unknown' | 'not_recorded'; number: string | null; date: string | null; by: string | null; reason: string | null }

export interface ActivityFact {
  id: string; title: string; type: string; start: string; end: string | null; location: string | null;
  /** As of the period's last day. */
  state: 'held' | 'planned';
  participants: { count: number | null; description: string | null } | null;
  budget: { amount: number; currency: string; source: string | null } | null;
  outputs: string[]; obstacles: string[]; followUp: string[];
}

export type RemarkCode = 'renewal_due' | 'overdue' | 'renewal_unrecorded' | 'dormant' | 'dormant_undated' | 'never_active' | 'end_unknown' | 'start_unknown' | 'type_unknown' | 'status_unknown' | 'approval_unknown' | 'stale';
export interface Remark { code: RemarkCode; date?: string; detail?: string; count?: number }

export interface RecapRow {
  id: string;
  category: Category;
  documentType: string;
  title: string;
  originalTitle: string | null;
  /** Our own region's signatures (the owner's), and the counterparts'. */
  ours: SignatureFact[];
  theirs: SignatureFact[];
  documentDate: string | null;
  partners: Array<{ id: string; name: string; country: string; region: string | null }>;
  objects: string[];
  sectors: string[];
  scope: string[];
  /** The start as the facts give it (a recorded date); null when not known. */
  start: string | null;
  end: { kind: AgreementFacts['end']['kind']; text: string | null; uncertain: boolean; open: boolean };
  /** As of the period's last day (list agreements --as-of <that day> says the same). */
  status: DerivedStatus;
  declaredStatus: string;
  approvals: { dprd: ApprovalFact; central: ApprovalFact };
  unit: string | null;
  activities: ActivityFact[];
  /** The activities' budgets in the period, per currency. */
  budget: Array<{ currency: string; amount: number }>;
  activitiesWithoutBudget: number;
  remarks: Remark[];
}

export interface RecapReport {
  period: PeriodValue;
  rows: RecapRow[];
  byCategory: Record<Category, number>;
  /** Agreements per sector id (an agreement counts in each of its sectors); `none` for those that record none. */
  bySector: Record<string, number>;
  considered: number;
}

export type Criterion = 'yes' | 'no' | 'unknown' | 'not_required';
/** Which step of the rule gave the recommendation (docs/periodic-reports.md, "The recommendation"). */
export type RuleStep = 'override' | 'stage_unknown' | 'ended_active' | 'ended_dormant' | 'not_yet' | 'dormant' | 'renewal_due' | 'active';

export interface EvaluationRow {
  partner: { id: string; name: string; country: string };
  owner: string | null;
  agreements: string[];
  category: Category;
  stage: Stage;
  inForce: Criterion;
  activity: Criterion;
  approvals: Criterion;
  document: Criterion;
  outputs: Criterion;
  lastActivity: { id: string; title: string; date: string } | null;
  recommendation: Recommendation | null;
  step: RuleStep;
  override: { date: string | null; reason: string | null } | null;
}

export interface EvaluationReport { period: PeriodValue; window: string; rows: EvaluationRow[]; considered: number }

export interface PeriodicReport { recap: RecapReport; evaluation: EvaluationReport }

export interface PeriodicOptions { filters: Filters }

const FOREIGN = new Set<Category>(['KSDPL', 'KSDLL']);

function approvalFact(ap: Approval | undefined): ApprovalFact {
  if (!ap) return { state: 'not_recorded', number: null, date: null, by: null, reason: null };
  const base = { number: ap.number ?? null, date: ap.date ?? null, by: ap.by ?? null, reason: ap.reason ?? null };
  if (ap.status === 'not_applicable') return { state: 'not_applicable', ...base };
  if (ap.status === 'unknown') return { state: 'unknown', ...base };
  return { state: ap.number || ap.date ? 'recorded' : 'unknown', ...base };
}

function activityFact(act: Activity, to: number): ActivityFact {
  const t = activityTiming(act, to);
  const d = act.data;
  return {
    id: act.id, title: d.title, type: d.type, start: d.start, end: d.end ?? null, location: d.location ?? null,
    state: t?.held ? 'held' : 'planned',
    participants: d.participants ? { count: d.participants.count ?? null, description: d.participants.description ?? null } : null,
    budget: d.budget ? { amount: d.budget.amount, currency: d.budget.currency, source: d.budget.source ?? null } : null,
    outputs: d.outputs ?? [], obstacles: d.obstacles ?? [], followUp: d.follow_up ?? [],
  };
}

/** An activity not cancelled whose days meet the period. */
function inPeriod(act: Activity, from: number, to: number): boolean {
  if (act.data.status === 'cancelled') return false;
  const start = parseDate(act.data.start);
  if (!start) return false;
  const end = act.data.end ? parseDate(act.data.end) : undefined;
  return start.first <= to && (end ?? start).last >= from;
}

const byStart = (a: Activity, b: Activity): number => (parseDate(a.data.start)?.first ?? 0) - (parseDate(b.data.start)?.first ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The agreements a periodic report covers: in force on some day of the period, or signed in it. */
export function agreementsOfPeriod(d: Dataset, p: Period, filters: Filters): Agreement[] {
  const facts = factsOf(d, p.to);
  const start = (a: Agreement): number => facts.of(a).start?.first ?? Number.MAX_SAFE_INTEGER;
  const rank = (a: Agreement): number => CATEGORIES.indexOf(a.data.category);
  return [...d.agreements.values()]
    .filter((a) => agreementMatches(a, filters, d) && (inForceDuring(a, p.from, p.to) || signedDuring(a, p.from, p.to)))
    .sort((x, y) => rank(x) - rank(y) || start(x) - start(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function periodicReport(d: Dataset, p: Period, o: PeriodicOptions): PeriodicReport {
  const { from, to } = p;
  const facts = factsOf(d, to);
  const period: PeriodValue = { text: p.text, kind: p.kind, from: iso(from), to: iso(to) };
  const agreements = agreementsOfPeriod(d, p, o.filters);
  const inRecap = new Set(agreements.map((a) => a.id));
  // Renewal dates and dormancy as the reports give them for the period's last day.
  const expiring = new Map<string, ExpiringRow>(expiringReport(d, to, { within: d.config.expiryHorizon, all: false, filters: o.filters }).rows.map((r) => [r.id, r]));
  const inactive = inactiveReport(d, to, { since: d.config.inactivityWindow, filters: o.filters });
  const dormantOf = new Map<string, InactiveRow>();
  for (const row of inactive.rows) for (const id of row.agreements) if (!dormantOf.has(id)) dormantOf.set(id, row);
  const activitiesOf = new Map<string, Activity[]>();
  for (const act of d.activities.values()) {
    // An activity of an agreement the report covers counts whatever its own sectors or unit.
    if (!inPeriod(act, from, to)) continue;
    for (const id of new Set(act.data.agreements ?? [])) if (inRecap.has(id)) activitiesOf.set(id, [...(activitiesOf.get(id) ?? []), act]);
  }

  const rows: RecapRow[] = agreements.map((a) => {
    const f = facts.of(a);
    // Ours: the agreement's own region's signature (its owner, else the register's); theirs: every other party's.
    const ours = (party: string): boolean => party === f.owner;
    // A signature whose party the copy does not name: among theirs, with no party (an empty name, never a guess).
    const sig = (s: NonNullable<typeof a.data.signatures>[number]): SignatureFact => ({ party: s.party ?? '', partyName: s.party === undefined ? '' : facts.partner(s.party)?.name ?? d.partners.get(s.party)?.data.name ?? s.party, number: s.number ?? null, date: s.date ?? null, place: s.place ?? null });
    const sigs = a.data.signatures ?? [];
    const acts = (activitiesOf.get(a.id) ?? []).sort(byStart).map((act) => activityFact(act, to));
    const budget = new Map<string, number>();
    for (const act of acts) if (act.budget) budget.set(act.budget.currency, (budget.get(act.budget.currency) ?? 0) + act.budget.amount);
    const dprd = approvalFact(a.data.approvals?.dprd);
    const central = approvalFact(a.data.approvals?.central);
    return {
      id: a.id,
      category: a.data.category,
      documentType: a.data.document_type,
      title: a.data.title,
      originalTitle: a.data.original_title ?? null,
      ours: sigs.filter((s) => s.party !== undefined && ours(s.party)).map(sig),
      theirs: sigs.filter((s) => s.party === undefined || !ours(s.party)).map(sig),
      documentDate: a.data.document_date ?? null,
      partners: f.counterparts.map((c) => ({ id: c.id, name: c.name, country: c.country, region: d.partners.get(c.id)?.data.region ?? null })),
      objects: a.data.objects ?? [],
      sectors: a.data.sectors ?? [],
      scope: a.data.scope ?? [],
      start: f.start?.text ?? null,
      end: { kind: f.end.kind, text: f.end.text, uncertain: f.end.uncertain, open: f.end.open },
      status: f.status,
      declaredStatus: a.data.status,
      approvals: { dprd, central },
      unit: a.data.unit ?? null,
      activities: acts,
      budget: [...budget.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([currency, amount]) => ({ currency, amount })),
      activitiesWithoutBudget: acts.filter((x) => !x.budget).length,
      remarks: remarksOf(a, f, expiring.get(a.id), dormantOf.get(a.id), dprd, central),
    };
  });
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, rows.filter((r) => r.category === c).length])) as Record<Category, number>;
  const bySector: Record<string, number> = {};
  for (const r of rows) for (const s of r.sectors.length ? r.sectors : ['none']) bySector[s] = (bySector[s] ?? 0) + 1;
  const recap: RecapReport = { period, rows, byCategory, bySector, considered: agreements.length };
  return { recap, evaluation: evaluationOf(d, p, period, agreements, expiring, inactive.rows) };
}

function remarksOf(a: Agreement, f: AgreementFacts, exp: ExpiringRow | undefined, dormant: InactiveRow | undefined, dprd: ApprovalFact, central: ApprovalFact): Remark[] {
  const out: Remark[] = [];
  if (exp) {
    if (exp.bucket === 'overdue') out.push({ code: 'overdue', date: exp.end });
    else if (exp.bucket === 'renewal_unrecorded') out.push({ code: 'renewal_unrecorded', date: exp.end });
    else out.push({ code: 'renewal_due', date: exp.renewalStart });
  }
  // As report inactive says it: the last activity; else the activities on record whose date is not known; else none on record.
  if (dormant) {
    out.push(dormant.lastActivity ? { code: 'dormant', date: dormant.lastActivity.date }
      : dormant.undatedActivities.length > 0 ? { code: 'dormant_undated', count: dormant.undatedActivities.length } : { code: 'never_active' });
  }
  if (f.start === undefined) out.push({ code: 'start_unknown' });
  if (f.end.kind === 'unknown') out.push({ code: 'end_unknown' });
  if (a.data.document_type === 'unknown') out.push({ code: 'type_unknown' });
  if (a.data.status === 'unknown') out.push({ code: 'status_unknown' });
  for (const [k, ap] of [['dprd', dprd], ['central', central]] as const) if (ap.state === 'unknown') out.push({ code: 'approval_unknown', detail: k });
  if (f.stale) out.push({ code: 'stale', ...(a.data.confirmed ? { date: a.data.confirmed } : {}) });
  return out;
}

/**
 * Each partnership of the period's agreements, judged at the period's end. The rule (first that applies):
 * the bureau's own recommendation (evaluation: on an agreement of the chain, dated on or before the
 * period's end); a stage nobody knows: none; not in force at the end: renew if it was active within the
 * window, else end; not yet in force (an LoI, signed but not started, negotiating): continue; in force
 * but dormant: revitalise; in force, renewal due by the end (or overdue, or not on record): renew;
 * otherwise continue.
 */
function evaluationOf(d: Dataset, p: Period, period: PeriodValue, agreements: Agreement[], expiring: Map<string, ExpiringRow>, dormantRows: InactiveRow[]): EvaluationReport {
  const facts = factsOf(d, p.to);
  const ids = new Set(agreements.map((a) => a.id));
  const windowStart = addDuration(p.to, d.config.inactivityWindow, -1);
  const dormantKeys = new Set(dormantRows.map((r) => `${r.owner ?? ''}|${r.partner.id}|${r.agreements.join(',')}`));
  const rows: EvaluationRow[] = partnerships(facts, (a) => ids.has(a.id)).map((ship) => {
    const stage = stageOf(facts, ship);
    const inForce = partnershipInForce(facts, ship);
    let last: { act: Activity; day: number; date: string } | undefined;
    for (const act of partnershipActivities(ship, d)) {
      const t = activityTiming(act, p.to);
      if (t?.held && (!last || t.day > last.day || (t.day === last.day && act.id < last.act.id))) last = { act, day: t.day, date: t.date.text };
    }
    const activeInWindow = last !== undefined && last.day >= windowStart;
    const dormant = dormantKeys.has(`${ship.owner ?? ''}|${ship.partner.id}|${ship.agreements.map((a) => a.id).join(',')}`);
    const latest = ship.agreements[ship.agreements.length - 1] as Agreement;
    const category = latest.data.category;
    const approvalsOf = (a: Agreement): Criterion => {
      if (!FOREIGN.has(a.data.category) || a.data.document_type === 'loi') return 'not_required';
      const start = facts.of(a).start;
      const req = d.config.approvalsRequiredFrom;
      const one = (ap: Approval | undefined, from: number): Criterion => {
        const fct = approvalFact(ap);
        if (fct.state === 'recorded' || fct.state === 'not_applicable') return 'yes';
        if (fct.state === 'unknown') return 'unknown';
        return start && start.first < from ? 'not_required' : start ? 'no' : 'unknown';
      };
      const both = [one(a.data.approvals?.dprd, req.dprd), one(a.data.approvals?.central, req.central)];
      return both.includes('no') ? 'no' : both.includes('unknown') ? 'unknown' : both.every((x) => x === 'not_required') ? 'not_required' : 'yes';
    };
    const judged = ship.agreements.filter((a) => facts.of(a).inForce);
    const approvalsAll = (judged.length ? judged : [latest]).map(approvalsOf);
    const approvals: Criterion = approvalsAll.includes('no') ? 'no' : approvalsAll.includes('unknown') ? 'unknown' : approvalsAll.every((x) => x === 'not_required') ? 'not_required' : 'yes';
    const outputs = partnershipActivities(ship, d).some((act) => inPeriod(act, p.from, p.to) && (act.data.outputs ?? []).length > 0);
    const renewalDue = ship.agreements.some((a) => {
      const r = expiring.get(a.id);
      return r !== undefined && (r.bucket === 'overdue' || r.bucket === 'renewal_unrecorded' || parseDate(r.renewalStart)?.first !== undefined && (parseDate(r.renewalStart)?.first as number) <= p.to);
    });
    const overrideOf = ship.agreements
      .flatMap((a) => (a.data.evaluation ? [{ e: a.data.evaluation, day: a.data.evaluation.date ? parseDate(a.data.evaluation.date)?.first : undefined, start: facts.of(a).start?.first ?? 0 }] : []))
      .filter((x) => x.day === undefined || x.day <= p.to)
      .sort((x, y) => (y.day ?? y.start) - (x.day ?? x.start))[0];
    let recommendation: Recommendation | null;
    let step: RuleStep;
    if (overrideOf) [recommendation, step] = [overrideOf.e.recommendation, 'override'];
    else if (stage === 'unknown') [recommendation, step] = [null, 'stage_unknown'];
    else if (stage === 'ended') [recommendation, step] = activeInWindow ? ['renew', 'ended_active'] : ['end', 'ended_dormant'];
    else if (!inForce) [recommendation, step] = ['continue', 'not_yet'];
    else if (dormant || !activeInWindow) [recommendation, step] = ['revitalise', 'dormant'];
    else if (renewalDue) [recommendation, step] = ['renew', 'renewal_due'];
    else [recommendation, step] = ['continue', 'active'];
    return {
      partner: { id: ship.partner.id, name: ship.partner.name, country: ship.partner.country },
      owner: ship.owner ?? null,
      agreements: ship.agreements.map((a) => a.id),
      category,
      stage,
      inForce: stage === 'unknown' ? 'unknown' : inForce ? 'yes' : 'no',
      activity: activeInWindow ? 'yes' : 'no',
      approvals,
      document: ship.agreements.some((a) => (a.data.documents ?? []).length > 0) ? 'yes' : 'no',
      outputs: outputs ? 'yes' : 'no',
      lastActivity: last ? { id: last.act.id, title: last.act.data.title, date: last.date } : null,
      recommendation,
      step,
      override: overrideOf ? { date: overrideOf.e.date ?? null, reason: overrideOf.e.reason ?? null } : null,
    };
  });
  return { period, window: `${d.config.inactivityWindow.count}${d.config.inactivityWindow.unit}`, rows, considered: rows.length };
}
