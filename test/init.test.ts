// kerjasama init and kerjasama schema: a new register validates clean on the day it is made (whatever that
// day is), its workflow is valid YAML with only pinned actions, its schemas work without the network, and
// init writes nothing at all when anything it would write exists.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/cli/version.js';
import { isValidDate } from '../src/model/dates.js';
import { PINNED_ACTIONS } from '../src/scaffold/workflow.js';
import { diagnosticsOf, git as gitIn, gitRepo, REPO, runCli } from './helpers.js';

const made: string[] = [];
afterAll(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kerjasama-init-'));
  made.push(d);
  return d;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

async function initIn(args: string[], now = '2026-11-22T03:00:00Z'): Promise<{ dir: string; parent: string; code: number; stdout: string; stderr: string }> {
  const parent = tempDir();
  const r = await runCli(['init', 'reg', ...args], { cwd: parent, now });
  return { dir: join(parent, 'reg'), parent, ...r };
}

const EXPECTED_FILES = [
  '.github/workflows/kerjasama-remind.yml',
  '.github/workflows/kerjasama.yml',
  '.gitignore',
  '.pre-commit-config.yaml',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'README.md',
  'data/activities/contoh-rapat-kitahama.yaml',
  'data/agreements/contoh-mou-kitahama.yaml',
  'data/partners/contoh-kitahama.yaml',
  'data/partners/tanjung-harapan.yaml',
  'kerjasama.yaml',
  'package.json',
  'schemas/activity.schema.json',
  'schemas/agreement.schema.json',
  'schemas/config.schema.json',
  'schemas/partner.schema.json',
];

describe('kerjasama init', () => {
  it('makes a register that validates with no errors and no warnings on the day', async () => {
    const { dir, code, stdout, stderr } = await initIn(['--name', 'Kabupaten Tanjung Harapan']);
    // Only the note that the register's language was taken by default (no --language, no terminal).
    expect(stderr).toMatch(/^kerjasama: the register is in Bahasa Indonesia [^\n]*\n$/);
    expect(code).toBe(0);
    expect(filesUnder(dir)).toEqual(EXPECTED_FILES);
    // The register is in Indonesian (the default), and so is what init says.
    expect(stdout).toContain('hapus atau ganti dengan data sebenarnya');
    const config = parse(readFileSync(join(dir, 'kerjasama.yaml'), 'utf8'));
    expect(config).toEqual({ schema_version: 1, name: 'Register Kerja Sama Kabupaten Tanjung Harapan', owner: 'tanjung-harapan', language: 'id', timezone: 'Asia/Jakarta' });
    expect(parse(readFileSync(join(dir, 'data/partners/tanjung-harapan.yaml'), 'utf8'))).toMatchObject({ type: 'regency', country: 'ID' });
    // The three examples say so, in the data and in a comment.
    for (const f of EXPECTED_FILES.filter((f) => f.includes('contoh-'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(parse(text).example, f).toBe(true);
      expect(text.split('\n')[1]?.startsWith('# CONTOH:'), f).toBe(true);
    }
    // Every record and kerjasama.yaml starts with a schema modeline that resolves to the copied schema.
    for (const f of EXPECTED_FILES.filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))) {
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(join(dir, f), 'utf8'));
      expect(m, f).not.toBeNull();
      expect(existsSync(join(dir, f, '..', m?.[1] ?? '')), f).toBe(true);
    }
    // package.json pins this version of kerjasama as a dev dependency.
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({ private: true, devDependencies: { kerjasama: VERSION } });
    const r = await runCli(['validate', '--strict'], { cwd: dir, now: '2026-11-22T03:00:00Z' });
    expect(r.stdout).toContain('tidak ada masalah pada 4 berkas data');
    expect(r.code).toBe(0);
  });

  it('validates clean whatever the day, the kind of region and the language', async () => {
    const day = fc.integer({ min: 0, max: 365 * 120 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(day, fc.constantFrom('Provinsi Jawa Tengah', 'Kabupaten Sumba Barat Daya', 'Kota Bogor', 'Bali'), fc.constantFrom('id', 'en'), async (asOf, name, lang) => {
        const { dir, code, stderr } = await initIn(['--name', name, '--language', lang, '--as-of', asOf]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(await diagnosticsOf(dir, ['--as-of', asOf])).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 25, examples: [['2028-02-29', 'Kota Bogor', 'en'], ['2026-08-31', 'Provinsi Jawa Tengah', 'id'], ['2027-03-31', 'Bali', 'id']] },
    );
  });

  it('writes a workflow that is valid YAML, uses only actions pinned to full commit SHAs, and runs real commands', async () => {
    const { dir } = await initIn(['--name', 'Provinsi Nusa Tenggara Barat', '--owner', 'ntb', '--language', 'en']);
    const text = readFileSync(join(dir, '.github/workflows/kerjasama.yml'), 'utf8');
    const wf = parse(text) as { on: Record<string, unknown>; jobs: Record<string, { permissions?: Record<string, string>; steps: Array<{ uses?: string; run?: string }> }> };
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    // Each pin carries its version as a comment, so a reader (and Dependabot) can tell what it is.
    for (const line of text.split('\n').filter((l) => l.includes('uses:'))) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(new Set(uses)).toEqual(new Set(Object.values(PINNED_ACTIONS).map((a) => a.uses)));
    const runs = steps.flatMap((s) => (s.run ? [s.run] : [])).join('\n');
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs).toContain('./node_modules/.bin/kerjasama validate --format github');
    expect(runs).toContain('./node_modules/.bin/kerjasama diff HEAD^1 --format markdown');
    expect(runs).not.toContain('npx');
    // Node 24 (LTS) for the jobs; the actions themselves are the Node 24 majors.
    expect(text).toContain('node-version: 24');
    expect(PINNED_ACTIONS.checkout.version).toMatch(/^v5\./);
    expect(PINNED_ACTIONS.setupNode.version).toMatch(/^v6\./);
    // Pages: upload-pages-artifact v5 (its actions/upload-artifact is v7, node24) and deploy-pages v5 (node24);
    // v3/v4 of these ran on Node 20, which GitHub's runners retire.
    expect(PINNED_ACTIONS.uploadPages.version).toMatch(/^v5\./);
    expect(PINNED_ACTIONS.deployPages.version).toMatch(/^v5\./);
    expect(wf.jobs['describe-change']?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    // The validate step's command works on the register init made.
    const gh = await runCli(['validate', '--format', 'github'], { cwd: dir, now: '2026-11-22T03:00:00Z', env: { GITHUB_ACTIONS: '' } });
    expect(gh.code).toBe(0);
  });

  it('copies self-contained schemas that editors can use offline, and maps them in .vscode/settings.json', async () => {
    const { dir } = await initIn(['--name', 'Kota Bogor', '--language', 'en']);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
    const kinds = { partners: 'partner', agreements: 'agreement', activities: 'activity' } as const;
    for (const [schemaPath, globs] of Object.entries(settings['yaml.schemas'])) {
      expect(existsSync(join(dir, schemaPath)), schemaPath).toBe(true);
      expect(globs.length).toBeGreaterThan(0);
    }
    for (const [folder, kind] of Object.entries(kinds)) expect(settings['yaml.schemas'][`./schemas/${kind}.schema.json`]).toContain(`data/${folder}/**/*.yaml`);

    // A fresh validator with nothing else loaded: every $ref must resolve inside the file itself.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('partial-date', { type: 'string', validate: isValidDate });
    ajv.addFormat('partial-date-or-unknown', { type: 'string', validate: (x: string) => x === 'unknown' || isValidDate(x) });
    ajv.addFormat('uri', true);
    ajv.addFormat('email', true);
    const check = (kind: string, file: string): unknown[] => {
      const schema = JSON.parse(readFileSync(join(dir, 'schemas', `${kind}.schema.json`), 'utf8'));
      expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"(?!#)/);
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      return validate(parse(readFileSync(file, 'utf8'))) ? [] : (validate.errors ?? []);
    };
    expect(check('config', join(dir, 'kerjasama.yaml'))).toEqual([]);
    for (const [folder, kind] of Object.entries(kinds)) {
      for (const f of readdirSync(join(dir, 'data', folder))) expect(check(kind, join(dir, 'data', folder, f)), f).toEqual([]);
      // The same schema also rejects what the tool rejects: a record without its required fields.
      const schema = JSON.parse(readFileSync(join(dir, 'schemas', `${kind}.schema.json`), 'utf8'));
      expect((ajv.getSchema(schema.$id) ?? ajv.compile(schema))({ notes: 'x' }), kind).toBe(false);
    }
  });

  it('writes nothing at all when one of its files exists, and lists what is in the way', async () => {
    const dir = join(tempDir(), 'reg');
    mkdirSync(join(dir, 'data', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'README.md'), 'our own readme\n');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    const r = await runCli(['init', '--name', 'Kota Bogor'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('init writes nothing');
    expect(r.stderr).toContain('  README.md\n');
    expect(r.stderr).toContain('  .gitignore\n');
    expect(filesUnder(dir)).toEqual(['.gitignore', 'README.md']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('our own readme\n');
  });

  it('refuses when a file stands where one of its folders goes', async () => {
    const dir = join(tempDir(), 'reg');
    mkdirSync(dir);
    writeFileSync(join(dir, 'data'), 'not a folder');
    const r = await runCli(['init', '--name', 'Kota Bogor'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  data\n');
    expect(filesUnder(dir)).toEqual(['data']);
  });

  it('is fine with an existing folder that holds other things (a fresh git clone)', async () => {
    const dir = join(tempDir(), 'reg');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
    const r = await runCli(['init', '.', '--name', 'Kota Bogor'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('git init');
    expect(existsSync(join(dir, 'kerjasama.yaml'))).toBe(true);
  });

  it('without a terminal, says which flags to pass; --yes takes the defaults', async () => {
    const parent = tempDir();
    const r = await runCli(['init', 'reg'], { cwd: parent });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name');
    // --owner follows from --name: not asked for beside it.
    expect(r.stderr).not.toContain('--owner');
    expect(r.stderr).toContain('--yes');
    expect(existsSync(join(parent, 'reg'))).toBe(false);
    const y = await runCli(['init', 'reg', '--yes'], { cwd: parent });
    expect(y.code).toBe(0);
    expect(parse(readFileSync(join(parent, 'reg', 'kerjasama.yaml'), 'utf8'))).toMatchObject({ owner: 'contoh', language: 'id' });
  });

  it('without --language, the register is in Bahasa Indonesia whatever LANG says, and init says so plainly in the language it speaks, with how to choose English', async () => {
    // LANG is the machine's (often English, or unset, on whoever sets the register up); the register is the
    // bureau's, for everyone who uses it: its default stays id, and init says which it chose and how to change it.
    const parent = tempDir();
    const en = await runCli(['init', 'reg', '--yes', '--name', 'Kota Bogor'], { cwd: parent });
    expect(en.code, en.stderr).toBe(0);
    expect(parse(readFileSync(join(parent, 'reg', 'kerjasama.yaml'), 'utf8'))).toMatchObject({ language: 'id' });
    expect(en.stderr).toContain('kerjasama: the register is in Bahasa Indonesia (language: id in kerjasama.yaml, the default):');
    expect(en.stderr).toContain('--language en');
    const id = await runCli(['init', 'reg-id', '--yes', '--name', 'Kota Bogor'], { cwd: parent, env: { LANG: 'id_ID.UTF-8' } });
    expect(id.stderr).toContain('kerjasama: register ini berbahasa Indonesia (language: id di kerjasama.yaml, bawaan):');
    // Chosen with --language: nothing to say.
    const chosen = await runCli(['init', 'reg-chosen', '--yes', '--name', 'Kota Bogor', '--language', 'id'], { cwd: parent });
    expect(chosen.stderr).not.toContain('language: id');
  });

  it('asks on a terminal, suggesting the owner id and the kind of region from the name', async () => {
    const parent = tempDir();
    const r = await runCli(['init', 'reg'], { cwd: parent, answers: ['Kabupaten Sumba Barat Daya', '', '', 'EN', 'Asia/Bandung', 'Asia/Makassar', ''] });
    expect(r.code).toBe(0);
    expect(r.questions).toEqual([
      "The region's name (e.g. Kabupaten Tanjung Harapan): ",
      "The region's partner id [sumba-barat-daya]: ",
      'Is it a province, regency or city (province, regency, city) [regency]: ',
      "The register's language, for its files, messages and reports, whoever uses it (id, en) [id]: ",
      'Time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura) [Asia/Jakarta]: ',
      'Time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura) [Asia/Jakarta]: ',
      "Add your region's own details now (other names, region, website, sources …)? [y/N] ",
    ]);
    expect(r.stderr).toContain('IANA time zone');
    const config = parse(readFileSync(join(parent, 'reg', 'kerjasama.yaml'), 'utf8'));
    expect(config).toEqual({ schema_version: 1, name: 'Kabupaten Sumba Barat Daya cooperation register', owner: 'sumba-barat-daya', language: 'en', timezone: 'Asia/Makassar' });
    expect(await diagnosticsOf(join(parent, 'reg'))).toEqual([]);
  });

  it('--no-examples: only the own region, ready for real records; the register still validates', async () => {
    const parent = tempDir();
    const r = await runCli(['init', 'reg', '--yes', '--no-examples', '--name', 'Provinsi Nusa Tenggara Barat', '--language', 'en'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    const dir = join(parent, 'reg');
    expect(readdirSync(join(dir, 'data/partners'))).toEqual(['nusa-tenggara-barat.yaml']);
    expect(existsSync(join(dir, 'data/agreements'))).toBe(false);
    expect(r.stdout).not.toContain('example: true');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).not.toContain('Examples to delete');
    // validate's hints name docs/data-model.md, docs/sectors.md …, which are not in the register: the README says where they are.
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('The `docs/…` pages that validate\'s hints name (docs/data-model.md, docs/sectors.md, docs/errors.md) are in the kerjasama documentation:');
    const v = await runCli(['validate', '--strict'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
  });

  it('writes every note of an Indonesian register in Indonesian, the .gitignore too (it was English)', async () => {
    const parent = tempDir();
    const r = await runCli(['init', 'reg', '--yes', '--name', 'Kota Bogor', '--language', 'id'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    const ignore = readFileSync(join(parent, 'reg/.gitignore'), 'utf8');
    expect(ignore).toContain('# alat kerjasama, dipasang dari package.json\nnode_modules/\n');
    expect(ignore).not.toMatch(/\b(the|what|installed)\b/);
    // The site kerjasama site writes by default is made again from the records, never committed.
    expect(ignore).toContain('\n/_site/\n');
    // The workflows too: their comments, step names and annotations (they were English); the same jobs and
    // steps as the English ones, and shell that parses.
    const english = await runCli(['init', 'reg-en', '--yes', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent });
    expect(english.code, english.stderr).toBe(0);
    for (const file of ['.github/workflows/kerjasama.yml', '.github/workflows/kerjasama-remind.yml']) {
      const text = readFileSync(join(parent, 'reg', file), 'utf8');
      const comments = text.split('\n').filter((l) => /^\s*#/.test(l)).join('\n');
      expect(comments, file).not.toMatch(/\b(the|is|are|when|runs)\b/);
      type Workflow = { name: string; jobs: Record<string, { steps: Array<{ name?: string; run?: string }> }> };
      const [id, en] = [parse(text) as Workflow, parse(readFileSync(join(parent, 'reg-en', file), 'utf8')) as Workflow];
      const names = Object.values(id.jobs).flatMap((j) => j.steps.flatMap((s) => (s.name ? [s.name] : [])));
      for (const n of names) expect(n).not.toMatch(/\b(the|this|Install|Validate|Build|Send)\b/);
      const shape = (w: Workflow): string[] => Object.entries(w.jobs).flatMap(([k, j]) => j.steps.map((s) => `${k}:${s.name === undefined}:${s.run === undefined}`));
      expect(shape(id)).toEqual(shape(en));
      const runs = Object.values(id.jobs).flatMap((j) => j.steps.flatMap((s) => (s.run ? [s.run] : [])));
      for (const run of runs) expect(spawnSync('bash', ['-n', '-c', run]).status, run).toBe(0);
      expect(runs.join('\n')).not.toMatch(/::(error|notice) title=kerjasama::[^"]*\b(the|could not)\b/);
    }
  });

  it("the own region's details from --owner-… flags, or asked on a terminal; its note names only what is left", async () => {
    const parent = tempDir();
    const r = await runCli(['init', 'reg', '--yes', '--name', 'Provinsi Nusa Tenggara Barat', '--language', 'en', '--owner-aliases', 'NTB, Pemprov NTB', '--owner-region', 'Nusa Tenggara',
      '--owner-website', 'https://ntbprov.go.id', '--owner-source', 'https://ntbprov.go.id/profil'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    const owner = readFileSync(join(parent, 'reg/data/partners/nusa-tenggara-barat.yaml'), 'utf8');
    expect(parse(owner)).toEqual({ name: 'Provinsi Nusa Tenggara Barat', aliases: ['NTB', 'Pemprov NTB'], type: 'province', country: 'ID', region: 'Nusa Tenggara', website: 'https://ntbprov.go.id', sources: ['https://ntbprov.go.id/profil'], notes: 'Our own region (owner in kerjasama.yaml). Complete it: contacts.' });
    const bad = await runCli(['init', 'reg2', '--yes', '--owner-website', 'ntbprov.go.id'], { cwd: parent });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ntbprov.go.id');
    expect(existsSync(join(parent, 'reg2'))).toBe(false);
    const asked = await runCli(['init', 'reg3', '--language', 'en'], { cwd: parent, answers: ['Kota Mataram', '', '', '', 'y', '', 'Mataram City', 'Lombok', '', '', '', ''] });
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.questions?.slice(4)).toEqual([
      "Add your region's own details now (other names, region, website, sources …)? [y/N] ",
      'Name in its own language and script (optional, Enter to skip): ',
      'Other names and spellings, comma-separated (optional, Enter to skip): ',
      'Region (optional, Enter to skip): ',
      'Identifiers: kemendagri=… (kode wilayah), iso3166_2=… (a foreign region), wikidata=Q… (optional, Enter to skip): ',
      'Website (optional, Enter to skip): ',
      'A source: a web address, or a citation such as a letter number (optional, Enter to skip): ',
      'Notes (open or disputed facts) (optional, Enter to skip): ',
    ]);
    expect(parse(readFileSync(join(parent, 'reg3/data/partners/mataram.yaml'), 'utf8'))).toMatchObject({ aliases: ['Mataram City'], region: 'Lombok' });
  });

  it("--name is the region's name: the words init adds to make the register's name are not doubled when given (either language)", async () => {
    // A reviewer typed the register's name and got "Register Kerja Sama Register Kerja Sama …", an owner
    // partner named so and an owner id register-kerja-sama-….
    const cases: Array<[string, string, string, string, string]> = [
      ['Register Kerja Sama Kabupaten Sleman', 'id', 'Register Kerja Sama Kabupaten Sleman', 'sleman', 'Kabupaten Sleman'],
      ['register kerjasama Kabupaten Sleman', 'id', 'Register Kerja Sama Kabupaten Sleman', 'sleman', 'Kabupaten Sleman'],
      ['Kabupaten Sleman cooperation register', 'en', 'Kabupaten Sleman cooperation register', 'sleman', 'Kabupaten Sleman'],
      ['Register Kerja Sama Provinsi Nusa Tenggara Barat', 'en', 'Provinsi Nusa Tenggara Barat cooperation register', 'nusa-tenggara-barat', 'Provinsi Nusa Tenggara Barat'],
      // "Daerah" is the region's own word here, not the tool's.
      ['Register Kerja Sama Daerah Istimewa Yogyakarta', 'id', 'Register Kerja Sama Daerah Istimewa Yogyakarta', 'daerah-istimewa-yogyakarta', 'Daerah Istimewa Yogyakarta'],
    ];
    for (const [given, language, registerName, owner, region] of cases) {
      const parent = tempDir();
      const r = await runCli(['init', 'reg', '--yes', '--name', given, '--language', language], { cwd: parent });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, given).toContain(`"${region}"`);
      expect(r.stderr, given).toContain(language === 'en' ? "--name is the region's name" : '--name diisi nama daerah');
      const config = parse(readFileSync(join(parent, 'reg', 'kerjasama.yaml'), 'utf8'));
      expect(config, given).toMatchObject({ name: registerName, owner });
      expect(parse(readFileSync(join(parent, 'reg', `data/partners/${owner}.yaml`), 'utf8')).name, given).toBe(region);
    }
    // A name that is the region's needs no note.
    const plain = await initIn(['--name', 'Kabupaten Sleman', '--language', 'id']);
    expect(plain.stderr).toBe('');
    // Nothing left once the tool's words are taken off: refused, naming the right form; nothing written.
    const parent = tempDir();
    const bare = await runCli(['init', 'reg', '--yes', '--name', 'Register Kerja Sama'], { cwd: parent });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--name "Kabupaten Sleman"');
    expect(readdirSync(parent)).toEqual([]);
    const bareId = await runCli(['init', 'reg', '--yes', '--lang', 'id', '--name', 'Register Kerja Sama'], { cwd: parent });
    expect(bareId.stderr).toContain('diisi nama daerah');
    // Answered on a terminal: the same, and the owner id suggested from the region's name.
    const asked = await runCli(['init', 'reg'], { cwd: parent, answers: ['Register Kerja Sama Kabupaten Sumba Barat Daya', '', '', '', '', ''] });
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.questions?.[1]).toBe("The region's partner id [sumba-barat-daya]: ");
    expect(parse(readFileSync(join(parent, 'reg', 'kerjasama.yaml'), 'utf8'))).toMatchObject({ name: 'Register Kerja Sama Kabupaten Sumba Barat Daya' });
  });

  it('rejects a bad owner id or time zone before writing anything', async () => {
    const parent = tempDir();
    const a = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--owner', 'Kota Bogor'], { cwd: parent });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--owner must be an id');
    const b = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--timezone', 'WIB'], { cwd: parent });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--timezone');
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('kerjasama schema', () => {
  it('prints each schema self-contained, equivalent to the files in schemas/ on the bundled register', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('partial-date', { type: 'string', validate: isValidDate });
    ajv.addFormat('partial-date-or-unknown', { type: 'string', validate: (x: string) => x === 'unknown' || isValidDate(x) });
    ajv.addFormat('uri', true);
    ajv.addFormat('email', true);
    const folders = { partner: 'partners', agreement: 'agreements', activity: 'activities' } as const;
    for (const [kind, folder] of Object.entries(folders)) {
      const r = await runCli(['schema', kind]);
      expect(r.code).toBe(0);
      const schema = JSON.parse(r.stdout);
      expect(r.stdout).not.toContain('defs.schema.json#');
      const validate = ajv.compile({ ...schema, $id: `bundled-${kind}` });
      for (const f of readdirSync(join(REPO, 'data', folder))) expect(validate(parse(readFileSync(join(REPO, 'data', folder, f), 'utf8'))), f).toBe(true);
    }
  });

  it('lists the names without one, and rejects an unknown name', async () => {
    const list = await runCli(['schema']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').slice(0, 4).map((l) => l.split(' ')[0])).toEqual(['partner', 'agreement', 'activity', 'config']);
    const bad = await runCli(['schema', 'agreements']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('partner, agreement, activity, config');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('defines kerjasama-validate: what is staged, the whole register, on every commit', async () => {
    const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h['id'] === 'kerjasama-validate');
    expect(hook).toMatchObject({ entry: 'kerjasama validate --staged --quiet', language: 'node', pass_filenames: false, always_run: true, verbose: true });
    // The package the hook installs provides the command the entry names.
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(String(hook?.['entry']).split(' ')[0]);
  });

  it('init writes a local hook that runs the installed tool the same way', async () => {
    const { dir } = await initIn(['--name', 'Kota Bogor', '--language', 'en']);
    const config = parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; hooks: Array<Record<string, unknown>> }> };
    expect(config.repos[0]?.repo).toBe('local');
    expect(config.repos[0]?.hooks[0]).toMatchObject({ id: 'kerjasama-validate', entry: 'node_modules/.bin/kerjasama validate --staged --quiet', language: 'system', pass_filenames: false, always_run: true, verbose: true });
  });

  it('without --tool, pins what the lockfile of the project it runs from recorded: a tarball (relative to the register), a git URL and commit', async () => {
    const project = tempDir();
    const root = join(project, 'node_modules', 'kerjasama');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'kerjasama', version: VERSION }));
    writeFileSync(join(project, `kerjasama-${VERSION}.tgz`), '');
    const lock = (resolved: string): void => writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/kerjasama': { version: VERSION, resolved } } }));
    lock(`file:kerjasama-${VERSION}.tgz`);
    const parent = tempDir();
    let r = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent, toolRoot: root });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'reg/package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `file:${relative(join(parent, 'reg'), join(project, `kerjasama-${VERSION}.tgz`))}` });
    expect(r.stdout).toContain('package.json installs kerjasama from: file:');
    // A git URL at a commit (npm records the commit): pinned as it is, once git reaches the repository.
    const repo = gitRepo({ 'package.json': '{"name":"kerjasama"}\n' });
    const commit = gitIn(repo, 'rev-parse', 'HEAD').trim();
    lock(`git+file://${repo}#${commit}`);
    r = await runCli(['init', 'reg2', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent, toolRoot: root });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'reg2/package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `git+file://${repo}#${commit}` });
    // Tagged: the tag's name instead of the commit.
    gitIn(repo, 'tag', '-a', `v${VERSION}`, '-m', 'release');
    r = await runCli(['init', 'reg3', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent, toolRoot: root });
    expect(JSON.parse(readFileSync(join(parent, 'reg3/package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `git+file://${repo}#v${VERSION}` });
    // A clone of kerjasama (this checkout) at a commit that is no release tag: nothing written, the choices listed.
    r = await runCli(['init', 'reg4', '--name', 'Kota Bogor', '--language', 'id'], { cwd: parent, toolRoot: REPO });
    if (!gitIn(REPO, 'tag', '--points-at', 'HEAD').trim()) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('init tidak menulis apa pun: kerjasama ini berjalan dari salinan repositori');
      expect(r.stderr).toContain(`--tool ./kerjasama-${VERSION}.tgz`);
      // Each choice whole on a line of its own, to copy: no column that a long URL pushes out of line.
      expect(r.stderr.split('\n').filter((l) => l.includes('--tool ') && !l.includes('Sebutkan'))).toEqual([`      --tool ${VERSION}`, `      --tool git+https://HOST/OWNER/kerjasama.git#v${VERSION}`, `      --tool ./kerjasama-${VERSION}.tgz`]);
      expect(existsSync(join(parent, 'reg4'))).toBe(false);
    }
  });

  it('init --tool takes an npm spec as it is, and a local tarball path as file: relative to the register', async () => {
    // A git URL is pinned as given once git reaches it and finds its tag; otherwise nothing is written.
    const repo = gitRepo({ 'package.json': '{"name":"kerjasama","version":"9.9.9"}\n' });
    gitIn(repo, 'tag', 'v9.9.9');
    const git = await initIn(['--name', 'Kota Bogor', '--language', 'en', '--tool', `git+file://${repo}#v9.9.9`]);
    expect(JSON.parse(readFileSync(join(git.dir, 'package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `git+file://${repo}#v9.9.9` });
    for (const [spec, why] of [[`git+file://${repo}#v9.9.8`, 'no branch or tag v9.9.8'], [`git+file://${repo}-gone#v9.9.9`, 'does not appear to be a git repository']]) {
      const bad = await runCli(['init', 'reg-bad', '--name', 'Kota Bogor', '--language', 'en', '--tool', spec as string], { cwd: git.parent });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`would install kerjasama from ${spec}, but git cannot get it there (`);
      expect(bad.stderr).toContain(why);
      expect(existsSync(join(git.parent, 'reg-bad'))).toBe(false);
    }
    // In an Indonesian run, the reason too is Indonesian.
    const badId = await runCli(['init', 'reg-bad', '--name', 'Kota Bogor', '--language', 'id', '--tool', `git+file://${repo}#v9.9.8`], { cwd: git.parent });
    expect(badId.stderr).toContain('(tidak ada cabang atau tag v9.9.8)');
    const parent = tempDir();
    writeFileSync(join(parent, 'kerjasama-9.9.9.tgz'), '');
    const r = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en', '--tool', './kerjasama-9.9.9.tgz'], { cwd: parent });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'reg/package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: 'file:../kerjasama-9.9.9.tgz' });
    const missing = await runCli(['init', 'reg2', '--name', 'Kota Bogor', '--tool', './nope.tgz'], { cwd: parent });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--tool ./nope.tgz: no such file or folder');
    expect(existsSync(join(parent, 'reg2'))).toBe(false);
  });
});

describe('docs/getting-started.md', () => {
  it('shows the real output of init, new, set and record-activity', async () => {
    const doc = readFileSync(join(REPO, 'docs/getting-started.md'), 'utf8');
    const blocks = [...doc.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] ?? '' }));
    const after = (needle: string, lang: string): string => {
      const i = blocks.findIndex((b) => b.body.includes(needle));
      const next = blocks.slice(i + 1).find((b) => b.lang === lang);
      if (i < 0 || !next) throw new Error(`no ${lang} block after ${needle}`);
      return next.body;
    };
    const parent = tempDir();
    const init = await runCli(['init', 'kerjasama-tanjung-harapan', '--name', 'Kabupaten Tanjung Harapan', '--language', 'en'], { cwd: parent });
    expect(init.stdout).toBe(after('init kerjasama-tanjung-harapan', 'text'));
    const dir = join(parent, 'kerjasama-tanjung-harapan');
    const partner = await runCli(['new', 'partner', '--name', 'Kota Minamihama', '--type', 'foreign_subnational', '--country', 'JP', '--region', 'Kyushu'], { cwd: dir });
    expect(partner.stdout).toBe(after('new partner --name', 'text'));
    const agreement = await runCli(['new', 'agreement', '--title', 'Tanjung Harapan–Minamihama, MoU kabupaten-kota kembar 2025', '--category', 'KSDPL', '--subform', 'kabupaten_kota_kembar', '--document-type', 'mou', '--partners', 'kota-minamihama', '--signed', '2025-10-14', '--end', '5y', '--sectors', 'pendidikan,pariwisata'], { cwd: dir });
    expect(agreement.stderr + agreement.stdout).toBe(after('new agreement --title', 'text'));
    expect(readFileSync(join(dir, agreement.stdout.trim()), 'utf8')).toBe(blocks.find((b) => b.lang === 'yaml' && b.body.startsWith('# yaml-language-server: $schema=../../schemas/agreement.schema.json\n\ntitle: Tanjung Harapan'))?.body);
    const activity = await runCli(['new', 'activity', '--title', 'Pertukaran pelajar SMA 2026', '--type', 'exchange', '--start', '2026-07-20', '--agreements', 'tanjung-harapan-minamihama-mou-2025', '--partners', 'kota-minamihma'], { cwd: dir });
    expect(activity.code).toBe(1);
    expect(blocks.find((b) => b.body.startsWith('$ npx kerjasama new activity'))?.body.split('\n').slice(2).join('\n')).toBe(activity.stderr);
    // Section 3: changing records.
    const set = await runCli(['set', 'tanjung-harapan-minamihama-mou-2025', 'signatures[kota-minamihama].number=MH-2025-117', 'approvals.dprd.number=170/9/KPTS/DPRD/2025', 'approvals.dprd.date=2025-06-20',
      'approvals.central.status=unknown', 'approvals.central.reason=The Kemendagri letter is not in the archive', '--yes'], { cwd: dir });
    expect(set.code).toBe(0);
    expect(set.stdout + set.stderr).toBe(after('npx kerjasama set tanjung-harapan-minamihama-mou-2025', 'text'));
    const act = await runCli(['record-activity', 'tanjung-harapan-minamihama-mou-2025', '--title', 'Kunjungan balasan Minamihama', '--type', 'visit', '--start', 'unknown', '--yes'], { cwd: dir });
    expect(act.code).toBe(0);
    expect(act.stdout + act.stderr).toBe(after('npx kerjasama record-activity tanjung-harapan', 'text'));
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
  });
});
