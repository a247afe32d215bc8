// Pictures as static SVG, drawn at build time with d3's DOM-free modules (d3-scale for positions and
// ticks, d3-geo for the map). Every chart has a title and description for screen readers, draws text
// beside colour (numbers in cells, letters in bars, hatching for unknown), and has a table view on its page.

import { scaleBand, scaleLinear } from 'd3-scale';
import { geoEqualEarth, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { civil, dayNumber, humanDate, humanText } from '../../model/dates.js';
import type { Lang } from '../../model/types.js';
import type { ActivityMark, PartnershipLine } from '../../report/siteData.js';
import { maxOf, minOf } from '../../model/lists.js';
import { attrs, html, join, type AttrValue, type Html } from './html.js';
import { DOC_SHORT, STATUS, sw } from './words.js';
import { MONTH_NAMES } from '../../model/dates.words.js';

let serial = 0;
const uid = (p: string): string => `${p}-${++serial}`;
/** The id of a figure around a chart: from the same counter, so it starts again with each site too. */
export const figureId = (): string => uid('fig');

/** Ids start again with each site, so that the same register gives the same pages however many sites one process builds. */
export function resetChartIds(): void {
  serial = 0;
}

/** The hatching that marks unknown values, defined in each chart that uses it (ids are unique per page). */
function hatch(): { id: string; defs: Html } {
  const id = uid('hatch');
  return { id, defs: html`<defs><pattern${attrs({ id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}><line class="hatchline" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>` };
}

function svg(width: number, height: number, title: string, desc: string, body: Html): Html {
  const t = uid('t');
  const d = uid('d');
  return html`<svg${attrs({ class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': [t, d], xmlns: 'http://www.w3.org/2000/svg' })}><title${attrs({ id: t })}>${title}</title><desc${attrs({ id: d })}>${desc}</desc>${body}</svg>`;
}

const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();
const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Five steps of one colour for counts; a level's text colour keeps contrast with its fill. */
function level(n: number, max: number): number {
  if (n <= 0) return 0;
  if (max <= 1) return 3;
  return Math.min(4, 1 + Math.floor(((n - 1) / Math.max(1, max - 1)) * 3.999));
}
const textOn = (lvl: number): string => (lvl >= 3 ? 't-light' : 't-dark');

function yearTicks(from: number, to: number, maxTicks: number): number[] {
  const y0 = civil(from).year;
  const y1 = civil(to).year + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => (y1 - y0) / s <= maxTicks) ?? 100;
  const out: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const d = dayNumber(y, 1, 1);
    if (d >= from && d <= to) out.push(d);
  }
  return out;
}

export interface TimelineOptions { asOf: number; horizonEnd: number; lang: Lang; maxRows: number; activities?: boolean }

/** One row per partnership: its agreements as bars from start to end, the as-of day and the horizon. */
export function timelineChart(lines: readonly PartnershipLine[], o: TimelineOptions): { svg: Html; shown: number } {
  const rows = lines.slice(0, o.maxRows);
  let lo = o.asOf - 3650;
  let hi = o.horizonEnd + 180;
  for (const l of rows) {
    for (const a of l.agreements) {
      if (a.start !== null) lo = Math.min(lo, a.start);
      if (a.end !== null && a.end < o.asOf + 365 * 30) hi = Math.max(hi, a.end);
    }
    if (o.activities) lo = minOf(activityDays(l), lo);
  }
  const width = 960;
  const left = 230;
  const rowH = o.activities ? 28 : 22;
  const top = 24;
  const height = top + rows.length * rowH + 10;
  const x = scaleLinear().domain([lo, hi]).range([left, width - 10]).clamp(true);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([top, top + rows.length * rowH]).paddingInner(0.25);
  const ticks = yearTicks(lo, hi, 12).map((d) => html`<g class="axis"><line x1="${f1(x(d))}" x2="${f1(x(d))}" y1="${top - 4}" y2="${height - 6}"/><text x="${f1(x(d))}" y="${top - 8}" text-anchor="middle">${civil(d).year}</text></g>`);
  const hq = hatch();
  const bars = rows.map((l, i) => {
    const yy = y(i) ?? 0;
    const bh = y.bandwidth();
    const label = html`<text x="${left - 6}" y="${f1(yy + bh / 2 + 4)}" text-anchor="end">${clip(`${l.partner.name} (${l.partner.country})`, 30)}</text>`;
    const undated = l.agreements.filter((a) => a.start === null).map((a) => DOC_SHORT[a.documentType] ?? a.documentType);
    const note = undated.length ? html`<text${attrs({ class: 'sub', x: left + 4, y: f1(yy + bh / 2 + 4) })}>${undated.join(', ')}: ${sw(o.lang, 'chart.dateUnknown')}</text>` : html``;
    const segs = l.agreements.map((a, k) => {
      if (a.start === null) return html``;
      const x0 = x(a.start);
      // An unknown end is drawn (hatched) up to the next agreement of the chain, else up to the as-of day.
      const next = l.agreements.slice(k + 1).find((b) => b.start !== null && b.start > (a.start ?? 0))?.start;
      const endDay = a.end ?? (a.endKind === 'none' ? hi : Math.max(Math.min(next ?? o.asOf, o.asOf), a.start + 30));
      const x1 = Math.max(x(endDay), x0 + 3);
      // An ended agreement whose end is unknown is hatched (fill attribute: a class's fill would win over it).
      const hatched = a.endKind === 'unknown' && a.status !== 'in_force' && a.status !== 'pending';
      const cls: AttrValue = a.status === 'in_force' ? 'bar' : a.status === 'pending' ? ['bar', 'pending'] : hatched ? 'bar-unknown' : ['bar', 'old'];
      const short = DOC_SHORT[a.documentType] ?? a.documentType;
      // The start and end as the facts write them (2007-09, 2012-08-31..2012-09-29), said as the tables say them.
      const from = a.startText !== null ? humanText(a.startText, o.lang) : humanDate(a.start, o.lang);
      const until = a.endText !== null && a.endText !== 'none' ? humanText(a.endText, o.lang) : a.end !== null ? humanDate(a.end, o.lang) : a.endKind === 'none' ? '∞' : '?';
      const tip = `${a.id} · ${short} · ${STATUS[a.status][o.lang]} · ${from} – ${until}`;
      const text = x1 - x0 > 26 ? html`<text${attrs({ class: a.status === 'pending' || hatched ? ['bar-label', 'dark'] : 'bar-label', x: f1(x0 + 3), y: f1(yy + bh / 2 + 3.5) })}>${short}</text>` : html``;
      return html`<g><title>${tip}</title><rect${attrs({ class: cls, fill: hatched ? `url(#${hq.id})` : undefined, x: f1(x0), y: f1(yy), width: f1(x1 - x0), height: f1(bh), rx: 2 })}/>${text}</g>`;
    });
    const dots = o.activities ? activityDots(l, x, yy + bh, o.lang) : [];
    return html`<g>${label}${note}${segs}${dots}</g>`;
  });
  const marks = html`<line${attrs({ class: 'asof', x1: f1(x(o.asOf)), x2: f1(x(o.asOf)), y1: top - 4, y2: height - 4 })}/><line${attrs({ class: 'horizon', x1: f1(x(o.horizonEnd)), x2: f1(x(o.horizonEnd)), y1: top - 4, y2: height - 4 })}/>`;
  const title = sw(o.lang, 'chart.timelines');
  // Days as the tables write them (7 Des 2026), as every sentence of the site does.
  const desc = sw(o.lang, 'chart.timelinesDesc', { n: rows.length, asOf: humanDate(o.asOf, o.lang), horizon: humanDate(o.horizonEnd, o.lang) });
  return { svg: svg(width, height, title, desc, join([hq.defs, ...ticks, ...bars, marks])), shown: rows.length };
}

/** The days of a partnership's activities (both parts), without copying them into one list. */
function* activityDays(l: PartnershipLine): Generator<number> {
  for (const part of [l.activities.shared, l.activities.own]) for (const act of part) yield act.day;
}

/** Width, in pixels, of the slice of a row whose activities are drawn as one dot (a dot is 8 wide). */
const DOT_SLICE = 4;

/**
 * A row's activities as dots: one per slice of DOT_SLICE pixels (and kind, held or planned), whose title
 * names the activity, or the first and how many more in the slice. However many activities a partnership
 * has, a row holds at most one dot of each kind per slice: a page's size is bounded by its rows, not by
 * the register's activities (a partner with 3,600 activities drew 3,600 dots on each agreement's page).
 */
function activityDots(l: PartnershipLine, x: (d: number) => number, cy: number, lang: Lang): Html[] {
  const slices = new Map<string, { day: number; first: ActivityMark; n: number; planned: boolean }>();
  for (const part of [l.activities.shared, l.activities.own]) {
    for (const act of part) {
      const key = `${Math.floor(x(act.day) / DOT_SLICE)}|${act.planned ? 1 : 0}`;
      const s = slices.get(key);
      if (!s) slices.set(key, { day: act.day, first: act, n: 1, planned: act.planned });
      else {
        s.n++;
        if (act.day < s.first.day) s.first = act;
      }
    }
  }
  const planned = sw(lang, 'chart.planned');
  const more = (n: number): string => sw(lang, 'chart.moreActivities', { n });
  return [...slices.values()].map((s) => html`<circle${attrs({ class: s.planned ? ['act', 'planned'] : 'act', cx: f1(x(s.first.day)), cy: f1(cy), r: 4 })}><title>${humanDate(s.first.day, lang)} ${s.first.title}${s.planned ? planned : ''}${s.n > 1 ? more(s.n - 1) : ''}</title></circle>`);
}

export interface CalendarItem { id: string; end: string; bucket: string }

/** The coming months as a strip of boxes, each with the number of agreements ending in it; overdue first. */
export function calendarStrip(items: readonly CalendarItem[], o: { asOf: number; horizonEnd: number; lang: Lang; maxMonths: number }): Html {
  const a = civil(o.asOf);
  const h = civil(o.horizonEnd);
  const months = Math.min(o.maxMonths, (h.year - a.year) * 12 + (h.month - a.month) + 1);
  const cols = months + 1;
  const width = 960;
  // The first box, the overdue ones, is wide enough for its word (terlambat, 12 px: about 60 px).
  const first = Math.max(width / cols, 70);
  const cw = (width - first) / months;
  const height = 92;
  const counts = new Array<number>(months).fill(0);
  let overdue = 0;
  for (const it of items) {
    if (it.bucket === 'overdue' || it.bucket === 'renewal_unrecorded') {
      overdue++;
      continue;
    }
    const c = civil(dayNumber(+it.end.slice(0, 4), +it.end.slice(5, 7), +it.end.slice(8, 10)));
    const m = (c.year - a.year) * 12 + (c.month - a.month);
    if (m >= 0 && m < months) counts[m] = (counts[m] ?? 0) + 1;
  }
  const max = maxOf(counts, 1);
  // The month names of the one catalogue (model/dates.words.ts), as every date the site writes.
  const names = MONTH_NAMES[o.lang];
  const cells: Html[] = [];
  cells.push(html`<g><rect${attrs({ class: ['month', 'bad'], x: 1, y: 18, width: f1(first - 4), height: 60, rx: 3 })}/><text x="${f1(first / 2)}" y="12" text-anchor="middle">${sw(o.lang, 'chart.late')}</text><text x="${f1(first / 2)}" y="56" text-anchor="middle" class="bad" font-size="20" font-weight="700">${overdue}</text></g>`);
  for (let m = 0; m < months; m++) {
    const mm = (a.month - 1 + m) % 12;
    const yy = a.year + Math.floor((a.month - 1 + m) / 12);
    const n = counts[m] ?? 0;
    const lvl = level(n, max);
    const x0 = first + m * cw;
    const yearLabel = mm === 0 || m === 0 ? html`<text x="${f1(x0 + cw / 2)}" y="90" text-anchor="middle" class="sub">${yy}</text>` : html``;
    cells.push(html`<g><rect${attrs({ class: ['cell', `h${lvl}`], x: f1(x0 + 1), y: 18, width: f1(cw - 4), height: 60, rx: 3 })}/><text x="${f1(x0 + cw / 2)}" y="12" text-anchor="middle">${names[mm]}</text><text x="${f1(x0 + cw / 2)}" y="56" text-anchor="middle" class="${textOn(lvl)}" font-size="18" font-weight="700">${n > 0 ? n : '·'}</text>${yearLabel}</g>`);
  }
  const list = counts.map((n, m) => ({ n, m })).filter((x) => x.n > 0).map((x) => `${names[(a.month - 1 + x.m) % 12]} ${a.year + Math.floor((a.month - 1 + x.m) / 12)}: ${x.n}`).join(', ');
  const desc = sw(o.lang, 'chart.stripDesc', { asOf: humanDate(o.asOf, o.lang), late: overdue, list: list || sw(o.lang, 'none') });
  return svg(width, height, sw(o.lang, 'chart.stripTitle'), desc, join(cells));
}

export interface Grid { rows: Array<{ label: string; cells: Array<number | null> }>; columns: string[]; title: string; desc: string }

/** A heat grid with the count in every cell; null is unknown (hatched, "?"), distinct from zero ("0"). */
export function heatGrid(g: Grid, o: { zeroText?: string; leftWidth?: number } = {}): Html {
  const left = o.leftWidth ?? 250;
  const cw = Math.max(26, Math.min(60, (960 - left) / Math.max(1, g.columns.length)));
  const rh = 20;
  const top = 34;
  const width = Math.max(480, left + cw * g.columns.length + 8);
  const height = top + g.rows.length * rh + 6;
  const max = maxOf(g.rows.flatMap((r) => r.cells.map((c) => c ?? 0)), 1);
  const hq = hatch();
  const head = g.columns.map((c, i) => html`<text x="${f1(left + i * cw + cw / 2)}" y="${top - 8}" text-anchor="middle" class="sub">${clip(c, 7)}</text>`);
  const body = g.rows.map((r, ri) => {
    const yy = top + ri * rh;
    const cells = r.cells.map((c, ci) => {
      const x0 = left + ci * cw;
      if (c === null) return html`<g><rect${attrs({ class: ['cell', 'hq'], fill: `url(#${hq.id})`, x: f1(x0), y: yy, width: f1(cw), height: rh })}/><text x="${f1(x0 + cw / 2)}" y="${yy + 14}" text-anchor="middle" class="t-dark">?</text></g>`;
      const lvl = level(c, max);
      return html`<g><rect${attrs({ class: ['cell', `h${lvl}`], x: f1(x0), y: yy, width: f1(cw), height: rh })}/><text x="${f1(x0 + cw / 2)}" y="${yy + 14}" text-anchor="middle" class="${textOn(lvl)}">${c === 0 ? (o.zeroText ?? '0') : c}</text></g>`;
    });
    return html`<g><text x="${left - 6}" y="${yy + 14}" text-anchor="end">${clip(r.label, 33)}</text>${cells}</g>`;
  });
  return svg(width, height, g.title, g.desc, join([hq.defs, ...head, ...body]));
}

export interface MapCountry { code: string; numeric: string | undefined; name: string; partners: number }

/** Partners per country on a world map (Natural Earth 1:110m from world-atlas, Equal Earth projection). */
export function worldMap(world: Topology, countries: readonly MapCountry[], o: { lang: Lang }): { svg: Html; notDrawn: string[] } {
  const obj = world.objects['countries'] as GeometryCollection;
  const fc = feature(world, obj) as unknown as FeatureCollection<Geometry, { name: string }>;
  const width = 960;
  const height = 470;
  const projection = geoEqualEarth().fitExtent([[6, 6], [width - 6, height - 6]], { type: 'Sphere' });
  const path = geoPath(projection).digits(1);
  const byNum = new Map(countries.filter((c) => c.numeric !== undefined).map((c) => [c.numeric as string, c]));
  const max = maxOf(countries.map((c) => c.partners), 1);
  const drawn = new Set<string>();
  const shapes: Html[] = [];
  const labels: Html[] = [];
  for (const f of fc.features) {
    const d = path(f);
    if (!d) continue;
    const c = f.id !== undefined ? byNum.get(String(f.id)) : undefined;
    if (c) {
      drawn.add(c.code);
      const lvl = level(c.partners, max);
      shapes.push(html`<path${attrs({ class: ['cell', `h${lvl}`], d })}><title>${c.name}: ${c.partners}</title></path>`);
      const [cx, cy] = path.centroid(f);
      if (Number.isFinite(cx) && Number.isFinite(cy)) labels.push(html`<g><circle${attrs({ class: 'dot', cx: f1(cx), cy: f1(cy), r: 9 })}/><text x="${f1(cx)}" y="${f1(cy + 4)}" text-anchor="middle" class="t-light" font-weight="700" font-size="11">${c.partners}</text></g>`);
    } else shapes.push(html`<path${attrs({ class: 'land', d })}/>`);
  }
  const sphere = html`<path${attrs({ class: 'sphere', d: path({ type: 'Sphere' }) ?? '' })}/>`;
  const list = countries.map((c) => `${c.name} ${c.partners}`).join(', ');
  const out = svg(width, height, sw(o.lang, 'map.byCountry'), sw(o.lang, 'chart.mapDesc', { list }), join([sphere, ...shapes, ...labels]));
  return { svg: out, notDrawn: countries.filter((c) => !drawn.has(c.code)).map((c) => c.code) };
}

export interface MapRegion { code: string; name: string; n: number; lon: number; lat: number }

/** Indonesia, from Sabang to Merauke and Miangas to Rote, with a margin: the national map's frame. */
const INDONESIA: [[number, number], [number, number]] = [[94, -11.5], [141.5, 6.5]];

/**
 * Member regions on a map of Indonesia (Natural Earth 1:110m from world-atlas, Mercator clipped to the
 * archipelago): each region a circle at its place, shaded and labelled with its number (agreements in force).
 */
export function regionMap(world: Topology, regions: readonly MapRegion[], o: { lang: Lang }): Html {
  const obj = world.objects['countries'] as GeometryCollection;
  const fc = feature(world, obj) as unknown as FeatureCollection<Geometry, { name: string }>;
  const width = 960;
  const height = 400;
  const frame = { type: 'MultiPoint' as const, coordinates: INDONESIA };
  const projection = geoMercator().fitExtent([[10, 10], [width - 10, height - 10]], frame).clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const shapes: Html[] = [];
  for (const f of fc.features) {
    const d = path(f);
    if (d) shapes.push(html`<path${attrs({ class: 'land', d })}/>`);
  }
  const max = maxOf(regions.map((r) => r.n), 1);
  const dots = regions.map((r) => {
    const [x, y] = projection([r.lon, r.lat]) ?? [0, 0];
    const lvl = level(r.n, max);
    return html`<g><title>${r.name} (${r.code}): ${r.n}</title><circle${attrs({ class: ['cell', `h${lvl}`, 'region'], cx: f1(x), cy: f1(y), r: 13 })}/><text x="${f1(x)}" y="${f1(y + 4)}" text-anchor="middle" class="${textOn(lvl)}" font-weight="700" font-size="12">${r.n}</text></g>`;
  });
  const list = regions.map((r) => `${r.name} (${r.code}) ${r.n}`).join(', ');
  return svg(width, height, sw(o.lang, 'nat.map.title'), sw(o.lang, 'nat.map.desc', { list: list || sw(o.lang, 'none') }), join([...shapes, ...dots]));
}
