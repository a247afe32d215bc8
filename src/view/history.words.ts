// The history's words (log, blame, audit, the site's history and recent changes) in English and Bahasa
// Indonesia, as a cooperation bureau says them; terms as in docs/glossary.md. The commands' own messages
// (a shallow clone, no git, a bad revision) are the CLI's, in src/cli/messages.ts. Composed as every
// catalogue is (model/words.ts).

import type { Kind, Lang } from '../model/types.js';
import { say, w, type Catalogue, type Values } from '../model/words.js';

type P = Values;
const m = w;
const KIND_ID: Record<Kind, string> = { partner: 'mitra', agreement: 'perjanjian', activity: 'kegiatan' };

export const HISTORY_WORDS = {
  'title.log': m((p) => `History of ${p.kind} ${p.id}`, (p) => `Riwayat ${KIND_ID[p.kind as Kind] ?? p.kind} ${p.id}`),
  'title.blame': m((p) => `Who last set each field of ${p.kind} ${p.id}`, (p) => `Siapa yang terakhir mengisi tiap kolom ${KIND_ID[p.kind as Kind] ?? p.kind} ${p.id}`),
  'title.audit': m(() => 'Changes to the register, for the auditor', () => 'Perubahan register, untuk pemeriksa'),
  'title.recent': m(() => 'Recent changes', () => 'Perubahan terbaru'),
  'col.date': m(() => 'date', () => 'tanggal'),
  'col.commit': m(() => 'commit', () => 'commit'),
  'col.author': m(() => 'author', () => 'penulis'),
  'col.email': m(() => 'e-mail', () => 'surel'),
  'col.pr': m(() => 'pull request', () => 'pull request'),
  'col.change': m(() => 'what changed', () => 'yang berubah'),
  'col.message': m(() => 'commit message', () => 'pesan commit'),
  'col.record': m(() => 'record', () => 'data'),
  'col.field': m(() => 'field', () => 'kolom'),
  'col.before': m(() => 'before', () => 'sebelum'),
  'col.after': m(() => 'after', () => 'sesudah'),
  'col.flags': m(() => 'for the auditor', () => 'perlu diperiksa'),
  'col.value': m(() => 'value', () => 'nilai'),
  'empty': m(() => 'no changes in this range', () => 'tidak ada perubahan dalam rentang ini'),
  'noValue': m(() => '(none)', () => '(kosong)'),
  'unknown': m(() => 'unknown (recorded as not known)', () => 'tidak diketahui (dicatat sebagai tidak diketahui)'),
  'before': m(() => 'before the history shown', () => 'sebelum riwayat yang ditampilkan'),
  'event.created': m(() => 'created', () => 'dibuat'),
  'event.renamed.git': m((p) => `id changed from ${p.from} (git found the files ${p.n}% alike)`, (p) => `id berubah dari ${p.from} (git menilai berkasnya ${p.n}% sama)`),
  'event.renamed.fields': m((p) => `id changed from ${p.from} (recognised by its fields: ${p.n}% equal)`, (p) => `id berubah dari ${p.from} (dikenali dari kolom-kolomnya: ${p.n}% sama)`),
  // The party as show names it, "Universitas Mataram (unram)": the day after "on", not in a second pair of brackets.
  'event.signed': m((p) => `signed by ${p.party} on ${p.date}`, (p) => `ditandatangani oleh ${p.party} pada ${p.date}`),
  'event.approval': m((p) => `${p.which} recorded: ${p.what}`, (p) => `${p.which} dicatat: ${p.what}`),
  'approval.dprd': m(() => 'DPRD approval', () => 'persetujuan DPRD'),
  'approval.central': m(() => 'central government approval', () => 'persetujuan pemerintah pusat'),
  'approval.full_powers': m(() => 'Full Powers (Kemlu)', () => 'Surat Kuasa (Full Powers) Kemlu'),
  'approval.number': m((p) => `no. ${p.number}`, (p) => `nomor ${p.number}`),
  'event.renewed-by': m((p) => `renewed by ${p.other}`, (p) => `diperpanjang oleh ${p.other}`),
  'event.followed-by': m((p) => `${p.other} names it as its parent agreement`, (p) => `${p.other} menjadikannya perjanjian induk`),
  'event.agreement-added': m((p) => `agreement ${p.other} names it as a partner`, (p) => `perjanjian ${p.other} menyebutnya sebagai mitra`),
  'event.activity-added': m((p) => `activity ${p.other} recorded`, (p) => `kegiatan ${p.other} dicatat`),
  'event.removed': m(() => 'removed from the register', () => 'dihapus dari register'),
  'event.restored': m(() => 'restored to the register', () => 'dikembalikan ke register'),
  'event.invalid': m((p) => `its file no longer reads as a valid record (${p.n} problem${p.n === 1 ? '' : 's'}; kerjasama validate explains)`,
    (p) => `berkasnya tidak lagi terbaca sebagai data yang sah (${p.n} masalah; lihat kerjasama validate)`),
  'event.valid': m(() => 'its file reads as a valid record again', () => 'berkasnya kembali terbaca sebagai data yang sah'),
  'audit.added': m(() => 'record added', () => 'data ditambahkan'),
  'audit.removed': m(() => 'record removed', () => 'data dihapus'),
  'audit.configAdded': m(() => 'the register begins (kerjasama.yaml added)', () => 'register dimulai (kerjasama.yaml ditambahkan)'),
  'audit.configRemoved': m(() => 'kerjasama.yaml removed', () => 'kerjasama.yaml dihapus'),
  'audit.layout': m(() => 'no field changed (layout or comments only)', () => 'tidak ada kolom yang berubah (hanya tata letak atau komentar)'),
  'audit.unreadable': m((p) => `the file does not read as a valid record (${p.n} problem${p.n === 1 ? '' : 's'})`, (p) => `berkasnya tidak terbaca sebagai data yang sah (${p.n} masalah)`),
  'flag.removed': m(() => 'record removed', () => 'data dihapus'),
  'flag.final-changed': m(() => 'status or dates changed on an agreement already final', () => 'status atau tanggal diubah pada perjanjian yang sudah berstatus akhir'),
  'flag.approval-after-signing': m(() => 'approval changed after signing', () => 'persetujuan diubah setelah penandatanganan'),
  'flag.back-dated': m((p) => `back-dated (authored more than ${p.days} days before it was committed)`, (p) => `bertanggal mundur (ditulis lebih dari ${p.days} hari sebelum di-commit)`),
  'flag.direct-push': m(() => 'pushed to the main line directly, not through a pull request', () => 'langsung masuk ke cabang utama, tanpa pull request'),
  'recent.more': m((p) => `${p.n} earlier change${p.n === 1 ? '' : 's'} not shown here: kerjasama log ${p.id}`, (p) => `${p.n} perubahan sebelumnya tidak ditampilkan di sini: kerjasama log ${p.id}`),
  'site.heading': m(() => 'History', () => 'Riwayat'),
  'site.none': m((p) => `The history is not shown: ${p.why}.`, (p) => `Riwayat tidak ditampilkan: ${p.why}.`),
  'site.notGit': m(() => 'the register is not in a git repository', () => 'register tidak berada dalam repositori git'),
  'site.shallow': m(() => 'this clone is shallow, its history incomplete', () => 'klon ini dangkal (shallow), riwayatnya tidak lengkap'),
  'site.off': m(() => 'the site was built with --no-history', () => 'situs dibuat dengan --no-history'),
  'kind.partner': m(() => 'partner', () => 'mitra'),
  'kind.agreement': m(() => 'agreement', () => 'perjanjian'),
  'kind.activity': m(() => 'activity', () => 'kegiatan'),
  recordedAsOf: m((p) => `recorded as of ${p.date}`, (p) => `tercatat per ${p.date}`),
} satisfies Catalogue;

export type HistoryWord = keyof typeof HISTORY_WORDS;

/** One of the history's words in one language. */
export function hw(lang: Lang, key: HistoryWord, params: P = {}): string {
  return say(HISTORY_WORDS, lang, key, params);
}

/** One of the history's words in both languages (titles, column labels). */
export const hwBoth = (key: HistoryWord, params: P = {}): Record<Lang, string> => ({ en: hw('en', key, params), id: hw('id', key, params) });
