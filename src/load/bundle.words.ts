// Why a register bundle (kerjasama export --format bundle) cannot be read, in English and Bahasa
// Indonesia. A bundle is untrusted input: every refusal names the bundle, what is wrong and what to do.
// Values that come from the bundle (entry names) are cut short here and made visible by the CLI.

import { w, type Catalogue, type Values } from '../model/words.js';

const v = (x: Values, k: string): string => String(x[k] ?? '');
const ASK_EN = 'ask its sender for a new one (kerjasama export --format bundle), and do not use this one';
const ASK_ID = 'mintalah bundel baru kepada pengirimnya (kerjasama export --format bundle), dan jangan gunakan yang ini';

/** What kind of archive entry was refused. */
export const ENTRY_TYPES = {
  symlink: w('a symbolic link', 'tautan simbolik'),
  hardlink: w('a hard link', 'tautan keras (hard link)'),
  device: w('a device', 'perangkat'),
  folder: w('a folder', 'folder'),
  fifo: w('a pipe (FIFO)', 'pipa (FIFO)'),
  pax: w('a pax extended header', 'header tambahan pax'),
  gnu: w('a GNU tar extension', 'ekstensi GNU tar'),
  other: w((x) => `an entry of type ${v(x, 'type')}`, (x) => `entri bertipe ${v(x, 'type')}`),
} satisfies Catalogue;

/** Why an entry's name was refused. */
export const NAME_WHY = {
  absolute: w('it is an absolute path', 'lokasinya absolut'),
  parent: w('it climbs out with ..', 'keluar folder dengan ..'),
  backslash: w('it holds a backslash', 'memuat garis miring terbalik (\\)'),
  control: w('it holds a control character', 'memuat karakter kendali'),
  'not-normal': w('it is not a plain relative path (an empty part, . or a trailing /)', 'bukan lokasi relatif yang biasa (ada bagian kosong, . atau / di akhir)'),
  hidden: w('a part of it starts with a dot', 'ada bagiannya yang diawali titik'),
  outside: w('a bundle holds only kerjasama.yaml, manifest.json, records.json and YAML files under data/', 'bundel hanya memuat kerjasama.yaml, manifest.json, records.json dan berkas YAML di bawah data/'),
  'not-utf8': w('it is not UTF-8 text', 'bukan teks UTF-8'),
} satisfies Catalogue;

/** Which part of a member differs from the manifest. */
export const CHECK_PARTS = {
  size: w('size', 'ukuran'),
  sha256: w('SHA-256 checksum', 'checksum SHA-256'),
} satisfies Catalogue;

export const BUNDLE_WORDS = {
  unreadable: w((x) => `cannot read the bundle ${v(x, 'bundle')}: ${v(x, 'detail')}`, (x) => `bundel ${v(x, 'bundle')} tidak dapat dibaca: ${v(x, 'detail')}`),
  notFile: w((x) => `${v(x, 'bundle')} is not a regular file; a bundle is one .tar.gz file`, (x) => `${v(x, 'bundle')} bukan berkas biasa; bundel berupa satu berkas .tar.gz`),
  fileTooLarge: w((x) => `the bundle ${v(x, 'bundle')} is ${v(x, 'size')} bytes, more than the ${v(x, 'limit')} bytes a bundle may be`, (x) => `bundel ${v(x, 'bundle')} berukuran ${v(x, 'size')} bita, melebihi batas ${v(x, 'limit')} bita`),
  notGzip: w((x) => `${v(x, 'bundle')} is not a gzip file, so not a kerjasama bundle (a .tar.gz from kerjasama export --format bundle)`, (x) => `${v(x, 'bundle')} bukan berkas gzip, jadi bukan bundel kerjasama (.tar.gz dari kerjasama export --format bundle)`),
  damaged: w((x) => `the bundle ${v(x, 'bundle')} is damaged or cut short (${v(x, 'detail')}); ${ASK_EN}`, (x) => `bundel ${v(x, 'bundle')} rusak atau terpotong (${v(x, 'detail')}); ${ASK_ID}`),
  tooLarge: w((x) => `the bundle ${v(x, 'bundle')} unpacks to more than ${v(x, 'limit')} bytes; it is refused (a register's bundle is far smaller; a file that grows this much is a decompression bomb)`,
    (x) => `bundel ${v(x, 'bundle')} terurai menjadi lebih dari ${v(x, 'limit')} bita; bundel ditolak (bundel register jauh lebih kecil; berkas yang mengembang sebesar ini adalah bom dekompresi)`),
  notTar: w((x) => `the bundle ${v(x, 'bundle')} is not a POSIX ustar archive (entry ${v(x, 'at')}); ${ASK_EN}`, (x) => `bundel ${v(x, 'bundle')} bukan arsip POSIX ustar (entri ${v(x, 'at')}); ${ASK_ID}`),
  truncated: w((x) => `the bundle ${v(x, 'bundle')} ends in the middle of ${v(x, 'entry') || 'its archive'}; ${ASK_EN}`, (x) => `bundel ${v(x, 'bundle')} berakhir di tengah ${v(x, 'entry') || 'arsipnya'}; ${ASK_ID}`),
  entryType: w((x) => `the bundle ${v(x, 'bundle')} holds ${v(x, 'what')} (${v(x, 'entry')}); a bundle holds only regular files, so it is refused`,
    (x) => `bundel ${v(x, 'bundle')} memuat ${v(x, 'what')} (${v(x, 'entry')}); bundel hanya boleh memuat berkas biasa, jadi ditolak`),
  entryName: w((x) => `the bundle ${v(x, 'bundle')} holds an entry named ${v(x, 'entry')}, which is refused: ${v(x, 'why')}`, (x) => `bundel ${v(x, 'bundle')} memuat entri bernama ${v(x, 'entry')}, yang ditolak: ${v(x, 'why')}`),
  entryDuplicate: w((x) => `the bundle ${v(x, 'bundle')} holds ${v(x, 'entry')} twice; ${ASK_EN}`, (x) => `bundel ${v(x, 'bundle')} memuat ${v(x, 'entry')} dua kali; ${ASK_ID}`),
  entryTooLarge: w((x) => `${v(x, 'entry')} in the bundle ${v(x, 'bundle')} is ${v(x, 'size')} bytes, more than the ${v(x, 'limit')} bytes allowed`, (x) => `${v(x, 'entry')} dalam bundel ${v(x, 'bundle')} berukuran ${v(x, 'size')} bita, melebihi batas ${v(x, 'limit')} bita`),
  noManifest: w((x) => `the bundle ${v(x, 'bundle')} has no manifest.json, so its files cannot be checked; ${ASK_EN}`, (x) => `bundel ${v(x, 'bundle')} tidak memiliki manifest.json, sehingga berkasnya tidak dapat diperiksa; ${ASK_ID}`),
  manifestInvalid: w((x) => `manifest.json in the bundle ${v(x, 'bundle')} is not a kerjasama bundle manifest (${v(x, 'detail')}); ${ASK_EN}`, (x) => `manifest.json dalam bundel ${v(x, 'bundle')} bukan manifes bundel kerjasama (${v(x, 'detail')}); ${ASK_ID}`),
  manifestNewer: w((x) => `the bundle ${v(x, 'bundle')} is in bundle format ${v(x, 'version')}; this kerjasama reads format ${v(x, 'current')} (install a newer kerjasama)`,
    (x) => `bundel ${v(x, 'bundle')} memakai format bundel ${v(x, 'version')}; kerjasama ini membaca format ${v(x, 'current')} (pasang kerjasama yang lebih baru)`),
  notListed: w((x) => `${v(x, 'entry')} is in the bundle ${v(x, 'bundle')} but not in its manifest; ${ASK_EN}`, (x) => `${v(x, 'entry')} ada dalam bundel ${v(x, 'bundle')} tetapi tidak tercantum di manifesnya; ${ASK_ID}`),
  missing: w((x) => `the manifest of the bundle ${v(x, 'bundle')} lists ${v(x, 'entry')}, which is not in the bundle; ${ASK_EN}`, (x) => `manifes bundel ${v(x, 'bundle')} mencantumkan ${v(x, 'entry')}, yang tidak ada dalam bundel; ${ASK_ID}`),
  checksum: w((x) => `${v(x, 'entry')} in the bundle ${v(x, 'bundle')} is not the file its manifest names (its ${v(x, 'part')} differs): it was changed or damaged after the bundle was made; ${ASK_EN}`,
    (x) => `${v(x, 'entry')} dalam bundel ${v(x, 'bundle')} bukan berkas yang disebut manifesnya (${v(x, 'part')}-nya berbeda): berkas diubah atau rusak setelah bundel dibuat; ${ASK_ID}`),
  noConfig: w((x) => `the bundle ${v(x, 'bundle')} has no kerjasama.yaml; ${ASK_EN}`, (x) => `bundel ${v(x, 'bundle')} tidak memiliki kerjasama.yaml; ${ASK_ID}`),
} satisfies Catalogue;

export type BundleWord = keyof typeof BUNDLE_WORDS;
