/// <reference lib="dom" />
// The real browser for the site tests (test/site-browser.test.ts, test/aggregate/site-browser.test.ts):
// Debian's chromium driven by puppeteer-core, nothing downloaded. One way to find it, start it, open a
// page noting every console error, page error, failed request and request to another host, and run
// axe-core on a page.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// In CI the browser must be there (.ci/run installs it); elsewhere the tests say why they are skipped.
if (!CHROMIUM && process.env['CI']) throw new Error('chromium not found: .ci/run installs it with apt-get install -y chromium');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Starts chromium headless (only where CHROMIUM was found). */
export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
}

export interface Visit { page: Page; errors: string[]; offHost: string[] }

/** Pages on this machine: file:// and data: URLs. */
export const local = (u: string): boolean => u.startsWith('file://') || u.startsWith('data:');

/** Opens a page; every console error, page error, failed request and request `allowed` refuses is noted. */
export async function visit(browser: Browser, url: string, allowed: (u: string) => boolean = local, o: { js?: boolean; width?: number; dark?: boolean } = {}): Promise<Visit> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const offHost: string[] = [];
  await page.setViewport({ width: o.width ?? 1280, height: 900 });
  await page.setJavaScriptEnabled(o.js ?? true);
  if (o.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (allowed(req.url())) void req.continue();
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
  const res = await page.goto(url, { waitUntil: 'load' });
  if (res && !res.ok() && !url.startsWith('file:')) errors.push(`HTTP ${res.status()} ${url}`);
  return { page, errors, offHost };
}

/** axe-core's serious and critical violations on a page, each with up to three of its elements. */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } };
    return w.axe.run({ resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
