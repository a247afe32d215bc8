// One register, one answer: every number or fact that two outputs show must be the same. A property
// (fast-check) over generated registers with vague dates, unknowns, LoIs, renewals, terminations,
// left-out records and filters runs the real CLI (reports and lists as JSON, show, and the site: its home
// page, map and API JSON) and compares what each says. Issue 19: this failed on the code before the
// facts layer (src/facts), which derives each fact once.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const AS_OF = '2026-11-22';
const COUNTRIES = ['ID', 'JP', 'AU', 'KR'] as const;
const SECTORS = ['pariwisata', 'pendidikan', 'perdagangan'] as const;

const year = fc.integer({ min: 1985, max: 2030 });
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
const dayOf = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
/** Exact and vague dates, as records write them. */
const date = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(year, month, dayOf).map(([y, m, d]) => `${y}-${m}-${d}`) },
  { weight: 1, arbitrary: year.map(String) },
  { weight: 1, arbitrary: fc.tuple(year, month).map(([y, m]) => `${y}-${m}`) },
  { weight: 1, arbitrary: year.map((y) => `~${y}`) },
  { weight: 1, arbitrary: fc.tuple(year, fc.integer({ min: 0, max: 3 })).map(([y, n]) => `${y}..${y + n}`) },
  { weight: 1, arbitrary: fc.tuple(year, month).map(([y, m]) => `..${y}-${m}`) },
  { weight: 1, arbitrary: year.map((y) => `${y}..`) },
);

const partner = fc.record({ country: fc.constantFrom(...COUNTRIES), invalid: fc.integer({ min: 0, max: 7 }).map((n) => n === 0) });
const agreement = fc.record({
  documentType: fc.constantFrom('loi', 'mou', 'mou', 'pks', 'renewal', 'unknown'),
  status: fc.constantFrom('active', 'active', 'signed', 'unknown', 'expired', 'terminated', 'superseded', 'negotiating', 'draft'),
  category: fc.constantFrom('KSDD', 'KSDPK', 'KSDPL'),
  partners: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 2 }),
  signed: fc.option(date, { nil: undefined }),
  end: fc.oneof(fc.constant(undefined), fc.constant('none'), date, fc.constantFrom('{term: 5y}', '{term: 18m}')),
  renewsEvery: fc.boolean(),
  link: fc.option(fc.tuple(fc.constantFrom('renews', 'parent'), fc.nat()), { nil: undefined }),
  termination: date,
  sectors: fc.subarray([...SECTORS]),
  confirmed: fc.option(date, { nil: undefined }),
});
const activity = fc.record({
  agreements: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }),
  partners: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 1 }),
  start: date,
  status: fc.constantFrom(undefined, 'held', 'planned', 'cancelled'),
  sectors: fc.subarray([...SECTORS]),
});
const filter = fc.oneof(
  fc.constant([] as string[]),
  fc.constantFrom(...SECTORS).map((s) => ['--sector', s]),
  fc.constantFrom('KSDD', 'KSDPK', 'KSDPL').map((c) => ['--category', c]),
  fc.constantFrom(...COUNTRIES).map((c) => ['--country', c]),
);

type Gen = { partners: Array<{ country: string; invalid: boolean }>; agreements: Array<typeof agreement extends fc.Arbitrary<infer T> ? T : never>; activities: Array<typeof activity extends fc.Arbitrary<infer T> ? T : never> };

const q = (s: string): string => (s.startsWith('{') || s === 'none' ? s : `"${s}"`);

function files(g: Gen): Record<string, string> {
  const out: Record<string, string> = {
    'kerjasama.yaml': 'name: Test register\nowner: own\nlanguage: en\n',
    'data/partners/own.yaml': 'name: Own Province\ntype: province\ncountry: ID\n',
  };
  g.partners.forEach((p, i) => {
    // An invalid partner file (no type): left out of every report, and what names it is still valid.
    out[`data/partners/p${i}.yaml`] = `name: Partner ${i}\n${p.invalid ? '' : 'type: foreign_subnational\n'}country: ${p.country}\n`;
  });
  g.agreements.forEach((a, i) => {
    const partners = a.partners.filter((k) => k < g.partners.length).map((k) => `p${k}`);
    const lines = [`title: Agreement ${i}`, `category: ${a.category}`, `document_type: ${a.documentType}`, `partners: [${(partners.length ? partners : ['p0']).join(', ')}]`, `status: ${a.status}`];
    if (a.signed !== undefined && !['draft', 'negotiating'].includes(a.status)) lines.push(`signatures: [{party: own, date: "${a.signed}"}]`);
    if (a.end !== undefined) lines.push(`end: ${q(a.end)}`);
    if (a.renewsEvery) lines.push('renews_every: 5y');
    if (a.link && i > 0) lines.push(`${a.link[0]}: a${a.link[1] % i}`);
    if (a.status === 'terminated') lines.push(`termination: {date: "${a.termination}"}`);
    if (a.sectors.length) lines.push(`sectors: [${a.sectors.join(', ')}]`);
    if (a.confirmed) lines.push(`confirmed: "${a.confirmed}"`);
    out[`data/agreements/a${i}.yaml`] = lines.join('\n') + '\n';
  });
  g.activities.forEach((x, i) => {
    const ags = x.agreements.filter((k) => k < g.agreements.length).map((k) => `a${k}`);
    const ps = x.partners.filter((k) => k < g.partners.length).map((k) => `p${k}`);
    if (!ags.length && !ps.length) return;
    const lines = [`title: Activity ${i}`, 'type: visit', `start: "${x.start}"`];
    if (ags.length) lines.push(`agreements: [${ags.join(', ')}]`);
    if (ps.length) lines.push(`partners: [${ps.join(', ')}]`);
    if (x.status) lines.push(`status: ${x.status}`);
    if (x.sectors.length) lines.push(`sectors: [${x.sectors.join(', ')}]`);
    out[`data/activities/v${i}.yaml`] = lines.join('\n') + '\n';
  });
  return out;
}

const register = fc.record({
  partners: fc.array(partner, { minLength: 1, maxLength: 5 }),
  agreements: fc.array(agreement, { minLength: 1, maxLength: 8 }),
  activities: fc.array(activity, { maxLength: 8 }),
}) as fc.Arbitrary<Gen>;

async function json<T = Record<string, unknown>>(dir: string, args: string[]): Promise<T> {
  const r = await runCli([...args, '--format', 'json', '--as-of', AS_OF, '--lang', 'en'], { cwd: dir });
  expect(r.stderr, args.join(' ')).not.toMatch(/internal error|    at /);
  expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
  return JSON.parse(r.stdout) as T;
}

const IN_FORCE = new Set(['in_force', 'renewal_unrecorded']);
const COUNTRY = /^([A-Z]{2}|unknown)$/;

/** Counts of the home page's cards, by label. */
function homeCards(html: string): Map<string, number> {
  return new Map([...html.matchAll(/<span class="n[^"]*">([\d.,]+)<\/span> <span class="l">([^<]+)<\/span>/g)].map((m) => [m[2] as string, Number((m[1] as string).replace(/[.,]/g, ''))]));
}

/** The map's partners per country (its table), by ISO code. */
function mapCounts(html: string): Record<string, number> {
  const table = /<table[^>]*id="countries".*?<\/table>/s.exec(html)?.[0] ?? '';
  const out: Record<string, number> = {};
  for (const m of table.matchAll(/<tr><td>[^<]*\((\w+)\)<\/td><td class="num" data-sort="(\d+)">/g)) out[m[1] as string] = Number(m[2]);
  for (const m of table.matchAll(/<tr><td>[^<(]*not known<\/td><td class="num" data-sort="(\d+)">/g)) out['unknown'] = Number(m[1]);
  return out;
}

async function check(g: Gen, f: string[]): Promise<void> {
  const dir = makeRegister(files(g), { bare: true });
  const summary = await json<any>(dir, ['report', 'summary', ...f]);
  const inactive = await json<any>(dir, ['report', 'inactive', ...f]);
  const coverage = await json<any>(dir, ['report', 'coverage', ...f]);
  const byCountry = await json<any>(dir, ['report', 'coverage', '--by', 'country', ...f]);
  const expiring = await json<any>(dir, ['report', 'expiring', '--within', '100y', '--all', ...f]);
  const list = (await json<any>(dir, ['list', 'agreements', ...f])).records as Array<Record<string, any>>;
  const statusOf = new Map(list.map((r) => [r.id as string, r.derived_status as string]));

  // Partnerships in force: the summary and inactive agree.
  expect(summary.partnershipsInForce, 'partnerships in force: summary vs inactive').toBe(inactive.partnershipsInForce);
  // Agreements in force: the list's statuses, the summary's derived statuses and coverage's count agree.
  const inForceListed = list.filter((r) => IN_FORCE.has(r.derived_status)).length;
  const inForceSummary = (summary.byDerivedStatus.in_force ?? 0) + (summary.byDerivedStatus.renewal_unrecorded ?? 0);
  expect(inForceSummary, 'agreements in force: summary vs list').toBe(inForceListed);
  expect(coverage.agreementsInForce, 'agreements in force: coverage vs list').toBe(inForceListed);
  expect(summary.unknowns.noSectors, 'in force with no sectors: summary vs coverage').toBe(coverage.noSectors.agreements.length);
  // An LoI is never in force, anywhere.
  for (const r of list) if (r.document_type === 'loi') expect(r.derived_status, `${r.id} is an LoI`).not.toBe('in_force');
  // Every agreement the reports look at: considered equals the list.
  expect(expiring.considered, 'expiring considered vs list').toBe(list.length);
  // A record's status is the same in list, show and every report that shows it.
  for (const row of expiring.agreements) expect(row.derivedStatus, `${row.id}: expiring vs list`).toBe(statusOf.get(row.id));
  for (const r of list.slice(0, 3)) {
    const shown = (await json<any>(dir, ['show', r.id])).records.find((x: any) => x.kind === 'agreement');
    expect(shown.derivedStatus, `${r.id}: show vs list`).toBe(r.derived_status);
    // The last day in force: the end list gives, unless a recorded termination (in effect or to come) comes first: then earlier.
    if (r.status !== 'terminated') expect(shown.lastDayInForce, `${r.id}: show's last day in force vs list's end`).toBe(r.end);
    else if (shown.lastDayInForce !== r.end && r.end !== null && r.end !== 'none') {
      // The termination came first: the day before it is earlier than the end's earliest day.
      const first = (t: string): string => t.replace(/^[~.]+/, '').slice(0, 10);
      expect(first(shown.lastDayInForce) < first(r.end), `${r.id}: last day in force ${shown.lastDayInForce} before the end ${r.end}`).toBe(true);
    }
  }
  // Every agreement in one year of the summary's agreements per year.
  expect(Object.values(summary.signedPerYear as Record<string, number>).reduce((n, x) => n + x, 0), 'signedPerYear adds up to the agreements').toBe(list.length);
  // One value for a country, known or not; no invented end days.
  for (const row of expiring.agreements) {
    for (const p of row.partners) expect(p.country, `${row.id}: expiring country`).toMatch(COUNTRY);
    expect(row.endLatest === null || row.endLatest < '2900', `${row.id}: endLatest ${row.endLatest}`).toBe(true);
  }
  for (const row of coverage.rows) for (const c of row.countries) expect(c, 'coverage country').toMatch(COUNTRY);
  for (const c of Object.keys(summary.partnersByCountry)) expect(c, 'summary country').toMatch(COUNTRY);
  for (const row of byCountry.rows) expect(row.key, 'coverage --by country key').toMatch(COUNTRY);
  // Coverage by country names the countries of ties of unknown status, as by sector it names their sectors.
  const unknownTies = list.filter((r) => r.derived_status === 'unknown');
  if (unknownTies.length > 0 && f.length === 0) expect(byCountry.rows.length, 'coverage --by country has rows for unknown ties').toBeGreaterThan(0);

  if (f.length > 0) return;
  // The site: its home page's cards and its map say what the summary says; its API is the reports' JSON.
  const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-agree-')), 'site');
  const site = await runCli(['site', '--out', out, '--as-of', AS_OF, '--lang', 'en'], { cwd: dir });
  expect(site.code, site.stderr).toBe(0);
  const cards = homeCards(readFileSync(join(out, 'en/index.html'), 'utf8'));
  expect(cards.get('partnerships in force'), 'home card vs summary').toBe(summary.partnershipsInForce);
  expect(cards.get('dormant partnerships'), 'home card vs inactive').toBe(inactive.partnerships.length);
  expect(mapCounts(readFileSync(join(out, 'en/map.html'), 'utf8')), 'map vs summary partners by country').toEqual(summary.partnersByCountry);
  const api = JSON.parse(readFileSync(join(out, 'api/summary.json'), 'utf8'));
  expect(api, 'api/summary.json vs report summary').toEqual(summary);
  const apiAgreements = JSON.parse(readFileSync(join(out, 'api/agreements.json'), 'utf8')).records as Array<Record<string, unknown>>;
  expect(apiAgreements, 'api/agreements.json vs list agreements').toEqual(list);
}

describe('every output agrees with every other', () => {
  it('on generated registers, unfiltered and filtered', async () => {
    await fc.assert(fc.asyncProperty(register, filter, (g, f) => check(g, f)), { numRuns: 40 });
  }, 300_000);
});
