/// <reference lib="dom" />
// The national site (kerjasama aggregate site) in a real browser, as the one-register site is tested
// (test/site-browser.test.ts): Debian's chromium through puppeteer-core, nothing downloaded. Each national
// page type loads from file:// in both languages with no console error, no request off the machine and
// links that resolve; the map is drawn; the tables sort; axe-core finds no serious or critical violation.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axe, CHROMIUM, launchChromium, visit } from '../browser.js';
import { cleanup, runCli } from '../helpers.js';
import { cleanupFederations, federation } from './helpers.js';

// Chromium starting on a busy 2-core machine can take a minute; axe-core too.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

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
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  cleanup();
  cleanupFederations();
});

describe.skipIf(!CHROMIUM)('the national site in chromium', () => {
  it('every national page type loads from file:// in both languages, with no console error, no request off the machine, and links that resolve', async () => {
    for (const p of [...['en', 'id'].flatMap((l) => PAGES.map((x) => `${l}/${x}`)), 'index.html']) {
      const v = await visit(browser as Browser, pathToFileURL(join(site, p)).href);
      expect(v.errors, p).toEqual([]);
      expect(v.offHost, p).toEqual([]);
      const hrefs = await v.page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src));
      for (const h of hrefs) expect(existsSync(fileURLToPath(h.split('#')[0] ?? h)), `${p} → ${h}`).toBe(true);
      await v.page.close();
    }
  });

  it('draws the map, sorts the tables, and axe-core finds no serious or critical violation', async () => {
    const v = await visit(browser as Browser, pathToFileURL(join(site, 'en', 'index.html')).href);
    expect(await v.page.$$eval('svg.chart circle.region', (els) => els.length)).toBe(3);
    const order = async (): Promise<string[]> => v.page.$$eval('#by-member tbody tr td:first-child', (tds) => tds.map((td) => td.textContent ?? ''));
    expect((await order())[0]).toContain('(34)');
    // Sorted by agreements in force, fewest first: NTB's one comes first.
    await v.page.click('#by-member thead th:nth-child(3) button');
    expect((await order())[0]).toContain('(52)');
    for (const p of ['en/index.html', 'en/partners/34/kyoto.html', 'id/coverage.html']) {
      const page = p === 'en/index.html' ? v.page : (await visit(browser as Browser, pathToFileURL(join(site, p)).href)).page;
      expect(await axe(page), p).toEqual([]);
      await page.close();
    }
  });
});
