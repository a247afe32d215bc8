// How the periodic reports read: the values a template fills in (recap, implementation, evaluation), in
// the reader's language, every unknown as "tidak diketahui" / "not known" and never blank. The built-in
// templates and a region's own .docx or .xlsx forms receive exactly this object, documented as the
// templates' contract in docs/periodic-reports.md; RECAP_COLUMNS says which field or derivation each
// column of the recap comes from (a test holds the docs to it).

import { civil, formatDuration, humanDate, humanKDate, parseDate } from '../model/dates.js';
import { codeLabel, fieldLabel, RECOMMENDATION_WORDS, type Words } from '../model/fields.words.js';
import { formatMoney, formatNumber } from '../model/format.js';
import { vocabulary } from '../model/sectors.js';
import type { Period } from '../model/period.js';
import type { Category, Config, Lang } from '../model/types.js';
import { CATEGORIES } from '../model/types.js';
import { say, type Values } from '../model/words.js';
import type { ActivityFact, ApprovalFact, Criterion, EvaluationRow, PeriodicReport, RecapRow, Remark } from '../report/periodic.js';
import { DERIVED_STATUS_LABEL } from './labels.js';
import { PERIODIC_WORDS } from './periodic.words.js';

export type TemplateName = 'recap' | 'implementation' | 'evaluation';
export const TEMPLATE_NAMES: readonly TemplateName[] = ['recap', 'implementation', 'evaluation'];

/**
 * The recap's columns: the key a template uses, and where the value comes from: record fields
 * (`agreement.title`, `activity.budget`, `partner.country`) or a derivation of the facts and reports
 * (`facts.status`, `report.expiring`), each explained in docs/periodic-reports.md.
 */
export const RECAP_COLUMNS: ReadonlyArray<{ key: string; sources: readonly string[] }> = [
  { key: 'no', sources: ['derived.row_number'] },
  { key: 'document_type', sources: ['agreement.document_type'] },
  { key: 'our_number', sources: ['agreement.signatures.number'] },
  { key: 'our_date', sources: ['agreement.signatures.date'] },
  { key: 'partner_number', sources: ['agreement.signatures.number'] },
  { key: 'partner_date', sources: ['agreement.signatures.date'] },
  { key: 'title', sources: ['agreement.title'] },
  { key: 'partner', sources: ['agreement.partners', 'partner.name', 'partner.country', 'partner.region'] },
  { key: 'objects_sectors', sources: ['agreement.objects', 'agreement.sectors'] },
  { key: 'scope', sources: ['agreement.scope'] },
  { key: 'term', sources: ['facts.start', 'facts.end'] },
  { key: 'status', sources: ['facts.status'] },
  { key: 'dprd', sources: ['agreement.approvals.dprd'] },
  { key: 'central', sources: ['agreement.approvals.central'] },
  { key: 'unit', sources: ['agreement.unit'] },
  { key: 'activities', sources: ['activity.agreements', 'activity.title', 'activity.start', 'activity.end', 'activity.status'] },
  { key: 'budget', sources: ['activity.budget'] },
  { key: 'remarks', sources: ['report.expiring', 'report.inactive', 'facts.start', 'facts.end', 'agreement.document_type', 'agreement.status', 'agreement.approvals', 'facts.stale'] },
];

export interface RecapRowData {
  no: number; id: string; category: string; document_type: string; our_number: string; our_date: string; partner_number: string; partner_date: string;
  title: string; partner: string; objects_sectors: string; scope: string; term: string; status: string; dprd: string; central: string;
  unit: string; activities: string; activity_count: number; budget: string; remarks: string;
}
export interface ActivityData { no: number; id: string; title: string; date: string; place: string; type: string; participants: string; outputs: string; budget: string; planned: boolean }
export interface SectionData {
  no: number; id: string; title: string; partner: string; category: string; document_type: string; term: string; status: string; unit: string;
  activities: ActivityData[]; has_activities: boolean; results: string[]; has_results: boolean; obstacles: string[]; has_obstacles: boolean; follow_up: string[]; has_follow_up: boolean;
}
export interface EvaluationRowData {
  no: number; partner: string; agreements: string; category: string; in_force: string; activity: string; approvals: string; document: string; outputs: string;
  recommendation: string; recommendation_code: string; reason: string; set_by_bureau: boolean;
}

/** What every template receives (docs/periodic-reports.md, "The values a template gets"). */
export interface DocumentData {
  template: TemplateName;
  lang: Lang;
  title: string;
  register: string;
  region: string;
  period: string;
  period_code: string;
  period_from: string;
  period_to: string;
  period_line: string;
  addressee: string;
  has_addressee: boolean;
  place_date: string;
  signatories: Array<{ office: string; name: string; has_name: boolean }>;
  has_signatories: boolean;
  provenance: string;
  unknown: string;
  labels: Record<string, string>;
  // recap
  groups: Array<{ category: string; category_label: string; count: number; count_text: string; rows: RecapRowData[] }>;
  totals_by_category: Array<{ label: string; count: number }>;
  totals_by_sector: Array<{ label: string; count: number }>;
  total: number;
  has_rows: boolean;
  empty: string;
  // implementation
  sections: SectionData[];
  // evaluation
  evaluation: EvaluationRowData[];
  has_evaluation: boolean;
  recommendation_counts: Array<{ label: string; count: number }>;
  rule_title: string;
  rule: string[];
}

export interface DocumentMeta {
  template: TemplateName;
  config: Config;
  /** The owner's name (our region), when the register names one. */
  ownerName?: string;
  period: Period;
  version: string;
  commit?: string;
  /** The day the document is made (for the signature block and the provenance). */
  made: number;
}

export function documentData(r: PeriodicReport, meta: DocumentMeta, lang: Lang): DocumentData {
  const t = (key: string, v: Values = {}): string => say(PERIODIC_WORDS, lang, key, v);
  const unknown = t('unknown');
  const date = (text: string | null | undefined): string => {
    const k = text ? parseDate(text) : undefined;
    return k ? humanKDate(k, lang) : text ?? unknown;
  };
  const lines = (xs: readonly string[], none = unknown): string => (xs.length ? xs.join('\n') : none);
  const num = (x: number): string => formatNumber(x, lang);
  const sectorName = new Map(vocabulary(meta.config.extraSectors).map((s) => [s.id, lang === 'en' ? s.name_en ?? s.name : s.name]));
  const p = meta.period;
  const from = humanDate(p.from, lang);
  const to = humanDate(p.to, lang);
  const period = t(`period.${p.kind}`, { year: p.year, part: p.part, from, to });
  const window = formatDuration(meta.config.inactivityWindow, lang);
  const categoryLabel = (c: Category): string => t('category', { code: c, label: codeLabel('agreement.category', c, lang) ?? c });
  const statusLabel = (s: RecapRow['status']): string => DERIVED_STATUS_LABEL[s][lang];
  const term = (row: RecapRow): string => {
    const start = row.start ? date(row.start) : unknown;
    const end = row.end.kind === 'none' ? t('noEnd') : row.end.text === null ? unknown : row.end.open ? t('by', { date: date(row.end.text.replace(/^\.\./, '')) }) : date(row.end.text);
    return t('termRange', { start, end });
  };
  const approval = (a: ApprovalFact): string => {
    const v = { number: a.number ?? '', date: a.date ? date(a.date) : '', by: a.by ?? '', reason: a.reason ?? '' };
    if (a.state === 'recorded') return t('approvalRecorded', v);
    if (a.state === 'not_applicable') return t('approvalNotApplicable', v);
    if (a.state === 'unknown') return t('approvalUnknown', v);
    return t('approvalNotRecorded');
  };
  const money = (amount: number, currency: string): string => formatMoney(amount, currency, lang);
  const activityDate = (a: ActivityFact): string => (a.end ? `${date(a.start)} – ${date(a.end)}` : date(a.start));
  const remark = (m: Remark): string => {
    const v: Values = { date: m.date ? date(m.date) : unknown, what: m.detail ? fieldLabel(`agreement.approvals.${m.detail}`, lang) : '', n: m.count ?? 0 };
    return t(`remark.${m.code}`, v);
  };
  const partnerText = (row: RecapRow): string => lines(row.partners.map((x) => `${x.name} (${[x.country === 'unknown' ? unknown : x.country, x.region].filter(Boolean).join(', ')})`));
  const sigNumber = (xs: RecapRow['ours'], many: boolean): string => lines(xs.map((s) => `${many ? `${s.partyName}: ` : ''}${s.number ?? unknown}`));
  const sigDate = (xs: RecapRow['ours'], many: boolean): string => lines(xs.map((s) => `${many ? `${s.partyName}: ` : ''}${date(s.date)}`));

  let no = 0;
  const rowData = (row: RecapRow): RecapRowData => {
    no++;
    const objects = row.objects.map((o) => codeLabel('agreement.objects', o, lang) ?? o);
    const sectors = row.sectors.map((s) => sectorName.get(s) ?? s);
    const objSec = [...(objects.length ? [t('objects', { list: objects.join(', ') })] : []), ...(sectors.length ? [t('sectors', { list: sectors.join(', ') })] : [])];
    const budget = [...row.budget.map((b) => money(b.amount, b.currency)), ...(row.activitiesWithoutBudget ? [t('budgetMissing', { n: row.activitiesWithoutBudget })] : [])];
    return {
      no, id: row.id, category: row.category,
      document_type: codeLabel('agreement.document_type', row.documentType, lang) ?? row.documentType,
      our_number: sigNumber(row.ours, row.ours.length > 1), our_date: sigDate(row.ours, row.ours.length > 1),
      partner_number: sigNumber(row.theirs, row.theirs.length > 1), partner_date: sigDate(row.theirs, row.theirs.length > 1),
      title: row.title, partner: partnerText(row), objects_sectors: lines(objSec), scope: lines(row.scope), term: term(row), status: statusLabel(row.status),
      dprd: approval(row.approvals.dprd), central: approval(row.approvals.central), unit: row.unit ?? unknown,
      activities: row.activities.length ? row.activities.map((a) => t('activity', { title: a.title, date: activityDate(a), planned: a.state === 'planned' ? 1 : '' })).join('\n') : t('activitiesNone'),
      activity_count: row.activities.length,
      budget: row.activities.length === 0 ? t('activitiesNone') : budget.length ? budget.join('\n') : t('budgetNone'),
      remarks: row.remarks.length ? row.remarks.map(remark).join('\n') : t('remarksNone'),
    };
  };
  const rows = r.recap.rows;
  const groups = CATEGORIES.filter((c) => rows.some((x) => x.category === c)).map((c) => {
    const rs = rows.filter((x) => x.category === c).map(rowData);
    return { category: c, category_label: categoryLabel(c), count: rs.length, count_text: t('categoryCount', { n: rs.length }), rows: rs };
  });
  const bySector = Object.entries(r.recap.bySector).filter(([k]) => k !== 'none').map(([k, v]) => ({ label: sectorName.get(k) ?? k, count: v }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  if (r.recap.bySector['none']) bySector.push({ label: t('noSector'), count: r.recap.bySector['none'] });

  let sno = 0;
  const sections: SectionData[] = rows.map((row) => {
    sno++;
    let ano = 0;
    const acts: ActivityData[] = row.activities.map((a) => ({
      no: ++ano, id: a.id, title: a.title, date: activityDate(a), place: a.location ?? unknown,
      type: codeLabel('activity.type', a.type, lang) ?? a.type,
      participants: a.participants ? (a.participants.count !== null ? t('participants', { count: num(a.participants.count), description: a.participants.description ?? '' }) : a.participants.description ?? unknown) : unknown,
      outputs: lines(a.outputs, t('impl.noneRecorded')),
      budget: a.budget ? `${money(a.budget.amount, a.budget.currency)}${a.budget.source ? ` (${a.budget.source})` : ''}` : unknown,
      planned: a.state === 'planned',
    }));
    const uniq = (xs: string[]): string[] => [...new Set(xs)];
    const results = uniq(row.activities.flatMap((a) => a.outputs));
    const obstacles = uniq(row.activities.flatMap((a) => a.obstacles));
    const follow = uniq(row.activities.flatMap((a) => a.followUp));
    return {
      no: sno, id: row.id, title: row.title, partner: partnerText(row), category: categoryLabel(row.category),
      document_type: codeLabel('agreement.document_type', row.documentType, lang) ?? row.documentType,
      term: term(row), status: statusLabel(row.status), unit: row.unit ?? unknown,
      activities: acts, has_activities: acts.length > 0,
      results, has_results: results.length > 0, obstacles, has_obstacles: obstacles.length > 0, follow_up: follow, has_follow_up: follow.length > 0,
    };
  });

  const criterion = (c: Criterion): string => (c === 'yes' ? t('yes') : c === 'no' ? t('no') : c === 'unknown' ? unknown : t('notRequired'));
  const recommendationLabel = (e: EvaluationRow): string => (e.recommendation ? (RECOMMENDATION_WORDS[e.recommendation] as Words)[lang] : unknown);
  const evaluation: EvaluationRowData[] = r.evaluation.rows.map((e, i) => ({
    no: i + 1,
    partner: `${e.partner.name} (${e.partner.country === 'unknown' ? unknown : e.partner.country})`,
    agreements: e.agreements.join('\n'),
    category: categoryLabel(e.category),
    in_force: criterion(e.inForce), activity: criterion(e.activity), approvals: criterion(e.approvals), document: criterion(e.document), outputs: criterion(e.outputs),
    recommendation: recommendationLabel(e),
    recommendation_code: e.recommendation ?? 'unknown',
    reason: t(`step.${e.step}`, { window, date: e.override?.date ? date(e.override.date) : '', reason: e.override?.reason ?? '', last: e.lastActivity ? `${e.lastActivity.title}, ${date(e.lastActivity.date)}` : '' }),
    set_by_bureau: e.step === 'override',
  }));
  const counts = (['continue', 'renew', 'revitalise', 'end'] as const).map((c) => ({ label: RECOMMENDATION_WORDS[c][lang], count: r.evaluation.rows.filter((e) => e.recommendation === c).length }));
  const none = r.evaluation.rows.filter((e) => e.recommendation === null).length;
  if (none) counts.push({ label: unknown, count: none });

  const labels: Record<string, string> = {};
  for (const key of Object.keys(PERIODIC_WORDS)) {
    const m = /^(col|impl|eval|sheet)\.(.+)$/.exec(key);
    if (m) labels[`${m[1] === 'col' ? '' : `${m[1]}_`}${m[2]}`] = t(key, { window });
  }
  labels['totals_by_category'] = t('totalsByCategory');
  labels['totals_by_sector'] = t('totalsBySector');
  labels['total'] = t('total');
  const cfg = meta.config;
  const made = humanDate(meta.made, lang);
  const signatories = cfg.reporting.signatories.map((s) => ({ office: s.office, name: s.name ?? t('handName'), has_name: s.name !== undefined }));
  return {
    template: meta.template,
    lang,
    title: t(`title.${meta.template}`),
    register: cfg.name,
    region: meta.ownerName ?? cfg.name,
    period,
    period_code: p.text,
    period_from: from,
    period_to: to,
    period_line: t('periodLine', { period, from, to }),
    addressee: cfg.reporting.addressee ? t('addressee', { addressee: cfg.reporting.addressee }) : '',
    has_addressee: cfg.reporting.addressee !== undefined,
    place_date: t('placeDate', { place: cfg.reporting.place ?? '', ...civil(meta.made) }),
    signatories,
    has_signatories: signatories.length > 0,
    provenance: t('provenance', { version: meta.version, register: cfg.name, commit: meta.commit ?? '', made, period, from, to, n: rows.length }),
    unknown,
    labels,
    groups,
    totals_by_category: CATEGORIES.map((c) => ({ label: categoryLabel(c), count: r.recap.byCategory[c] })),
    totals_by_sector: bySector,
    total: rows.length,
    has_rows: rows.length > 0,
    empty: t('empty'),
    sections,
    evaluation,
    has_evaluation: evaluation.length > 0,
    recommendation_counts: counts,
    rule_title: t('ruleTitle'),
    rule: [1, 2, 3, 4, 5, 6, 7].map((i) => t(`rule.${i}`)),
  };
}

/** The recap's column labels in order (the built-in forms' headers). */
export function recapLabels(d: DocumentData): Array<{ key: string; label: string }> {
  return RECAP_COLUMNS.map((c) => ({ key: c.key, label: d.labels[c.key] ?? c.key }));
}


