// The words of the provenance line every report carries (which report, as of when, from which register
// and commit, how much was considered), in English and Bahasa Indonesia. Composed by say() (model/words.ts).

import type { ConsideredUnit } from '../view/view.js';
import { w, type Catalogue, type Values } from '../model/words.js';

/** An English noun for a count: singular for one. */
const en = (v: Values, one: string, many: string): string => `${v['n']} ${Number(v['n']) === 1 ? one : many}`;

export const PROVENANCE_WORDS = {
  /** How much a report considered, by its unit. */
  agreements: w((v) => `${en(v, 'agreement', 'agreements')} considered`, (v) => `${v['n']} perjanjian ditinjau`),
  agreements_in_force: w((v) => `${en(v, 'agreement', 'agreements')} in force considered`, (v) => `${v['n']} perjanjian berlaku ditinjau`),
  partnerships_in_force: w((v) => `${en(v, 'partnership', 'partnerships')} in force considered`, (v) => `${v['n']} kemitraan berlaku ditinjau`),
  records: w((v) => en(v, 'record', 'records'), (v) => `${v['n']} data`),
  record_files: w((v) => en(v, 'record file', 'record files'), (v) => `${v['n']} berkas data`),
  events: w((v) => en(v, 'event', 'events'), (v) => `${v['n']} peristiwa`),
  fields: w((v) => en(v, 'field', 'fields'), (v) => `${v['n']} kolom`),
  changes: w((v) => en(v, 'change', 'changes'), (v) => `${v['n']} perubahan`),
  members: w((v) => en(v, 'member', 'members'), (v) => `${v['n']} anggota`),
  /** The register's folder inside the repository its commit belongs to. */
  folder: w((v) => `of the repository that holds this register in ${v['folder']}`, (v) => `repositori yang memuat register ini di ${v['folder']}`),
  /** A report over an aggregate: the members read (code, and the commit's first 12 characters when in git). */
  memberList: w((v) => ` (members ${v['list']})`, (v) => ` (anggota ${v['list']})`),
  /** … when there are too many to list on one line. */
  memberCount: w((v) => ` (${v['n']} members; the JSON output lists each with its commit)`, (v) => ` (${v['n']} anggota; keluaran JSON mencantumkan masing-masing beserta commit-nya)`),
  /**
   * A commit whose register's files differ from it (provenance's `+changes`, which JSON keeps): said in
   * words after the commit (and the folder it is of).
   */
  uncommitted: w(' + uncommitted changes', ' + perubahan belum di-commit'),
  /** The line: report · as of · register (commit) · considered · filters. */
  line: w((v) => `${v['report']} · as of ${v['date']} · ${v['register']}${v['commit']} · ${v['considered']}${v['filters']}`,
    (v) => `${v['report']} · per ${v['date']} · ${v['register']}${v['commit']} · ${v['considered']}${v['filters']}`),
} satisfies Catalogue & Record<ConsideredUnit, unknown>;

/**
 * The report a provenance names (its `report`, the command's words, which JSON keeps), in the reader's
 * language; keyed by the command's words. `rest` is what follows them: a record's id (show, log, blame), a
 * flag (aggregate partners --unresolved), with its leading space; empty when nothing does.
 */
const r = (en: string, id: string) => w((v) => `${en}${v['rest']}`, (v) => `${id}${v['rest']}`);
export const REPORT_NAME_WORDS = {
  expiring: r('expiring', 'akan berakhir'),
  inactive: r('inactive', 'tidak aktif'),
  coverage: r('coverage', 'cakupan'),
  summary: r('summary', 'ringkasan'),
  'list agreements': r('list agreements', 'daftar perjanjian'),
  'list agreement': r('list agreements', 'daftar perjanjian'),
  'list partners': r('list partners', 'daftar mitra'),
  'list partner': r('list partners', 'daftar mitra'),
  'list activities': r('list activities', 'daftar kegiatan'),
  'list activity': r('list activities', 'daftar kegiatan'),
  show: r('show', 'rincian'),
  log: r('log', 'riwayat'),
  blame: r('blame', 'pengisi terakhir'),
  audit: r('audit', 'audit'),
  'aggregate status': r('aggregate status', 'status agregat'),
  'aggregate site': r('aggregate site', 'situs agregat'),
  'aggregate partners': r('aggregate partners', 'mitra lintas anggota'),
  'aggregate conflicts': r('aggregate conflicts', 'perbedaan antar-anggota'),
} satisfies Catalogue;
