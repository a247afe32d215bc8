// kerjasama aggregate site over the three-member fixture: the national pages in both languages, Kyoto's
// page tying DIY and Jawa Timur once identity.yaml decides (two pages naming each other as undecided
// before), every member named with its commit, unknowns shown as unknown, a member the map cannot place
// listed, hostile text inert, and the one site writer's refusals.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, runCli } from '../helpers.js';
import { cleanupFederations, federation, gitAt } from './helpers.js';

afterAll(() => {
  cleanup();
  cleanupFederations();
});

const DECISION = 'same:\n  - partners: [34:kyoto, 35:kyoto-prefecture]\n    note: Prefektur Kyoto (JP-26)\n';

async function site(dir: string, extra: string[] = []): Promise<{ code: number; stderr: string; out: string }> {
  const r = await runCli(['aggregate', 'site', '--as-of', '2026-11-22', '--out', 'site', ...extra], { cwd: dir });
  return { code: r.code, stderr: r.stderr, out: join(dir, 'site') };
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : out.push(relative(dir, join(d, e.name)));
  };
  walk(dir);
  return out.sort();
}

const read = (out: string, f: string): string => readFileSync(join(out, f), 'utf8');
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('aggregate site', () => {
  it('writes the national pages in both languages; Kyoto\'s page lists DIY and Jawa Timur once each, with their commits', async () => {
    const dir = federation();
    writeFileSync(join(dir, 'identity.yaml'), DECISION);
    const r = await site(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('national site of 3 member(s) written to site');
    expect(r.stderr).not.toContain('not yet decided');
    const all = files(r.out);
    for (const lang of ['en', 'id']) {
      for (const p of ['index.html', 'coverage.html', 'inactive.html', 'partners/index.html', 'partners/34/kyoto.html', 'data.html']) expect(all).toContain(`${lang}/${p}`);
    }
    expect(all).toContain('api/national.json');
    expect(all).toContain('kerjasama-site.json');
    expect(all.filter((f) => f.includes('kyoto-prefecture'))).toEqual([]);
    const commit = (m: string): string => gitAt(join(dir, m), '2026-01-01', 'rev-parse', 'HEAD').trim().slice(0, 12);
    const kyoto = read(r.out, 'en/partners/34/kyoto.html');
    expect(count(kyoto, '>Daerah Istimewa Yogyakarta (34)</a>')).toBe(1);
    expect(count(kyoto, '>Jawa Timur (35)</a>')).toBe(1);
    expect(kyoto).not.toContain('Nusa Tenggara Barat (52)</a>');
    expect(kyoto).toContain(`<code>${commit('diy')}</code>`);
    expect(kyoto).toContain(`<code>${commit('jatim')}</code>`);
    expect(kyoto).toContain('diy-kyoto-mou-1985');
    expect(kyoto).toContain('jatim-kyoto-mou-2019');
    expect(kyoto).not.toContain('not decided in identity.yaml');
    const home = read(r.out, 'en/index.html');
    // The map: one circle per member province, with its number of agreements in force; a card per member.
    expect(count(home, 'class="cell h')).toBe(3);
    for (const m of ['34', '35', '52']) expect(home).toContain(`id="m-${m}"`);
    for (const m of ['diy', 'jatim', 'ntb']) expect(home).toContain(commit(m));
    expect(home).toMatch(/<span class="n">5<\/span> <span class="l">agreements in force/);
    // stale_after (180d) as a clerk writes it, never the setting's code: in the card and in the note.
    expect(home).toContain('class="bad">stale</span> (more than 180 days)');
    expect(home).toContain('older than 180 days (stale_after in federation.yaml)');
    expect(read(r.out, 'id/index.html')).toContain('class="bad">usang</span> (lebih dari 180 hari)');
    expect(read(r.out, 'id/index.html')).toContain('lebih lama dari 180 hari (stale_after dalam federation.yaml)');
    expect(home).not.toContain('180d');
    expect(read(r.out, 'id/index.html')).toContain('Daerah anggota menurut jumlah perjanjian berlaku');
    // The intro and the stale note write the day as the tables do, in both languages.
    expect(home).toContain('3 member registers read as one, as of 22 Nov 2026.');
    expect(home).toContain('(stale_after in federation.yaml) on 22 Nov 2026.');
    const homeId = read(r.out, 'id/index.html');
    expect(homeId).toContain('3 register anggota dibaca sebagai satu, per 22 Nov 2026.');
    expect(homeId).toContain('(stale_after dalam federation.yaml) pada 22 Nov 2026.');
    expect(home + homeId).not.toMatch(/(as of|on|per|pada) 2026-11-22/);
    const json = JSON.parse(read(r.out, 'api/national.json')) as { provenance: { report: string }; totals: { agreementsInForce: number }; partners: Array<{ id: string; regions: Array<{ member: string; commit: string }> }> };
    expect(json.totals.agreementsInForce).toBe(5);
    expect(json.partners.map((p) => [p.id, p.regions.map((x) => x.member)])).toEqual([['34:kyoto', ['34', '35']]]);
    expect(json.partners[0]?.regions[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
    const cov = read(r.out, 'en/coverage.html');
    expect(cov).toContain('Tourism <span class="muted">pariwisata</span></td><td class="num" data-sort="3">3</td><td><a href="../en/index.html#m-34">Daerah Istimewa Yogyakarta (34)</a>: 1, <a href="../en/index.html#m-35">Jawa Timur (35)</a>: 1, <a href="../en/index.html#m-52">Nusa Tenggara Barat (52)</a>: 1</td>');
  });

  it('without a decision: two Kyoto pages, each saying the other may be the same partner, not merged', async () => {
    const dir = federation();
    const r = await site(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 candidate(s) not yet decided in identity.yaml');
    const a = read(r.out, 'en/partners/34/kyoto.html');
    const b = read(r.out, 'en/partners/35/kyoto-prefecture.html');
    expect(a).toContain('not decided in identity.yaml');
    expect(a).toContain('href="../../../en/partners/35/kyoto-prefecture.html"');
    expect(b).toContain('href="../../../en/partners/34/kyoto.html"');
    expect(count(a, '(35)</a>')).toBe(0);
  });

  it('shows what is not known as unknown (a member outside git), lists a member the map cannot place, and says when identity.yaml names nothing', async () => {
    const dir = federation({ git: false, federation: 'name: F\nmembers:\n  - code: \'34\'\n    path: diy\n  - code: \'52.71\'\n    name: Kota Mataram (uji)\n    path: ntb\n' });
    // A decision naming a member the federation does not have: said, not applied, the site still built.
    writeFileSync(join(dir, 'identity.yaml'), 'same:\n  - [34:kyoto, 35:kyoto-prefecture]\n');
    const r = await site(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('identity.yaml has 1 problem(s) with its decisions, not applied');
    const home = read(r.out, 'en/index.html');
    expect(home).toContain('Not on the map (it places provinces by their two-digit code only): Kota Mataram (uji) (52.71)');
    expect(count(home, 'class="cell h')).toBe(1);
    expect(home).toContain('Commit unknown');
    expect(home).toContain('not known (not in git)');
    expect(home).not.toMatch(/Age \(days\)<\/dt><dd>0</);
    const json = JSON.parse(read(r.out, 'api/national.json')) as { members: Array<{ code: string; commit: null; age_days: null; on_map: boolean }> };
    expect(json.members.map((m) => [m.code, m.commit, m.age_days, m.on_map])).toEqual([['34', null, null, true], ['52.71', null, null, false]]);
  });

  it('makes hostile names inert: federation, member and partner names never become markup or script', async () => {
    const evil = '<script>alert(1)</script> "onload=alert(2) x=" \'><img src=x onerror=alert(3)>';
    const dir = federation({ git: false, federation: `name: ${JSON.stringify(evil)}\nmembers:\n  - code: '34'\n    name: ${JSON.stringify(evil)}\n    path: diy\n  - code: '35'\n    path: jatim\n` });
    const p = join(dir, 'diy', 'data', 'partners', 'kyoto.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^name: .*$/m, `name: ${JSON.stringify(evil)}`));
    const r = await site(dir);
    expect(r.code, r.stderr).toBe(0);
    const pages = files(r.out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const f of pages) {
      const t = read(r.out, f);
      // No element from a record, and no event attribute in any tag (as text or inside a quoted value, "onerror=" is inert).
      expect(t.replace(/="[^"]*"/g, '=""'), f).not.toMatch(/<img|<script>|<[a-z][^<>]*\son[a-z]+=/i);
      for (const m of t.matchAll(/<script\b[^>]*>/g)) expect(m[0], f).toMatch(/^<script src="(\.\.\/)*assets\/site\.js">$/);
      expect(t, f).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(read(r.out, 'en/partners/34/kyoto.html')).toContain('&quot;onload=alert(2) x=&quot;');
  });

  it('refuses a folder that is not a site, replaces it with --force, and replaces an earlier site; never a member register', async () => {
    const dir = federation({ git: false });
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'notes.txt'), 'mine');
    const refused = await site(dir);
    expect(refused.code).toBe(2);
    expect(existsSync(join(dir, 'site', 'notes.txt'))).toBe(true);
    const forced = await site(dir, ['--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(dir, 'site', 'notes.txt'))).toBe(false);
    expect((await site(dir)).code).toBe(0);
    const member = await runCli(['aggregate', 'site', '--as-of', '2026-11-22', '--out', '.', '--force'], { cwd: dir });
    expect(member.code).toBe(2);
    expect(existsSync(join(dir, 'federation.yaml'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('staging'))).toEqual([]);
  });
});
