/// <reference lib="dom" />
// The example register's site in a real browser: Debian's chromium driven by puppeteer-core (nothing
// downloaded). Every page type loads from file:// and from a sub-path over HTTP with no console error
// and no request to another host; scripts work and pages read without them; links resolve; axe-core
// finds no serious violations (light and dark); screenshots at 1280 and 360 px go to test-artifacts/.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axe, CHROMIUM, launchChromium, local, visit } from './browser.js';
import { cleanup, exampleRegister, REPO, runCli } from './helpers.js';

// Chromium starts, and visits every page type: on a busy 2-core machine that takes minutes (axe-core alone took 57 s).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 600_000 });

const ARTIFACTS = join(REPO, 'test-artifacts', 'site');

const PAGES = ['index.html', 'expiring.html', 'inactive.html', 'coverage.html', 'partnerships.html', 'map.html', 'problems.html', 'search.html', 'data.html',
  'agreements/index.html', 'partners/index.html', 'activities/index.html', 'partners/shizuoka.html', 'agreements/jabar-shizuoka-mou-2017.html', 'activities/jabar-shizuoka-monument-2024.html'];

let site: string;
let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  if (!CHROMIUM) return;
  const reg = exampleRegister();
  site = join(mkdtempSync(join(tmpdir(), 'kerjasama-browser-')), 'site');
  const r = await runCli(['site', '--out', site, '--as-of', '2026-11-22'], { cwd: reg });
  expect(r.code, r.stderr).toBe(0);
  // The site under a sub-path, as GitHub Pages serves it: /register/ maps to the site folder.
  const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.ics': 'text/calendar' };
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^\/register\//, '');
    const file = join(site, rel);
    if (!url.pathname.startsWith('/register/') || !file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/register/`;
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  cleanup();
});

describe.skipIf(!CHROMIUM)('the site in chromium', () => {
  it('every page type loads from file:// in both languages, with no console error, no request off the machine, and links that resolve', async () => {
    for (const lang of ['id', 'en']) {
      for (const p of PAGES) {
        const url = pathToFileURL(join(site, lang, p)).href;
        const v = await visit(browser, url, local);
        expect(v.errors, `${lang}/${p}`).toEqual([]);
        expect(v.offHost, `${lang}/${p}`).toEqual([]);
        const hrefs = await v.page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src));
        for (const h of hrefs) {
          if (!h.startsWith('file:')) {
            expect(h, `${lang}/${p}`).toMatch(/^https?:\/\//);
            continue;
          }
          expect(existsSync(fileURLToPath(h.split('#')[0] ?? h)), `${lang}/${p} → ${h}`).toBe(true);
        }
        await v.page.close();
      }
    }
  });

  it('works from a sub-path over HTTP (as on GitHub Pages) and only asks its own host', async () => {
    for (const p of ['index.html', 'id/index.html', 'en/partners/shizuoka.html', 'en/search.html', 'id/coverage.html']) {
      const v = await visit(browser, base + p, (u) => u.startsWith(base));
      expect(v.errors, p).toEqual([]);
      expect(v.offHost, p).toEqual([]);
      const css = await v.page.evaluate(() => getComputedStyle(document.body).margin);
      expect(css, `${p}: the stylesheet applies`).toBe('0px');
      await v.page.close();
    }
  });

  it('sorts and filters lists, and searches the register', async () => {
    const v = await visit(browser, pathToFileURL(join(site, 'en/agreements/index.html')).href, local);
    const rows = await v.page.$$eval('table.sortable tbody tr', (r) => r.length);
    expect(rows).toBe(readdirSync(join(REPO, 'data/agreements')).filter((f) => f.endsWith('.yaml')).length);
    await v.page.type('.filter input', 'shizuoka');
    const shown = await v.page.$$eval('table.sortable tbody tr', (r) => r.filter((x) => !(x as HTMLElement).hidden).length);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(rows);
    await v.page.click('table.sortable th:nth-child(5) button');
    expect(await v.page.$eval('table.sortable th:nth-child(5)', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    await v.page.close();

    const s = await visit(browser, pathToFileURL(join(site, 'id/search.html')).href, local);
    await s.page.type('#search-q', 'shizuoka');
    const hits = await s.page.$$eval('#search-results a', (a) => a.map((x) => x.getAttribute('href')));
    expect(hits.length).toBeGreaterThan(5);
    expect(s.errors).toEqual([]);
    await s.page.close();
  });

  it('record pages in Indonesian show labels and words from the field model: no YAML key and no raw code as a label or a value', async () => {
    // Every record field name, nested ones too, and every code of every enum field (an Indonesian word
    // is allowed where it is also the code: `lainnya`, `wajib`, `sukarela`; the category codes KSDD … are
    // the official names).
    const { FIELDS, fieldPaths } = await import('../src/model/fields.js');
    const { KINDS } = await import('../src/model/types.js');
    const keys = new Set(KINDS.flatMap((k) => fieldPaths(FIELDS[k]).map(([path]) => path.split('.').pop() as string)).filter((k) => /_/.test(k) || ['type', 'status', 'partners', 'signatures', 'sectors', 'objects', 'scope', 'notes', 'sources', 'owner', 'parent', 'renews', 'end', 'effective', 'confirmed', 'documents', 'approvals', 'title', 'name', 'country', 'region'].includes(k)));
    const codes = new Set(KINDS.flatMap((k) => fieldPaths(FIELDS[k]).flatMap(([, f]) => (f.shape.t === 'enum' || f.shape.t === 'enums' ? [...f.shape.codes] : []))));
    for (const c of ['lainnya', 'wajib', 'sukarela', 'KSDD', 'KSDPK', 'KSDPL', 'KSDLL', 'PUSAT']) codes.delete(c);
    // Free text (titles, names, notes, scope, sources) is the office's own words, in any language.
    const { fieldLabel } = await import('../src/model/fields.words.js');
    const FREE = new Set(['text', 'notes', 'texts', 'sources', 'links', 'url']);
    const freeLabels = new Set(KINDS.flatMap((k) => fieldPaths(FIELDS[k]).filter(([, f]) => FREE.has(f.shape.t)).map(([path]) => fieldLabel(`${k}.${path}`, 'id'))));
    const pages = ['partners/shizuoka.html', 'partners/ntb.html', 'agreements/jabar-shizuoka-mou-2017.html', 'agreements/jabar-shizuoka-renewal-2022.html', 'agreements/ntb-higashiura-1996.html', 'activities/jabar-shizuoka-monument-2024.html'];
    for (const rel of pages) {
      const v = await visit(browser, pathToFileURL(join(site, 'id', rel)).href, local);
      // The field list as the reader sees it: labels (dt) and values (dd), parentheses with a code after a word left out.
      const fields = await v.page.$$eval('dl.fields', (dls) => dls.flatMap((dl) => Array.from(dl.querySelectorAll(':scope > dt, :scope > dd')).map((e) => [e.tagName, (e.textContent ?? '').trim()])));
      expect(fields.length, rel).toBeGreaterThan(3);
      let label = '';
      for (const [tag, text] of fields) {
        if (tag === 'DT') {
          label = text as string;
          expect(keys.has(label), `${rel}: the label "${label}" is a YAML key`).toBe(false);
        } else if (!freeLabels.has(label)) for (const word of (text as string).replace(/\([^)]*\)/g, ' ').split(/[\s,;]+/)) expect(codes.has(word), `${rel}: "${word}" is a raw code in "${text}"`).toBe(false);
      }
      await v.page.close();
    }
  });

  it('reads without scripts: tables and pictures are in the page', async () => {
    const v = await visit(browser, pathToFileURL(join(site, 'en/partnerships.html')).href, local, { js: false });
    expect(await v.page.$$eval('svg.chart', (s) => s.length)).toBe(2);
    expect(await v.page.$$eval('#partnership-table tbody tr', (r) => r.length)).toBeGreaterThan(10);
    await v.page.close();
  });

  it('axe-core finds no serious or critical violation on any page type, light or dark', async () => {
    const problems: string[] = [];
    for (const p of PAGES) {
      for (const dark of [false, true]) {
        if (dark && !['index.html', 'coverage.html', 'partners/shizuoka.html'].includes(p)) continue;
        const v = await visit(browser, pathToFileURL(join(site, 'en', p)).href, local, { dark });
        for (const x of await axe(v.page)) problems.push(`${p}${dark ? ' (dark)' : ''}: ${x}`);
        await v.page.close();
      }
    }
    const v = await visit(browser, pathToFileURL(join(site, 'index.html')).href, local, { width: 360 });
    for (const x of await axe(v.page)) problems.push(`index.html (360 px): ${x}`);
    await v.page.close();
    expect(problems).toEqual([]);
  });

  it('charts stay legible on a 390 px phone: their text renders at 10 px or more, each scrolls in its own box that the keyboard reaches', async () => {
    const problems: string[] = [];
    let charts = 0;
    for (const p of ['id/index.html', 'id/expiring.html', 'id/partnerships.html', 'id/coverage.html', 'id/map.html', 'id/partners/shizuoka.html', 'en/partnerships.html']) {
      const v = await visit(browser, pathToFileURL(join(site, p)).href, local, { width: 390 });
      const found = await v.page.evaluate(() => Array.from(document.querySelectorAll('svg.chart')).map((svg) => {
        const el = svg as SVGSVGElement;
        // Text is drawn in the chart's own units: its size on screen is the font size times the chart's scale.
        const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
        const sizes = Array.from(el.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        const box = el.parentElement as HTMLElement;
        return { min: Math.min(...sizes), texts: sizes.length, box: box.className, tabIndex: box.tabIndex, label: box.getAttribute('aria-labelledby'), scrolls: box.scrollWidth > box.clientWidth, fits: box.getBoundingClientRect().right <= window.innerWidth + 0.5 };
      }));
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${p}: the page scrolls sideways by ${overflow} px`);
      for (const [i, c] of found.entries()) {
        charts++;
        if (c.texts > 0 && c.min < 10) problems.push(`${p} chart ${i + 1}: text renders at ${c.min.toFixed(1)} px`);
        if (c.box !== 'chartwrap' || c.tabIndex !== 0 || !c.label) problems.push(`${p} chart ${i + 1}: not in a focusable, named scrolling box`);
        if (!c.fits) problems.push(`${p} chart ${i + 1}: its box runs past the screen`);
      }
      await v.page.close();
    }
    expect(charts).toBeGreaterThanOrEqual(7);
    expect(problems).toEqual([]);
  });

  it('fits a 360 px phone and prints; screenshots at 1280 and 360 px are written as test artifacts', async () => {
    const docs = process.env['UPDATE_DOCS'] === '1';
    for (const [name, p] of [['home', 'en/index.html'], ['partner', 'en/partners/shizuoka.html'], ['coverage', 'en/coverage.html']] as const) {
      for (const width of [1280, 360]) {
        const v = await visit(browser, pathToFileURL(join(site, p)).href, local, { width });
        const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        await v.page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`) as `${string}.png`, fullPage: true });
        if (docs) await v.page.screenshot({ path: join(REPO, 'docs/img', `site-${name}-${width}.png`) as `${string}.png`, fullPage: false });
        await v.page.close();
      }
    }
    const v = await visit(browser, pathToFileURL(join(site, 'en/expiring.html')).href, local);
    await v.page.emulateMediaType('print');
    expect(await v.page.$eval('nav.main', (n) => getComputedStyle(n).display)).toBe('none');
    const pdf = await v.page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await v.page.close();
    expect(existsSync(join(ARTIFACTS, 'home-360.png'))).toBe(true);
  });
});
