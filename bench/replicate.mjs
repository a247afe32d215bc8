// Real-shaped registers for the benchmark: the bundled example register (the repository's own
// kerjasama.yaml and data/, written as people write records: long notes, multi-line scope lists,
// comments, modelines, uncertain dates, honest warnings) replicated up to a number of record files.
//
// Copy 0 is the example register as it is. Every further copy k renames every record id consistently
// (`jatim` → `jatim-r7`, in file names and in every reference: partners, owners, renewals, parents,
// signatures, activities' agreements), so references and renewal chains stay valid inside the copy; the
// register's owner (kerjasama.yaml `owner:`) is shared by all copies and its partner file is not copied.
// Partner names and aliases get the copy's number, so the duplicate detector is not flooded.
//
// Dates written bare (2025-08-22, 2017) are quoted, as bench/generate.mjs does with quoteDates: ajv-cli
// reads YAML with js-yaml's YAML 1.1 schema, which would turn them into timestamps and numbers; quoted,
// both tools see the same strings. With { warnThird: true } about a third of the files carry a warning
// (see WARNERS): facts confirmed long ago, activities dated before their agreement, partners in Taiwan.
// Plain JavaScript (no build step), like generate.mjs.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from './generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['partners', 'agreements', 'activities'];

/** The example register: kerjasama.yaml and every record file, by path. */
export function exampleRegister(root = REPO) {
  const files = new Map();
  files.set('kerjasama.yaml', readFileSync(join(root, 'kerjasama.yaml'), 'utf8'));
  for (const dir of DIRS) {
    for (const name of readdirSync(join(root, 'data', dir)).sort()) {
      if (/\.ya?ml$/.test(name)) files.set(`data/${dir}/${name}`, readFileSync(join(root, 'data', dir, name), 'utf8'));
    }
  }
  return files;
}

const idOf = (rel) => rel.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Quotes a bare date-like scalar after a key or a list dash (2025-08-22, 2017-06, 2028). */
function quoteDates(text) {
  return text.replace(/^(\s*(?:- )?[a-z_]+: |\s*- )(\d{4}(?:-\d{2}){0,2})(\s*(?:#.*)?)$/gm, '$1"$2"$3');
}

/**
 * Ways to give a file a warning of its own without any error (checked by test/replicate.test.ts).
 * Each returns the new text, or undefined when it does not apply to that file.
 */
const WARNERS = {
  // stale-facts: facts last confirmed in 2001, on an agreement not known to have ended.
  agreement: (text) => (/^confirmed:/m.test(text) || /^status: (expired|terminated|superseded)/m.test(text) ? undefined : text.replace(/\n?$/, '\nconfirmed: "2001"\n')),
  // activity-outside-agreement: held in 1901, long before any agreement of the example starts.
  activity: (text) => (/^status: planned/m.test(text) ? undefined : text.replace(/^start: .*$/m, 'start: "1901-01-01"').replace(/^end: .*\n/m, '')),
  // country-special-rules: a foreign partner moved to Taiwan.
  // Its ISO 3166-2 code (another country's) goes with it: the warning, not an error.
  partner: (text) => (/^country: (?:ID|TW)\b/m.test(text) ? undefined : text.replace(/^country: .*$/m, 'country: TW').replace(/^ids:\n((?: +.*\n)+)/m, (_m, body) => {
    const kept = body.split('\n').filter((l) => l !== '' && !/^ +iso3166_2:/.test(l));
    return kept.length > 0 ? `ids:\n${kept.join('\n')}\n` : '';
  })),
};

/**
 * A register of `records` record files made of copies of the example register. Returns the files
 * (path → text) and, with warnThird, the files that were given a warning.
 */
export function replicateRegister(records, options = {}) {
  const example = exampleRegister(options.root);
  const config = example.get('kerjasama.yaml');
  const owner = /^owner: *(\S+)/m.exec(config)?.[1];
  const records0 = [...example.keys()].filter((rel) => rel.startsWith('data/'));
  const ids = [...new Set(records0.map(idOf))].filter((id) => id !== owner).sort((a, b) => b.length - a.length);
  // An id as a whole token: not inside a longer id, a path or a web address.
  const token = new RegExp(`(?<![A-Za-z0-9_./-])(${ids.map(escapeRe).join('|')})(?![A-Za-z0-9_/-]|\\.[A-Za-z0-9])`, 'g');
  const files = new Map([['kerjasama.yaml', config]]);
  const warned = [];
  let count = 0;
  let copy = 0;
  let since = 0;
  while (count < records) {
    const suffix = copy === 0 ? '' : `-r${copy}`;
    const made = new Map();
    for (const rel of records0) {
      const id = idOf(rel);
      if (copy > 0 && id === owner) continue;
      let text = example.get(rel);
      if (copy > 0) {
        text = text.replace(token, (m) => m + suffix);
        if (rel.startsWith('data/partners/')) {
          // Names and aliases carry the copy's number (the duplicate detector compares them).
          text = text.replace(/^(name|name_local): (.*)$/m, (_m, k, v) => `${k}: ${v.replace(/^(["']?)(.*?)(["']?)$/, `$1$2 ${copy}$3`)}`);
          text = text.replace(/^(aliases:\n)((?: +- .*\n)+)/m, (_m, head, items) => head + items.replace(/^( +- )(.*)$/gm, (_x, dash, v) => `${dash}${v.replace(/^(["']?)(.*?)(["']?)$/, `$1$2 ${copy}$3`)}`));
          // An identifier names one partner: a copy keeps none of the region codes (two partners with the
          // same code are an error, same-identifier), and its Wikidata id is numbered as its name is (the
          // original, a 9, the copy in five digits: never another copy's nor another original's).
          text = text.replace(/^ids:\n((?: +.*\n)+)/m, (_m, body) => {
            const kept = body.split('\n').filter((l) => /^ +wikidata:/.test(l)).map((l) => l.replace(/Q(\d+)/, (_q, n) => `Q${n}9${String(copy).padStart(5, '0')}`));
            return kept.length > 0 ? `ids:\n${kept.join('\n')}\n` : '';
          });
        }
      }
      text = quoteDates(text);
      const kind = rel.split('/')[1] === 'partners' ? 'partner' : rel.split('/')[1] === 'agreements' ? 'agreement' : 'activity';
      // Three in seven of the files a warner applies to get a warning of their own: with the warnings the
      // example register has already, about a third of the files carry one.
      if (options.warnThird && id !== owner) {
        const w = WARNERS[kind](text);
        if (w !== undefined && since++ % 7 < 3) {
          text = w;
          warned.push(rel.replace(/[^/]*$/, `${id}${suffix}.yaml`));
        }
      }
      made.set(rel.replace(/[^/]*$/, `${id}${suffix}.yaml`), { text, kind });
    }
    // The last copy may be partial: partners first, then agreements, then activities, each only when
    // every id it names is in the register, so nothing dangles.
    const room = records - count;
    if (made.size <= room) {
      for (const [rel, f] of made) files.set(rel, f.text);
      count += made.size;
    } else {
      const present = new Set([...files.keys()].filter((r) => r.startsWith('data/')).map(idOf));
      const dirOf = new Set([...made.keys()].map(idOf));
      let left = room;
      // Until full: a renewal may come before what it renews in path order, so go round again.
      for (let progress = true; left > 0 && progress; ) {
        progress = false;
        for (const dir of DIRS) {
          for (const [rel, f] of made) {
            if (left === 0 || files.has(rel) || !rel.startsWith(`data/${dir}/`)) continue;
            const named = [...references(f.text)].filter((x) => dirOf.has(x) && x !== idOf(rel));
            if (named.every((x) => present.has(x))) {
              files.set(rel, f.text);
              present.add(idOf(rel));
              left--;
              count++;
              progress = true;
            }
          }
        }
      }
      if (left > 0) throw new Error(`replicateRegister: could not fill ${records} records: ${[...made.keys()].filter((r) => !files.has(r)).join(" ")}`);
    }
    copy++;
  }
  return { files, warned: warned.filter((rel) => files.has(rel)) };
}

/** The ids a record refers to (not those its notes mention): reference keys and the ids listed under them. */
function references(text) {
  const out = new Set();
  let inList = false;
  for (const line of text.split('\n')) {
    const m = /^\s*(?:- )?(partners|owner|renews|parent|agreements|party|partner): *(.*)$/.exec(line);
    if (m) {
      inList = m[2] === '';
      for (const x of m[2].replace(/[[\]"']/g, '').split(',')) if (x.trim()) out.add(x.trim());
      continue;
    }
    const item = /^\s*- ([a-z0-9][a-z0-9._-]*)\s*$/.exec(line);
    if (inList && item) out.add(item[1]);
    else if (!/^\s*$/.test(line)) inList = false;
  }
  return out;
}

/** Writes a replicated register to `dir` (emptied first), files dated as at rest (see generate.mjs). */
export function writeReplicated(dir, records, options = {}) {
  const result = replicateRegister(records, options);
  writeFiles(dir, result.files);
  return result;
}
