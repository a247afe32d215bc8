// The words of kerjasama remind: the digest mails (subject, greeting, sections, each reminder's lines,
// why it is sent today, what to do) and the dry run, in English and Bahasa Indonesia (docs/glossary.md).
// Composed by say() (model/words.ts); values are record text already made safe by the caller.

import { formatNumber } from '../model/format.js';
import { w, type Catalogue } from '../model/words.js';

const plural = (n: number | string, one: string, many: string): string => (Number(n) === 1 ? one : many);

export const REMIND_WORDS: Catalogue = {
  // ---- the mail ---------------------------------------------------------------------------------------
  subject: w((v) => `[kerjasama] Cooperation reminders, ${v['date']}: ${v['n']} for ${v['unit']}`, (v) => `[kerjasama] Pengingat kerja sama ${v['date']}: ${v['n']} hal untuk ${v['unit']}`),
  bureau: w('the cooperation bureau', 'biro/bagian kerja sama'),
  greeting: w((v) => `To ${v['unit']},`, (v) => `Yth. ${v['unit']},`),
  greetingBureau: w('To the cooperation bureau,', 'Yth. Biro/Bagian Kerja Sama,'),
  intro: w((v) => `These are the cooperation reminders of the register "${v['register']}" as of ${v['date']}: ${v['n']} ${plural(v['n'] as number, 'item', 'items')} for which your unit is recorded as responsible.`,
    (v) => `Berikut pengingat kerja sama dari register "${v['register']}" per ${v['date']}: ${v['n']} hal yang perangkat daerah Saudara tercatat sebagai penanggung jawabnya.`),
  introBureau: w((v) => `These are the cooperation reminders of the register "${v['register']}" as of ${v['date']} for records that name no responsible unit (unit:): ${v['n']} ${plural(v['n'] as number, 'item', 'items')}. Please pass them on, and record the unit in the register.`,
    (v) => `Berikut pengingat kerja sama dari register "${v['register']}" per ${v['date']} untuk data yang belum mencantumkan perangkat daerah penanggung jawab (unit:): ${v['n']} hal. Mohon diteruskan kepada yang bersangkutan, dan lengkapi unit di register.`),
  noAddress: w((v) => `No address for ${v['unit']} is in the recipients file: this digest went to the bureau only. Add the unit to the recipients file.`,
    (v) => `Alamat surel untuk ${v['unit']} tidak ada di berkas penerima: ringkasan ini hanya dikirim kepada biro/bagian kerja sama. Tambahkan perangkat daerah itu ke berkas penerima.`),
  calendarNote: w('The attached calendar file (.ics) holds each agreement\'s end and the day its renewal should start.', 'Berkas kalender terlampir (.ics) memuat tanggal berakhir tiap perjanjian dan batas mulai proses perpanjangannya.'),
  closing: w('This message was made by kerjasama from the register; it is sent only on the days the schedule names (kerjasama.yaml, reminders:). To correct a fact, correct the record in the register.',
    'Surel ini dibuat oleh kerjasama dari register; dikirim hanya pada hari-hari yang ditetapkan jadwal (kerjasama.yaml, reminders:). Untuk membetulkan isinya, betulkan datanya di register.'),
  provenance: w((v) => `Source: ${v['register']}${v['commit'] ? ` @ ${v['commit']}` : ''}, as of ${v['date']}; ${v['considered']} agreements considered.`,
    (v) => `Sumber: ${v['register']}${v['commit'] ? ` @ ${v['commit']}` : ''}, per ${v['date']}; ${v['considered']} perjanjian ditinjau.`),
  copyTo: w((v) => `Copy: ${v['to']}`, (v) => `Tembusan: ${v['to']}`),

  // ---- sections, one per kind -------------------------------------------------------------------------
  'section.overdue': w('Ended, still recorded as active', 'Sudah berakhir, masih tercatat aktif (terlambat)'),
  'section.renewal_unrecorded': w('Renewal not on record', 'Perpanjangan tidak tercatat'),
  'section.renewal_start': w('The renewal should start', 'Proses perpanjangan perlu dimulai'),
  'section.ending': w('Ending soon', 'Akan berakhir'),
  'section.signing_overdue': w('Planned signing passed', 'Rencana penandatanganan terlewati'),
  'section.dormant': w('Dormant partnerships', 'Kemitraan yang tidak aktif'),
  'section.stale': w('Facts to confirm again', 'Data perlu dikonfirmasi ulang'),

  // ---- what to do, one per kind -----------------------------------------------------------------------
  'todo.overdue': w('Record the renewal, or set the status to expired (or terminated) in the register.', 'Catat perpanjangannya, atau ubah statusnya menjadi expired (atau terminated) di register.'),
  'todo.renewal_unrecorded': w('Add the latest renewal to the register, or record that the tie has ended.', 'Tambahkan perpanjangan terakhir ke register, atau catat bahwa kerja sama telah berakhir.'),
  'todo.renewal_start': w('Start the renewal process now if the cooperation is to continue (for foreign cooperation: DPRD and central approval again).', 'Mulai proses perpanjangan sekarang bila kerja sama akan dilanjutkan (untuk kerja sama luar negeri: persetujuan DPRD dan pemerintah pusat lagi).'),
  'todo.ending': w('Decide whether the cooperation is to be renewed.', 'Tentukan apakah kerja sama akan diperpanjang.'),
  'todo.signing_overdue': w('Record the signatures if it was signed; otherwise update planned_signing or record that talks stopped.', 'Catat tanda tangannya bila sudah ditandatangani; bila belum, perbarui planned_signing atau catat bahwa perundingan dihentikan.'),
  'todo.dormant': w('Plan an activity, or consider revitalising or ending the partnership.', 'Rencanakan kegiatan, atau pertimbangkan revitalisasi atau pengakhiran kemitraan.'),
  'todo.stale': w('Confirm the status with the partner and update confirmed: in the record.', 'Konfirmasikan statusnya kepada mitra dan perbarui confirmed: pada datanya.'),

  // ---- a reminder's lines -----------------------------------------------------------------------------
  partners: w((v) => `Partner: ${v['list']}`, (v) => `Mitra: ${v['list']}`),
  category: w((v) => `Category: ${v['category']}`, (v) => `Kategori: ${v['category']}`),
  endsIn: w((v) => `Ends: ${v['date']}, in ${formatNumber(v['n'] as number, 'en')} ${plural(v['n'] as number, 'day', 'days')}`, (v) => `Berakhir: ${v['date']}, ${formatNumber(v['n'] as number, 'id')} hari lagi`),
  endsToday: w((v) => `Ends: ${v['date']}, today`, (v) => `Berakhir: ${v['date']}, hari ini`),
  ended: w((v) => `Ended: ${v['date']}, ${formatNumber(v['n'] as number, 'en')} ${plural(v['n'] as number, 'day', 'days')} ago`, (v) => `Berakhir: ${v['date']}, ${formatNumber(v['n'] as number, 'id')} hari yang lalu`),
  // An uncertain end (end: 2028, 2028-08, ~2027, ..2028-06, a term from an uncertain start): as the record
  // has it, its exact day not recorded, and the day the reminders go by (report expiring's day).
  'endUncertain.in': w((v) => `Ends: ${v['when']}, exact day not recorded (an uncertain date); reminders go by ${v['date']}, ${v['edge']}: in ${formatNumber(v['n'] as number, 'en')} ${plural(v['n'] as number, 'day', 'days')}`,
    (v) => `Berakhir: ${v['when']}, tanggal pastinya tidak dicatat (tanggal tidak pasti); pengingat memakai ${v['date']}, ${v['edge']}: ${formatNumber(v['n'] as number, 'id')} hari lagi`),
  'endUncertain.today': w((v) => `Ends: ${v['when']}, exact day not recorded (an uncertain date); reminders go by ${v['date']}, ${v['edge']}: today`,
    (v) => `Berakhir: ${v['when']}, tanggal pastinya tidak dicatat (tanggal tidak pasti); pengingat memakai ${v['date']}, ${v['edge']}: hari ini`),
  'endUncertain.ended': w((v) => `Ended: ${v['when']}, exact day not recorded (an uncertain date); reminders go by ${v['date']}, ${v['edge']}: ${formatNumber(v['n'] as number, 'en')} ${plural(v['n'] as number, 'day', 'days')} ago`,
    (v) => `Berakhir: ${v['when']}, tanggal pastinya tidak dicatat (tanggal tidak pasti); pengingat memakai ${v['date']}, ${v['edge']}: ${formatNumber(v['n'] as number, 'id')} hari yang lalu`),
  'endUncertain.earliest': w('the earliest day it can be', 'hari paling awal yang mungkin'),
  'endUncertain.latest': w('the latest day it can be', 'hari paling akhir yang mungkin'),
  renewalBy: w((v) => `Start renewal by: ${v['date']}`, (v) => `Batas mulai proses perpanjangan: ${v['date']}`),
  renewalPassed: w((v) => `Start renewal by: ${v['date']} (passed)`, (v) => `Batas mulai proses perpanjangan: ${v['date']} (sudah terlampaui)`),
  status: w((v) => `Status from the dates: ${v['status']}`, (v) => `Status menurut tanggal: ${v['status']}`),
  confirmed: w((v) => `Last confirmed: ${v['date']}`, (v) => `Terakhir dikonfirmasi: ${v['date']}`),
  confirmedStale: w((v) => `Last confirmed: ${v['date']} (stale)`, (v) => `Terakhir dikonfirmasi: ${v['date']} (usang)`),
  plannedSigning: w((v) => `Planned signing: ${v['date']}, passed ${formatNumber(v['n'] as number, 'en')} ${plural(v['n'] as number, 'day', 'days')} ago`, (v) => `Rencana penandatanganan: ${v['date']}, terlambat ${formatNumber(v['n'] as number, 'id')} hari`),
  agreements: w((v) => `Agreements: ${v['list']}`, (v) => `Perjanjian: ${v['list']}`),
  lastActivity: w((v) => `Last activity: ${v['title']} (${v['date']}), at least ${formatNumber(v['n'] as number, 'en')} ${plural(v['n'] as number, 'day', 'days')} ago`, (v) => `Kegiatan terakhir: ${v['title']} (${v['date']}), sedikitnya ${formatNumber(v['n'] as number, 'id')} hari yang lalu`),
  noActivity: w('Last activity: none on record', 'Kegiatan terakhir: tidak ada yang tercatat'),
  firstSigned: w((v) => `First signed: ${v['date']}`, (v) => `Pertama ditandatangani: ${v['date']}`),
  nextPlanned: w((v) => `Next planned: ${v['title']} (${v['date']})`, (v) => `Rencana berikutnya: ${v['title']} (${v['date']})`),
  todo: w((v) => `To do: ${v['text']}`, (v) => `Tindak lanjut: ${v['text']}`),

  // ---- why today --------------------------------------------------------------------------------------
  'why.before_end': w((v) => `Sent ${v['duration']} before the end.`, (v) => `Dikirim ${v['duration']} sebelum berakhir.`),
  'why.weekly': w((v) => `Sent every week from ${v['duration']} before the end.`, (v) => `Dikirim setiap minggu sejak ${v['duration']} sebelum berakhir.`),
  'why.daily': w((v) => `Sent every day from ${v['duration']} before the end.`, (v) => `Dikirim setiap hari sejak ${v['duration']} sebelum berakhir.`),
  'why.before_renewal_start': w((v) => `Sent ${v['duration']} before the day the renewal should start.`, (v) => `Dikirim ${v['duration']} sebelum batas mulai proses perpanjangan.`),
  'why.renewal_start_day': w('Today is the last day to start the renewal in time.', 'Hari ini batas mulai proses perpanjangan.'),
  // `mark` is * when the day is counted from an uncertain end (the digest's footnotes say what * means).
  'why.overdue_every': w((v) => `Sent every ${v['duration']} once the day has passed (day ${formatNumber(v['n'] as number, 'en')}${v['mark'] ?? ''}).`, (v) => `Dikirim setiap ${v['duration']} setelah tanggalnya terlampaui (hari ke-${formatNumber(v['n'] as number, 'id')}${v['mark'] ?? ''}).`),
  'why.review_day': w((v) => `Sent on the monthly review day (day ${v['n']} of each month).`, (v) => `Dikirim pada hari tinjauan bulanan (tanggal ${v['n']} setiap bulan).`),

  // ---- the dry run and the command's own lines --------------------------------------------------------
  nothing: w((v) => `No reminders are due on ${v['date']} (${v['register']}).`, (v) => `Tidak ada pengingat pada ${v['date']} (${v['register']}).`),
  plan: w((v) => `Reminders as of ${v['date']} (${v['register']}): ${v['digests']} ${plural(v['digests'] as number, 'digest', 'digests')}, ${v['n']} ${plural(v['n'] as number, 'reminder', 'reminders')}`,
    (v) => `Pengingat per ${v['date']} (${v['register']}): ${v['digests']} ringkasan, ${v['n']} pengingat`),
  to: w((v) => `to: ${v['list']}`, (v) => `kepada: ${v['list']}`),
  cc: w((v) => `cc: ${v['list']}`, (v) => `tembusan: ${v['list']}`),
  addresses: w((v) => `${v['n']} ${plural(v['n'] as number, 'address', 'addresses')}`, (v) => `${v['n']} alamat`),
  noOne: w('nobody', 'tidak ada'),
  subjectLine: w((v) => `subject: ${v['subject']}`, (v) => `perihal: ${v['subject']}`),
  noRecipients: w('(no recipients file: --recipients FILE or KERJASAMA_RECIPIENTS names one)', '(tanpa berkas penerima: --recipients BERKAS atau KERJASAMA_RECIPIENTS)'),
  unitNoAddress: w('(no address for this unit: the bureau receives it)', '(tidak ada alamat untuk perangkat daerah ini: dikirim kepada biro/bagian kerja sama)'),
  unitNone: w('(records without a responsible unit)', '(data tanpa perangkat daerah penanggung jawab)'),
  wrote: w((v) => `wrote ${v['path']} (${v['unit']})`, (v) => `${v['path']} ditulis (${v['unit']})`),
  sent: w((v) => `sent to ${v['to']} (${v['unit']})`, (v) => `dikirim kepada ${v['to']} (${v['unit']})`),
  notSent: w((v) => `NOT sent to ${v['to']} (${v['unit']}): ${v['reason']}`, (v) => `TIDAK terkirim kepada ${v['to']} (${v['unit']}): ${v['reason']}`),
};
