// What the importer says about a cell or a row, in English and Bahasa Indonesia. Each problem names its
// place (Sheet1!C12) and says what became of the value: read, recorded as the explicit unknown, inferred,
// or why the row could not become a record.

import type { Lang } from '../model/types.js';
import { columnLetter } from './columns.js';

export type ProblemKind =
  /** The row could not become a record: it goes to the rejects file. */
  | 'reject'
  /** A value that could not be read: the field holds the explicit unknown (or is left out), and the text is kept in notes. */
  | 'unknown'
  /** A value worked out from another (the category from the partner), not read from the cell. */
  | 'inferred'
  /** Something to know that changes nothing (a row skipped, a formula without a saved value). */
  | 'info';

type Params = Record<string, string | number>;
type Template = Record<Lang, (p: Params) => string>;
const q = (s: string | number | undefined): string => JSON.stringify(String(s ?? ''));

export const IMPORT_MESSAGES = {
  'no-title': { en: () => 'no title: every agreement needs one', id: () => 'tidak ada judul: setiap perjanjian memerlukannya' },
  'no-partner': { en: () => 'no partner named', id: () => 'mitra tidak disebut' },
  'partner-ambiguous': { en: (p) => `partner ${q(p['text'])} matches several partners (${p['ids']}); write its id or its country`, id: (p) => `mitra ${q(p['text'])} cocok dengan beberapa mitra (${p['ids']}); tulis id atau negaranya` },
  'country-unknown': { en: (p) => `partner ${q(p['text'])} is new and its country is not known; add a Negara column or defaults: country in a mapping file`, id: (p) => `mitra ${q(p['text'])} baru dan negaranya tidak diketahui; tambahkan kolom Negara atau defaults: country di berkas pemetaan` },
  'country-unread': { en: (p) => `country ${q(p['text'])} not recognised (write a name like Jepang or an ISO code like JP)`, id: (p) => `negara ${q(p['text'])} tidak dikenali (tulis nama seperti Jepang atau kode ISO seperti JP)` },
  'category-unknown': { en: (p) => `the category cannot be worked out for partner ${q(p['text'])} (${p['why']}); add a Kategori column (KSDD, KSDPK, KSDPL, KSDLL, PUSAT) or a Jenis Mitra column`, id: (p) => `kategori tidak dapat disimpulkan untuk mitra ${q(p['text'])} (${p['why']}); tambahkan kolom Kategori (KSDD, KSDPK, KSDPL, KSDLL, PUSAT) atau kolom Jenis Mitra` },
  'category-unread': { en: (p) => `category ${q(p['text'])} not recognised`, id: (p) => `kategori ${q(p['text'])} tidak dikenali` },
  'category-inferred': { en: (p) => `category ${p['category']} inferred from the partner (${p['why']})`, id: (p) => `kategori ${p['category']} disimpulkan dari mitra (${p['why']})` },
  'partner-type-unknown': { en: (p) => `the type of partner ${q(p['text'])} is not known (its name does not say); recorded as other`, id: (p) => `jenis mitra ${q(p['text'])} tidak diketahui (namanya tidak menyebutkan); dicatat sebagai other` },
  'partner-type-needed': { en: (p) => `a ${p['category']} agreement needs a province, regency or city, and the type of ${q(p['text'])} is not known; write Provinsi/Kabupaten/Kota in the name or add a Jenis Mitra column`, id: (p) => `perjanjian ${p['category']} memerlukan provinsi, kabupaten atau kota, dan jenis ${q(p['text'])} tidak diketahui; tulis Provinsi/Kabupaten/Kota pada nama atau tambahkan kolom Jenis Mitra` },
  'partner-type-inferred': { en: (p) => `partner ${q(p['text'])}: type ${p['type']} (${p['why']})`, id: (p) => `mitra ${q(p['text'])}: jenis ${p['type']} (${p['why']})` },
  'date-unread': { en: (p) => `${p['field']} ${q(p['text'])} is not a date that can be read (day/month/year, 29 Agustus 2027, Agustus 2027, 2027, ± 1990); left out, the text kept in notes`, id: (p) => `${p['field']} ${q(p['text'])} bukan tanggal yang dapat dibaca (hari/bulan/tahun, 29 Agustus 2027, Agustus 2027, 2027, ± 1990); dikosongkan, teksnya disimpan di notes` },
  'term-unread': { en: (p) => `term ${q(p['text'])} cannot be read (5 tahun, 60 bulan, tanpa batas waktu); the end is unknown, the text kept in notes`, id: (p) => `jangka waktu ${q(p['text'])} tidak dapat dibaca (5 tahun, 60 bulan, tanpa batas waktu); tanggal berakhir tidak diketahui, teksnya disimpan di notes` },
  'status-unread': { en: (p) => `status ${q(p['text'])} not recognised: status: unknown, the text kept in notes`, id: (p) => `status ${q(p['text'])} tidak dikenali: status: unknown, teksnya disimpan di notes` },
  'status-empty': { en: () => 'no status: status: unknown', id: () => 'status kosong: status: unknown' },
  'document-type-unread': { en: (p) => `document type ${q(p['text'])} not recognised: document_type: unknown`, id: (p) => `jenis dokumen ${q(p['text'])} tidak dikenali: document_type: unknown` },
  'document-type-empty': { en: () => 'no document type, and the title does not say: document_type: unknown', id: () => 'jenis dokumen kosong, dan judul tidak menyebutkannya: document_type: unknown' },
  'document-type-from-title': { en: (p) => `document type ${p['type']} read from the title`, id: (p) => `jenis dokumen ${p['type']} dibaca dari judul` },
  'sector-unmatched': { en: (p) => `${q(p['text'])} names no urusan sector: kept in scope`, id: (p) => `${q(p['text'])} tidak cocok dengan urusan mana pun: disimpan di scope` },
  'already-imported': { en: (p) => `already in the register (${p['file']}): not imported again`, id: (p) => `sudah ada di register (${p['file']}): tidak diimpor lagi` },
  'duplicate-row': { en: (p) => `the same agreement as row ${p['other']}: not imported twice`, id: (p) => `perjanjian yang sama dengan baris ${p['other']}: tidak diimpor dua kali` },
  'skipped-totals': { en: () => 'a totals row: skipped', id: () => 'baris jumlah: dilewati' },
  'skipped-section': { en: (p) => `a section title (${q(p['text'])}): skipped`, id: (p) => `judul bagian (${q(p['text'])}): dilewati` },
  'formula-no-value': { en: () => 'a formula without a saved value (formulas are never calculated): read as empty', id: () => 'rumus tanpa nilai tersimpan (rumus tidak pernah dihitung): dibaca kosong' },
  'record-invalid': { en: (p) => `the record would not be valid: ${p['message']}`, id: (p) => `catatan tidak akan valid: ${p['message']}` },
  'partner-rejected': { en: (p) => `its partner ${q(p['text'])} could not be made: ${p['message']}`, id: (p) => `mitranya ${q(p['text'])} tidak dapat dibuat: ${p['message']}` },
  'id-invalid': { en: (p) => `id ${q(p['text'])} is not an id (lower-case letters, digits, - _ .); a new one is made`, id: (p) => `id ${q(p['text'])} bukan id yang sah (huruf kecil, angka, - _ .); id baru dibuat` },
  'source-not-link': { en: (p) => `source ${q(p['text'])} is neither a web address nor a citation: kept in notes`, id: (p) => `sumber ${q(p['text'])} bukan alamat web maupun rujukan: disimpan di notes` },
} satisfies Record<string, Template>;

export type ProblemCode = keyof typeof IMPORT_MESSAGES;

export interface Problem {
  kind: ProblemKind;
  code: ProblemCode;
  /** 1-based row in the sheet. */
  row: number;
  /** 0-based column, when the problem is about one cell. */
  col?: number;
  params: Params;
}

export function problemText(p: Problem, lang: Lang): string {
  return (IMPORT_MESSAGES[p.code][lang] as (x: Params) => string)(p.params);
}

/** Sheet1!C12, or Sheet1!12 for a whole row; a sheet name with spaces or punctuation is quoted as Excel does. */
export function cellRef(sheet: string, row: number, col?: number): string {
  const s = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${s}!${col === undefined ? '' : columnLetter(col)}${row}`;
}

export const KIND_LABEL: Record<ProblemKind, Record<Lang, string>> = {
  reject: { en: 'rejected', id: 'ditolak' },
  unknown: { en: 'unknown', id: 'tidak diketahui' },
  inferred: { en: 'inferred', id: 'disimpulkan' },
  info: { en: 'note', id: 'catatan' },
};
