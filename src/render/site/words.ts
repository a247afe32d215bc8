// The site's words in both languages (the register's language first, a switch to the other): the frame,
// the pages, the pictures' titles and descriptions, the script's few words. Composed by say()
// (model/words.ts); a text made from values is a function of them. Terms as in docs/glossary.md.

import type { DerivedStatus } from '../../model/agreement.js';
import type { Lang } from '../../model/types.js';
import { counted, say, w, type Catalogue, type Values } from '../../model/words.js';
import { DERIVED_STATUS_LABEL } from '../../view/labels.js';
import { hwBoth } from '../../view/history.words.js';

/** One or many, by a value: `pl(v, 'n', 'is', 'are')`. */
const pl = (v: Values, k: string, one: string, many: string): string => (Number(v[k]) === 1 ? one : many);
/** A count with its English noun, singular for one. */
const cnt = (v: Values, k: string, one: string, many: string): string => counted(Number(v[k]), one, many);

export const W = {
  // ---- the frame: menu, footer, the language switch --------------------------------------------------
  changes: hwBoth('title.recent'),
  history: hwBoth('site.heading'),
  home: w('Overview', 'Ikhtisar'),
  agreements: w('Agreements', 'Perjanjian'),
  partners: w('Partners', 'Mitra'),
  activities: w('Activities', 'Kegiatan'),
  expiring: w('Expiring', 'Akan berakhir'),
  inactive: w('Dormant', 'Tidak aktif'),
  coverage: w('Coverage', 'Cakupan'),
  partnerships: w('Partnerships', 'Kemitraan'),
  map: w('World map', 'Peta dunia'),
  search: w('Search', 'Cari'),
  data: w('Data', 'Data'),
  problems: w('Data problems', 'Masalah data'),
  skip: w('Skip to content', 'Langsung ke isi'),
  switchTo: w('Bahasa Indonesia', 'English'),
  navLabel: w('Main', 'Menu utama'),
  asOf: w('as of', 'per'),
  built: w('Built by kerjasama', 'Dibuat dengan kerjasama'),
  download: w('Download the data: JSON, CSV, calendar', 'Unduh data: JSON, CSV, kalender'),
  privacyOff: w('Personal data is left out: partner contacts (names, e-mails, phones) are not published (UU 27/2022 on personal data protection).',
    'Data pribadi tidak ditampilkan: kontak mitra (nama, surel, telepon) tidak diterbitkan (UU 27/2022 tentang Pelindungan Data Pribadi).'),
  privacyOn: w('This build includes private data (partner contacts), on request (--include-private). Do not publish it.',
    'Versi ini memuat data pribadi (kontak mitra) atas permintaan (--include-private). Jangan diterbitkan.'),
  tableView: w('Table view', 'Tampilan tabel'),

  // ---- the script: sorting and filtering tables ------------------------------------------------------
  filter: w('Filter rows', 'Saring baris'),
  rowsOf: w(' of ', ' dari '),
  rowsShown: w(' rows shown', ' baris ditampilkan'),
  sortBy: w('Sort by ', 'Urutkan menurut '),

  // ---- words shared by the pages ---------------------------------------------------------------------
  file: w('Record file', 'Berkas data'),
  viewSource: w('view in the repository', 'lihat di repositori'),
  fields: w('Fields', 'Isian'),
  status: w('Status from the dates', 'Status menurut tanggal'),
  chain: w('Chain', 'Rantai'),
  none: w('none', 'tidak ada'),
  noneSentence: w('None.', 'Tidak ada.'),
  noEnd: w('no end', 'tanpa batas waktu'),
  unknown: w('unknown', 'tidak diketahui'),
  privateLeftOut: w('left out: private', 'tidak ditampilkan: pribadi'),
  nextDue: w('next renewal due', 'perpanjangan berikutnya jatuh tempo'),
  planned: w('(planned)', '(rencana)'),
  plannedPassed: w('(planned, passed)', '(rencana, terlewati)'),
  yearUnknown: w('year not known', 'tahun tidak diketahui'),
  noActivities: w('No activities recorded.', 'Tidak ada kegiatan yang tercatat.'),
  all: w((v) => `All ${v['n']} …`, (v) => `Semua ${v['n']} …`),
  dormantTitle: w('Dormant partnerships', 'Kemitraan tidak aktif'),
  privateProblem: w('a private field: its value is not published', 'kolom pribadi: nilainya tidak diterbitkan'),
  'kind.partner': w('partner', 'mitra'),
  'kind.agreement': w('agreement', 'perjanjian'),
  'kind.activity': w('activity', 'kegiatan'),

  // ---- table columns ---------------------------------------------------------------------------------
  'col.agreement': w('agreement', 'perjanjian'),
  'col.agreements': w('agreements', 'perjanjian'),
  'col.partner': w('partner', 'mitra'),
  'col.partners': w('partners', 'mitra'),
  'col.activities': w('activities', 'kegiatan'),
  'col.country': w('country', 'negara'),
  'col.names': w('names', 'nama'),
  'col.name': w('name', 'nama'),
  'col.category': w('category', 'kategori'),
  'col.title': w('title', 'judul'),
  'col.type': w('type', 'jenis'),
  'col.state': w('state', 'keadaan'),
  'col.status': w('status', 'status'),
  'col.start': w('start', 'mulai'),
  'col.end': w('end', 'berakhir'),
  'col.activityEnd': w('end', 'selesai'),
  'col.lastDay': w('last day', 'hari terakhir'),
  'col.daysLeft': w('days left', 'sisa hari'),
  'col.todo': w('what to do', 'tindakan'),
  'col.confirmed': w('facts confirmed', 'fakta dikonfirmasi'),
  'col.lastActivity': w('last activity', 'kegiatan terakhir'),
  'col.daysSince': w('days since', 'hari sejak'),
  'col.nextPlanned': w('next planned', 'rencana berikutnya'),
  'col.stage': w('stage', 'tahap'),
  'col.sinceOrPlanned': w('since (or planned signing)', 'sejak (atau rencana penandatanganan)'),
  'col.endRecorded': w('end as recorded', 'tanggal berakhir yang tercatat'),
  'col.inForce': w('in force', 'berlaku'),
  'col.activitiesPerYear': w('activities per year', 'kegiatan per tahun'),
  'col.planned': w('planned', 'rencana'),
  'col.severity': w('severity', 'tingkat'),
  'col.file': w('file', 'berkas'),
  'col.code': w('code', 'kode'),
  'col.message': w('message', 'pesan'),
  'col.format': w('format', 'format'),
  'col.what': w('what', 'isi'),

  // ---- what to do about an agreement that ends -------------------------------------------------------
  'action.overdue': w('ended but still marked active: record the renewal or mark it expired', 'sudah berakhir tetapi masih tercatat aktif: catat perpanjangan atau tandai berakhir'),
  /** A renewal not on record: record the ones due, start the next. */
  'action.cycle': w(
    (v) => `no renewal on record since ${v['since']} (${v['n']} due); record ${pl(v, 'n', 'it', 'them')}, and start the next one (due ${v['next']}) by ${v['start']}`,
    (v) => `perpanjangan tidak tercatat sejak ${v['since']} (${v['n']} jatuh tempo); catat perpanjangannya, dan mulai perpanjangan berikutnya (jatuh tempo ${v['next']}) paling lambat ${v['start']}`),
  'action.startNow': w((v) => `start the renewal now (was due ${v['date']})`, (v) => `mulai perpanjangan sekarang (seharusnya ${v['date']})`),
  'action.ends': w((v) => `ends in ${cnt(v, 'days', 'day', 'days')}; renewal starts ${v['date']}`, (v) => `berakhir dalam ${v['days']} hari; perpanjangan dimulai ${v['date']}`),

  // ---- home ------------------------------------------------------------------------------------------
  'home.asOf': w('As of', 'Per'),
  'card.partnershipsInForce': w('partnerships in force', 'kemitraan berlaku'),
  'card.overdue': w('⚠ overdue: ended, still marked active', '⚠ terlambat: berakhir, masih tercatat aktif'),
  'card.next12': w('end in the next 12 months', 'berakhir dalam 12 bulan'),
  'card.dormant': w('dormant partnerships', 'kemitraan tidak aktif'),
  'card.renewalUnrecorded': w('⚠ renewal not on record', '⚠ perpanjangan tidak tercatat'),
  'card.gaps': w('sectors with no known agreement in force', 'sektor tanpa perjanjian berlaku yang diketahui'),
  'home.action': w('Needs action now', 'Perlu ditindaklanjuti sekarang'),
  'home.strip': w((v) => `Agreements ending per month, up to the horizon (${v['within']}).`, (v) => `Perjanjian yang berakhir per bulan, sampai batas rentang pemantauan (${v['within']}).`),
  'home.actionTable': w('Overdue, renewal due, or ending within 90 days', 'Terlambat, waktunya perpanjangan, atau berakhir dalam 90 hari'),
  'home.dormantTable': w((v) => `In force, no activity since ${v['date']}`, (v) => `Berlaku, tanpa kegiatan sejak ${v['date']}`),
  'home.where': w('Where the partners are', 'Lokasi mitra'),
  'home.about': w('About the data', 'Tentang data ini'),

  // ---- home: what the data leaves unknown ------------------------------------------------------------
  'warn.invalidFiles': w((v) => `${cnt(v, 'n', 'record file has', 'record files have')} errors and ${pl(v, 'n', 'is', 'are')} left out of every page.`,
    (v) => `${v['n']} berkas data bermasalah dan tidak disertakan di halaman mana pun.`),
  'warn.validation': w((v) => `Validation: ${cnt(v, 'errors', 'error', 'errors')}, ${cnt(v, 'warnings', 'warning', 'warnings')}.`, (v) => `Pemeriksaan: ${v['errors']} kesalahan, ${v['warnings']} peringatan.`),
  'warn.renewalsNotOnRecord': w((v) => `${cnt(v, 'n', 'tie renews', 'ties renew')} every few years but ${pl(v, 'n', 'its', 'their')} latest renewal is not on record.`,
    (v) => `${v['n']} kerja sama diperpanjang berkala tetapi perpanjangan terakhirnya tidak tercatat.`),
  'warn.staleFacts': w((v) => `${cnt(v, 'n', 'agreement has', 'agreements have')} facts last confirmed too long ago (stale).`,
    (v) => `${v['n']} perjanjian dengan fakta yang terakhir dikonfirmasi sudah terlalu lama (usang).`),
  'warn.endUnknown': w((v) => `${cnt(v, 'n', 'agreement has', 'agreements have')} no known end: ${pl(v, 'n', 'it is', 'they are')} named on the expiring page.`,
    (v) => `${v['n']} perjanjian tidak diketahui tanggal berakhirnya: daftarnya ada di halaman perjanjian yang akan berakhir.`),
  'warn.status': w((v) => `${cnt(v, 'n', 'agreement has', 'agreements have')} an unknown status.`, (v) => `${v['n']} perjanjian berstatus tidak diketahui.`),
  'warn.documentType': w((v) => `${cnt(v, 'n', 'agreement has', 'agreements have')} an unknown document type.`, (v) => `${v['n']} perjanjian berjenis dokumen tidak diketahui.`),
  'warn.uncertainDates': w((v) => `${cnt(v, 'n', 'agreement has', 'agreements have')} an uncertain date (a month, a year, approximate or a range); the earliest day it could mean is used for ends.`,
    (v) => `${v['n']} perjanjian memiliki tanggal tidak pasti (bulan, tahun, perkiraan atau rentang); untuk tanggal berakhir dipakai hari paling awal yang mungkin.`),
  'warn.noSectors': w((v) => `${cnt(v, 'n', 'agreement in force records', 'agreements in force record')} no sector: the coverage of those sectors is not known.`,
    (v) => `${v['n']} perjanjian berlaku tidak mencatat sektor: cakupan sektornya tidak diketahui.`),
  'warn.unknownNoSectors': w((v) => `${cnt(v, 'n', 'agreement of unknown status records', 'agreements of unknown status record')} no sector: any sector could be ${pl(v, 'n', 'its', 'theirs')}, so coverage is not known where no agreement in force lists a sector (${pl(v, 'n', 'it is', 'they are')} named on the coverage page).`,
    (v) => `${v['n']} perjanjian berstatus tidak diketahui tidak mencatat sektor: sektor mana pun bisa menjadi sektornya, jadi cakupan tidak diketahui untuk sektor yang tidak tercantum pada perjanjian berlaku (daftarnya ada di halaman cakupan sektor).`),
  'warn.approvalsUnknown': w((v) => `${cnt(v, 'n', 'approval is', 'approvals are')} recorded as unknown.`, (v) => `${v['n']} persetujuan tercatat tidak diketahui.`),
  'warn.signingOverdue': w('Planned signing passed without a signature: ', 'Rencana penandatanganan sudah terlampaui tanpa tanda tangan: '),

  // ---- expiring --------------------------------------------------------------------------------------
  'expiring.title': w('Expiring agreements', 'Perjanjian yang akan berakhir'),
  'expiring.intro': w((v) => `Agreements in force ending by ${v['date']} (horizon ${v['within']}), and overdue ones.`,
    (v) => `Perjanjian berlaku yang berakhir sampai ${v['date']} (rentang pemantauan ${v['within']}), dan yang terlambat.`),
  'expiring.strip': w('Agreements ending per month.', 'Perjanjian yang berakhir per bulan.'),
  'expiring.nothing': w('Nothing ends within the horizon.', 'Tidak ada yang berakhir dalam rentang pemantauan.'),
  'expiring.nothingKnown': w('Of the agreements whose end is known, none ends within the horizon.', 'Dari perjanjian yang tanggal berakhirnya diketahui, tidak ada yang berakhir dalam rentang pemantauan.'),
  'expiring.noEndRecorded': w('none recorded', 'tidak dicatat'),
  'expiring.note': w('⚑ the renewal should have started (end minus the renewal lead time for the category). * partial end date: the earliest day it could mean.',
    '⚑ perpanjangan seharusnya sudah dimulai (tanggal berakhir dikurangi waktu persiapan per kategori). * tanggal tidak lengkap: dipakai hari paling awal.'),
  'expiring.subscribe': w('Subscribe in a calendar (.ics)', 'Langganan di kalender (.ics)'),

  // ---- dormant partnerships --------------------------------------------------------------------------
  'inactive.intro': w((v) => `${v['n']} of ${cnt(v, 'inForce', 'partnership', 'partnerships')} in force had no activity since ${v['date']} (window ${v['since']}). Planned and cancelled activities do not count.`,
    (v) => `${v['n']} dari ${v['inForce']} kemitraan yang berlaku tidak memiliki kegiatan sejak ${v['date']} (jangka waktu pengamatan ${v['since']}). Kegiatan yang direncanakan atau batal tidak dihitung.`),
  'inactive.empty': w('Every partnership in force had an activity within the window.', 'Setiap kemitraan yang berlaku memiliki kegiatan dalam jangka waktu pengamatan.'),
  'inactive.tiesNotInForce': w('Ties not counted as in force', 'Kerja sama yang tidak dihitung berlaku'),
  'inactive.notInForce': w('LoI only, signed and not yet in force, negotiating, status unknown', 'Baru LoI, ditandatangani belum berlaku, dalam perundingan, status tidak diketahui'),

  // ---- coverage --------------------------------------------------------------------------------------
  'coverage.title': w('Sector coverage', 'Cakupan sektor'),
  'coverage.intro': w((v) => `${cnt(v, 'inForce', 'agreement', 'agreements')} in force; ${v['gaps']} of ${cnt(v, 'sectors', 'sector', 'sectors')} ${pl(v, 'gaps', 'has', 'have')} none, ${v['notKnown']} not known.`,
    (v) => `${v['inForce']} perjanjian berlaku; ${v['gaps']} dari ${v['sectors']} sektor tidak memilikinya, ${v['notKnown']} tidak diketahui.`),
  'coverage.noSector': w('sector not recorded', 'sektor tidak dicatat'),
  'coverage.all': w('all', 'semua'),
  'coverage.gridTitle': w('Agreements in force by sector and partner country', 'Perjanjian berlaku menurut sektor dan negara mitra'),
  'coverage.gridDesc': w((v) => `Counts of agreements in force per sector (rows) and partner country (columns). 0 means none; ? means not known. ${cnt(v, 'gaps', 'sector has', 'sectors have')} none; ${v['notKnown']} may be covered but it is not known.`,
    (v) => `Jumlah perjanjian berlaku per sektor (baris) dan negara mitra (kolom). 0 berarti tidak ada; ? berarti tidak diketahui. ${v['gaps']} sektor tidak memiliki perjanjian; ${v['notKnown']} mungkin tercakup tetapi tidak diketahui.`),
  'coverage.caption': w('Each cell gives the number of agreements in force. Hatched with ? : not known (agreements that record no sector, or of unknown status, may cover it). Columns are ISO country codes.',
    'Setiap sel berisi jumlah perjanjian berlaku. Arsir dengan ? : tidak diketahui (perjanjian tanpa sektor, atau berstatus tidak diketahui, mungkin mencakupnya). Kolom adalah kode negara ISO.'),
  'legend.few': w('few', 'sedikit'),
  'legend.many': w('many', 'banyak'),

  // ---- partnerships ----------------------------------------------------------------------------------
  'partnerships.intro': w('A partnership is a chain of agreements with one partner (LoI → MoU → PKS, and renewals).', 'Kemitraan adalah rantai perjanjian dengan satu mitra (LoI → MoU → PKS, dan perpanjangannya).'),
  'partnerships.timelines': w('Timelines', 'Lini masa'),
  'partnerships.caption': w('Bars: agreements, from start to last day; solid: in force; grey: ended or superseded; outlined: not yet in force; hatched: end unknown. Red line: as of; dashed: horizon.',
    'Batang: perjanjian, dari mulai sampai hari terakhir; penuh: berlaku; abu-abu: berakhir atau digantikan; garis tepi: belum berlaku; arsir: tanggal berakhir tidak diketahui. Garis merah: per tanggal; putus-putus: batas rentang pemantauan.'),
  'partnerships.firstShown': w((v) => ` First ${v['shown']} of ${v['n']} shown.`, (v) => ` ${v['shown']} pertama dari ${v['n']} ditampilkan.`),
  'legend.endUnknown': w('end unknown', 'akhir tidak diketahui'),
  'partnerships.perYear': w('Activities per year', 'Kegiatan per tahun'),
  'partnerships.gridTitle': w('Activities per year per partnership', 'Kegiatan per tahun per kemitraan'),
  'partnerships.gridDesc': w((v) => `Held activities per calendar year, ${v['from']}–${v['to']}, for ${cnt(v, 'n', 'partnership', 'partnerships')}.`, (v) => `Kegiatan yang terlaksana per tahun, ${v['from']}–${v['to']}, untuk ${v['n']} kemitraan.`),
  'partnerships.gridCaption': w('Number of held activities per year (· none).', 'Jumlah kegiatan yang terlaksana per tahun (· tidak ada).'),
  'partnerships.all': w('All partnerships', 'Semua kemitraan'),
  'inForce.yes': w('● yes', '● ya'),
  'inForce.no': w('○ no', '○ tidak'),

  // ---- the map ---------------------------------------------------------------------------------------
  'map.title': w('Partners around the world', 'Mitra di seluruh dunia'),
  'map.byCountry': w('Partners by country', 'Mitra menurut negara'),
  'map.caption': w('Number of partners per country (the number in the circle). Map data: Natural Earth.', 'Jumlah mitra per negara (angka dalam lingkaran). Data peta: Natural Earth.'),
  'map.tooSmall': w((v) => ` Too small for this map: ${v['codes']}.`, (v) => ` Terlalu kecil untuk peta ini: ${v['codes']}.`),

  // ---- data problems ---------------------------------------------------------------------------------
  'problems.intro': w('What kerjasama validate finds in the register: files with errors are left out of every other page.', 'Temuan kerjasama validate pada register: berkas dengan kesalahan tidak diikutkan di halaman lain.'),
  'problems.error': w('✕ error', '✕ kesalahan'),
  'problems.warning': w('⚠ warning', '⚠ peringatan'),
  'problems.none': w('No problems found.', 'Tidak ada masalah.'),

  // ---- record pages ----------------------------------------------------------------------------------
  'record.activities': w('Activities (timeline)', 'Kegiatan (lini masa)'),
  'record.timeline': w('Agreements as bars (labelled LoI, MoU, PKS, Ren), activities as dots; red line: as of.', 'Perjanjian sebagai batang (berlabel LoI, MoU, PKS, Ren), kegiatan sebagai titik; garis merah: per tanggal.'),
  'legend.held': w('activity held', 'kegiatan terlaksana'),
  'legend.planned': w('activity planned', 'kegiatan direncanakan'),
  'record.noAgreements': w('No agreements.', 'Tidak ada perjanjian.'),
  'record.lastDay': w('last day in force', 'hari terakhir berlaku'),
  'record.terminated': w('terminated', 'diakhiri'),
  'record.implements': w('Implements', 'Melaksanakan'),

  // ---- search and data -------------------------------------------------------------------------------
  'search.label': w('Search partners, agreements and activities', 'Cari mitra, perjanjian dan kegiatan'),
  'search.noscript': w('Search needs JavaScript. Without it, use the lists:', 'Pencarian memerlukan JavaScript. Tanpanya, gunakan daftar:'),
  'data.title': w('The data behind these pages', 'Data di balik halaman ini'),
  'data.intro': w('The same data as kerjasama report prints, as of this site’s date. JSON files follow the report JSON shapes (docs/reports.md and docs/site.md); CSV files open in a spreadsheet; the calendar lists end dates and renewal starts.',
    'Data yang sama dengan keluaran kerjasama report, per tanggal situs ini. Berkas JSON mengikuti bentuk JSON laporan (docs/reports.md dan docs/site.md); berkas CSV dapat dibuka di lembar kerja; kalender memuat tanggal berakhir dan mulai perpanjangan.'),

  // ---- the pictures ----------------------------------------------------------------------------------
  'chart.dateUnknown': w('date unknown', 'tanggal tidak diketahui'),
  'chart.timelines': w('Partnership timelines', 'Lini masa kemitraan'),
  'chart.timelinesDesc': w(
    (v) => `${cnt(v, 'n', 'partnership', 'partnerships')}, one row each; bars are agreements from start to end, labelled LoI, MoU, PKS; a red line marks ${v['asOf']}, a dashed line the horizon ${v['horizon']}.`,
    (v) => `${v['n']} kemitraan, satu baris masing-masing; batang adalah perjanjian dari mulai sampai berakhir, berlabel LoI, MoU, PKS; garis merah menandai ${v['asOf']}, garis putus-putus batas rentang pemantauan ${v['horizon']}.`),
  'chart.planned': w(' (planned)', ' (rencana)'),
  'chart.moreActivities': w((v) => ` and ${v['n']} more ${pl(v, 'n', 'activity', 'activities')} around that day`, (v) => ` dan ${v['n']} kegiatan lain di sekitar tanggal itu`),
  'chart.late': w('late', 'terlambat'),
  'chart.stripTitle': w('Expiring agreements by month', 'Perjanjian yang berakhir per bulan'),
  'chart.stripDesc': w(
    (v) => `Agreements ending per month from ${v['asOf']}: late (overdue or renewal not on record) ${v['late']}; ${v['list']}.`,
    (v) => `Perjanjian yang berakhir per bulan sejak ${v['asOf']}: terlambat (berakhir tetapi masih tercatat aktif, atau perpanjangan tidak tercatat) ${v['late']}; ${v['list']}.`),
  'chart.mapDesc': w((v) => `Number of partners per country: ${v['list']}`, (v) => `Jumlah mitra per negara: ${v['list']}`),

  // ---- the national site (kerjasama aggregate site) ---------------------------------------------------
  'nat.home': w('National overview', 'Ikhtisar nasional'),
  'nat.partners': w('Foreign partners', 'Mitra luar negeri'),
  'nat.intro': w(
    (v) => `${cnt(v, 'n', 'member register', 'member registers')} read as one, as of ${v['date']}. Every number is a member's own report (what kerjasama report gives in that register) on its records as of that day, and names its member and commit; a total is the sum over the members, so an agreement recorded by several members counts once for each of them.`,
    (v) => `${v['n']} register anggota dibaca sebagai satu, per ${v['date']}. Setiap angka adalah laporan register anggota itu sendiri (hasil kerjasama report di register tersebut) atas datanya per tanggal itu, dan menyebut anggota serta commit-nya; jumlah adalah penjumlahan antaranggota, sehingga perjanjian yang dicatat oleh beberapa anggota terhitung satu kali untuk masing-masing anggota.`),
  'nat.card.members': w('member registers', 'register anggota'),
  'nat.card.agreementsInForce': w('agreements in force (sum over members)', 'perjanjian berlaku (jumlah antaranggota)'),
  'nat.card.foreignPartners': w('foreign partners', 'mitra luar negeri'),
  'nat.map.title': w('Member regions by agreements in force', 'Daerah anggota menurut jumlah perjanjian berlaku'),
  'nat.map.desc': w((v) => `Agreements in force per member region: ${v['list']}.`, (v) => `Perjanjian berlaku per daerah anggota: ${v['list']}.`),
  'nat.map.caption': w('Each member province at its capital, shaded and labelled with its number of agreements in force.', 'Setiap provinsi anggota di ibu kotanya, diwarnai dan diberi angka jumlah perjanjian berlakunya.'),
  'nat.map.notPlaced': w((v) => `Not on the map (it places provinces by their two-digit code only): ${v['list']}. Their numbers are in the table and on their cards.`,
    (v) => `Tidak ada di peta (peta hanya menempatkan provinsi menurut kode dua angka): ${v['list']}. Angkanya ada di tabel dan di kartu anggota.`),
  'nat.map.notPlacedMore': w((v) => ` and ${cnt(v, 'n', 'more member', 'more members')}, all in the table below`, (v) => ` dan ${v['n']} anggota lain, semuanya ada di tabel di bawah`),
  'nat.map.table': w('Agreements in force by member', 'Perjanjian berlaku menurut anggota'),
  'nat.members': w('Members', 'Anggota'),
  'nat.col.member': w('member', 'anggota'),
  'nat.col.code': w('region code', 'kode wilayah'),
  'nat.col.commit': w('commit', 'commit'),
  'nat.col.all': w('all members', 'semua anggota'),
  'nat.col.record': w('record in the member register', 'data di register anggota'),
  'nat.col.regions': w('Indonesian regions', 'daerah di Indonesia'),
  'nat.col.undecided': w('candidates not yet decided', 'calon yang belum diputuskan'),
  'nat.col.inForce': w('in force', 'berlaku'),
  'nat.col.sector': w('sector', 'sektor'),
  'nat.card.inForce': w('agreements in force', 'perjanjian berlaku'),
  'nat.card.source': w('source', 'sumber'),
  'nat.card.validation': w('validation', 'pemeriksaan'),
  'nat.card.records': w('records (partners, agreements, activities)', 'data (mitra, perjanjian, kegiatan)'),
  'nat.card.leftOut': w((v) => `${cnt(v, 'n', 'record file', 'record files')} with errors left out`, (v) => `${v['n']} berkas data bermasalah tidak disertakan`),
  'nat.coverage.intro': w(
    (v) => `Agreements in force per sector, from each member's coverage report (its own activity window), summed over the ${v['n']} members, with each member that has the sector in force and its number, and the members that may have it (an agreement of unknown status, or one recording no sector). A sector is covered nationally when a member covers it; not known when none does and one may; a gap when every member knows it has none.`,
    (v) => `Perjanjian berlaku per sektor, dari laporan cakupan setiap anggota (dengan jangka waktu pengamatannya sendiri), dijumlahkan untuk ${v['n']} anggota, dengan setiap anggota yang memiliki perjanjian berlaku di sektor itu beserta jumlahnya, dan anggota yang mungkin memilikinya (perjanjian berstatus tidak diketahui, atau yang tidak mencatat sektor). Suatu sektor tercakup secara nasional bila salah satu anggota mencakupnya; tidak diketahui bila tidak ada yang mencakupnya tetapi mungkin ada; celah bila setiap anggota tahu tidak memilikinya.`),
  'nat.col.byMember': w('members with it in force', 'anggota dengan perjanjian berlaku'),
  'nat.col.mayCover': w('members that may have it', 'anggota yang mungkin memilikinya'),
  'nat.coverage.status': w('nationally', 'secara nasional'),
  'nat.cov.covered': w('covered', 'tercakup'),
  'nat.cov.unknown': w('not known', 'tidak diketahui'),
  'nat.cov.gap': w('gap', 'celah'),
  'nat.dormant.intro': w(
    (v) => `${v['n']} of ${cnt(v, 'inForce', 'partnership', 'partnerships')} in force across the members had no activity within the member's own window (each member's report inactive, gathered).`,
    (v) => `${v['n']} dari ${v['inForce']} kemitraan berlaku di seluruh anggota tidak memiliki kegiatan dalam jangka waktu pengamatan anggota itu sendiri (laporan inactive setiap anggota, dihimpun).`),
  'nat.partners.intro': w('Each foreign partner once nationally, with every member region tied to it. Records of different members are one partner when they share an identifier (ISO 3166-2, Wikidata) or when identity.yaml says they are the same; candidates not yet decided stay apart.',
    'Setiap mitra luar negeri satu kali secara nasional, dengan setiap daerah anggota yang bekerja sama dengannya. Data dari anggota yang berbeda dianggap satu mitra bila memiliki kode pengenal yang sama (kode ISO 3166-2, id Wikidata) atau bila identity.yaml menyatakannya sama; calon yang belum diputuskan tetap terpisah.'),
  'nat.partners.none': w('No foreign partner in any member register.', 'Tidak ada mitra luar negeri di register anggota mana pun.'),
  'nat.partner.regions': w('Indonesian regions tied to this partner', 'Daerah di Indonesia yang bekerja sama dengan mitra ini'),
  'nat.partner.undecided': w(
    (v) => `May be the same partner as ${v['list']}: not decided in identity.yaml, so counted apart. kerjasama aggregate partners --unresolved shows the evidence.`,
    (v) => `Mungkin mitra yang sama dengan ${v['list']}: belum diputuskan di identity.yaml, sehingga dihitung terpisah. kerjasama aggregate partners --unresolved menampilkan buktinya.`),
  'nat.partner.noAgreements': w('no agreement on record', 'tidak ada perjanjian yang tercatat'),
  'nat.download': w('Download the numbers: JSON', 'Unduh angka: JSON'),
  'nat.data.intro': w('The numbers of these pages as JSON: each member with its code, commit, freshness and counts, the national coverage, the dormant partnerships and the foreign partners, each value with its member.',
    'Angka-angka di halaman ini dalam JSON: setiap anggota dengan kode, commit, kemutakhiran dan jumlahnya, cakupan nasional, kemitraan tidak aktif dan mitra luar negeri, setiap nilai dengan anggotanya.'),
  'nat.data.json': w('The national pages\u2019 numbers, per member', 'Angka halaman nasional, per anggota'),
} satisfies Catalogue;

export type SiteWord = keyof typeof W;

/** The site's text for a key, in a language, with its values. */
export function sw(lang: Lang, key: SiteWord, values: Values = {}): string {
  return say(W, lang, key, values);
}

/** Status labels: the ones every report uses. */
export const STATUS: Record<DerivedStatus, Record<Lang, string>> = DERIVED_STATUS_LABEL;

/** A symbol beside every status colour, so colour is never the only signal. */
export const STATUS_MARK: Record<DerivedStatus, string> = {
  in_force: '●', signed_loi: '◔', renewal_unrecorded: '◍', expired: '○', pending: '◐', draft: '✎', negotiating: '…', terminated: '✕', superseded: '↻', unknown: '?',
};

export const DOC_SHORT: Record<string, string> = { loi: 'LoI', mou: 'MoU', pks: 'PKS', action_plan: 'RK', addendum: 'Add', renewal: 'Ren', unknown: '?' };
