// The words the report renderers add around a view (terminal tables, Markdown, the workbook, the
// calendar): an empty table, the columns a narrow terminal leaves out, the workbook's provenance sheet,
// the calendar's events, in English and Bahasa Indonesia (docs/glossary.md). The reports' own words are
// the views' (view/reports.words.ts). Composed by say() (model/words.ts).

import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

export const REPORT_RENDER_WORDS = {
  none: w('(none)', '(tidak ada)'),
  dropped: w((v) => `Not shown at this width: ${v['columns']} (widen the terminal to see them).`, (v) => `Tidak ditampilkan pada lebar ini: ${v['columns']} (perlebar terminal untuk melihatnya).`),

  // ---- the workbook (xlsx) ----------------------------------------------------------------------------
  /** The column beside a date column that says whether the date is uncertain. */
  uncertain: w((v) => `${v['label']} uncertain`, (v) => `${v['label']} tidak pasti`),
  'prov.sheet': w('Provenance', 'Asal data'),
  'prov.report': w('report', 'laporan'),
  'prov.asOf': w('as of', 'per tanggal'),
  'prov.registerFolder': w('register folder in the repository', 'folder register dalam repositori'),
  'prov.recordedAsOf': w('recorded as of', 'tercatat per'),
  /** A report over an aggregate: one row per member read. */
  'prov.member': w('member', 'anggota'),
  'prov.considered': w('considered', 'ditinjau'),
  'prov.unit': w('unit', 'satuan'),
  'prov.filters': w('filters', 'saringan'),
  'prov.note': w('note', 'catatan'),
  'prov.field': w('field', 'kolom'),
  'prov.value': w('value', 'nilai'),

  // ---- the calendar (ics) of the expiring report ------------------------------------------------------
  'ics.ends': w((v) => `Ends: ${v['title']}`, (v) => `Berakhir: ${v['title']}`),
  // An uncertain end (end: 2028, ..2028-06, a term from an uncertain start): as recorded, and the day the event is on.
  'ics.endUncertain': w((v) => ` · end ${v['when']}, exact day not recorded (an uncertain date); placed on ${v['date']}, ${v['edge']}`,
    (v) => ` · berakhir ${v['when']}, tanggal pastinya tidak dicatat (tanggal tidak pasti); dicantumkan pada ${v['date']}, ${v['edge']}`),
  'ics.edge.earliest': w('the earliest day it can be', 'hari paling awal yang mungkin'),
  'ics.edge.latest': w('the latest day it can be', 'hari paling akhir yang mungkin'),
  'ics.startTextUncertain': w((v) => `${v['id']} ends ${v['when']} (exact day not recorded; counted from ${v['date']}); ${v['category']} renewals need this lead time.`,
    (v) => `${v['id']} berakhir ${v['when']} (tanggal pastinya tidak dicatat; dihitung dari ${v['date']}); perpanjangan ${v['category']} memerlukan waktu persiapan ini.`),
  'ics.start': w((v) => `Start renewal: ${v['title']}`, (v) => `Batas mulai proses perpanjangan: ${v['title']}`),
  'ics.startText': w((v) => `${v['id']} ends ${v['end']}; ${v['category']} renewals need this lead time.`, (v) => `${v['id']} berakhir ${v['end']}; perpanjangan ${v['category']} memerlukan waktu persiapan ini.`),
  // A renewal not on record: the next renewal due, and when to start it.
  'ics.due': w((v) => `Renewal due: ${v['title']}`, (v) => `Perpanjangan jatuh tempo: ${v['title']}`),
  'ics.dueText': w((v) => `${v['id']} · ${v['category']} · ${v['partners']} · renews every ${v['every']}; no renewal on record since ${v['since']}`,
    (v) => `${v['id']} · ${v['category']} · ${v['partners']} · diperpanjang setiap ${v['every']}; perpanjangan tidak tercatat sejak ${v['since']}`),
  'ics.cycleStartText': w((v) => `${v['id']}: the next renewal is due ${v['due']}; ${v['category']} renewals need this lead time.`,
    (v) => `${v['id']}: perpanjangan berikutnya jatuh tempo ${v['due']}; perpanjangan ${v['category']} memerlukan waktu persiapan ini.`),
} satisfies Catalogue;

export type ReportRenderWord = keyof typeof REPORT_RENDER_WORDS;

/** One of the report renderers' words in a language. */
export const rr = (lang: Lang, key: ReportRenderWord, values: Values = {}): string => say(REPORT_RENDER_WORDS, lang, key, values);
