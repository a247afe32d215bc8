// The real clients the export tests drive: Debian's sqlite3, a PostgreSQL server the tests start
// themselves (initdb and pg_ctl on a temporary folder, listening on a Unix socket in it only, on a port
// number no other server here uses), and the official Data Package and Table Schema JSON Schemas with
// the Frictionless Table Schema validator (npm: datapackage's profiles, tableschema). Under CI (env CI)
// a missing sqlite3 or PostgreSQL fails the tests; elsewhere they are skipped, saying why.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers.js';

const require = createRequire(join(REPO, 'package.json'));

// ---- sqlite3 -----------------------------------------------------------------------------------------

export const SQLITE3 = process.env['SQLITE3_PATH'] ?? ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3'].find((p) => existsSync(p));
if (!SQLITE3 && process.env['CI']) throw new Error('sqlite3 not found: .ci/run installs it with apt-get install -y --no-install-recommends sqlite3');

/** Runs SQL in the sqlite3 shell on a database file (-bail: the first error stops it), with stdin as the script when given. */
export function sqlite3(db: string, sql: string, opts: { json?: boolean; input?: string } = {}): string {
  const args = ['-batch', '-bail', ...(opts.json ? ['-json'] : []), db, ...(opts.input === undefined ? [sql] : [])];
  const r = spawnSync(SQLITE3 as string, args, { input: opts.input ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`sqlite3 ${sql.slice(0, 80)} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

export function sqliteRows<T = Record<string, unknown>>(db: string, sql: string): T[] {
  const out = sqlite3(db, sql, { json: true }).trim();
  return out === '' ? [] : (JSON.parse(out) as T[]);
}

// ---- PostgreSQL --------------------------------------------------------------------------------------

/** Debian's server binaries: PG_BIN, else the newest /usr/lib/postgresql/N/bin, else those on PATH. */
function pgBin(): string | undefined {
  if (process.env['PG_BIN']) return process.env['PG_BIN'];
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => /^\d+$/.test(v) && existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions[0]) return join(base, versions[0], 'bin');
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? join(found, '..') : undefined;
}
export const PG_BIN = pgBin();
export const PSQL = ['/usr/bin/psql', PG_BIN ? join(PG_BIN, 'psql') : ''].find((p) => p && existsSync(p));
if ((!PG_BIN || !PSQL) && process.env['CI']) throw new Error('PostgreSQL not found: .ci/run installs it with apt-get install -y --no-install-recommends postgresql');

/** A port no one listens on now (the server listens on a Unix socket only; the number names the socket). */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}

export interface Postgres {
  /** Runs a script file in a new database (created for it), or in a new schema of it, stopping at the first error; returns stdout. */
  load(file: string, database: string, schema?: string): string;
  /** One query, rows as arrays of text (unaligned, |-separated). */
  query(database: string, sql: string): string[][];
  stop(): void;
}

/**
 * A PostgreSQL server of its own: initdb on a temporary folder (as the postgres user when the tests run
 * as root: the server refuses root), started with pg_ctl on a Unix socket in that folder, no TCP, no fsync.
 */
export async function startPostgres(): Promise<Postgres> {
  const bin = PG_BIN as string;
  const dir = mkdtempSync(join(tmpdir(), 'kerjasama-pg-'));
  const asRoot = process.getuid?.() === 0;
  const pgUid = asRoot ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : undefined;
  if (pgUid !== undefined) chownSync(dir, pgUid, -1);
  chmodSync(dir, 0o700);
  const run = (cmd: string, args: string[]): void => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] as const : [join(bin, cmd), args] as const;
    const r = spawnSync(full[0], [...full[1]], { encoding: 'utf8', timeout: 120_000, cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}${r.stdout}`);
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'kerjasama', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  run('pg_ctl', ['-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', `-k ${dir} -p ${port} -c listen_addresses= -c fsync=off -c full_page_writes=off`, 'start']);
  const psql = (database: string, args: string[], env: Record<string, string> = {}): string => {
    const r = spawnSync(PSQL as string, ['-X', '-h', dir, '-p', String(port), '-U', 'kerjasama', '-d', database, '-v', 'ON_ERROR_STOP=1', ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PGCONNECT_TIMEOUT: '10', ...env } });
    if (r.status !== 0) throw new Error(`psql ${args.join(' ').slice(0, 100)} exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  };
  let stopped = false;
  return {
    load: (file, database, schema) => {
      if (schema === undefined) {
        psql('postgres', ['-q', '-c', `CREATE DATABASE "${database}"`]);
        return psql(database, ['-q', '-f', file]);
      }
      // As docs/export.md loads it for Superset: a schema replaced on each export, the script run with that search_path.
      psql(database, ['-q', '-c', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`, '-c', `CREATE SCHEMA "${schema}"`]);
      return psql(database, ['-q', '-f', file], { PGOPTIONS: `-c search_path=${schema}` });
    },
    query: (database, sql) => psql(database, ['-A', '-t', '-F', '|', '-c', sql]).split('\n').filter((l) => l !== '').map((l) => l.split('|')),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// ---- Data Package and Table Schema -------------------------------------------------------------------

interface Resource { name: string; path: string; schema: { fields: Array<{ name: string }>; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }

/** The official v1 profiles (draft-04 JSON Schemas) as the datapackage and tableschema packages ship them. */
function profile(name: string): object {
  const path = name === 'table-schema' ? require.resolve('tableschema/lib/profiles/table-schema.json') : require.resolve(`datapackage/lib/profiles/${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}

/**
 * Validates a Data Package folder: datapackage.json against the Data Package and Tabular Data Package
 * profiles, each resource against Tabular Data Resource and its schema against Table Schema; then every
 * CSV with the Table Schema validator (types, formats, required, enum, primary key, foreign keys).
 * Returns the problems found, empty when there are none. `only`: check the CSV of these resources alone.
 */
type Validate = ((x: unknown) => boolean) & { errors?: Array<{ instancePath?: string; dataPath?: string; message?: string }> | null };
let profiles: Record<'package' | 'tabular' | 'resource' | 'tableSchema', Validate> | undefined;

/** The profiles compiled once (ajv-draft-04, with the formats they name). */
function compiledProfiles(): NonNullable<typeof profiles> {
  if (profiles) return profiles;
  const Ajv = require('ajv-draft-04') as new (o: object) => { compile: (s: object) => Validate; addFormat: (n: string, f: unknown) => void };
  const addFormats = require('ajv-formats') as (ajv: unknown) => void;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  profiles = { package: ajv.compile(profile('data-package')), tabular: ajv.compile(profile('tabular-data-package')), resource: ajv.compile(profile('tabular-data-resource')), tableSchema: ajv.compile(profile('table-schema')) };
  return profiles;
}

/**
 * The CSV dialect datapackage.json declares (none: the Table Schema default, a comma). Given to the
 * validator, which otherwise guesses the delimiter from the first bytes (csv-sniffer) and took a quote
 * or a space for it on a table of sentences full of commas and quotes (activity_outputs).
 */
const CSV_DIALECT = { delimiter: ',', quote: '"' } as const;

export async function validatePackage(dir: string, only?: readonly string[]): Promise<string[]> {
  const p = compiledProfiles();
  const problems: string[] = [];
  const check = (what: string, v: Validate, x: unknown): void => {
    if (!v(x)) problems.push(...(v.errors ?? []).map((e) => `${what}${e.instancePath ?? e.dataPath ?? ''}: ${e.message}`));
  };
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  check('data-package', p.package, descriptor);
  check('tabular-data-package', p.tabular, descriptor);
  for (const r of descriptor.resources) {
    check(`resource ${r.name}`, p.resource, r);
    check(`schema of ${r.name}`, p.tableSchema, r.schema);
  }
  if (problems.length) return problems;

  const { Table } = require('tableschema') as { Table: { load: (source: string, o: object) => Promise<{ read: (o: object) => Promise<unknown[]> }> } };
  // Every table read once as typed rows: the reference targets (a row that fails its own schema is
  // reported with its own table, and is no target).
  const checked = descriptor.resources.filter((r) => !only || only.includes(r.name));
  const needed = new Set(checked.flatMap((r) => [r.name, ...(r.schema.foreignKeys ?? []).map((fk) => fk.reference.resource || r.name)]));
  const typed = new Map<string, unknown[]>();
  for (const r of descriptor.resources.filter((x) => needed.has(x.name))) typed.set(r.name, (await (await Table.load(join(dir, r.path), { schema: r.schema, ...CSV_DIALECT })).read({ keyed: true, forceCast: true })).filter((x) => !(x instanceof Error)));
  for (const r of checked) {
    const relations: Record<string, unknown[]> = {};
    for (const fk of r.schema.foreignKeys ?? []) relations[fk.reference.resource] = typed.get(fk.reference.resource === '' ? r.name : fk.reference.resource) ?? [];
    const table = await Table.load(join(dir, r.path), { schema: r.schema, ...CSV_DIALECT });
    const rows = await table.read({ forceCast: true, relations });
    rows.forEach((row, i) => {
      if (row instanceof Error) {
        const inner = (row as Error & { errors?: Error[] }).errors;
        problems.push(`${r.path} row ${i + 2}: ${row.message}${inner?.length ? ` (${inner.map((e) => e.message).join('; ')})` : ''}`);
      }
    });
  }
  return problems;
}

/** A CSV file's rows as objects of text, read by a strict RFC 4180 reader. */
export function readCsv(path: string): Array<Record<string, string>> {
  const { parse } = require('csv-parse/sync') as { parse: (s: string, o: object) => Array<Record<string, string>> };
  return parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n', bom: false });
}
