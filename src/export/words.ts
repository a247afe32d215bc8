// The export's own words, in English and Bahasa Indonesia: the titles and descriptions of its tables and
// of the columns it adds to the field model's (the facts, the parts of a vague date, the flags), which
// datapackage.json carries in both languages. A field's own label and help are the field model's
// (model/fields.words.ts); a code's label is too, or the view's for the facts' codes. The Indonesian uses
// the terms of docs/glossary.md. A test checks every table and column has both.

import type { Words } from '../model/fields.words.js';

const L = (en: string, id: string): Words => ({ en, id });

export type { Words };

/** Each record kind's table, and the tables the export adds. */
export const TABLE_WORDS = {
  partners: { title: L('Partners', 'Mitra'), description: L('One row per partner file of the register; a file with errors is a row with only its id (left_out).', 'Satu baris per berkas data mitra; berkas bermasalah menjadi baris yang hanya berisi id-nya (left_out).') },
  agreements: { title: L('Agreements', 'Perjanjian'), description: L('One row per agreement file, with what the facts say about it as of the export day: status, stage, in force, start and end as day ranges, days left, stale.', 'Satu baris per berkas data perjanjian, dengan fakta per tanggal ekspor: status, tahap, berlaku, mulai dan berakhir sebagai rentang hari, sisa hari, data usang.') },
  activities: { title: L('Activities', 'Kegiatan'), description: L('One row per activity file, with whether it is planned, held or cancelled as of the export day.', 'Satu baris per berkas data kegiatan, dengan keadaannya per tanggal ekspor: direncanakan, terlaksana atau dibatalkan.') },
  partnerships: { title: L('Partnerships', 'Kemitraan'), description: L('A partnership is a chain of agreements (LoI, MoU, PKS, renewals) with one partner: its stage, whether it is in force and dormant, and its last activity, as report inactive and report summary count them.', 'Kemitraan adalah rantai perjanjian (LoI, MoU, PKS, perpanjangan) dengan satu mitra: tahapnya, apakah berlaku dan tidak aktif, dan kegiatan terakhirnya, seperti dihitung report inactive dan report summary.') },
  partnership_agreements: { title: L('Partnerships: agreements', 'Kemitraan: perjanjian'), description: L("The agreements of each partnership's chain, oldest first.", 'Perjanjian dalam rantai tiap kemitraan, dari yang terlama.') },
  sectors: { title: L('Sectors (urusan)', 'Sektor (urusan pemerintahan)'), description: L('The 32 urusan pemerintahan of Permendagri 22/2020 and the register\'s extra sectors.', '32 urusan pemerintahan menurut Permendagri 22/2020 dan sektor tambahan register.') },
  countries: { title: L('Countries', 'Negara'), description: L('ISO 3166-1 country codes with their names.', 'Kode negara ISO 3166-1 beserta namanya.') },
  sector_coverage: { title: L('Coverage by sector', 'Cakupan menurut sektor'), description: L('Each sector as report coverage gives it: covered by an agreement in force, a known gap, or not known (an agreement in force records no sectors, or one of unknown status lists it).', 'Tiap sektor seperti dalam report coverage: tercakup perjanjian berlaku, celah yang pasti, atau belum diketahui (ada perjanjian berlaku tanpa sektor, atau perjanjian berstatus tidak diketahui mencantumkannya).') },
  meta: { title: L('About this export', 'Tentang ekspor ini'), description: L('The register, its commit, the tool and its version, the export day, and the publication metadata of kerjasama.yaml.', 'Register, commit-nya, alat dan versinya, tanggal ekspor, dan metadata publikasi dari kerjasama.yaml.') },
} as const satisfies Record<string, { title: Words; description: Words }>;

export const KIND_WORDS = { partner: L('partner', 'mitra'), agreement: L('agreement', 'perjanjian'), activity: L('activity', 'kegiatan') } as const;

/** The titles of tables made from a field: a list's items, a code table. */
export const TABLE_OF = {
  list: (table: Words, field: Words): Words => L(`${table.en}: ${field.en}`, `${table.id}: ${field.id}`),
  listDescription: (kind: Words, field: Words): Words => L(`One row per item of each ${kind.en}'s ${field.en}, in the record's order.`, `Satu baris per butir ${field.id} tiap ${kind.id}, sesuai urutan dalam data.`),
  codes: (field: Words): Words => L(`Codes: ${field.en}`, `Kode: ${field.id}`),
  codesDescription: (field: Words): Words => L(`The codes of ${field.en}, with their labels in English and Bahasa Indonesia.`, `Kode ${field.id}, dengan labelnya dalam bahasa Inggris dan bahasa Indonesia.`),
};

/** How a column made from a field is named in words: the parts of a date, the flags. */
export const COLUMN_OF = {
  dateWritten: (f: Words): Words => L(`${f.en} (as written)`, `${f.id} (seperti tertulis)`),
  dateWrittenHelp: L('As the record writes it: a day, a month (2017-06), a year, about (~1990), a range (1997..1998), by (..2017-06) or from (2017-06..).', 'Seperti tertulis dalam data: hari, bulan (2017-06), tahun, sekitar (~1990), rentang (1997..1998), paling lambat (..2017-06) atau sejak (2017-06..).'),
  dateEarliest: (f: Words): Words => L(`${f.en}: earliest day`, `${f.id}: hari paling awal`),
  dateEarliestHelp: L('The earliest day the date can mean; empty when it has no lower bound (..2017-06).', 'Hari paling awal yang dapat dimaksud tanggal itu; kosong bila tidak ada batas bawah (..2017-06).'),
  dateLatest: (f: Words): Words => L(`${f.en}: latest day`, `${f.id}: hari paling akhir`),
  dateLatestHelp: L('The latest day the date can mean; empty when it has no upper bound (2017-06..).', 'Hari paling akhir yang dapat dimaksud tanggal itu; kosong bila tidak ada batas atas (2017-06..).'),
  unknown: (f: Words): Words => L(`${f.en}: not known`, `${f.id}: tidak diketahui`),
  unknownHelp: L('true when the record says that nobody knows (unknown); the value column is then empty.', 'true bila data menyatakan tidak diketahui (unknown); kolom nilainya kemudian kosong.'),
  moneyMinor: (f: Words): Words => L(`${f.en} (whole number)`, `${f.id} (bilangan bulat)`),
  moneyMinorHelp: L('The amount as a whole number of units of 10^-scale of the currency: the amount is this divided by 10 to the power of the scale column. The scale is the same for every row of a currency, so sums per currency are exact. Empty when the amount is too large to be kept exactly.', 'Jumlah sebagai bilangan bulat dalam satuan 10^-skala mata uang: jumlahnya adalah nilai ini dibagi 10 pangkat kolom skala. Skala sama untuk setiap baris satu mata uang, sehingga penjumlahan per mata uang tepat. Kosong bila jumlahnya terlalu besar untuk disimpan dengan tepat.'),
  moneyScale: (f: Words): Words => L(`${f.en}: decimal places`, `${f.id}: jumlah angka desimal`),
  moneyScaleHelp: L('How many decimal places the whole number holds (0 for whole amounts).', 'Banyaknya angka desimal dalam bilangan bulat itu (0 untuk jumlah tanpa pecahan).'),
  moneyWritten: (f: Words): Words => L(`${f.en} (as written)`, `${f.id} (seperti tertulis)`),
  moneyWrittenHelp: L('The amount exactly as recorded, as a decimal number.', 'Jumlah persis seperti tercatat, sebagai bilangan desimal.'),
  term: L('term', 'jangka waktu'),
  termHelp: L('The term when the end is written as one (5y, 18m).', 'Jangka waktu bila berakhirnya ditulis sebagai jangka waktu (5y, 18m).'),
  position: L('position', 'urutan'),
  positionHelp: L("The item's place in the record's list, from 1.", 'Urutan butir dalam daftar pada data, mulai dari 1.'),
  parent: (kind: Words): Words => L(`${kind.en} id`, `id ${kind.id}`),
  value: L('value', 'isi'),
  code: L('code', 'kode'),
  labelEn: L('label (English)', 'label (bahasa Inggris)'),
  labelId: L('label (Bahasa Indonesia)', 'label (bahasa Indonesia)'),
  which: L('which', 'jenis'),
};

/** The columns the export adds from the facts and the reports, and those of its own tables. */
export const DERIVED_WORDS = {
  left_out: { title: L('left out (file has errors)', 'tidak disertakan (berkas bermasalah)'), description: L('true when the record file has errors: the reports leave it out and only its id is known here.', 'true bila berkas datanya bermasalah: laporan tidak menyertakannya dan hanya id-nya yang diketahui di sini.') },
  derived_status: { title: L('status from the dates', 'status menurut tanggal'), description: L('The status the dates imply as of the export day (a signed LoI is signed_loi, never in force).', 'Status menurut tanggal per tanggal ekspor (LoI yang ditandatangani adalah signed_loi, tidak pernah berlaku).') },
  stage: { title: L('stage', 'tahap'), description: L('How far it has come as of the export day: in_force, renewal_unrecorded, loi, pending, negotiating or ended.', 'Sejauh mana per tanggal ekspor: in_force, renewal_unrecorded, loi, pending, negotiating atau ended.') },
  in_force: { title: L('in force', 'berlaku'), description: L('true when in force as of the export day (stage in_force or renewal_unrecorded), as every report counts it; empty when the status is not known.', 'true bila berlaku per tanggal ekspor (tahap in_force atau renewal_unrecorded), seperti dihitung setiap laporan; kosong bila statusnya tidak diketahui.') },
  start: { title: L('start', 'mulai'), description: L('When it starts: the effective date, else the last signature, as written.', 'Kapan mulai: tanggal mulai berlaku, atau tanda tangan terakhir, seperti tertulis.') },
  end_as_recorded: { title: L('end as recorded', 'berakhir seperti tercatat'), description: L('The end as recorded: a date, none, or the start and the term or renewal cycle (2017-11-02 + 5y).', 'Berakhir seperti tercatat: tanggal, none, atau tanggal mulai dan jangka waktu atau siklus perpanjangan (2017-11-02 + 5y).') },
  end_kind: { title: L('kind of end', 'jenis berakhir'), description: L('date, term, cycle (renews_every) or none; empty when the end is not known.', 'date (tanggal), term (jangka waktu), cycle (renews_every) atau none; kosong bila berakhirnya tidak diketahui.') },
  end_day: { title: L('last day in force (for figures)', 'hari terakhir berlaku (untuk perhitungan)'), description: L('The day every expiry figure uses: the earliest the end can be, or, when it is only bounded above, that bound.', 'Hari yang dipakai setiap perhitungan masa berakhir: hari paling awal berakhirnya, atau batas atasnya bila hanya itu yang diketahui.') },
  end_uncertain: { title: L('end uncertain', 'berakhir tidak pasti'), description: L('true when the end comes from an uncertain date (a month, a year, approximate, a range), its own or the start\'s.', 'true bila berakhirnya berasal dari tanggal tidak pasti (bulan, tahun, perkiraan, rentang), tanggalnya sendiri atau tanggal mulai.') },
  end_open: { title: L('end only bounded above', 'berakhir hanya berbatas atas'), description: L('true when only a latest day is known (end: ..2030): the end is "by" end_day.', 'true bila hanya hari paling akhir yang diketahui (end: ..2030): berakhir "paling lambat" end_day.') },
  days_left: { title: L('days left', 'sisa hari'), description: L('Days from the export day to the last day in force: end_day, or, for an agreement terminated before it, the day before its termination (as show says); negative when that day has passed; empty when there is no end or it is not known.', 'Hari dari tanggal ekspor sampai hari terakhir berlaku: end_day, atau, untuk kerja sama yang diakhiri sebelumnya, sehari sebelum tanggal pengakhiran (seperti pada show); negatif bila hari itu sudah terlampaui; kosong bila tidak ada atau tidak diketahui.') },
  terminated: { title: L('terminated', 'diakhiri'), description: L('true when terminated as of the export day.', 'true bila sudah diakhiri per tanggal ekspor.') },
  stale: { title: L('facts stale', 'data usang'), description: L('true when confirmed: is older than thresholds.stale_after as of the export day; false when it is recent or not recorded.', 'true bila confirmed: lebih lama dari thresholds.stale_after per tanggal ekspor; false bila baru atau tidak dicatat.') },
  owner_effective: { title: L('our region (in effect)', 'daerah kita (yang berlaku)'), description: L("The record's owner, else the register's.", 'Pemilik data, atau pemilik register.') },
  chain_id: { title: L('chain', 'rantai'), description: L('The chain it belongs to (LoI → MoU → PKS, renewals), named by its smallest agreement id.', 'Rantai tempatnya (LoI → MoU → PKS, perpanjangan), dinamai dengan id perjanjian terkecil di dalamnya.') },
  expiring_bucket: { title: L('expiring: group', 'akan berakhir: kelompok'), description: L("Its group in report expiring at the register's horizon (overdue, renewal_unrecorded, within_30 …, end_unknown for its section of agreements whose end is not known), as its CSV's bucket; empty when report expiring does not list it.", 'Kelompoknya dalam report expiring pada rentang pemantauan register (overdue, renewal_unrecorded, within_30 …, end_unknown untuk bagian perjanjian yang tanggal berakhirnya tidak diketahui), seperti kolom bucket pada CSV-nya; kosong bila tidak tercantum dalam report expiring.') },
  renewal_start: { title: L('start renewal by', 'batas mulai proses perpanjangan'), description: L('The last day to start the renewal process, when report expiring lists it.', 'Hari terakhir untuk memulai proses perpanjangan, bila tercantum dalam report expiring.') },
  own_region: { title: L('our own region', 'daerah kita sendiri'), description: L("true for the register's own regions (kerjasama.yaml's owner and every record's owner).", 'true untuk daerah pemilik register (owner di kerjasama.yaml dan owner tiap data).') },
  counted: { title: L('counted as a partner', 'dihitung sebagai mitra'), description: L('true when the reports count it as a partner: every partner but our own regions, unless one is also a counterpart.', 'true bila laporan menghitungnya sebagai mitra: semua mitra kecuali daerah kita sendiri, kecuali bila juga menjadi pihak lain.') },
  state: { title: L('planned, held or cancelled', 'direncanakan, terlaksana atau dibatalkan'), description: L('As of the export day: planned (status planned, or starting after that day), held or cancelled.', 'Per tanggal ekspor: direncanakan (status planned, atau mulai sesudah hari itu), terlaksana atau dibatalkan.') },
  key: { title: L('partnership', 'kemitraan'), description: L('The partnership: our region, the partner and the chain, joined by |.', 'Kemitraan: daerah kita, mitra dan rantai, digabung dengan |.') },
  owner_id: { title: L('our region', 'daerah kita'), description: L('Our region in this partnership; empty when the register names none.', 'Daerah kita dalam kemitraan ini; kosong bila register tidak menyebutnya.') },
  partner_id: { title: L('partner', 'mitra'), description: L('The counterpart.', 'Mitra pihak lain.') },
  dormant: { title: L('dormant', 'tidak aktif'), description: L('For a partnership in force: true when no activity was held within the inactivity window (report inactive lists it). Empty when not in force.', 'Untuk kemitraan yang berlaku: true bila tidak ada kegiatan terlaksana dalam jangka waktu pengamatan (tercantum dalam report inactive). Kosong bila tidak berlaku.') },
  first_signed: { title: L('first signed', 'pertama ditandatangani'), description: L('The earliest signing of the chain, as written (..2007-08-21: on or before).', 'Penandatanganan paling awal dalam rantai, seperti tertulis (..2007-08-21: paling lambat).') },
  last_activity_id: { title: L('last activity', 'kegiatan terakhir'), description: L('The last activity held; empty when none is recorded.', 'Kegiatan terakhir yang terlaksana; kosong bila tidak ada yang tercatat.') },
  last_activity_date: { title: L('last activity: date', 'kegiatan terakhir: tanggal'), description: L('Its date as recorded (its end, else its start).', 'Tanggalnya seperti tercatat (selesai, atau mulai).') },
  days_since_last_activity: { title: L('days since the last activity', 'hari sejak kegiatan terakhir'), description: L('For a partnership in force: days from the latest day the last activity can have been held to the export day (a minimum when its date is uncertain).', 'Untuk kemitraan yang berlaku: hari dari hari paling akhir kegiatan terakhir mungkin terlaksana sampai tanggal ekspor (paling sedikit, bila tanggalnya tidak pasti).') },
  activities_last_3_years: { title: L('activities, last 3 years', 'kegiatan 3 tahun terakhir'), description: L('For a partnership in force: activities held in the three years before the export day.', 'Untuk kemitraan yang berlaku: kegiatan yang terlaksana dalam tiga tahun sebelum tanggal ekspor.') },
  next_planned_id: { title: L('next planned activity', 'kegiatan berikutnya yang direncanakan'), description: L('For a partnership in force: the next planned activity.', 'Untuk kemitraan yang berlaku: kegiatan berikutnya yang direncanakan.') },
  partnership_key: { title: L('partnership', 'kemitraan'), description: L('The partnership.', 'Kemitraan.') },
  agreement_id: { title: L('agreement', 'perjanjian'), description: L('The agreement.', 'Perjanjian.') },
  sector_id: { title: L('sector', 'sektor'), description: L('The sector id.', 'id sektor.') },
  sector_group: { title: L('group', 'kelompok'), description: L('dasar (basic services), non_dasar (other obligatory), pilihan (optional), or extra (the register\'s own).', 'dasar (pelayanan dasar), non_dasar (wajib lainnya), pilihan, atau extra (tambahan register).') },
  name_id: { title: L('name (Bahasa Indonesia)', 'nama (bahasa Indonesia)'), description: L('The name in Bahasa Indonesia.', 'Nama dalam bahasa Indonesia.') },
  name_en: { title: L('name (English)', 'nama (bahasa Inggris)'), description: L('The name in English.', 'Nama dalam bahasa Inggris.') },
  country_code: { title: L('country code', 'kode negara'), description: L('ISO 3166-1 alpha-2.', 'ISO 3166-1 alpha-2.') },
  covered: { title: L('covered', 'tercakup'), description: L('true when an agreement in force lists the sector, false when it is known that none does (a gap); empty when not known.', 'true bila perjanjian berlaku mencantumkan sektor itu, false bila pasti tidak ada (celah); kosong bila belum diketahui.') },
  agreements_in_force: { title: L('agreements in force', 'perjanjian berlaku'), description: L('Agreements in force that list the sector.', 'Perjanjian berlaku yang mencantumkan sektor itu.') },
  agreements_status_unknown: { title: L('agreements of unknown status', 'perjanjian berstatus tidak diketahui'), description: L('Agreements of unknown status (they may be in force) that list the sector.', 'Perjanjian berstatus tidak diketahui (mungkin berlaku) yang mencantumkan sektor itu.') },
  activities_recent: { title: L('activities in the window', 'kegiatan dalam jangka waktu pengamatan'), description: L('Activities in the sector held within the inactivity window.', 'Kegiatan di sektor itu yang terlaksana dalam jangka waktu pengamatan.') },
  meta_key: { title: L('what', 'uraian'), description: L('What the row says (register_name, commit, as_of …).', 'Yang dinyatakan baris itu (register_name, commit, as_of …).') },
  meta_value: { title: L('value', 'isi'), description: L('Its value, as text.', 'Isinya, sebagai teks.') },
} as const satisfies Record<string, { title: Words; description: Words }>;

/** Labels of the codes the export adds: the kind of end, the sector groups. */
export const END_KIND_WORDS: Readonly<Record<'date' | 'term' | 'cycle' | 'none', Words>> = {
  date: L('a date', 'tanggal'),
  term: L('a term from the start', 'jangka waktu sejak mulai'),
  cycle: L('a renewal cycle (renews_every)', 'siklus perpanjangan (renews_every)'),
  none: L('no end', 'tanpa batas waktu'),
};

export const SECTOR_GROUP_WORDS: Readonly<Record<'dasar' | 'non_dasar' | 'pilihan' | 'extra', Words>> = {
  dasar: L('obligatory, basic services', 'wajib, pelayanan dasar'),
  non_dasar: L('obligatory, not basic services', 'wajib, bukan pelayanan dasar'),
  pilihan: L('optional', 'pilihan'),
  extra: L("the register's own", 'tambahan register'),
};

/** The package as a whole (datapackage.json's title and description). */
export const PACKAGE_WORDS = {
  title: (register: string): Words => L(register, register),
  description: (asOf: string): Words => L(
    `The register's partners, agreements and activities, with the status, stage and dates of each agreement as of ${asOf}, the partnerships, and the code tables, as kerjasama export wrote them. Unknown values are empty with a flag beside them; a vague date is written as recorded with its earliest and latest day.`,
    `Mitra, perjanjian dan kegiatan register, dengan status, tahap dan tanggal tiap perjanjian per ${asOf}, kemitraan, dan tabel kode, seperti ditulis kerjasama export. Isi yang tidak diketahui dibiarkan kosong dengan penanda di sampingnya; tanggal tidak pasti ditulis seperti tercatat beserta hari paling awal dan paling akhirnya.`,
  ),
};

/** The aggregate's tables and the columns it adds to every member's (kerjasama aggregate build). */
export const AGGREGATE_WORDS = {
  members: { title: L('Members', 'Anggota'), description: L('One row per member register of the federation, in the order of federation.yaml: its region code, where it was read from, the commit read, its validation and its freshness as of the aggregate day.', 'Satu baris per register anggota federasi, sesuai urutan federation.yaml: kode wilayahnya, sumber pembacaannya, commit yang dibaca, hasil pemeriksaannya dan kemutakhirannya per tanggal agregat.') },
  member_meta: { title: L('About each member', 'Tentang tiap anggota'), description: L("Each member's own export facts (its register, commit, time zone, publication metadata of its kerjasama.yaml).", 'Fakta ekspor tiap anggota (registernya, commit, zona waktu, metadata publikasi dari kerjasama.yaml-nya).') },
  meta: { title: L('About this aggregate', 'Tentang agregat ini'), description: L('The federation, the tool and its version, the aggregate day, the number of members.', 'Federasi, alat dan versinya, tanggal agregat, jumlah anggota.') },
  member: { title: L('member', 'anggota'), description: L('The region code (kode wilayah) of the member register the row comes from; its ids are namespaced with it (52:ntb-…).', 'Kode wilayah register anggota asal baris ini; id-nya diberi awalan kode itu (52:ntb-…).') },
  source_commit: { title: L('commit read', 'commit yang dibaca'), description: L("The full id of the member's git commit the record was read at; empty when the member is not in git.", 'Id lengkap commit git anggota tempat data dibaca; kosong bila anggota tidak berada dalam git.') },
  source_file: { title: L('file', 'berkas'), description: L("The record's file in the member register.", 'Berkas data dalam register anggota.') },
  source_line: { title: L('line', 'baris'), description: L('The line in the file where the record begins (a record is its file, so 1); empty for a record left out.', 'Baris dalam berkas tempat data dimulai (satu data adalah satu berkas, jadi 1); kosong untuk data yang tidak disertakan.') },
  code: { title: L('region code', 'kode wilayah'), description: L('The member\'s Kemendagri region code, as federation.yaml gives it.', 'Kode wilayah Kemendagri anggota, seperti dalam federation.yaml.') },
  name: { title: L('name', 'nama'), description: L("The member's name: federation.yaml's, else its kerjasama.yaml's.", 'Nama anggota: dari federation.yaml, atau dari kerjasama.yaml-nya.') },
  source: { title: L('source', 'sumber'), description: L('Where it was read from, as federation.yaml says it: path, git or bundle, and its folder, URL or file.', 'Sumber pembacaannya seperti dalam federation.yaml: path, git atau bundle, beserta folder, URL atau berkasnya.') },
  commit: { title: L('commit', 'commit'), description: L('The full id of the git commit read; empty when the member is not in git.', 'Id lengkap commit git yang dibaca; kosong bila anggota tidak berada dalam git.') },
  last_commit: { title: L('last commit', 'commit terakhir'), description: L('The day of the commit read; empty when not known.', 'Tanggal commit yang dibaca; kosong bila tidak diketahui.') },
  age_days: { title: L('age in days', 'umur (hari)'), description: L('Days from the last commit to the aggregate day; empty when not known.', 'Jumlah hari dari commit terakhir sampai tanggal agregat; kosong bila tidak diketahui.') },
  stale: { title: L('stale', 'usang'), description: L("true when the last commit is older than federation.yaml's stale_after; empty when not known.", 'true bila commit terakhir lebih lama dari stale_after dalam federation.yaml; kosong bila tidak diketahui.') },
  errors: { title: L('errors', 'kesalahan'), description: L("The member's validation errors (kerjasama validate).", 'Jumlah kesalahan pemeriksaan anggota (kerjasama validate).') },
  warnings: { title: L('warnings', 'peringatan'), description: L("The member's validation warnings.", 'Jumlah peringatan pemeriksaan anggota.') },
  left_out: { title: L('records left out', 'data tidak disertakan'), description: L('Record files left out of the aggregate because they have errors.', 'Berkas data yang tidak disertakan dalam agregat karena bermasalah.') },
  partners: { title: L('partners', 'mitra'), description: L('Partner records kept.', 'Jumlah data mitra yang disertakan.') },
  agreements: { title: L('agreements', 'perjanjian'), description: L('Agreement records kept.', 'Jumlah data perjanjian yang disertakan.') },
  activities: { title: L('activities', 'kegiatan'), description: L('Activity records kept.', 'Jumlah data kegiatan yang disertakan.') },
  content_hash: { title: L('content hash', 'hash isi'), description: L("A SHA-256 of the member's files as read (kerjasama.yaml and every record file), as federation.lock records it.", 'SHA-256 dari berkas anggota yang dibaca (kerjasama.yaml dan setiap berkas data), seperti dicatat federation.lock.') },
  // The national tables (docs/aggregate.md): identity, counterparts and differences, as aggregate partners and aggregate conflicts give them.
  national_partners: { title: L('National partners', 'Mitra nasional'), description: L("One row per national partner: one partner across members, with each member's record of it in national_partner_records. Records with the same identifier are one partner; records that only share a name are one partner only after a decision in identity.yaml (until then each is its own row, and `candidate` says they may be one).", 'Satu baris per mitra nasional: satu mitra lintas anggota, dengan data tiap anggota tentangnya di national_partner_records. Data dengan kode pengenal yang sama adalah satu mitra; data yang hanya sama namanya menjadi satu mitra hanya setelah ada keputusan di identity.yaml (sebelum itu masing-masing satu baris, dan `candidate` menyebut bahwa keduanya mungkin satu mitra).') },
  'national_partners.id': { title: L('national partner', 'mitra nasional'), description: L("The national partner's id: a member's record of itself when the partner is a member (35:jatim), else the smallest namespaced id of its records, as aggregate partners names it. The same records give the same id whatever the order of the members; adding or removing a record can change it.", 'Id mitra nasional: data anggota tentang dirinya sendiri bila mitra itu anggota (35:jatim), atau id berawalan kode anggota yang terkecil di antara datanya, seperti dalam aggregate partners. Data yang sama memberi id yang sama apa pun urutan anggotanya; menambah atau menghapus data dapat mengubahnya.') },
  'national_partners.name': { title: L('name', 'nama'), description: L('The name in the record the id names.', 'Nama dalam data yang ditunjuk id-nya.') },
  'national_partners.country': { title: L('country', 'negara'), description: L('The country (ISO 3166-1) in the record the id names.', 'Negara (ISO 3166-1) dalam data yang ditunjuk id-nya.') },
  'national_partners.type': { title: L('type', 'jenis'), description: L('The partner type in the record the id names.', 'Jenis mitra dalam data yang ditunjuk id-nya.') },
  'national_partners.kemendagri': { title: L('region code', 'kode wilayah'), description: L("The Kemendagri region code its records give (ids.kemendagri, or the member's owner_ids for its own region); empty when none gives one.", 'Kode wilayah Kemendagri menurut datanya (ids.kemendagri, atau owner_ids anggota untuk wilayahnya sendiri); kosong bila tidak ada.') },
  'national_partners.iso3166_2': { title: L('ISO 3166-2 code', 'kode ISO 3166-2'), description: L('The ISO 3166-2 code its records give; empty when none gives one.', 'Kode ISO 3166-2 menurut datanya; kosong bila tidak ada.') },
  'national_partners.wikidata': { title: L('Wikidata id', 'id Wikidata'), description: L('The Wikidata id its records give; empty when none gives one.', 'Id Wikidata menurut datanya; kosong bila tidak ada.') },
  'national_partners.members': { title: L('members', 'anggota'), description: L('How many members hold a record of it.', 'Jumlah anggota yang memiliki data tentangnya.') },
  'national_partners.records': { title: L('records', 'data'), description: L('How many member records it has.', 'Jumlah data anggota tentangnya.') },
  'national_partners.candidate': { title: L('candidate', 'calon'), description: L('When it may be one partner with others (a name in common, no decision yet): the first national partner of that candidate, as aggregate partners --unresolved lists it. Never merged until identity.yaml decides; empty when there is nothing to decide.', 'Bila mungkin satu mitra dengan yang lain (nama sama, belum ada keputusan): mitra nasional pertama dari calon itu, seperti dalam aggregate partners --unresolved. Tidak pernah digabung sebelum ada keputusan di identity.yaml; kosong bila tidak ada yang perlu diputuskan.') },
  national_partner_records: { title: L("National partners: members' records", 'Mitra nasional: data anggota'), description: L("Each member's partner record and the national partner it is.", 'Tiap data mitra milik anggota dan mitra nasional yang diwakilinya.') },
  national_partner: { title: L('national partner', 'mitra nasional'), description: L('The national partner (national_partners).', 'Mitra nasional (national_partners).') },
  'national_partner_records.partner': { title: L('partner record', 'data mitra'), description: L("The member's partner record, namespaced (34:kyoto).", 'Data mitra milik anggota, berawalan kode anggota (34:kyoto).') },
  national_partner_links: { title: L('National partners: why records are one', 'Mitra nasional: alasan data menjadi satu'), description: L('What joined two member records into one national partner: the same identifier, or a decision in identity.yaml.', 'Yang menyatukan dua data anggota menjadi satu mitra nasional: kode pengenal yang sama, atau keputusan di identity.yaml.') },
  link: { title: L('link', 'tautan'), description: L("The link's number within its national partner, in the order they were found (identifiers first, then decisions).", 'Nomor tautan dalam mitra nasionalnya, sesuai urutan ditemukan (kode pengenal dahulu, lalu keputusan).') },
  partner_a: { title: L('first record', 'data pertama'), description: L('One of the two member records joined (namespaced).', 'Salah satu dari dua data anggota yang disatukan (berawalan kode anggota).') },
  partner_b: { title: L('second record', 'data kedua'), description: L('The other member record joined (namespaced).', 'Data anggota lain yang disatukan (berawalan kode anggota).') },
  by: { title: L('joined by', 'disatukan oleh'), description: L('identifier: both records give the same identifier; decision: a same: decision in identity.yaml.', 'identifier: kedua data memberi kode pengenal yang sama; decision: keputusan same: di identity.yaml.') },
  identifier: { title: L('identifier', 'kode pengenal'), description: L('For a link by identifier: which one (kemendagri, iso3166_2, wikidata).', 'Untuk tautan oleh kode pengenal: yang mana (kemendagri, iso3166_2, wikidata).') },
  'national_partner_links.value': { title: L('identifier value', 'nilai kode pengenal'), description: L('For a link by identifier: the value both records give.', 'Untuk tautan oleh kode pengenal: nilai yang diberikan kedua data.') },
  decision: { title: L('decision', 'keputusan'), description: L('For a link by decision: where the decision is in identity.yaml (/same/0 is the first same:).', 'Untuk tautan oleh keputusan: letak keputusan di identity.yaml (/same/0 adalah same: pertama).') },
  decision_line: { title: L('decision line', 'baris keputusan'), description: L('For a link by decision: its line in identity.yaml.', 'Untuk tautan oleh keputusan: barisnya di identity.yaml.') },
  national_agreements: { title: L('National agreements', 'Perjanjian nasional'), description: L("One row per national agreement: an agreement recorded by several of its parties, each in its own register, is one row here (counterparts), with each member's record in national_agreement_records; an agreement only one member records is a row of its own.", 'Satu baris per perjanjian nasional: perjanjian yang dicatat beberapa pihaknya, masing-masing dalam registernya sendiri, menjadi satu baris di sini, dengan data tiap anggota di national_agreement_records; perjanjian yang dicatat satu anggota saja menjadi satu baris tersendiri.') },
  'national_agreements.id': { title: L('national agreement', 'perjanjian nasional'), description: L('The smallest namespaced id of its records (compared by member code, then id), as aggregate conflicts names it. The same records give the same id whatever the order of the members.', 'Id berawalan kode anggota yang terkecil di antara datanya (menurut kode anggota, lalu id), seperti dalam aggregate conflicts. Data yang sama memberi id yang sama apa pun urutan anggotanya.') },
  'national_agreements.title': { title: L('title', 'judul'), description: L('The title in the record the id names (each member writes its own).', 'Judul dalam data yang ditunjuk id-nya (tiap anggota menulis judulnya sendiri).') },
  'national_agreements.document_type': { title: L('document type', 'jenis dokumen'), description: L('The document type its records give; empty when every record says unknown.', 'Jenis dokumen menurut datanya; kosong bila semua data menyebut unknown.') },
  'national_agreements.document_type_unknown': { title: L('document type: not known', 'jenis dokumen: tidak diketahui'), description: L('true when every record says unknown: the type is not known (never a type of its own).', 'true bila semua data menyebut unknown: jenisnya tidak diketahui (bukan jenis tersendiri).') },
  parties: { title: L('parties', 'para pihak'), description: L('Its parties as the match compares them: a region code (35), or a national partner for a party without one (34:kyoto).', 'Para pihaknya seperti dibandingkan saat pencocokan: kode wilayah (35), atau mitra nasional untuk pihak tanpa kode wilayah (34:kyoto).') },
  signed: { title: L('signed', 'ditandatangani'), description: L('The signing date as precisely as its records together know it: the days every record allows (2025-03-14 when one record gives the day and others the month or the year); a month, a year or a range when that is all they know; empty when no record gives one.', 'Tanggal penandatanganan setepat yang diketahui semua datanya bersama: hari-hari yang dimungkinkan setiap data (2025-03-14 bila satu data menyebut harinya dan yang lain bulan atau tahunnya); bulan, tahun atau rentang bila hanya itu yang diketahui; kosong bila tidak ada data yang menyebutnya.') },
  signed_earliest: { title: L('signed: earliest day', 'ditandatangani: hari paling awal'), description: L('The first day of signed.', 'Hari pertama dari tanggal penandatanganan.') },
  signed_latest: { title: L('signed: latest day', 'ditandatangani: hari paling akhir'), description: L('The last day of signed.', 'Hari terakhir dari tanggal penandatanganan.') },
  'national_agreements.members': { title: L('members', 'anggota'), description: L('How many members record it (one record each).', 'Jumlah anggota yang mencatatnya (masing-masing satu data).') },
  national_agreement_numbers: { title: L('National agreements: numbers', 'Perjanjian nasional: nomor'), description: L("Each party's own number for the agreement, as the first record (by id) that gives it writes it.", 'Nomor perjanjian milik tiap pihak, seperti ditulis data pertama (menurut id) yang menyebutnya.') },
  national_agreement: { title: L('national agreement', 'perjanjian nasional'), description: L('The national agreement (national_agreements).', 'Perjanjian nasional (national_agreements).') },
  party: { title: L('party', 'pihak'), description: L('A party: its region code, or its national partner.', 'Pihak: kode wilayahnya, atau mitra nasionalnya.') },
  number: { title: L('number', 'nomor'), description: L("The party's number for the agreement.", 'Nomor perjanjian milik pihak itu.') },
  national_agreement_records: { title: L("National agreements: members' records", 'Perjanjian nasional: data anggota'), description: L("Each member's agreement record and the national agreement it is.", 'Tiap data perjanjian milik anggota dan perjanjian nasional yang diwakilinya.') },
  'national_agreement_records.agreement': { title: L('agreement record', 'data perjanjian'), description: L("The member's agreement record, namespaced (52:ntb-diy-jatim-pks-2025).", 'Data perjanjian milik anggota, berawalan kode anggota (52:ntb-diy-jatim-pks-2025).') },
  conflicts: { title: L('Differences between members', 'Perbedaan antar-anggota'), description: L("One row per field on which the records of one national agreement or national partner differ, as aggregate conflicts lists them; each member's value, with where it wrote it, in conflict_values.", 'Satu baris per isian yang berbeda antara data-data satu perjanjian nasional atau mitra nasional, seperti dalam aggregate conflicts; nilai tiap anggota, beserta letak penulisannya, di conflict_values.') },
  conflict: { title: L('difference', 'perbedaan'), description: L('The number of the difference, in the order aggregate conflicts lists them.', 'Nomor perbedaan, sesuai urutan dalam aggregate conflicts.') },
  kind: { title: L('of', 'pada'), description: L('agreement or partner: what differs.', 'agreement (perjanjian) atau partner (mitra): yang datanya berbeda.') },
  'conflicts.national_partner': { title: L('national partner', 'mitra nasional'), description: L('For a partner: the national partner whose records differ.', 'Untuk mitra: mitra nasional yang datanya berbeda.') },
  'conflicts.national_agreement': { title: L('national agreement', 'perjanjian nasional'), description: L('For an agreement: the national agreement whose records differ.', 'Untuk perjanjian: perjanjian nasional yang datanya berbeda.') },
  field: { title: L('field', 'isian'), description: L('The field, as a path (end, signatures.date, name).', 'Isian, sebagai jalur (end, signatures.date, name).') },
  'conflicts.party': { title: L('party', 'pihak'), description: L("For a field of a party's signature: the party (a region code or a national partner); else empty.", 'Untuk isian tanda tangan suatu pihak: pihak itu (kode wilayah atau mitra nasional); selain itu kosong.') },
  acknowledged: { title: L('acknowledged', 'sudah diketahui'), description: L('true when identity.yaml acknowledges it (acknowledged:): known, and it stays; false when it is still to resolve.', 'true bila sudah diakui di identity.yaml (acknowledged:): diketahui dan dibiarkan; false bila masih perlu diselesaikan.') },
  acknowledged_note: { title: L('acknowledged: note', 'sudah diketahui: catatan'), description: L("The acknowledgement's note.", 'Catatan pengakuan itu.') },
  acknowledged_by: { title: L('acknowledged by', 'diakui oleh'), description: L("The acknowledgement's who:.", 'who: dari pengakuan itu.') },
  acknowledged_on: { title: L('acknowledged on', 'diakui pada'), description: L("The acknowledgement's date:, as written.", 'date: dari pengakuan itu, seperti tertulis.') },
  conflict_values: { title: L('Differences: values', 'Perbedaan: nilai'), description: L("Each member record's value of a differing field, with the member, the commit, the file and the line where it wrote it.", 'Nilai tiap data anggota pada isian yang berbeda, beserta anggota, commit, berkas dan baris tempat ia menulisnya.') },
  position: { title: L('position', 'urutan'), description: L('The value\'s place among the difference\'s values (by record id).', 'Urutan nilai di antara nilai-nilai perbedaan itu (menurut id data).') },
  'conflict_values.partner': { title: L('partner record', 'data mitra'), description: L("For a partner: the member's record (namespaced).", 'Untuk mitra: data anggota (berawalan kode anggota).') },
  'conflict_values.agreement': { title: L('agreement record', 'data perjanjian'), description: L("For an agreement: the member's record (namespaced).", 'Untuk perjanjian: data anggota (berawalan kode anggota).') },
  'conflict_values.value': { title: L('value', 'nilai'), description: L('The value as the member wrote it (a reference as the national partner or agreement it names).', 'Nilai seperti ditulis anggota (rujukan sebagai mitra atau perjanjian nasional yang ditunjuknya).') },
  'conflict_values.source_line': { title: L('line', 'baris'), description: L('The line in the file where the value is written; empty when not known.', 'Baris dalam berkas tempat nilai ditulis; kosong bila tidak diketahui.') },
  source_column: { title: L('column', 'kolom'), description: L('The column in that line; empty when not known.', 'Kolom pada baris itu; kosong bila tidak diketahui.') },
} as const satisfies Record<string, { title: Words; description: Words }>;
