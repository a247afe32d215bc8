// The words of a new register (kerjasama init): its name, the notes and comments in its files, the
// examples' titles and its README, in English and Bahasa Indonesia (the register's language chooses).
// Commands and file contents that are code are the same in both languages.

import { w, type Catalogue } from '../model/words.js';

/** How the README runs the tool. */
const k = 'npx kerjasama';

/** The pre-commit hook itself (the same in both languages; only its note differs). */
const PRE_COMMIT_HOOKS = `repos:
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

export const REGISTER_WORDS = {
  name: w((p) => `${p.region} cooperation register`, (p) => `Register Kerja Sama ${p.region}`),
  preCommit: w(`# Set up once: npm ci && pre-commit install. Checks what is staged, on every commit.\n${PRE_COMMIT_HOOKS}`,
    `# Pasang sekali: npm ci && pre-commit install. Memeriksa isi yang di-stage, pada setiap commit.\n${PRE_COMMIT_HOOKS}`),
  exampleNote: w('EXAMPLE: this file is an illustration, so that the new register passes kerjasama validate straight away. Delete it or replace it with real data.',
    'CONTOH: berkas ini hanya ilustrasi, agar register baru langsung lolos kerjasama validate. Hapus atau ganti dengan data nyata.'),
  configComment: w((p) => `${p.modeline}\nThe kerjasama register settings. Every field: docs/data-model.md in the kerjasama documentation (${p.docs}).`,
    (p) => `${p.modeline}\nPengaturan register kerjasama. Semua kolom: docs/data-model.md pada dokumentasi kerjasama (${p.docs}).`),
  thresholds: w('# thresholds:\n#   expiry_horizon: 180d    # how far ahead report expiring looks\n#   inactivity_window: 12m  # no activity for this long = a dormant partnership\n#   max_term: 5y            # a longer term gets a warning\n',
    '# thresholds:\n#   expiry_horizon: 180d    # seberapa jauh ke depan report expiring melihat\n#   inactivity_window: 12m  # tanpa kegiatan selama ini = kemitraan tidak aktif\n#   max_term: 5y            # jangka waktu lebih panjang diberi peringatan\n'),
  ownerNote: w((p) => `Our own region (owner in kerjasama.yaml).${p.missing ? ` Complete it: ${p.missing}.` : ''}`,
    (p) => `Daerah kita sendiri (owner di kerjasama.yaml).${p.missing ? ` Lengkapi: ${p.missing}.` : ''}`),
  agreementTitle: w((p) => `${p.region}–Kitahama, sister ${p.province ? 'province' : 'city'} MoU (example)`,
    (p) => `${p.region}–Kitahama, MoU ${p.province ? 'provinsi' : 'kabupaten-kota'} kembar (contoh)`),
  activityTitle: w('First coordination meeting with Kitahama (example)', 'Rapat koordinasi pertama dengan Kitahama (contoh)'),
  gitignore: w('# the tool, installed from package.json\nnode_modules/\n# what an interrupted kerjasama write leaves: the next writing command takes it back (docs: getting-started.md, writing safely)\n/.kerjasama-tx-*/\n/.kerjasama-kept-*/\n# the website `kerjasama site` makes: made again from the records whenever it is needed, never committed\n/_site/\n',
    '# alat kerjasama, dipasang dari package.json\nnode_modules/\n# sisa penulisan kerjasama yang terputus: perintah penulisan berikutnya membatalkannya (dokumentasi: getting-started.md, writing safely)\n/.kerjasama-tx-*/\n/.kerjasama-kept-*/\n# situs web buatan `kerjasama site`: dibuat ulang dari data kapan pun diperlukan, tidak di-commit\n/_site/\n'),
  readme: w((p) => `# ${p.name}

This register records the regional cooperation of ${p.region}: partners, agreements (LoI, MoU/Kesepakatan Bersama, PKS, renewals) and the activities that implement them, one YAML file per record. The **kerjasama** tool checks every file and makes the reports; \`package.json\` pins its version (\`${p.tool}\`).

## What is in this folder

\`\`\`
kerjasama.yaml               settings: the register's name, our region (owner), language, time zone
data/partners/<id>.yaml      one partner per file, our own region included (${p.owner})
data/agreements/<id>.yaml    one cooperation document per file
data/activities/<id>.yaml    one activity per file
schemas/                     schemas for editors (VS Code with Red Hat's YAML extension)
\`\`\`

The file name is the record's id: lower-case letters, digits, and - between them.

${p.examples ? `## Examples to delete

These three records are only examples (\`example: true\`), so that the register passes its checks from the start. Delete all three (or replace them with real data) once your first records are in:

${p.examples}

` : ''}## Adding records

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

Each problem \`validate\` finds has a code (\`error[unknown-sector]\`), the file and line, and a hint. The \`docs/…\` pages that validate's hints name (docs/data-model.md, docs/sectors.md, docs/errors.md) are in the kerjasama documentation: ${p.docs}; docs/errors.md explains every code.

Full documentation (the data model, every error code, the reports): ${p.docs}
`,
    (p) => `# ${p.name}

Register ini mencatat kerja sama daerah ${p.region}: mitra, perjanjian (LoI, MoU/Kesepakatan Bersama, PKS, perpanjangan) dan kegiatan pelaksanaannya, satu berkas YAML untuk setiap data. Alat **kerjasama** memeriksa setiap berkas dan membuat laporan; \`package.json\` menetapkan versinya (\`${p.tool}\`).

## Isi folder

\`\`\`
kerjasama.yaml               pengaturan: nama register, daerah kita (owner), bahasa, zona waktu
data/partners/<id>.yaml      satu mitra per berkas, termasuk daerah kita sendiri (${p.owner})
data/agreements/<id>.yaml    satu dokumen kerja sama per berkas
data/activities/<id>.yaml    satu kegiatan per berkas
schemas/                     skema untuk editor (VS Code dengan ekstensi YAML dari Red Hat)
\`\`\`

Nama berkas adalah id datanya: huruf kecil, angka, dan tanda - di antaranya.

${p.examples ? `## Contoh yang perlu dihapus

Tiga data ini hanya contoh (\`example: true\`), agar register langsung lolos pemeriksaan. Hapus ketiganya (atau ganti isinya dengan data nyata) setelah data pertama Anda masuk:

${p.examples}

` : ''}## Menambah data

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

Perintah \`new\` mengusulkan id, memeriksa data sebelum menulisnya, dan tidak pernah menimpa berkas. Anda juga boleh menulis berkas YAML sendiri; VS Code dengan ekstensi YAML memberi pelengkapan dan tanda kesalahan saat mengetik.

## Memeriksa dan melaporkan

\`\`\`sh
${k} validate              # semua berkas: YAML, skema, dan aturan antar-data
${k} report expiring       # perjanjian yang segera berakhir
${k} report inactive       # kemitraan tanpa kegiatan
${k} report coverage       # urusan yang tercakup, yang tidak diketahui, dan celahnya
${k} report summary        # ringkasan satu layar
${k} report periodic --period 2026-S1 --template recap --format docx --output rekap.docx
${k} remind                # pengingat hari ini: siapa menerima apa (uji coba)
\`\`\`

Setiap push dan pull request di GitHub diperiksa oleh \`.github/workflows/kerjasama.yml\`: kesalahan tampil langsung pada baris berkasnya, dan pull request mendapat komentar yang menjelaskan perubahannya.

\`.github/workflows/kerjasama-remind.yml\` mengirim pengingat harian melalui surel kepada setiap perangkat daerah penanggung jawab. Alur kerja ini tidak aktif sampai secret yang disebut di bagian atas berkasnya disetel; daftar penerima (data pribadi) disimpan sebagai secret, tidak pernah di register.

Setiap masalah yang ditemukan \`validate\` memiliki kode (\`kesalahan[unknown-sector]\`), berkas dan barisnya, serta saran. Halaman \`docs/…\` yang disebut dalam saran (docs/data-model.md, docs/sectors.md, docs/errors.md) ada di dokumentasi kerjasama: ${p.docs}; docs/errors.md menjelaskan setiap kode.

Dokumentasi lengkap (model data, setiap kode kesalahan, laporan): ${p.docs}
`),
} satisfies Catalogue;

export type RegisterWord = keyof typeof REGISTER_WORDS;
