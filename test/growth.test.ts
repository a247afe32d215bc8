// Time growing about linearly with the input, for every parser of untrusted input (issue 27): YAML record
// files, workbooks, CSV files, git's output, and the stages that work on what they read (the site, diff).
// See test/growth.ts for how a loaded machine is kept from making these fail.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseText } from '../src/load/parse.js';
import { fastParse } from '../src/load/fastParse.js';
import { expectLinear, expectLinearAsync } from './growth.js';
import { cleanup, makeRegister } from './helpers.js';

afterAll(cleanup);

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('');

describe('YAML record files', () => {
  it('many distinct keys in one mapping', () => {
    expectLinear('distinct keys', (n) => `name: x\n${lines(n, (i) => `k${i}: ${i}\n`)}`, (t) => parseText(t, 'x.yaml'), 3000);
  });

  it('many duplicate keys in one mapping', () => {
    expectLinear('duplicate keys', (n) => `name: x\n${lines(n, (i) => `notes: ${i}\n`)}`, (t) => parseText(t, 'x.yaml'), 1500);
  });

  it('many nested mappings with duplicate keys', () => {
    expectLinear('duplicate keys in a list of mappings', (n) => `name: x\ncontacts:\n${lines(n, () => '  - name: a\n    name: b\n')}`, (t) => parseText(t, 'x.yaml'), 500);
  });

  it('many syntax errors', () => {
    expectLinear('stray brackets', (n) => `name: x\n${']'.repeat(n)}\n`, (t) => parseText(t, 'x.yaml'), 5000);
    expectLinear('keys then list items', (n) => `name: x\n${lines(n, () => 'k: v\n- x\n')}`, (t) => parseText(t, 'x.yaml'), 1000);
  });

  it('blank lines (found by the fast-check property in test/property.test.ts)', () => {
    expectLinear('lines of a space', (n) => ' \n'.repeat(n), (t) => parseText(t, 'x.yaml'), 2000);
    expectLinear('a record then lines of spaces', (n) => `name: x\n${'   \n'.repeat(n)}type: ngo\n`, (t) => parseText(t, 'x.yaml'), 2000);
  });

  it('nesting past the limit, in flow and on one line (refused by the lexer where it begins)', () => {
    expectLinear('flow nesting', (n) => `name: x\nnotes: ${'['.repeat(n)}\n`, (t) => parseText(t, 'x.yaml'), 5000);
    expectLinear('block sequences on one line', (n) => `name: x\naliases:\n${'- '.repeat(n)}x\n`, (t) => parseText(t, 'x.yaml'), 5000);
    expectLinear('explicit keys on one line', (n) => `name: x\n${'? '.repeat(n)}x\n`, (t) => parseText(t, 'x.yaml'), 5000);
  });

  it('the fast reader', () => {
    expectLinear('fast reader, distinct keys', (n) => `name: x\n${lines(n, (i) => `k${i}: ${i}\n`)}`, (t) => fastParse(t), 10_000, { floor: 5 });
    expectLinear('fast reader, duplicate keys', (n) => `name: x\n${lines(n, () => 'notes: a\n')}`, (t) => fastParse(t), 5000);
  });
});

/** A register where one partner has `k` agreements (separate partnerships) and `m` activities linked to it. */
function busyPartner(k: number, m: number): Record<string, string> {
  const files: Record<string, string> = { 'data/partners/osaka.yaml': 'name: Osaka\ntype: foreign_subnational\ncountry: JP\n' };
  for (let i = 0; i < k; i++) files[`data/agreements/osaka-mou-${i}.yaml`] = `title: MoU ${i}\ncategory: KSDPL\ndocument_type: mou\npartners: [osaka]\nsignatures: [{ party: ntb, date: 2020-01-${String(1 + (i % 28)).padStart(2, '0')} }, { party: osaka, date: 2020-01-${String(1 + (i % 28)).padStart(2, '0')} }]\nend: { term: ${1 + (i % 9)}y }\nstatus: active\napprovals: {dprd: {status: unknown, reason: test}, central: {status: unknown, reason: test}}\n`;
  for (let j = 0; j < m; j++) files[`data/activities/visit-${j}.yaml`] = `title: Visit ${j}\ntype: visit\npartners: [osaka]\nstart: ${2016 + (j % 10)}-${String(1 + (j % 12)).padStart(2, '0')}-${String(1 + (j % 28)).padStart(2, '0')}\n`;
  return files;
}

describe('the site', () => {
  it('a partner with 40 agreements and 3,600 activities: drawn, and the output grows with the records, not their product', async () => {
    const { loadRegister } = await import('../src/load/load.js');
    const { siteData } = await import('../src/report/siteData.js');
    const { renderSite } = await import('../src/render/site/index.js');
    const { coverageView } = await import('../src/view/coverage.js');
    const { day, parseDuration } = await import('../src/model/dates.js');
    const { createRequire } = await import('node:module');
    const world = createRequire(import.meta.url)('world-atlas/countries-110m.json');
    const bytes = (k: number, m: number): number => {
      const loaded = loadRegister(makeRegister(busyPartner(k, m)));
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const asOf = day('2026-11-22');
      const data = siteData(loaded.dataset, asOf, { within: parseDuration('1y') as never, since: parseDuration('2y') as never, validation: { errors: 0, warnings: 0 } });
      const coverage = coverageView({ ...data.coverage, matrix: null }, { report: 'coverage', asOf: '2026-11-22', register: 'r', considered: 0, unit: 'agreements_in_force', filters: [] }, 'en');
      let total = 0;
      for (const [path, text] of renderSite({ data, dataset: loaded.dataset, lang: 'en', asOf, register: 'r', version: '0', includePrivate: false, world, diagnostics: [], downloads: [], views: { coverage: { en: coverage, id: coverage } }, history: { unavailable: 'off' } }, new Map())) {
        if (path.includes('/agreements/') || path.includes('/partners/')) total += text.length;
      }
      return total;
    };
    const small = bytes(4, 360);
    const big = bytes(40, 3600);
    if (process.env['GROWTH_LOG']) console.log(`site: ${small} → ${big} bytes, ×${(big / small).toFixed(1)}`);
    expect(big / small, `${small} → ${big} bytes of agreement and partner pages`).toBeLessThan(30);
  }, 120_000);
});

describe('workbooks and CSV files', () => {
  it('a workbook: rows, and merged ranges', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { readSpreadsheet } = await import('../src/import/read.js');
    const { detectColumns } = await import('../src/import/columns.js');
    const dir = makeRegister({});
    const book = async (n: number, merges: boolean): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('S');
      ws.addRow(['No', 'Mitra', 'Negara', 'Judul', 'Tanggal', 'Keterangan']);
      for (let i = 0; i < n; i++) ws.addRow([i + 1, `Mitra ${i % 97}`, 'Jepang', `Kesepakatan ${i}`, `0${1 + (i % 9)}/0${1 + (i % 9)}/2020`, merges ? 'x' : `catatan ${i}`]);
      if (merges) for (let i = 0; i < n; i += 10) ws.mergeCells(`F${i + 2}:F${i + 3}`);
      const path = join(dir, `b-${n}-${merges}.xlsx`);
      await wb.xlsx.writeFile(path);
      return path;
    };
    const read = async (path: string): Promise<unknown> => detectColumns((await readSpreadsheet(path)).sheets[0]?.rows ?? []);
    await expectLinearAsync('workbook rows', (n) => book(n, false), read, 400, { runs: 3, floor: 20 });
    await expectLinearAsync('workbook merged ranges', (n) => book(n, true), read, 800, { runs: 3, floor: 20 });
  }, 180_000);

  it('a CSV file: rows, long cells, and a header row of brackets', async () => {
    const { readCsvBytes } = await import('../src/import/read.js');
    const { detectColumns } = await import('../src/import/columns.js');
    const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
    expectLinear('CSV rows', (n) => enc(`Mitra;Judul;Negara\n${lines(n, (i) => `Mitra ${i};"Kesepakatan; ${i}";Jepang\n`)}`), (b) => readCsvBytes(b, 'x.csv'), 2000);
    expectLinear('CSV long cells', (n) => enc(`Mitra,Judul\n${lines(20, () => `${'a'.repeat(n)},${'('.repeat(n)}\n`)}`), (b) => detectColumns(readCsvBytes(b, 'x.csv').sheets[0]?.rows ?? []), 1000);
  });
});

describe('diff', () => {
  /** A Map that counts how often it is walked whole. */
  class Counting<K, V> extends Map<K, V> {
    scans = 0;
    override values(): MapIterator<V> {
      this.scans++;
      return super.values();
    }
    override keys(): MapIterator<K> {
      this.scans++;
      return super.keys();
    }
    override entries(): MapIterator<[K, V]> {
      this.scans++;
      return super.entries();
    }
    override [Symbol.iterator](): MapIterator<[K, V]> {
      return this.entries();
    }
  }

  it('many removed records, each still referred to: the head is scanned as often for 500 as for 50', async () => {
    const { loadRegister } = await import('../src/load/load.js');
    const { diffReport } = await import('../src/report/diff.js');
    const { day, parseDuration } = await import('../src/model/dates.js');
    const scans = (n: number): number => {
      const base: Record<string, string> = {};
      const head: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        base[`data/partners/p${i}.yaml`] = `name: Partner ${i}\ntype: ngo\ncountry: ID\n`;
        const ag = `title: MoU ${i}\ncategory: KSDLL\ndocument_type: mou\npartners: [p${i}]\nstatus: draft\n`;
        base[`data/agreements/a${i}.yaml`] = ag;
        head[`data/agreements/a${i}.yaml`] = ag;
        const act = `title: Visit ${i}\ntype: visit\npartners: [p${i}]\nagreements: [a${i}]\nstart: 2024-01-01\n`;
        base[`data/activities/v${i}.yaml`] = act;
        head[`data/activities/v${i}.yaml`] = act;
      }
      const b = loadRegister(makeRegister(base));
      const h = loadRegister(makeRegister(head));
      const agreements = new Counting(h.dataset.agreements);
      const activities = new Counting(h.dataset.activities);
      const report = diffReport({ label: 'base', dataset: b.dataset, diagnostics: b.diagnostics, source: b.source }, { label: 'head', dataset: { ...h.dataset, agreements, activities }, diagnostics: h.diagnostics, source: h.source }, day('2026-11-22'), { inactivityWindow: parseDuration('2y') as never });
      expect(report.attention.filter((a) => a.type === 'dangling')).toHaveLength(n);
      return agreements.scans + activities.scans;
    };
    expect(scans(500)).toBe(scans(50));
  }, 120_000);
});

describe('git output', () => {
  it('a revision\'s files listed and read (ls-tree, cat-file --batch), and the changed files listed (diff -z)', async () => {
    const { gitSource } = await import('../src/load/gitSource.js');
    const { changedSince, gitRegister, resolveRevision } = await import('../src/load/git.js');
    const { writeFileSync } = await import('node:fs');
    const { git, gitRepo } = await import('./helpers.js');
    const repoOf = (n: number): { dir: string; commit: string; repo: ReturnType<typeof gitRegister> } => {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) files[`data/partners/p${i}.yaml`] = `name: Partner ${i}\ntype: ngo\ncountry: ID\n`;
      const dir = gitRepo(files);
      for (let i = 0; i < n; i += 2) writeFileSync(join(dir, `data/partners/p${i}.yaml`), `name: Partner ${i} changed\ntype: ngo\ncountry: ID\n`);
      git(dir, 'add', '-A');
      const repo = gitRegister(dir);
      return { dir, repo, commit: resolveRevision(repo, 'main') };
    };
    const read = (r: ReturnType<typeof repoOf>): number => {
      const src = gitSource(r.repo, r.commit, 'main', 64 * 1024);
      let bytes = 0;
      for (const f of src.list()) {
        const b = src.read(f);
        if (b instanceof Uint8Array) bytes += b.length;
      }
      return bytes + changedSince(r.dir, 'main').size + changedSince(r.dir, 'main', { staged: true }).size;
    };
    expectLinear('git ls-tree, cat-file and diff', repoOf, read, 300, { runs: 3, floor: 20 });
  }, 180_000);
});
