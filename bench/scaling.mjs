// `node bench/scaling.mjs [--quick] [--write]`: the cases issue 13 found quadratic, each timed at a size
// and at ten times that size (whole process, output to /dev/null). Linear code takes about 10x as long at
// 10x; quadratic about 100x. With --write, the table replaces the "Scaling" section of docs/performance.md.
// Not a test: figures depend on the machine; test/perf.test.ts keeps no timings.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin', 'kerjasama.js');
const OUT = join(REPO, 'bench', 'out', 'scaling');
const AS_OF = '2026-11-22';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const log = (s) => process.stderr.write(s + '\n');

const CONFIG = 'name: Scaling register\nowner: ntb\nlanguage: en\n';
const NTB = 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n';

function fresh(name) {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data/partners'), { recursive: true });
  mkdirSync(join(dir, 'data/agreements'), { recursive: true });
  mkdirSync(join(dir, 'data/activities'), { recursive: true });
  writeFileSync(join(dir, 'kerjasama.yaml'), CONFIG);
  writeFileSync(join(dir, 'data/partners/ntb.yaml'), NTB);
  return dir;
}

const agreement = (title, partners, extra = '') => `title: ${title}\ncategory: KSDPK\ndocument_type: mou\npartners: [${partners.join(', ')}]\nstatus: active\neffective: 2020-01-01\nend: 2030-12-31\n${extra}`;

/** One agreement listing n distinct partner ids, none of which exists. */
function manyPartnerIds(n) {
  const dir = fresh(`partner-ids-${n}`);
  // Short ids (base 36, none a YAML number) keep 110,000 of them under the 1 MB file limit, as in issue 13.
  writeFileSync(join(dir, 'data/agreements/big.yaml'), `title: Big\ncategory: KSDPK\ndocument_type: mou\nstatus: draft\npartners:\n${Array.from({ length: n }, (_, i) => `- p${i.toString(36)}\n`).join('')}`);
  return dir;
}

/** A renewal chain of n agreements (each renews the one before). */
function renewalChain(n) {
  const dir = fresh(`chain-${n}`);
  writeFileSync(join(dir, 'data/partners/p.yaml'), 'name: Partner\ntype: company\ncountry: ID\n');
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `data/agreements/a${i}.yaml`), agreement(`A ${i}`, ['p'], i ? `renews: a${i - 1}\n` : ''));
  return dir;
}

/** One partner with n agreements, and n/10 activities with that partner directly. */
function onePartner(n, activities = true) {
  const dir = fresh(`one-partner-${n}`);
  writeFileSync(join(dir, 'data/partners/p.yaml'), 'name: Partner\ntype: company\ncountry: ID\n');
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `data/agreements/a${i}.yaml`), agreement(`A ${i}`, ['p']));
  if (activities) for (let i = 0; i < n / 10; i++) writeFileSync(join(dir, `data/activities/v${i}.yaml`), `title: Visit ${i}\ntype: visit\npartners: [p]\nstart: 2019-01-01\n`);
  return dir;
}

/** A git repository where n agreement files are renamed between two commits. */
function renamed(n) {
  const dir = onePartner(n, false);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.org', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.org' };
  const git = (...a) => execFileSync('git', ['-C', dir, ...a], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  for (let i = 0; i < n; i++) {
    const from = join(dir, `data/agreements/a${i}.yaml`);
    writeFileSync(join(dir, `data/agreements/b${i}.yaml`), readFileSync(from, 'utf8').replace(`title: A ${i}`, `title: A ${i} (renamed)`));
    rmSync(from);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'rename');
  return dir;
}

function time(dir, argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...argv, '--as-of', AS_OF, '--no-cache'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) log(`  exit ${r.status}: ${r.stderr.split('\n')[0]}`);
  return secs;
}

const CASES = [
  { name: 'one agreement, n distinct partner ids (`validate`)', before: '190 s', make: manyPartnerIds, argv: ['validate'], n: quick ? 11_000 : 110_000 },
  { name: 'one agreement, n distinct partner ids (`validate --format github`)', before: '67 s', make: manyPartnerIds, argv: ['validate', '--format', 'github'], n: quick ? 11_000 : 110_000 },
  { name: 'renewal chain of n agreements (`validate`)', before: '82 s', make: renewalChain, argv: ['validate'], n: quick ? 2_000 : 20_000 },
  { name: 'one partner with n agreements, n/10 activities (`report inactive`)', before: '394 s', make: onePartner, argv: ['report', 'inactive'], n: quick ? 5_000 : 50_000 },
  { name: 'one partner with n agreements, n/10 activities (`report summary`)', before: '347 s', make: onePartner, argv: ['report', 'summary'], n: quick ? 5_000 : 50_000 },
  { name: 'n renamed agreement files (`diff HEAD~1 HEAD`)', before: '90 s', make: renamed, argv: ['diff', 'HEAD~1', 'HEAD'], n: quick ? 240 : 2_400 },
];

const rows = [];
for (const c of CASES) {
  const [small, large] = [c.n / 10, c.n];
  const t = [];
  for (const n of [small, large]) {
    log(`${c.name}: n = ${n}`);
    const dir = c.make(n);
    t.push(Math.min(time(dir, c.argv), time(dir, c.argv)));
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ name: c.name, small, large, t, before: c.before });
  log(`  ${t.map((s) => s.toFixed(2)).join(' s → ')} s (×${(t[1] / t[0]).toFixed(1)})`);
}

const fmt = (s) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const table = [
  '| case | n | time | 10 n | time | ratio | 10 n before (issue 13) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.small.toLocaleString('en-US')} | ${fmt(r.t[0])} | ${r.large.toLocaleString('en-US')} | ${fmt(r.t[1])} | ×${(r.t[1] / r.t[0]).toFixed(1)} | ${r.before} |`),
].join('\n');
process.stdout.write(table + '\n');
if (args.includes('--write')) {
  const doc = join(REPO, 'docs', 'performance.md');
  const text = readFileSync(doc, 'utf8');
  const section = `## Scaling (issue 13)\n\nRerun with \`node bench/scaling.mjs --write\` (after \`npm run compile\`; about ten minutes), or \`--quick\` for a tenth of the sizes without writing.\n\n<!-- written by node bench/scaling.mjs --write; ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version} -->\n\nThe cases a hostile register made quadratic, each at a size and at ten times that size (whole process, best of two, \`--no-cache\`). Linear work takes about ten times as long at ten times the size (less while start-up dominates the smaller size); these used to take about a hundred times as long: the last column is what issue 13 measured at the larger size before the fix. The machine is shared with other work, so single figures move by a second or two between runs; the ratios are what matters. \`validate\` with 110,000 partner ids now stops at the schema's \`maxItems\` (1,000) and reports that, instead of 110,000 unknown partners.\n\n${table}\n`;
  const re = /## Scaling \(issue 13\)\n[\s\S]*?(?=\n## |$)/;
  writeFileSync(doc, re.test(text) ? text.replace(re, section) : text.replace(/\n## How kerjasama gets there/, `\n${section}\n## How kerjasama gets there`));
}
rmSync(OUT, { recursive: true, force: true });
