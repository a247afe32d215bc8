// kerjasama export with the real clients, on the example register and the historic fixture: the Data
// Package validates against the official Data Package, Tabular Data Resource and Table Schema JSON
// Schemas and every CSV value against its Table Schema (types, keys, foreign keys, enums) with the
// Frictionless validator; the SQLite file passes Debian sqlite3's integrity_check and foreign_key_check;
// the SQL script loads into sqlite3 and into a PostgreSQL server started here; every table has one row
// per record loaded; and what the export derives (status, stage, in force, end, days left, expiring
// group, dormancy, last activity, stale, coverage) equals what list, report summary, report expiring,
// report inactive and report coverage say for the same day.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanup, exampleRegister, makeRegister, REPO, runCli } from '../helpers.js';
import { PG_BIN, PSQL, readCsv, SQLITE3, sqlite3, sqliteRows, startPostgres, validatePackage, type Postgres } from './clients.js';

const AS_OF = '2026-11-22';
const out = mkdtempSync(join(tmpdir(), 'kerjasama-export-'));

afterAll(cleanup);

async function exportOf(dir: string, args: string[]): Promise<void> {
  const r = await runCli(['export', '--as-of', AS_OF, ...args], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
}

async function json<T>(dir: string, args: string[]): Promise<T> {
  const r = await runCli([...args, '--format', 'json', '--as-of', AS_OF], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const yamlFiles = (dir: string, kind: string): string[] => (existsSync(join(dir, 'data', kind)) ? readdirSync(join(dir, 'data', kind)).filter((f) => f.endsWith('.yaml')) : []);

function historicRegister(): string {
  const dir = makeRegister({}, { bare: true });
  cpSync(join(REPO, 'test/fixtures/historic'), dir, { recursive: true });
  return dir;
}

/** One query counting the rows of every table. */
const countQuery = (tables: Array<{ name: string }>): string => tables.map((r) => `SELECT '${r.name}' AS t, count(*) AS n FROM "${r.name}"`).join(' UNION ALL ');
const countsIn = (db: string, tables: Array<{ name: string }>): Record<string, number> =>
  Object.fromEntries(sqliteRows<{ t: string; n: number }>(db, countQuery(tables)).map((r) => [r.t, r.n]));

/** The SQL of docs/export.md, one statement each. */
const DOC_SQL = [...readFileSync(join(REPO, 'docs', 'export.md'), 'utf8').matchAll(/```sql\n([\s\S]*?)```/g)].flatMap((m) => (m[1] as string).split(/;\s*\n/).map((s) => s.trim()).filter(Boolean));

const REGISTERS: Array<[string, () => string]> = [['the example register', exampleRegister], ['the historic fixture', historicRegister]];

describe.each(REGISTERS)('%s', (name, make) => {
  let dir: string;
  let pkg: string;
  let db: string;
  let sqlSqlite: string;
  let sqlPostgres: string;
  beforeAll(async () => {
    dir = make();
    const base = join(out, name.replace(/\W+/g, '-'));
    mkdirSync(base, { recursive: true });
    pkg = join(base, 'package');
    db = join(base, 'register.sqlite');
    sqlSqlite = join(base, 'register.sqlite.sql');
    sqlPostgres = join(base, 'register.pg.sql');
    await exportOf(dir, ['--format', 'datapackage', '--out', pkg]);
    await exportOf(dir, ['--format', 'sqlite', '--out', db]);
    await exportOf(dir, ['--format', 'sql', '--out', sqlSqlite]);
    await exportOf(dir, ['--format', 'sql', '--dialect', 'postgres', '--out', sqlPostgres]);
  }, 180_000);

  it('datapackage.json validates against the official profiles, and every CSV value against its Table Schema (types, keys, foreign keys, enums)', async () => {
    expect(await validatePackage(pkg)).toEqual([]);
  });

  it('one row per record loaded: every partner, agreement and activity file is a row (a file with errors, left_out with its id), and one row per list item', async () => {
    for (const [kind, table] of [['partners', 'partners'], ['agreements', 'agreements'], ['activities', 'activities']] as const) {
      const rows = readCsv(join(pkg, `${table}.csv`));
      expect(rows.map((r) => r['id']).sort()).toEqual(yamlFiles(dir, kind).map((f) => f.slice(0, -5)).sort());
    }
    const listed = await json<{ records: Array<{ id: string; partners: string[] }> }>(dir, ['list', 'agreements']);
    expect(readCsv(join(pkg, 'agreement_partners.csv')).length).toBe(listed.records.reduce((n, a) => n + a.partners.length, 0));
    // Every list table (<kind>_<field>): for each record, one row per item of that field in its file (a
    // mapping such as approvals: one per key); none for a record left out.
    const descriptorOf = JSON.parse(readFileSync(join(pkg, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; schema: { fields: Array<{ name: string }> } }> };
    const lists = descriptorOf.resources.filter((r) => /^(partner|agreement|activity)_/.test(r.name) && r.schema.fields[0]?.name === `${r.name.split('_')[0]}_id`);
    expect(lists.length).toBeGreaterThanOrEqual(15);
    for (const r of lists) {
      const kind = r.name.split('_')[0] as string;
      const field = r.name.slice(kind.length + 1);
      const folder = kind === 'activity' ? 'activities' : `${kind}s`;
      const leftOut = new Set(readCsv(join(pkg, `${folder}.csv`)).filter((x) => x['left_out'] === 'true').map((x) => x['id']));
      const expected: Record<string, number> = {};
      let seen = false;
      for (const f of yamlFiles(dir, folder)) {
        const id = f.slice(0, -5);
        const v = (parseYaml(readFileSync(join(dir, 'data', folder, f), 'utf8')) as Record<string, unknown> | null)?.[field];
        if (v !== undefined) seen = true;
        const n = leftOut.has(id) ? 0 : Array.isArray(v) ? v.length : v !== null && typeof v === 'object' ? Object.keys(v).length : 0;
        if (n) expected[id] = n;
      }
      const rows = readCsv(join(pkg, `${r.name}.csv`));
      expect(seen || rows.length === 0, `${r.name}: no record has ${field}`).toBe(true);
      const got: Record<string, number> = {};
      for (const x of rows) got[x[`${kind}_id`] as string] = (got[x[`${kind}_id`] as string] ?? 0) + 1;
      expect(got, r.name).toEqual(expected);
    }
    // The SQLite file and the scripts hold the same tables with the same rows as the CSV files.
    const descriptor = JSON.parse(readFileSync(join(pkg, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string }> };
    const sqliteFromScript = join(out, `${name.replace(/\W+/g, '-')}-from-script.sqlite`);
    sqlite3(sqliteFromScript, '', { input: readFileSync(sqlSqlite, 'utf8') });
    const csvCounts = Object.fromEntries(descriptor.resources.map((r) => [r.name, readCsv(join(pkg, `${r.name}.csv`)).length]));
    expect(countsIn(db, descriptor.resources)).toEqual(csvCounts);
    expect(countsIn(sqliteFromScript, descriptor.resources)).toEqual(csvCounts);
  });

  it.skipIf(!SQLITE3)('the SQLite file and the SQLite script pass integrity_check and foreign_key_check in Debian sqlite3, and the in-force view counts what report summary counts', async () => {
    const fromScript = join(out, `${name.replace(/\W+/g, '-')}-checked.sqlite`);
    sqlite3(fromScript, '', { input: readFileSync(sqlSqlite, 'utf8') });
    const summary = await json<{ byDerivedStatus: Record<string, number>; partnershipsInForce: number; dormantPartnerships: number; tiesNotInForce: Record<string, number>; unknowns: { staleFacts: number } }>(dir, ['report', 'summary']);
    for (const file of [db, fromScript]) {
      expect(sqlite3(file, 'PRAGMA integrity_check;').trim()).toBe('ok');
      expect(sqlite3(file, 'PRAGMA foreign_key_check;').trim()).toBe('');
      const n = (sql: string): number => Number(sqliteRows<{ n: number }>(file, sql)[0]?.n);
      expect(n('SELECT count(*) AS n FROM agreements_in_force')).toBe((summary.byDerivedStatus['in_force'] ?? 0) + (summary.byDerivedStatus['renewal_unrecorded'] ?? 0));
      expect(n('SELECT count(*) AS n FROM partnerships WHERE in_force')).toBe(summary.partnershipsInForce);
      expect(n('SELECT count(*) AS n FROM partnerships WHERE dormant')).toBe(summary.dormantPartnerships);
      for (const stage of ['loi', 'pending', 'negotiating']) expect(n(`SELECT count(*) AS n FROM partnerships WHERE stage = '${stage}'`), stage).toBe(summary.tiesNotInForce[stage]);
      expect(n('SELECT count(*) AS n FROM partnerships WHERE stage_unknown')).toBe(summary.tiesNotInForce['unknown']);
      expect(n("SELECT count(*) AS n FROM agreements WHERE stale AND derived_status NOT IN ('expired', 'terminated', 'superseded')")).toBe(summary.unknowns.staleFacts);
      // The full-text table finds a record by a word of its title.
      const anyTitle = sqliteRows<{ id: string; title: string }>(file, "SELECT id, title FROM agreements WHERE left_out = 0 AND title IS NOT NULL ORDER BY id LIMIT 1")[0];
      if (anyTitle) {
        const word = (anyTitle.title.match(/[A-Za-z]{5,}/) ?? ['x'])[0];
        expect(sqliteRows<{ id: string }>(file, `SELECT id FROM search WHERE search MATCH '${word}'`).map((r) => r.id)).toContain(anyTitle.id);
      }
    }
  });

  it.skipIf(!SQLITE3)('docs/export.md names every table the export writes, and its SQL runs in sqlite3 on the file and on the script', async () => {
    const doc = readFileSync(join(REPO, 'docs', 'export.md'), 'utf8');
    const withPrivate = join(out, `${name.replace(/\W+/g, '-')}-private.sqlite`);
    await exportOf(dir, ['--format', 'sqlite', '--out', withPrivate, '--include-private']);
    const tables = sqliteRows<{ name: string }>(withPrivate, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite_%'").map((r) => r.name);
    expect(tables.filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
    expect(DOC_SQL.length).toBeGreaterThanOrEqual(4);
    for (const sql of DOC_SQL) sqlite3(db, `${sql};`);
  });

  it.skipIf(!SQLITE3)('every derived column equals what list, report expiring, report inactive and report coverage say for the day', async () => {
    type Listed = { id: string; derived_status: string; start: string | null; stale: boolean };
    const listed = (await json<{ records: Listed[] }>(dir, ['list', 'agreements'])).records;
    const rows = sqliteRows<Record<string, unknown>>(db, 'SELECT * FROM agreements WHERE left_out = 0 ORDER BY id');
    expect(rows.map((r) => r['id'])).toEqual(listed.map((a) => a.id).sort());
    const byId = new Map(rows.map((r) => [r['id'], r]));
    for (const a of listed) {
      const r = byId.get(a.id) as Record<string, unknown>;
      expect(a.derived_status === 'unknown' ? [null, 1] : [a.derived_status, 0], a.id).toEqual([r['derived_status'], r['derived_status_unknown']]);
      expect(r['start'], a.id).toBe(a.start);
      expect(Boolean(r['stale']), a.id).toBe(a.stale);
    }
    type Exp = { id: string; end: string; endLatest: string | null; daysLeft: number; bucket: string; renewalStart: string; endOpen: boolean; endUncertain: boolean };
    const report = await json<{ agreements: Exp[]; endUnknown: Array<{ id: string }> }>(dir, ['report', 'expiring']);
    const expiring = report.agreements;
    const listedIds = sqliteRows<{ id: string }>(db, 'SELECT id FROM agreements_expiring ORDER BY id').map((r) => r.id);
    // Both sections: the agreements with an end, and those whose end is not known (the CSV's bucket end_unknown).
    expect(listedIds).toEqual([...expiring, ...report.endUnknown].map((e) => e.id).sort());
    for (const e of report.endUnknown) expect((byId.get(e.id) as Record<string, unknown>)['expiring_bucket'], e.id).toBe('end_unknown');
    for (const e of expiring) {
      const r = byId.get(e.id) as Record<string, unknown>;
      expect([r['end_day'], r['end_latest'], r['days_left'], r['expiring_bucket'], r['renewal_start'], Boolean(r['end_open']), Boolean(r['end_uncertain'])], e.id)
        .toEqual([e.end, e.endLatest, e.daysLeft, e.bucket, e.renewalStart, e.endOpen, e.endUncertain]);
    }
    type Dormant = { partner: { id: string }; owner: string | null; agreements: string[]; lastActivity: { id: string; date: string } | null; daysSince: number | null; activitiesLast3Years: number };
    const inactive = (await json<{ partnerships: Dormant[] }>(dir, ['report', 'inactive'])).partnerships;
    const dormant = sqliteRows<Record<string, unknown>>(db, `SELECT p.*, (SELECT group_concat(agreement_id, ',') FROM (SELECT agreement_id FROM partnership_agreements x WHERE x.partnership_key = p.key ORDER BY position)) AS chain FROM partnerships p WHERE dormant`);
    expect(dormant.length).toBe(inactive.length);
    for (const d of inactive) {
      const r = dormant.find((x) => x['partner_id'] === d.partner.id && (x['owner_id'] ?? null) === d.owner && x['chain'] === d.agreements.join(','));
      expect(r, d.partner.id).toBeDefined();
      expect([r?.['last_activity_id'] ?? null, r?.['last_activity_date'] ?? null, r?.['days_since_last_activity'] ?? null, r?.['activities_last_3_years']]).toEqual([d.lastActivity?.id ?? null, d.lastActivity?.date ?? null, d.daysSince, d.activitiesLast3Years]);
    }
    type Cov = { key: string; coverage: string; agreements: string[]; unknownStatus: string[] };
    const coverage = (await json<{ rows: Cov[] }>(dir, ['report', 'coverage'])).rows;
    const view = sqliteRows<{ sector_id: string; covered: number | null; covered_unknown: number; agreements_in_force: number; agreements_status_unknown: number }>(db, 'SELECT * FROM coverage_by_sector ORDER BY sector_id');
    expect(view.map((v) => v.sector_id)).toEqual(coverage.map((c) => c.key).sort());
    for (const c of coverage) {
      const v = view.find((x) => x.sector_id === c.key);
      expect([v?.covered, v?.covered_unknown, v?.agreements_in_force, v?.agreements_status_unknown], c.key)
        .toEqual([c.coverage === 'unknown' ? null : c.coverage === 'covered' ? 1 : 0, c.coverage === 'unknown' ? 1 : 0, c.agreements.length, c.unknownStatus.length]);
    }
    // Partners as report summary counts them, by country (a partner left out: country unknown).
    const summary = await json<{ partnersByCountry: Record<string, number> }>(dir, ['report', 'summary']);
    const counted = sqliteRows<{ country: string | null; n: number }>(db, 'SELECT country, count(*) AS n FROM partners WHERE counted GROUP BY country');
    expect(Object.fromEntries(counted.map((c) => [c.country ?? 'unknown', c.n]))).toEqual(summary.partnersByCountry);
  });

  describe.skipIf(!PG_BIN || !PSQL)('PostgreSQL', () => {
    let pg: Postgres;
    beforeAll(async () => {
      pg = await startPostgres();
    }, 120_000);
    afterAll(() => pg?.stop());

    it('the dump loads without error into a real PostgreSQL server, and the same counts hold', async () => {
      const database = `k_${name.replace(/\W+/g, '_')}`;
      pg.load(sqlPostgres, database);
      const summary = await json<{ byDerivedStatus: Record<string, number>; partnershipsInForce: number; dormantPartnerships: number }>(dir, ['report', 'summary']);
      const one = (sql: string): string => pg.query(database, sql)[0]?.[0] ?? '';
      expect(Number(one('SELECT count(*) FROM agreements_in_force'))).toBe((summary.byDerivedStatus['in_force'] ?? 0) + (summary.byDerivedStatus['renewal_unrecorded'] ?? 0));
      expect(Number(one('SELECT count(*) FROM partnerships WHERE in_force'))).toBe(summary.partnershipsInForce);
      expect(Number(one('SELECT count(*) FROM partnerships_overview WHERE dormant'))).toBe(summary.dormantPartnerships);
      const descriptor = JSON.parse(readFileSync(join(pkg, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string }> };
      const counts = Object.fromEntries(pg.query(database, countQuery(descriptor.resources)).map(([t, n]) => [t, Number(n)]));
      expect(counts).toEqual(countsIn(db, descriptor.resources));
      // Dates are dates and days left whole numbers: the earliest end day in force, as a DATE.
      expect(one("SELECT pg_typeof(end_day)::text FROM agreements LIMIT 1")).toBe('date');
      // docs/export.md: loaded for Superset into a schema of its own, twice (the schema replaced); its SQL runs.
      pg.load(sqlPostgres, database, 'register');
      pg.load(sqlPostgres, database, 'register');
      expect(pg.query(database, 'SELECT count(*) FROM register.agreements_in_force')).toEqual(pg.query(database, 'SELECT count(*) FROM public.agreements_in_force'));
      for (const sql of DOC_SQL) pg.query(database, sql);
    }, 120_000);
  });
});
