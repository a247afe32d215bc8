// A register with a long git history, for the history benchmark (bench/run.mjs --history-only, and the
// full run): the generated register (bench/generate.mjs) as the first commit, then `commits - 1` seeded
// commits that change agreements (status, end, confirmed), add agreements and activities, rename
// agreements, remove activities and touch partners, one in four merged as a pull request (a merge commit
// on the first-parent line). Written with `git fast-import`, so 2,000 commits take seconds, not minutes.
// Plain JavaScript (no build step). The files of the last commit are checked out.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { generateRegister } from './generate.mjs';

/** mulberry32, as generate.mjs. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const STATUSES = ['active', 'expired', 'superseded', 'signed'];
const id = (p) => p.split('/').pop().replace(/\.yaml$/, '');
const EPOCH = Date.UTC(2019, 0, 1, 2, 0, 0) / 1000;

/**
 * Writes the repository to `dir` (emptied first) and returns what the benchmark asks about: the most
 * changed agreement (`hot`), one never changed after the first commit (`cold`), and the number of commits.
 */
export function writeHistory(dir, { records = 10000, commits = 2000, seed = 1 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  const r = rng(seed);
  const files = generateRegister(records, { seed, quoteDates: true }).files;
  const agreements = [...files.keys()].filter((p) => p.startsWith('data/agreements/'));
  const activities = [...files.keys()].filter((p) => p.startsWith('data/activities/'));
  const partners = [...files.keys()].filter((p) => p.startsWith('data/partners/') && p !== 'data/partners/ntb.yaml');
  const hot = agreements[Math.floor(agreements.length / 2)];
  const changed = new Set();
  const out = [];
  const who = [['Siti Rahmawati', 'siti@example.org'], ['Budi Santoso', 'budi@example.org'], ['Made Wirawan', 'made@example.org']];
  let mark = 0;
  const data = (text) => {
    const b = Buffer.from(text, 'utf8');
    return `data ${b.length}\n${text}\n`;
  };
  /** One commit: `ops` are [path, text | null]; null deletes. */
  const commit = (ref, time, author, message, ops, from, merge) => {
    mark++;
    const [name, email] = author;
    out.push(`commit ${ref}\nmark :${mark}\nauthor ${name} <${email}> ${time} +0700\ncommitter ${name} <${email}> ${time} +0700\n${data(message)}`);
    if (from) out.push(`from ${from}\n`);
    if (merge) out.push(`merge ${merge}\n`);
    for (const [path, text] of ops) out.push(text === null ? `D ${path}\n` : `M 100644 inline ${path}\n${data(text)}`);
    out.push('\n');
    return `:${mark}`;
  };
  let main = commit('refs/heads/main', EPOCH, who[0], 'Register begins', [...files]);
  let time = EPOCH;
  let n = 1;
  let pr = 0;
  const change = () => {
    const roll = r.next();
    // A third of the agreement changes go to one agreement: a record with a long life of its own.
    if (roll < 0.6) {
      const path = r.next() < 0.03 ? hot : r.pick(agreements);
      let text = files.get(path);
      const k = r.int(0, 2);
      if (k === 0) text = text.replace(/^status: .*$/m, `status: ${r.pick(STATUSES)}`);
      else if (k === 1) text = text.replace(/^end: "(\d{4})/m, (_m, y) => `end: "${Number(y) + (r.next() < 0.5 ? 1 : -1)}`);
      else text = /^confirmed: /m.test(text) ? text.replace(/^confirmed: .*$/m, `confirmed: "2025-${String(r.int(1, 12)).padStart(2, '0')}"`) : `${text}confirmed: "2025-01"\n`;
      files.set(path, text);
      changed.add(path);
      return [[path, text]];
    }
    if (roll < 0.75) {
      // A new agreement like an existing one, linked to none (a copy that renewed the same one would be a second renewal).
      const src = files.get(r.pick(agreements)).replace(/^(renews|parent): .*\n/gm, '');
      const path = `data/agreements/new-${n}.yaml`;
      agreements.push(path);
      files.set(path, src);
      return [[path, src]];
    }
    if (roll < 0.85) {
      const src = files.get(r.pick(activities));
      const path = `data/activities/new-act-${n}.yaml`;
      activities.push(path);
      files.set(path, src);
      return [[path, src]];
    }
    if (roll < 0.9) {
      const i = r.int(0, agreements.length - 1);
      const from = agreements[i];
      if (from === hot) return [];
      const to = from.replace(/\.yaml$/, `-r${n}.yaml`);
      const text = files.get(from);
      files.delete(from);
      files.set(to, text);
      agreements[i] = to;
      changed.add(to);
      // As a clerk renames a file: the records that refer to it are changed in the same commit.
      const oldId = id(from);
      const newId = id(to);
      const refs = [];
      const word = new RegExp(`(?<=[\\s\\[,:])${oldId.replace(/[.]/g, '\\.')}(?=[\\s,\\]]|$)`, 'gm');
      for (const [p, t] of files) {
        if (p === to || !p.startsWith('data/') || !t.includes(oldId)) continue;
        const u = t.replace(word, newId);
        if (u !== t) {
          files.set(p, u);
          refs.push([p, u]);
        }
      }
      return [[from, null], [to, text], ...refs];
    }
    if (roll < 0.95) {
      const i = r.int(0, activities.length - 1);
      const path = activities[i];
      activities.splice(i, 1);
      files.delete(path);
      return [[path, null]];
    }
    const path = r.pick(partners);
    const text = files.get(path).replace(/^website: .*$/m, `website: https://partner-${n}.example.org`);
    files.set(path, text);
    return [[path, text]];
  };
  while (n < commits) {
    time += r.int(3600, 36 * 3600);
    const author = r.pick(who);
    if (r.next() < 0.25 && n + 1 < commits) {
      // A pull request: a commit on a branch, then its merge (two commits of the history).
      pr++;
      const branch = commit(`refs/heads/pr-${pr}`, time, author, `Change ${n}`, change(), main);
      n++;
      time += r.int(600, 7200);
      main = commit('refs/heads/main', time, who[2], `Merge pull request #${pr} from ${author[0].split(' ')[0].toLowerCase()}/pr-${pr}\n\nChange ${n - 1}`, [], main, branch);
      n++;
    } else {
      main = commit('refs/heads/main', time, author, `Change ${n}`, change(), main);
      n++;
    }
  }
  const fi = spawnSync('git', ['-C', dir, 'fast-import', '--quiet', '--force'], { input: out.join(''), env, maxBuffer: 1 << 30 });
  if (fi.status !== 0) throw new Error(`git fast-import: ${fi.stderr}`);
  for (let i = 1; i <= pr; i++) execFileSync('git', ['-C', dir, 'branch', '-q', '-D', `pr-${i}`], { env });
  execFileSync('git', ['-C', dir, 'checkout', '-q', '-f', 'main'], { env });
  const cold = agreements.find((p) => !changed.has(p) && !p.includes('/new-'));
  return { hot: id(hot), cold: id(cold), commits: n, pullRequests: pr, files: files.size };
}
