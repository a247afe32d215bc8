// The catalogue of diagnostic codes: severity, and the message and hint in English and Bahasa Indonesia.
// Codes are a stable contract (json, sarif, github output and docs/errors.md all use them).

import { countryName } from './countries.js';
import { formatDuration, humanText, noSuchDay, parseDate, parseDuration } from './dates.js';
import { DECLARED_STATUS_WORDS, PARTNER_TYPE_WORDS } from './fields.words.js';
import type { Lang, Severity } from './types.js';
import { listWords, say, w, type Catalogue } from './words.js';
import { formatYears } from './format.js';

/** A number of years as the language writes it (5 tahun, 7,5 tahun); a placeholder (SARIF's rule text) as it is. */
const yearsText = (years: unknown, lang: 'en' | 'id'): string => (/^\d/.test(String(years)) ? formatYears(Number(years), lang) : `${String(years)} ${lang === 'id' ? 'tahun' : 'years'}`);

/**
 * A day, or a date as the record writes it (2017-06, ~1990), as the tables write it: "7 Des 2026", "Jun 2017",
 * "± 1990" (dates.ts humanKDate). The parameters stay ISO for machines; only the sentence says it so.
 * Anything else (a placeholder of SARIF's rule text, `?`) as it is.
 */
const day = (v: unknown, lang: Lang): string => humanText(String(v), lang);
/**
 * A date after a verb, with the preposition its precision takes: "on 1 Oct 2026", "in Oct 2026", "by Jun
 * 2017" ("pada 1 Okt 2026", "pada Okt 2026", "paling lambat Jun 2017"): a date known to the month is never
 * said as a day.
 */
const onDay = (v: unknown, lang: Lang): string => {
  const k = parseDate(String(v));
  if (k?.open === 'before') return day(v, lang);
  // A span of days (28 Feb–30 Mar 2026) is not a month or a year: some day within it.
  if (k?.precision === 'range' && k.open === undefined) return lang === 'id' ? `dalam rentang ${day(v, lang)}` : `within ${day(v, lang)}`;
  return lang === 'id' ? `pada ${day(v, lang)}` : `${k === undefined || k.precision === 'day' ? 'on' : 'in'} ${day(v, lang)}`;
};
/** An activity's dates as its check gives them ("2027-03-01", or "start – end"), each side as a day. */
const days = (v: unknown, lang: Lang): string => String(v).split(' – ').map((x) => day(x, lang)).join(' – ');

type P = Record<string, string | number>;
type Text = (p: P) => string;
export type Group = 'file' | 'yaml' | 'schema' | 'config' | 'identity' | 'reference' | 'dates' | 'status' | 'rules' | 'federation';

export interface CodeInfo {
  readonly severity: Severity;
  readonly group: Group;
  readonly title: Record<Lang, string>;
  readonly message: Record<Lang, Text>;
  readonly hint: Record<Lang, Text>;
}

const q = (v: unknown): string => `\`${String(v)}\``;
/**
 * How a probable duplicate partner's name matches the other's (check/partners.ts): the very same name (no
 * otherName), the same once government words are set aside (otherName), or one name in another
 * language's form (otherName and languages).
 */
const nameMatch = (p: Readonly<Record<string, unknown>>): 'same' | 'words' | 'languages' => (!p.otherName ? 'same' : p.languages ? 'languages' : 'words');
/** A reference whose id is the name of a file in the wrong folder: where it lies and where it goes. */
const misplacedHint = (p: Record<string, unknown>, lang: 'en' | 'id'): string => (!p['misplaced'] ? '' : lang === 'en'
  ? `${String(p['misplaced'])} has this name but is not in ${String(p['folder'])}/, so it is not read: move it there. `
  : `${String(p['misplaced'])} bernama demikian tetapi tidak berada di ${String(p['folder'])}/, jadi tidak dibaca: pindahkan ke sana. `);
/**
 * What to do with a record file whose name an editor lengthened (file-extension): the name to give it, or,
 * when a file of that name is there already (taken), to keep one of the two.
 */
const extensionHint = (p: P, lang: Lang): string => {
  const name = String(p.name);
  if (p.taken === 'yes') return lang === 'en' ? `A file named ${name} is already there: compare the two, keep what is right in ${name}, and delete this one.` : `Berkas bernama ${name} sudah ada: bandingkan keduanya, simpan isi yang benar di ${name}, lalu hapus berkas ini.`;
  if (p.added === 'docx') {
    return lang === 'en'
      ? `Rename it to ${name}. If it was written in Word, renaming is not enough (a Word document is not text): copy its text into Notepad, save it as ${name} with "Save as type" set to "All Files (*.*)" and Encoding UTF-8, and delete the .docx.`
      : `Ganti nama berkas menjadi ${name}. Bila berkas ditulis dengan Word, mengganti nama saja tidak cukup (dokumen Word bukan teks): salin teksnya ke Notepad, simpan sebagai ${name} dengan "Save as type" "All Files (*.*)" dan Encoding UTF-8, lalu hapus berkas .docx-nya.`;
  }
  if (p.added === 'trailing') {
    return lang === 'en'
      ? `Rename it to ${name}, without the spaces or dots at the end. Programs on Windows cannot open a file named so.`
      : `Ganti nama berkas menjadi ${name}, tanpa spasi atau titik di akhir. Program di Windows tidak dapat membuka berkas bernama demikian.`;
  }
  return lang === 'en'
    ? `Rename it to ${name}. Notepad adds .txt when "Save as type" is "Text Documents (*.txt)": choose "All Files (*.*)" when you save. Windows hides extensions unless View → "File name extensions" is on.`
    : `Ganti nama berkas menjadi ${name}. Notepad menambahkan .txt bila "Save as type" berisi "Text Documents (*.txt)": pilih "All Files (*.*)" saat menyimpan. Windows menyembunyikan ekstensi kecuali View → "File name extensions" dicentang.`;
};
const opt = (v: unknown, s: string): string => (v === undefined || v === '' ? '' : s);
/** The Indonesian variant of a parameter (name_id) given by the schema's own words (x-expected-id). */
const i = (p: P, key: string): string => String(p[`${key}_id`] ?? p[key] ?? '');

/**
 * The words diagnostics are composed of. Producers give codes and values (why: 'in-git', reason:
 * 'EACCES', status: 'active', every: '5y'); the message says them in the reader's language.
 */
const PARTS: Catalogue = {
  // a date written by hand, in the register's form (schema-format, schema-one-of)
  'hint.written': w((v) => `Did you mean ${v.written}? Dates are written year-month-day.`, (v) => `Maksud Anda ${v.written}? Tanggal ditulis tahun-bulan-hari.`),
  /** A day the calendar does not have, when the month's length is not known (a template's placeholder). */
  'hint.noSuchDay': w((v) => `${v.noDay} is not a day of the calendar`, (v) => `${v.noDay} bukan tanggal yang ada`),
  'hint.writtenNoDay': w((v) => `Dates are written year-month-day: ${v.noDayFrom} becomes ${v.noDay}, but ${v.why}. Check the date on the document.`, (v) => `Tanggal ditulis tahun-bulan-hari: ${v.noDayFrom} menjadi ${v.noDay}, tetapi ${v.why}. Periksa tanggal pada naskahnya.`),
  'hint.term': w((v) => `Did you mean ${v.field}: ${v.term === 'none' ? 'none' : `{term: ${v.term}}`}?`, (v) => `Maksud Anda ${v.field}: ${v.term === 'none' ? 'none' : `{term: ${v.term}}`}?`),
  // why a file cannot be read
  'read.ELOOP': w('it became a symbolic link after it was listed', 'berkas berubah menjadi tautan simbolik setelah didaftar'),
  'read.EACCES': w('permission denied', 'izin ditolak'),
  'read.EPERM': w('permission denied', 'izin ditolak'),
  'read.ENOENT': w('no such file', 'berkas tidak ada'),
  'read.EISDIR': w('it is a folder', 'ini sebuah folder'),
  'read.EIO': w('the disk reported an input/output error', 'diska melaporkan kesalahan baca/tulis'),
  'read.other': w((v) => `the system said ${v.detail}`, (v) => `sistem melaporkan ${v.detail}`),
  'read.broken-link': w((v) => `it is a broken symbolic link (to ${v.to})`, (v) => `tautan simbolik yang rusak (ke ${v.to})`),
  'read.grew': w('it grew while it was being read; run again', 'berkas bertambah saat sedang dibaca; jalankan lagi'),
  'read.merge-conflict': w('it has unresolved merge conflicts in the index; resolve them and git add it', 'masih ada konflik penggabungan di indeks git; selesaikan lalu jalankan git add'),
  'read.git-link': w((v) => `it is a symbolic link; kerjasama ${v.command} reads only regular files`, (v) => `berkas ini tautan simbolik; kerjasama ${v.command} hanya membaca berkas biasa`),
  'read.no-config': w((v) => (v.rev ? `there is no kerjasama.yaml at ${v.rev}` : 'there is no kerjasama.yaml in the git index (nothing staged?)'), (v) => (v.rev ? `tidak ada kerjasama.yaml pada ${v.rev}` : 'tidak ada kerjasama.yaml di indeks git (belum ada yang di-stage?)')),
  'read.git-failed': w('git could not read it', 'git tidak dapat membacanya'),
  'read.bundle-name': w('its name cannot be carried in a register bundle (a control character, a backslash, or longer than a tar header holds), so the bundle does not hold it; rename the file', 'namanya tidak dapat dimuat dalam bundel register (ada karakter kendali, garis miring terbalik, atau lebih panjang dari yang dapat dimuat header tar), sehingga bundel tidak memuatnya; ganti nama berkasnya'),
  // why a link is not read
  'link.in-git': w('inside a .git folder', 'di dalam folder .git'),
  'link.outside-data': w('outside data/', 'di luar data/'),
  'link.linked-folder': w('a linked folder (its files would be read twice, or from elsewhere)', 'folder tautan (berkasnya akan terbaca dua kali, atau dari tempat lain)'),
  'link.data-linked': w('a linked folder (records are read only from a real data/ folder)', 'folder tautan (data hanya dibaca dari folder data/ yang sungguhan)'),
  'link.config': w('kerjasama.yaml is read only as a real file', 'kerjasama.yaml hanya dibaca sebagai berkas sungguhan'),
  // what is not a regular file
  'kind.folder': w('a folder', 'folder'),
  'kind.fifo': w('a pipe (FIFO)', 'pipa (FIFO)'),
  'kind.socket': w('a socket', 'soket'),
  'kind.device': w('a device', 'perangkat'),
  // what kerjasama.yaml got wrong, and how to fix it
  'config.fix': w('Correct that setting in kerjasama.yaml (docs/data-model.md, "Configuration").', 'Perbaiki pengaturan itu di kerjasama.yaml (docs/data-model.md, "Configuration").'),
  'config.timezone': w((v) => `${v.value} is not an IANA time zone`, (v) => `${v.value} bukan zona waktu IANA`),
  'config.timezone.fix': w((v) => (v.zone ? `${v.value} is ${v.zone}: write timezone: ${v.zone}.` : 'Use a name like Asia/Jakarta, Asia/Makassar or Asia/Jayapura.'), (v) => (v.zone ? `${v.value} adalah ${v.zone}: tulis timezone: ${v.zone}.` : 'Gunakan nama seperti Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.')),
  'config.sector-taken': w((v) => `${v.value} is already a sector`, (v) => `${v.value} sudah menjadi sektor`),
  'config.format-newer': w((v) => `the register is written in format version ${v.value}; this kerjasama reads format version ${v.current} and older`, (v) => `register ditulis dalam format versi ${v.value}; kerjasama ini membaca format versi ${v.current} dan sebelumnya`),
  'config.format-newer.fix': w((v) => `Install a kerjasama that reads format version ${v.value} (npm install kerjasama@latest; docs/migrating.md).`, (v) => `Pasang kerjasama yang membaca format versi ${v.value} (npm install kerjasama@latest; docs/migrating.md).`),
  'config.format-unreadable': w((v) => `the register is written in format version ${v.value}; this kerjasama reads format version ${v.current}, and cannot upgrade version ${v.value}`, (v) => `register ditulis dalam format versi ${v.value}; kerjasama ini membaca format versi ${v.current}, dan tidak dapat meningkatkan versi ${v.value}`),
  'config.format-unreadable.fix': w('Migrate it with a kerjasama that knows that version, or correct schema_version (docs/migrating.md).', 'Migrasikan dengan kerjasama yang mengenal versi itu, atau perbaiki schema_version (docs/migrating.md).'),
  'config.sector-taken.fix': w('Give the extra sector an id that is not one of the 32 urusan or another extra sector.', 'Beri sektor tambahan id yang bukan salah satu dari 32 urusan maupun sektor tambahan lain.'),
  // why a status is contradicted, and the fix
  'status.ended': w((v) => `it ended ${onDay(v.date, 'en')}`, (v) => `perjanjian berakhir ${onDay(v.date, 'id')}`),
  'status.not-started': w((v) => `it takes effect only ${onDay(v.date, 'en')}`, (v) => `perjanjian baru berlaku ${onDay(v.date, 'id')}`),
  'status.no-end': w('it has no end date', 'perjanjian tidak memiliki tanggal berakhir'),
  'status.runs-until': w((v) => `it runs until ${day(v.date, 'en')}`, (v) => `perjanjian berlaku sampai ${day(v.date, 'id')}`),
  'status.end-not-recorded': w('no end is recorded', 'tanggal berakhir tidak dicatat'),
  'status.not-renewed': w('no agreement renews it (nor, for an LoI, names it as parent)', 'tidak ada perjanjian yang memperpanjangnya (atau, untuk LoI, menjadikannya parent)'),
  /** The general case, where the dates' own fix is not known (kerjasama explain, docs/errors.md). */
  'fix.general': w('Set the status the dates call for (expired, signed, superseded), correct the date, or record the renewal as a new agreement with renews:.', 'Ubah status sesuai tanggalnya (expired, signed, superseded), perbaiki tanggalnya, atau catat perpanjangannya sebagai perjanjian baru dengan renews:.'),
  'fix.superseded': w('It has been renewed: set status: superseded.', 'Perjanjian sudah diperpanjang: ubah menjadi status: superseded.'),
  'fix.expired': w('Set status: expired, or record the renewal as a new agreement with renews:.', 'Ubah menjadi status: expired, atau catat perpanjangannya sebagai perjanjian baru dengan renews:.'),
  'fix.signed': w('Set status: signed until it takes effect.', 'Gunakan status: signed sampai perjanjian berlaku.'),
  'fix.end': w('Correct the end date, or set status: terminated with a termination date if it ended early.', 'Perbaiki tanggal berakhir, atau gunakan status: terminated dengan tanggal pengakhiran bila berakhir lebih awal.'),
  'fix.renewal': w('Add the renewal with renews: pointing here, or correct the status.', 'Tambahkan perpanjangannya dengan renews: yang menunjuk ke sini, atau perbaiki statusnya.'),
  // approvals
  // the control characters people meet, by code (text-control-character)
  'control.0': w('NUL', 'NUL'),
  'control.7': w('BEL', 'BEL'),
  'control.8': w('backspace', 'backspace'),
  'control.9': w('tab', 'tab'),
  'control.10': w('line feed', 'baris baru'),
  'control.11': w('vertical tab', 'tab vertikal'),
  'control.12': w('form feed', 'ganti halaman'),
  'control.13': w('carriage return', 'CR, kembali ke awal baris'),
  'control.27': w('ESC', 'ESC'),
  'control.127': w('DEL', 'DEL'),
  'control.133': w('NEL', 'NEL'),
  'control.155': w('CSI', 'CSI'),
  // an agreement's validity without a known last day
  'validity.none': w('no end', 'tanpa batas akhir'),
  'validity.every': w((v) => `renews every ${every(v, 'en')}`, (v) => `diperpanjang setiap ${every(v, 'id')}`),
  'approval.dprd': w('DPRD approval', 'persetujuan DPRD'),
  'approval.central': w('central approval', 'persetujuan pusat'),
  // what a category needs of its partners
  'needs.KSDD': w('an Indonesian province, regency or city', 'provinsi, kabupaten atau kota di Indonesia'),
  'needs.KSDPK': w('a third party (company, university, NGO, person)', 'pihak ketiga (badan usaha, perguruan tinggi, ormas, perseorangan)'),
  'needs.KSDPL': w('a foreign sub-national government (type foreign_subnational, outside ID)', 'pemerintah daerah di luar negeri (type foreign_subnational, di luar ID)'),
  'needs.KSDLL': w('a foreign institution (outside ID, not a regional government)', 'lembaga di luar negeri (di luar ID, bukan pemerintah daerah)'),
  'needs.PUSAT': w('an Indonesian central-government body (type central_government)', 'instansi pemerintah pusat (type central_government)'),
  'level.province': w('a province', 'provinsi'),
  'level.regency_city': w('a regency or city', 'kabupaten/kota'),
  'level.district': w('a district (kecamatan)', 'kecamatan'),
  'level.village': w('a village (desa or kelurahan)', 'desa/kelurahan'),
  'level.other': w('no level', 'tingkat yang tidak dikenal'),
  'level.code.province': w("a code of two digits, like '52'", "kode dua angka, seperti '52'"),
  'level.code.regency_city': w("a code of two pairs of digits, like '52.71'", "kode dua pasang angka, seperti '52.71'"),
  'idkey.kemendagri': w('the Kemendagri region code', 'kode wilayah Kemendagri'),
  'idkey.iso3166_2': w('the ISO 3166-2 code', 'kode ISO 3166-2'),
  'idkey.wikidata': w('the Wikidata id', 'id Wikidata'),
  // a record named in identity.yaml, by kind
  'aggkind.partner': w('partner', 'mitra'),
  'aggkind.agreement': w('agreement', 'perjanjian'),
  'is': w((v) => `${typeWord('en', v.type)} in ${v.country}`, (v) => `${typeWord('id', v.type)} di ${v.country}`),
  // what the YAML reader found wrong (its error codes), in Indonesian; English shows the reader's own text
  'yaml.BAD_INDENT': w('bad indentation', 'indentasi tidak sesuai'),
  'yaml.UNCLOSED_QUOTE': w('the quote opened here is never closed', 'tanda kutip yang dibuka di sini tidak pernah ditutup'),
  'yaml.MISSING_CHAR': w('a character is missing', 'ada karakter yang hilang (mis. tanda kutip atau kurung penutup)'),
  'yaml.BLOCK_AS_IMPLICIT_KEY': w('a block used as a key', 'blok dipakai sebagai kunci'),
  'yaml.MULTILINE_IMPLICIT_KEY': w('a key over several lines', 'kunci ditulis lebih dari satu baris'),
  'yaml.UNEXPECTED_TOKEN': w('something unexpected here', 'ada bagian yang tidak diharapkan di sini (mis. titik dua atau teks yang salah letak)'),
  'yaml.BAD_SCALAR_START': w('a value starts with a character that is not allowed there', 'nilai diawali karakter yang tidak boleh di situ (mis. @ atau `); beri tanda kutip'),
  'yaml.BAD_DQ_ESCAPE': w('a bad escape in double quotes', 'escape tidak sah dalam teks bertanda kutip ganda'),
  'yaml.BLOCK_IN_FLOW': w('a block inside brackets', 'blok di dalam kurung [ ] atau { }'),
  'yaml.BAD_ALIAS': w('a bad alias', 'alias tidak sah'),
  'yaml.ALIAS_PROPS': w('an alias with a tag or anchor', 'alias dengan tag atau anchor'),
  'yaml.BAD_DIRECTIVE': w('a bad directive', 'direktif YAML tidak sah'),
  'yaml.BAD_PROP_ORDER': w('anchor and tag in the wrong order', 'urutan anchor dan tag salah'),
  'yaml.MULTIPLE_ANCHORS': w('more than one anchor', 'lebih dari satu anchor'),
  'yaml.MULTIPLE_TAGS': w('more than one tag', 'lebih dari satu tag'),
  'yaml.NON_STRING_KEY': w('a key that is not text', 'kunci yang bukan teks'),
  'yaml.BAD_COLLECTION_TYPE': w('a collection of the wrong kind', 'jenis koleksi tidak sesuai'),
  // where a schema problem is, at the top of a record
  'where.partner': w('a partner', 'mitra'),
  'where.agreement': w('an agreement', 'perjanjian'),
  'where.activity': w('an activity', 'kegiatan'),
  'where.config': w('kerjasama.yaml', 'kerjasama.yaml'),
  'where.identity': w('identity.yaml', 'identity.yaml'),
  'where.federation': w('federation.yaml', 'federation.yaml'),
  // what a value must be, when the schema has no words of its own for it
  'expected.types': w((v) => listWords(String(v.types).split(',').map((t) => part('en', `type.${t}`)), 'en', true), (v) => listWords(String(v.types).split(',').map((t) => part('id', `type.${t}`)), 'id', true)),
  'expected.pattern': w((v) => `text matching ${v.pattern}`, (v) => `teks yang cocok dengan ${v.pattern}`),
  'expected.forms': w('one of the documented forms', 'salah satu bentuk yang didokumentasikan'),
  'expected.format': w((v) => `a valid ${v.format}`, (v) => `${v.format} yang sah`),
  'type.string': w('text', 'teks'),
  'type.number': w('a number', 'angka'),
  'type.integer': w('a whole number', 'bilangan bulat'),
  'type.boolean': w('true or false', 'true atau false'),
  'type.object': w('a mapping (key: value lines)', 'pemetaan (baris kunci: nilai)'),
  'type.array': w('a list (lines starting with -)', 'daftar (baris yang diawali -)'),
  'type.null': w('empty', 'kosong'),
  // what a value is
  'actual.null': w('empty (null)', 'kosong (null)'),
  'actual.array': w('a list', 'daftar'),
  'actual.object': w('a mapping', 'pemetaan'),
  'actual.string': w((v) => `the text "${v.actualValue}"`, (v) => `teks "${v.actualValue}"`),
  'actual.number': w((v) => `the number ${v.actualValue}`, (v) => `angka ${v.actualValue}`),
  'actual.boolean': w((v) => `the boolean ${v.actualValue}`, (v) => `boolean ${v.actualValue}`),
  // a constraint a value breaks
  'rule.minLength': w('must not be empty', 'tidak boleh kosong'),
  'rule.minItems': w((v) => `must list at least ${v.limit} item${v.limit === '1' ? '' : 's'}`, (v) => `harus berisi paling sedikit ${v.limit} butir`),
  'rule.maxItems': w((v) => `must list at most ${v.limit} items`, (v) => `paling banyak berisi ${v.limit} butir`),
  'rule.minimum': w((v) => `must be at least ${v.limit}`, (v) => `paling kecil ${v.limit}`),
  'rule.maximum': w((v) => `must be at most ${v.limit}`, (v) => `paling besar ${v.limit}`),
  'rule.uniqueItems': w((v) => `lists the same value twice (items ${v.j} and ${v.i})`, (v) => `memuat nilai yang sama dua kali (butir ${v.j} dan ${v.i})`),
  'rule.minProperties': w('must not be an empty mapping', 'tidak boleh berupa pemetaan kosong'),
  'rule.uniqueMember': w((v) => `is the code of another member too (${v.other}): each member has its own region code`, (v) => `juga kode anggota lain (${v.other}): tiap anggota memiliki kode wilayahnya sendiri`),
  'rule.other': w((v) => `breaks the schema's rule ${v.keyword}`, (v) => `melanggar aturan skema ${v.keyword}`),
  // a term's length
  'length.about': w((v) => `about ${yearsText(v.years, 'en')} (${day(v.from, 'en')} – ${day(v.to, 'en')})`, (v) => `sekitar ${yearsText(v.years, 'id')} (${day(v.from, 'id')} – ${day(v.to, 'id')})`),
};
/** A part's words; for a code the catalogue does not know, the code itself (what follows `read.`, `link.` …). */
/** The fix of a configuration problem: the reason's own, or the general one (a reason with none, or a template's placeholder). */
const configFix = (reason: unknown): string => (Object.hasOwn(PARTS, `config.${String(reason)}.fix`) ? `config.${String(reason)}.fix` : 'config.fix');
/** A control character: U+000A (line feed), its name when people meet it. */
const controlChar = (p: P, lang: Lang): string => (Object.hasOwn(PARTS, `control.${p.control}`) ? `${p.char} (${part(lang, `control.${p.control}`)})` : String(p.char));

/** A renewal cycle (renews_every: 5y, 18m) in words. */
function every(v: Readonly<Record<string, string | number>>, lang: Lang): string {
  const d = parseDuration(String(v['every']));
  return d ? formatDuration(d, lang) : String(v['every']);
}

/** An agreement's validity, "from – until", as activity-outside-agreement shows it. */
const validity = (p: P, lang: Lang): string =>
  `${day(p.from, lang)} – ${p.until !== '' ? day(p.until, lang) : p.open === 'none' ? part(lang, 'validity.none') : part(lang, 'validity.every', p)}`;
const part = (lang: Lang, key: string, v: P = {}): string => (Object.hasOwn(PARTS, key) ? say(PARTS, lang, key, v) : key.slice(key.indexOf('.') + 1));
/** A partner type as its word, with its code after when they differ: "pemerintah daerah di luar negeri (foreign_subnational)". */
const typeWord = (lang: Lang, type: unknown): string => {
  const word = label(PARTNER_TYPE_WORDS, lang, type);
  return word === String(type) ? word : `${word} (${String(type)})`;
};
/** Where a schema problem is: the field's path, or the kind of record at the top. */
const where = (p: P, lang: Lang): string => String(p.where ?? (p.whereKind !== undefined ? part(lang, `where.${p.whereKind}`) : ''));
/** What a value must be: the schema's words (expected, expected_id), else the catalogue's. */
const expected = (p: P, lang: Lang): string => (p.expected !== undefined ? (lang === 'id' ? i(p, 'expected') : String(p.expected)) : part(lang, `expected.${p.expectedCode}`, p));
/** Why a date in the right form is refused (the calendar has no such day), as a sentence. */
const dayWhy = (p: P, lang: Lang): string | undefined => {
  const why = p.value === undefined ? undefined : noSuchDay(String(p.value), lang);
  return why === undefined ? undefined : `${why}.`;
};
/** A date written by hand (31/12/2025) that reads as one date of the register's form: which, as a hint. */
const written = (p: P, lang: Lang): string | undefined => (p.written === undefined ? undefined : part(lang, 'hint.written', p));
/** A date written by hand (31/02/2025) that reads as a day the calendar does not have: which, and why, as a hint. */
const writtenNoDay = (p: P, lang: Lang): string | undefined => (p.noDay === undefined || p.noDay === '' ? undefined : part(lang, 'hint.writtenNoDay', { noDay: p.noDay, noDayFrom: p.noDayFrom ?? '', why: noSuchDay(String(p.noDay), lang) ?? part(lang, 'hint.noSuchDay', { noDay: p.noDay }) }));
/** A duration written as in kerjasama.yaml (5y), in words. */
const dur = (lang: Lang, text: unknown): string => {
  const d = parseDuration(String(text));
  return d ? formatDuration(d, lang) : String(text);
};
/** A code's label from the field model's words, else the code. */
const label = (table: Readonly<Record<string, Readonly<Record<Lang, string>>>>, lang: Lang, code: unknown): string => table[String(code)]?.[lang] ?? String(code);

function code(severity: Severity, group: Group, title: [string, string], en: [Text, Text], id: [Text, Text]): CodeInfo {
  return { severity, group, title: { en: title[0], id: title[1] }, message: { en: en[0], id: id[0] }, hint: { en: en[1], id: id[1] } };
}

export const CODES = {
  // ---- files -------------------------------------------------------------------------------
  'file-unreadable': code('error', 'file', ['File cannot be read', 'Berkas tidak dapat dibaca'],
    [(p) => `the file cannot be read: ${part('en', `read.${p.reason}`, p)}`, () => 'Check that the file exists and that you may read it (permissions).'],
    [(p) => `berkas tidak dapat dibaca: ${part('id', `read.${p.reason}`, p)}`, () => 'Periksa apakah berkas ada dan Anda berhak membacanya (izin berkas).']),
  'file-too-large': code('error', 'file', ['File too large', 'Berkas terlalu besar'],
    [(p) => `the file is ${p.size} bytes, more than the limit of ${p.limit} bytes for one record`, () => 'A record is a few kilobytes of YAML. Split the file, or move attachments to documents: and link them.'],
    [(p) => `berkas berukuran ${p.size} bita, melebihi batas ${p.limit} bita untuk satu data`, () => 'Satu data hanya beberapa kilobita YAML. Pecah berkasnya, atau pindahkan lampiran ke documents: dan tautkan.']),
  'file-binary': code('error', 'file', ['Binary file', 'Berkas biner'],
    [() => 'the file looks binary (it contains a NUL byte), not YAML text', () => 'Only YAML text belongs in data/. Move scans and PDFs elsewhere (e.g. docs/) and link them under documents:.'],
    [() => 'berkas tampaknya biner (berisi bita NUL), bukan teks YAML', () => 'Hanya teks YAML yang boleh ada di data/. Pindahkan pindaian dan PDF ke tempat lain (mis. docs/) dan tautkan melalui documents:.']),
  'file-encoding': code('error', 'file', ['Not UTF-8', 'Bukan UTF-8'],
    [(p) => (p.encoding === 'utf16' ? 'the file is UTF-16 (what Windows Notepad calls "Unicode"), not UTF-8' : 'the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252)'), () => 'Save the file as UTF-8: in Notepad, File → Save As, Encoding: UTF-8; in VS Code, "Save with Encoding" → UTF-8.'],
    [(p) => (p.encoding === 'utf16' ? 'berkas ini UTF-16 (yang disebut "Unicode" oleh Notepad Windows), bukan UTF-8' : 'berkas bukan UTF-8 yang sah (mungkin Latin-1 atau Windows-1252)'), () => 'Simpan ulang berkas sebagai UTF-8: di Notepad, File → Save As, Encoding: UTF-8; di VS Code, "Save with Encoding" → UTF-8.']),
  'file-empty': code('error', 'file', ['Empty file', 'Berkas kosong'],
    [() => 'the file is empty: it holds no record', () => 'Write the record, or delete the file. `kerjasama new` scaffolds a record.'],
    [() => 'berkas kosong: tidak berisi data', () => 'Tulis datanya, atau hapus berkas. `kerjasama new` membuat kerangka datanya.']),
  'file-symlink-outside': code('error', 'file', ['Link outside the register', 'Tautan ke luar register'],
    [(p) => `this is a symbolic link to ${p.target}, outside the register; it is not read`, () => 'Copy the file into the register instead of linking to it.'],
    [(p) => `ini tautan simbolik ke ${p.target}, di luar register; tidak dibaca`, () => 'Salin berkas ke dalam register alih-alih menautkannya.']),
  'file-symlink-unsafe': code('error', 'file', ['Link that is not read', 'Tautan yang tidak dibaca'],
    [(p) => `this is a symbolic link to ${p.target}, ${part('en', `link.${p.why}`)}; it is not read`, () => 'Keep record files and folders as real files and folders inside data/: copy instead of linking. kerjasama never reads .git/ or anything outside data/ through a link.'],
    [(p) => `ini tautan simbolik ke ${p.target}, ${part('id', `link.${p.why}`)}; tidak dibaca`, () => 'Simpan berkas dan folder data sebagai berkas dan folder sungguhan di dalam data/: salin, jangan tautkan. kerjasama tidak pernah membaca .git/ atau apa pun di luar data/ melalui tautan.']),
  'file-not-regular': code('error', 'file', ['Not a regular file', 'Bukan berkas biasa'],
    [(p) => `this is ${part('en', `kind.${p.what}`)}, not a regular file; it is not read`, () => 'Keep kerjasama.yaml and every record as an ordinary file in the register.'],
    [(p) => `ini ${part('id', `kind.${p.what}`)}, bukan berkas biasa; tidak dibaca`, () => 'Simpan kerjasama.yaml dan setiap data sebagai berkas biasa di dalam register.']),
  'file-too-many-problems': code('error', 'file', ['Too many problems in one file', 'Terlalu banyak masalah dalam satu berkas'],
    [(p) => `this file has ${typeof p.more === 'number' ? p.more.toLocaleString('en-US') : p.more} more problems than the ${p.shown} shown; they are not listed`, () => 'Fix the first problems and run again. So many usually mean one early mistake (an unclosed bracket or quote) that confuses everything after it, or a file that is not a record at all.'],
    [(p) => `berkas ini memiliki ${typeof p.more === 'number' ? p.more.toLocaleString('id-ID') : p.more} masalah lagi selain ${p.shown} yang ditampilkan; masalah itu tidak dicantumkan`, () => 'Perbaiki masalah pertama lalu jalankan lagi. Masalah sebanyak ini biasanya berasal dari satu kesalahan awal (kurung atau tanda kutip yang tidak ditutup) yang mengacaukan semua sesudahnya, atau dari berkas yang sama sekali bukan data.']),
  'file-misplaced': code('warning', 'file', ['YAML file outside the record folders', 'Berkas YAML di luar folder data'],
    [() => 'this YAML file is not in data/partners, data/agreements or data/activities, so it is not checked', (p) => (p.folder ? `Move it into ${p.folder}/ (the folder decides the kind of record).` : 'Move it into the folder for its kind of record (the folder decides the kind).')],
    [() => 'berkas YAML ini tidak berada di data/partners, data/agreements atau data/activities, jadi tidak diperiksa', (p) => (p.folder ? `Pindahkan ke ${p.folder}/ (folder menentukan jenis datanya).` : 'Pindahkan ke folder sesuai jenis datanya (folder menentukan jenis).')]),
  'file-wrong-folder': code('error', 'file', ['Record in the folder of another kind', 'Data di folder jenis lain'],
    [(p) => `this file holds a complete record of ${part('en', `where.${p.holds}`)}, but it is in ${p.folder}/, where every file is read as ${part('en', `where.${p.readAs}`)}`, (p) => `Move it to ${p.move} (git mv ${p.file} ${p.move}).`],
    [(p) => `berkas ini berisi data ${part('id', `where.${p.holds}`)} yang lengkap, tetapi berada di ${p.folder}/, tempat setiap berkas dibaca sebagai ${part('id', `where.${p.readAs}`)}`, (p) => `Pindahkan ke ${p.move} (git mv ${p.file} ${p.move}).`]),

  'file-extension': code('warning', 'file', ['Record file name not ending in .yaml', 'Nama berkas data tidak berakhiran .yaml'],
    [(p) => `${p.added === 'trailing' ? `this file's name (${JSON.stringify(p.was)}) has spaces or dots after its .yaml or .yml` : `this file's name ends in .${p.added}, not in .yaml or .yml`}, so kerjasama does not read it: the record in it is left out of validate and of every report`, (p) => extensionHint(p, 'en')],
    [(p) => `${p.added === 'trailing' ? `nama berkas ini (${JSON.stringify(p.was)}) diakhiri spasi atau titik sesudah .yaml atau .yml` : `nama berkas ini berakhiran .${p.added}, bukan .yaml atau .yml`}, sehingga tidak dibaca kerjasama: data di dalamnya tidak ikut diperiksa dan tidak muncul di laporan mana pun`, (p) => extensionHint(p, 'id')]),

  // ---- YAML --------------------------------------------------------------------------------
  'yaml-syntax': code('error', 'yaml', ['YAML syntax error', 'Kesalahan sintaks YAML'],
    [(p) => `YAML syntax error: ${p.problem === 'UNCLOSED_QUOTE' ? part('en', 'yaml.UNCLOSED_QUOTE') : p.reason}`, (p) => [p.quoted ? `A colon and a space inside a value start a new key: put the value in quotes (${p.quoted}).` : '', p.spaced ? `Put a space after the colon (${p.spaced}).` : '', p.quoted || p.spaced ? '' : 'Check the indentation and the brackets and quotes around this spot; a YAML linter or your editor’s YAML mode shows the structure.'].filter((x) => x !== '').join(' ')],
    [(p) => `kesalahan sintaks YAML: ${Object.hasOwn(PARTS, `yaml.${p.problem}`) ? part('id', `yaml.${p.problem}`) : p.reason}`, (p) => [p.quoted ? `Titik dua dan spasi di dalam nilai memulai kunci baru: beri tanda kutip pada nilainya (${p.quoted}).` : '', p.spaced ? `Beri spasi sesudah titik dua (${p.spaced}).` : '', p.quoted || p.spaced ? '' : 'Periksa indentasi, kurung dan tanda kutip di sekitar posisi ini; mode YAML di penyunting membantu melihat strukturnya.'].filter((x) => x !== '').join(' ')]),
  'yaml-version': code('error', 'yaml', ['YAML version other than 1.2', 'Versi YAML selain 1.2'],
    [(p) => `the file declares %YAML ${p.version}; kerjasama reads YAML 1.2 only`, () => 'Delete the %YAML line. In YAML 1.2, yes, no, on and off are text and 0777 is a number; quote any value meant otherwise.'],
    [(p) => `berkas menyatakan %YAML ${p.version}; kerjasama hanya membaca YAML 1.2`, () => 'Hapus baris %YAML. Dalam YAML 1.2, yes, no, on dan off adalah teks dan 0777 adalah angka; beri tanda kutip pada nilai yang dimaksud lain.']),
  'yaml-duplicate-key': code('error', 'yaml', ['Duplicate key', 'Kunci ganda'],
    [(p) => `the key ${q(p.key)} appears twice in the same mapping`, () => 'Keep one of them: YAML tools disagree on which value wins.'],
    [(p) => `kunci ${q(p.key)} muncul dua kali dalam pemetaan yang sama`, () => 'Pertahankan satu saja: alat YAML berbeda-beda dalam memilih nilai yang dipakai.']),
  'yaml-multi-document': code('error', 'yaml', ['More than one document', 'Lebih dari satu dokumen'],
    [() => 'the file holds more than one YAML document (a `---` separator); only the first is read', () => 'Put each record in its own file, named after its id.'],
    [() => 'berkas berisi lebih dari satu dokumen YAML (pemisah `---`); hanya yang pertama dibaca', () => 'Simpan setiap data dalam berkasnya sendiri, dinamai sesuai id-nya.']),
  'yaml-tab-indent': code('error', 'yaml', ['Tab used for indentation', 'Tab dipakai untuk indentasi'],
    [() => 'a tab is used for indentation; YAML allows only spaces', () => 'Replace the tab with spaces (two per level). Most editors can convert tabs to spaces.'],
    [() => 'karakter tab dipakai untuk indentasi; YAML hanya mengizinkan spasi', () => 'Ganti tab dengan spasi (dua per tingkat). Kebanyakan penyunting dapat mengubah tab menjadi spasi.']),
  'yaml-alias': code('error', 'yaml', ['Alias not allowed', 'Alias tidak diizinkan'],
    [(p) => `the alias ${q('*' + String(p.name))} refers to another part of the file; records do not use anchors and aliases`, () => 'Write the value out in full where it is needed. (This also protects against "billion laughs" alias bombs.)'],
    [(p) => `alias ${q('*' + String(p.name))} merujuk ke bagian lain berkas; berkas data tidak memakai anchor dan alias`, () => 'Tulis nilainya lengkap di tempat yang membutuhkan. (Ini juga melindungi dari bom alias "billion laughs".)']),
  'yaml-merge-key': code('error', 'yaml', ['Merge key not allowed', 'Kunci gabung tidak diizinkan'],
    [() => 'the merge key `<<` is a YAML 1.1 feature that YAML 1.2 readers treat as an ordinary key', () => 'Write the merged fields out in full.'],
    [() => 'kunci gabung `<<` adalah fitur YAML 1.1 yang dibaca pembaca YAML 1.2 sebagai kunci biasa', () => 'Tulis kolom-kolom yang digabung secara lengkap.']),
  'yaml-custom-tag': code('error', 'yaml', ['Unknown tag', 'Tag tidak dikenal'],
    [(p) => `the tag ${q(p.tag)} is not supported`, () => 'Remove the tag; records use plain YAML values. Quote the value if it must be text.'],
    [(p) => `tag ${q(p.tag)} tidak didukung`, () => 'Hapus tag tersebut; berkas data memakai nilai YAML biasa. Beri tanda kutip bila nilainya teks.']),
  'yaml-too-deep': code('error', 'yaml', ['Nested too deeply', 'Bersarang terlalu dalam'],
    [() => 'the YAML nests too deeply (or is too large) to read safely', () => 'A record is only a few levels deep; look for runaway brackets or indentation.'],
    [() => 'YAML bersarang terlalu dalam (atau terlalu besar) untuk dibaca dengan aman', () => 'Satu data hanya beberapa tingkat; cari kurung atau indentasi yang tak terkendali.']),

  // ---- schema ------------------------------------------------------------------------------
  'schema-required': code('error', 'schema', ['Missing field', 'Kolom wajib tidak ada'],
    [(p) => `${q(p.field)} is missing${opt(where(p, 'en'), ` from ${where(p, 'en')}`)}`, (p) => `Add ${q(p.field)}${opt(p.expected, ` (${p.expected})`)}${opt(p.allowed, `, one of: ${p.allowed}`)}. See docs/data-model.md.`],
    [(p) => `${q(p.field)} tidak ada${opt(where(p, 'id'), ` di ${where(p, 'id')}`)}`, (p) => `Tambahkan ${q(p.field)}${opt(p.expected, ` (${i(p, 'expected')})`)}${opt(p.allowed, `, salah satu dari: ${p.allowed}`)}. Lihat docs/data-model.md.`]),
  'schema-unknown-field': code('error', 'schema', ['Unknown field', 'Kolom tidak dikenal'],
    [(p) => `${q(p.field)} is not a field of ${where(p, 'en')}`, (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + (p.inConfig ? 'The fields of kerjasama.yaml are listed in docs/data-model.md.' : 'Field names are listed in docs/data-model.md; put free text under notes:.')],
    [(p) => `${q(p.field)} bukan kolom dari ${where(p, 'id')}`, (p) => (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + (p.inConfig ? 'Kolom kerjasama.yaml tercantum di docs/data-model.md.' : 'Nama kolom tercantum di docs/data-model.md; teks bebas taruh di notes:.')]),
  'schema-type': code('error', 'schema', ['Wrong type', 'Jenis nilai salah'],
    [(p) => `${q(p.field)} must be ${expected(p, 'en')}, not ${part('en', `actual.${p.actual}`, p)}`, (p) => (p.amount !== undefined ? `Write the number alone, without the currency and without thousands separators: ${p.key}: ${p.amount}. ` : '') + (p.quote ? `Put the value in quotes: ${p.field}: "${p.quote}". ` : '') + (p.list !== undefined ? `Write it as a list: ${p.key}: [${p.list}]. ` : '') + (p.colon !== undefined ? `A colon and a space inside a value start a new key: put the value in quotes (${p.colon}). ` : '') + 'See docs/data-model.md for the field.'],
    [(p) => `${q(p.field)} harus berupa ${expected(p, 'id')}, bukan ${part('id', `actual.${p.actual}`, p)}`, (p) => (p.amount !== undefined ? `Tulis angkanya saja, tanpa Rp dan tanpa titik pemisah ribuan: ${p.key}: ${p.amount}. ` : '') + (p.quote ? `Beri tanda kutip: ${p.field}: "${p.quote}". ` : '') + (p.list !== undefined ? `Tulis sebagai daftar: ${p.key}: [${p.list}]. ` : '') + (p.colon !== undefined ? `Titik dua dan spasi di dalam nilai memulai kunci baru: beri tanda kutip pada nilainya (${p.colon}). ` : '') + 'Lihat docs/data-model.md untuk kolom ini.']),
  'schema-enum': code('error', 'schema', ['Value not allowed', 'Nilai tidak diizinkan'],
    [(p) => `${q(p.field)} is ${q(p.value)}, which is not one of the allowed values`, (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + `Allowed: ${p.allowed}.`],
    [(p) => `${q(p.field)} bernilai ${q(p.value)}, yang tidak termasuk nilai yang diizinkan`, (p) => (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + `Yang diizinkan: ${p.allowed}.`]),
  'schema-format': code('error', 'schema', ['Badly formed value', 'Format nilai salah'],
    [(p) => `${q(p.field)} must be ${expected(p, 'en')}${opt(p.value, `; found ${q(p.value)}`)}`, (p) => (p.quote ? 'Quote dates with a time or other text, or keep only the date part. ' : '') + (p.written !== undefined ? `${written(p, 'en')} ` : '') + (writtenNoDay(p, 'en') ?? dayWhy(p, 'en') ?? 'Write it in the form shown.')],
    [(p) => `${q(p.field)} harus ${expected(p, 'id')}${opt(p.value, `; tertulis ${q(p.value)}`)}`, (p) => (p.quote ? 'Hapus bagian jam dan sisakan tanggalnya saja. ' : '') + (p.written !== undefined ? `${written(p, 'id')} ` : '') + (writtenNoDay(p, 'id') ?? dayWhy(p, 'id') ?? 'Tulis sesuai bentuk yang ditunjukkan.')]),
  'text-control-character': code('error', 'schema', ['Control character in text', 'Karakter kendali dalam teks'],
    [(p) => `${q(p.field)} holds the control character ${controlChar(p, 'en')} (character ${p.offset} of the value)`, () => 'Control characters (ESC, BEL, a bare CR, …) have no place in record text: a terminal, a calendar or a spreadsheet would obey them. Delete it; line breaks and tabs are allowed only in notes.'],
    [(p) => `${q(p.field)} berisi karakter kendali ${controlChar(p, 'id')} (karakter ke-${p.offset} dari nilainya)`, () => 'Karakter kendali (ESC, BEL, CR tunggal, …) tidak boleh ada dalam teks data: terminal, kalender atau lembar kerja akan menjalankannya. Hapus karakter itu; baris baru dan tab hanya boleh di notes.']),
  'schema-pattern': code('error', 'schema', ['Badly formed value', 'Format nilai salah'],
    [(p) => `${q(p.field)} must be ${expected(p, 'en')}${opt(p.value, `; found ${q(p.value)}`)}`, (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'Write it in the form shown.'],
    [(p) => `${q(p.field)} harus ${expected(p, 'id')}${opt(p.value, `; tertulis ${q(p.value)}`)}`, (p) => (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + 'Tulis sesuai bentuk yang ditunjukkan.']),
  'schema-constraint': code('error', 'schema', ['Value out of range', 'Nilai di luar batas'],
    [(p) => `${q(p.field)} ${part('en', `rule.${p.rule}`, p)}`, () => 'See docs/data-model.md for the field.'],
    [(p) => `${q(p.field)} ${part('id', `rule.${p.rule}`, p)}`, () => 'Lihat docs/data-model.md untuk kolom ini.']),
  'schema-one-of': code('error', 'schema', ['Value of the wrong shape', 'Bentuk nilai salah'],
    [(p) => `${q(p.field)} must be ${expected(p, 'en')}`, (p) => (p.written !== undefined ? `${written(p, 'en')} ` : '') + (writtenNoDay(p, 'en') !== undefined ? `${writtenNoDay(p, 'en')} ` : '') + (p.term !== undefined ? `${part('en', 'hint.term', p)} ` : '') + (p.unknownEnd ? 'An end nobody knows is not written: leave end: out (end: none means no time limit). ' : '') + 'See docs/data-model.md for the forms this field takes.'],
    [(p) => `${q(p.field)} harus ${expected(p, 'id')}`, (p) => (p.written !== undefined ? `${written(p, 'id')} ` : '') + (writtenNoDay(p, 'id') !== undefined ? `${writtenNoDay(p, 'id')} ` : '') + (p.term !== undefined ? `${part('id', 'hint.term', p)} ` : '') + (p.unknownEnd ? 'Tanggal berakhir yang tidak diketahui tidak ditulis: hapus end: (end: none berarti tanpa batas waktu). ' : '') + 'Lihat docs/data-model.md untuk bentuk-bentuk kolom ini.']),

  // ---- config -------------------------------------------------------------------------------
  'config-invalid': code('error', 'config', ['Invalid configuration', 'Konfigurasi tidak sah'],
    [(p) => `${q(p.field)} in kerjasama.yaml is invalid: ${part('en', `config.${p.reason}`, p)}`, (p) => part('en', configFix(p.reason), p)],
    [(p) => `${q(p.field)} di kerjasama.yaml tidak sah: ${part('id', `config.${p.reason}`, p)}`, (p) => part('id', configFix(p.reason), p)]),

  // ---- identity -----------------------------------------------------------------------------
  'id-invalid': code('error', 'identity', ['File name is not a valid id', 'Nama berkas bukan id yang sah'],
    [(p) => `the file name ${q(p.id)} is not a valid record id`, (p) => `Rename the file to lower-case letters, digits and - _ . between them${opt(p.suggestion, `, e.g. ${p.suggestion}.yaml`)}.`],
    [(p) => `nama berkas ${q(p.id)} bukan id data yang sah`, (p) => `Ganti nama berkas dengan huruf kecil, angka, dan - _ . di antaranya${opt(p.suggestion, `, mis. ${p.suggestion}.yaml`)}.`]),
  'id-mismatch': code('error', 'identity', ['id does not match file name', 'id tidak sama dengan nama berkas'],
    [(p) => `the id ${q(p.id)} does not match the file name ${q(p.fileId)}`, () => 'The file name is the id. Remove the id: line, or rename the file to match.'],
    [(p) => `id ${q(p.id)} tidak sama dengan nama berkas ${q(p.fileId)}`, () => 'Nama berkas adalah id-nya. Hapus baris id:, atau ganti nama berkas agar sama.']),
  'id-duplicate': code('error', 'identity', ['Duplicate id', 'id ganda'],
    [(p) => `the ${p.kind} id ${q(p.id)} is also used by ${p.other}`, () => 'Ids must be unique per kind of record. Rename one of the files (and update references to it).'],
    [(p) => `id ${p.kind} ${q(p.id)} juga dipakai oleh ${p.other}`, () => 'id harus unik untuk setiap jenis data. Ganti nama salah satu berkas (dan perbarui rujukannya).']),

  // ---- references ---------------------------------------------------------------------------
  'unknown-partner': code('error', 'reference', ['Unknown partner', 'Mitra tidak dikenal'],
    [(p) => `no partner has the id ${q(p.ref)}`, (p) => misplacedHint(p, 'en') + (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'Partner ids are the file names in data/partners/. Add the partner, or correct the id.'],
    [(p) => `tidak ada mitra dengan id ${q(p.ref)}`, (p) => misplacedHint(p, 'id') + (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + 'Id mitra adalah nama berkas di data/partners/. Tambahkan mitranya, atau perbaiki id-nya.']),
  'unknown-agreement': code('error', 'reference', ['Unknown agreement', 'Perjanjian tidak dikenal'],
    [(p) => `no agreement has the id ${q(p.ref)}`, (p) => misplacedHint(p, 'en') + (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'Agreement ids are the file names in data/agreements/.'],
    [(p) => `tidak ada perjanjian dengan id ${q(p.ref)}`, (p) => misplacedHint(p, 'id') + (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + 'Id perjanjian adalah nama berkas di data/agreements/.']),
  'unknown-parent': code('error', 'reference', ['Unknown parent agreement', 'Perjanjian induk tidak dikenal'],
    [(p) => `parent ${q(p.ref)} is not an agreement in this register`, (p) => misplacedHint(p, 'en') + (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'parent: names the MoU (or LoI) this document implements, by its file name in data/agreements/.'],
    [(p) => `parent ${q(p.ref)} bukan perjanjian dalam register ini`, (p) => misplacedHint(p, 'id') + (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + 'parent: menyebut MoU (atau LoI) yang dilaksanakan dokumen ini, dengan nama berkasnya di data/agreements/.']),
  'unknown-renews': code('error', 'reference', ['Unknown renewed agreement', 'Perjanjian yang diperpanjang tidak dikenal'],
    [(p) => `renews ${q(p.ref)} is not an agreement in this register`, (p) => misplacedHint(p, 'en') + (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + 'renews: names the previous agreement of the renewal chain, by its file name in data/agreements/.'],
    [(p) => `renews ${q(p.ref)} bukan perjanjian dalam register ini`, (p) => misplacedHint(p, 'id') + (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + 'renews: menyebut perjanjian sebelumnya dalam rantai perpanjangan, dengan nama berkasnya di data/agreements/.']),
  'renewal-loop': code('error', 'reference', ['Renewal loop', 'Perpanjangan berputar'],
    [(p) => `the renewal chain loops: ${p.cycle}`, () => 'A renewal chain runs from the oldest agreement to the newest. Each renews: must point to an older agreement.'],
    [(p) => `rantai perpanjangan berputar: ${p.cycle}`, () => 'Rantai perpanjangan berjalan dari perjanjian terlama ke terbaru. Setiap renews: harus menunjuk perjanjian yang lebih lama.']),
  'parent-loop': code('error', 'reference', ['Parent loop', 'Induk berputar'],
    [(p) => `the parent chain loops: ${p.cycle}`, () => 'parent: points up, from a PKS to its MoU and from an MoU to its LoI; it can never come back.'],
    [(p) => `rantai induk berputar: ${p.cycle}`, () => 'parent: menunjuk ke atas, dari PKS ke MoU dan dari MoU ke LoI; tidak boleh kembali.']),
  'signature-party': code('error', 'reference', ['Signature by a non-party', 'Tanda tangan oleh bukan pihak'],
    [(p) => `signature by ${q(p.party)}, who is neither the owner${opt(p.owner, ` (${p.owner})`)} nor a partner of this agreement`, () => 'Each signature belongs to a party: the owner region or one of partners:. Add the party to partners:, or correct the id.'],
    [(p) => `tanda tangan oleh ${q(p.party)}, yang bukan pemilik${opt(p.owner, ` (${p.owner})`)} maupun mitra perjanjian ini`, () => 'Setiap tanda tangan milik salah satu pihak: daerah pemilik atau salah satu partners:. Tambahkan ke partners:, atau perbaiki id-nya.']),

  // ---- dates --------------------------------------------------------------------------------
  'date-order': code('error', 'dates', ['Dates out of order', 'Urutan tanggal salah'],
    [(p) => `${p.later} (${day(p.laterDate, 'en')}) is before ${p.earlier} (${day(p.earlierDate, 'en')})${p.more ? ` and ${p.more} other signature date${Number(p.more) === 1 ? '' : 's'}` : ''}`, () => 'Check both dates against the document: signature ≤ effective ≤ end, and an activity ends after it starts.'],
    [(p) => `${p.later} (${day(p.laterDate, 'id')}) lebih awal dari ${p.earlier} (${day(p.earlierDate, 'id')})${p.more ? ` dan ${p.more} tanggal tanda tangan lain` : ''}`, () => 'Periksa kedua tanggal pada dokumen: tanda tangan ≤ berlaku ≤ berakhir, dan kegiatan berakhir setelah dimulai.']),
  'activity-outside-agreement': code('warning', 'dates', ['Activity outside the agreement’s validity', 'Kegiatan di luar masa berlaku perjanjian'],
    [(p) => `the activity (${days(p.dates, 'en')}) falls outside the validity of ${q(p.agreement)} (${validity(p, 'en')})`, () => 'Link the activity to the agreement in force at the time (a renewal, perhaps), or to the partner only.'],
    [(p) => `kegiatan (${days(p.dates, 'id')}) berada di luar masa berlaku ${q(p.agreement)} (${validity(p, 'id')})`, () => 'Tautkan kegiatan ke perjanjian yang berlaku saat itu (mungkin perpanjangannya), atau ke mitra saja.']),

  // ---- status -------------------------------------------------------------------------------
  'status-contradicted': code('warning', 'status', ['Status contradicted by dates', 'Status bertentangan dengan tanggal'],
    [(p) => `status is ${q(p.status)}, but as of ${day(p.asOf, 'en')} ${part('en', `status.${p.reason}`, p)}`, (p) => part('en', p.fix ? `fix.${p.fix}` : 'fix.general')],
    [(p) => `status ${q(p.status)}, padahal per ${day(p.asOf, 'id')} ${part('id', `status.${p.reason}`, p)}`, (p) => part('id', p.fix ? `fix.${p.fix}` : 'fix.general')]),
  'termination-mismatch': code('warning', 'status', ['Termination and status disagree', 'Pengakhiran dan status tidak cocok'],
    [(p) => (p.status === 'terminated' ? 'status is `terminated` but no termination date is recorded' : `a termination is recorded but status is ${q(p.status)}`), (p) => (p.status === 'terminated' ? 'Add termination: {date: ..., reason: ...}.' : 'Set status: terminated, or remove termination:.')],
    [(p) => (p.status === 'terminated' ? 'status `terminated` tetapi tanggal pengakhiran tidak dicatat' : `pengakhiran dicatat tetapi status ${q(p.status)}`), (p) => (p.status === 'terminated' ? 'Tambahkan termination: {date: ..., reason: ...}.' : 'Ubah menjadi status: terminated, atau hapus termination:.')]),

  'renewal-not-on-record': code('warning', 'status', ['Renewal not on record', 'Perpanjangan tidak tercatat'],
    [(p) => `renewal not on record since ${day(p.since, 'en')}: this tie renews every ${dur('en', p.every)}, and no renewal after the term on record is recorded`, () => 'Record the renewal as a new agreement with renews: pointing here (a date that is only partly known is fine: 2023, ~2023). If the tie has lapsed, set `status: expired`.'],
    [(p) => `perpanjangan tidak tercatat sejak ${day(p.since, 'id')}: kerja sama ini diperpanjang setiap ${dur('id', p.every)}, tetapi tidak ada perpanjangan yang tercatat sesudah masa berlaku terakhir`, () => 'Catat perpanjangannya sebagai perjanjian baru dengan renews: yang menunjuk ke sini (tanggal yang hanya diketahui sebagian boleh: 2023, ~2023). Bila kerja sama sudah berhenti, ubah menjadi `status: expired`.']),
  'signing-overdue': code('warning', 'status', ['Planned signing has passed', 'Rencana penandatanganan terlewati'],
    [(p) => `the signing was planned for ${day(p.planned, 'en')}, but as of ${day(p.asOf, 'en')} the agreement is still ${p.status}`, () => 'If it was signed, record the signatures and set status `signed` or `active`; if the plan moved, update planned_signing:; if talks stopped, leave the status, say so in notes: and remove planned_signing: (no signing is planned any more).'],
    [(p) => `penandatanganan direncanakan pada ${day(p.planned, 'id')}, tetapi per ${day(p.asOf, 'id')} perjanjian masih berstatus ${label(DECLARED_STATUS_WORDS, 'id', p.status)}`, () => 'Bila sudah ditandatangani, catat tanda tangannya dan ubah status menjadi `signed` atau `active`; bila jadwal bergeser, perbarui planned_signing:; bila perundingan dihentikan, biarkan statusnya, tulis di notes: dan hapus planned_signing: (tidak ada lagi rencana penandatanganan).']),
  'stale-facts': code('warning', 'status', ['Facts not confirmed for a long time', 'Data lama tidak dikonfirmasi'],
    [(p) => `the facts of this record were last confirmed ${day(p.confirmed, 'en')}, longer ago than ${dur('en', p.after)} (thresholds.stale_after); its status ${q(p.status)} may no longer hold`, () => 'Check the status with the unit or the partner, then update confirmed: to the day you checked.'],
    [(p) => `data ini terakhir dikonfirmasi ${day(p.confirmed, 'id')}, lebih lama dari ${dur('id', p.after)} (thresholds.stale_after); statusnya ${q(p.status)} mungkin sudah tidak berlaku`, () => 'Periksa statusnya ke perangkat daerah atau mitra, lalu perbarui confirmed: ke tanggal pemeriksaan.']),

  // ---- domain rules -------------------------------------------------------------------------
  'category-partner': code('error', 'rules', ['Category does not fit the partner', 'Kategori tidak sesuai mitra'],
    [(p) => `a ${p.category} agreement needs ${part('en', `needs.${p.category}`)}, but ${q(p.partner)} is ${part('en', 'is', { type: p.type as string, country: p.country as string })}`, (p) => (p.fits ? `For ${q(p.partner)} the category is ${listWords(String(p.fits).split(','), 'en', true)}. ` : '') + 'Correct the category (see docs/data-model.md#categories) or the partner’s type and country.'],
    [(p) => `perjanjian ${p.category} memerlukan ${part('id', `needs.${p.category}`)}, tetapi ${q(p.partner)} adalah ${part('id', 'is', { type: p.type as string, country: p.country as string })}`, (p) => (p.fits ? `Untuk ${q(p.partner)} kategorinya ${listWords(String(p.fits).split(','), 'id', true)}. ` : '') + 'Perbaiki kategori (lihat docs/data-model.md#categories) atau jenis dan negara mitra.']),
  'subform-category': code('error', 'rules', ['Sub-form does not fit the category', 'Sub-bentuk tidak sesuai kategori'],
    [(p) => `subform ${q(p.subform)} does not belong to category ${p.category}`, (p) => (p.allowed ? `For ${p.category} use one of: ${p.allowed}.` : `${p.category} has no sub-form: leave subform out.`)],
    [(p) => `subform ${q(p.subform)} bukan milik kategori ${p.category}`, (p) => (p.allowed ? `Untuk ${p.category} gunakan salah satu: ${p.allowed}.` : `${p.category} tidak mempunyai sub-bentuk: hapus subform.`)]),
  'approval-missing': code('warning', 'rules', ['Foreign agreement without approvals', 'Perjanjian luar negeri tanpa persetujuan'],
    [(p) => `this ${p.category} agreement is ${p.status} but has no ${listWords(String(p.missing).split(',').map((m) => part('en', `approval.${m}`)), 'en', true)} recorded`, (p) => `Foreign cooperation that started on or after ${day(p.since ?? '2014-10-02', 'en')} needs the DPRD decision and the central approval (UU 23/2014 Pasal 367). Record them under approvals: with number and date; if one does not apply or is not known, say so: \`approvals: {dprd: {status: not_applicable, reason: ...}}\` (or \`status: unknown\`).`],
    [(p) => `perjanjian ${p.category} ini berstatus ${label(DECLARED_STATUS_WORDS, 'id', p.status)} tetapi ${String(p.missing).split(',').map((m) => part('id', `approval.${m}`)).join(' maupun ')} tidak tercatat`, (p) => `Kerja sama luar negeri yang mulai pada atau sesudah ${day(p.since ?? '2014-10-02', 'id')} memerlukan persetujuan DPRD dan persetujuan pusat (UU 23/2014 Pasal 367). Catat di approvals: beserta nomor dan tanggalnya; bila tidak berlaku atau tidak diketahui, nyatakan: \`approvals: {dprd: {status: not_applicable, reason: ...}}\` (atau \`status: unknown\`).`]),
  'term-too-long': code('warning', 'rules', ['Term longer than the configured maximum', 'Jangka waktu melebihi batas'],
    [(p) => `the agreement runs ${p.years !== undefined ? part('en', 'length.about', p) : dur('en', p.length)}, longer than the maximum of ${dur('en', p.max)} set in kerjasama.yaml`, () => 'Check the end date or term. If long terms are normal for you, raise thresholds.max_term.'],
    [(p) => `perjanjian berlaku ${p.years !== undefined ? part('id', 'length.about', p) : dur('id', p.length)}, lebih lama dari batas ${dur('id', p.max)} di kerjasama.yaml`, () => 'Periksa tanggal berakhir atau jangka waktunya. Bila memang wajar, naikkan thresholds.max_term.']),
  'country-no-relations': code('error', 'rules', ['Country without diplomatic relations', 'Negara tanpa hubungan diplomatik'],
    [(p) => `Indonesia has no diplomatic relations with ${countryName(String(p.country), 'en')}; a region may not cooperate with a partner there`, () => 'Permenlu 3/2019 forbids official relations. Check the partner’s country; remove the record if it is right.'],
    [(p) => `Indonesia tidak memiliki hubungan diplomatik dengan ${countryName(String(p.country), 'id')}; daerah tidak boleh bekerja sama dengan mitra di sana`, () => 'Permenlu 3/2019 melarang hubungan resmi. Periksa negara mitra; hapus data itu bila memang benar.']),
  'country-special-rules': code('warning', 'rules', ['Country under special rules', 'Negara dengan aturan khusus'],
    [(p) => `${countryName(String(p.country), 'en')} is under special rules (Permenlu 3/2019): only economic, trade and social contact, no official relations`, () => 'Keep the cooperation non-governmental in form, and record the Kemlu consultation in notes:.'],
    [(p) => `${countryName(String(p.country), 'id')} diatur khusus (Permenlu 3/2019): hanya hubungan ekonomi, perdagangan dan sosial, tanpa hubungan resmi`, () => 'Jaga agar bentuk kerja sama tidak bersifat resmi antarpemerintah, dan catat konsultasi dengan Kemlu di notes:.']),
  'unknown-country': code('error', 'rules', ['Unknown country code', 'Kode negara tidak dikenal'],
    [(p) => `${q(p.country)} is not an ISO 3166-1 country code`, () => 'Use the two-letter code: ID Indonesia, JP Japan, AU Australia, KR South Korea, CN China, EG Egypt, US United States.'],
    [(p) => `${q(p.country)} bukan kode negara ISO 3166-1`, () => 'Gunakan kode dua huruf: ID Indonesia, JP Jepang, AU Australia, KR Korea Selatan, CN Tiongkok, EG Mesir, US Amerika Serikat.']),
  'unknown-sector': code('error', 'rules', ['Unknown sector', 'Sektor tidak dikenal'],
    [(p) => `${q(p.sector)} is not a sector of this register`, (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}? ` : '') + (p.each ? `It names more than one urusan: write each as its own item of the list, ${q(`[${String(p.each)}]`)}. ` : '') + 'Sectors are the 32 urusan (docs/sectors.md) plus the sectors: in kerjasama.yaml.'],
    [(p) => `${q(p.sector)} bukan sektor register ini`, (p) => (p.suggestion ? `Maksud Anda ${q(p.suggestion)}? ` : '') + (p.each ? `Ini menyebut lebih dari satu urusan: tulis masing-masing sebagai butir daftar, ${q(`[${String(p.each)}]`)}. ` : '') + 'Sektor adalah 32 urusan (docs/sectors.md) ditambah sectors: di kerjasama.yaml.']),
  'partner-duplicate': code('warning', 'rules', ['Probable duplicate partner', 'Kemungkinan mitra ganda'],
    [(p) => `this partner looks like ${q(p.other)} (${p.otherFile}): both are in ${countryName(String(p.country), 'en')} and ${{ same: `share the name ${q(p.name)}`, words: `have names that look like the same partner: ${q(p.name)} and ${q(p.otherName)}`, languages: `${q(p.name)} and ${q(p.otherName)} are one name written two ways` }[nameMatch(p)]}`, () => 'If they are the same, keep one file, move the other spellings to aliases:, and update references.'],
    [(p) => `mitra ini tampaknya sama dengan ${q(p.other)} (${p.otherFile}): keduanya di ${countryName(String(p.country), 'id')} dan ${{ same: `bernama ${q(p.name)}`, words: `namanya tampak seperti mitra yang sama: ${q(p.name)} dan ${q(p.otherName)}`, languages: `${q(p.name)} serta ${q(p.otherName)} adalah satu nama yang ditulis dengan dua cara` }[nameMatch(p)]}`, () => 'Bila sama, pertahankan satu berkas, pindahkan ejaan lain ke aliases:, dan perbarui rujukannya.']),
  'agreement-duplicate': code('warning', 'rules', ['Probable duplicate agreement', 'Kemungkinan perjanjian ganda'],
    [(p) => `this agreement and ${q(p.other)} (${p.otherFile}) look like one document recorded twice: the same partners, document type and signatures (who signed, on which day)`, () => 'If they are the same document, keep one file (the older one) and point anything that names the other at it. If one is a new document started from a copy of the other, record its own signatures, and renews: or parent: if it follows the other.'],
    [(p) => `perjanjian ini dan ${q(p.other)} (${p.otherFile}) tampaknya satu dokumen yang tercatat dua kali: mitra, jenis dokumen dan tanda tangannya (siapa dan tanggal berapa) sama`, () => 'Bila dokumennya sama, pertahankan satu berkas (yang lebih lama) dan arahkan rujukan ke berkas lainnya kepadanya. Bila salah satunya dokumen baru yang dimulai dari salinan yang lain, catat tanda tangannya sendiri, serta renews: atau parent: bila ia menyusul yang lain.']),
  'iso3166-country': code('error', 'rules', ['ISO 3166-2 code of another country', 'Kode ISO 3166-2 negara lain'],
    [(p) => `the ISO 3166-2 code ${q(p.value)} is a region of ${countryName(String(p.valueCountry), 'en')}, but the partner's country is ${countryName(String(p.country), 'en')} (${p.country})`, (p) => `Correct ids.iso3166_2 (its first two letters are the country, ${p.country}-… here) or the partner's country:.`],
    [(p) => `kode ISO 3166-2 ${q(p.value)} adalah wilayah ${countryName(String(p.valueCountry), 'id')}, tetapi negara mitra ini ${countryName(String(p.country), 'id')} (${p.country})`, (p) => `Perbaiki ids.iso3166_2 (dua huruf pertamanya kode negara, di sini ${p.country}-…) atau country: mitra.`]),
  'kemendagri-country': code('error', 'rules', ['Kemendagri region code outside Indonesia', 'Kode wilayah Kemendagri di luar Indonesia'],
    [(p) => `the partner has the Kemendagri region code ${q(p.value)}, but it is in ${countryName(String(p.country), 'en')} (${p.country}): Kemendagri region codes name only Indonesian regions`, () => 'For a foreign region use ids.iso3166_2; or correct the partner\'s country: to ID.'],
    [(p) => `mitra ini berkode wilayah Kemendagri ${q(p.value)}, tetapi berada di ${countryName(String(p.country), 'id')} (${p.country}): kode wilayah hanya untuk daerah di Indonesia`, () => 'Untuk wilayah luar negeri gunakan ids.iso3166_2; atau perbaiki country: mitra menjadi ID.']),
  'kemendagri-level': code('warning', 'rules', ['Region code of another level', 'Kode wilayah tingkat lain'],
    [(p) => `the Kemendagri region code ${q(p.value)} names ${part('en', `level.${p.level || 'other'}`)}, but the partner's type is ${label(PARTNER_TYPE_WORDS, 'en', p.type)}`, (p) => `A ${label(PARTNER_TYPE_WORDS, 'en', p.type)} has ${part('en', `level.code.${p.want}`)}. Correct ids.kemendagri, or the partner's type: if it is the type that is wrong.`],
    [(p) => `kode wilayah Kemendagri ${q(p.value)} menunjuk ${part('id', `level.${p.level || 'other'}`)}, tetapi jenis mitra ini ${label(PARTNER_TYPE_WORDS, 'id', p.type)}`, (p) => `${label(PARTNER_TYPE_WORDS, 'id', p.type).replace(/^./, (c) => c.toUpperCase())} berkode ${part('id', `level.code.${p.want}`)}. Perbaiki ids.kemendagri, atau type: mitra bila jenisnya yang keliru.`]),
  'same-identifier': code('error', 'rules', ['Two partners with one identifier', 'Dua mitra dengan satu kode pengenal'],
    [(p) => `this partner has ${part('en', `idkey.${p.key}`)} ${q(p.value)}, as ${q(p.other)} (${p.otherFile}) has: one identifier is one partner`, () => 'If they are the same partner, keep one file, move the other names to aliases:, and update references; if not, correct the identifier on the wrong one.'],
    [(p) => `mitra ini memiliki ${part('id', `idkey.${p.key}`)} ${q(p.value)}, sama dengan ${q(p.other)} (${p.otherFile}): satu kode pengenal berarti satu mitra`, () => 'Bila keduanya mitra yang sama, pertahankan satu berkas, pindahkan nama lain ke aliases:, dan perbarui rujukannya; bila bukan, perbaiki kode pada mitra yang keliru.']),
  'iso3166-missing': code('warning', 'rules', ['Foreign regional government without ISO 3166-2 code', 'Pemerintah daerah luar negeri tanpa kode ISO 3166-2'],
    [(p) => `this foreign regional government in ${countryName(String(p.country), 'en')} has no ISO 3166-2 code (ids.iso3166_2), and kerjasama.yaml asks for one (checks.iso3166_2_required)`, (p) => `Add ids.iso3166_2, e.g. ${p.country}-… from the ISO 3166-2 list of ${p.country}, so that other registers can recognise the same partner. A city or a lower-level region has none: leave checks.iso3166_2_required out if your register holds such partners.`],
    [(p) => `pemerintah daerah luar negeri di ${countryName(String(p.country), 'id')} ini tidak berkode ISO 3166-2 (ids.iso3166_2), padahal kerjasama.yaml memintanya (checks.iso3166_2_required)`, (p) => `Tambahkan ids.iso3166_2, mis. ${p.country}-… dari daftar ISO 3166-2 untuk ${p.country}, agar register lain dapat mengenali mitra yang sama. Kota atau wilayah tingkat bawah tidak memilikinya: hapus checks.iso3166_2_required bila register Anda memuat mitra semacam itu.`]),
  'owner-identifier': code('error', 'rules', ["Our region's identifier differs from kerjasama.yaml", 'Kode pengenal daerah kita berbeda dengan kerjasama.yaml'],
    [(p) => `this is our region's record (owner in kerjasama.yaml), and its ids.${p.key} is ${q(p.value)}, but owner_ids.${p.key} in kerjasama.yaml is ${q(p.configValue)}`, () => 'One region has one code: correct the wrong one, or keep it in one place only.'],
    [(p) => `ini data daerah kita sendiri (owner di kerjasama.yaml), dan ids.${p.key}-nya ${q(p.value)}, tetapi owner_ids.${p.key} di kerjasama.yaml ${q(p.configValue)}`, () => 'Satu daerah satu kode: perbaiki yang keliru, atau catat di satu tempat saja.']),
  // ---- federation: identity.yaml, over several members' registers ------------------------------
  'identity-unknown': code('error', 'federation', ['Record not in the federation', 'Data tidak ada dalam federasi'],
    [(p) => (p.why === 'member' ? `${q(p.id)} names member ${q(p.member)}, and federation.yaml has no member with that code (members: ${p.members})` : p.why === 'left-out' ? `member ${q(p.member)}'s ${part('en', `aggkind.${p.kind}`)} ${q(p.id)} is left out of the aggregate: its file has errors` : `member ${q(p.member)} has no ${part('en', `aggkind.${p.kind}`)} ${q(p.id)}`), (p) => (p.why === 'left-out' ? 'Run kerjasama validate in that member\'s register and correct the file; the decision applies once the file is read.' : p.suggestion ? `Did you mean ${q(p.suggestion)}?` : 'Write a member\'s code from federation.yaml, a colon, and the record\'s id in that register (its file name without .yaml): 34:kyoto.')],
    [(p) => (p.why === 'member' ? `${q(p.id)} menyebut anggota ${q(p.member)}, padahal federation.yaml tidak memiliki anggota berkode itu (anggota: ${p.members})` : p.why === 'left-out' ? `${part('id', `aggkind.${p.kind}`)} ${q(p.id)} milik anggota ${q(p.member)} tidak disertakan dalam agregat: berkasnya bermasalah` : `anggota ${q(p.member)} tidak memiliki ${part('id', `aggkind.${p.kind}`)} ${q(p.id)}`), (p) => (p.why === 'left-out' ? 'Jalankan kerjasama validate di register anggota itu dan perbaiki berkasnya; keputusan berlaku setelah berkas itu terbaca.' : p.suggestion ? `Mungkin maksudnya ${q(p.suggestion)}?` : 'Tulis kode anggota dari federation.yaml, titik dua, lalu id data di register anggota itu (nama berkasnya tanpa .yaml): 34:kyoto.')]),
  'identity-contradiction': code('error', 'federation', ['Different partners that are one', 'Mitra berbeda yang ternyata satu'],
    [(p) => `this decision says ${q(p.a)} and ${q(p.b)} are different partners, but ${p.why === 'same' ? 'a same: decision makes them one' : 'they share an identifier, so they are one'}`, (p) => (p.why === 'same' ? 'Keep the decision that is right and remove the other.' : 'Correct the identifier in the member\'s register that has it wrong, or remove this decision.')],
    [(p) => `keputusan ini menyatakan ${q(p.a)} dan ${q(p.b)} mitra yang berbeda, padahal ${p.why === 'same' ? 'keputusan same: menjadikannya satu' : 'keduanya memiliki kode pengenal yang sama, jadi satu mitra'}`, (p) => (p.why === 'same' ? 'Pertahankan keputusan yang benar dan hapus yang lain.' : 'Perbaiki kode pengenal di register anggota yang keliru, atau hapus keputusan ini.')]),
  'identity-identifier-conflict': code('error', 'federation', ['One partner with two identifiers', 'Satu mitra dengan dua kode pengenal'],
    [(p) => `${q(p.a)} and ${q(p.b)} are one partner here, but ${part('en', `idkey.${p.key}`)} of one is ${q(p.value)} and of the other ${q(p.otherValue)}`, () => 'If they are one partner, correct the identifier in the member\'s register that has it wrong; if they are not, take them out of same:.'],
    [(p) => `${q(p.a)} dan ${q(p.b)} di sini satu mitra, tetapi ${part('id', `idkey.${p.key}`)} yang satu ${q(p.value)} dan yang lain ${q(p.otherValue)}`, () => 'Bila keduanya satu mitra, perbaiki kode pengenal di register anggota yang keliru; bila bukan, keluarkan dari same:.']),
  'acknowledged-unknown-field': code('error', 'federation', ['Acknowledged field does not exist', 'Kolom yang diketahui tidak ada'],
    [(p) => `${part('en', `aggkind.${p.kind}`)} records have no field ${q(p.field)}`, (p) => (p.suggestion ? `Did you mean ${q(p.suggestion)}?` : 'Name the field as kerjasama aggregate conflicts lists it: end, signatures.date, name.')],
    [(p) => `data ${part('id', `aggkind.${p.kind}`)} tidak memiliki kolom ${q(p.field)}`, (p) => (p.suggestion ? `Mungkin maksudnya ${q(p.suggestion)}?` : 'Sebut kolom seperti yang dicantumkan kerjasama aggregate conflicts: end, signatures.date, name.')]),
  'acknowledged-stale': code('warning', 'federation', ['Acknowledged difference no longer found', 'Perbedaan yang diketahui tidak ditemukan lagi'],
    [(p) => `the members' records of ${q(p.id)} do not differ on ${q(p.field)}: there is nothing to acknowledge`, () => 'The members agree now (or the records are no longer matched): remove this acknowledgement.'],
    [(p) => `data para anggota tentang ${q(p.id)} tidak berbeda pada kolom ${q(p.field)}: tidak ada yang perlu diketahui`, () => 'Para anggota kini sepakat (atau datanya tidak lagi dicocokkan): hapus catatan ini.']),
} satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
export const ALL_CODES = Object.keys(CODES) as Code[];

/** The groups of codes, in the order docs/errors.md and `kerjasama explain` list them. */
export const GROUP_WORDS = {
  file: w('Files', 'Berkas'),
  yaml: w('YAML', 'YAML'),
  schema: w('Schema: the shape of a record', 'Skema: bentuk suatu data'),
  config: w('Configuration', 'Pengaturan (kerjasama.yaml)'),
  identity: w('Identity: ids and file names', 'Identitas: id dan nama berkas'),
  reference: w('References between records', 'Rujukan antardata'),
  dates: w('Dates', 'Tanggal'),
  status: w('Status', 'Status'),
  rules: w('Domain rules', 'Aturan kerja sama daerah'),
  federation: w('Federation: identity and conflicts across member registers', 'Federasi: identitas dan perbedaan antarregister anggota'),
} satisfies Record<Group, unknown> & Catalogue;

/** A group's title in a language. */
export const groupTitle = (g: Group, lang: Lang): string => say(GROUP_WORDS, lang, g);

/**
 * A catalogue text as a template: each parameter shown by `mark` ({name} in SARIF's rules, ‹name› for a
 * reader); optional parts (a suggestion, a fix, another language's name, a file in the wrong folder, the
 * sectors a word names, a day the calendar does not have) left out, so that it reads as
 * the general case. The allowed values are shown (‹allowed›): schema-enum's and subform-category's hints
 * are nothing without them ("Allowed: ." was shown).
 */
export function codeTemplate(text: Text, mark: (name: string) => string): string {
  const params = new Proxy({} as P, {
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      const name = key.replace(/_(en|id)$/, '');
      return name === 'suggestion' || name === 'fix' || name === 'otherName' || name === 'misplaced' || name === 'each' || name === 'noDay' ? '' : mark(name);
    },
  });
  return text(params);
}

export function codeInfo(c: string): CodeInfo | undefined {
  return Object.prototype.hasOwnProperty.call(CODES, c) ? (CODES as Record<string, CodeInfo>)[c] : undefined;
}
