// A clerk's walkthrough in Indonesian: every human output names what `show` and `report expiring` name
// (partners by name, countries by name with the code), and the header line says the report and the
// uncommitted changes in the reader's language. JSON and CSV keep the machine values.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, git, REPO, runCli } from './helpers.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22'];

describe('the header line', () => {
  it('names the report in the reader\'s language (Indonesian: not the English command words)', async () => {
    const dir = exampleRegister();
    const cases: Array<[string[], string, string]> = [
      [['report', 'expiring'], 'expiring', 'akan berakhir'],
      [['report', 'inactive'], 'inactive', 'tidak aktif'],
      [['report', 'coverage'], 'coverage', 'cakupan'],
      [['report', 'summary'], 'summary', 'ringkasan'],
      [['list', 'agreements'], 'list agreements', 'daftar perjanjian'],
      [['list', 'partners'], 'list partners', 'daftar mitra'],
      [['show', 'shizuoka'], 'show shizuoka', 'rincian shizuoka'],
    ];
    for (const [args, en, id] of cases) {
      for (const format of ['table', 'markdown']) {
        const idOut = (await runCli([...args, ...AS_OF, '--lang', 'id', '--format', format], { cwd: dir })).stdout;
        const line = idOut.split('\n').find((l) => l.includes(' · per ')) ?? '';
        expect(line.replace(/^_/, '')).toMatch(new RegExp(`^${id} · per `));
        const enOut = (await runCli([...args, ...AS_OF, '--lang', 'en', '--format', format], { cwd: dir })).stdout;
        const enLine = enOut.split('\n').find((l) => l.includes(' · as of ')) ?? '';
        expect(enLine.replace(/^_/, '')).toMatch(new RegExp(`^${en} · as of `));
      }
      // JSON keeps the machine value.
      const json = JSON.parse((await runCli([...args, ...AS_OF, '--lang', 'id', '--format', 'json'], { cwd: dir })).stdout) as { report: string };
      expect(json.report).toBe(en);
    }
  });

  it('says uncommitted changes in words in both languages; JSON keeps +changes', async () => {
    const dir = exampleRegister();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'data', 'partners', 'shizuoka.yaml'), '# changed\n' + readFileSync(join(dir, 'data', 'partners', 'shizuoka.yaml'), 'utf8'));
    const head = git(dir, 'rev-parse', 'HEAD').trim().slice(0, 12);
    for (const [lang, words] of [['id', '+ perubahan belum di-commit'], ['en', '+ uncommitted changes']] as const) {
      for (const format of ['table', 'markdown']) {
        const out = (await runCli(['report', 'expiring', ...AS_OF, '--lang', lang, '--format', format, '--no-cache'], { cwd: dir })).stdout;
        expect(out).not.toContain('+changes');
        expect(out.replace(/\s+/g, ' ')).toContain(`@ ${head}`);
        expect(out.replace(/\s+/g, ' ')).toContain(words);
      }
    }
    const json = JSON.parse((await runCli(['report', 'expiring', ...AS_OF, '--format', 'json', '--no-cache'], { cwd: dir })).stdout) as { commit: string };
    expect(json.commit).toMatch(/\+changes$/);
    // The workbook's provenance sheet says the same as the header line.
    const out = join(dir, 'expiring.xlsx');
    expect((await runCli(['report', 'expiring', ...AS_OF, '--lang', 'id', '--format', 'xlsx', '--output', out, '--no-cache'], { cwd: dir })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Asal data');
    const rows = new Map<string, string>();
    sheet?.eachRow((row) => { rows.set(String(row.getCell(1).value), String(row.getCell(2).value)); });
    expect(rows.get('laporan')).toBe('akan berakhir');
    expect(rows.get('commit')).toBe(`${head} + perubahan belum di-commit`);
  });
});

describe('partners by name, as show and report expiring name them', () => {
  it('list agreements: names in the table and Markdown, ids in JSON and CSV', async () => {
    const dir = exampleRegister();
    for (const lang of ['en', 'id']) {
      for (const format of ['table', 'markdown']) {
        const out = (await runCli(['list', 'agreements', ...AS_OF, '--lang', lang, '--format', format], { cwd: dir })).stdout;
        expect(out.replace(/\s+/g, ' ')).toContain('Prefektur Shizuoka (shizuoka)');
      }
    }
    const json = JSON.parse((await runCli(['list', 'agreements', ...AS_OF, '--format', 'json'], { cwd: dir })).stdout) as { records: Array<{ id: string; partners: string[] }> };
    expect(json.records.find((r) => r.id === 'jabar-shizuoka-pks-bahasa-2024')?.partners).toEqual(['shizuoka']);
    const csv = (await runCli(['list', 'agreements', ...AS_OF, '--format', 'csv'], { cwd: dir })).stdout;
    expect(csv).not.toContain('Prefektur Shizuoka (shizuoka)');
  });

  it('report coverage: names in the table and Markdown, ids in JSON and CSV', async () => {
    const dir = exampleRegister();
    for (const lang of ['en', 'id']) {
      for (const format of ['table', 'markdown']) {
        const out = (await runCli(['report', 'coverage', ...AS_OF, '--lang', lang, '--format', format], { cwd: dir })).stdout;
        expect(out.replace(/\s+/g, ' ')).toContain('Prefektur Shizuoka (shizuoka)');
      }
    }
    const json = JSON.parse((await runCli(['report', 'coverage', ...AS_OF, '--format', 'json'], { cwd: dir })).stdout) as { rows: Array<{ key: string; partners: string[]; countries: string[] }> };
    const culture = json.rows.find((r) => r.key === 'kebudayaan');
    expect(culture?.partners).toContain('shizuoka');
    expect(culture?.countries).toContain('JP');
    expect(Object.keys(culture ?? {})).not.toContain('partnerNames');
    expect(Object.keys(json)).not.toContain('partnerNames');
    const csv = (await runCli(['report', 'coverage', ...AS_OF, '--format', 'csv'], { cwd: dir })).stdout;
    expect(csv).not.toContain('Prefektur');
  });
});

describe('countries by name, as show names them', () => {
  const human = async (args: string[], lang: string, format: string): Promise<string> =>
    (await runCli([...args, ...AS_OF, '--lang', lang, '--format', format], { cwd: exampleRegister() })).stdout.replace(/\s+/g, ' ');
  for (const args of [['report', 'summary'], ['report', 'inactive'], ['report', 'coverage'], ['report', 'coverage', '--by', 'country']]) {
    it(`${args.join(' ')}: Jepang (JP) / Japan (JP) in the table and Markdown`, async () => {
      for (const format of ['table', 'markdown']) {
        expect(await human(args, 'id', format)).toContain('Jepang (JP)');
        expect(await human(args, 'en', format)).toContain('Japan (JP)');
      }
    });
  }
  it('show names the country the same way', async () => {
    expect(await human(['show', 'shizuoka'], 'id', 'table')).toContain('Jepang (JP)');
  });
  it('JSON keeps the codes', async () => {
    const dir = exampleRegister();
    const summary = JSON.parse((await runCli(['report', 'summary', ...AS_OF, '--format', 'json'], { cwd: dir })).stdout) as { partnersByCountry: Record<string, number> };
    expect(Object.keys(summary.partnersByCountry)).toContain('JP');
    const inactive = (await runCli(['report', 'inactive', ...AS_OF, '--format', 'csv'], { cwd: dir })).stdout;
    expect(inactive).not.toContain('Japan (JP)');
  });
});

describe('a federation\'s partners, countries by name', () => {
  it('aggregate partners: Jepang (JP) in the partners table and in a candidate\'s evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kerjasama-names-'));
    cpSync(join(REPO, 'test', 'fixtures', 'federation'), dir, { recursive: true });
    rmSync(join(dir, 'federation.lock'), { force: true });
    try {
      const id = (await runCli(['aggregate', 'partners', '--as-of', '2026-06-01', '--lang', 'id'], { cwd: dir })).stdout.replace(/\s+/g, ' ');
      expect(id).toMatch(/│ Jepang \(JP\) +│/);
      // The evidence said it so already; it now uses the same function.
      expect(id).toContain('keduanya di Jepang (JP)');
      const en = (await runCli(['aggregate', 'partners', '--as-of', '2026-06-01', '--lang', 'en'], { cwd: dir })).stdout.replace(/\s+/g, ' ');
      expect(en).toMatch(/│ Japan \(JP\) +│/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
