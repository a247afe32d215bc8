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
  /** The line: report · as of · register (commit) · considered · filters. */
  line: w((v) => `${v['report']} · as of ${v['date']} · ${v['register']}${v['commit']} · ${v['considered']}${v['filters']}`,
    (v) => `${v['report']} · per ${v['date']} · ${v['register']}${v['commit']} · ${v['considered']}${v['filters']}`),
} satisfies Catalogue & Record<ConsideredUnit, unknown>;
