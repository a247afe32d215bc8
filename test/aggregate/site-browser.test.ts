/// <reference lib="dom" />
// The national site (kerjasama aggregate site) in a real browser, as the one-register site is tested
// (test/site-browser.test.ts): Debian's chromium through puppeteer-core, nothing downloaded. Each national
// page type loads from file:// in both languages with no console error, no request off the machine and
// links that resolve; the map is drawn; the tables sort; axe-core finds no serious or critical violation.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, runCli } from '../helpers.js';
import { cleanupFederations, federation } from './helpers.js';

// Chromium starting on a busy 2-core machine can take a minute; axe-core too.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM && process.env['CI']) throw new Error('chromium not found: .ci/run installs it with apt-get install -y chromium');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['index.html', 'coverage.html', 'inactive.html', 'partners/index.html', 'partners/34/kyoto.html', 'data.html'];

let site: string;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!CHROMIUM) return;
  const dir = federation();
  writeFileSync(join(dir, 'identity.yaml'), 'same:\n  - [34:kyoto, 35:kyoto-prefecture]\n');
  const r = await runCli(['aggregate', 'site', '--out', 'site', '--as-of', '2026-11-22'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  site = join(dir, 'site');
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  cleanup();
  cleanupFederations();
});

async function visit(url: string): Promise<{ page: Page; errors: string[]; offHost: string[] }> {
  const page = await (browser as Browser).newPage();
  const errors: string[] = [];
  const offHost: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url().startsWith('file://') || req.url().startsWith('data:')) void req.continue();
    else {
      offHost.push(req.url());
      void req.abort();
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, offHost };
}

describe.skipIf(!CHROMIUM)('the national site in chromium', () => {
  it('every national page type loads from file:// in both languages, with no console error, no request off the machine, and links that resolve', async () => {
    for (const p of [...['en', 'id'].flatMap((l) => PAGES.map((x) => `${l}/${x}`)), 'index.html']) {
      const v = await visit(pathToFileURL(join(site, p)).href);
      expect(v.errors, p).toEqual([]);
      expect(v.offHost, p).toEqual([]);
      const hrefs = await v.page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src));
      for (const h of hrefs) expect(existsSync(fileURLToPath(h.split('#')[0] ?? h)), `${p} → ${h}`).toBe(true);
      await v.page.close();
    }
  });

  it('draws the map, sorts the tables, and axe-core finds no serious or critical violation', async () => {
    const v = await visit(pathToFileURL(join(site, 'en', 'index.html')).href);
    expect(await v.page.$$eval('svg.chart circle.region', (els) => els.length)).toBe(3);
    const order = async (): Promise<string[]> => v.page.$$eval('#by-member tbody tr td:first-child', (tds) => tds.map((td) => td.textContent ?? ''));
    expect((await order())[0]).toContain('(34)');
    // Sorted by agreements in force, fewest first: NTB's one comes first.
    await v.page.click('#by-member thead th:nth-child(3) button');
    expect((await order())[0]).toContain('(52)');
    for (const p of ['en/index.html', 'en/partners/34/kyoto.html', 'id/coverage.html']) {
      const page = p === 'en/index.html' ? v.page : (await visit(pathToFileURL(join(site, p)).href)).page;
      await page.evaluate(AXE);
      const result = await page.evaluate(async () => {
        const w = window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } };
        return w.axe.run({ resultTypes: ['violations'] });
      });
      expect(result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), p).toEqual([]);
      await page.close();
    }
  });
});
