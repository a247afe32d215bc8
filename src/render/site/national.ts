// The national site (kerjasama aggregate site): the members' reports gathered, in the one-register site's
// frame (layout), escaping (html``), stylesheet, script and words. Pages: the overview (a map of member
// regions by agreements in force, a table and a card per member), national coverage by sector, dormant
// partnerships, a page per foreign partner with every member region tied to it, and the data. Every
// number names its member and the commit read. A generator, as renderSite is; the marker comes last.

import type { Topology } from 'topojson-specification';
import type { MemberRef, NationalMember, NationalPartnerPage, NationalSite } from '../../report/nationalSite.js';
import { humanDate, iso } from '../../model/dates.js';
import { formatNumber } from '../../model/format.js';
import type { Lang } from '../../model/types.js';
import { say } from '../../model/words.js';
import { AGGREGATE_VIEW_WORDS } from '../../view/aggregate.words.js';
import { freshnessWord } from '../../view/aggregate.js';
import { undatedText } from '../../view/inactive.js';
import { PARTNER_TYPE_LABEL, labelOf } from '../../view/labels.js';
import { cellText, cellTone } from '../cells.js';
import { SITE_CSS, SITE_JS } from './assets.js';
import { regionMap, resetChartIds, type MapRegion } from './charts.js';
import { attrs, fileId, html, join, type Html } from './html.js';
import { SITE_MARKER } from './index.js';
import { href, page, pageCtx, top, type Frame, type PageCtx } from './layout.js';
import { date, figure, statusBadge, table } from './pages.js';
import { countryText } from '../../view/fields.js';
import { sw } from './words.js';

export interface NationalSiteInput {
  site: NationalSite;
  /** The language of the pages at the root. */
  lang: Lang;
  version: string;
  world: Topology;
  /** api/national.json, as the CLI rendered it. */
  json: string;
}

const FRAME: Frame = { nav: [['nat.home', 'index.html'], ['coverage', 'coverage.html'], ['inactive', 'inactive.html'], ['nat.partners', 'partners/index.html'], ['data', 'data.html']], download: 'nat.download' };
const JSON_PATH = 'api/national.json';

/** A foreign partner's page: under its member's code, by its id (`partners/34/kyoto.html`). */
export function partnerPath(id: string): string {
  const at = id.lastIndexOf(':');
  return `partners/${fileId(id.slice(0, at))}/${fileId(id.slice(at + 1))}.html`;
}

const av = (lang: Lang, key: keyof typeof AGGREGATE_VIEW_WORDS): string => say(AGGREGATE_VIEW_WORDS, lang, key);
const num = (c: PageCtx, n: number): string => formatNumber(n, c.lang);
const commitText = (c: PageCtx, commit: string | null): Html => (commit ? html`<code>${commit.slice(0, 12)}</code>` : html`<span class="muted">${av(c.lang, 'commit')} ${sw(c.lang, 'unknown')}</span>`);
const memberAnchor = (code: string): string => `m-${code}`;

/** A member named: its name and code, linked to its card, and the commit read. */
function memberNamed(c: PageCtx, m: MemberRef): Html {
  return html`<a href="${href(c, 'index.html')}#${memberAnchor(m.code)}">${m.name} (${m.code})</a> · ${commitText(c, m.commit)}`;
}

function nationalPage(c: PageCtx, title: string, body: Html): string {
  return page(c, title, body, [], FRAME);
}

/* ---------- the overview ---------- */

function regionsOf(s: NationalSite): MapRegion[] {
  return s.members.filter((m) => m.place !== null).map((m) => ({ code: m.code, name: m.name, n: m.agreementsInForce, lon: m.place?.lon ?? 0, lat: m.place?.lat ?? 0 }));
}

function memberCard(c: PageCtx, s: NationalSite, m: NationalMember): Html {
  // Every label of a card starts with a capital, as the status table's columns do (some are shared with the totals, in lower case).
  const row = (label: string, value: Html | string): Html => html`<dt>${label.charAt(0).toUpperCase() + label.slice(1)}</dt><dd>${value}</dd>`;
  const fresh = freshnessWord(m.stale, c.lang);
  const tone = m.stale === null ? 'muted' : m.stale ? 'bad' : 'good';
  return html`<article${attrs({ class: 'member', id: memberAnchor(m.code) })}><h3>${m.name} (${m.code})</h3><dl class="fields">
${row(sw(c.lang, 'nat.card.source'), html`<code>${m.source}</code>`)}
${row(av(c.lang, 'commit'), m.commit ? html`<code>${m.commit}</code>` : html`<span class="muted">${sw(c.lang, 'unknown')}</span>`)}
${row(av(c.lang, 'lastCommit'), m.lastCommit === null ? html`<span class="muted">${sw(c.lang, 'unknown')}</span>` : humanDate(m.lastCommit, c.lang))}
${row(av(c.lang, 'age'), m.ageDays === null ? html`<span class="muted">${sw(c.lang, 'unknown')}</span>` : num(c, m.ageDays))}
${row(av(c.lang, 'fresh'), html`<span${attrs({ class: tone })}>${fresh}</span>${m.stale === true ? ` ${say(AGGREGATE_VIEW_WORDS, c.lang, 'staleFor', { after: s.staleAfter })}` : ''}`)}
${row(sw(c.lang, 'nat.card.validation'), html`<span${attrs({ class: m.errors ? 'bad' : m.warnings ? 'warn' : '' })}>${sw(c.lang, 'warn.validation', { errors: m.errors, warnings: m.warnings })}</span>${m.leftOut ? html` <span class="bad">${sw(c.lang, 'nat.card.leftOut', { n: m.leftOut })}</span>` : ''}`)}
${row(sw(c.lang, 'nat.card.records'), `${num(c, m.counts.partners)} · ${num(c, m.counts.agreements)} · ${num(c, m.counts.activities)}`)}
${row(sw(c.lang, 'nat.card.inForce'), html`<a href="${href(c, 'coverage.html')}">${num(c, m.agreementsInForce)}</a>`)}
${row(sw(c.lang, 'card.partnershipsInForce'), num(c, m.partnershipsInForce))}
${row(sw(c.lang, 'card.dormant'), html`<a href="${href(c, 'inactive.html')}">${num(c, m.dormant)}</a>`)}
</dl></article>`;
}

/** Members named under the map as not on it: each by name and code, the first NOT_PLACED_NAMED, then how many more. */
const NOT_PLACED_NAMED = 30;
function notPlacedList(c: PageCtx, ms: readonly NationalMember[]): string {
  const named = ms.slice(0, NOT_PLACED_NAMED).map((m) => `${m.name} (${m.code})`).join(', ');
  return ms.length > NOT_PLACED_NAMED ? named + sw(c.lang, 'nat.map.notPlacedMore', { n: ms.length - NOT_PLACED_NAMED }) : named;
}

export function nationalHome(c: PageCtx, s: NationalSite, map: Html): string {
  const t = s.totals;
  const card = (n: number, label: string, target: string): Html => html`<li><a href="${href(c, target)}"><span class="n">${num(c, n)}</span> <span class="l">${label}</span></a></li>`;
  const notPlaced = s.members.filter((m) => m.place === null);
  const body = html`<h1>${s.name}</h1>
<p class="prov">${sw(c.lang, 'home.asOf')} ${humanDate(s.asOf, c.lang)}</p>
<p>${sw(c.lang, 'nat.intro', { n: s.members.length, date: humanDate(s.asOf, c.lang) })}</p>
<ul class="cards">
${card(s.members.length, sw(c.lang, 'nat.card.members'), 'index.html#members')}
${card(t.agreementsInForce, sw(c.lang, 'nat.card.agreementsInForce'), 'index.html#by-member')}
${card(t.partnershipsInForce, sw(c.lang, 'card.partnershipsInForce'), 'inactive.html')}
${card(t.dormant, sw(c.lang, 'card.dormant'), 'inactive.html')}
${card(s.partners.length, sw(c.lang, 'nat.card.foreignPartners'), 'partners/index.html')}
</ul>
<h2>${sw(c.lang, 'nat.map.title')}</h2>
${map}
${notPlaced.length ? html`<p class="warning">${sw(c.lang, 'nat.map.notPlaced', { list: notPlacedList(c, notPlaced) })}</p>` : ''}
${table(sw(c.lang, 'nat.map.table'), [
    { label: sw(c.lang, 'nat.col.member'), cell: (m: NationalMember) => memberNamed(c, m), sort: (m) => m.name.toLowerCase() },
    { label: sw(c.lang, 'nat.col.code'), cell: (m) => m.code },
    { label: sw(c.lang, 'nat.col.inForce'), cell: (m) => m.agreementsInForce, num: true, sort: (m) => m.agreementsInForce },
    { label: sw(c.lang, 'card.partnershipsInForce'), cell: (m) => m.partnershipsInForce, num: true, sort: (m) => m.partnershipsInForce },
    { label: sw(c.lang, 'card.dormant'), cell: (m) => m.dormant, num: true, sort: (m) => m.dormant },
  ], s.members, { sortable: true, id: 'by-member' })}
<h2 id="members">${sw(c.lang, 'nat.members')}</h2>
${join(s.members.map((m) => memberCard(c, s, m)))}
<p class="note">${say(AGGREGATE_VIEW_WORDS, c.lang, 'noteStale', { after: s.staleAfter, date: iso(s.asOf) })} ${av(c.lang, 'noteErrors')}</p>`;
  return nationalPage(c, sw(c.lang, 'nat.home'), body);
}

/* ---------- coverage, dormant ---------- */

export function nationalCoverage(c: PageCtx, s: NationalSite): string {
  const status = (v: 'covered' | 'unknown' | 'gap'): Html => html`<span${attrs({ class: v === 'covered' ? 'good' : v === 'unknown' ? 'muted' : 'warn' })}>${sw(c.lang, `nat.cov.${v}`)}${v === 'unknown' ? ' ?' : ''}</span>`;
  type Row = NationalSite['coverage'][number];
  // Each member's number, linked to its card (which names the commit read); only the members that have
  // the sector in force, or may have it, so that a federation of 552 members is still a page one reads.
  const each = (r: Row, which: 'covered' | 'unknown'): Html => join(s.members.flatMap((m, i) => {
    const x = r.byMember[i];
    if (!x || x.coverage !== which) return [];
    return [html`<a href="${href(c, 'index.html')}#${memberAnchor(m.code)}">${m.name} (${m.code})</a>${which === 'covered' ? `: ${x.agreements}` : ''}`];
  }), ', ');
  const body = html`<h1>${sw(c.lang, 'coverage.title')}</h1>
<p>${sw(c.lang, 'nat.coverage.intro', { n: s.members.length })}</p>
${table(sw(c.lang, 'coverage.title'), [
    { label: sw(c.lang, 'nat.col.sector'), cell: (r: Row) => html`${c.lang === 'id' ? r.label : r.labelEn} <span class="muted">${r.key}</span>`, sort: (r) => r.key },
    { label: sw(c.lang, 'nat.col.all'), cell: (r) => r.agreements, num: true, sort: (r) => r.agreements },
    { label: sw(c.lang, 'nat.col.byMember'), cell: (r) => each(r, 'covered') },
    { label: sw(c.lang, 'nat.col.mayCover'), cell: (r) => each(r, 'unknown') },
    { label: sw(c.lang, 'nat.coverage.status'), cell: (r) => status(r.coverage), sort: (r) => r.coverage },
  ], s.coverage, { sortable: true })}`;
  return nationalPage(c, sw(c.lang, 'coverage.title'), body);
}

export function nationalDormant(c: PageCtx, s: NationalSite): string {
  type Row = NationalSite['dormant'][number];
  const body = html`<h1>${sw(c.lang, 'dormantTitle')}</h1>
<p>${sw(c.lang, 'nat.dormant.intro', { n: s.totals.dormant, inForce: s.totals.partnershipsInForce })}</p>
${table(sw(c.lang, 'dormantTitle'), [
    { label: sw(c.lang, 'nat.col.member'), cell: (r: Row) => memberNamed(c, r.member), sort: (r) => r.member.code },
    { label: sw(c.lang, 'col.partner'), cell: (r) => html`${r.row.partner.name} <span class="muted">${r.row.partner.id}</span>`, sort: (r) => r.row.partner.name.toLowerCase() },
    { label: sw(c.lang, 'col.country'), cell: (r) => countryText(r.row.partner.country, c.lang) },
    { label: sw(c.lang, 'col.agreements'), cell: (r) => r.row.agreements.join(', ') },
    { label: sw(c.lang, 'col.lastActivity'), cell: (r) => (r.row.lastActivity ? html`${r.row.lastActivity.title} (${date(c, r.row.lastActivity.date)})` : toned(undatedText(r.row.undatedActivities, c.lang))), sort: (r) => r.row.lastActivity?.date ?? '' },
    { label: sw(c.lang, 'col.daysSince'), cell: (r) => r.row.daysSince, num: true, sort: (r) => r.row.daysSince ?? 1e9 },
    { label: sw(c.lang, 'col.confirmed'), cell: (r) => (r.row.confirmed ? date(c, r.row.confirmed) : null), sort: (r) => r.row.confirmed ?? '' },
  ], s.dormant, { sortable: true, empty: sw(c.lang, 'inactive.empty') })}`;
  return nationalPage(c, sw(c.lang, 'dormantTitle'), body);
}

const toned = (cell: Parameters<typeof cellText>[0]): Html => html`<span${attrs({ class: cellTone(cell) ?? '' })}>${cellText(cell, 'en', 'raw')}</span>`;

/* ---------- foreign partners ---------- */

function undecidedLinks(c: PageCtx, s: NationalSite, p: NationalPartnerPage): Html {
  const foreign = new Set(s.partners.map((x) => x.id));
  return join(p.undecided.map((u) => (foreign.has(u.id) ? html`<a href="${href(c, partnerPath(u.id))}">${u.name}</a> (${u.id})` : html`${u.name} (${u.id})`)), ', ');
}

export function nationalPartners(c: PageCtx, s: NationalSite): string {
  const inForce = (p: NationalPartnerPage): number => p.ties.reduce((n, t) => n + t.agreements.filter((a) => a.inForce).length, 0);
  const body = html`<h1>${sw(c.lang, 'nat.partners')}</h1>
<p>${sw(c.lang, 'nat.partners.intro')}</p>
${table(sw(c.lang, 'nat.partners'), [
    { label: sw(c.lang, 'col.partner'), cell: (p: NationalPartnerPage) => html`<a href="${href(c, partnerPath(p.id))}">${p.name}</a>`, sort: (p) => p.name.toLowerCase() },
    { label: sw(c.lang, 'col.country'), cell: (p) => countryText(p.country, c.lang), sort: (p) => p.country },
    { label: sw(c.lang, 'nat.col.regions'), cell: (p) => join(p.ties.map((t) => html`<a href="${href(c, 'index.html')}#${memberAnchor(t.member.code)}">${t.member.name} (${t.member.code})</a>`), ', '), sort: (p) => p.ties.length },
    { label: sw(c.lang, 'nat.col.inForce'), cell: (p) => inForce(p), num: true, sort: inForce },
    { label: sw(c.lang, 'nat.col.undecided'), cell: (p) => (p.undecided.length ? html`<span class="warn">⚠ ${undecidedLinks(c, s, p)}</span>` : null) },
  ], s.partners, { sortable: true, empty: sw(c.lang, 'nat.partners.none') })}`;
  return nationalPage(c, sw(c.lang, 'nat.partners'), body);
}

export function nationalPartnerPage(c: PageCtx, s: NationalSite, p: NationalPartnerPage): string {
  type Tie = NationalPartnerPage['ties'][number];
  const body = html`<h1>${p.name}</h1>
<p class="prov">${labelOf(PARTNER_TYPE_LABEL, p.type, c.lang) ?? p.type} · ${countryText(p.country, c.lang)} · <code>${p.id}</code></p>
${p.undecided.length ? html`<p class="warning">⚠ ${undecidedSentence(c, s, p)}</p>` : ''}
${table(sw(c.lang, 'nat.partner.regions'), [
    { label: sw(c.lang, 'nat.col.member'), cell: (t: Tie) => memberNamed(c, t.member) },
    { label: sw(c.lang, 'nat.col.record'), cell: (t) => join(t.records.map((r) => html`${r.name} <span class="muted">${r.id}</span>`), ', ') },
    { label: sw(c.lang, 'col.agreements'), cell: (t) => (t.agreements.length ? html`<ul class="plain">${t.agreements.map((a) => html`<li>${a.title} <span class="muted">${a.id}</span> ${statusBadge(c, a.status)}</li>`)}</ul>` : html`<span class="muted">${sw(c.lang, 'nat.partner.noAgreements')}</span>`) },
    { label: sw(c.lang, 'nat.col.inForce'), cell: (t) => t.agreements.filter((a) => a.inForce).length, num: true },
  ], p.ties)}`;
  return nationalPage(c, p.name, body);
}

/** The undecided sentence, its list of partners drawn as links (the words put the list where the language wants it). */
function undecidedSentence(c: PageCtx, s: NationalSite, p: NationalPartnerPage): Html {
  const MARK = '\u0000';
  const [before, after] = sw(c.lang, 'nat.partner.undecided', { list: MARK }).split(MARK) as [string, string | undefined];
  return html`${before}${undecidedLinks(c, s, p)}${after ?? ''}`;
}

/* ---------- data ---------- */

export function nationalData(c: PageCtx): string {
  const body = html`<h1>${sw(c.lang, 'data.title')}</h1>
<p>${sw(c.lang, 'nat.data.intro')}</p>
<ul class="plain"><li><a href="${top(c, JSON_PATH)}">${JSON_PATH}</a> (JSON): ${sw(c.lang, 'nat.data.json')}</li></ul>
<p class="note">${sw(c.lang, 'privacyOff')}</p>`;
  return nationalPage(c, sw(c.lang, 'data'), body);
}

/* ---------- the site ---------- */

export function* renderNationalSite(input: NationalSiteInput): Generator<[string, string]> {
  resetChartIds();
  const s = input.site;
  let count = 0;
  const base = { register: s.name, asOf: s.asOf, version: input.version, includePrivate: false };
  const langs: Lang[] = [input.lang, input.lang === 'en' ? 'id' : 'en'];
  const home = (c: PageCtx): string => {
    const map = regionMap(input.world, regionsOf(s), { lang: c.lang });
    return nationalHome(c, s, figure(c, map, sw(c.lang, 'nat.map.caption'), 'by-member'));
  };
  for (const lang of langs) {
    const at = (path: string, render: (c: PageCtx) => string): [string, string] => {
      count++;
      return [`${lang}/${path}`, render(pageCtx(base, lang, path))];
    };
    yield at('index.html', home);
    yield at('coverage.html', (c) => nationalCoverage(c, s));
    yield at('inactive.html', (c) => nationalDormant(c, s));
    yield at('partners/index.html', (c) => nationalPartners(c, s));
    for (const p of s.partners) yield at(partnerPath(p.id), (c) => nationalPartnerPage(c, s, p));
    yield at('data.html', (c) => nationalData(c));
  }
  const rest: Array<[string, string]> = [
    ['index.html', home(pageCtx(base, input.lang, 'index.html', true))],
    ['assets/site.css', SITE_CSS],
    ['assets/site.js', SITE_JS],
    [JSON_PATH, input.json],
  ];
  for (const f of rest) {
    count++;
    yield f;
  }
  yield [SITE_MARKER, JSON.stringify({ generator: 'kerjasama', version: input.version, asOf: iso(s.asOf), register: s.name, national: true, includePrivate: false, files: count + 1 }, null, 2) + '\n'];
}
