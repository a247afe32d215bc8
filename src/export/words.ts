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
  days_left: { title: L('days left', 'sisa hari'), description: L('Days from the export day to end_day; negative when that day has passed; empty when there is no end or it is not known.', 'Hari dari tanggal ekspor sampai end_day; negatif bila hari itu sudah terlampaui; kosong bila tidak ada atau tidak diketahui.') },
  terminated: { title: L('terminated', 'diakhiri'), description: L('true when terminated as of the export day.', 'true bila sudah diakhiri per tanggal ekspor.') },
  stale: { title: L('facts stale', 'data usang'), description: L('true when confirmed: is older than thresholds.stale_after as of the export day; false when it is recent or not recorded.', 'true bila confirmed: lebih lama dari thresholds.stale_after per tanggal ekspor; false bila baru atau tidak dicatat.') },
  owner_effective: { title: L('our region (in effect)', 'daerah kita (yang berlaku)'), description: L("The record's owner, else the register's.", 'Pemilik data, atau pemilik register.') },
  chain_id: { title: L('chain', 'rantai'), description: L('The chain it belongs to (LoI → MoU → PKS, renewals), named by its smallest agreement id.', 'Rantai tempatnya (LoI → MoU → PKS, perpanjangan), dinamai dengan id perjanjian terkecil di dalamnya.') },
  expiring_bucket: { title: L('expiring: group', 'akan berakhir: kelompok'), description: L("Its group in report expiring at the register's horizon (overdue, renewal_unrecorded, within_30 …); empty when report expiring does not list it.", 'Kelompoknya dalam report expiring pada rentang pemantauan register (overdue, renewal_unrecorded, within_30 …); kosong bila tidak tercantum dalam report expiring.') },
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
  members: { title: L('Members', 'Anggota'), description: L('One row per member register of the federation, in the order of federation.yaml: its region code, where it was read from, the commit read, its validation and its freshness as of the aggregate day.', 'Satu baris per register anggota federasi, sesuai urutan federation.yaml: kode wilayahnya, sumber pembacaannya, commit yang dibaca, hasil validasinya dan kemutakhirannya per tanggal agregat.') },
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
  errors: { title: L('errors', 'kesalahan'), description: L("The member's validation errors (kerjasama validate).", 'Jumlah kesalahan validasi anggota (kerjasama validate).') },
  warnings: { title: L('warnings', 'peringatan'), description: L("The member's validation warnings.", 'Jumlah peringatan validasi anggota.') },
  left_out: { title: L('records left out', 'data tidak disertakan'), description: L('Record files left out of the aggregate because they have errors.', 'Berkas data yang tidak disertakan dalam agregat karena bermasalah.') },
  partners: { title: L('partners', 'mitra'), description: L('Partner records kept.', 'Jumlah data mitra yang disertakan.') },
  agreements: { title: L('agreements', 'perjanjian'), description: L('Agreement records kept.', 'Jumlah data perjanjian yang disertakan.') },
  activities: { title: L('activities', 'kegiatan'), description: L('Activity records kept.', 'Jumlah data kegiatan yang disertakan.') },
  content_hash: { title: L('content hash', 'hash isi'), description: L("A SHA-256 of the member's files as read (kerjasama.yaml and every record file), as federation.lock records it.", 'SHA-256 dari berkas anggota yang dibaca (kerjasama.yaml dan setiap berkas data), seperti dicatat federation.lock.') },
} as const satisfies Record<string, { title: Words; description: Words }>;
