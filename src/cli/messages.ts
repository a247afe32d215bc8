// The CLI's own messages, in English and Bahasa Indonesia: usage errors, init and new (questions and
// answers), list and show, diff, the progress line, and --help. One catalogue, so a test can check that
// every key has both languages. The Indonesian is written as a cooperation bureau writes; its terms are
// those of docs/glossary.md. Diagnostics have their own catalogue (src/model/codes.ts).

import type { Kind, Lang } from '../model/types.js';

type P = Record<string, string | number>;
type Text = (p: P) => string;
const m = (en: Text, id: Text): Record<Lang, Text> => ({ en, id });
const q = (v: unknown): string => JSON.stringify(String(v));

export const KIND_NAME: Record<Kind, Record<Lang, string>> = {
  partner: { en: 'partner', id: 'mitra' },
  agreement: { en: 'agreement', id: 'perjanjian' },
  activity: { en: 'activity', id: 'kegiatan' },
};
const kindId = (p: P): string => KIND_NAME[p['kind'] as Kind]?.id ?? String(p['kind']);

export const MESSAGES = {
  // ---- finding the register, options every command takes ----------------------------------------
  registerNoConfig: m((p) => `no ${p.config} in ${p.dir}; --register must name a register's root folder (kerjasama init creates one)`,
    (p) => `tidak ada ${p.config} di ${p.dir}; --register harus menunjuk folder induk register (kerjasama init membuatnya)`),
  registerNotFound: m((p) => `no register found: no ${p.config} in ${p.cwd} or any folder above it (use --register DIR, or kerjasama init)`,
    (p) => `register tidak ditemukan: tidak ada ${p.config} di ${p.cwd} maupun folder di atasnya (gunakan --register FOLDER, atau kerjasama init)`),
  langInvalid: m((p) => `--lang must be en or id, not ${p.value}`, (p) => `--lang harus en atau id, bukan ${p.value}`),
  asOfInvalid: m((p) => `--as-of must be a date like 2026-11-22, not ${p.value}`, (p) => `--as-of harus berupa tanggal seperti 2026-11-22, bukan ${p.value}`),
  configHasErrors: m((p) => `${p.config} has errors; fix them first`, (p) => `${p.config} mengandung kesalahan; perbaiki dahulu`),
  outputExists: m((p) => `${p.output} exists; add --force to overwrite it`, (p) => `${p.output} sudah ada; tambahkan --force untuk menimpanya`),
  fileExists: m((p) => `${p.path} exists; not overwriting it`, (p) => `${p.path} sudah ada; berkas itu tidak ditimpa`),
  formatInvalid: m((p) => `--format must be one of ${p.formats}, not ${p.value}`, (p) => `--format harus salah satu dari ${p.formats}, bukan ${p.value}`),
  durationInvalid: m((p) => `${p.name} takes a duration like 90d, 6m or 1y, not ${p.value}`, (p) => `${p.name} memerlukan jangka waktu seperti 90d, 6m atau 1y, bukan ${p.value}`),
  progress: m((p) => `${p.done} / ${p.total} record files read · ${p.seconds} s`, (p) => `${p.done} / ${p.total} berkas data dibaca · ${p.seconds} detik`),
  cancelled: m(() => 'cancelled; nothing was written', () => 'dibatalkan; tidak ada yang ditulis'),
  internalError: m((p) => `internal error: ${p.message}\n(This is a bug. Please report it with the command you ran; set KERJASAMA_DEBUG=1 for details.)`,
    (p) => `kesalahan internal: ${p.message}\n(Ini cacat program. Mohon laporkan beserta perintah yang dijalankan; setel KERJASAMA_DEBUG=1 untuk rinciannya.)`),
  runHelp: m(() => '(run kerjasama --help for usage)', () => '(jalankan kerjasama --help untuk petunjuk penggunaan)'),

  // ---- reports, list, show -----------------------------------------------------------------------
  leftOut: m((p) => `${p.n} record file${p.n === 1 ? ' has' : 's have'} errors and ${p.n === 1 ? 'was' : 'were'} left out; run \`kerjasama validate\` for details.`,
    (p) => `${p.n} berkas data bermasalah dan tidak disertakan; jalankan \`kerjasama validate\` untuk rinciannya.`),
  byInvalid: m((p) => `--by must be sector, country or category, not ${p.value}`, (p) => `--by harus sector, country atau category, bukan ${p.value}`),
  listKindInvalid: m((p) => `list takes agreements, partners or activities, not ${p.value}`, (p) => `list memerlukan agreements, partners atau activities, bukan ${p.value}`),
  showUnknownId: m((p) => `no partner, agreement or activity has the id ${p.id}`, (p) => `tidak ada mitra, perjanjian atau kegiatan dengan id ${p.id}`),

  // ---- diff, schema, validate --------------------------------------------------------------------
  notGit: m((p) => `${p.root} is not in a git repository; diff compares git revisions`, (p) => `${p.root} tidak berada dalam repositori git; diff membandingkan revisi git`),
  diffGit: m((p) => `${p.message}`, (p) => `git: ${p.message}`),
  workingTree: m(() => 'working tree', () => 'direktori kerja'),
  schemaUnknown: m((p) => `no schema ${q(p.name)}; the schemas are ${p.names}`, (p) => `tidak ada skema ${q(p.name)}; skema yang ada: ${p.names}`),
  schemaListFooter: m(() => 'kerjasama schema <name> prints one, self-contained (JSON Schema 2020-12).', () => 'kerjasama schema <nama> mencetak satu skema, lengkap dengan definisinya (JSON Schema 2020-12).'),
  maxWarningsInvalid: m((p) => `--max-warnings takes a whole number, not ${p.value}`, (p) => `--max-warnings memerlukan bilangan bulat, bukan ${p.value}`),
  pathMissing: m((p) => `${p.path} does not exist`, (p) => `${p.path} tidak ada`),
  pathOutside: m((p) => `${p.path} is outside the register at ${p.root}`, (p) => `${p.path} berada di luar register di ${p.root}`),
  changedSince: m((p) => `--changed-since: ${p.message}`, (p) => `--changed-since: ${p.message}`),
  tooManyWarnings: m((p) => `${p.n} warnings exceed --max-warnings ${p.max}`, (p) => `${p.n} peringatan melebihi --max-warnings ${p.max}`),
  summaryWriteFailed: m((p) => `could not write the job summary to ${p.path}: ${p.reason}`, (p) => `ringkasan job tidak dapat ditulis ke ${p.path}: ${p.reason}`),

  // ---- init ---------------------------------------------------------------------------------------
  initNotFolder: m((p) => `${p.target} exists and is not a folder`, (p) => `${p.target} sudah ada dan bukan folder`),
  initNeeds: m((p) => `init needs ${p.flags} (no terminal to ask on); or pass --yes to take the defaults`, (p) => `init memerlukan ${p.flags} (tidak ada terminal untuk bertanya); atau tambahkan --yes untuk memakai nilai bawaan`),
  initOwnerIsExample: m((p) => `--owner ${p.owner} is the id of the example partner; choose another id`, (p) => `--owner ${p.owner} adalah id mitra contoh; pilih id lain`),
  initConflicts: m((p) => `init writes nothing, because these exist in ${p.where}:\n${p.list}\nRemove or move them, or run init in an empty folder.`,
    (p) => `init tidak menulis apa pun, karena berkas berikut sudah ada di ${p.where}:\n${p.list}\nHapus atau pindahkan berkas itu, atau jalankan init di folder kosong.`),
  thisFolder: m(() => 'this folder', () => 'folder ini'),
  initWouldNotValidate: m(() => 'init wrote nothing: the new register would not validate with these values', () => 'init tidak menulis apa pun: register baru tidak akan lolos pemeriksaan dengan nilai-nilai ini'),
  initCreated: m((p) => `Created a kerjasama register in ${p.target}:`, (p) => `Register kerjasama dibuat di ${p.target}:`),
  initExamples: m((p) => `The records marked example: true (${p.ids}) are illustrations: delete or replace them.`, (p) => `Data bertanda example: true (${p.ids}) hanya contoh: hapus atau ganti dengan data sebenarnya.`),
  initNext: m(() => 'Next:', () => 'Langkah berikutnya:'),
  initCommit: m(() => 'Start the cooperation register', () => 'Mulai register kerja sama daerah'),
  'ask.init.name': m(() => "The region's name (e.g. Kabupaten Tanjung Harapan)", () => 'Nama daerah (mis. Kabupaten Tanjung Harapan)'),
  'ask.init.owner': m(() => "The region's partner id", () => 'id daerah sebagai mitra'),
  'ask.init.ownerType': m(() => 'Is it a province, regency or city', () => 'Provinsi, kabupaten atau kota (province, regency, city)'),
  'ask.init.language': m(() => 'Language of messages and reports', () => 'Bahasa pesan dan laporan'),
  'ask.init.timezone': m(() => 'Time zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura)', () => 'Zona waktu (Asia/Jakarta, Asia/Makassar atau Asia/Jayapura)'),
  'problem.nameEmpty': m(() => '--name must not be empty', () => '--name tidak boleh kosong'),
  'problem.ownerId': m((p) => `--owner must be an id of lower-case letters, digits and single - _ . between them (like ntb or tanjung-harapan), not ${q(p.value)}`,
    (p) => `--owner harus berupa id dari huruf kecil, angka, dan satu - _ . di antaranya (seperti ntb atau tanjung-harapan), bukan ${q(p.value)}`),
  'problem.timezone': m((p) => `--timezone must be an IANA time zone like Asia/Jakarta, Asia/Makassar or Asia/Jayapura, not ${q(p.value)}`,
    (p) => `--timezone harus zona waktu IANA seperti Asia/Jakarta, Asia/Makassar atau Asia/Jayapura, bukan ${q(p.value)}`),

  // ---- new ----------------------------------------------------------------------------------------
  newKindInvalid: m((p) => `new makes a partner, agreement or activity, not ${q(p.value)}`, (p) => `new membuat partner (mitra), agreement (perjanjian) atau activity (kegiatan), bukan ${q(p.value)}`),
  newForeign: m((p) => `new ${p.kind} does not take ${p.foreign}; it takes ${p.takes}`, (p) => `new ${p.kind} tidak menerima ${p.foreign}; yang diterima: ${p.takes}`),
  newIntro: m((p) => `New ${p.kind} in ${p.root} (Enter takes the [suggestion]; Ctrl-C cancels; nothing is written until the end).`,
    (p) => `${cap(kindId(p))} baru di ${p.root} (Enter memakai [usulan]; Ctrl-C membatalkan; tidak ada yang ditulis sampai akhir).`),
  newDetails: m(() => "Add details now (each party's signature, notes, sources, approvals …)? [y/N] ", () => 'Tambahkan rincian sekarang (tanda tangan tiap pihak, catatan, sumber, persetujuan …)? [y/T] '),
  newNeeds: m((p) => `new ${p.kind} needs ${p.flags} (no terminal to ask on)`, (p) => `new ${p.kind} memerlukan ${p.flags} (tidak ada terminal untuk bertanya)`),
  newExists: m((p) => `a ${p.kind} with the id ${p.id} exists (${p.other}); choose another id, never overwriting`, (p) => `${kindId(p)} dengan id ${p.id} sudah ada (${p.other}); pilih id lain, berkas yang ada tidak ditimpa`),
  newNotWritten: m((p) => `${p.rel} was not written; fix the values above and run again (--dry-run shows the YAML)`, (p) => `${p.rel} tidak ditulis; perbaiki isian di atas lalu jalankan lagi (--dry-run menampilkan YAML-nya)`),
  agreementsOrPartners: m(() => '--agreements or --partners', () => '--agreements atau --partners'),
  'ask.name': m(() => 'Name (as used in reports)', () => 'Nama (seperti dipakai dalam laporan)'),
  'ask.partnerType': m(() => 'Type', () => 'Jenis mitra'),
  'ask.country': m(() => 'Country (ISO code: ID, JP, AU …)', () => 'Negara (kode ISO: ID, JP, AU …)'),
  'ask.region': m(() => 'Region', () => 'Wilayah'),
  'ask.nameLocal': m(() => 'Name in its own language and script', () => 'Nama dalam bahasa dan aksaranya sendiri'),
  'ask.aliases': m(() => 'Other names and spellings, comma-separated', () => 'Nama dan ejaan lain, dipisah koma'),
  'ask.website': m(() => 'Website', () => 'Situs web'),
  'ask.title': m(() => 'Title (short, as used in reports)', () => 'Judul (singkat, seperti dipakai dalam laporan)'),
  'ask.originalTitle': m(() => 'Title exactly as on the document', () => 'Judul persis seperti pada naskah'),
  'ask.category': m(() => 'Category', () => 'Kategori'),
  'ask.subform': m(() => 'Sub-form', () => 'Bentuk kerja sama'),
  'ask.documentType': m(() => 'Document type', () => 'Jenis naskah'),
  'ask.partners': m(() => 'Counterpart partner ids, comma-separated', () => 'id mitra pihak lain, dipisah koma'),
  'ask.owner': m(() => 'Our own region (partner id), if not the register owner', () => 'Daerah kita (id mitra), bila bukan pemilik register'),
  'ask.signed': m(() => 'Signing date (every party; details can give each its own)', () => 'Tanggal penandatanganan (semua pihak; rincian dapat memberi tiap pihak tanggalnya sendiri)'),
  'ask.signature': m(() => 'A signature: party=ID,date=…,place=…,signatory=…,title=…,number=…', () => 'Satu tanda tangan: party=ID,date=…,place=…,signatory=…,title=…,number=…'),
  'ask.plannedSigning': m(() => 'Planned signing date', () => 'Rencana tanggal penandatanganan'),
  'ask.effective': m(() => 'Takes effect on (if not the last signature)', () => 'Mulai berlaku pada (bila bukan tanggal tanda tangan terakhir)'),
  'ask.end': m(() => 'End: a date, a term like 5y, or none', () => 'Berakhir: tanggal, jangka waktu seperti 5y, atau none'),
  'ask.renewsEvery': m(() => 'Renewed every (e.g. 5y), if it renews on a cycle', () => 'Diperpanjang setiap (mis. 5y), bila diperpanjang berkala'),
  'ask.status': m(() => 'Status', () => 'Status'),
  'ask.confirmed': m(() => 'Status last confirmed on', () => 'Status terakhir dikonfirmasi pada'),
  'ask.termination': m(() => 'Termination: date=…,reason=…', () => 'Pengakhiran: date=…,reason=…'),
  'ask.sectors': m(() => 'Sectors, comma-separated (docs/sectors.md)', () => 'Sektor (urusan), dipisah koma (docs/sectors.md)'),
  'ask.objects': m(() => 'Objects (Pasal 367), comma-separated', () => 'Objek kerja sama (Pasal 367), dipisah koma'),
  'ask.scope': m(() => 'A scope item (ruang lingkup)', () => 'Satu butir ruang lingkup'),
  'ask.parent': m(() => 'Parent agreement', () => 'Perjanjian induk'),
  'ask.renews': m(() => 'Renews agreement', () => 'Memperpanjang perjanjian'),
  'ask.unit': m(() => 'Responsible unit (OPD)', () => 'Perangkat daerah penanggung jawab (OPD)'),
  'ask.dprd': m(() => 'DPRD approval: number=…,date=… (or status=unknown,reason=…)', () => 'Persetujuan DPRD: number=…,date=… (atau status=unknown,reason=…)'),
  'ask.central': m(() => 'Central approval: number=…,date=…,by=… (or status=not_applicable,reason=…)', () => 'Persetujuan pemerintah pusat: number=…,date=…,by=… (atau status=not_applicable,reason=…)'),
  'ask.fullPowers': m(() => 'Full Powers (Kemlu): number=…,date=…', () => 'Surat Kuasa (Full Powers) Kemlu: number=…,date=…'),
  'ask.document': m(() => 'A signed document: a path in the register or a web address', () => 'Naskah yang ditandatangani: lokasi di register atau alamat web'),
  'ask.activityTitle': m(() => 'Title', () => 'Judul'),
  'ask.activityType': m(() => 'Type', () => 'Jenis kegiatan'),
  'ask.start': m(() => 'Date (or first day)', () => 'Tanggal (atau hari pertama)'),
  'ask.lastDay': m(() => 'Last day', () => 'Hari terakhir'),
  'ask.agreements': m(() => 'Agreement ids it implements, comma-separated', () => 'id perjanjian yang dilaksanakan, dipisah koma'),
  'ask.partnerIds': m(() => 'Partner ids', () => 'id mitra'),
  'ask.activityStatus': m(() => 'Status', () => 'Status kegiatan'),
  'ask.location': m(() => 'Location', () => 'Tempat'),
  'ask.participants': m(() => 'Participants: count=…,description=…', () => 'Peserta: count=…,description=…'),
  'ask.budget': m(() => 'Budget: amount=…,currency=IDR,source=…', () => 'Anggaran: amount=…,currency=IDR,source=…'),
  'ask.outputs': m(() => 'An output or result', () => 'Satu keluaran atau hasil'),
  'ask.evidence': m(() => 'Evidence: a path or web address', () => 'Bukti: lokasi berkas atau alamat web'),
  'ask.source': m(() => 'A source: a web address, or a citation such as a letter number', () => 'Sumber: alamat web, atau rujukan seperti nomor surat'),
  'ask.notes': m(() => 'Notes (open or disputed facts)', () => 'Catatan (hal yang belum jelas atau diperdebatkan)'),
  'ask.noAgreement': m(() => 'No agreement: partner ids involved, comma-separated', () => 'Tanpa perjanjian: id mitra yang terlibat, dipisah koma'),
  'ask.id': m((p) => `Id (the file name in ${p.dir}/)`, (p) => `id (nama berkas di ${p.dir}/)`),
  'ask.sigDate': m((p) => `  ${p.party}: signed on`, (p) => `  ${p.party}: tanggal tanda tangan`),
  'ask.sigPlace': m((p) => `  ${p.party}: signed at (place)`, (p) => `  ${p.party}: tempat tanda tangan`),
  'ask.sigNumber': m((p) => `  ${p.party}: its document number`, (p) => `  ${p.party}: nomor naskah pihak ini`),
  'problem.date': m((p) => `${p.flag} must be a date like 2026-11-22 (or 2026-11 or 2026; ~1990 for about 1990; 1997..1998; ..2017-06 for by June 2017), not ${q(p.value)}`,
    (p) => `${p.flag} harus berupa tanggal seperti 2026-11-22 (atau 2026-11 atau 2026; ~1990 untuk sekitar 1990; 1997..1998; ..2017-06 untuk paling lambat Juni 2017), bukan ${q(p.value)}`),
  'problem.kvKeys': m((p) => `${p.flag} takes key=value pairs with the keys ${p.keys}; ${q(p.part)} is not one`, (p) => `${p.flag} memerlukan pasangan kunci=nilai dengan kunci ${p.keys}; ${q(p.part)} bukan salah satunya`),
  'problem.kvValue': m((p) => `${p.flag}: ${p.key}= needs a value`, (p) => `${p.flag}: ${p.key}= perlu diisi`),
  'problem.kvNeeds': m((p) => `${p.flag} needs ${p.key}=`, (p) => `${p.flag} memerlukan ${p.key}=`),
  'problem.kvDate': m((p) => `${p.flag}: ${p.key}=${p.value} is not a date like 2026-11-22 (or 2026-11, 2026, ~1990, 1997..1998)`, (p) => `${p.flag}: ${p.key}=${p.value} bukan tanggal seperti 2026-11-22 (atau 2026-11, 2026, ~1990, 1997..1998)`),
  'problem.approvalStatus': m((p) => `${p.flag}: status= is not_applicable or unknown, not ${q(p.value)}`, (p) => `${p.flag}: status= harus not_applicable atau unknown, bukan ${q(p.value)}`),
  'problem.approvalReason': m((p) => `${p.flag}: status=${p.value} needs reason=`, (p) => `${p.flag}: status=${p.value} memerlukan reason=`),
  'problem.emptyValue': m(() => 'the value must not be empty', () => 'isian tidak boleh kosong'),
  'problem.idsNone': m((p) => `${p.flag} needs at least one id`, (p) => `${p.flag} memerlukan sedikitnya satu id`),
  'problem.idBad': m((p) => `${p.flag}: ${q(p.value)} is not an id (lower-case letters, digits, - _ . between them)`, (p) => `${p.flag}: ${q(p.value)} bukan id (huruf kecil, angka, - _ . di antaranya)`),
  'problem.sectorBad': m((p) => `--sectors: ${q(p.value)} is not a sector id like pariwisata (see docs/sectors.md)`, (p) => `--sectors: ${q(p.value)} bukan id sektor seperti pariwisata (lihat docs/sectors.md)`),
  'problem.notEmpty': m((p) => `${p.flag} must not be empty`, (p) => `${p.flag} tidak boleh kosong`),
  'problem.end': m((p) => `--end must be a date like 2030-10-31, a term like 5y or 18m, or none; not ${q(p.value)}`, (p) => `--end harus berupa tanggal seperti 2030-10-31, jangka waktu seperti 5y atau 18m, atau none; bukan ${q(p.value)}`),
  'problem.period': m((p) => `${p.flag} must be a period like 5y or 18m, not ${q(p.value)}`, (p) => `${p.flag} harus berupa jangka waktu seperti 5y atau 18m, bukan ${q(p.value)}`),
  'problem.objects': m((p) => `--objects: ${q(p.value)} is not one of ${p.allowed}`, (p) => `--objects: ${q(p.value)} bukan salah satu dari ${p.allowed}`),
  'problem.country': m((p) => `--country must be a two-letter ISO 3166-1 code like ID, JP or AU, not ${q(p.value)}`, (p) => `--country harus kode dua huruf ISO 3166-1 seperti ID, JP atau AU, bukan ${q(p.value)}`),
  'problem.website': m((p) => `--website must start with https:// or http://, not ${q(p.value)}`, (p) => `--website harus diawali https:// atau http://, bukan ${q(p.value)}`),
  'problem.id': m((p) => `${q(p.value)} is not an id: lower-case letters, digits, and single - _ . between them (like ${p.like})`, (p) => `${q(p.value)} bukan id: huruf kecil, angka, dan satu - _ . di antaranya (seperti ${p.like})`),

  // ---- asking on a terminal (init, new) ----------------------------------------------------------
  'ask.notOneOf': m((p) => `${p.flag} must be one of ${p.choices}, not ${q(p.value)}`, (p) => `${p.flag} harus salah satu dari ${p.choices}, bukan ${q(p.value)}`),
  'ask.needed': m((p) => `${p.label} is needed.`, (p) => `${p.label} wajib diisi.`),
  'ask.noValidAnswer': m((p) => `no valid answer for ${p.flag} after ${p.tries} tries`, (p) => `tidak ada jawaban yang sah untuk ${p.flag} setelah ${p.tries} kali`),
  'ask.optional': m(() => '(optional, Enter to skip)', () => '(tidak wajib, Enter untuk melewati)'),
} satisfies Record<string, Record<Lang, Text>>;

export type MessageKey = keyof typeof MESSAGES;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One message in one language. */
export function t(lang: Lang, key: MessageKey, params: P = {}): string {
  return MESSAGES[key][lang](params);
}

/** A message whose language is chosen later (by main, for a UsageError). */
export type Say = (lang: Lang) => string;
export const say = (key: MessageKey, params: P = {}): Say => (lang) => t(lang, key, params);

/**
 * --help in Bahasa Indonesia: each English description of main.ts's commands, options and arguments,
 * and its Indonesian. A test builds the program in Indonesian and checks none is left untranslated.
 */
export const HELP_ID: Readonly<Record<string, string>> = {
  'the register root (default: the nearest folder above with kerjasama.yaml)': 'folder induk register (bawaan: folder terdekat di atas yang berisi kerjasama.yaml)',
  'language of messages and labels': 'bahasa pesan dan label',
  'judge dates as of this day (YYYY-MM-DD; default: today in the register time zone)': 'menilai tanggal per hari ini (YYYY-MM-DD; bawaan: hari ini menurut zona waktu register)',
  'force colour': 'selalu berwarna',
  'no colour': 'tanpa warna',
  'use the record cache (the default)': 'memakai cache data (bawaan)',
  'neither read nor write the cache in .kerjasama-cache/ (records and the last validation)': 'tidak membaca maupun menulis cache di .kerjasama-cache/ (data dan pemeriksaan terakhir)',
  'only report on these files or folders (the whole register is still read)': 'hanya melaporkan berkas atau folder ini (seluruh register tetap dibaca)',
  'output format (github: annotations; sarif: code scanning; junit: test reports)': 'format keluaran (github: anotasi; sarif: code scanning; junit: laporan uji)',
  'only report on files changed since this git ref (the whole register is still checked)': 'hanya melaporkan berkas yang berubah sejak ref git ini (seluruh register tetap diperiksa)',
  'fail (exit 1) when there are more than n warnings': 'gagal (kode keluar 1) bila peringatan lebih dari n',
  'fail (exit 1) on any warning': 'gagal (kode keluar 1) bila ada peringatan',
  'report errors only': 'hanya melaporkan kesalahan',
  'write to a file instead of stdout': 'tulis ke berkas, bukan ke layar',
  'with --output, overwrite an existing file': 'bersama --output, timpa berkas yang sudah ada',
  'output format': 'format keluaran',
  'only these categories (KSDD,KSDPK,KSDPL,KSDLL,PUSAT)': 'hanya kategori ini (KSDD,KSDPK,KSDPL,KSDLL,PUSAT)',
  'only these partner ids': 'hanya id mitra ini',
  'only partners in these countries (ISO codes)': 'hanya mitra di negara ini (kode ISO)',
  'only these sector ids': 'hanya id sektor ini',
  'only this responsible unit (OPD)': 'hanya perangkat daerah (OPD) ini',
  'exit 1 when some records were left out because they are invalid': 'kode keluar 1 bila ada data yang tidak disertakan karena bermasalah',
  'count a signed LoI as a partnership in force (inactive, coverage, summary)': 'hitung LoI yang sudah ditandatangani sebagai kemitraan yang berlaku (inactive, coverage, summary)',
  'horizon, e.g. 90d, 6m, 1y (default: thresholds.expiry_horizon, else 180d)': 'rentang pemantauan, mis. 90d, 6m, 1y (bawaan: thresholds.expiry_horizon, atau 180d)',
  'also list agreements already renewed, marked "renewed by"': 'tampilkan juga perjanjian yang sudah diperpanjang, dengan tanda "diperpanjang oleh"',
  'the window, e.g. 12m, 365d, 2y (default: thresholds.inactivity_window, else 12m)': 'jangka waktu pengamatan, mis. 12m, 365d, 2y (bawaan: thresholds.inactivity_window, atau 12m)',
  'window for counting activities (default: thresholds.inactivity_window, else 12m)': 'jangka waktu penghitungan kegiatan (bawaan: thresholds.inactivity_window, atau 12m)',
  'rows by sector, country or category': 'baris menurut sektor, negara atau kategori',
  'sector × country counts of agreements in force': 'jumlah perjanjian berlaku menurut sektor × negara',
  'only these categories': 'hanya kategori ini',
  'only these countries': 'hanya negara ini',
  'only these sectors': 'hanya sektor ini',
  'only this unit': 'hanya perangkat daerah ini',
  'agreements, partners or activities': 'agreements (perjanjian), partners (mitra) atau activities (kegiatan)',
  'a partner, agreement or activity id': 'id mitra, perjanjian atau kegiatan',
  'the revision to compare from, e.g. main or origin/main': 'revisi pembanding awal, mis. main atau origin/main',
  'the revision to compare to (default: the working tree)': 'revisi yang dibandingkan (bawaan: direktori kerja)',
  'output format (markdown: for a pull-request comment)': 'format keluaran (markdown: untuk komentar pull request)',
  'the folder to create it in (default: the current folder); nothing that exists is overwritten': 'folder tempat register dibuat (bawaan: folder ini); berkas yang sudah ada tidak ditimpa',
  "the region's name, e.g. \"Kabupaten Tanjung Harapan\"": 'nama daerah, mis. "Kabupaten Tanjung Harapan"',
  "the region's own partner id (default: from the name)": 'id mitra untuk daerah sendiri (bawaan: dari namanya)',
  'the region: province, regency or city (default: from the name)': 'jenis daerah: province (provinsi), regency (kabupaten) atau city (kota) (bawaan: dari namanya)',
  'the register language (default: id)': 'bahasa register (bawaan: id)',
  'the time zone that decides "today" (default: Asia/Jakarta)': 'zona waktu penentu "hari ini" (bawaan: Asia/Jakarta)',
  'take the defaults for everything not given, without asking': 'pakai nilai bawaan untuk semua yang tidak diberikan, tanpa bertanya',
  'partner, agreement or activity': 'partner (mitra), agreement (perjanjian) atau activity (kegiatan)',
  'the record id, i.e. the file name (default: suggested from the name or title)': 'id data, yaitu nama berkasnya (bawaan: diusulkan dari nama atau judul)',
  'partner: the name used in reports': 'mitra: nama yang dipakai dalam laporan',
  'partner or activity: the type (kerjasama schema partner|activity lists them)': 'mitra atau kegiatan: jenisnya (daftarnya: kerjasama schema partner|activity)',
  'partner: ISO 3166-1 code, e.g. ID, JP': 'mitra: kode ISO 3166-1, mis. ID, JP',
  'partner: region, state or island': 'mitra: wilayah, negara bagian atau pulau',
  'agreement or activity: the short title': 'perjanjian atau kegiatan: judul singkat',
  'agreement: KSDD, KSDPK, KSDPL, KSDLL or PUSAT': 'perjanjian: KSDD, KSDPK, KSDPL, KSDLL atau PUSAT',
  'agreement: e.g. provinsi_kembar, sukarela': 'perjanjian: bentuk kerja sama, mis. provinsi_kembar, sukarela',
  'agreement: loi, mou, pks, action_plan, addendum or renewal': 'perjanjian: loi, mou, pks, action_plan, addendum atau renewal',
  'agreement: the counterparts; activity: partners involved (comma-separated ids)': 'perjanjian: para mitra; kegiatan: mitra yang terlibat (id dipisah koma)',
  'agreement: the signing date (one signature entry per party)': 'perjanjian: tanggal penandatanganan (satu tanda tangan per pihak)',
  'agreement: a date, a term like 5y, or none; activity: the last day': 'perjanjian: tanggal, jangka waktu seperti 5y, atau none; kegiatan: hari terakhir',
  'agreement: default active once signed, else draft; activity: planned, held or cancelled': 'perjanjian: bawaan active bila sudah ditandatangani, selain itu draft; kegiatan: planned, held atau cancelled',
  'agreement: the agreement it implements': 'perjanjian: perjanjian yang dilaksanakannya',
  'agreement: the agreement it renews': 'perjanjian: perjanjian yang diperpanjangnya',
  'activity: the agreements it implements (comma-separated ids)': 'kegiatan: perjanjian yang dilaksanakannya (id dipisah koma)',
  'activity: the date, or first day': 'kegiatan: tanggal, atau hari pertama',
  'agreement or activity: sector ids, comma-separated': 'perjanjian atau kegiatan: id sektor, dipisah koma',
  'activity: where': 'kegiatan: tempat',
  'agreement or activity: the responsible unit (OPD)': 'perjanjian atau kegiatan: perangkat daerah penanggung jawab (OPD)',
  'partner: the name in its own language and script': 'mitra: nama dalam bahasa dan aksaranya sendiri',
  'partner: other names and spellings, comma-separated': 'mitra: nama dan ejaan lain, dipisah koma',
  'partner: its website': 'mitra: situs webnya',
  'agreement: the title exactly as on the document': 'perjanjian: judul persis seperti pada naskah',
  'agreement or activity: our own region, where the register holds several': 'perjanjian atau kegiatan: daerah kita, bila register memuat beberapa daerah',
  "agreement: one party's signature, party=ID,date=…,place=…,signatory=…,title=…,number=… (repeat per party)": 'perjanjian: tanda tangan satu pihak, party=ID,date=…,place=…,signatory=…,title=…,number=… (ulangi untuk tiap pihak)',
  'agreement: the planned signing date': 'perjanjian: rencana tanggal penandatanganan',
  'agreement: the day it takes effect, if not the last signature': 'perjanjian: tanggal mulai berlaku, bila bukan tanggal tanda tangan terakhir',
  'agreement: the tie renews every so long, e.g. 5y': 'perjanjian: kerja sama diperpanjang berkala, mis. setiap 5y',
  'agreement: when its status was last confirmed': 'perjanjian: kapan statusnya terakhir dikonfirmasi',
  'agreement: date=…,reason=…': 'perjanjian: pengakhiran, date=…,reason=…',
  'agreement: objects of UU 23/2014 Pasal 367, comma-separated': 'perjanjian: objek kerja sama menurut UU 23/2014 Pasal 367, dipisah koma',
  'agreement: a scope item (ruang lingkup); repeat for each': 'perjanjian: satu butir ruang lingkup; ulangi untuk tiap butir',
  'agreement: the DPRD approval, number=…,date=…,by=… (or status=unknown|not_applicable,reason=…)': 'perjanjian: persetujuan DPRD, number=…,date=…,by=… (atau status=unknown|not_applicable,reason=…)',
  'agreement: the central approval, number=…,date=…,by=… (or status=…,reason=…)': 'perjanjian: persetujuan pemerintah pusat, number=…,date=…,by=… (atau status=…,reason=…)',
  'agreement: the Full Powers from Kemlu, number=…,date=…': 'perjanjian: Surat Kuasa (Full Powers) dari Kemlu, number=…,date=…',
  'agreement: a signed document, a path in the register or a web address; repeat for each': 'perjanjian: naskah yang ditandatangani, lokasi di register atau alamat web; ulangi untuk tiap naskah',
  'activity: count=…,description=…': 'kegiatan: peserta, count=…,description=…',
  'activity: amount=…,currency=IDR,source=…': 'kegiatan: anggaran, amount=…,currency=IDR,source=…',
  'activity: an output or result; repeat for each': 'kegiatan: satu keluaran atau hasil; ulangi untuk tiap butir',
  'activity: a path or web address; repeat for each': 'kegiatan: bukti, lokasi berkas atau alamat web; ulangi untuk tiap butir',
  'any: a source, a web address or a citation such as a letter number; repeat for each': 'semua: sumber, alamat web atau rujukan seperti nomor surat; ulangi untuk tiap sumber',
  'any: notes, e.g. open or disputed facts': 'semua: catatan, mis. hal yang belum jelas atau diperdebatkan',
  'print the YAML instead of writing the file': 'tampilkan YAML-nya, bukan menulis berkas',
  'partner, agreement, activity or config': 'partner, agreement, activity atau config',
  'Keep regional cooperation agreements (MoU, LoI, PKS), partners and activities as YAML in git: validate and report.': 'Simpan perjanjian kerja sama daerah (MoU, LoI, PKS), mitra dan kegiatan sebagai YAML di git: periksa dan buat laporan.',
  'check every record file: YAML, schema and cross-record rules': 'periksa setiap berkas data: YAML, skema dan aturan antardata',
  'reports on the register: expiring, inactive, coverage, summary': 'laporan register: expiring (akan berakhir), inactive (tidak aktif), coverage (cakupan), summary (ringkasan)',
  'list records, with the report filters and formats': 'daftar data, dengan penyaring dan format laporan',
  'one record in full: its chain, its activities, its status as of the date': 'satu data lengkap: rantainya, kegiatannya, statusnya per tanggal',
  'what a change does to the register, between two git revisions: records, consequences, new and fixed problems': 'akibat suatu perubahan pada register, antara dua revisi git: data, dampak, masalah baru dan yang sudah diperbaiki',
  'start a new register: kerjasama.yaml, data/ with one example of each record, schemas, editor settings, a CI workflow, a README': 'buat register baru: kerjasama.yaml, data/ dengan satu contoh tiap jenis data, skema, pengaturan penyunting, alur kerja CI, README',
  'add one record, from flags or by asking on a terminal; checked before it is written, never overwriting': 'tambah satu data, dari opsi atau dengan tanya-jawab di terminal; diperiksa sebelum ditulis, tidak pernah menimpa',
  'print a JSON Schema (self-contained) for editors and other tools; without a name, list them': 'cetak JSON Schema (lengkap) untuk penyunting dan alat lain; tanpa nama, tampilkan daftarnya',
  'agreements in force that end within the horizon, and overdue ones': 'perjanjian berlaku yang berakhir dalam rentang pemantauan, dan yang terlambat',
  'partnerships in force with no activity in the window, most dormant first': 'kemitraan berlaku tanpa kegiatan dalam jangka waktu pengamatan, yang paling lama tidak aktif lebih dulu',
  'sectors covered by agreements in force, and the gaps': 'sektor yang tercakup perjanjian berlaku, dan celahnya',
  'a one-screen overview of the register': 'ringkasan register dalam satu layar',
  // commander's own
  'output the version number': 'tampilkan nomor versi',
  'display help for command': 'tampilkan bantuan untuk perintah',
};

/** Commander's own words in --help and its errors, in Bahasa Indonesia. */
export const COMMANDER_ID: ReadonlyArray<[RegExp, string]> = [
  [/^Usage:/gm, 'Penggunaan:'],
  [/\[options\]/g, '[opsi]'],
  [/\[command\]/g, '[perintah]'],
  [/^Options:/gm, 'Opsi:'],
  [/^Commands:/gm, 'Perintah:'],
  [/^Arguments:/gm, 'Argumen:'],
  [/\(choices: /g, '(pilihan: '],
  [/\(default: /g, '(bawaan: '],
  [/display help for command/g, 'tampilkan bantuan untuk perintah'],
  [/output the version number/g, 'tampilkan nomor versi'],
  [/^error: unknown option '([^']*)'/gm, "kesalahan: opsi '$1' tidak dikenal"],
  [/^error: unknown command '([^']*)'/gm, "kesalahan: perintah '$1' tidak dikenal"],
  [/^error: missing required argument '([^']*)'/gm, "kesalahan: argumen wajib '$1' tidak ada"],
  [/^error: option '([^']*)' argument missing/gm, "kesalahan: opsi '$1' memerlukan nilai"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./gm, "kesalahan: nilai '$2' untuk opsi '$1' tidak sah. Pilihan yang diizinkan: $3."],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./gm, 'kesalahan: argumen terlalu banyak. Diharapkan $2, diberikan $3.'],
  [/\(Did you mean ([^?]*)\?\)/g, '(Maksud Anda $1?)'],
];

export function commanderText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return COMMANDER_ID.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** fill's own words (src/scaffold/ask.ts) in one language. */
export function askTexts(lang: Lang): import('../scaffold/ask.js').AskTexts {
  return {
    notOneOf: (flag, choices, value) => t(lang, 'ask.notOneOf', { flag, choices: choices.join(', '), value }),
    needed: (label) => t(lang, 'ask.needed', { label: label.trim() }),
    noValidAnswer: (flag, tries) => t(lang, 'ask.noValidAnswer', { flag, tries }),
    optional: t(lang, 'ask.optional'),
  };
}

/** The language the environment asks for (LC_ALL, LC_MESSAGES, LANG): Indonesian for id_*, else English. */
export function envLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const v = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^id([_.-]|$)/i.test(v) ? 'id' : 'en';
}
