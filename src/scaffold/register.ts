// Every file of a new register, as text: the pure half of `kerjasama init` (the CLI checks and writes them).
// The example records are dated relative to the as-of day, so the new register validates clean that day.

import { addDuration, iso, parseDuration, type Duration } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import { schemaModeline, toYaml } from './yaml.js';
import { PARTNER_FIELDS } from '../model/fields.js';
import { CURRENT_VERSION } from '../model/versions.js';
import { REMIND_WORKFLOW, remindWorkflowYaml, workflowYaml } from './workflow.js';

export type RegionType = 'province' | 'regency' | 'city';

export interface RegisterInput {
  /** The region that keeps the register, e.g. Kabupaten Tanjung Harapan. */
  regionName: string;
  /** Its partner id, written as owner: in kerjasama.yaml. */
  owner: string;
  ownerType: RegionType;
  language: Lang;
  timezone: string;
  /** The day the examples are dated from (a day number). */
  asOf: number;
  /** The kerjasama version that made the register (named in the workflow and the README). */
  version: string;
  /** What the register's package.json installs as kerjasama: an npm install spec (default: the version). */
  tool: string;
  /** Self-contained schemas to copy into schemas/ for editors. */
  schemas: Readonly<Record<'config' | 'partner' | 'agreement' | 'activity', Record<string, unknown>>>;
  /** One example of each record (default); false: none, a register ready for real records (init --no-examples). */
  examples?: boolean;
  /** The own region's partner fields beyond name, type and country, as the partner holds them (aliases, region, website …). */
  ownerDetails?: Readonly<Record<string, unknown>>;
}

export interface ScaffoldFile { path: string; text: string }

/** Where staff find the tool's own documentation. */
export const DOCS_URL = 'https://www.npmjs.com/package/kerjasama';

const dur = (t: string): Duration => parseDuration(t) as Duration;

export function exampleIds(lang: Lang): { partner: string; agreement: string; activity: string } {
  return lang === 'id'
    ? { partner: 'contoh-kitahama', agreement: 'contoh-mou-kitahama', activity: 'contoh-rapat-kitahama' }
    : { partner: 'example-kitahama', agreement: 'example-mou-kitahama', activity: 'example-meeting-kitahama' };
}

export function registerName(regionName: string, lang: Lang): string {
  return lang === 'id' ? `Register Kerja Sama ${regionName}` : `${regionName} cooperation register`;
}

const CONFIG = 'kerjasama.yaml';

/**
 * The register's package.json: kerjasama pinned as a dev dependency, so `npm ci` installs the same tool for
 * CI, the pre-commit hook and every member of staff (package-lock.json, made by the first npm install, pins
 * it exactly). Private: a register is not a package to publish.
 */
export function packageJson(input: Pick<RegisterInput, 'regionName' | 'language' | 'tool'>): string {
  const pkg = {
    name: 'kerjasama-register',
    private: true,
    description: registerName(input.regionName, input.language),
    scripts: { validate: 'kerjasama validate' },
    devDependencies: { kerjasama: input.tool },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

/**
 * The register's .pre-commit-config.yaml: a local hook that runs the kerjasama installed by `npm ci`
 * (node_modules/.bin), so a commit never waits for an install. It reads what is staged (--staged), and it
 * runs on every commit (always_run): a commit that only deletes a partner stages no file that `files:` could
 * match, yet breaks every agreement naming it. pre-commit hides what a passing hook prints; verbose shows it,
 * and --quiet keeps it to one line that says how many warnings there are (the errors, when there are any,
 * in full), so a commit that passes still says "8 warnings not shown".
 */
export function preCommitConfig(lang: Lang): string {
  const note = lang === 'id'
    ? '# Pasang sekali: npm ci && pre-commit install. Memeriksa isi yang di-stage, pada setiap commit.'
    : '# Set up once: npm ci && pre-commit install. Checks what is staged, on every commit.';
  return `${note}
repos:
  - repo: local
    hooks:
      - id: kerjasama-validate
        name: kerjasama validate
        entry: node_modules/.bin/kerjasama validate --staged --quiet
        language: system
        pass_filenames: false
        always_run: true
        require_serial: true
        verbose: true
`;
}

export function registerFiles(input: RegisterInput): ScaffoldFile[] {
  const { regionName, owner, ownerType, language: lang, timezone, asOf, version } = input;
  const ids = exampleIds(lang);
  const id = lang === 'id';
  const exampleNote = id
    ? 'CONTOH: berkas ini hanya ilustrasi, agar register baru langsung lolos kerjasama validate. Hapus atau ganti dengan data nyata.'
    : 'EXAMPLE: this file is an illustration, so that the new register passes kerjasama validate straight away. Delete it or replace it with real data.';
  const signed = addDuration(asOf, dur('6m'), -1);
  const province = ownerType === 'province';
  const counterpartName = province ? 'Prefektur Kitahama' : 'Kota Kitahama';

  const config = toYaml(
    { schema_version: CURRENT_VERSION, name: registerName(regionName, lang), owner, language: lang, timezone },
    id
      ? `${schemaModeline('config', CONFIG)}\nPengaturan register kerjasama. Semua kolom: docs/data-model.md pada dokumentasi kerjasama (${DOCS_URL}).`
      : `${schemaModeline('config', CONFIG)}\nThe kerjasama register settings. Every field: docs/data-model.md in the kerjasama documentation (${DOCS_URL}).`,
  ) + (id
    ? '# thresholds:\n#   expiry_horizon: 180d    # seberapa jauh ke depan report expiring melihat\n#   inactivity_window: 12m  # tanpa kegiatan selama ini = kemitraan tidak aktif\n#   max_term: 5y            # jangka waktu lebih panjang diberi peringatan\n'
    : '# thresholds:\n#   expiry_horizon: 180d    # how far ahead report expiring looks\n#   inactivity_window: 12m  # no activity for this long = a dormant partnership\n#   max_term: 5y            # a longer term gets a warning\n');

  const path = { owner: `data/partners/${owner}.yaml`, partner: `data/partners/${ids.partner}.yaml`, agreement: `data/agreements/${ids.agreement}.yaml`, activity: `data/activities/${ids.activity}.yaml` };
  // The own region: what init was given of it, in the field model's order; its note names what is left to complete.
  const details = input.ownerDetails ?? {};
  const missing = ['aliases', 'region', 'website', 'contacts'].filter((k) => details[k] === undefined);
  const ownerNote = (id ? 'Daerah kita sendiri (owner di kerjasama.yaml).' : 'Our own region (owner in kerjasama.yaml).') +
    (missing.length ? (id ? ` Lengkapi: ${missing.join(', ')}.` : ` Complete it: ${missing.join(', ')}.`) : '');
  const ownerValues: Record<string, unknown> = { ...details, name: regionName, type: ownerType, country: 'ID', notes: details['notes'] ?? ownerNote };
  const ownerRecord = toYaml(
    Object.fromEntries(Object.keys(PARTNER_FIELDS).filter((k) => ownerValues[k] !== undefined).map((k) => [k, ownerValues[k]])),
    schemaModeline('partner', path.owner),
  );
  const partner = toYaml(
    { name: counterpartName, name_local: province ? '北浜県' : '北浜市', type: 'foreign_subnational', country: 'JP', example: true, notes: exampleNote },
    `${schemaModeline('partner', path.partner)}\n${exampleNote}`,
  );
  const agreement = toYaml(
    {
      title: id ? `${regionName}–Kitahama, MoU ${province ? 'provinsi' : 'kabupaten-kota'} kembar (contoh)` : `${regionName}–Kitahama, sister ${province ? 'province' : 'city'} MoU (example)`,
      category: 'KSDPL',
      subform: province ? 'provinsi_kembar' : 'kabupaten_kota_kembar',
      document_type: 'mou',
      partners: [ids.partner],
      signatures: [
        { party: owner, date: iso(signed), number: id ? 'CONTOH/000/KS' : 'EXAMPLE/000/KS' },
        { party: ids.partner, date: iso(signed) },
      ],
      effective: iso(signed),
      end: { term: '5y' },
      status: 'active',
      sectors: ['pendidikan', 'pariwisata'],
      objects: ['pertukaran_budaya', 'promosi_potensi'],
      approvals: {
        dprd: { number: id ? 'CONTOH/DPRD/000' : 'EXAMPLE/DPRD/000', date: iso(addDuration(signed, dur('3m'), -1)) },
        central: { number: id ? 'CONTOH/OTDA/000' : 'EXAMPLE/OTDA/000', date: iso(addDuration(signed, dur('1m'), -1)), by: 'Kementerian Dalam Negeri' },
      },
      example: true,
      notes: exampleNote,
    },
    `${schemaModeline('agreement', path.agreement)}\n${exampleNote}`,
  );
  const activity = toYaml(
    {
      title: id ? 'Rapat koordinasi pertama dengan Kitahama (contoh)' : 'First coordination meeting with Kitahama (example)',
      type: 'meeting',
      agreements: [ids.agreement],
      start: iso(addDuration(asOf, dur('1m'), -1)),
      sectors: ['pendidikan'],
      example: true,
      notes: exampleNote,
    },
    `${schemaModeline('activity', path.activity)}\n${exampleNote}`,
  );

  const schemaFiles = (['config', 'partner', 'agreement', 'activity'] as const).map((n) => ({
    path: `schemas/${n}.schema.json`,
    text: JSON.stringify(input.schemas[n], null, 2) + '\n',
  }));
  const settings = {
    'yaml.schemas': {
      './schemas/config.schema.json': ['kerjasama.yaml'],
      './schemas/partner.schema.json': ['data/partners/**/*.yaml', 'data/partners/**/*.yml'],
      './schemas/agreement.schema.json': ['data/agreements/**/*.yaml', 'data/agreements/**/*.yml'],
      './schemas/activity.schema.json': ['data/activities/**/*.yaml', 'data/activities/**/*.yml'],
    },
  };

  const examples = input.examples !== false;
  return [
    { path: CONFIG, text: config },
    { path: path.owner, text: ownerRecord },
    ...(examples ? [{ path: path.partner, text: partner }, { path: path.agreement, text: agreement }, { path: path.activity, text: activity }] : []),
    ...schemaFiles,
    { path: '.vscode/settings.json', text: JSON.stringify(settings, null, 2) + '\n' },
    { path: '.vscode/extensions.json', text: JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n' },
    { path: 'package.json', text: packageJson(input) },
    { path: '.pre-commit-config.yaml', text: preCommitConfig(lang) },
    { path: '.github/workflows/kerjasama.yml', text: workflowYaml(version) },
    { path: `.github/workflows/${REMIND_WORKFLOW}`, text: remindWorkflowYaml(version) },
    { path: '.gitignore', text: '# the tool, installed from package.json\nnode_modules/\n# what an interrupted kerjasama write leaves: the next writing command takes it back (docs: getting-started.md, writing safely)\n/.kerjasama-tx-*/\n/.kerjasama-kept-*/\n' },
    { path: 'README.md', text: readme(input, ids) },
  ];
}

function readme(input: RegisterInput, ids: ReturnType<typeof exampleIds>): string {
  const k = 'npx kerjasama';
  const examples = [`data/partners/${ids.partner}.yaml`, `data/agreements/${ids.agreement}.yaml`, `data/activities/${ids.activity}.yaml`];
  if (input.language === 'id') {
    return `# ${registerName(input.regionName, 'id')}

Register ini mencatat kerja sama daerah ${input.regionName}: mitra, perjanjian (LoI, MoU/Kesepakatan Bersama, PKS, perpanjangan) dan kegiatan pelaksanaannya, satu berkas YAML per catatan. Alat **kerjasama** memeriksa setiap berkas dan membuat laporan; \`package.json\` menetapkan versinya (\`${input.tool}\`).

## Isi folder

\`\`\`
kerjasama.yaml               pengaturan: nama register, daerah kita (owner), bahasa, zona waktu
data/partners/<id>.yaml      satu mitra per berkas, termasuk daerah kita sendiri (${input.owner})
data/agreements/<id>.yaml    satu dokumen kerja sama per berkas
data/activities/<id>.yaml    satu kegiatan per berkas
schemas/                     skema untuk editor (VS Code dengan ekstensi YAML dari Red Hat)
\`\`\`

Nama berkas adalah id catatan: huruf kecil, angka, dan tanda - di antaranya.

${input.examples === false ? '' : `## Contoh yang perlu dihapus

Tiga catatan ini hanya contoh (\`example: true\`), agar register langsung lolos pemeriksaan. Hapus ketiganya (atau ganti isinya dengan data nyata) setelah catatan pertama Anda masuk:

${examples.map((e) => `- \`${e}\``).join('\n')}

`}## Menambah catatan

Perlu Node.js 22.13 atau lebih baru (versi LTS yang masih dipelihara: 22 dan 24). Pasang alatnya sekali, di folder ini:

\`\`\`sh
npm install   # pertama kali: memasang kerjasama dan menulis package-lock.json (commit berkas itu)
npm ci        # selanjutnya, dan di CI: persis versi dari package-lock.json
pre-commit install   # opsional: memeriksa setiap commit (.pre-commit-config.yaml)
\`\`\`

Lalu:

\`\`\`sh
${k} new partner      # menanyakan nama, jenis dan negara mitra
${k} new agreement    # judul, kategori, jenis naskah, mitra, tanggal
${k} new activity     # judul, jenis, tanggal, perjanjian
\`\`\`

Perintah \`new\` mengusulkan id, memeriksa catatan sebelum menulisnya, dan tidak pernah menimpa berkas. Anda juga boleh menulis berkas YAML sendiri; VS Code dengan ekstensi YAML memberi pelengkapan dan tanda kesalahan saat mengetik.

## Memeriksa dan melaporkan

\`\`\`sh
${k} validate              # semua berkas: YAML, skema, dan aturan antar-catatan
${k} report expiring       # perjanjian yang segera berakhir
${k} report inactive       # kemitraan tanpa kegiatan
${k} report coverage       # urusan yang tercakup, yang tidak diketahui, dan celahnya
${k} report summary        # ringkasan satu layar
${k} report periodic --period 2026-S1 --template recap --format docx --output rekap.docx
${k} remind                # pengingat hari ini: siapa menerima apa (uji coba)
\`\`\`

Setiap push dan pull request di GitHub diperiksa oleh \`.github/workflows/kerjasama.yml\`: kesalahan tampil langsung pada baris berkasnya, dan pull request mendapat komentar yang menjelaskan perubahannya.

\`.github/workflows/kerjasama-remind.yml\` mengirim pengingat harian melalui surel kepada setiap perangkat daerah penanggung jawab. Alur kerja ini tidak aktif sampai secret yang disebut di bagian atas berkasnya disetel; daftar penerima (data pribadi) disimpan sebagai secret, tidak pernah di register.

Dokumentasi lengkap (model data, setiap kode kesalahan, laporan): ${DOCS_URL}
`;
  }
  return `# ${registerName(input.regionName, 'en')}

This register records the regional cooperation of ${input.regionName}: partners, agreements (LoI, MoU/Kesepakatan Bersama, PKS, renewals) and the activities that implement them, one YAML file per record. The **kerjasama** tool checks every file and makes the reports; \`package.json\` pins its version (\`${input.tool}\`).

## What is in this folder

\`\`\`
kerjasama.yaml               settings: the register's name, our region (owner), language, time zone
data/partners/<id>.yaml      one partner per file, our own region included (${input.owner})
data/agreements/<id>.yaml    one cooperation document per file
data/activities/<id>.yaml    one activity per file
schemas/                     schemas for editors (VS Code with Red Hat's YAML extension)
\`\`\`

The file name is the record's id: lower-case letters, digits, and - between them.

${input.examples === false ? '' : `## Examples to delete

These three records are only examples (\`example: true\`), so that the register passes its checks from the start. Delete all three (or replace them with real data) once your first records are in:

${examples.map((e) => `- \`${e}\``).join('\n')}

`}## Adding records

Needs Node.js 22.13 or newer (the maintained LTS lines: 22 and 24). Install the tool once, in this folder:

\`\`\`sh
npm install   # the first time: installs kerjasama and writes package-lock.json (commit it)
npm ci        # afterwards, and in CI: exactly the versions in package-lock.json
pre-commit install   # optional: checks every commit (.pre-commit-config.yaml)
\`\`\`

Then:

\`\`\`sh
${k} new partner      # asks for the partner's name, type and country
${k} new agreement    # title, category, document type, partners, dates
${k} new activity     # title, type, date, agreements
\`\`\`

\`new\` suggests an id, checks the record before writing it, and never overwrites a file. You can also write the YAML files by hand; VS Code with the YAML extension completes fields and marks mistakes as you type.

## Checking and reporting

\`\`\`sh
${k} validate              # every file: YAML, schema and the rules across records
${k} report expiring       # agreements about to end
${k} report inactive       # partnerships with no activity
${k} report coverage       # sectors covered, and the gaps
${k} report summary        # a one-screen overview
${k} report periodic --period 2026-S1 --template recap --format docx --output recap.docx
${k} remind                # today's reminders: who would get what (a dry run)
\`\`\`

On GitHub, \`.github/workflows/kerjasama.yml\` checks every push and pull request: problems appear on the lines of the files, and each pull request gets a comment describing the change.

\`.github/workflows/kerjasama-remind.yml\` e-mails the daily reminders to each responsible unit. It stays off until the secrets named at the top of the file are set; the recipients (personal data) are kept as a secret, never in the register.

Full documentation (the data model, every error code, the reports): ${DOCS_URL}
`;
}
