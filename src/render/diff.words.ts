// The words of `kerjasama diff` (text, the pull-request comment, JSON's messages) and of a change a
// command is about to make: what needs attention, a record's head, the sections, the headline, and the
// note of a comment cut to GitHub's limit, in English and Bahasa Indonesia (docs/glossary.md). A field's
// change is phrased in view/values.words.ts. Composed by say() (model/words.ts).

import { formatNumber } from '../model/format.js';
import type { Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

const n = (v: Values, k: string): number => Number(v[k]);
const s = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const DIFF_WORDS = {
  'kind.partner': w('partner', 'mitra'),
  'kind.agreement': w('agreement', 'perjanjian'),
  'kind.activity': w('activity', 'kegiatan'),
  'kind.config': w('configuration', 'konfigurasi'),

  // ---- what needs attention ---------------------------------------------------------------------------
  'dangling.renamed': w((v) => `${v['what']} was renamed to ${v['to']} but is still referenced as ${v['id']} by: ${v['refs']}`,
    (v) => `${v['what']} diganti nama menjadi ${v['to']}, tetapi masih dirujuk sebagai ${v['id']} oleh: ${v['refs']}`),
  'dangling.removed': w((v) => `${v['what']} was removed but is still referenced by: ${v['refs']}`, (v) => `${v['what']} dihapus, tetapi masih dirujuk oleh: ${v['refs']}`),
  'endEarlier': w((v) => `agreement ${v['id']}: end date moved earlier, from ${v['before']} to ${v['after']}`,
    (v) => `perjanjian ${v['id']}: tanggal berakhir dimajukan dari ${v['before']} menjadi ${v['after']}`),
  'unlinked': w((v) => `new agreement ${v['id']} names no renews: or parent:, but ${v['previous']}, with the same partner, has ended; if it renews it, add renews: ${v['first']} and set the old one to \`status: superseded\` (kerjasama renew does both)`,
    (v) => `perjanjian baru ${v['id']} tidak menyebut renews: maupun parent:, padahal ${v['previous']}, dengan mitra yang sama, sudah berakhir; bila ini perpanjangannya, tambahkan renews: ${v['first']} dan ubah yang lama menjadi \`status: superseded\` (kerjasama renew menulis keduanya)`),
  'pksNoParent': w((v) => `new PKS ${v['id']} names no parent:, but MoU ${v['mou']}, with the same ${s(n(v, 'partners'), 'partner', 'partners')}, is in force; if the PKS implements it, add parent: ${v['mou']}`,
    (v) => `PKS baru ${v['id']} tidak menyebut parent:, padahal MoU ${v['mou']}, dengan mitra yang sama, masih berlaku; bila PKS ini melaksanakan MoU tersebut, tambahkan parent: ${v['mou']}`),
  'endLater': w((v) => `agreement ${v['id']}: end date moved later, from ${v['before']} to ${v['after']}, on the signed record; if the parties agreed an extension, that is a new document (kerjasama renew, or an addendum), not an edit`,
    (v) => `perjanjian ${v['id']}: tanggal berakhir dimundurkan dari ${v['before']} menjadi ${v['after']} pada data yang sudah ditandatangani; bila para pihak menyepakati perpanjangan, itu dokumen baru (kerjasama renew, atau adendum), bukan suntingan`),
  'nowEnded': w((v) => `agreement ${v['id']} is no longer in force: now ${v['status']}${v['last'] ? ` (last day ${v['last']})` : ''}`,
    (v) => `perjanjian ${v['id']} tidak lagi berlaku: kini ${v['status']}${v['last'] ? ` (hari terakhir ${v['last']})` : ''}`),
  'removedAgreement': w((v) => `agreement ${v['id']} was removed (it was ${v['status']}): a register keeps an agreement that ended, with its status, rather than deleting its file`,
    (v) => `perjanjian ${v['id']} dihapus (sebelumnya ${v['status']}): register menyimpan perjanjian yang sudah berakhir beserta statusnya, bukan menghapus berkasnya`),
  'nowDormant': w((v) => `partnership with ${v['partner']} (${v['chain']}) now counts as dormant: ${v['since']}`,
    (v) => `kemitraan dengan ${v['partner']} (${v['chain']}) kini tidak aktif: ${v['since']}`),
  'dormant.since': w((v) => `no activity since ${v['date']}`, (v) => `tidak ada kegiatan sejak ${v['date']}`),
  'dormant.undated': w((v) => `${v['n']} ${s(n(v, 'n'), 'activity', 'activities')} on record, undated`, (v) => `${v['n']} kegiatan tercatat, tanpa tanggal`),
  'dormant.none': w('no activity on record', 'tidak ada kegiatan tercatat'),

  // ---- a record's head --------------------------------------------------------------------------------
  'head.invalid': w(' (invalid)', ' (bermasalah)'),
  'head.renamed': w('renamed to', 'menjadi'),
  'head.nowInvalid': w(' (now invalid)', ' (kini bermasalah)'),
  'head.nowValid': w(' (now valid)', ' (kini sah)'),
  'head.stillInvalid': w(' (invalid; file changed)', ' (bermasalah; berkas berubah)'),
  'activitiesAdded': w((v) => `+ ${v['n']} ${s(n(v, 'n'), 'activity', 'activities')} added${v['to'] ? ` to ${v['to']}` : ' with no agreement'}`,
    (v) => `+ ${v['n']} kegiatan ditambahkan${v['to'] ? ` untuk ${v['to']}` : ' tanpa perjanjian'}`),
  configChanged: w('~ kerjasama.yaml changed', '~ kerjasama.yaml berubah'),

  // ---- sections ---------------------------------------------------------------------------------------
  'section.attention': w('Needs attention', 'Perlu diperhatikan'),
  'section.introduced': w('Problems this change introduces', 'Masalah yang ditimbulkan perubahan ini'),
  'section.fixed': w('Problems this change fixes', 'Masalah yang diperbaiki perubahan ini'),
  'section.agreement': w('Agreements', 'Perjanjian'),
  'section.partner': w('Partners', 'Mitra'),
  'section.activity': w('Activities', 'Kegiatan'),
  'section.config': w('Configuration', 'Konfigurasi'),

  // ---- the headline -----------------------------------------------------------------------------------
  title: w((v) => `kerjasama diff ${v['base']} → ${v['head']} (as of ${v['asOf']})`, (v) => `kerjasama diff ${v['base']} → ${v['head']} (per ${v['asOf']})`),
  counts: w((v) => `${v['added']} added, ${v['changed']} changed, ${v['renamed']} renamed, ${v['removed']} removed`,
    (v) => `${v['added']} ditambahkan, ${v['changed']} diubah, ${v['renamed']} diganti nama, ${v['removed']} dihapus`),
  validation: w((v) => `validation: ${v['errors']} new error${s(n(v, 'errors'), '', 's')}, ${v['warnings']} new warning${s(n(v, 'warnings'), '', 's')}, ${v['fixed']} fixed`,
    (v) => `pemeriksaan: ${v['errors']} kesalahan dan ${v['warnings']} peringatan baru, ${v['fixed']} diperbaiki`),
  noChanges: w('No changes to the records.', 'Tidak ada perubahan pada data.'),

  // ---- a comment cut to GitHub's limit ----------------------------------------------------------------
  'cut.inSummary': w((v) => `The whole description is in the job summary of this run${v['url'] ? `: ${v['url']}` : ''}.`,
    (v) => `Uraian lengkapnya ada di ringkasan job (job summary) run ini${v['url'] ? `: ${v['url']}` : ''}.`),
  'cut.run': w('Run kerjasama diff for the whole description.', 'Jalankan kerjasama diff untuk uraian lengkapnya.'),
  cut: w((v) => `\n---\n_✂️ Cut here: this description is longer than a GitHub comment may be (${formatNumber(n(v, 'limit'), 'en')} characters). ${v['where']}_\n`,
    (v) => `\n---\n_✂️ Dipotong di sini: uraian ini lebih panjang daripada batas komentar GitHub (${formatNumber(n(v, 'limit'), 'id')} karakter). ${v['where']}_\n`),
} satisfies Catalogue;

export type DiffWord = keyof typeof DIFF_WORDS;

/** One of the diff's words in a language. */
export const dw = (lang: Lang, key: DiffWord, values: Values = {}): string => say(DIFF_WORDS, lang, key, values);
