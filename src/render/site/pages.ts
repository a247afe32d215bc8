// The pages: home, lists, the report pages with their pictures, one page per record, search, data.
// Each is a function from report values to HTML; every value goes through html`` and is escaped.

import isoCountries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import { factsOf } from '../../facts/facts.js';
import { countryText, fieldRows, type FieldRow, type FieldValue } from '../../view/fields.js';
import { day, humanDate, humanKDate, iso, parseDate } from '../../model/dates.js';
import { vocabulary } from '../../model/sectors.js';
import type { Dataset, Kind, Lang } from '../../model/types.js';
import type { Shown } from '../../report/records.js';
import type { SiteData } from '../../report/siteData.js';
import { BUCKET_LABEL, endUnknownTitle, extendableText, withinText } from '../../view/expiring.js';
import { ACTIVITY_STATE_LABEL, ACTIVITY_TYPE_LABEL, labelOf, PARTNER_TYPE_LABEL, RELATION_DOWN, RELATION_UP, STALE } from '../../view/labels.js';
import { STAGE_LABEL, undatedText } from '../../view/inactive.js';
import { cellText, cellTone } from '../cells.js';
import { bidiVisible } from '../sanitise.js';
import { words } from '../words.js';
import type { Cell, ReportView } from '../../view/view.js';
import { calendarStrip, figureId, heatGrid, timelineChart, worldMap, type MapCountry } from './charts.js';
import { attrs, fileId, html, join, outLink, safeUrl, type Html } from './html.js';
import { href, page, top, type PageCtx } from './layout.js';
import { DOC_SHORT, STATUS, STATUS_MARK, sw, type SiteWord } from './words.js';
import { instantIn } from '../../model/dates.js';
import { newestFirst, type HistoryEvent } from '../../report/history.js';
import { eventPhrase } from '../../view/history.js';
import { recordNames } from '../../view/records.js';
import { hw } from '../../view/history.words.js';
import type { DerivedStatus } from '../../model/agreement.js';
import { formatNumber } from '../../model/format.js';
import { commitText } from '../provenance.js';

export interface Diag { severity: 'error' | 'warning'; file: string; line?: number; code: string; message: Record<Lang, string> }
export interface Download { path: string; label: Record<Lang, string>; format: string }

export interface SiteInput {
  data: SiteData;
  dataset: Dataset;
  lang: Lang;
  asOf: number;
  register: string;
  commit?: string;
  recordedAsOf?: string;
  version: string;
  includePrivate: boolean;
  /** Base URL of the record files in the repository (…/blob/main/), when configured. */
  sourceUrl?: string;
  world: Topology;
  diagnostics: Diag[];
  downloads: Download[];
  /** Views of the reports (the same the CLI prints), in each language, for the plain tables beside the pictures. */
  views: { coverage: Record<Lang, ReportView> };
  /** The partnerships of a partner, and those an agreement belongs to (looked up, not scanned, per page). */
  linesByPartner: (id: string) => SiteData['partnerships'];
  linesByAgreement: (id: string) => SiteData['partnerships'];
  /** The register's history from git: each record's events (by kind:id) and the latest across the register; or why there is none. */
  history: SiteHistory;
}

export type SiteHistory =
  | { byRecord: ReadonlyMap<string, readonly HistoryEvent[]>; recent: readonly HistoryEvent[]; timeZone: string }
  | { unavailable: 'notGit' | 'shallow' | 'off' };

/** Events shown on a record's page (newest first); the rest are left to `kerjasama log`. */
const HISTORY_ON_PAGE = 50;
/** Events on the recent-changes page. */
export const RECENT_CHANGES = 100;

const KIND_DIR: Record<Kind, string> = { partner: 'partners', agreement: 'agreements', activity: 'activities' };
const recPath = (kind: Kind, id: string): string => `${KIND_DIR[kind]}/${fileId(id)}.html`;
const LIMIT_HOME = 25;

type Val = Html | string | number | null | undefined;
interface Col<R> { label: string; cell: (r: R) => Val; sort?: (r: R) => string | number; num?: boolean }

export function table<R>(caption: string, cols: Col<R>[], rows: readonly R[], o: { sortable?: boolean; empty?: string; id?: string } = {}): Html {
  if (rows.length === 0 && o.empty) return html`<p class="note"${o.id ? html` id="${o.id}"` : ''}>${o.empty}</p>`;
  const head = cols.map((c) => html`<th${attrs({ scope: 'col', class: c.num ? 'num' : undefined })}>${c.label}</th>`);
  const body = rows.map((r) => html`<tr>${cols.map((c) => {
    const s = c.sort ? html` data-sort="${String(c.sort(r))}"` : '';
    const v = c.cell(r);
    return html`<td${c.num ? html` class="num"` : ''}${s}>${v === null || v === undefined ? '–' : v}</td>`;
  })}</tr>`);
  return html`<div class="tablewrap"><table${o.sortable ? html` class="sortable"` : ''}${o.id ? html` id="${o.id}"` : ''}><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export const date = (c: PageCtx, text: string | null | undefined): Val => {
  if (!text) return null;
  const k = parseDate(text);
  return k ? (k.precision === 'day' ? humanDate(k.first, c.lang) : humanKDate(k, c.lang)) : text === 'unknown' ? words(c.lang).unknownDate : text;
};
/** A code as its word in the page's language (a partner's or an activity's type, an activity's state), or the code itself when it has none. */
const code = (c: PageCtx, labels: Record<string, Record<Lang, string>>, value: string): string => labelOf(labels, value, c.lang) ?? value;
/** The stale mark beside a fact confirmed longer ago than thresholds.stale_after. */
const staleMark = (c: PageCtx, stale: boolean): Html | '' => (stale ? html` <span class="warn">${STALE[c.lang]}</span>` : '');
/** When a record or tie was last confirmed, marked when stale. */
const confirmedVal = (c: PageCtx, r: { confirmed: string | null; stale: boolean }): Val => (r.confirmed ? html`${date(c, r.confirmed)}${staleMark(c, r.stale)}` : null);

/** A view's cell as the site draws it: its text, in its tone's class. */
const toned = (cell: Cell): Html => html`<span${attrs({ class: cellTone(cell) ?? '' })}>${cellText(cell, 'en', 'raw')}</span>`;
export const statusBadge = (c: PageCtx, s: string): Html => {
  const st = s as DerivedStatus;
  const tone = st === 'in_force' ? 'good' : st === 'expired' || st === 'terminated' ? 'bad' : st === 'pending' || st === 'renewal_unrecorded' ? 'warn' : 'muted';
  return html`<span${attrs({ class: ['badge', tone] })}>${STATUS_MARK[st] ?? ''} ${STATUS[st]?.[c.lang] ?? s}</span>`;
};

function recLink(c: PageCtx, d: Dataset, kind: Kind, id: string, text?: string): Html {
  const exists = kind === 'partner' ? d.partners.has(id) : kind === 'agreement' ? d.agreements.has(id) : d.activities.has(id);
  const label = text ?? (kind === 'partner' ? d.partners.get(id)?.data.name : kind === 'agreement' ? d.agreements.get(id)?.data.title : d.activities.get(id)?.data.title) ?? id;
  return exists ? html`<a href="${href(c, recPath(kind, id))}">${label}</a>` : html`<span>${label}</span>`;
}
const links = (c: PageCtx, d: Dataset, kind: Kind, ids: readonly string[]): Html => join(ids.map((id) => recLink(c, d, kind, id)), ', ');

/**
 * A chart with its caption. On a screen narrower than the chart, it keeps its drawn size (its text as large
 * as drawn, 10 px and more) and scrolls sideways in its own box, which the keyboard can scroll too
 * (tabindex, named by the caption); the page itself never scrolls sideways.
 */
export function figure(c: PageCtx, svg: Html, caption: string, tableId?: string): Html {
  const id = figureId();
  return html`<figure><div${attrs({ class: 'chartwrap', tabindex: 0, role: 'region', 'aria-labelledby': id })}>${svg}</div><figcaption${attrs({ id })}>${caption}${tableId ? html` <a href="#${tableId}">${sw(c.lang, 'tableView')}</a>` : ''}</figcaption></figure>`;
}


/* ---------- the pictures ---------- */

/** The map's countries: the summary's partners by country, the partners the summary counts. */
function mapCountries(s: SiteInput, lang: Lang): MapCountry[] {
  return Object.entries(s.data.summary.partnersByCountry).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => ({ code, numeric: isoCountries.alpha2ToNumeric(code), name: countryText(code, lang), partners: n }));
}

function mapFigure(c: PageCtx, s: SiteInput, tableId?: string): Html {
  const countries = mapCountries(s, c.lang);
  const m = worldMap(s.world, countries, { lang: c.lang });
  const missing = m.notDrawn.length ? sw(c.lang, 'map.tooSmall', { codes: m.notDrawn.join(', ') }) : '';
  return figure(c, m.svg, sw(c.lang, 'map.caption') + missing, tableId);
}

function countryTable(c: PageCtx, s: SiteInput, id: string): Html {
  return table(sw(c.lang, 'map.byCountry'), [
    { label: sw(c.lang, 'col.country'), cell: (r: MapCountry) => r.name },
    { label: sw(c.lang, 'col.partners'), cell: (r) => r.partners, num: true, sort: (r) => r.partners },
    { label: sw(c.lang, 'col.names'), cell: (r) => links(c, s.dataset, 'partner', s.data.countedPartners.filter((p) => p.country === r.code).map((p) => p.id)) },
  ], mapCountries(s, c.lang), { id, sortable: true });
}

function strip(c: PageCtx, s: SiteInput): Html {
  const e = s.data.expiring;
  return calendarStrip(e.rows.map((r) => ({ id: r.id, end: r.end, bucket: r.bucket })), { asOf: s.asOf, horizonEnd: day(e.horizonEnd), lang: c.lang, maxMonths: 24 });
}

/* ---------- home ---------- */

function actionText(c: PageCtx, r: SiteData['expiring']['rows'][number]): string {
  if (r.bucket === 'overdue') return sw(c.lang, 'action.overdue');
  if (r.bucket === 'renewal_unrecorded' && r.cycle) {
    const cy = r.cycle;
    return sw(c.lang, 'action.cycle', { n: cy.missed.length, since: date(c, cy.dueSince ?? r.end) as string, next: date(c, cy.nextDue) as string, start: date(c, r.renewalStart) as string });
  }
  if (r.renewalStartPassed) return sw(c.lang, 'action.startNow', { date: date(c, r.renewalStart) as string });
  return sw(c.lang, 'action.ends', { days: r.daysLeft, date: date(c, r.renewalStart) as string });
}

function expiringTable(c: PageCtx, s: SiteInput, rows: SiteData['expiring']['rows'], caption: string, id?: string): Html {
  return table(caption, [
    { label: sw(c.lang, 'col.agreement'), cell: (r) => recLink(c, s.dataset, 'agreement', r.id, r.title), sort: (r) => r.title.toLowerCase() },
    { label: sw(c.lang, 'col.partners'), cell: (r) => join(r.partners.map((p) => html`${recLink(c, s.dataset, 'partner', p.id, p.name)} (${p.country})`), ', ') },
    { label: sw(c.lang, 'col.category'), cell: (r) => r.category },
    // A renewal not on record has no last day to act on: its next renewal due is shown instead, so marked.
    { label: sw(c.lang, 'col.lastDay'), cell: (r) => (r.cycle ? `${sw(c.lang, 'nextDue')}: ${date(c, r.cycle.nextDue) as string}${r.cycle.uncertain ? '*' : ''}` : `${humanDate(day(r.end), c.lang)}${r.endUncertain ? '*' : ''}${r.extendableBy ? ` ${extendableText(r.extendableBy, c.lang)}` : ''}`), sort: (r) => r.end },
    { label: sw(c.lang, 'col.daysLeft'), cell: (r) => r.daysLeft, num: true, sort: (r) => r.daysLeft },
    { label: sw(c.lang, 'col.todo'), cell: (r) => html`<span${attrs({ class: r.bucket === 'overdue' ? 'bad' : r.renewalStartPassed || r.bucket === 'renewal_unrecorded' ? 'warn' : '' })}>${r.bucket === 'overdue' || r.bucket === 'renewal_unrecorded' ? '⚠ ' : r.renewalStartPassed ? '⚑ ' : ''}${actionText(c, r)}</span>` },
    { label: sw(c.lang, 'col.confirmed'), cell: (r) => confirmedVal(c, r), sort: (r) => r.confirmed ?? '' },
  ], rows, { sortable: true, empty: sw(c.lang, 'expiring.nothing'), ...(id ? { id } : {}) });
}

function inactiveTable(c: PageCtx, s: SiteInput, rows: SiteData['inactive']['rows'], caption: string): Html {
  return table(caption, [
    { label: sw(c.lang, 'col.partner'), cell: (r) => recLink(c, s.dataset, 'partner', r.partner.id, r.partner.name), sort: (r) => r.partner.name.toLowerCase() },
    { label: sw(c.lang, 'col.country'), cell: (r) => r.partner.country },
    { label: sw(c.lang, 'col.agreements'), cell: (r) => links(c, s.dataset, 'agreement', r.agreements) },
    { label: sw(c.lang, 'col.lastActivity'), cell: (r) => (r.lastActivity ? html`${recLink(c, s.dataset, 'activity', r.lastActivity.id, r.lastActivity.title)} (${date(c, r.lastActivity.date)})` : toned(undatedText(r.undatedActivities, c.lang))), sort: (r) => r.lastActivity?.date ?? '' },
    { label: sw(c.lang, 'col.daysSince'), cell: (r) => r.daysSince, num: true, sort: (r) => r.daysSince ?? 1e9 },
    { label: sw(c.lang, 'col.nextPlanned'), cell: (r) => (r.nextPlanned ? html`${recLink(c, s.dataset, 'activity', r.nextPlanned.id, r.nextPlanned.title)} (${date(c, r.nextPlanned.date)})` : null) },
    { label: sw(c.lang, 'col.confirmed'), cell: (r) => confirmedVal(c, r), sort: (r) => r.confirmed ?? '' },
  ], rows, { sortable: true, empty: sw(c.lang, 'inactive.empty') });
}

function warnings(c: PageCtx, s: SiteInput): Html {
  const sm = s.data.summary;
  const u = sm.unknowns;
  const items: Html[] = [];
  const line = (n: number, key: SiteWord, tone = ''): void => {
    if (n > 0) items.push(html`<li${attrs({ class: tone })}>${sw(c.lang, key, { n })}</li>`);
  };
  line(sm.records.invalidFiles, 'warn.invalidFiles', 'bad');
  items.push(html`<li>${sw(c.lang, 'warn.validation', { errors: sm.validation.errors, warnings: sm.validation.warnings })} <a href="${href(c, 'problems.html')}">${sw(c.lang, 'problems')}</a></li>`);
  line(sm.renewalsNotOnRecord, 'warn.renewalsNotOnRecord', 'warn');
  line(u.staleFacts, 'warn.staleFacts', 'warn');
  line(sm.endUnknown, 'warn.endUnknown', 'warn');
  line(u.status, 'warn.status');
  line(u.documentType, 'warn.documentType');
  line(u.uncertainDates, 'warn.uncertainDates');
  line(u.noSectors, 'warn.noSectors');
  const unknownNoSectors = s.data.coverage.noSectors.unknownStatus.length;
  line(unknownNoSectors, 'warn.unknownNoSectors');
  line(u.approvalsUnknown, 'warn.approvalsUnknown');
  if (sm.signingOverdue.length) items.push(html`<li class="warn">${sw(c.lang, 'warn.signingOverdue')}${links(c, s.dataset, 'agreement', sm.signingOverdue.map((x) => x.id))}</li>`);
  return html`<ul class="plain">${items}</ul>`;
}

export function homePage(c: PageCtx, s: SiteInput): string {
  const sm = s.data.summary;
  const card = (n: number, label: string, target: string, tone = ''): Html => html`<li><a href="${href(c, target)}"><span${attrs({ class: ['n', tone] })}>${formatNumber(n, c.lang)}</span> <span class="l">${label}</span></a></li>`;
  const action = s.data.expiring.rows.filter((r) => r.bucket === 'overdue' || r.bucket === 'renewal_unrecorded' || r.renewalStartPassed || r.daysLeft <= 90);
  const body = html`
<h1>${s.register}</h1>
<p class="prov">${sw(c.lang, 'home.asOf')} ${humanDate(s.asOf, c.lang)}${s.commit ? ` · commit ${commitText(s.commit, c.lang)}` : ''}</p>
<ul class="cards">
${card(sm.partnershipsInForce, sw(c.lang, 'card.partnershipsInForce'), 'partnerships.html')}
${card(sm.records.agreements, sw(c.lang, 'col.agreements'), 'agreements/index.html')}
${card(sm.records.partners, sw(c.lang, 'col.partners'), 'partners/index.html')}
${card(sm.records.activities, sw(c.lang, 'col.activities'), 'activities/index.html')}
${card(sm.overdue, sw(c.lang, 'card.overdue'), 'expiring.html', sm.overdue ? 'bad' : '')}
${card(sm.expiringNext12Months.length, sw(c.lang, 'card.next12'), 'expiring.html', sm.expiringNext12Months.length ? 'warn' : '')}
${card(sm.dormantPartnerships, sw(c.lang, 'card.dormant'), 'inactive.html', sm.dormantPartnerships ? 'warn' : '')}
${sm.renewalsNotOnRecord ? card(sm.renewalsNotOnRecord, sw(c.lang, 'card.renewalUnrecorded'), 'expiring.html', 'warn') : ''}
${card(s.data.coverage.gaps.length + s.data.coverage.notKnown.length, sw(c.lang, 'card.gaps'), 'coverage.html')}
</ul>
<h2 id="action">${sw(c.lang, 'home.action')}</h2>
${figure(c, strip(c, s), sw(c.lang, 'home.strip', { within: s.data.expiring.within }), 'action-table')}
${expiringTable(c, s, action.slice(0, LIMIT_HOME), sw(c.lang, 'home.actionTable'), 'action-table')}
${action.length > LIMIT_HOME ? html`<p><a href="${href(c, 'expiring.html')}">${sw(c.lang, 'all', { n: action.length })}</a></p>` : ''}
<h2>${sw(c.lang, 'dormantTitle')}</h2>
${inactiveTable(c, s, s.data.inactive.rows.slice(0, LIMIT_HOME), sw(c.lang, 'home.dormantTable', { date: humanDate(day(s.data.inactive.windowStart), c.lang) }))}
${s.data.inactive.rows.length > LIMIT_HOME ? html`<p><a href="${href(c, 'inactive.html')}">${sw(c.lang, 'all', { n: s.data.inactive.rows.length })}</a></p>` : ''}
<h2>${sw(c.lang, 'home.where')}</h2>
${mapFigure(c, s)}
<p><a href="${href(c, 'map.html#countries')}">${sw(c.lang, 'tableView')}</a></p>
<h2>${sw(c.lang, 'home.about')}</h2>
<div class="warning">${warnings(c, s)}</div>
`;
  return page(c, sw(c.lang, 'home'), body);
}

/* ---------- report pages ---------- */

export function expiringPage(c: PageCtx, s: SiteInput): string {
  const e = s.data.expiring;
  const buckets = (Object.keys(BUCKET_LABEL) as Array<keyof typeof BUCKET_LABEL>).map((b) => ({ b, rows: e.rows.filter((r) => r.bucket === b) })).filter((x) => x.rows.length > 0);
  const body = html`
<h1>${sw(c.lang, 'expiring.title')}</h1>
<p class="prov">${sw(c.lang, 'expiring.intro', { date: humanDate(day(e.horizonEnd), c.lang), within: withinText(e.within, c.lang) })}</p>
${figure(c, strip(c, s), sw(c.lang, 'expiring.strip'), 'bucket-0')}
${buckets.length === 0 ? html`<p>${sw(c.lang, e.endUnknown.length ? 'expiring.nothingKnown' : 'expiring.nothing')}</p>` : join(buckets.map((x, i) => html`<h2>${BUCKET_LABEL[x.b][c.lang]}</h2>${expiringTable(c, s, x.rows, BUCKET_LABEL[x.b][c.lang], `bucket-${i}`)}`))}
${e.endUnknown.length ? html`<h2>${endUnknownTitle(e.endUnknown.length)[c.lang]}</h2>${table(endUnknownTitle(e.endUnknown.length)[c.lang], [
    { label: sw(c.lang, 'col.agreement'), cell: (r: SiteData['expiring']['endUnknown'][number]) => recLink(c, s.dataset, 'agreement', r.id, r.title), sort: (r) => r.title.toLowerCase() },
    { label: sw(c.lang, 'col.partners'), cell: (r) => join(r.partners.map((p) => html`${recLink(c, s.dataset, 'partner', p.id, p.name)} (${p.country})`), ', ') },
    { label: sw(c.lang, 'status'), cell: (r) => statusBadge(c, r.derivedStatus) },
    { label: sw(c.lang, 'col.endRecorded'), cell: (r) => r.endAsRecorded ?? sw(c.lang, 'expiring.noEndRecorded') },
    { label: sw(c.lang, 'col.confirmed'), cell: (r) => confirmedVal(c, r), sort: (r) => r.confirmed ?? '' },
  ], e.endUnknown, { sortable: true, id: 'end-unknown' })}` : ''}
<p class="note">${sw(c.lang, 'expiring.note')}</p>
<p><a href="${top(c, 'data/expiring.ics')}">${sw(c.lang, 'expiring.subscribe')}</a> · <a href="${top(c, 'data/expiring.csv')}">CSV</a> · <a href="${top(c, 'api/expiring.json')}">JSON</a></p>`;
  return page(c, sw(c.lang, 'expiring'), body);
}

export function inactivePage(c: PageCtx, s: SiteInput): string {
  const r = s.data.inactive;
  const body = html`
<h1>${sw(c.lang, 'dormantTitle')}</h1>
<p class="prov">${sw(c.lang, 'inactive.intro', { n: r.rows.length, inForce: r.partnershipsInForce, date: humanDate(day(r.windowStart), c.lang), since: withinText(r.since, c.lang) })}</p>
${inactiveTable(c, s, r.rows, sw(c.lang, 'inactive'))}
<h2>${sw(c.lang, 'inactive.tiesNotInForce')}</h2>
${table(sw(c.lang, 'inactive.notInForce'), [
    { label: sw(c.lang, 'col.partner'), cell: (t: SiteData['inactive']['notInForce'][number]) => recLink(c, s.dataset, 'partner', t.partner.id, t.partner.name), sort: (t) => t.partner.name.toLowerCase() },
    { label: sw(c.lang, 'col.stage'), cell: (t) => STAGE_LABEL[t.stage][c.lang], sort: (t) => t.stage },
    { label: sw(c.lang, 'col.agreements'), cell: (t) => links(c, s.dataset, 'agreement', t.agreements) },
    { label: sw(c.lang, 'col.sinceOrPlanned'), cell: (t) => (t.since ? date(c, t.since) : t.plannedSigning ? html`${date(c, t.plannedSigning)} <span${attrs({ class: t.plannedSigningPassed ? 'warn' : 'muted' })}>${sw(c.lang, t.plannedSigningPassed ? 'plannedPassed' : 'planned')}</span>` : null), sort: (t) => t.since ?? t.plannedSigning ?? '' },
    { label: sw(c.lang, 'col.lastActivity'), cell: (t) => (t.lastActivity ? recLink(c, s.dataset, 'activity', t.lastActivity.id, t.lastActivity.title) : t.undatedActivities.length ? toned(undatedText(t.undatedActivities, c.lang)) : null) },
    { label: sw(c.lang, 'col.confirmed'), cell: (t) => confirmedVal(c, t), sort: (t) => t.confirmed ?? '' },
  ], r.notInForce, { sortable: true, empty: sw(c.lang, 'noneSentence') })}
<p><a href="${top(c, 'data/inactive.csv')}">CSV</a> · <a href="${top(c, 'api/inactive.json')}">JSON</a></p>`;
  return page(c, sw(c.lang, 'inactive'), body);
}

function viewTables(c: PageCtx, v: ReportView): Html {
  return join(v.tables.map((t, i) => table(t.title?.[c.lang] ?? v.title[c.lang], t.columns.map((col) => ({
    label: col.label[c.lang], num: col.align === 'right', cell: (r: Record<string, Cell>) => cellText(r[col.key] ?? null, c.lang, 'human'),
  })), t.rows, { sortable: true, id: `view-${i}`, ...(t.empty ? { empty: t.empty[c.lang] } : {}) })));
}

export function coveragePage(c: PageCtx, s: SiteInput): string {
  const cov = s.data.coverage;
  const m = cov.matrix ?? { countries: [], rows: [] };
  const byId = new Map(m.rows.map((r) => [r.sector, r.counts]));
  const vocab = new Map(vocabulary(s.dataset.config.extraSectors).map((v) => [v.id, v]));
  const rows = cov.rows.map((r) => {
    const counts = byId.get(r.key) ?? m.countries.map(() => 0);
    const v = vocab.get(r.key);
    // A sector no agreement in force lists, while unknowns remain (the report's coverage: unknown), is "?" not 0.
    const all = r.coverage === 'unknown' && r.agreements.length === 0 ? null : r.agreements.length;
    return { label: `${(c.lang === 'id' ? v?.name : v?.name_en) ?? r.key}${r.coverage === 'unknown' ? ' ?' : ''}`, cells: [all, ...counts] as Array<number | null> };
  });
  rows.push({ label: sw(c.lang, 'coverage.noSector'), cells: [cov.noSectors.agreements.length, ...m.countries.map(() => null)] });
  const grid = heatGrid({
    columns: [sw(c.lang, 'coverage.all'), ...m.countries.map((k) => (k === '?' ? '?' : k))],
    rows,
    title: sw(c.lang, 'coverage.gridTitle'),
    desc: sw(c.lang, 'coverage.gridDesc', { gaps: cov.gaps.length, notKnown: cov.notKnown.length }),
  });
  const body = html`
<h1>${sw(c.lang, 'coverage.title')}</h1>
<p class="prov">${sw(c.lang, 'coverage.intro', { inForce: cov.agreementsInForce, gaps: cov.gaps.length, sectors: cov.rows.length, notKnown: cov.notKnown.length })}</p>
${figure(c, grid, sw(c.lang, 'coverage.caption'), 'view-0')}
<ul class="legend"><li><span class="sw h0"></span>0</li><li><span class="sw h1"></span>${sw(c.lang, 'legend.few')}</li><li><span class="sw h3"></span>${sw(c.lang, 'legend.many')}</li><li><span class="sw hq"></span>? ${sw(c.lang, 'unknown')}</li></ul>
${viewTables(c, s.views.coverage[c.lang])}
<p><a href="${top(c, 'data/coverage.csv')}">CSV</a> · <a href="${top(c, 'api/coverage.json')}">JSON</a></p>`;
  return page(c, sw(c.lang, 'coverage'), body);
}

export function partnershipsPage(c: PageCtx, s: SiteInput): string {
  const lines = [...s.data.partnerships].sort((a, b) => Number(b.inForce) - Number(a.inForce) || ((a.agreements[0]?.start ?? 0) - (b.agreements[0]?.start ?? 0)) || (a.key < b.key ? -1 : 1));
  const MAX = 120;
  const tl = timelineChart(lines, { asOf: s.asOf, horizonEnd: day(s.data.expiring.horizonEnd), lang: c.lang, maxRows: MAX });
  const years = [...new Set(lines.flatMap((l) => Object.keys(l.activitiesByYear)))].filter((y) => y !== 'unknown').sort();
  const undated = lines.some((l) => (l.activitiesByYear['unknown'] ?? 0) > 0);
  const span = years.length ? years.slice(-15) : [];
  const first = span[0] ? +span[0] : 0;
  // The years, and a column `?` for the activities on record whose year is not known.
  const cols = [...(span.length ? Array.from({ length: +span[span.length - 1]! - first + 1 }, (_, i) => String(first + i)) : []), ...(undated ? ['unknown'] : [])];
  const active = lines.filter((l) => l.inForce || Object.keys(l.activitiesByYear).length > 0).slice(0, MAX);
  const grid = heatGrid({
    columns: cols.map((y) => (y === 'unknown' ? '?' : y)),
    rows: active.map((l) => ({ label: `${l.partner.name} (${l.partner.country})`, cells: cols.map((y) => l.activitiesByYear[y] ?? 0) })),
    title: sw(c.lang, 'partnerships.gridTitle'),
    desc: sw(c.lang, 'partnerships.gridDesc', { from: span[0] ?? '', to: span[span.length - 1] ?? '', n: active.length }) + (undated ? ` ?: ${sw(c.lang, 'yearUnknown')}.` : ''),
  }, { zeroText: '·' });
  const chain = (l: (typeof lines)[number]): Html => join(l.agreements.map((a) => html`${recLink(c, s.dataset, 'agreement', a.id, `${DOC_SHORT[a.documentType] ?? a.documentType} ${typeof a.startYear === 'number' ? a.startYear : a.startYear === 'uncertain' ? date(c, a.startText) : '?'}`)} ${statusBadge(c, a.status)}`), ' → ');
  const body = html`
<h1>${sw(c.lang, 'partnerships')}</h1>
<p class="prov">${sw(c.lang, 'partnerships.intro')}</p>
<h2>${sw(c.lang, 'partnerships.timelines')}</h2>
${figure(c, tl.svg, sw(c.lang, 'partnerships.caption') + (tl.shown < lines.length ? sw(c.lang, 'partnerships.firstShown', { shown: tl.shown, n: lines.length }) : ''), 'partnership-table')}
<ul class="legend"><li><span class="sw bar"></span>${STATUS.in_force[c.lang]}</li><li><span class="sw old"></span>${STATUS.expired[c.lang]} / ${STATUS.superseded[c.lang]}</li><li><span class="sw pending"></span>${STATUS.pending[c.lang]}</li><li><span class="sw hq"></span>${sw(c.lang, 'legend.endUnknown')}</li></ul>
<h2>${sw(c.lang, 'partnerships.perYear')}</h2>
${cols.length ? figure(c, grid, sw(c.lang, 'partnerships.gridCaption'), 'partnership-table') : html`<p>${sw(c.lang, 'noActivities')}</p>`}
${table(sw(c.lang, 'partnerships.all'), [
    { label: sw(c.lang, 'col.partner'), cell: (l: (typeof lines)[number]) => html`${recLink(c, s.dataset, 'partner', l.partner.id, l.partner.name)} (${l.partner.country})`, sort: (l) => l.partner.name.toLowerCase() },
    { label: sw(c.lang, 'col.agreements'), cell: chain },
    { label: sw(c.lang, 'col.inForce'), cell: (l) => sw(c.lang, l.inForce ? 'inForce.yes' : 'inForce.no') },
    { label: sw(c.lang, 'col.activitiesPerYear'), cell: (l) => Object.entries(l.activitiesByYear).map(([y, n]) => `${y === 'unknown' ? sw(c.lang, 'yearUnknown') : y}: ${n}`).join(', ') || null },
    { label: sw(c.lang, 'col.planned'), cell: (l) => l.plannedActivities, num: true },
  ], lines, { sortable: true, id: 'partnership-table' })}`;
  return page(c, sw(c.lang, 'partnerships'), body);
}

export function mapPage(c: PageCtx, s: SiteInput): string {
  const body = html`<h1>${sw(c.lang, 'map.title')}</h1>${mapFigure(c, s, 'countries')}${countryTable(c, s, 'countries')}`;
  return page(c, sw(c.lang, 'map'), body);
}

export function problemsPage(c: PageCtx, s: SiteInput): string {
  const body = html`<h1>${sw(c.lang, 'problems')}</h1>
<p class="prov">${sw(c.lang, 'problems.intro')}</p>
${table(sw(c.lang, 'problems'), [
    { label: sw(c.lang, 'col.severity'), cell: (d: Diag) => html`<span${attrs({ class: d.severity === 'error' ? 'bad' : 'warn' })}>${sw(c.lang, d.severity === 'error' ? 'problems.error' : 'problems.warning')}</span>` },
    { label: sw(c.lang, 'col.file'), cell: (d) => `${d.file}${d.line ? `:${d.line}` : ''}` },
    { label: sw(c.lang, 'col.code'), cell: (d) => d.code },
    { label: sw(c.lang, 'col.message'), cell: (d) => d.message[c.lang] },
  ], s.diagnostics, { sortable: true, empty: sw(c.lang, 'problems.none') })}`;
  return page(c, sw(c.lang, 'problems'), body);
}

/* ---------- lists ---------- */

export function listPage(c: PageCtx, s: SiteInput, kind: Kind): string {
  const d = s.dataset;
  let t: Html;
  if (kind === 'agreement') {
    t = table(sw(c.lang, 'agreements'), [
      { label: sw(c.lang, 'col.title'), cell: (r: SiteData['agreements'][number]) => recLink(c, d, 'agreement', r.id, r.title), sort: (r) => r.title.toLowerCase() },
      { label: sw(c.lang, 'col.type'), cell: (r) => DOC_SHORT[r.document_type] ?? r.document_type },
      { label: sw(c.lang, 'col.category'), cell: (r) => r.category },
      { label: sw(c.lang, 'col.partners'), cell: (r) => links(c, d, 'partner', r.partners) },
      { label: sw(c.lang, 'col.start'), cell: (r) => date(c, r.start), sort: (r) => r.start ?? '' },
      { label: sw(c.lang, 'col.end'), cell: (r) => (r.end === 'none' ? sw(c.lang, 'noEnd') : date(c, r.end)), sort: (r) => r.end ?? '' },
      { label: sw(c.lang, 'col.status'), cell: (r) => html`${statusBadge(c, r.derived_status)}${staleMark(c, r.stale)}`, sort: (r) => r.derived_status },
    ], s.data.agreements, { sortable: true });
  } else if (kind === 'partner') {
    t = table(sw(c.lang, 'partners'), [
      { label: sw(c.lang, 'col.name'), cell: (r: SiteData['partners'][number]) => recLink(c, d, 'partner', r.id, r.name), sort: (r) => r.name.toLowerCase() },
      { label: sw(c.lang, 'col.type'), cell: (r) => code(c, PARTNER_TYPE_LABEL, r.type) },
      { label: sw(c.lang, 'col.country'), cell: (r) => countryText(r.country, c.lang) },
      { label: sw(c.lang, 'col.agreements'), cell: (r) => r.agreements, num: true, sort: (r) => r.agreements },
    ], s.data.partners, { sortable: true });
  } else {
    t = table(sw(c.lang, 'activities'), [
      { label: sw(c.lang, 'col.start'), cell: (r: SiteData['activities'][number]) => date(c, r.start), sort: (r) => r.start },
      { label: sw(c.lang, 'col.title'), cell: (r) => recLink(c, d, 'activity', r.id, r.title), sort: (r) => r.title.toLowerCase() },
      { label: sw(c.lang, 'col.type'), cell: (r) => code(c, ACTIVITY_TYPE_LABEL, r.type) },
      { label: sw(c.lang, 'col.state'), cell: (r) => code(c, ACTIVITY_STATE_LABEL, r.state) },
      { label: sw(c.lang, 'col.agreements'), cell: (r) => links(c, d, 'agreement', r.agreements) },
      { label: sw(c.lang, 'col.partners'), cell: (r) => links(c, d, 'partner', r.partners) },
    ], s.data.activities, { sortable: true });
  }
  const name = kind === 'agreement' ? 'agreements' : kind === 'partner' ? 'partners' : 'activities';
  const body = html`<h1>${sw(c.lang, name)}</h1>${t}<p><a href="${top(c, `data/${name}.csv`)}">CSV</a> · <a href="${top(c, `api/${name}.json`)}">JSON</a></p>`;
  return page(c, sw(c.lang, name), body);
}

/* ---------- record pages ---------- */

/** A field's value as the site draws it: records as links to their pages, links as links, codes as words. */
function fieldValue(c: PageCtx, d: Dataset, v: FieldValue): Html {
  switch (v.t) {
    case 'ref': return recLink(c, d, v.kind, v.id);
    case 'link': return outLink(v.href);
    case 'date': return html`${date(c, v.date) ?? v.date}`;
    case 'code': return html`${v.label}`;
    case 'text': return html`${v.text}`;
    case 'private': return html`<span class="muted">${sw(c.lang, 'privateLeftOut')}</span>`;
    case 'list': return v.items.every((x) => x.t === 'ref' || x.t === 'code')
      ? join(v.items.map((x) => fieldValue(c, d, x)), ', ')
      : html`<ul class="plain">${v.items.map((x) => html`<li>${fieldValue(c, d, x)}</li>`)}</ul>`;
    case 'object': return fieldList(c, d, v.rows);
  }
}

function fieldList(c: PageCtx, d: Dataset, rows: readonly FieldRow[]): Html {
  return html`<dl class="fields">${rows.map((r) => html`<dt>${r.label}</dt><dd>${fieldValue(c, d, r.value)}</dd>`)}</dl>`;
}

function sourceLink(c: PageCtx, s: SiteInput, file: string): Html {
  const base = s.sourceUrl ? safeUrl(s.sourceUrl) : undefined;
  const url = base ? base.replace(/\/?$/, '/') + file.split('/').map(encodeURIComponent).join('/') : undefined;
  return html`<p class="muted">${sw(c.lang, 'file')}: <code>${file}</code>${url ? html` · <a${attrs({ href: url, rel: ['noopener', 'noreferrer'] })}>${sw(c.lang, 'viewSource')}</a>` : ''}</p>`;
}

function activityTable(c: PageCtx, d: Dataset, acts: ReadonlyArray<{ id: string; data: { start: string; end?: string; type: string; title: string; status?: string } }>): Html {
  return table(sw(c.lang, 'record.activities'), [
    { label: sw(c.lang, 'col.start'), cell: (a) => date(c, a.data.start), sort: (a) => a.data.start },
    { label: sw(c.lang, 'col.activityEnd'), cell: (a) => date(c, a.data.end) },
    { label: sw(c.lang, 'col.type'), cell: (a) => code(c, ACTIVITY_TYPE_LABEL, a.data.type) },
    { label: sw(c.lang, 'col.title'), cell: (a) => recLink(c, d, 'activity', a.id, a.data.title) },
    { label: sw(c.lang, 'col.status'), cell: (a) => (a.data.status ? code(c, ACTIVITY_STATE_LABEL, a.data.status) : null) },
  ], acts, { id: 'activities', empty: sw(c.lang, 'noActivities') });
}

/** The partnerships a record belongs to, drawn with their activities: the record's history at a glance. */
function recordTimeline(c: PageCtx, s: SiteInput, lines: SiteData['partnerships'], tableId: string): Html {
  if (lines.length === 0 || lines.every((l) => l.agreements.every((a) => a.start === null) && l.activities.shared.length + l.activities.own.length === 0)) return html``;
  const tl = timelineChart(lines, { asOf: s.asOf, horizonEnd: day(s.data.expiring.horizonEnd), lang: c.lang, maxRows: 40, activities: true });
  return html`${figure(c, tl.svg, sw(c.lang, 'record.timeline'), tableId)}
<ul class="legend"><li><span class="sw bar"></span>${STATUS.in_force[c.lang]}</li><li><span class="sw old"></span>${STATUS.expired[c.lang]} / ${STATUS.superseded[c.lang]}</li><li><span class="sw act"></span>${sw(c.lang, 'legend.held')}</li><li><span class="sw planned"></span>${sw(c.lang, 'legend.planned')}</li></ul>`;
}

export function recordPage(c: PageCtx, s: SiteInput, sh: Shown): string {
  const d = s.dataset;
  const parts: Html[] = [];
  let title: string;
  if (sh.kind === 'partner') {
    title = sh.record.data.name;
    parts.push(html`<p class="prov">${code(c, PARTNER_TYPE_LABEL, sh.record.data.type)} · ${countryText(sh.record.data.country, c.lang)}</p>`);
    parts.push(table(sw(c.lang, 'agreements'), [
      { label: sw(c.lang, 'col.title'), cell: (a: (typeof sh.agreements)[number]) => recLink(c, d, 'agreement', a.id, a.data.title) },
      { label: sw(c.lang, 'col.type'), cell: (a) => DOC_SHORT[a.data.document_type] ?? a.data.document_type },
      { label: sw(c.lang, 'col.status'), cell: (a) => statusBadge(c, factsOf(d, s.asOf).of(a).status) },
    ], sh.agreements, { empty: sw(c.lang, 'record.noAgreements') }));
    parts.push(recordTimeline(c, s, s.linesByPartner(sh.record.id), 'activities'));
    parts.push(activityTable(c, d, sh.activities));
  } else if (sh.kind === 'agreement') {
    title = sh.record.data.title;
    parts.push(html`<p>${sw(c.lang, 'status')}: ${statusBadge(c, sh.derivedStatus)} · ${sw(c.lang, 'record.lastDay')}: ${sh.lastDayInForce === null ? sw(c.lang, 'unknown') : sh.lastDayInForce === 'none' ? sw(c.lang, 'noEnd') : date(c, sh.lastDayInForce)}${sh.terminated !== null ? html` · ${sw(c.lang, 'record.terminated')}: ${date(c, sh.terminated)}` : ''}${sh.record.data.confirmed ? html` · ${sw(c.lang, 'col.confirmed')}: ${date(c, sh.record.data.confirmed)}${staleMark(c, sh.stale)}` : ''}</p>`);
    parts.push(html`<h2>${sw(c.lang, 'chain')}</h2><ol class="plain">${sh.chain.map((a) => html`<li>${a.id === sh.record.id ? html`<strong>${a.data.title}</strong>` : recLink(c, d, 'agreement', a.id, a.data.title)} (${DOC_SHORT[a.data.document_type] ?? a.data.document_type})</li>`)}</ol>`);
    const rel: Array<[string, Html]> = [];
    // Each link named for what it is (the facts' relations): renews, follows, implements, amends, and back.
    if (sh.follows) rel.push([RELATION_UP[sh.follows.relation][c.lang], recLink(c, d, 'agreement', sh.follows.id)]);
    for (const r of ['renewal', 'successor', 'implementation', 'addendum'] as const) {
      const ids = sh.followedBy.filter((l) => l.relation === r).map((l) => l.id);
      if (ids.length) rel.push([RELATION_DOWN[r][c.lang], links(c, d, 'agreement', ids)]);
    }
    if (rel.length) parts.push(html`<dl class="fields">${rel.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`);
    parts.push(recordTimeline(c, s, s.linesByAgreement(sh.record.id), 'activities'));
    parts.push(activityTable(c, d, sh.activities));
  } else {
    title = sh.record.data.title;
    parts.push(html`<p class="prov">${code(c, ACTIVITY_TYPE_LABEL, sh.record.data.type)} · ${date(c, sh.record.data.start)}${sh.record.data.end ? html` – ${date(c, sh.record.data.end)}` : ''}</p>`);
    if (sh.agreements.length) parts.push(html`<p>${sw(c.lang, 'record.implements')}: ${links(c, d, 'agreement', sh.agreements.map((a) => a.id))}</p>`);
  }
  const body = html`<h1>${title}</h1>
${join(parts)}
<h2>${sw(c.lang, 'fields')}</h2>
${fieldList(c, d, fieldRows(sh.kind, { id: sh.record.id, ...sh.record.data }, { lang: c.lang, hidePrivate: !s.includePrivate, extraSectors: d.config.extraSectors }))}
${sourceLink(c, s, sh.record.file)}
${recordHistory(c, s, sh.kind, sh.record.id)}`;
  return page(c, title, body);
}

/* ---------- history ---------- */

function historyNote(c: PageCtx, h: SiteHistory): Html {
  return 'unavailable' in h ? html`<p class="note">${hw(c.lang, 'site.none', { why: hw(c.lang, `site.${h.unavailable}`) })}</p>` : html``;
}

/** Events as a table, newest first: when, what changed (with the record, on the recent-changes page), who, the pull request. */
function historyTable(c: PageCtx, s: SiteInput, events: readonly HistoryEvent[], withRecord: boolean, id?: string): Html {
  const h = s.history as Exclude<SiteHistory, { unavailable: string }>;
  const words = { extraSectors: s.dataset.config.extraSectors, name: recordNames(s.dataset) };
  const exists = (e: HistoryEvent): boolean => (e.kind === 'partner' ? s.dataset.partners : e.kind === 'agreement' ? s.dataset.agreements : s.dataset.activities).has(e.id);
  return table(withRecord ? hw(c.lang, 'title.recent') : sw(c.lang, 'history'), [
    { label: hw(c.lang, 'col.date'), cell: (e: HistoryEvent) => instantIn(h.timeZone, e.commit.committerTime).zoned, sort: (e) => e.commit.committerTime },
    ...(withRecord ? [{ label: hw(c.lang, 'col.record'), cell: (e: HistoryEvent) => (exists(e) ? recLink(c, s.dataset, e.kind, e.id, e.id) : e.id) }] : []),
    { label: hw(c.lang, 'col.change'), cell: (e) => eventPhrase(e, c.lang, words) },
    { label: hw(c.lang, 'col.author'), cell: (e) => e.commit.author },
    { label: hw(c.lang, 'col.pr'), cell: (e) => (e.commit.pr === null ? '' : `#${e.commit.pr}`) },
    { label: hw(c.lang, 'col.message'), cell: (e) => e.commit.subject },
    { label: hw(c.lang, 'col.commit'), cell: (e) => html`<code>${e.commit.id.slice(0, 7)}</code>` },
  ], events, { empty: hw(c.lang, 'empty'), ...(id ? { id } : {}) });
}

/** A record's history on its page: its events, newest first. */
function recordHistory(c: PageCtx, s: SiteInput, kind: Kind, id: string): Html {
  const h = s.history;
  if ('unavailable' in h) return html`<h2 id="history">${sw(c.lang, 'history')}</h2>${historyNote(c, h)}`;
  const all = newestFirst(h.byRecord.get(`${kind}:${id}`) ?? []);
  const shown = all.slice(0, HISTORY_ON_PAGE);
  const more = all.length - shown.length;
  return html`<h2 id="history">${sw(c.lang, 'history')}</h2>${historyTable(c, s, shown, false)}${more > 0 ? html`<p class="note">${hw(c.lang, 'recent.more', { n: more, id })}</p>` : ''}`;
}

/** The latest changes across the register, newest first. */
export function changesPage(c: PageCtx, s: SiteInput): string {
  const h = s.history;
  const title = sw(c.lang, 'changes');
  const body = 'unavailable' in h
    ? html`<h1>${title}</h1>${historyNote(c, h)}`
    : html`<h1>${title}</h1>${historyTable(c, s, h.recent, true)}`;
  return page(c, title, body);
}

/* ---------- search and data ---------- */

export function searchIndex(s: SiteInput, lang: Lang): string {
  const entries: Array<[string, string, string, string, string]> = [];
  const k = { partner: sw(lang, 'kind.partner'), agreement: sw(lang, 'kind.agreement'), activity: sw(lang, 'kind.activity') };
  for (const p of s.dataset.partners.values()) entries.push([k.partner, p.id, p.data.name, [p.data.country, p.data.name_local, ...(p.data.aliases ?? [])].filter(Boolean).join(' '), recPath('partner', p.id)]);
  for (const a of s.dataset.agreements.values()) entries.push([k.agreement, a.id, a.data.title, [a.data.category, a.data.document_type, ...a.data.partners].join(' '), recPath('agreement', a.id)]);
  for (const a of s.dataset.activities.values()) entries.push([k.activity, a.id, a.data.title, [a.data.start, labelOf(ACTIVITY_TYPE_LABEL, a.data.type, lang) ?? a.data.type, a.data.location ?? ''].join(' '), recPath('activity', a.id)]);
  // Served as a script (a page opened from file:// may not fetch files); < is escaped all the same, and
  // bidirectional overrides are shown as the pages show them (the results are drawn from this text).
  return `window.KERJASAMA_INDEX=${JSON.stringify(entries.map((e) => e.map(bidiVisible))).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')};\n`;
}

export function searchPage(c: PageCtx): string {
  const body = html`<h1>${sw(c.lang, 'search')}</h1>
<div id="search-form" hidden><label for="search-q">${sw(c.lang, 'search.label')}</label><br><input id="search-q" type="search" autocomplete="off"> <span id="search-count" class="muted" aria-live="polite"></span></div>
<noscript><p>${sw(c.lang, 'search.noscript')}</p></noscript>
<ul id="search-results" class="plain"></ul>
<p><a href="${href(c, 'agreements/index.html')}">${sw(c.lang, 'agreements')}</a> · <a href="${href(c, 'partners/index.html')}">${sw(c.lang, 'partners')}</a> · <a href="${href(c, 'activities/index.html')}">${sw(c.lang, 'activities')}</a></p>`;
  return page(c, sw(c.lang, 'search'), body, [`assets/search-index.${c.lang}.js`]);
}

export function dataPage(c: PageCtx, s: SiteInput): string {
  const body = html`<h1>${sw(c.lang, 'data.title')}</h1>
<p>${sw(c.lang, 'data.intro')}</p>
${table(sw(c.lang, 'data'), [
    { label: sw(c.lang, 'col.file'), cell: (x: Download) => html`<a href="${top(c, x.path)}">${x.path}</a>` },
    { label: sw(c.lang, 'col.format'), cell: (x) => x.format },
    { label: sw(c.lang, 'col.what'), cell: (x) => x.label[c.lang] },
  ], s.downloads)}
<p class="${s.includePrivate ? 'private' : 'note'}">${s.includePrivate ? sw(c.lang, 'privacyOn') : sw(c.lang, 'privacyOff')}</p>`;
  return page(c, sw(c.lang, 'data'), body);
}
