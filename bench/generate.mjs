// A seeded, deterministic generator of realistic registers for the benchmark and for tests: partners,
// agreements and activities in realistic proportions (1 : 3 : 6), clean as of AS_OF (no diagnostics),
// optionally with a share of files broken in assorted ways, each broken file listed with what was done.
// Plain JavaScript (no build step), so `npm run bench` and the tests (which import it) run it as is.

import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The day the generated registers are clean as of; run kerjasama with --as-of AS_OF. */
export const AS_OF = '2026-11-22';

const DAY = 86_400_000;
const AS_OF_DAY = Date.UTC(2026, 10, 22) / DAY;

/** mulberry32: small, fast, and the same sequence on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const some = (xs, lo, hi) => {
    const n = int(lo, hi);
    const pool = [...xs];
    const out = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, some };
}

const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const plusYears = (day, years) => {
  const d = new Date(day * DAY);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY;
};

const SECTORS = ['pendidikan', 'kesehatan', 'pekerjaan_umum', 'tenaga_kerja', 'pangan', 'lingkungan_hidup', 'perhubungan', 'komunikasi_informatika', 'koperasi_ukm', 'penanaman_modal', 'kepemudaan_olahraga', 'kebudayaan', 'kelautan_perikanan', 'pariwisata', 'pertanian', 'esdm', 'perdagangan', 'perindustrian'];
const OBJECTS = ['iptek', 'pertukaran_budaya', 'kapasitas_teknis', 'promosi_potensi'];
const FOREIGN = ['JP', 'KR', 'CN', 'AU', 'NL', 'DE', 'FR', 'US', 'MY', 'SG', 'TH', 'VN', 'PH', 'NZ', 'EG', 'TR', 'AE', 'IN'];
const PLACES = ['Mataram', 'Surabaya', 'Bandung', 'Jakarta', 'Denpasar', 'Kupang', 'Makassar', 'Shizuoka', 'Perth', 'Osaka', 'Busan', 'Tianjin'];
const UNITS = ['Biro Pemerintahan', 'Dinas Pendidikan', 'Dinas Pariwisata', 'DPMPTSP', 'Dinas Perdagangan', 'Dinas Tenaga Kerja', 'Bappeda'];
const ACTIVITY_TYPES = ['visit', 'exchange', 'training', 'scholarship', 'trade_mission', 'exhibition', 'cultural_event', 'sports_event', 'technical_project', 'investment', 'grant', 'meeting'];
const WORDS = ['kerja sama', 'pengembangan', 'peningkatan', 'kapasitas', 'sumber daya manusia', 'pariwisata', 'perdagangan', 'investasi', 'pendidikan', 'vokasi', 'kebudayaan', 'pertanian', 'perikanan', 'energi', 'lingkungan'];

/** Partner groups by the agreement categories they fit (see src/check/category.ts). */
const GROUPS = [
  { key: 'region', share: 0.3, category: 'KSDD', subforms: ['wajib', 'sukarela'], types: ['province', 'regency', 'city'], foreign: false },
  { key: 'third', share: 0.25, category: 'KSDPK', subforms: [], types: ['company', 'university', 'ngo'], foreign: false },
  { key: 'subnational', share: 0.3, category: 'KSDPL', subforms: ['provinsi_kembar', 'kabupaten_kota_kembar', 'lainnya'], types: ['foreign_subnational'], foreign: true },
  { key: 'institution', share: 0.1, category: 'KSDLL', subforms: ['lainnya'], types: ['foreign_institution', 'university', 'company'], foreign: true },
  { key: 'central', share: 0.05, category: 'PUSAT', subforms: [], types: ['central_government'], foreign: false },
];
const PREFIX = { province: 'Provinsi', regency: 'Kabupaten', city: 'Kota', company: 'PT', university: 'Universitas', ngo: 'Yayasan', foreign_subnational: 'Prefecture', foreign_institution: 'Institute', central_government: 'Kementerian' };

function sentence(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.pick(WORDS));
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Generates the files of a register of `records` record files.
 * Options: seed (default 1), broken (a share, e.g. 0.01), quoteDates (write dates as "2024-01-02": plain
 * js-yaml, as ajv-cli uses, would otherwise turn them into Date objects the schema rejects).
 * Returns { files: Map<path, text>, broken: [{ file, kind, how, code }] }.
 */
export function generateRegister(records, options = {}) {
  const r = rng(options.seed ?? 1);
  const q = options.quoteDates ? (s) => `"${s}"` : (s) => s;
  const files = new Map();
  files.set('kerjasama.yaml', [
    '# yaml-language-server: $schema=schemas/config.schema.json',
    `name: Generated register of ${records} records (seed ${options.seed ?? 1})`,
    'owner: ntb',
    'language: en',
    'timezone: Asia/Jakarta',
    'thresholds:',
    '  expiry_horizon: 12m',
    '  inactivity_window: 12m',
    '  max_term: 5y',
    '',
  ].join('\n'));

  const nPartners = Math.max(2, Math.round(records * 0.1));
  const nAgreements = Math.max(1, Math.round(records * 0.3));
  const nActivities = Math.max(0, records - nPartners - nAgreements);

  // Partners: the owner, then the others spread over the groups.
  files.set('data/partners/ntb.yaml', 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\nregion: Nusa Tenggara\nwebsite: https://ntbprov.go.id\n');
  const byGroup = new Map(GROUPS.map((g) => [g.key, []]));
  for (let i = 1; i < nPartners; i++) {
    const g = GROUPS[i % GROUPS.length === 0 ? 0 : pickGroup(r)];
    const type = r.pick(g.types);
    const country = g.foreign ? r.pick(FOREIGN) : 'ID';
    const id = `${g.key}-${type.replace(/_/g, '-')}-${i}`;
    byGroup.get(g.key).push(id);
    const lines = [
      `name: ${PREFIX[type]} ${sentence(r, 1)} ${i}`,
      `type: ${type}`,
      `country: ${country}`,
      `region: ${r.pick(PLACES)} region`,
      'aliases:',
      `  - ${PREFIX[type]} nomor ${i}`,
      `website: https://partner-${i}.example.org`,
      'contacts:',
      `  - name: Contact ${i}`,
      `    role: Head of cooperation`,
      `    email: contact${i}@partner-${i}.example.org`,
      `notes: Generated partner ${i}.`,
      '',
    ];
    files.set(`data/partners/${id}.yaml`, lines.join('\n'));
  }
  // Every group needs a partner for the agreements that pick it.
  for (const g of GROUPS) if (byGroup.get(g.key).length === 0) byGroup.get(g.key).push('ntb');

  // Agreements: most stand alone; some renew an earlier one with the same partner.
  const agreements = [];
  for (let i = 0; i < nAgreements; i++) {
    let g = GROUPS[pickGroup(r)];
    if (byGroup.get(g.key)[0] === 'ntb') g = GROUPS[0];
    const previous = i > 0 && r.next() < 0.15 ? agreements[i - 1] : undefined;
    const renewable = previous && !previous.renewed && previous.end + 1 <= AS_OF_DAY + 365;
    const partner = renewable ? previous.partner : r.pick(byGroup.get(g.key));
    const group = renewable ? previous.group : g;
    let effective = renewable ? previous.end + 1 : AS_OF_DAY - r.int(30, 365 * 9);
    // A term from 29 February is a matter of convention; keep the generated ones unambiguous.
    if (iso(effective).endsWith('-02-29')) effective += 1;
    const end = plusYears(effective, r.int(1, 5)) - 1;
    const docType = renewable ? 'renewal' : r.pick(['mou', 'mou', 'pks', 'action_plan']);
    const id = `${group.category.toLowerCase()}-${partner}-${docType}-${i}`;
    const rec = { id, partner, group, effective, end, renewed: false, status: '' };
    if (renewable) {
      previous.renewed = true;
      previous.status = 'superseded';
    }
    rec.status = effective > AS_OF_DAY ? 'signed' : end < AS_OF_DAY ? 'expired' : 'active';
    rec.renews = renewable ? previous.id : undefined;
    agreements.push(rec);
  }
  for (const a of agreements) {
    const g = a.group;
    const sign = iso(a.effective - r.int(0, 20));
    const lines = [
      `title: ${sentence(r, 4)} ${a.id}`,
      `original_title: Kesepakatan Bersama tentang ${sentence(r, 5).toLowerCase()}`,
      `category: ${g.category}`,
      ...(g.subforms.length ? [`subform: ${r.pick(g.subforms)}`] : []),
      `document_type: ${a.renews ? 'renewal' : a.id.split('-').slice(-2)[0]}`,
      `partners: [${a.partner}]`,
      ...(a.renews ? [`renews: ${a.renews}`] : []),
      'signatures:',
      '  - party: ntb',
      `    date: ${q(sign)}`,
      `    place: ${r.pick(PLACES)}`,
      '    signatory: Gubernur NTB',
      '    signatory_title: Gubernur Nusa Tenggara Barat',
      `    number: "${r.int(100, 999)}/${r.int(1, 99)}/KB/${sign.slice(0, 4)}"`,
      `  - party: ${a.partner}`,
      `    date: ${q(sign)}`,
      `    signatory: Head of partner ${a.partner}`,
      `effective: ${q(iso(a.effective))}`,
      `end: ${q(iso(a.end))}`,
      `status: ${a.status}`,
      `sectors: [${r.some(SECTORS, 1, 3).join(', ')}]`,
      ...(g.foreign ? [`objects: [${r.some(OBJECTS, 1, 2).join(', ')}]`] : []),
      'scope:',
      `  - ${sentence(r, 3)}`,
      `  - ${sentence(r, 3)}`,
      `unit: ${r.pick(UNITS)}`,
      ...(g.foreign
        ? ['approvals:', '  dprd:', `    number: "${r.int(1, 40)}/DPRD/${sign.slice(0, 4)}"`, `    date: ${q(sign)}`, '  central:', `    number: "B-${r.int(100, 9999)}/KEMLU"`, `    date: ${q(sign)}`]
        : []),
      'sources:',
      `  - https://example.org/agreements/${a.id}`,
      `notes: >-`,
      `  ${sentence(r, 8)}.`,
      '',
    ];
    files.set(`data/agreements/${a.id}.yaml`, lines.join('\n'));
  }

  // Activities: each within the validity of its agreement.
  for (let i = 0; i < nActivities; i++) {
    const a = agreements[r.int(0, agreements.length - 1)];
    const start = a.effective + r.int(0, Math.max(0, a.end - a.effective - 5));
    const end = start + r.int(0, 3);
    const id = `act-${a.id.split('-')[0]}-${i}`;
    const lines = [
      `title: ${sentence(r, 4)} ${i}`,
      `type: ${r.pick(ACTIVITY_TYPES)}`,
      `agreements: [${a.id}]`,
      `status: ${start > AS_OF_DAY ? 'planned' : 'held'}`,
      `start: ${q(iso(start))}`,
      `end: ${q(iso(end))}`,
      `location: ${r.pick(PLACES)}`,
      `sectors: [${r.some(SECTORS, 1, 2).join(', ')}]`,
      `unit: ${r.pick(UNITS)}`,
      'participants:',
      `  count: ${r.int(2, 300)}`,
      `  description: ${sentence(r, 3)}`,
      'budget:',
      `  amount: ${r.int(1, 900) * 1_000_000}`,
      '  currency: IDR',
      'outputs:',
      `  - ${sentence(r, 4)}`,
      'sources:',
      `  - https://example.org/activities/${id}`,
      `notes: ${sentence(r, 6)}.`,
      '',
    ];
    files.set(`data/activities/${id}.yaml`, lines.join('\n'));
  }

  const broken = options.broken ? breakSome(files, options.broken, r, agreements) : [];
  return { files, broken };
}

function pickGroup(r) {
  let x = r.next();
  for (let k = 0; k < GROUPS.length; k++) {
    x -= GROUPS[k].share;
    if (x < 0) return k;
  }
  return GROUPS.length - 1;
}

/**
 * Ways to break a file, each with the diagnostic code kerjasama must report for it. They change only
 * that file and never what other files rely on, so every other file stays clean.
 */
const BREAKERS = [
  { how: 'unclosed flow sequence', code: 'yaml-syntax', apply: (t) => t.replace(/^(sectors: \[.*)\]$/m, '$1') },
  { how: 'wrong type', code: 'schema-type', apply: (t) => t.replace(/^title: .*$/m, 'title: [not, text]') },
  { how: 'enum typo', code: 'schema-enum', apply: (t) => t.replace(/^(type|category): (\w+)$/m, '$1: $2x') },
  { how: 'duplicate key', code: 'yaml-duplicate-key', apply: (t) => t.replace(/^(title: .*)$/m, '$1\ntitle: again') },
  { how: 'tab indentation', code: 'yaml-tab-indent', apply: (t) => t.replace(/^ {2}(\S)/m, '\t$1') },
  { how: 'missing required field', code: 'schema-required', apply: (t) => t.replace(/^title: .*\n/m, '') },
  { how: 'impossible date', code: 'schema-format', apply: (t) => t.replace(/^(start|effective): "?(\d{4})-\d\d-\d\d"?$/m, '$1: $2-02-30') },
  { how: 'misspelt field', code: 'schema-unknown-field', apply: (t) => t.replace(/^sectors:/m, 'sectros:') },
  { how: 'id mismatch', code: 'id-mismatch', apply: (t) => `id: some-other-id\n${t}` },
  { how: 'unknown reference', code: 'unknown-agreement', kinds: ['activity'], apply: (t) => t.replace(/^agreements: \[.*\]$/m, 'agreements: [no-such-agreement]') },
  { how: 'alias', code: 'yaml-alias', apply: (t) => t.replace(/^(title: )(.*)$/m, '$1&t $2\nnotes_copy: *t') },
];

function breakSome(files, share, r, agreements) {
  const renewed = new Set(agreements.filter((a) => a.renewed || a.renews).map((a) => `data/agreements/${a.id}.yaml`));
  const candidates = [...files.keys()].filter((f) => f.startsWith('data/') && f !== 'data/partners/ntb.yaml' && !renewed.has(f));
  const total = [...files.keys()].filter((f) => f.startsWith('data/')).length;
  const want = Math.min(candidates.length, Math.max(1, Math.round(total * share)));
  const out = [];
  const step = candidates.length / want;
  for (let k = 0; k < want; k++) {
    const file = candidates[Math.floor(k * step + r.next() * (step - 1))] ?? candidates[k];
    const kind = file.split('/')[1] === 'partners' ? 'partner' : file.split('/')[1] === 'agreements' ? 'agreement' : 'activity';
    const fits = BREAKERS.filter((b) => !b.kinds || b.kinds.includes(kind));
    const before = files.get(file);
    // Rotate through the ways to break; a way that does not fit this file (no such field) passes its turn on.
    for (let j = 0; j < fits.length; j++) {
      const b = fits[(k + j) % fits.length];
      const after = b.apply(before);
      if (after === before) continue;
      files.set(file, after);
      out.push({ file, kind, how: b.how, code: b.code });
      break;
    }
  }
  return out;
}

/** Writes a generated register to `dir` (emptied first). Returns the generator's result. */
export function writeRegister(dir, records, options = {}) {
  const result = generateRegister(records, options);
  writeFiles(dir, result.files);
  return result;
}

/**
 * Writes a register's files (a Map of path → text) to `dir`, emptied first. Dated as files at rest are
 * (a fixed day in the past), not as written a moment ago: the cache never trusts file times within
 * seconds of its own writing (see src/load/cache.ts).
 */
export function writeFiles(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set();
  for (const [rel, text] of files) {
    const abs = join(dir, rel);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, text);
    utimesSync(abs, AT_REST, AT_REST);
  }
}

const AT_REST = new Date('2026-11-01T00:00:00Z');
