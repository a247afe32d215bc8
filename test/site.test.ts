// kerjasama site: the example register's site (every page type, links, data files, golden api/ JSON),
// hostile record text made inert, private data left out, and the writer's refusals.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, makeRegister, REPO, runCli } from './helpers.js';

const AS_OF = '2026-11-22';

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Every href and src in a page, with the entities the renderer writes decoded. */
function refs(htmlText: string): string[] {
  return [...htmlText.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
}

let out: string;
let pages: string[];

beforeAll(async () => {
  const reg = exampleRegister();
  out = join(mkdtempSync(join(tmpdir(), 'kerjasama-site-')), 'site');
  const r = await runCli(['site', '--out', out, '--as-of', AS_OF], { cwd: reg });
  expect(r.stderr).toContain('situs ditulis');
  expect(r.code).toBe(0);
  pages = walk(out).filter((f) => f.endsWith('.html'));
});
afterAll(cleanup);

describe('kerjasama site on the example register', () => {
  it('writes every page type in both languages, the register language also at the root', () => {
    for (const lang of ['id', 'en']) {
      for (const p of ['index.html', 'expiring.html', 'inactive.html', 'coverage.html', 'partnerships.html', 'map.html', 'problems.html', 'search.html', 'data.html',
        'agreements/index.html', 'partners/index.html', 'activities/index.html', 'partners/shizuoka.html', 'agreements/jabar-shizuoka-mou-2017.html', 'activities/jabar-shizuoka-monument-2024.html']) {
        expect(existsSync(join(out, lang, p)), `${lang}/${p}`).toBe(true);
      }
    }
    const root = readFileSync(join(out, 'index.html'), 'utf8');
    expect(root).toMatch(/<html lang="id">/);
    expect(root).toContain('href="en/index.html"');
    const en = readFileSync(join(out, 'en/index.html'), 'utf8');
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain('Needs action now');
    expect(readFileSync(join(out, 'id/index.html'), 'utf8')).toContain('Perlu ditindaklanjuti sekarang');
  });

  it('names codes in the page\'s language: partner and activity types and activity states are words, never the codes (bug: the Indonesian lists showed "foreign_subnational", "training", "held")', () => {
    const cells = (file: string): string[] => [...readFileSync(join(out, file), 'utf8').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1] ?? '');
    const idActs = cells('id/activities/index.html');
    expect(idActs).toContain('terlaksana');
    expect(idActs).toContain('pelatihan');
    expect(idActs).toContain('misi dagang');
    for (const code of ['held', 'planned', 'training', 'trade_mission', 'meeting']) expect(idActs, code).not.toContain(code);
    const idPartners = cells('id/partners/index.html');
    expect(idPartners).toContain('pemerintah daerah di luar negeri');
    for (const code of ['foreign_subnational', 'province', 'university']) expect(idPartners, code).not.toContain(code);
    expect(cells('en/activities/index.html')).toContain('trade mission');
    expect(cells('en/partners/index.html')).toContain('foreign local government');
    // A record's own page: the partner's type and its activities' types, the activity's type.
    expect(readFileSync(join(out, 'id/partners/shizuoka.html'), 'utf8')).toContain('<p class="prov">pemerintah daerah di luar negeri · ');
    expect(cells('id/partners/shizuoka.html')).not.toContain('visit');
    expect(readFileSync(join(out, 'id/activities/jabar-shizuoka-monument-2024.html'), 'utf8')).toContain('<p class="prov">acara budaya · ');
  });

  it('writes a day in the pages\' sentences as the tables do: the next step of an expiring agreement (bug: "perpanjangan dimulai 2027-07-05")', () => {
    for (const [lang, words] of [['id', /perpanjangan dimulai ([^<]+)</g], ['en', /renewal starts ([^<]+)</g]] as const) {
      const page = readFileSync(join(out, lang, 'expiring.html'), 'utf8');
      const said = [...page.matchAll(words)].map((m) => m[1] as string);
      expect(said.length, lang).toBeGreaterThan(0);
      for (const d of said) expect(d).toMatch(lang === 'id' ? /^\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}$/ : /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
    }
  });

  it('draws the pictures as inline SVG with a title, a description and a table view', () => {
    const check = (file: string, count: number): void => {
      const t = readFileSync(join(out, file), 'utf8');
      const svgs = [...t.matchAll(/<svg class="chart"[^>]*role="img" aria-labelledby="([^" ]+) ([^"]+)"/g)];
      expect(svgs.length, file).toBe(count);
      for (const m of svgs) {
        expect(t).toContain(`<title id="${m[1]}">`);
        expect(t).toContain(`<desc id="${m[2]}">`);
      }
      for (const m of t.matchAll(/<figcaption>.*?<a href="#([^"]+)">/g)) expect(t, `${file} #${m[1]}`).toContain(`id="${m[1]}"`);
    };
    check('en/index.html', 2); // calendar strip, world map
    check('en/partnerships.html', 2); // timelines, activities per year
    check('en/coverage.html', 1); // heatmap
    check('en/expiring.html', 1);
    check('en/map.html', 1);
    const cov = readFileSync(join(out, 'en/coverage.html'), 'utf8');
    expect(cov).toContain('sector not recorded');
    expect(cov).toMatch(/class="cell hq" fill="url\(#hatch-\d+\)"/);
  });

  it('links only to files of the site (relative links that resolve) or to http(s) pages', () => {
    let checked = 0;
    for (const page of pages) {
      const text = readFileSync(page, 'utf8');
      for (const ref of refs(text)) {
        if (/^https?:\/\//.test(ref)) continue;
        expect(ref, `${relative(out, page)}: ${ref}`).not.toMatch(/^(\/|[a-z]+:)/i);
        const [path, frag] = ref.split('#');
        const target = path ? resolve(dirname(page), decodeURIComponent(path)) : page;
        expect(existsSync(target), `${relative(out, page)} → ${ref}`).toBe(true);
        expect(target.startsWith(out + '/'), ref).toBe(true);
        if (frag && target.endsWith('.html')) expect(readFileSync(target, 'utf8'), `${ref}`).toContain(`id="${frag}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('loads nothing from another host: no remote stylesheet, script, image or font, and a CSP that says so', () => {
    for (const page of pages) {
      const text = readFileSync(page, 'utf8');
      expect(text.replace(/&#39;/g, "'")).toContain(`content="default-src 'none'; style-src 'self'; script-src 'self'`);
      expect(text).not.toMatch(/<(script|link|img|iframe|source)[^>]+(src|href)="(https?:)?\/\//);
      expect(text).not.toMatch(/ style="/);
      expect(text).not.toMatch(/<script>/);
    }
    expect(readFileSync(join(out, 'assets/site.css'), 'utf8')).not.toMatch(/url\((?!#)|@import|@font-face/);
  });

  it('keeps the home page small', () => {
    expect(statSync(join(out, 'index.html')).size).toBeLessThan(300_000);
  });

  it('publishes the report JSON shapes under api/ (golden, as of a fixed day)', () => {
    const dir = join(REPO, 'test/golden/site-api');
    for (const name of ['summary', 'expiring', 'inactive', 'coverage', 'agreements', 'partners', 'activities']) {
      const got = readFileSync(join(out, 'api', `${name}.json`), 'utf8');
      const file = join(dir, `${name}.json`);
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, got);
      expect(got, `api/${name}.json`).toBe(readFileSync(file, 'utf8'));
      const v = JSON.parse(got) as { version: number; report: string; asOf: string };
      expect(v.version).toBe(1);
      expect(v.asOf).toBe(AS_OF);
    }
  });

  it('the api JSON is what kerjasama report prints for the same day', async () => {
    const reg = exampleRegister();
    const r = await runCli(['report', 'summary', '--format', 'json', '--as-of', AS_OF], { cwd: reg });
    expect(JSON.parse(readFileSync(join(out, 'api/summary.json'), 'utf8'))).toEqual(JSON.parse(r.stdout));
    const e = await runCli(['report', 'expiring', '--format', 'json', '--as-of', AS_OF], { cwd: reg });
    expect(JSON.parse(readFileSync(join(out, 'api/expiring.json'), 'utf8'))).toEqual(JSON.parse(e.stdout));
  });

  it('gives each event of its calendar the UID that report expiring --format ics gives it (a calendar subscribed to both shows it once)', async () => {
    const uids = (ics: string): string[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid'))).sort();
    const cli = await runCli(['report', 'expiring', '--format', 'ics', '--lang', 'id', '--as-of', AS_OF], { cwd: exampleRegister() });
    const site = uids(readFileSync(join(out, 'data/expiring.ics'), 'utf8'));
    expect(site.length).toBeGreaterThan(5);
    expect(site).toEqual(uids(cli.stdout));
    // And the rest of the event the same, reminders included.
    expect(readFileSync(join(out, 'data/expiring.ics'), 'utf8')).toBe(cli.stdout);
  });

  it('writes a calendar that ical.js reads and CSV exports, all linked from the data page', () => {
    const cal = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'data/expiring.ics'), 'utf8')));
    expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    const dataPage = readFileSync(join(out, 'en/data.html'), 'utf8');
    for (const f of readdirSync(join(out, 'api')).map((x) => `api/${x}`).concat(readdirSync(join(out, 'data')).map((x) => `data/${x}`))) {
      expect(dataPage, f).toContain(`href="../${f}"`);
    }
    expect(readFileSync(join(out, 'data/agreements.csv'), 'utf8').startsWith('\uFEFFid,title')).toBe(true);
  });

  it('has a search index with every record', () => {
    const t = readFileSync(join(out, 'assets/search-index.en.js'), 'utf8');
    const entries = JSON.parse(t.replace(/^window\.KERJASAMA_INDEX=/, '').replace(/;\n$/, '')) as string[][];
    const records = ['partners', 'agreements', 'activities'].reduce((n, k) => n + readdirSync(join(REPO, 'data', k)).filter((f) => f.endsWith('.yaml')).length, 0);
    expect(entries.length).toBe(records);
    for (const e of entries) expect(existsSync(join(out, 'en', e[4] ?? ''))).toBe(true);
  });

  it('names an activity\'s type in the index\'s language: the results show it (bug: the Indonesian results showed "training")', () => {
    const entry = (lang: string, id: string): string[] => {
      const t = readFileSync(join(out, `assets/search-index.${lang}.js`), 'utf8');
      const entries = JSON.parse(t.replace(/^window\.KERJASAMA_INDEX=/, '').replace(/;\n$/, '')) as string[][];
      return entries.find((e) => e[1] === id) ?? [];
    };
    expect(entry('id', 'jabar-shizuoka-language-training-2024')[0]).toBe('kegiatan');
    expect(entry('id', 'jabar-shizuoka-language-training-2024')[3]).toBe('2024-06-03 pelatihan Bandung');
    expect(entry('en', 'jabar-shizuoka-language-training-2024')[3]).toBe('2024-06-03 training Bandung');
    expect(entry('id', 'jatim-alexandria-mission-2022')[3]).toBe('2022-11-22 misi dagang Kairo dan Alexandria, Mesir');
    expect(entry('en', 'jatim-alexandria-mission-2022')[3]).toBe('2022-11-22 trade mission Kairo dan Alexandria, Mesir');
  });
});

const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> \'><svg onload=alert(3)>';

describe('hostile record text', () => {
  it('is inert text on every page: no element, attribute or javascript: link comes from a record', async () => {
    const reg = makeRegister({
      'kerjasama.yaml': `name: "${HOSTILE.replace(/"/g, '\\"')}"\nowner: ntb\nlanguage: en\n`,
      'data/partners/evil.yaml': `name: ${JSON.stringify(HOSTILE)}\ntype: city\ncountry: ID\nwebsite: "https://example.org/a'onmouseover='alert(4)"\nsources: ["https://example.org/?q=%3Cscript%3E&b=1"]\nnotes: ${JSON.stringify(HOSTILE)}\n`,
      'data/agreements/evil-mou.yaml': `title: ${JSON.stringify(HOSTILE)}\ncategory: KSDD\ndocument_type: mou\npartners: [evil]\nsignatures: [{ party: ntb, date: 2024-01-02 }, { party: evil, date: 2024-01-02 }]\nend: { term: 5y }\nstatus: active\nsectors: [pendidikan]\nnotes: "javascript:alert(8)"\ndocuments: ["javascript:alert(9)", "data:text/html,<script>alert(6)</script>", " JavaScript:alert(10)"]\n`,
      'data/activities/evil-visit.yaml': `title: ${JSON.stringify(HOSTILE)}\ntype: visit\nagreements: [evil-mou]\nstart: 2025-02-03\nlocation: ${JSON.stringify(HOSTILE)}\n`,
    });
    const site = join(reg, '_site');
    const v = await runCli(['validate', '--format', 'json', '--as-of', AS_OF], { cwd: reg });
    expect(JSON.parse(v.stdout).summary.errors, v.stdout).toBe(0);
    const r = await runCli(['site', '--as-of', AS_OF], { cwd: reg });
    expect(r.code, r.stderr).toBe(0);
    const files = walk(site).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(20);
    let sawText = 0;
    for (const f of files) {
      const t = readFileSync(f, 'utf8');
      // Record text may read "onerror=" as text; no real tag (every < in text is escaped) may carry a handler.
      expect(t, f).not.toMatch(/<img|<svg onload|<script>/i);
      for (const tag of t.match(/<[a-z][^>]*>/gi) ?? []) expect(tag.replace(/"[^"]*"/g, '""'), f).not.toMatch(/\son[a-z]+\s*=/i);
      expect(t, f).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      for (const m of t.matchAll(/<script\b[^>]*>/g)) expect(m[0]).toMatch(/^<script src="(\.\.\/)*assets\/(site|search-index\.(en|id))\.js"><\/script>|^<script src="(\.\.\/)*assets\/[a-z.-]+\.js">$/);
      if (t.includes('&lt;script&gt;alert(1)&lt;/script&gt;')) sawText++;
    }
    expect(sawText).toBeGreaterThan(10);
    const partner = readFileSync(join(site, 'en/partners/evil.html'), 'utf8');
    expect(partner).toContain('href="https://example.org/a&#39;onmouseover=&#39;alert(4)"');
    expect(partner).toContain('href="https://example.org/?q=%3Cscript%3E&amp;b=1"');
    const agreement = readFileSync(join(site, 'en/agreements/evil-mou.html'), 'utf8');
    expect(agreement).toContain('<span class="url">javascript:alert(9)</span>');
    expect(agreement).toContain('<span class="url">data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;</span>');
    expect(agreement).toContain('<span class="url"> JavaScript:alert(10)</span>');
    const index = readFileSync(join(site, 'assets/search-index.en.js'), 'utf8');
    expect(index).not.toContain('<');
  });
});

describe('private data', () => {
  const files = {
    'data/partners/osaka.yaml': 'name: Osaka\ntype: foreign_subnational\ncountry: JP\ncontacts:\n  - name: Tanaka Hanako\n    email: tanaka@example.jp\n    phone: "+81 6 0000 0000"\n',
  };
  it('leaves contacts out unless --include-private, and says so', async () => {
    const reg = makeRegister(files);
    expect((await runCli(['site', '--as-of', AS_OF], { cwd: reg })).code).toBe(0);
    const all = walk(join(reg, '_site')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).not.toMatch(/Tanaka|tanaka@example|0000 0000/);
    expect(readFileSync(join(reg, '_site/en/partners/osaka.html'), 'utf8')).toContain('left out: private');
    expect(readFileSync(join(reg, '_site/en/index.html'), 'utf8')).toContain('Personal data is left out');

    const r = await runCli(['site', '--as-of', AS_OF, '--include-private'], { cwd: reg });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('WITH PRIVATE DATA');
    const page = readFileSync(join(reg, '_site/en/partners/osaka.html'), 'utf8');
    expect(page).toContain('tanaka@example.jp');
    expect(page).toContain('This build includes private data');
  });
});

describe('the writer', () => {
  it('refuses a non-empty folder that is not a site, replaces it with --force, and replaces an earlier site', async () => {
    const reg = makeRegister({});
    const target = join(reg, 'public');
    mkdirSync(target);
    writeFileSync(join(target, 'notes.txt'), 'mine');
    const refused = await runCli(['site', '--out', 'public', '--as-of', AS_OF], { cwd: reg });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty and is not a site kerjasama built; add --force');
    expect(readFileSync(join(target, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await runCli(['site', '--out', 'public', '--as-of', AS_OF, '--force'], { cwd: reg })).code).toBe(0);
    expect(existsSync(join(target, 'notes.txt'))).toBe(false);
    expect(existsSync(join(target, 'kerjasama-site.json'))).toBe(true);
    const again = await runCli(['site', '--out', 'public', '--as-of', '2026-12-01'], { cwd: reg });
    expect(again.code).toBe(0);
    expect(readFileSync(join(target, 'kerjasama-site.json'), 'utf8')).toContain('"asOf": 20');
    expect(readdirSync(reg).filter((e) => e.includes('staging'))).toEqual([]);
  });

  it('gives the same pages however many sites one process builds: the ids of figures and charts start again with each site', async () => {
    const reg = exampleRegister();
    const files = (dir: string): Map<string, string> => {
      const out = new Map<string, string>();
      const walk = (d: string): void => {
        for (const name of readdirSync(d).sort()) {
          const p = join(d, name);
          if (statSync(p).isDirectory()) walk(p);
          else out.set(relative(dir, p), readFileSync(p, 'utf8'));
        }
      };
      walk(dir);
      return out;
    };
    for (const out of ['first', 'second']) expect((await runCli(['site', '--out', out, '--as-of', AS_OF, '--no-history'], { cwd: reg })).code).toBe(0);
    const [a, b] = [files(join(reg, 'first')), files(join(reg, 'second'))];
    expect([...a.keys()].filter((k) => a.get(k) !== b.get(k))).toEqual([]);
  });

  it('never replaces a register, even with --force', async () => {
    const reg = makeRegister({});
    const r = await runCli(['site', '--out', '.', '--as-of', AS_OF, '--force'], { cwd: reg });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds a register');
    expect(existsSync(join(reg, 'kerjasama.yaml'))).toBe(true);
  });

  it('links record pages to the repository with --source-url, and refuses other schemes', async () => {
    const reg = makeRegister({});
    expect((await runCli(['site', '--as-of', AS_OF, '--source-url', 'javascript:alert(1)'], { cwd: reg })).code).toBe(2);
    expect((await runCli(['site', '--as-of', AS_OF, '--source-url', 'https://example.org/r/blob/main'], { cwd: reg })).code).toBe(0);
    expect(readFileSync(join(reg, '_site/en/partners/ntb.html'), 'utf8')).toContain('href="https://example.org/r/blob/main/data/partners/ntb.yaml"');
  });
});

describe('the writer thread', () => {
  it('names the file it could not write and why, and leaves no staging folder', async () => {
    const { writeSite } = await import('../src/cli/site.js');
    const parent = mkdtempSync(join(tmpdir(), 'kerjasama-writer-'));
    const files: Array<[string, string]> = [...Array.from({ length: 150 }, (_, i): [string, string] => [`a/${i}.html`, 'x']), ['a', 'a folder already']];
    await expect(writeSite(join(parent, 'site'), files, false, join(parent, 'reg'))).rejects.toThrow(/cannot write .*\/a: EISDIR/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('lets an error while drawing a page through as it is, and leaves no staging folder', async () => {
    const { writeSite } = await import('../src/cli/site.js');
    const parent = mkdtempSync(join(tmpdir(), 'kerjasama-writer-'));
    function* pages(): Generator<[string, string]> {
      for (let i = 0; i < 100; i++) yield [`p/${i}.html`, String(i)];
      throw new TypeError('a bug while drawing');
    }
    await expect(writeSite(join(parent, 'site'), pages(), false, join(parent, 'reg'))).rejects.toThrow(TypeError);
    expect(readdirSync(parent)).toEqual([]);
  });
});
