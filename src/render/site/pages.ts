// The pages: home, lists, the report pages with their pictures, one page per record, search, data.
// Each is a function from report values to HTML; every value goes through html`` and is escaped.

import isoCountries from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import { countryName } from '../../model/countries.js';
import { factsOf, UNKNOWN_COUNTRY } from '../../facts/facts.js';
import { fieldRows, type FieldRow, type FieldValue } from '../../view/fields.js';
import { day, humanDate, humanKDate, iso, parseDate } from '../../model/dates.js';
import { vocabulary } from '../../model/sectors.js';
import type { Dataset, Kind, Lang } from '../../model/types.js';
import type { Shown } from '../../report/records.js';
import type { SiteData } from '../../report/siteData.js';
import { BUCKET_LABEL, endUnknownTitle, extendableText } from '../../view/expiring.js';
import { RELATION_DOWN, RELATION_UP, STALE } from '../../view/labels.js';
import { STAGE_LABEL, undatedText } from '../../view/inactive.js';
import { cellText, cellTone } from '../cells.js';
import { bidiVisible } from '../sanitise.js';
import { words } from '../words.js';
import type { Cell, ReportView } from '../../view/view.js';
import { calendarStrip, figureId, heatGrid, timelineChart, worldMap, type MapCountry } from './charts.js';
import { fileId, html, join, outLink, safeUrl, type Html } from './html.js';
import { href, page, top, type PageCtx } from './layout.js';
import { counted } from '../../model/words.js';
import { CYCLE_ACTION, DOC_SHORT, STATUS, STATUS_MARK, W } from './words.js';
import { instantIn } from '../../model/dates.js';
import { newestFirst, type HistoryEvent } from '../../report/history.js';
import { eventPhrase } from '../../view/history.js';
import { hw } from '../../view/history.words.js';
import type { DerivedStatus } from '../../model/agreement.js';
import { formatNumber } from '../../model/format.js';

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

function table<R>(caption: string, cols: Col<R>[], rows: readonly R[], o: { sortable?: boolean; empty?: string; id?: string } = {}): Html {
  if (rows.length === 0 && o.empty) return html`<p class="note"${o.id ? html` id="${o.id}"` : ''}>${o.empty}</p>`;
  const head = cols.map((c) => html`<th scope="col"${c.num ? html` class="num"` : ''}>${c.label}</th>`);
  const body = rows.map((r) => html`<tr>${cols.map((c) => {
    const s = c.sort ? html` data-sort="${String(c.sort(r))}"` : '';
    const v = c.cell(r);
    return html`<td${c.num ? html` class="num"` : ''}${s}>${v === null || v === undefined ? '–' : v}</td>`;
  })}</tr>`);
  return html`<div class="tablewrap"><table${o.sortable ? html` class="sortable"` : ''}${o.id ? html` id="${o.id}"` : ''}><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

const date = (c: PageCtx, text: string | null | undefined): Val => {
  if (!text) return null;
  const k = parseDate(text);
  return k ? (k.precision === 'day' ? humanDate(k.first, c.lang) : humanKDate(k, c.lang)) : text === 'unknown' ? words(c.lang).unknownDate : text;
};
/** The stale mark beside a fact confirmed longer ago than thresholds.stale_after. */
const staleMark = (c: PageCtx, stale: boolean): Html | '' => (stale ? html` <span class="warn">${STALE[c.lang]}</span>` : '');
/** When a record or tie was last confirmed, marked when stale. */
const confirmedVal = (c: PageCtx, r: { confirmed: string | null; stale: boolean }): Val => (r.confirmed ? html`${date(c, r.confirmed)}${staleMark(c, r.stale)}` : null);

/** A view's cell as the site draws it: its text, in its tone's class. */
const toned = (cell: Cell): Html => html`<span class="${cellTone(cell) ?? ''}">${cellText(cell, 'en', 'raw')}</span>`;
const statusBadge = (c: PageCtx, s: string): Html => {
  const st = s as DerivedStatus;
  const tone = st === 'in_force' ? 'good' : st === 'expired' || st === 'terminated' ? 'bad' : st === 'pending' || st === 'renewal_unrecorded' ? 'warn' : 'muted';
  return html`<span class="badge ${tone}">${STATUS_MARK[st] ?? ''} ${STATUS[st]?.[c.lang] ?? s}</span>`;
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
function figure(c: PageCtx, svg: Html, caption: string, tableId?: string): Html {
  const id = figureId();
  return html`<figure><div class="chartwrap" tabindex="0" role="region" aria-labelledby="${id}">${svg}</div><figcaption id="${id}">${caption}${tableId ? html` <a href="#${tableId}">${W.tableView[c.lang]}</a>` : ''}</figcaption></figure>`;
}

function countryLabel(lang: Lang, code: string): string {
  return code === UNKNOWN_COUNTRY ? W.countryUnknown[lang] : `${countryName(code, lang)} (${code})`;
}

/* ---------- the pictures ---------- */

/** The map's countries: the summary's partners by country, the partners the summary counts. */
function mapCountries(s: SiteInput, lang: Lang): MapCountry[] {
  return Object.entries(s.data.summary.partnersByCountry).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => ({ code, numeric: isoCountries.alpha2ToNumeric(code), name: countryLabel(lang, code), partners: n }));
}

function mapFigure(c: PageCtx, s: SiteInput, tableId?: string): Html {
  const countries = mapCountries(s, c.lang);
  const m = worldMap(s.world, countries, { lang: c.lang });
  const missing = m.notDrawn.length ? (c.lang === 'id' ? ` Terlalu kecil untuk peta ini: ${m.notDrawn.join(', ')}.` : ` Too small for this map: ${m.notDrawn.join(', ')}.`) : '';
  return figure(c, m.svg, (c.lang === 'id' ? 'Jumlah mitra per negara (angka dalam lingkaran). Data peta: Natural Earth.' : 'Number of partners per country (the number in the circle). Map data: Natural Earth.') + missing, tableId);
}

function countryTable(c: PageCtx, s: SiteInput, id: string): Html {
  return table(c.lang === 'id' ? 'Mitra menurut negara' : 'Partners by country', [
    { label: c.lang === 'id' ? 'negara' : 'country', cell: (r: MapCountry) => r.name },
    { label: c.lang === 'id' ? 'mitra' : 'partners', cell: (r) => r.partners, num: true, sort: (r) => r.partners },
    { label: c.lang === 'id' ? 'nama' : 'names', cell: (r) => links(c, s.dataset, 'partner', s.data.countedPartners.filter((p) => p.country === r.code).map((p) => p.id)) },
  ], mapCountries(s, c.lang), { id, sortable: true });
}

function strip(c: PageCtx, s: SiteInput): Html {
  const e = s.data.expiring;
  return calendarStrip(e.rows.map((r) => ({ id: r.id, end: r.end, bucket: r.bucket })), { asOf: s.asOf, horizonEnd: day(e.horizonEnd), lang: c.lang, maxMonths: 24 });
}

/* ---------- home ---------- */

function actionText(c: PageCtx, r: SiteData['expiring']['rows'][number]): string {
  const en = c.lang === 'en';
  if (r.bucket === 'overdue') return en ? 'ended but still marked active: record the renewal or mark it expired' : 'sudah berakhir tetapi masih tercatat aktif: catat perpanjangan atau tandai berakhir';
  if (r.bucket === 'renewal_unrecorded' && r.cycle) {
    const cy = r.cycle;
    return CYCLE_ACTION(cy.missed.length, date(c, cy.dueSince ?? r.end) as string, date(c, cy.nextDue) as string, date(c, r.renewalStart) as string)[c.lang];
  }
  if (r.renewalStartPassed) return en ? `start the renewal now (was due ${r.renewalStart})` : `mulai perpanjangan sekarang (seharusnya ${r.renewalStart})`;
  return en ? `ends in ${r.daysLeft} days; renewal starts ${r.renewalStart}` : `berakhir dalam ${r.daysLeft} hari; perpanjangan dimulai ${r.renewalStart}`;
}

function expiringTable(c: PageCtx, s: SiteInput, rows: SiteData['expiring']['rows'], caption: string, id?: string): Html {
  const en = c.lang === 'en';
  return table(caption, [
    { label: en ? 'agreement' : 'perjanjian', cell: (r) => recLink(c, s.dataset, 'agreement', r.id, r.title), sort: (r) => r.title.toLowerCase() },
    { label: en ? 'partners' : 'mitra', cell: (r) => join(r.partners.map((p) => html`${recLink(c, s.dataset, 'partner', p.id, p.name)} (${p.country})`), ', ') },
    { label: en ? 'category' : 'kategori', cell: (r) => r.category },
    // A renewal not on record has no last day to act on: its next renewal due is shown instead, so marked.
    { label: en ? 'last day' : 'hari terakhir', cell: (r) => (r.cycle ? `${W.nextDue[c.lang]}: ${date(c, r.cycle.nextDue) as string}${r.cycle.uncertain ? '*' : ''}` : `${humanDate(day(r.end), c.lang)}${r.endUncertain ? '*' : ''}${r.extendableBy ? ` ${extendableText(r.extendableBy, c.lang)}` : ''}`), sort: (r) => r.end },
    { label: en ? 'days left' : 'sisa hari', cell: (r) => r.daysLeft, num: true, sort: (r) => r.daysLeft },
    { label: en ? 'what to do' : 'tindakan', cell: (r) => html`<span class="${r.bucket === 'overdue' ? 'bad' : r.renewalStartPassed || r.bucket === 'renewal_unrecorded' ? 'warn' : ''}">${r.bucket === 'overdue' || r.bucket === 'renewal_unrecorded' ? '⚠ ' : r.renewalStartPassed ? '⚑ ' : ''}${actionText(c, r)}</span>` },
    { label: en ? 'facts confirmed' : 'fakta dikonfirmasi', cell: (r) => confirmedVal(c, r), sort: (r) => r.confirmed ?? '' },
  ], rows, { sortable: true, empty: en ? 'Nothing ends within the horizon.' : 'Tidak ada yang berakhir dalam rentang pemantauan.', ...(id ? { id } : {}) });
}

function inactiveTable(c: PageCtx, s: SiteInput, rows: SiteData['inactive']['rows'], caption: string): Html {
  const en = c.lang === 'en';
  return table(caption, [
    { label: en ? 'partner' : 'mitra', cell: (r) => recLink(c, s.dataset, 'partner', r.partner.id, r.partner.name), sort: (r) => r.partner.name.toLowerCase() },
    { label: en ? 'country' : 'negara', cell: (r) => r.partner.country },
    { label: en ? 'agreements' : 'perjanjian', cell: (r) => links(c, s.dataset, 'agreement', r.agreements) },
    { label: en ? 'last activity' : 'kegiatan terakhir', cell: (r) => (r.lastActivity ? html`${recLink(c, s.dataset, 'activity', r.lastActivity.id, r.lastActivity.title)} (${date(c, r.lastActivity.date)})` : toned(undatedText(r.undatedActivities, c.lang))), sort: (r) => r.lastActivity?.date ?? '' },
    { label: en ? 'days since' : 'hari sejak', cell: (r) => r.daysSince, num: true, sort: (r) => r.daysSince ?? 1e9 },
    { label: en ? 'next planned' : 'rencana berikutnya', cell: (r) => (r.nextPlanned ? html`${recLink(c, s.dataset, 'activity', r.nextPlanned.id, r.nextPlanned.title)} (${date(c, r.nextPlanned.date)})` : null) },
    { label: W.confirmed[c.lang], cell: (r) => confirmedVal(c, r), sort: (r) => r.confirmed ?? '' },
  ], rows, { sortable: true, empty: en ? 'Every partnership in force had an activity within the window.' : 'Setiap kemitraan yang berlaku memiliki kegiatan dalam jendela waktu.' });
}

function warnings(c: PageCtx, s: SiteInput): Html {
  const en = c.lang === 'en';
  const sm = s.data.summary;
  const u = sm.unknowns;
  const items: Html[] = [];
  const say = (n: number, enText: string, idText: string, tone = ''): void => {
    if (n > 0) items.push(html`<li class="${tone}">${en ? enText : idText}</li>`);
  };
  say(sm.records.invalidFiles, `${counted(sm.records.invalidFiles, 'record file has', 'record files have')} errors and ${sm.records.invalidFiles === 1 ? 'is' : 'are'} left out of every page.`, `${sm.records.invalidFiles} berkas data bermasalah dan tidak disertakan di halaman mana pun.`, 'bad');
  items.push(html`<li>${en ? `Validation: ${sm.validation.errors} errors, ${sm.validation.warnings} warnings.` : `Validasi: ${sm.validation.errors} kesalahan, ${sm.validation.warnings} peringatan.`} <a href="${href(c, 'problems.html')}">${W.problems[c.lang]}</a></li>`);
  say(sm.renewalsNotOnRecord, `${counted(sm.renewalsNotOnRecord, 'tie renews', 'ties renew')} every few years but ${sm.renewalsNotOnRecord === 1 ? 'its' : 'their'} latest renewal is not on record.`, `${sm.renewalsNotOnRecord} kerja sama diperpanjang berkala tetapi perpanjangan terakhirnya tidak tercatat.`, 'warn');
  say(u.staleFacts, `${counted(u.staleFacts, 'agreement has', 'agreements have')} facts last confirmed too long ago (stale).`, `${u.staleFacts} perjanjian dengan fakta yang terakhir dikonfirmasi sudah terlalu lama (usang).`, 'warn');
  say(sm.endUnknown, `${counted(sm.endUnknown, 'agreement has', 'agreements have')} no known end: ${sm.endUnknown === 1 ? 'it is' : 'they are'} named on the expiring page.`, `${sm.endUnknown} perjanjian tidak diketahui tanggal berakhirnya: daftarnya ada di halaman perjanjian yang akan berakhir.`, 'warn');
  say(u.status, `${counted(u.status, 'agreement has', 'agreements have')} an unknown status.`, `${u.status} perjanjian berstatus tidak diketahui.`);
  say(u.documentType, `${counted(u.documentType, 'agreement has', 'agreements have')} an unknown document type.`, `${u.documentType} perjanjian berjenis dokumen tidak diketahui.`);
  say(u.uncertainDates, `${counted(u.uncertainDates, 'agreement has', 'agreements have')} an uncertain date (a month, a year, approximate or a range); the earliest day it could mean is used for ends.`, `${u.uncertainDates} perjanjian memiliki tanggal tidak pasti (bulan, tahun, perkiraan atau rentang); untuk tanggal berakhir dipakai hari paling awal yang mungkin.`);
  say(u.noSectors, `${counted(u.noSectors, 'agreement in force records', 'agreements in force record')} no sector: the coverage of those sectors is not known.`, `${u.noSectors} perjanjian berlaku tidak mencatat sektor: cakupan sektornya tidak diketahui.`);
  const unknownNoSectors = s.data.coverage.noSectors.unknownStatus.length;
  say(unknownNoSectors, `${counted(unknownNoSectors, 'agreement of unknown status records', 'agreements of unknown status record')} no sector: any sector could be ${unknownNoSectors === 1 ? 'its' : 'theirs'}, so coverage is not known where no agreement in force lists a sector (${unknownNoSectors === 1 ? 'it is' : 'they are'} named on the coverage page).`, `${unknownNoSectors} perjanjian berstatus tidak diketahui tidak mencatat sektor: sektor mana pun bisa menjadi sektornya, jadi cakupan tidak diketahui untuk sektor yang tidak tercantum pada perjanjian berlaku (daftarnya ada di halaman cakupan sektor).`);
  say(u.approvalsUnknown, `${counted(u.approvalsUnknown, 'approval is', 'approvals are')} recorded as unknown.`, `${u.approvalsUnknown} persetujuan tercatat tidak diketahui.`);
  if (sm.signingOverdue.length) items.push(html`<li class="warn">${en ? 'Planned signing passed without a signature: ' : 'Rencana penandatanganan sudah terlampaui tanpa tanda tangan: '}${links(c, s.dataset, 'agreement', sm.signingOverdue.map((x) => x.id))}</li>`);
  return html`<ul class="plain">${items}</ul>`;
}

export function homePage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
  const sm = s.data.summary;
  const card = (n: number, label: string, target: string, tone = ''): Html => html`<li><a href="${href(c, target)}"><span class="n ${tone}">${formatNumber(n, en ? 'en' : 'id')}</span> <span class="l">${label}</span></a></li>`;
  const action = s.data.expiring.rows.filter((r) => r.bucket === 'overdue' || r.bucket === 'renewal_unrecorded' || r.renewalStartPassed || r.daysLeft <= 90);
  const body = html`
<h1>${s.register}</h1>
<p class="prov">${en ? 'As of' : 'Per'} ${humanDate(s.asOf, c.lang)}${s.commit ? ` · commit ${s.commit}` : ''}</p>
<ul class="cards">
${card(sm.partnershipsInForce, en ? 'partnerships in force' : 'kemitraan berlaku', 'partnerships.html')}
${card(sm.records.agreements, en ? 'agreements' : 'perjanjian', 'agreements/index.html')}
${card(sm.records.partners, en ? 'partners' : 'mitra', 'partners/index.html')}
${card(sm.records.activities, en ? 'activities' : 'kegiatan', 'activities/index.html')}
${card(sm.overdue, en ? '⚠ overdue: ended, still marked active' : '⚠ terlambat: berakhir, masih tercatat aktif', 'expiring.html', sm.overdue ? 'bad' : '')}
${card(sm.expiringNext12Months.length, en ? 'end in the next 12 months' : 'berakhir dalam 12 bulan', 'expiring.html', sm.expiringNext12Months.length ? 'warn' : '')}
${card(sm.dormantPartnerships, en ? 'dormant partnerships' : 'kemitraan tidak aktif', 'inactive.html', sm.dormantPartnerships ? 'warn' : '')}
${sm.renewalsNotOnRecord ? card(sm.renewalsNotOnRecord, en ? '⚠ renewal not on record' : '⚠ perpanjangan tidak tercatat', 'expiring.html', 'warn') : ''}
${card(s.data.coverage.gaps.length + s.data.coverage.notKnown.length, en ? 'sectors with no known agreement in force' : 'sektor tanpa perjanjian berlaku yang diketahui', 'coverage.html')}
</ul>
<h2 id="action">${en ? 'Needs action now' : 'Perlu ditindaklanjuti sekarang'}</h2>
${figure(c, strip(c, s), en ? `Agreements ending per month, up to the horizon (${s.data.expiring.within}).` : `Perjanjian yang berakhir per bulan, sampai batas rentang pemantauan (${s.data.expiring.within}).`, 'action-table')}
${expiringTable(c, s, action.slice(0, LIMIT_HOME), en ? 'Overdue, renewal due, or ending within 90 days' : 'Terlambat, waktunya perpanjangan, atau berakhir dalam 90 hari', 'action-table')}
${action.length > LIMIT_HOME ? html`<p><a href="${href(c, 'expiring.html')}">${en ? `All ${action.length} …` : `Semua ${action.length} …`}</a></p>` : ''}
<h2>${en ? 'Dormant partnerships' : 'Kemitraan tidak aktif'}</h2>
${inactiveTable(c, s, s.data.inactive.rows.slice(0, LIMIT_HOME), en ? `In force, no activity since ${humanDate(day(s.data.inactive.windowStart), c.lang)}` : `Berlaku, tanpa kegiatan sejak ${humanDate(day(s.data.inactive.windowStart), c.lang)}`)}
${s.data.inactive.rows.length > LIMIT_HOME ? html`<p><a href="${href(c, 'inactive.html')}">${en ? `All ${s.data.inactive.rows.length} …` : `Semua ${s.data.inactive.rows.length} …`}</a></p>` : ''}
<h2>${en ? 'Where the partners are' : 'Lokasi mitra'}</h2>
${mapFigure(c, s)}
<p><a href="${href(c, 'map.html#countries')}">${W.tableView[c.lang]}</a></p>
<h2>${en ? 'About the data' : 'Tentang data ini'}</h2>
<div class="warning">${warnings(c, s)}</div>
`;
  return page(c, W.home[c.lang], body);
}

/* ---------- report pages ---------- */

export function expiringPage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
  const e = s.data.expiring;
  const buckets = (Object.keys(BUCKET_LABEL) as Array<keyof typeof BUCKET_LABEL>).map((b) => ({ b, rows: e.rows.filter((r) => r.bucket === b) })).filter((x) => x.rows.length > 0);
  const body = html`
<h1>${en ? 'Expiring agreements' : 'Perjanjian yang akan berakhir'}</h1>
<p class="prov">${en ? `Agreements in force ending by ${humanDate(day(e.horizonEnd), c.lang)} (horizon ${e.within}), and overdue ones.` : `Perjanjian berlaku yang berakhir sampai ${humanDate(day(e.horizonEnd), c.lang)} (rentang pemantauan ${e.within}), dan yang terlambat.`}</p>
${figure(c, strip(c, s), en ? 'Agreements ending per month.' : 'Perjanjian yang berakhir per bulan.', 'bucket-0')}
${buckets.length === 0 ? html`<p>${(e.endUnknown.length ? W.nothingKnownEnds : W.nothingEnds)[c.lang]}</p>` : join(buckets.map((x, i) => html`<h2>${BUCKET_LABEL[x.b][c.lang]}</h2>${expiringTable(c, s, x.rows, BUCKET_LABEL[x.b][c.lang], `bucket-${i}`)}`))}
${e.endUnknown.length ? html`<h2>${endUnknownTitle(e.endUnknown.length)[c.lang]}</h2>${table(endUnknownTitle(e.endUnknown.length)[c.lang], [
    { label: W.agreement[c.lang], cell: (r: SiteData['expiring']['endUnknown'][number]) => recLink(c, s.dataset, 'agreement', r.id, r.title), sort: (r) => r.title.toLowerCase() },
    { label: W.partnersCol[c.lang], cell: (r) => join(r.partners.map((p) => html`${recLink(c, s.dataset, 'partner', p.id, p.name)} (${p.country})`), ', ') },
    { label: W.status[c.lang], cell: (r) => statusBadge(c, r.derivedStatus) },
    { label: W.endRecorded[c.lang], cell: (r) => r.endAsRecorded ?? W.noEndRecorded[c.lang] },
    { label: W.confirmed[c.lang], cell: (r) => confirmedVal(c, r), sort: (r) => r.confirmed ?? '' },
  ], e.endUnknown, { sortable: true, id: 'end-unknown' })}` : ''}
<p class="note">${en ? '⚑ the renewal should have started (end minus the renewal lead time for the category). * partial end date: the earliest day it could mean.' : '⚑ perpanjangan seharusnya sudah dimulai (tanggal berakhir dikurangi waktu persiapan per kategori). * tanggal tidak lengkap: dipakai hari paling awal.'}</p>
<p><a href="${top(c, 'data/expiring.ics')}">${en ? 'Subscribe in a calendar (.ics)' : 'Langganan di kalender (.ics)'}</a> · <a href="${top(c, 'data/expiring.csv')}">CSV</a> · <a href="${top(c, 'api/expiring.json')}">JSON</a></p>`;
  return page(c, W.expiring[c.lang], body);
}

export function inactivePage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
  const r = s.data.inactive;
  const body = html`
<h1>${en ? 'Dormant partnerships' : 'Kemitraan tidak aktif'}</h1>
<p class="prov">${en ? `${r.rows.length} of ${counted(r.partnershipsInForce, 'partnership', 'partnerships')} in force had no activity since ${humanDate(day(r.windowStart), c.lang)} (window ${r.since}). Planned and cancelled activities do not count.` : `${r.rows.length} dari ${r.partnershipsInForce} kemitraan yang berlaku tidak memiliki kegiatan sejak ${humanDate(day(r.windowStart), c.lang)} (jendela ${r.since}). Kegiatan yang direncanakan atau batal tidak dihitung.`}</p>
${inactiveTable(c, s, r.rows, W.inactive[c.lang])}
<h2>${W.tiesNotInForce[c.lang]}</h2>
${table(en ? 'LoI only, signed and not yet in force, negotiating, status unknown' : 'Baru LoI, ditandatangani belum berlaku, dalam perundingan, status tidak diketahui', [
    { label: en ? 'partner' : 'mitra', cell: (t: SiteData['inactive']['notInForce'][number]) => recLink(c, s.dataset, 'partner', t.partner.id, t.partner.name), sort: (t) => t.partner.name.toLowerCase() },
    { label: en ? 'stage' : 'tahap', cell: (t) => STAGE_LABEL[t.stage][c.lang], sort: (t) => t.stage },
    { label: en ? 'agreements' : 'perjanjian', cell: (t) => links(c, s.dataset, 'agreement', t.agreements) },
    { label: W.sinceOrPlanned[c.lang], cell: (t) => (t.since ? date(c, t.since) : t.plannedSigning ? html`${date(c, t.plannedSigning)} <span class="${t.plannedSigningPassed ? 'warn' : 'muted'}">${(t.plannedSigningPassed ? W.plannedPassed : W.planned)[c.lang]}</span>` : null), sort: (t) => t.since ?? t.plannedSigning ?? '' },
    { label: en ? 'last activity' : 'kegiatan terakhir', cell: (t) => (t.lastActivity ? recLink(c, s.dataset, 'activity', t.lastActivity.id, t.lastActivity.title) : t.undatedActivities.length ? toned(undatedText(t.undatedActivities, c.lang)) : null) },
    { label: W.confirmed[c.lang], cell: (t) => confirmedVal(c, t), sort: (t) => t.confirmed ?? '' },
  ], r.notInForce, { sortable: true, empty: en ? 'None.' : 'Tidak ada.' })}
<p><a href="${top(c, 'data/inactive.csv')}">CSV</a> · <a href="${top(c, 'api/inactive.json')}">JSON</a></p>`;
  return page(c, W.inactive[c.lang], body);
}

function viewTables(c: PageCtx, v: ReportView): Html {
  return join(v.tables.map((t, i) => table(t.title?.[c.lang] ?? v.title[c.lang], t.columns.map((col) => ({
    label: col.label[c.lang], num: col.align === 'right', cell: (r: Record<string, Cell>) => cellText(r[col.key] ?? null, c.lang, 'human'),
  })), t.rows, { sortable: true, id: `view-${i}`, ...(t.empty ? { empty: t.empty[c.lang] } : {}) })));
}

export function coveragePage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
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
  rows.push({ label: en ? 'sector not recorded' : 'sektor tidak dicatat', cells: [cov.noSectors.agreements.length, ...m.countries.map(() => null)] });
  const grid = heatGrid({
    columns: [en ? 'all' : 'semua', ...m.countries.map((k) => (k === '?' ? '?' : k))],
    rows,
    title: en ? 'Agreements in force by sector and partner country' : 'Perjanjian berlaku menurut sektor dan negara mitra',
    desc: en ? `Counts of agreements in force per sector (rows) and partner country (columns). 0 means none; ? means not known. ${cov.gaps.length} sectors have none; ${cov.notKnown.length} may be covered but it is not known.` : `Jumlah perjanjian berlaku per sektor (baris) dan negara mitra (kolom). 0 berarti tidak ada; ? berarti tidak diketahui. ${cov.gaps.length} sektor tidak memiliki perjanjian; ${cov.notKnown.length} mungkin tercakup tetapi tidak diketahui.`,
  });
  const body = html`
<h1>${en ? 'Sector coverage' : 'Cakupan sektor'}</h1>
<p class="prov">${en ? `${counted(cov.agreementsInForce, 'agreement', 'agreements')} in force; ${cov.gaps.length} of ${counted(cov.rows.length, 'sector', 'sectors')} ${cov.gaps.length === 1 ? 'has' : 'have'} none, ${cov.notKnown.length} not known.` : `${cov.agreementsInForce} perjanjian berlaku; ${cov.gaps.length} dari ${cov.rows.length} sektor tidak memilikinya, ${cov.notKnown.length} tidak diketahui.`}</p>
${figure(c, grid, en ? 'Each cell gives the number of agreements in force. Hatched with ? : not known (agreements that record no sector, or of unknown status, may cover it). Columns are ISO country codes.' : 'Setiap sel berisi jumlah perjanjian berlaku. Arsir dengan ? : tidak diketahui (perjanjian tanpa sektor, atau berstatus tidak diketahui, mungkin mencakupnya). Kolom adalah kode negara ISO.', 'view-0')}
<ul class="legend"><li><span class="sw h0"></span>0</li><li><span class="sw h1"></span>${en ? 'few' : 'sedikit'}</li><li><span class="sw h3"></span>${en ? 'many' : 'banyak'}</li><li><span class="sw hq"></span>? ${W.unknown[c.lang]}</li></ul>
${viewTables(c, s.views.coverage[c.lang])}
<p><a href="${top(c, 'data/coverage.csv')}">CSV</a> · <a href="${top(c, 'api/coverage.json')}">JSON</a></p>`;
  return page(c, W.coverage[c.lang], body);
}

export function partnershipsPage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
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
    title: en ? 'Activities per year per partnership' : 'Kegiatan per tahun per kemitraan',
    desc: (en ? `Held activities per calendar year, ${span[0] ?? ''}–${span[span.length - 1] ?? ''}, for ${active.length} partnerships.` : `Kegiatan yang terlaksana per tahun, ${span[0] ?? ''}–${span[span.length - 1] ?? ''}, untuk ${active.length} kemitraan.`) + (undated ? ` ?: ${W.yearUnknown[c.lang]}.` : ''),
  }, { zeroText: '·' });
  const chain = (l: (typeof lines)[number]): Html => join(l.agreements.map((a) => html`${recLink(c, s.dataset, 'agreement', a.id, `${DOC_SHORT[a.documentType] ?? a.documentType} ${a.start !== null ? iso(a.start).slice(0, 4) : '?'}`)} ${statusBadge(c, a.status)}`), ' → ');
  const body = html`
<h1>${en ? 'Partnerships' : 'Kemitraan'}</h1>
<p class="prov">${en ? 'A partnership is a chain of agreements with one partner (LoI → MoU → PKS, and renewals).' : 'Kemitraan adalah rantai perjanjian dengan satu mitra (LoI → MoU → PKS, dan perpanjangannya).'}</p>
<h2>${en ? 'Timelines' : 'Lini masa'}</h2>
${figure(c, tl.svg, (en ? 'Bars: agreements, from start to last day; ' : 'Batang: perjanjian, dari mulai sampai hari terakhir; ') + (en ? 'solid: in force; grey: ended or superseded; outlined: not yet in force; hatched: end unknown. Red line: as of; dashed: horizon.' : 'penuh: berlaku; abu-abu: berakhir atau digantikan; garis tepi: belum berlaku; arsir: tanggal berakhir tidak diketahui. Garis merah: per tanggal; putus-putus: batas rentang pemantauan.') + (tl.shown < lines.length ? (en ? ` First ${tl.shown} of ${lines.length} shown.` : ` ${tl.shown} pertama dari ${lines.length} ditampilkan.`) : ''), 'partnership-table')}
<ul class="legend"><li><span class="sw bar"></span>${STATUS.in_force[c.lang]}</li><li><span class="sw old"></span>${STATUS.expired[c.lang]} / ${STATUS.superseded[c.lang]}</li><li><span class="sw pending"></span>${STATUS.pending[c.lang]}</li><li><span class="sw hq"></span>${en ? 'end unknown' : 'akhir tidak diketahui'}</li></ul>
<h2>${en ? 'Activities per year' : 'Kegiatan per tahun'}</h2>
${cols.length ? figure(c, grid, en ? 'Number of held activities per year (· none).' : 'Jumlah kegiatan yang terlaksana per tahun (· tidak ada).', 'partnership-table') : html`<p>${en ? 'No activities recorded.' : 'Belum ada kegiatan tercatat.'}</p>`}
${table(en ? 'All partnerships' : 'Semua kemitraan', [
    { label: en ? 'partner' : 'mitra', cell: (l: (typeof lines)[number]) => html`${recLink(c, s.dataset, 'partner', l.partner.id, l.partner.name)} (${l.partner.country})`, sort: (l) => l.partner.name.toLowerCase() },
    { label: en ? 'agreements' : 'perjanjian', cell: chain },
    { label: en ? 'in force' : 'berlaku', cell: (l) => (l.inForce ? (en ? '● yes' : '● ya') : (en ? '○ no' : '○ tidak')) },
    { label: en ? 'activities per year' : 'kegiatan per tahun', cell: (l) => Object.entries(l.activitiesByYear).map(([y, n]) => `${y === 'unknown' ? W.yearUnknown[c.lang] : y}: ${n}`).join(', ') || null },
    { label: en ? 'planned' : 'rencana', cell: (l) => l.plannedActivities, num: true },
  ], lines, { sortable: true, id: 'partnership-table' })}`;
  return page(c, W.partnerships[c.lang], body);
}

export function mapPage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
  const body = html`<h1>${en ? 'Partners around the world' : 'Mitra di seluruh dunia'}</h1>${mapFigure(c, s, 'countries')}${countryTable(c, s, 'countries')}`;
  return page(c, W.map[c.lang], body);
}

export function problemsPage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
  const body = html`<h1>${W.problems[c.lang]}</h1>
<p class="prov">${en ? 'What kerjasama validate finds in the register: files with errors are left out of every other page.' : 'Temuan kerjasama validate pada register: berkas dengan kesalahan tidak diikutkan di halaman lain.'}</p>
${table(W.problems[c.lang], [
    { label: en ? 'severity' : 'tingkat', cell: (d: Diag) => html`<span class="${d.severity === 'error' ? 'bad' : 'warn'}">${d.severity === 'error' ? (en ? '✕ error' : '✕ kesalahan') : (en ? '⚠ warning' : '⚠ peringatan')}</span>` },
    { label: en ? 'file' : 'berkas', cell: (d) => `${d.file}${d.line ? `:${d.line}` : ''}` },
    { label: en ? 'code' : 'kode', cell: (d) => d.code },
    { label: en ? 'message' : 'pesan', cell: (d) => d.message[c.lang] },
  ], s.diagnostics, { sortable: true, empty: en ? 'No problems found.' : 'Tidak ada masalah.' })}`;
  return page(c, W.problems[c.lang], body);
}

/* ---------- lists ---------- */

export function listPage(c: PageCtx, s: SiteInput, kind: Kind): string {
  const en = c.lang === 'en';
  const d = s.dataset;
  let t: Html;
  if (kind === 'agreement') {
    t = table(W.agreements[c.lang], [
      { label: en ? 'title' : 'judul', cell: (r: SiteData['agreements'][number]) => recLink(c, d, 'agreement', r.id, r.title), sort: (r) => r.title.toLowerCase() },
      { label: en ? 'type' : 'jenis', cell: (r) => DOC_SHORT[r.document_type] ?? r.document_type },
      { label: en ? 'category' : 'kategori', cell: (r) => r.category },
      { label: en ? 'partners' : 'mitra', cell: (r) => links(c, d, 'partner', r.partners) },
      { label: en ? 'start' : 'mulai', cell: (r) => date(c, r.start), sort: (r) => r.start ?? '' },
      { label: en ? 'end' : 'berakhir', cell: (r) => (r.end === 'none' ? W.noEnd[c.lang] : date(c, r.end)), sort: (r) => r.end ?? '' },
      { label: en ? 'status' : 'status', cell: (r) => html`${statusBadge(c, r.derived_status)}${staleMark(c, r.stale)}`, sort: (r) => r.derived_status },
    ], s.data.agreements, { sortable: true });
  } else if (kind === 'partner') {
    t = table(W.partners[c.lang], [
      { label: en ? 'name' : 'nama', cell: (r: SiteData['partners'][number]) => recLink(c, d, 'partner', r.id, r.name), sort: (r) => r.name.toLowerCase() },
      { label: en ? 'type' : 'jenis', cell: (r) => r.type },
      { label: en ? 'country' : 'negara', cell: (r) => countryLabel(c.lang, r.country) },
      { label: en ? 'agreements' : 'perjanjian', cell: (r) => r.agreements, num: true, sort: (r) => r.agreements },
    ], s.data.partners, { sortable: true });
  } else {
    t = table(W.activities[c.lang], [
      { label: en ? 'start' : 'mulai', cell: (r: SiteData['activities'][number]) => date(c, r.start), sort: (r) => r.start },
      { label: en ? 'title' : 'judul', cell: (r) => recLink(c, d, 'activity', r.id, r.title), sort: (r) => r.title.toLowerCase() },
      { label: en ? 'type' : 'jenis', cell: (r) => r.type },
      { label: en ? 'state' : 'keadaan', cell: (r) => r.state },
      { label: en ? 'agreements' : 'perjanjian', cell: (r) => links(c, d, 'agreement', r.agreements) },
      { label: en ? 'partners' : 'mitra', cell: (r) => links(c, d, 'partner', r.partners) },
    ], s.data.activities, { sortable: true });
  }
  const name = kind === 'agreement' ? 'agreements' : kind === 'partner' ? 'partners' : 'activities';
  const body = html`<h1>${W[name][c.lang]}</h1>${t}<p><a href="${top(c, `data/${name}.csv`)}">CSV</a> · <a href="${top(c, `api/${name}.json`)}">JSON</a></p>`;
  return page(c, W[name][c.lang], body);
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
    case 'private': return html`<span class="muted">${W.privateLeftOut[c.lang]}</span>`;
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
  return html`<p class="muted">${W.file[c.lang]}: <code>${file}</code>${url ? html` · <a href="${url}" rel="noopener noreferrer">${W.viewSource[c.lang]}</a>` : ''}</p>`;
}

function activityTable(c: PageCtx, d: Dataset, acts: ReadonlyArray<{ id: string; data: { start: string; end?: string; type: string; title: string; status?: string } }>): Html {
  const en = c.lang === 'en';
  return table(en ? 'Activities (timeline)' : 'Kegiatan (lini masa)', [
    { label: en ? 'start' : 'mulai', cell: (a) => date(c, a.data.start), sort: (a) => a.data.start },
    { label: en ? 'end' : 'selesai', cell: (a) => date(c, a.data.end) },
    { label: en ? 'type' : 'jenis', cell: (a) => a.data.type },
    { label: en ? 'title' : 'judul', cell: (a) => recLink(c, d, 'activity', a.id, a.data.title) },
    { label: en ? 'status' : 'status', cell: (a) => a.data.status ?? null },
  ], acts, { id: 'activities', empty: en ? 'No activities recorded.' : 'Belum ada kegiatan tercatat.' });
}

/** The partnerships a record belongs to, drawn with their activities: the record's history at a glance. */
function recordTimeline(c: PageCtx, s: SiteInput, lines: SiteData['partnerships'], tableId: string): Html {
  if (lines.length === 0 || lines.every((l) => l.agreements.every((a) => a.start === null) && l.activities.shared.length + l.activities.own.length === 0)) return html``;
  const en = c.lang === 'en';
  const tl = timelineChart(lines, { asOf: s.asOf, horizonEnd: day(s.data.expiring.horizonEnd), lang: c.lang, maxRows: 40, activities: true });
  return html`${figure(c, tl.svg, en ? 'Agreements as bars (labelled LoI, MoU, PKS, Ren), activities as dots; red line: as of.' : 'Perjanjian sebagai batang (berlabel LoI, MoU, PKS, Ren), kegiatan sebagai titik; garis merah: per tanggal.', tableId)}
<ul class="legend"><li><span class="sw bar"></span>${STATUS.in_force[c.lang]}</li><li><span class="sw old"></span>${STATUS.expired[c.lang]} / ${STATUS.superseded[c.lang]}</li><li><span class="sw act"></span>${en ? 'activity held' : 'kegiatan terlaksana'}</li><li><span class="sw planned"></span>${en ? 'activity planned' : 'kegiatan direncanakan'}</li></ul>`;
}

export function recordPage(c: PageCtx, s: SiteInput, sh: Shown): string {
  const en = c.lang === 'en';
  const d = s.dataset;
  const parts: Html[] = [];
  let title: string;
  if (sh.kind === 'partner') {
    title = sh.record.data.name;
    parts.push(html`<p class="prov">${sh.record.data.type} · ${countryLabel(c.lang, sh.record.data.country)}</p>`);
    parts.push(table(W.agreements[c.lang], [
      { label: en ? 'title' : 'judul', cell: (a: (typeof sh.agreements)[number]) => recLink(c, d, 'agreement', a.id, a.data.title) },
      { label: en ? 'type' : 'jenis', cell: (a) => DOC_SHORT[a.data.document_type] ?? a.data.document_type },
      { label: en ? 'status' : 'status', cell: (a) => statusBadge(c, factsOf(d, s.asOf).of(a).status) },
    ], sh.agreements, { empty: en ? 'No agreements.' : 'Tidak ada perjanjian.' }));
    parts.push(recordTimeline(c, s, s.linesByPartner(sh.record.id), 'activities'));
    parts.push(activityTable(c, d, sh.activities));
  } else if (sh.kind === 'agreement') {
    title = sh.record.data.title;
    parts.push(html`<p>${W.status[c.lang]}: ${statusBadge(c, sh.derivedStatus)} · ${en ? 'last day in force' : 'hari terakhir berlaku'}: ${sh.end === null ? W.unknown[c.lang] : sh.end === 'none' ? W.noEnd[c.lang] : date(c, sh.end)}${sh.terminated !== null ? html` · ${en ? 'terminated' : 'diakhiri'}: ${date(c, sh.terminated)}` : ''}${sh.record.data.confirmed ? html` · ${W.confirmed[c.lang]}: ${date(c, sh.record.data.confirmed)}${staleMark(c, sh.stale)}` : ''}</p>`);
    parts.push(html`<h2>${W.chain[c.lang]}</h2><ol class="plain">${sh.chain.map((a) => html`<li>${a.id === sh.record.id ? html`<strong>${a.data.title}</strong>` : recLink(c, d, 'agreement', a.id, a.data.title)} (${DOC_SHORT[a.data.document_type] ?? a.data.document_type})</li>`)}</ol>`);
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
    parts.push(html`<p class="prov">${sh.record.data.type} · ${date(c, sh.record.data.start)}${sh.record.data.end ? html` – ${date(c, sh.record.data.end)}` : ''}</p>`);
    if (sh.agreements.length) parts.push(html`<p>${en ? 'Implements' : 'Melaksanakan'}: ${links(c, d, 'agreement', sh.agreements.map((a) => a.id))}</p>`);
  }
  const body = html`<h1>${title}</h1>
${join(parts)}
<h2>${W.fields[c.lang]}</h2>
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
  const exists = (e: HistoryEvent): boolean => (e.kind === 'partner' ? s.dataset.partners : e.kind === 'agreement' ? s.dataset.agreements : s.dataset.activities).has(e.id);
  return table(withRecord ? hw(c.lang, 'title.recent') : W.history[c.lang], [
    { label: hw(c.lang, 'col.date'), cell: (e: HistoryEvent) => instantIn(h.timeZone, e.commit.committerTime).text, sort: (e) => e.commit.committerTime },
    ...(withRecord ? [{ label: hw(c.lang, 'col.record'), cell: (e: HistoryEvent) => (exists(e) ? recLink(c, s.dataset, e.kind, e.id, e.id) : e.id) }] : []),
    { label: hw(c.lang, 'col.change'), cell: (e) => eventPhrase(e, c.lang) },
    { label: hw(c.lang, 'col.author'), cell: (e) => e.commit.author },
    { label: hw(c.lang, 'col.pr'), cell: (e) => (e.commit.pr === null ? '' : `#${e.commit.pr}`) },
    { label: hw(c.lang, 'col.message'), cell: (e) => e.commit.subject },
    { label: hw(c.lang, 'col.commit'), cell: (e) => html`<code>${e.commit.id.slice(0, 7)}</code>` },
  ], events, { empty: hw(c.lang, 'empty'), ...(id ? { id } : {}) });
}

/** A record's history on its page: its events, newest first. */
function recordHistory(c: PageCtx, s: SiteInput, kind: Kind, id: string): Html {
  const h = s.history;
  if ('unavailable' in h) return html`<h2 id="history">${W.history[c.lang]}</h2>${historyNote(c, h)}`;
  const all = newestFirst(h.byRecord.get(`${kind}:${id}`) ?? []);
  const shown = all.slice(0, HISTORY_ON_PAGE);
  const more = all.length - shown.length;
  return html`<h2 id="history">${W.history[c.lang]}</h2>${historyTable(c, s, shown, false)}${more > 0 ? html`<p class="note">${hw(c.lang, 'recent.more', { n: more, id })}</p>` : ''}`;
}

/** The latest changes across the register, newest first. */
export function changesPage(c: PageCtx, s: SiteInput): string {
  const h = s.history;
  const title = W.changes[c.lang];
  const body = 'unavailable' in h
    ? html`<h1>${title}</h1>${historyNote(c, h)}`
    : html`<h1>${title}</h1>${historyTable(c, s, h.recent, true)}`;
  return page(c, title, body);
}

/* ---------- search and data ---------- */

export function searchIndex(s: SiteInput, lang: Lang): string {
  const entries: Array<[string, string, string, string, string]> = [];
  const k = { partner: lang === 'id' ? 'mitra' : 'partner', agreement: lang === 'id' ? 'perjanjian' : 'agreement', activity: lang === 'id' ? 'kegiatan' : 'activity' };
  for (const p of s.dataset.partners.values()) entries.push([k.partner, p.id, p.data.name, [p.data.country, p.data.name_local, ...(p.data.aliases ?? [])].filter(Boolean).join(' '), recPath('partner', p.id)]);
  for (const a of s.dataset.agreements.values()) entries.push([k.agreement, a.id, a.data.title, [a.data.category, a.data.document_type, ...a.data.partners].join(' '), recPath('agreement', a.id)]);
  for (const a of s.dataset.activities.values()) entries.push([k.activity, a.id, a.data.title, [a.data.start, a.data.type, a.data.location ?? ''].join(' '), recPath('activity', a.id)]);
  // Served as a script (a page opened from file:// may not fetch files); < is escaped all the same, and
  // bidirectional overrides are shown as the pages show them (the results are drawn from this text).
  return `window.KERJASAMA_INDEX=${JSON.stringify(entries.map((e) => e.map(bidiVisible))).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')};\n`;
}

export function searchPage(c: PageCtx): string {
  const en = c.lang === 'en';
  const body = html`<h1>${W.search[c.lang]}</h1>
<div id="search-form" hidden><label for="search-q">${en ? 'Search partners, agreements and activities' : 'Cari mitra, perjanjian dan kegiatan'}</label><br><input id="search-q" type="search" autocomplete="off"> <span id="search-count" class="muted" aria-live="polite"></span></div>
<noscript><p>${en ? 'Search needs JavaScript. Without it, use the lists:' : 'Pencarian memerlukan JavaScript. Tanpanya, gunakan daftar:'}</p></noscript>
<ul id="search-results" class="plain"></ul>
<p><a href="${href(c, 'agreements/index.html')}">${W.agreements[c.lang]}</a> · <a href="${href(c, 'partners/index.html')}">${W.partners[c.lang]}</a> · <a href="${href(c, 'activities/index.html')}">${W.activities[c.lang]}</a></p>`;
  return page(c, W.search[c.lang], body, [`assets/search-index.${c.lang}.js`]);
}

export function dataPage(c: PageCtx, s: SiteInput): string {
  const en = c.lang === 'en';
  const body = html`<h1>${en ? 'The data behind these pages' : 'Data di balik halaman ini'}</h1>
<p>${en ? 'The same data as kerjasama report prints, as of this site’s date. JSON files follow the report JSON shapes (docs/reports.md and docs/site.md); CSV files open in a spreadsheet; the calendar lists end dates and renewal starts.' : 'Data yang sama dengan keluaran kerjasama report, per tanggal situs ini. Berkas JSON mengikuti bentuk JSON laporan (docs/reports.md dan docs/site.md); berkas CSV dapat dibuka di lembar kerja; kalender memuat tanggal berakhir dan mulai perpanjangan.'}</p>
${table(W.data[c.lang], [
    { label: en ? 'file' : 'berkas', cell: (x: Download) => html`<a href="${top(c, x.path)}">${x.path}</a>` },
    { label: en ? 'format' : 'format', cell: (x) => x.format },
    { label: en ? 'what' : 'isi', cell: (x) => x.label[c.lang] },
  ], s.downloads)}
<p class="${s.includePrivate ? 'private' : 'note'}">${s.includePrivate ? W.privacyOn[c.lang] : W.privacyOff[c.lang]}</p>`;
  return page(c, W.data[c.lang], body);
}
