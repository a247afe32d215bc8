// `npm run bench`: builds registers of two kinds, generated (bench/generate.mjs, seeded: uniform, clean)
// and real-shaped (bench/replicate.mjs: the example register replicated, ids renamed; and a variant with
// a third of the files warned), times kerjasama against ajv-cli on the same files and schemas in
// alternating A/B runs, and writes docs/performance.md with the medians, the ratios, the machine, its
// load, the commands and the date. Options: --quick (1k and 10k, fewer runs), --reps N, --out FILE
// (default docs/performance.md), --no-write (print only), --site-100k (build the site at 100,000 records
// too: two to four minutes on its own on a shared 2-core machine, so not by default; the bench stays well under fifteen minutes without it),
// --import-only (only the import of 5,000 rows, printed), --history-only (only the history: log, audit and
// --recorded-as-of on a register of 10,000 records with 2,000 commits; rewrites only that section of the page),
// --periodic-only (only the periodic reports: recap of 10,000 records as .xlsx and .docx; rewrites only that section).
// --export-only (only kerjasama export at 10,000 records, generated and real-shaped, printed with the load average).
// Whole-process wall time (spawned, output to /dev/null), peak memory from /usr/bin/time when present.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, writeRegister } from './generate.mjs';
import { writeReplicated } from './replicate.mjs';
import { writeHistory } from './history.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'bench', 'out');
const BIN = join(REPO, 'bin', 'kerjasama.js');
const AJV = join(REPO, 'node_modules', '.bin', 'ajv');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** The cache folder the timed runs use (spawned runs inherit the environment), emptied for first runs. */
const CACHE_HOME = join(OUT, 'cache-home');
process.env.KERJASAMA_CACHE_HOME = CACHE_HOME;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const write = !args.includes('--no-write');
const repsArg = args.indexOf('--reps');
const REPS = repsArg >= 0 ? Number(args[repsArg + 1]) : quick ? 3 : 5;
/** The site at 100,000 records alone takes two to four minutes here (docs/performance.md, the website): only with --site-100k. */
const SITE_100K = args.includes('--site-100k');
const outArg = args.indexOf('--out');
const DOC = outArg >= 0 ? resolve(args[outArg + 1]) : join(REPO, 'docs', 'performance.md');
const SIZES = quick ? [1000, 10000] : [1000, 10000, 100000];
/** The kinds of register, each at its sizes: generated and real-shaped at every size, the warned variant at 10,000. */
const KINDS = [
  { id: 'generated', label: 'generated', sizes: SIZES, site: true, write: (dir, n) => writeRegister(dir, n, { seed: 1, quoteDates: true }) },
  { id: 'real', label: 'real-shaped', sizes: SIZES, write: (dir, n) => writeReplicated(dir, n) },
  { id: 'real-warned', label: 'real-shaped, ⅓ warned', sizes: [10000], write: (dir, n) => writeReplicated(dir, n, { warnThird: true }) },
];
/** Fewer repetitions at 100k keep the whole run within about ten minutes. */
const repsFor = (n) => (n >= 100000 ? Math.min(REPS, 3) : REPS);

const log = (s) => process.stderr.write(s + '\n');

/** Runs a command once; wall time in seconds, peak RSS in MB (or undefined), exit code, stderr. */
function run(cmd, argv, cwd) {
  const full = TIME ? [TIME, ['-f', '%M', cmd, ...argv]] : [cmd, argv];
  const t = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  let stderr = r.stderr ?? '';
  let rss;
  if (TIME) {
    const lines = stderr.trimEnd().split('\n');
    const last = lines.pop() ?? '';
    if (/^\d+$/.test(last)) rss = Number(last) / 1024;
    stderr = lines.filter((l) => !/^Command exited with non-zero status/.test(l)).join('\n');
  }
  return { secs, rss, code: r.status, stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (s) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const mb = (x) => (x === undefined ? 'n/a' : `${x.toFixed(0)} MB`);

function kerjasama(root, extra = []) {
  return run(process.execPath, [BIN, ...extra, '--as-of', AS_OF], root);
}

/** ajv-cli, one invocation per record kind (it takes one schema at a time), as a user would run it. */
function ajvCli(root) {
  let secs = 0;
  let code = 0;
  let rss = 0;
  for (const kind of ['partner', 'agreement', 'activity']) {
    const dir = kind === 'activity' ? 'activities' : `${kind}s`;
    const r = run(AJV, ajvArgs(kind, `data/${dir}/*.yaml`), root);
    secs += r.secs;
    code = Math.max(code, r.code ?? 2);
    rss = Math.max(rss, r.rss ?? 0);
    if (r.code !== 0) log(`ajv-cli failed on ${root} ${kind}: ${r.stderr.slice(0, 500)}`);
  }
  return { secs, code, rss: rss || undefined };
}

function ajvArgs(kind, data) {
  return ['validate', '--spec=draft2020', '--all-errors', '--strict=true', '--strict-required=false', '--allow-union-types',
    '-c', join(REPO, 'bench', 'ajv-kerjasama.cjs'), '-r', join(REPO, 'schemas', 'defs.schema.json'), '-s', join(REPO, 'schemas', `${kind}.schema.json`), '-d', data];
}

function check(r, what, want = 0) {
  if (r.code !== want) throw new Error(`${what}: exit ${r.code}, expected ${want}\n${r.stderr}`);
}

/** Everything measured on one register: validate against ajv-cli, the cache's first and second runs, the reports. */
function measure(root, n, withSite) {
  const reps = repsFor(n);
  const ks = [];
  const ajv = [];
  const rss = [];
  // Once untimed: the exit code, and how many files carry a warning.
  const probe = spawnSync(process.execPath, [BIN, 'validate', '--no-cache', '--format', 'json', '--as-of', AS_OF], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (probe.status !== 0) throw new Error(`kerjasama validate on ${root}: exit ${probe.status}\n${probe.stderr}`);
  const diags = JSON.parse(probe.stdout).diagnostics;
  const warnedFiles = new Set(diags.filter((d) => d.severity === 'warning').map((d) => d.file)).size;
  for (let i = 0; i < reps; i++) {
    // A/B alternation, starting with a different tool each round, so drift hits both alike.
    const order = i % 2 === 0 ? ['k', 'a'] : ['a', 'k'];
    for (const who of order) {
      if (who === 'k') {
        const r = kerjasama(root, ['validate', '--no-cache']);
        check(r, 'kerjasama validate');
        ks.push(r.secs);
        if (r.rss) rss.push(r.rss);
      } else {
        const r = ajvCli(root);
        check(r, 'ajv-cli');
        ajv.push(r.secs);
      }
    }
    log(`  ${n}: run ${i + 1}/${reps}: kerjasama ${fmt(ks.at(-1))}, ajv-cli ${fmt(ajv.at(-1))}`);
  }
  // First run (no cache: it is written) against a run without the cache and the next run on the unchanged
  // register, alternating, so the ratio first / no cache is measured in the same stretch of time.
  const first = [];
  const second = [];
  const without = [];
  let firstRss = 0;
  for (let i = 0; i < reps; i++) {
    rmSync(join(CACHE_HOME, 'kerjasama'), { recursive: true, force: true });
    const a = kerjasama(root, ['validate']);
    check(a, 'first run');
    const b = kerjasama(root, ['validate']);
    check(b, 'second run');
    const c = kerjasama(root, ['validate', '--no-cache']);
    check(c, 'run without the cache');
    first.push(a.secs);
    second.push(b.secs);
    without.push(c.secs);
    firstRss = Math.max(firstRss, a.rss ?? 0);
  }
  const reports = {};
  for (const rep of ['expiring', 'inactive', 'coverage', 'summary']) {
    const times = [];
    let peak;
    for (let i = 0; i < (n >= 100000 ? 1 : Math.min(3, reps)); i++) {
      const r = kerjasama(root, ['report', rep, '--no-cache', '--format', 'json']);
      check(r, `report ${rep}`);
      times.push(r.secs);
      peak = Math.max(peak ?? 0, r.rss ?? 0) || undefined;
    }
    reports[rep] = { secs: median(times), rss: peak };
  }
  // The website (generated registers only): one build into a fresh folder (no cache), its peak memory and the home page's size.
  let site;
  if (withSite) {
    const siteOut = join(OUT, `site-${n}`);
    rmSync(siteOut, { recursive: true, force: true });
    const sr = kerjasama(root, ['site', '--no-cache', '--out', siteOut]);
    check(sr, 'site');
    site = { secs: sr.secs, rss: sr.rss, home: statSync(join(siteOut, 'index.html')).size };
    rmSync(siteOut, { recursive: true, force: true });
    log(`  ${n}: site ${fmt(site.secs)}, ${mb(site.rss)}, home page ${(site.home / 1024).toFixed(0)} KB`);
  }
  const exported = n === 10000 ? measureExport(root, n) : undefined;
  return { n, kerjasama: median(ks), ajv: median(ajv), rss: rss.length ? Math.max(...rss) : undefined, first: median(first), firstRss: firstRss || undefined, without: median(without), second: median(second), reports, reps, warnedFiles, ...(site ? { site } : {}), ...(exported ? { exported } : {}) };
}

/** The export formats timed, each written afresh (no cache): a Data Package folder, an SQLite file, the PostgreSQL script. */
const EXPORTS = [
  { id: 'datapackage', label: 'Data Package (CSV + datapackage.json)', args: (o) => ['--format', 'datapackage', '--out', o], path: 'pkg', target: 5 },
  { id: 'sqlite', label: 'SQLite file', args: (o) => ['--format', 'sqlite', '--out', o], path: 'register.sqlite', target: 10 },
  { id: 'sql', label: 'SQL for PostgreSQL', args: (o) => ['--format', 'sql', '--dialect', 'postgres', '--out', o], path: 'register.sql' },
];

/**
 * kerjasama export in each format: median wall time of 3 runs, the CPU time (user + system, which a busy
 * machine inflates less than the wall time), peak memory, and the size written.
 */
function measureExport(root, n) {
  const out = {};
  for (const f of EXPORTS) {
    const times = [];
    const cpu = [];
    let peak;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const target = join(OUT, `export-${n}-${f.path}`);
      rmSync(target, { recursive: true, force: true });
      const r = kerjasamaTimed(root, ['export', '--no-cache', ...f.args(target)]);
      check(r, `export ${f.id}`);
      times.push(r.secs);
      if (r.cpu !== undefined) cpu.push(r.cpu);
      peak = Math.max(peak ?? 0, r.rss ?? 0) || undefined;
      bytes = sizeOf(target);
      rmSync(target, { recursive: true, force: true });
    }
    out[f.id] = { secs: median(times), cpu: cpu.length ? median(cpu) : undefined, rss: peak, bytes };
    log(`  ${n}: export ${f.id} ${fmt(out[f.id].secs)} (CPU ${out[f.id].cpu === undefined ? 'n/a' : fmt(out[f.id].cpu)}), ${mb(peak)}, ${(bytes / 2 ** 20).toFixed(1)} MB written`);
  }
  return out;
}

/** kerjasama with its wall time, and, from /usr/bin/time, its CPU time (user + system) and peak memory. */
function kerjasamaTimed(root, extra) {
  if (!TIME) return kerjasama(root, extra);
  const t = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%U %S %M', process.execPath, BIN, ...extra, '--as-of', AS_OF], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  const lines = (r.stderr ?? '').trimEnd().split('\n');
  const m = /^([\d.]+) ([\d.]+) (\d+)$/.exec(lines.pop() ?? '');
  return { secs, cpu: m ? Number(m[1]) + Number(m[2]) : undefined, rss: m ? Number(m[3]) / 1024 : undefined, code: r.status, stderr: lines.join('\n') };
}

function sizeOf(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0);
}

/** --export-only: the export at 10,000 records, generated and real-shaped, with the load average before and after. */
function benchExport() {
  const before = loadavg();
  const rows = [];
  for (const kind of KINDS.filter((k) => k.id !== 'real-warned')) {
    const root = join(OUT, `bench-${kind.id}-10000`);
    log(`${kind.label}: writing 10000 records …`);
    kind.write(root, 10000);
    rows.push({ kind: kind.id, n: 10000, exported: measureExport(root, 10000) });
  }
  const after = loadavg();
  const la = (l) => l.map((v) => v.toFixed(2)).join(', ');
  log(`load average (1, 5, 15 min): ${la(before)} before, ${la(after)} after`);
  process.stdout.write(exportSection(rows, KINDS).join('\n') + '\n');
}

/** The export's section of docs/performance.md. */
function exportSection(rows, kinds) {
  if (!rows.some((r) => r.exported)) return [];
  const L = ['## Export (`kerjasama export`, no cache), at 10,000 records', ''];
  L.push('| register | format | time | CPU time (user + system) | peak memory | written |', '|---|---|---:|---:|---:|---:|');
  for (const r of rows) {
    if (!r.exported) continue;
    for (const f of EXPORTS) {
      const e = r.exported[f.id];
      L.push(`| ${kinds.find((k) => k.id === r.kind).label} | ${f.label} | ${fmt(e.secs)} | ${e.cpu === undefined ? 'n/a' : fmt(e.cpu)} | ${mb(e.rss)} | ${(e.bytes / 2 ** 20).toFixed(1)} MB |`);
    }
  }
  L.push('');
  return L;
}

const HISTORY_RECORDS = 10000;
const HISTORY_COMMITS = 2000;

/**
 * The history (issue 21) on a generated register of HISTORY_RECORDS records with HISTORY_COMMITS commits
 * (bench/history.mjs): `log` of the most changed agreement before and after `kerjasama maintenance`, of one
 * never changed, `audit` over the last 100 first-parent commits and over the whole history, a report with
 * and without --recorded-as-of (alternating), and the site with and without its history.
 */
function historyBench() {
  const root = join(OUT, 'bench-history');
  const load = { before: loadavg() };
  log(`history: writing ${HISTORY_RECORDS} records with ${HISTORY_COMMITS} commits …`);
  const t0 = process.hrtime.bigint();
  const made = writeHistory(root, { records: HISTORY_RECORDS, commits: HISTORY_COMMITS });
  const written = Number(process.hrtime.bigint() - t0) / 1e9;
  const times = (n, argv, want = 0) => {
    const xs = [];
    let rss = 0;
    for (let i = 0; i < n; i++) {
      const r = kerjasama(root, argv);
      check(r, argv.join(' '), want);
      xs.push(r.secs);
      rss = Math.max(rss, r.rss ?? 0);
    }
    return { secs: median(xs), rss: rss || undefined, runs: n };
  };
  const logHotNoGraph = times(3, ['log', made.hot, '--format', 'json']);
  const maint = run(process.execPath, [BIN, 'maintenance'], root);
  check(maint, 'maintenance');
  const logHot = times(REPS, ['log', made.hot, '--format', 'json']);
  const logCold = times(REPS, ['log', made.cold, '--format', 'json']);
  const blameHot = times(3, ['blame', made.hot, '--format', 'json']);
  const audit100 = times(3, ['audit', '--since', 'HEAD~100', '--format', 'json']);
  const auditAll = times(1, ['audit', '--format', 'json']);
  // A report with and without --recorded-as-of, alternating, no cache either way.
  const plain = [];
  const recorded = [];
  for (let i = 0; i < REPS; i++) {
    const order = i % 2 === 0 ? ['p', 'r'] : ['r', 'p'];
    for (const w of order) {
      const r = kerjasama(root, ['report', 'expiring', '--no-cache', '--format', 'json', ...(w === 'r' ? ['--recorded-as-of', '2021-06-30'] : [])]);
      check(r, `report expiring ${w}`);
      (w === 'r' ? recorded : plain).push(r.secs);
    }
  }
  const siteOut = join(OUT, 'site-history');
  const site = {};
  for (const [k, extra] of [['without', ['--no-history']], ['with', []]]) {
    rmSync(siteOut, { recursive: true, force: true });
    const r = kerjasama(root, ['site', '--no-cache', '--out', siteOut, ...extra]);
    check(r, `site ${k}`);
    site[k] = { secs: r.secs, rss: r.rss };
  }
  rmSync(siteOut, { recursive: true, force: true });
  load.after = loadavg();
  const res = { made, written, logHotNoGraph, logHot, logCold, blameHot, audit100, auditAll, report: { plain: median(plain), recorded: median(recorded) }, site, load, at: new Date() };
  log(`history: log ${fmt(logHotNoGraph.secs)} → ${fmt(logHot.secs)} with the commit-graph; cold ${fmt(logCold.secs)}; audit 100 commits ${fmt(audit100.secs)}, all ${fmt(auditAll.secs)}; report ${fmt(res.report.plain)} vs --recorded-as-of ${fmt(res.report.recorded)}; site ${fmt(site.without.secs)} → ${fmt(site.with.secs)} with history`);
  return res;
}

const PERIODIC_START = '<!-- periodic:start -->';
const PERIODIC_END = '<!-- periodic:end -->';

/**
 * The periodic reports (issue 24) on the 10,000-record registers, generated and real-shaped: the recap of a
 * year (2025: the agreements in force or signed in it) and of every agreement there is (a period from 1900
 * to 2100), as .xlsx and .docx, no cache; medians of three runs for the year, one for everything; the
 * implementation report and the evaluation of the year as .docx once each.
 */
function periodicBench() {
  const load = { before: loadavg() };
  const rows = [];
  for (const kind of KINDS.filter((k) => k.id !== 'real-warned')) {
    const root = join(OUT, `bench-${kind.id}-10000`);
    if (!existsSync(join(root, 'kerjasama.yaml'))) {
      log(`${kind.label}: writing 10000 records …`);
      kind.write(root, 10000);
    }
    const one = (template, period, format, n) => {
      const xs = [];
      let rss = 0;
      let agreements;
      const cpu = [];
      for (let i = 0; i < n; i++) {
        const file = join(OUT, `periodic.${format}`);
        const r = timedCpu(root, ['report', 'periodic', '--no-cache', '--template', template, '--period', period, '--output', file, '--force', '--as-of', AS_OF]);
        check(r, `report periodic ${template} ${period} ${format}`);
        xs.push(r.secs);
        if (r.cpu !== undefined) cpu.push(r.cpu);
        rss = Math.max(rss, r.rss ?? 0);
        rmSync(file, { force: true });
      }
      const j = spawnSync(process.execPath, [BIN, 'report', 'periodic', '--no-cache', '--period', period, '--format', 'json', '--as-of', AS_OF], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
      agreements = JSON.parse(j.stdout).recap.rows.length;
      const row = { kind: kind.id, template, period, format, secs: median(xs), cpu: cpu.length ? median(cpu) : undefined, rss: rss || undefined, runs: n, agreements };
      log(`  ${kind.label}: ${template} ${period} ${format}: ${fmt(row.secs)} (CPU ${row.cpu === undefined ? 'n/a' : fmt(row.cpu)}), ${mb(row.rss)} (${agreements} agreements)`);
      return row;
    };
    for (const format of ['xlsx', 'docx']) rows.push(one('recap', '2025', format, 3));
    for (const format of ['xlsx', 'docx']) rows.push(one('recap', '1900-01-01..2100-12-31', format, 1));
    rows.push(one('implementation', '2025', 'docx', 1));
    rows.push(one('evaluation', '2025', 'docx', 1));
  }
  load.after = loadavg();
  return { rows, load, at: new Date() };
}

/** One kerjasama run with its wall time, CPU time (user + system, from /usr/bin/time) and peak memory: on a shared machine the CPU time is what a quiet one would take. */
function timedCpu(cwd, argv) {
  const full = TIME ? [TIME, ['-f', '%M %U %S', process.execPath, BIN, ...argv]] : [process.execPath, [BIN, ...argv]];
  const t = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  let stderr = r.stderr ?? '';
  let rss;
  let cpu;
  if (TIME) {
    const lines = stderr.trimEnd().split('\n');
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(lines.at(-1) ?? '');
    if (m) {
      rss = Number(m[1]) / 1024;
      cpu = Number(m[2]) + Number(m[3]);
      stderr = lines.slice(0, -1).join('\n');
    }
  }
  return { secs, cpu, rss, code: r.status, stderr };
}

/** The periodic reports' section of the page, between its markers (--periodic-only rewrites only this). */
function periodicSection(p) {
  const la = (l) => l.map((v) => v.toFixed(2)).join(', ');
  const label = (kind) => KINDS.find((k) => k.id === kind).label;
  const yes = (ok) => (ok ? 'met' : '**not met**');
  const L = [PERIODIC_START, '## Periodic reports (`report periodic`)', ''];
  L.push(`Measured ${p.at.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}; load average (1, 5, 15 min) before: ${la(p.load.before)}, after: ${la(p.load.after)}. The 10,000-record registers above (3,000 agreements each), no cache, as of ${AS_OF}; whole-process wall time including loading and checking the register, and its CPU time (user and system, every thread: on a busy shared machine the wall time waits for a core, the CPU time does not); the year 2025 is a median of three runs, the rest one run.`, '');
  L.push('| register | report | period | format | agreements | wall time | CPU time | peak memory | target (wall time) |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of p.rows) {
    const target = r.template !== 'recap' ? '' : r.format === 'xlsx' ? `< 10 s: ${yes(r.secs < 10)}` : `< 15 s: ${yes(r.secs < 15)}`;
    L.push(`| ${label(r.kind)} | ${r.template} | ${r.period} | ${r.format} | ${r.agreements.toLocaleString('en-US')} | ${fmt(r.secs)} | ${r.cpu === undefined ? 'n/a' : fmt(r.cpu)} | ${mb(r.rss)} | ${target} |`);
  }
  L.push('');
  L.push('About a quarter of the time is loading and checking the register; the rest is the workbook or document: exceljs builds and zips the sheet (a style per cell), docxtemplater expands the table row once per agreement, and every zip part is dated alike so that the same day gives the same bytes. `npm run bench -- --periodic-only` reruns this part alone.', PERIODIC_END);
  return L.join('\n');
}

const HISTORY_START = '<!-- history:start -->';
const HISTORY_END = '<!-- history:end -->';

/** The history section of the page, between its markers (--history-only rewrites only this). */
function historySection(h) {
  const yes = (ok) => (ok ? 'met' : '**not met**');
  const la = (l) => l.map((v) => v.toFixed(2)).join(', ');
  const cpu = cpus();
  const L = [HISTORY_START, '## History (`log`, `blame`, `audit`, `--recorded-as-of`)', ''];
  L.push(`Measured ${h.at.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model ?? '?'}, Node ${process.version}, ${spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim()}. Load average (1, 5, 15 min) when this part began: ${la(h.load.before)}; when it ended: ${la(h.load.after)}.`, '');
  L.push(`The register: the generated register of ${HISTORY_RECORDS.toLocaleString('en-US')} records (seed 1) as the first commit, then commits written by \`bench/history.mjs\` (seeded) up to ${h.made.commits.toLocaleString('en-US')} in all: agreements' status, end and \`confirmed\` changed, agreements and activities added, agreements renamed (with the records that refer to them), activities removed, partners touched; ${h.made.pullRequests} of the changes merged as pull requests (a merge commit each). ${h.made.files.toLocaleString('en-US')} files at the end; written with \`git fast-import\` in ${fmt(h.written)}. The most changed agreement is \`${h.made.hot}\`; \`${h.made.cold}\` never changed after the first commit. Whole-process wall time, medians (runs in brackets).`, '');
  L.push('| target | measured | |', '|---|---|---|');
  L.push(`| \`log <id>\` under 3 s with the commit-graph written | ${fmt(h.logHot.secs)} (${h.logHot.runs}) | ${yes(h.logHot.secs < 3)} |`);
  L.push(`| \`audit\` over 100 commits under 3 s | ${fmt(h.audit100.secs)} (${h.audit100.runs}) | ${yes(h.audit100.secs < 3)} |`);
  L.push(`| \`--recorded-as-of\` adds under 0.5 s to a report | \`report expiring --no-cache\` ${fmt(h.report.plain)} vs ${fmt(h.report.recorded)} with \`--recorded-as-of 2021-06-30\`: ${h.report.recorded - h.report.plain >= 0 ? '+' : '−'}${fmt(Math.abs(h.report.recorded - h.report.plain))} | ${yes(h.report.recorded - h.report.plain < 0.5)} |`, '');
  L.push('| command | time | peak memory |', '|---|---:|---:|');
  L.push(`| \`log ${h.made.hot}\`, no commit-graph | ${fmt(h.logHotNoGraph.secs)} (${h.logHotNoGraph.runs}) | ${mb(h.logHotNoGraph.rss)} |`);
  L.push(`| \`kerjasama maintenance\` | once | |`);
  L.push(`| \`log ${h.made.hot}\` | ${fmt(h.logHot.secs)} (${h.logHot.runs}) | ${mb(h.logHot.rss)} |`);
  L.push(`| \`log ${h.made.cold}\` | ${fmt(h.logCold.secs)} (${h.logCold.runs}) | ${mb(h.logCold.rss)} |`);
  L.push(`| \`blame ${h.made.hot}\` | ${fmt(h.blameHot.secs)} (${h.blameHot.runs}) | ${mb(h.blameHot.rss)} |`);
  L.push(`| \`audit --since HEAD~100\` | ${fmt(h.audit100.secs)} (${h.audit100.runs}) | ${mb(h.audit100.rss)} |`);
  L.push(`| \`audit\` (the whole history) | ${fmt(h.auditAll.secs)} (${h.auditAll.runs}) | ${mb(h.auditAll.rss)} |`);
  L.push(`| \`site --no-history\` | ${fmt(h.site.without.secs)} (1) | ${mb(h.site.without.rss)} |`);
  L.push(`| \`site\` (each record's history and the recent changes, from the whole history) | ${fmt(h.site.with.secs)} (1) | ${mb(h.site.with.rss)} |`, '');
  L.push('`log` reads one path\'s first-parent history (`git log --first-parent -- <file>`), so git\'s changed-path filters in the commit-graph let it skip the commits that do not touch the record, and it looks for a rename only at the commit that created the file. `audit` and the site read the register\'s changes over their range in one `git log --raw -M` and every version they name in batches of `git cat-file --batch`. `npm run bench -- --history-only` reruns this part alone.', HISTORY_END);
  return L.join('\n');
}

async function main() {
  if (args.includes('--export-only')) {
    mkdirSync(OUT, { recursive: true });
    mkdirSync(CACHE_HOME, { recursive: true, mode: 0o700 });
    benchExport();
    return;
  }
  if (args.includes('--history-only')) {
    mkdirSync(OUT, { recursive: true });
    mkdirSync(CACHE_HOME, { recursive: true, mode: 0o700 });
    const section = historySection(historyBench());
    if (!write) {
      process.stdout.write(section + '\n');
      return;
    }
    const doc = readFileSync(DOC, 'utf8');
    const a = doc.indexOf(HISTORY_START);
    const b = doc.indexOf(HISTORY_END);
    const next = a >= 0 && b > a ? doc.slice(0, a) + section + doc.slice(b + HISTORY_END.length) : doc.replace('\n## Start-up\n', `\n${section}\n\n## Start-up\n`);
    writeFileSync(DOC, next);
    log(`wrote the history section of ${DOC}`);
    return;
  }
  if (args.includes('--periodic-only')) {
    mkdirSync(OUT, { recursive: true });
    mkdirSync(CACHE_HOME, { recursive: true, mode: 0o700 });
    const section = periodicSection(periodicBench());
    if (!write) {
      process.stdout.write(section + '\n');
      return;
    }
    const doc = readFileSync(DOC, 'utf8');
    const a = doc.indexOf(PERIODIC_START);
    const b = doc.indexOf(PERIODIC_END);
    const next = a >= 0 && b > a ? doc.slice(0, a) + section + doc.slice(b + PERIODIC_END.length) : doc.replace('\n## Start-up\n', `\n${section}\n\n## Start-up\n`);
    writeFileSync(DOC, next);
    log(`wrote the periodic reports' section of ${DOC}`);
    return;
  }
  if (args.includes('--import-only')) {
    mkdirSync(OUT, { recursive: true });
    const r = await benchImport();
    log(`import: ${IMPORT_ROWS} rows in ${fmt(r.secs)}, ${mb(r.rss)}`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  // The cache folder must exist (kerjasama never makes the user's cache folder itself, only its own folder in it).
  mkdirSync(CACHE_HOME, { recursive: true, mode: 0o700 });
  const started = new Date();
  const results = { sizes: [], startup: {}, robust: undefined };

  results.load = { before: loadavg() };
  for (const kind of KINDS) {
    for (const n of kind.sizes) {
      const root = join(OUT, `bench-${kind.id}-${n}`);
      log(`${kind.label}: writing ${n} records …`);
      // Dates quoted: ajv-cli reads YAML with js-yaml's YAML 1.1 schema, which would turn 2024-01-02 into a Date and fail the schema.
      kind.write(root, n);
      results.sizes.push({ kind: kind.id, ...measure(root, n, kind.site === true && (n < 100000 || SITE_100K)) });
      const row = results.sizes.at(-1);
      log(`  ${kind.label} ${n}: kerjasama ${fmt(row.kerjasama)} vs ajv-cli ${fmt(row.ajv)} (${(row.kerjasama / row.ajv).toFixed(2)}×); cache ${fmt(row.first)} → ${fmt(row.second)}; ${row.warnedFiles} files warned`);
    }
  }

  // Start-up: --version, --help, and a register of one small file against ajv-cli on that file.
  const one = join(OUT, 'bench-one');
  writeRegister(one, 1, { seed: 1, quoteDates: true });
  const version = [];
  const help = [];
  const oneK = [];
  const oneA = [];
  for (let i = 0; i < 10; i++) {
    version.push(run(process.execPath, [BIN, '--version'], REPO).secs);
    help.push(run(process.execPath, [BIN, '--help'], REPO).secs);
    const k = kerjasama(one, ['validate', '--no-cache']);
    check(k, 'one-file validate');
    oneK.push(k.secs);
    const a = run(AJV, ajvArgs('partner', 'data/partners/ntb.yaml'), one);
    check(a, 'ajv-cli on one file');
    oneA.push(a.secs);
  }
  results.startup = { version: median(version), help: median(help), oneKerjasama: median(oneK), oneAjv: median(oneA) };

  // Robustness: the largest register with 1% of its files broken.
  const big = SIZES.at(-1);
  const broken = join(OUT, `bench-broken-${big}`);
  log(`generating ${big} records, 1% broken …`);
  const gen = writeRegister(broken, big, { seed: 7, broken: 0.01 });
  const t = process.hrtime.bigint();
  const r = spawnSync(TIME ?? process.execPath, TIME ? ['-f', '%M', process.execPath, BIN, 'validate', '--no-cache', '--format', 'json', '--as-of', AS_OF] : [BIN, 'validate', '--no-cache', '--format', 'json', '--as-of', AS_OF], { cwd: broken, encoding: 'utf8', maxBuffer: 1 << 30 });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  const peak = TIME ? Number(r.stderr.trim().split('\n').pop()) / 1024 : undefined;
  const diags = JSON.parse(r.stdout).diagnostics;
  const found = gen.broken.filter((b) => diags.some((d) => d.file === b.file && d.code === b.code && d.line >= 1 && d.column >= 1));
  const headRun = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate --no-cache --as-of ${AS_OF} | head -3 > /dev/null`], { cwd: broken, encoding: 'utf8' });
  results.robust = {
    n: big, secs, rss: peak, code: r.status, broken: gen.broken.length, found: found.length,
    missing: gen.broken.filter((b) => !found.includes(b)).slice(0, 5),
    stderrClean: !/at .*\(|Error:/.test(r.stderr), headQuiet: headRun.stderr.trim() === '', headStderr: headRun.stderr.slice(0, 300),
  };
  log(`robustness: ${found.length}/${gen.broken.length} broken files reported with position, exit ${r.status}, ${fmt(secs)}, ${mb(peak)}; | head quiet: ${results.robust.headQuiet}`);

  results.import = await benchImport();
  log(`import: ${IMPORT_ROWS} rows in ${fmt(results.import.secs)}, ${mb(results.import.rss)}`);

  results.history = historyBench();
  results.periodic = periodicBench();

  results.load.after = loadavg();
  const doc = render(results, started);
  if (write) {
    writeFileSync(DOC, doc);
    log(`wrote ${DOC}`);
  } else {
    process.stdout.write(doc);
  }
}

const IMPORT_ROWS = 5000;

/** A bureau-style workbook of IMPORT_ROWS agreements (text dates, terms, sectors, 50 partners spelt two ways). */
async function importWorkbook(path) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Daftar');
  ws.addRow(['No.', 'Nama Mitra', 'Negara', 'Tentang', 'Tgl. TTD', 'Jangka Waktu', 'Bidang', 'OPD', 'Status', 'Keterangan']);
  for (let i = 1; i <= IMPORT_ROWS; i++) {
    const p = i % 50;
    // Every other round of the 50 partners spells them the other way (i % 2 would tie a spelling to a partner).
    const name = Math.floor(i / 50) % 2 ? `Pemerintah Kota Contoh ${p}` : `Pemkot Contoh ${p}`;
    const y = 2000 + (i % 25);
    ws.addRow([i, name, 'Indonesia', `Kesepakatan Bersama tentang Kerja Sama ${i}`, `${1 + (i % 28)}/${1 + (i % 12)}/${y}`, '5 (lima) tahun', 'Pariwisata, Pendidikan', 'Biro Pemerintahan', i % 3 ? 'Aktif' : 'Berakhir', `baris ${i}`]);
  }
  await wb.xlsx.writeFile(path);
}

async function benchImport() {
  const dir = join(OUT, 'bench-import');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data', 'partners'), { recursive: true });
  writeFileSync(join(dir, 'kerjasama.yaml'), 'name: Bench import\nowner: ntb\nlanguage: en\n');
  writeFileSync(join(dir, 'data', 'partners', 'ntb.yaml'), 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n');
  const book = join(OUT, 'bench-import.xlsx');
  await importWorkbook(book);
  const r = kerjasama(dir, ['import', book, '--yes']);
  check(r, 'import');
  return { secs: r.secs, rss: r.rss };
}

function render(res, started) {
  const cpu = cpus();
  const yes = (ok) => (ok ? 'met' : '**not met**');
  const at = (kind, n) => res.sizes.find((r) => r.kind === kind && r.n === n);
  const labelOf = (kind) => KINDS.find((k) => k.id === kind).label;
  const x = (a, b) => `${(a / b).toFixed(2)} ×`;
  const la = (l) => l.map((v) => v.toFixed(2)).join(', ');
  const L = [];
  L.push('# Performance', '');
  L.push('<!-- Written by `npm run bench` (bench/run.mjs); do not edit by hand. Rerun it on a quiet machine to refresh. -->', '');
  L.push(`Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${release()}, Node ${process.version}${quick ? ' (`--quick`: 1k and 10k only)' : ''}. Load average (1, 5, 15 min) when the run began: ${la(res.load.before)}; when it ended: ${la(res.load.after)} (the benchmark itself keeps about one core busy).`, '');
  L.push('Two kinds of register:', '');
  L.push('- **generated** (`bench/generate.mjs`, seed 1): partners, agreements and activities in the proportions 1 : 3 : 6, about 20–35 lines a file, uniform and clean as of ' + AS_OF + ';');
  L.push('- **real-shaped** (`bench/replicate.mjs`): the bundled example register (records as people write them: long notes, multi-line scope lists, comments, modelines, uncertain dates, honest warnings) replicated to the size, every id renamed consistently in each copy so references, renewal chains and the owner stay valid, partner names numbered so the duplicate detector is not flooded; about 8% of its files carry a warning. **⅓ warned** is the same with a warning given to more files (facts confirmed in 2001, activities dated 1901, partners in Taiwan), so that about a third carry one.', '');
  L.push('Dates are quoted so that ajv-cli, which reads YAML with js-yaml’s YAML 1.1 schema, sees strings as kerjasama does; both tools then find every file valid (warnings are not failures). Times are whole-process wall time, medians of ' + REPS + ' runs (3 at 100k), kerjasama and ajv-cli alternating in the same run; peak memory is the maximum resident set size from `/usr/bin/time`.', '');
  L.push('## Targets', '');
  L.push('| target | register | measured | |', '|---|---|---|---|');
  const w10 = at('real-warned', 10000);
  if (w10) L.push(`| 10,000 records, ⅓ with a warning: validate ≤ 0.5 × ajv-cli | ${labelOf('real-warned')} (${w10.warnedFiles.toLocaleString('en-US')} files warned) | ${fmt(w10.kerjasama)} vs ${fmt(w10.ajv)}: **${x(w10.kerjasama, w10.ajv)}** | ${yes(w10.kerjasama <= 0.5 * w10.ajv)} |`);
  for (const kind of ['generated', 'real']) {
    const r = at(kind, 10000);
    if (r) L.push(`| 10,000 records: validate ≤ 0.4 × ajv-cli | ${labelOf(kind)} | ${fmt(r.kerjasama)} vs ${fmt(r.ajv)}: **${x(r.kerjasama, r.ajv)}** | ${yes(r.kerjasama <= 0.4 * r.ajv)} |`);
  }
  for (const kind of ['real', 'generated']) {
    const r = at(kind, 100000);
    if (!r) continue;
    L.push(`| 100,000 records: validate < 4 s, < 500 MB | ${labelOf(kind)} | ${fmt(r.kerjasama)}, ${mb(r.rss)} | ${yes(r.kerjasama < 4 && r.rss !== undefined && r.rss < 500)} |`);
    const worst = Object.entries(r.reports).sort((a, b) => b[1].secs - a[1].secs)[0];
    L.push(`| 100,000 records: every report < 4 s | ${labelOf(kind)} | slowest: ${worst[0]} ${fmt(worst[1].secs)} | ${yes(worst[1].secs < 4)} |`);
  }
  for (const r of res.sizes) {
    L.push(`| first run writing the cache ≤ 1.2 × a run without it (${r.n.toLocaleString('en-US')}) | ${labelOf(r.kind)} | ${fmt(r.first)} vs ${fmt(r.without)}: **${x(r.first, r.without)}** | ${yes(r.first <= 1.2 * r.without)} |`);
  }
  for (const r of res.sizes.filter((s) => s.n === 10000)) {
    L.push(`| second validate of an unchanged 10,000 ≥ 8 × faster than the first | ${labelOf(r.kind)} | ${fmt(r.first)} → ${fmt(r.second)}: **${(r.first / r.second).toFixed(1)} ×** | ${yes(r.first / r.second >= 8)} |`);
  }
  const siteAt = (n) => at('generated', n)?.site;
  if (siteAt(10000)) L.push(`| 10,000 records: site built < 15 s | generated | ${fmt(siteAt(10000).secs)} | ${yes(siteAt(10000).secs < 15)} |`);
  if (siteAt(100000)) L.push(`| 100,000 records: site built < 2 min and < 1.5 GB | generated | ${fmt(siteAt(100000).secs)}, ${mb(siteAt(100000).rss)} | ${yes(siteAt(100000).secs < 120 && (siteAt(100000).rss ?? 0) > 0 && siteAt(100000).rss < 1536)} |`);
  const homes = res.sizes.filter((r) => r.site).map((r) => r.site.home);
  if (homes.length) L.push(`| home page < 300 KB | generated | largest ${(Math.max(...homes) / 1024).toFixed(0)} KB | ${yes(Math.max(...homes) < 300 * 1024)} |`);
  for (const r of res.sizes) {
    if (!r.exported) continue;
    for (const f of EXPORTS.filter((x) => x.target)) L.push(`| 10,000 records: export to ${f.id === 'sqlite' ? 'SQLite' : 'a Data Package'} < ${f.target} s | ${labelOf(r.kind)} | ${fmt(r.exported[f.id].secs)} | ${yes(r.exported[f.id].secs < f.target)} |`);
  }
  if (res.import) L.push(`| import of ${IMPORT_ROWS.toLocaleString('en-US')} rows (.xlsx) < 10 s | | ${fmt(res.import.secs)} | ${yes(res.import.secs < 10)} |`);
  const s = res.startup;
  L.push(`| \`--version\` < 100 ms | | ${fmt(s.version)} | ${yes(s.version < 0.1)} |`);
  L.push(`| \`--help\` < 120 ms | | ${fmt(s.help)} | ${yes(s.help < 0.12)} |`);
  L.push(`| one small file: validate ≤ ajv-cli | | ${fmt(s.oneKerjasama)} vs ${fmt(s.oneAjv)} | ${yes(s.oneKerjasama <= s.oneAjv)} |`);
  L.push('');
  L.push('## Validate against ajv-cli, by size', '');
  L.push('| register | records | files warned | kerjasama validate | ajv-cli (3 schemas) | ratio | per 1,000 records | peak memory | without cache | first run (cache written) | first / without | second run (cached) | speed-up |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of res.sizes) {
    L.push(`| ${labelOf(r.kind)} | ${r.n.toLocaleString('en-US')} | ${r.warnedFiles.toLocaleString('en-US')} | ${fmt(r.kerjasama)} | ${fmt(r.ajv)} | ${x(r.kerjasama, r.ajv)} | ${fmt((r.kerjasama / r.n) * 1000)} | ${mb(r.rss)} | ${fmt(r.without)} | ${fmt(r.first)} | ${x(r.first, r.without)} | ${fmt(r.second)} | ${(r.first / r.second).toFixed(1)} × |`);
  }
  L.push('');
  L.push('## Reports (no cache), by size', '');
  L.push('| register | records | expiring | inactive | coverage | summary | peak memory |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const r of res.sizes) {
    const peak = Math.max(...Object.values(r.reports).map((v) => v.rss ?? 0));
    L.push(`| ${labelOf(r.kind)} | ${r.n.toLocaleString('en-US')} | ${fmt(r.reports.expiring.secs)} | ${fmt(r.reports.inactive.secs)} | ${fmt(r.reports.coverage.secs)} | ${fmt(r.reports.summary.secs)} | ${mb(peak || undefined)} |`);
  }
  L.push('');
  L.push('## The website (`kerjasama site`, no cache), by size', '');
  L.push('| records | build (load, reports, every page in two languages, written) | files | peak memory | home page |', '|---:|---:|---:|---:|---:|');
  for (const r of res.sizes) if (r.site) L.push(`| ${r.n.toLocaleString('en-US')} | ${fmt(r.site.secs)} | about ${(2 * r.n + 50).toLocaleString('en-US')} | ${mb(r.site.rss)} | ${(r.site.home / 1024).toFixed(0)} KB |`);
  L.push('');
  const rb = res.robust;
  L.push('## Robustness', '');
  L.push(`${rb.n.toLocaleString('en-US')} generated records with ${rb.broken} files (1%) broken in eleven ways (bench/generate.mjs BREAKERS: YAML syntax, tabs, duplicate keys, aliases, wrong types, enum typos, missing fields, impossible dates, misspelt fields, id mismatches, unknown references):`, '');
  L.push(`- ${rb.found} of ${rb.broken} broken files reported with their code, line and column${rb.missing.length ? ` (missing: ${rb.missing.map((m) => m.file + ' ' + m.code).join(', ')})` : ''};`);
  L.push(`- exit code ${rb.code}, ${fmt(rb.secs)}, peak memory ${mb(rb.rss)}, ${rb.stderrClean ? 'no stack trace' : '**a stack trace on stderr**'};`);
  L.push(`- \`kerjasama validate | head -3\`: ${rb.headQuiet ? 'exits quietly' : '**stderr: ' + rb.headStderr + '**'}.`, '');
  L.push(...exportSection(res.sizes, KINDS));
  if (res.import) {
    L.push('## Import', '');
    L.push(`\`kerjasama import bench-import.xlsx --yes\` into a register with one partner: ${IMPORT_ROWS.toLocaleString('en-US')} rows of a bureau-style sheet (text dates, terms, sectors, 50 partners each spelt two ways), read, mapped, every record checked with the register's rules, and ${IMPORT_ROWS.toLocaleString('en-US')} agreements and 50 partners written: ${fmt(res.import.secs)}, peak memory ${mb(res.import.rss)}.`, '');
  }
  if (res.history) L.push(historySection(res.history), '');
  if (res.periodic) L.push(periodicSection(res.periodic), '');
  L.push('## Start-up', '');
  L.push(`| \`kerjasama --version\` | \`kerjasama --help\` | validate, register of one file | ajv-cli, that one file |`, '|---:|---:|---:|---:|');
  L.push(`| ${fmt(s.version)} | ${fmt(s.help)} | ${fmt(s.oneKerjasama)} | ${fmt(s.oneAjv)} |`, '');
  L.push('Medians of 10 runs.', '');
  L.push('## Commands', '');
  L.push('```sh');
  L.push(`npm run bench            # this page (${quick ? '--quick' : 'full'})`);
  L.push('npm run bench -- --quick # 1k and 10k only');
  L.push('npm run bench -- --site-100k # the site at 100k too (two to four minutes on its own)');
  L.push('npm run bench -- --export-only # kerjasama export at 10,000 records only, printed');
  L.push('npm run bench -- --history-only # only the history part (log, audit, --recorded-as-of on 10,000 records, 2,000 commits)');
  L.push('npm run bench -- --periodic-only # only the periodic reports (recap of 10,000 records as .xlsx and .docx)');
  L.push(`cd bench/out/bench-real-warned-10000                              # or bench-generated-N, bench-real-N`);
  L.push(`kerjasama validate --no-cache --as-of ${AS_OF}                  # first run, nothing cached`);
  L.push(`kerjasama validate --as-of ${AS_OF}                             # writes, then reads the cache in ~/.cache/kerjasama/`);
  L.push(`kerjasama site --no-cache --out ../site-10000 --as-of ${AS_OF}  # the website (from bench-generated-10000)`);
  L.push(`KERJASAMA_READER=full kerjasama validate --as-of ${AS_OF}       # the reference: every file through the full parser, no cache`);
  L.push(`ajv validate ${ajvArgs('agreement', "'data/agreements/*.yaml'").slice(1).map((a) => a.replace(REPO + '/', '')).join(' ')}`);
  L.push('# … and the same with partner.schema.json / data/partners, activity.schema.json / data/activities');
  L.push('```', '');
  L.push(readFileSync(join(REPO, 'bench', 'notes.md'), 'utf8').trimEnd(), '');
  return L.join('\n');
}

main();
