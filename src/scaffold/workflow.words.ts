// The words of the GitHub Actions workflows that `kerjasama init` writes (workflow.ts): their comments,
// step names and the annotations they print, in the register's language. A comment of several lines
// carries its line breaks and the indentation of its place in the YAML.

import { w, type Catalogue } from '../model/words.js';

export const WORKFLOW_WORDS = {
  validateHeader: w((p) => `# Checks the register on every push and pull request (made by kerjasama ${p.version} init; the tool is the
# one package.json pins, installed with npm ci). Problems show up inline on the pull request; on pull
# requests a comment describes the change in terms of agreements, partners and activities.
# Exit codes: 1 means the register (or the change) has errors; anything else means kerjasama could not run.`,
  (p) => `# Memeriksa register pada setiap push dan pull request (dibuat oleh kerjasama ${p.version} init; alatnya
# adalah versi yang ditetapkan package.json, dipasang dengan npm ci). Masalah tampil langsung pada pull
# request; pada pull request, sebuah komentar menjelaskan perubahannya dalam perjanjian, mitra dan kegiatan.
# Kode keluar: 1 berarti register (atau perubahannya) mengandung kesalahan; selain itu berarti kerjasama tidak dapat berjalan.`),
  twoCommits: w(`# Two commits: on a pull request GitHub checks out the pull request merged into its base, so
          # HEAD^1 is that base and the clone needs no second fetch (and keeps no credentials).`,
  `# Dua commit: pada pull request, GitHub mengambil pull request yang sudah digabung ke basisnya, sehingga
          # HEAD^1 adalah basis itu dan klon tidak perlu pengambilan kedua (dan tidak menyimpan kredensial).`),
  install: w('Install kerjasama (the version package-lock.json pins)', 'Pasang kerjasama (versi yang ditetapkan package-lock.json)'),
  validateStep: w('Validate the register', 'Periksa register'),
  hasErrors: w('the register has errors (see the annotations and the job summary)', 'register mengandung kesalahan (lihat anotasi dan ringkasan job)'),
  couldNotRun: w('kerjasama could not run (exit $status): see the log above', 'kerjasama tidak dapat berjalan (kode keluar $status): lihat log di atas'),
  describeStep: w('Describe the change', 'Jelaskan perubahan'),
  markerComment: w((p) => `# The Markdown starts with the line ${p.marker}, which finds this comment again on the next push.
          # Under Actions, diff writes the whole description to the job summary and cuts the comment to fit.`,
  (p) => `# Markdown-nya diawali baris ${p.marker}, yang menemukan komentar ini lagi pada push berikutnya.
          # Di Actions, diff menulis seluruh penjelasan ke ringkasan job dan memendekkan komentar agar muat.`),
  diffExitComment: w(`# Exit 1 means the change adds validation errors: still worth a comment (validate fails the check).
          # Anything else (2: a bad revision, a broken kerjasama.yaml; 127: not installed) is a failure to run.`,
  `# Kode keluar 1 berarti perubahan menambah kesalahan: tetap layak dikomentari (validate menggagalkan pemeriksaan).
          # Selain itu (2: revisi yang salah, kerjasama.yaml yang rusak; 127: belum terpasang) berarti gagal berjalan.`),
  diffCouldNotRun: w('kerjasama diff could not run (exit ${status:-0}): see the log above', 'kerjasama diff tidak dapat berjalan (kode keluar ${status:-0}): lihat log di atas'),
  commentStep: w('Post or update the pull-request comment', 'Kirim atau perbarui komentar pull request'),
  forkComment: w('# A pull request from a fork gets a read-only token: its description stays in the job summary.',
    '# Pull request dari fork mendapat token baca saja: penjelasannya tetap di ringkasan job.'),
  pagesComment: w(`# Optional: publishes the register as a website (kerjasama site) on GitHub Pages on each push to the
    # default branch. It runs once Pages is on: Settings → Pages → Source: GitHub Actions.
    # Partner contacts are left out of the site.`,
  `# Opsional: menerbitkan register sebagai situs web (kerjasama site) di GitHub Pages pada setiap push ke
    # cabang bawaan. Berjalan setelah Pages diaktifkan: Settings → Pages → Source: GitHub Actions.
    # Kontak mitra tidak dimuat di situs.`),
  siteStep: w('Build the site', 'Bangun situs'),

  remindHeader: w((p) => `# Daily reminders (made by kerjasama ${p.version} init): each morning kerjasama remind e-mails every
# responsible unit the reminders due that day (the schedule is reminders: in kerjasama.yaml), with a copy
# to the bureau. Off until these secrets are set, in Settings → Secrets and variables → Actions:
#   KERJASAMA_RECIPIENTS      the recipients file's text (units and their addresses: personal data, so
#                             never in the repository)
#   KERJASAMA_SMTP_URL        smtp://mail.example.go.id:587 (STARTTLS) or smtps://mail.example.go.id:465
#   KERJASAMA_SMTP_USER, KERJASAMA_SMTP_PASSWORD    when the mail server asks for a login
# This is a workflow of its own because GitHub turns off a scheduled workflow after 60 days without
# activity in a public repository, and turns off the whole file: the checks in kerjasama.yml never depend
# on it. The keepalive job asks GitHub to keep this workflow enabled, so the reminders go on through
# months without commits. Run it by hand from the Actions tab (workflow_dispatch) to send today's again.`,
  (p) => `# Pengingat harian (dibuat oleh kerjasama ${p.version} init): setiap pagi kerjasama remind mengirim surel
# kepada setiap perangkat daerah penanggung jawab berisi pengingat yang jatuh tempo hari itu (jadwalnya
# reminders: di kerjasama.yaml), dengan tembusan ke biro. Tidak aktif sampai secret berikut disetel, di
# Settings → Secrets and variables → Actions:
#   KERJASAMA_RECIPIENTS      isi berkas penerima (perangkat daerah dan alamatnya: data pribadi, jadi
#                             tidak pernah di repositori)
#   KERJASAMA_SMTP_URL        smtp://mail.example.go.id:587 (STARTTLS) atau smtps://mail.example.go.id:465
#   KERJASAMA_SMTP_USER, KERJASAMA_SMTP_PASSWORD    bila server surel meminta login
# Alur kerja ini berdiri sendiri karena GitHub menonaktifkan alur kerja terjadwal setelah 60 hari tanpa
# aktivitas di repositori publik, dan menonaktifkan seluruh berkasnya: pemeriksaan di kerjasama.yml tidak
# pernah bergantung padanya. Job keepalive meminta GitHub tetap mengaktifkan alur kerja ini, sehingga
# pengingat tetap berjalan selama bulan-bulan tanpa commit. Jalankan secara manual dari tab Actions
# (workflow_dispatch) untuk mengirim pengingat hari ini sekali lagi.`),
  remindName: w('kerjasama reminders', 'pengingat kerjasama'),
  cronComment: w(`# 00:00 UTC is 07:00 in Asia/Jakarta (08:00 WITA, 09:00 WIT): "today" is the register's time zone.`,
    `# 00:00 UTC adalah 07:00 WIB (08:00 WITA, 09:00 WIT): "hari ini" menurut zona waktu register.`),
  configuredStep: w('Are the reminders set up?', 'Apakah pengingat sudah disiapkan?'),
  remindersOff: w('reminders are off: set the secrets KERJASAMA_RECIPIENTS and KERJASAMA_SMTP_URL (see the top of this workflow)',
    'pengingat tidak aktif: setel secret KERJASAMA_RECIPIENTS dan KERJASAMA_SMTP_URL (lihat bagian atas alur kerja ini)'),
  sendStep: w("Send today's reminders", 'Kirim pengingat hari ini'),
  remindFailed: w('kerjasama remind could not send every reminder (exit $status): see the log above',
    'kerjasama remind tidak dapat mengirim semua pengingat (kode keluar $status): lihat log di atas'),
  keepaliveStep: w('Keep this scheduled workflow enabled', 'Pertahankan alur kerja terjadwal ini tetap aktif'),
} satisfies Catalogue;

export type WorkflowWord = keyof typeof WORKFLOW_WORDS;
