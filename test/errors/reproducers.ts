// One minimal register per diagnostic code: each triggers that code and no other. The catalogue test
// checks them against CODES, and docs/errors.md shows them with the real output of `kerjasama validate`.
// Every register also holds kerjasama.yaml and data/partners/ntb.yaml (see makeRegister in ../helpers.ts).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, makeRegister, MINIMAL_CONFIG } from '../helpers.js';

export interface Reproducer {
  /** Files to write into the register, by path relative to its root. */
  files: Record<string, string | Uint8Array>;
  /** What the reader should notice; docs/errors.md prints it above the files. */
  note?: string;
  /** The --as-of date (default 2026-11-22). */
  asOf?: string;
  /**
   * File-system set-up that plain files cannot express (symbolic links). Returns absolute paths it
   * created outside the register, each with the stand-in docs/errors.md prints instead.
   */
  setup?: (dir: string) => Record<string, string>;
  /** Codes this reproducer cannot help triggering too (file-too-many-problems needs many problems). */
  alongside?: readonly string[];
  /**
   * The files are a federation's folder (federation.yaml, member registers, identity.yaml), not a
   * register: the code comes from `kerjasama aggregate conflicts` run there, not from validate.
   */
  federation?: true;
  /** The files docs/errors.md shows (default: all); a federation's shared files are shown once, above its group. */
  shown?: readonly string[];
}

export const DEFAULT_AS_OF = '2026-11-22';

const JATIM = 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n';
const SHIZUOKA = 'name: Shizuoka Prefecture\ntype: foreign_subnational\ncountry: JP\n';

/** An agreement with Jawa Timur; `extra` lines are appended, `status` defaults to draft. */
function ksdd(extra = '', status = 'draft'): string {
  return `title: Kesepakatan Bersama NTB – Jawa Timur\ncategory: KSDD\ndocument_type: mou\npartners: [jatim]\n${extra}status: ${status}\n`;
}

/** A federation of two members (DIY 34, Jawa Timur 35), both tied to Kyoto Prefecture; identity.yaml is added. */
export function federation(identity: string, extra: Record<string, string> = {}): Record<string, string> {
  const member = (code: string, owner: string, name: string): Record<string, string> => ({
    [`${owner}/kerjasama.yaml`]: `name: Register ${name}\nowner: ${owner}\nowner_ids:\n  kemendagri: '${code}'\nlanguage: en\n`,
    [`${owner}/data/partners/${owner}.yaml`]: `name: ${name}\ntype: province\ncountry: ID\nids:\n  kemendagri: '${code}'\n`,
  });
  return {
    'federation.yaml': "name: Federasi contoh\nmembers:\n  - code: '34'\n    path: diy\n  - code: '35'\n    path: jatim\n",
    ...member('34', 'diy', 'Daerah Istimewa Yogyakarta'),
    'diy/data/partners/kyoto.yaml': 'name: Prefektur Kyoto\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-26\n',
    ...member('35', 'jatim', 'Jawa Timur'),
    'jatim/data/partners/kyoto-prefecture.yaml': 'name: Kyoto Prefecture\ntype: foreign_subnational\ncountry: JP\n',
    ...extra,
    'identity.yaml': identity,
  };
}

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

export const REPRODUCERS: Record<string, Reproducer> = {
  // ---- files ----------------------------------------------------------------------------------
  'file-unreadable': {
    files: { 'data/partners/jatim.yaml': JATIM },
    note: 'data/partners/bali.yaml is a symbolic link to missing.yaml, which does not exist. (A file without read permission gives the same error.)',
    setup: (dir) => {
      symlinkSync('missing.yaml', join(dir, 'data/partners/bali.yaml'));
      return {};
    },
  },
  'file-too-large': {
    files: { 'data/partners/jatim.yaml': `${JATIM}notes: ${'x'.repeat(1_100_000)}\n` },
    note: 'The notes: line holds 1,100,000 characters, so the file is larger than the limit of 1 MiB.',
  },
  'file-binary': {
    files: { 'data/partners/jatim.yaml': Uint8Array.from([...Buffer.from('%PDF-1.4\n'), 0x25, 0xe2, 0xe3, 0x0a, 0x00, 0x01, 0x02, 0x0a]) },
    note: 'A PDF saved with a .yaml name; bytes that are not printable are shown as \\xNN.',
  },
  'file-encoding': {
    files: { 'data/partners/reunion.yaml': latin1('name: Région Réunion\ntype: foreign_subnational\ncountry: FR\n') },
    note: 'The file was saved as Latin-1: é is the single byte \\xE9, which is not UTF-8. A file saved as UTF-16 (what Windows Notepad calls "Unicode") gets this code too, with the message "the file is UTF-16 (what Windows Notepad calls "Unicode"), not UTF-8".',
  },
  'file-empty': {
    files: { 'data/partners/jatim.yaml': '# to do: fill in\n' },
    note: 'A file with only comments holds no record.',
  },
  'file-symlink-unsafe': {
    files: { 'data/partners/jatim.yaml': JATIM },
    note: 'data/partners/bali.yaml is a symbolic link to ../../.git/config: kerjasama reads records only from real files inside data/, never from .git/.',
    setup: (dir) => {
      mkdirSync(join(dir, '.git'), { recursive: true });
      writeFileSync(join(dir, '.git/config'), '[core]\n\trepositoryformatversion = 0\n');
      symlinkSync('../../.git/config', join(dir, 'data/partners/bali.yaml'));
      return {};
    },
  },
  'file-too-many-problems': {
    files: { 'data/partners/jatim.yaml': `${JATIM}${Array.from({ length: 102 }, (_, i) => `notes: ${i}\n`).join('')}` },
    note: 'The notes: key is written 102 times: the first one counts, and each of the other 101 is a yaml-duplicate-key. A file reports at most 100 problems; the rest are counted.',
    alongside: ['yaml-duplicate-key'],
  },
  'file-not-regular': {
    files: { 'data/partners/jatim.yaml': JATIM },
    note: 'data/partners/bali.yaml is a named pipe (made with `mkfifo`), not a file. kerjasama.yaml linked to a device such as /dev/zero gives the same error, and the command stops.',
    setup: (dir) => {
      execFileSync('mkfifo', [join(dir, 'data/partners/bali.yaml')]);
      return {};
    },
  },
  'file-symlink-outside': {
    files: {},
    note: 'data/partners/jatim.yaml is a symbolic link to a file in another folder.',
    setup: (dir) => {
      const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-elsewhere-'));
      writeFileSync(join(elsewhere, 'jatim.yaml'), JATIM);
      symlinkSync(join(elsewhere, 'jatim.yaml'), join(dir, 'data/partners/jatim.yaml'));
      return { [elsewhere]: '/shared' };
    },
  },
  'file-misplaced': {
    files: { 'data/jatim.yaml': JATIM },
    note: 'The file is directly in data/, not in data/partners/.',
  },
  'file-wrong-folder': {
    files: { 'data/agreements/jatim.yaml': JATIM },
    note: 'A partner saved in data/agreements/: one error saying so, instead of every field an agreement misses and every partner field it does not know. Said only when the file is a complete record of exactly one other kind.',
  },
  'file-extension': {
    files: { 'data/partners/jatim.yaml.txt': JATIM },
    note: 'Saved with Windows Notepad, whose "Save as type: Text Documents" added .txt to the name (Explorer hides it). Word\'s .docx after .yaml or .yml, and spaces or dots after them, are said the same way; when a file with the name to give it is already there (in any case, or under the other ending: .yml for .yaml), the hint names it and says to keep one of the two.',
  },

  // ---- YAML -----------------------------------------------------------------------------------
  'yaml-syntax': {
    files: { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\naliases: [Jatim, Pemprov Jatim\ncountry: ID\n' },
    note: 'The list after aliases: is never closed. The hint is then the general one; for the two slips people make most it gives the line to write instead: a colon and a space inside an unquoted value (`title: Rapat: tindak lanjut LoI`: put the value in quotes, `title: "Rapat: tindak lanjut LoI"`), and a key with no space after its colon (`title:Rapat`: `title: Rapat`).',
  },
  'yaml-version': {
    files: { 'data/partners/jatim.yaml': '%YAML 1.1\n---\nname: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' },
  },
  'yaml-duplicate-key': {
    files: { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\nname: Pemprov Jatim\n' },
  },
  'yaml-multi-document': {
    files: { 'data/partners/jatim.yaml': `${JATIM}---\nname: Provinsi Bali\ntype: province\ncountry: ID\n` },
    note: 'Two records in one file. The first is still checked.',
  },
  'yaml-tab-indent': {
    files: { 'data/partners/jatim.yaml': `${JATIM}contacts:\n\t- name: Biro Kerja Sama\n` },
    note: 'The line under contacts: starts with a tab.',
  },
  'yaml-alias': {
    files: { 'data/partners/jatim.yaml': 'name: &name Provinsi Jawa Timur\naliases: [*name]\ntype: province\ncountry: ID\n' },
  },
  'yaml-merge-key': {
    files: { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\n<<: {type: province, country: ID}\n' },
  },
  'yaml-custom-tag': {
    files: { 'data/partners/jatim.yaml': 'name: !upper provinsi jawa timur\ntype: province\ncountry: ID\n' },
  },
  'yaml-too-deep': {
    files: { 'data/partners/jatim.yaml': `${JATIM}notes: ${'['.repeat(1000)}${']'.repeat(1000)}\n` },
    note: 'notes: holds a list nested 1,000 levels deep.',
  },

  // ---- schema ---------------------------------------------------------------------------------
  'schema-required': {
    files: { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ncountry: ID\n' },
    note: 'type: is missing.',
  },
  'schema-unknown-field': {
    files: { 'data/partners/jatim.yaml': `${JATIM}webiste: https://jatimprov.go.id\n` },
  },
  'schema-type': {
    files: { 'data/partners/jatim.yaml': `${JATIM}aliases: Jatim\n` },
    note: 'aliases: takes a list, even of one name.',
  },
  'schema-enum': {
    files: { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: provinse\ncountry: ID\n' },
  },
  'schema-format': {
    files: {
      'data/partners/jatim.yaml': JATIM,
      'data/activities/jatim-visit-2024.yaml': 'title: Kunjungan kerja ke Jawa Timur\ntype: visit\npartners: [jatim]\nstart: 2024-02-30\n',
    },
    note: 'February has no 30th day.',
  },
  'text-control-character': {
    files: { 'data/partners/jatim.yaml': 'name: "Provinsi Jawa Timur\\e[2J"\ntype: province\ncountry: ID\n' },
    note: 'The name holds an ESC character (written "\\e" in a double-quoted YAML string): shown on a terminal it would clear the screen.',
  },
  'schema-pattern': {
    files: { 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: Indonesia\n' },
  },
  'schema-constraint': {
    files: { 'data/agreements/ntb-jatim-mou-2024.yaml': 'title: Kesepakatan Bersama NTB – Jawa Timur\ncategory: KSDD\ndocument_type: mou\npartners: []\nstatus: draft\n' },
  },
  'schema-one-of': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('effective: 2024-03-01\nend: five years\n') },
  },

  // ---- config ---------------------------------------------------------------------------------
  'config-invalid': {
    files: { 'kerjasama.yaml': `${MINIMAL_CONFIG}timezone: Asia/Mataram\n` },
    note: 'A broken kerjasama.yaml stops every command with exit code 2, before any record is checked.',
  },

  // ---- identity -------------------------------------------------------------------------------
  'id-invalid': {
    files: { 'data/partners/Jawa Timur.yaml': JATIM },
  },
  'id-mismatch': {
    files: { 'data/partners/jatim.yaml': `id: jawa-timur\n${JATIM}` },
  },
  'id-duplicate': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/partners/provinsi/jatim.yaml': JATIM },
    note: 'Sub-folders are allowed, but the file name is the id, so it must be unique per kind.',
  },

  // ---- references -----------------------------------------------------------------------------
  'unknown-partner': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd().replace('[jatim]', '[jtim]') },
  },
  'unknown-agreement': {
    files: { 'data/activities/jatim-visit-2024.yaml': 'title: Kunjungan kerja ke Jawa Timur\ntype: visit\nagreements: [ntb-jatim-mou-2024]\nstart: 2024-05-14\n' },
    note: 'data/agreements/ntb-jatim-mou-2024.yaml does not exist.',
  },
  'unknown-parent': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-pks-2024.yaml': ksdd('parent: ntb-jatim-mou-2023\n').replace('document_type: mou', 'document_type: pks') },
  },
  'unknown-renews': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('renews: ntb-jatim-mou-2019\n') },
  },
  'renewal-loop': {
    files: {
      'data/partners/jatim.yaml': JATIM,
      'data/agreements/ntb-jatim-mou-2019.yaml': ksdd('renews: ntb-jatim-mou-2024\n'),
      'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('renews: ntb-jatim-mou-2019\n'),
    },
  },
  'parent-loop': {
    files: {
      'data/partners/jatim.yaml': JATIM,
      'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('parent: ntb-jatim-pks-2024\n'),
      'data/agreements/ntb-jatim-pks-2024.yaml': ksdd('parent: ntb-jatim-mou-2024\n').replace('document_type: mou', 'document_type: pks'),
    },
  },
  'signature-party': {
    files: {
      'data/partners/jatim.yaml': JATIM,
      'data/partners/bali.yaml': 'name: Provinsi Bali\ntype: province\ncountry: ID\n',
      'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('signatures:\n  - party: ntb\n  - party: bali\n'),
    },
  },

  // ---- dates ----------------------------------------------------------------------------------
  'date-order': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('effective: 2024-03-01\nend: 2023-02-28\n') },
  },
  'activity-outside-agreement': {
    files: {
      'data/partners/jatim.yaml': JATIM,
      'data/agreements/ntb-jatim-mou-2021.yaml': ksdd('effective: 2021-03-01\nend: 2024-02-29\n', 'expired'),
      'data/activities/jatim-visit-2025.yaml': 'title: Kunjungan kerja ke Jawa Timur\ntype: visit\nagreements: [ntb-jatim-mou-2021]\nstart: 2025-05-14\n',
    },
  },

  // ---- status ---------------------------------------------------------------------------------
  'status-contradicted': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2021.yaml': ksdd('effective: 2021-03-01\nend: 2026-02-28\n', 'active') },
    note: 'Checked as of 2026-11-22, after the end date.',
  },
  'termination-mismatch': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2021.yaml': ksdd('effective: 2022-03-01\nend: 2026-12-31\ntermination: {date: 2024-06-30, reason: ended by mutual consent}\n', 'active') },
    note: 'The other way round, status: terminated without termination:, gives the same code.',
  },

  'renewal-not-on-record': {
    files: {
      'data/partners/shizuoka.yaml': SHIZUOKA,
      'data/agreements/ntb-shizuoka-renewal-2015.yaml': 'title: Pembaruan sister province NTB – Shizuoka\ncategory: KSDPL\nsubform: provinsi_kembar\ndocument_type: renewal\npartners: [shizuoka]\neffective: 2015-03-01\nend: {term: 5y}\nrenews_every: 5y\nstatus: active\napprovals:\n  dprd: {number: "170/3/DPRD/2015", date: 2015-01-20}\n  central: {number: "100/512/OTDA", date: 2015-02-10}\n',
    },
    note: 'The tie is renewed every five years; the renewal of 2020 is not on file. The report lists it under "renewal not on record", not as overdue.',
  },
  'signing-overdue': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-pks-2024.yaml': ksdd('planned_signing: 2024-10\n', 'negotiating') },
    note: 'Planned for October 2024, still negotiating two years later (checked as of 2026-11-22).',
  },
  'stale-facts': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2015.yaml': ksdd('effective: ~2015\nend: none\nconfirmed: 2017-06\n', 'active') },
    note: 'The status was last confirmed in June 2017; the default thresholds.stale_after is 3 years.',
  },

  // ---- domain rules ---------------------------------------------------------------------------
  'category-partner': {
    files: {
      'data/partners/pt-lombok-energi.yaml': 'name: PT Lombok Energi\ntype: company\ncountry: ID\n',
      'data/agreements/ntb-lombok-energi-2024.yaml': 'title: Kerja sama energi terbarukan\ncategory: KSDD\ndocument_type: pks\npartners: [pt-lombok-energi]\nstatus: draft\n',
    },
    note: 'KSDD is for agreements between Indonesian regions; a company makes it KSDPK.',
  },
  'subform-category': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('subform: provinsi_kembar\n') },
  },
  'approval-missing': {
    files: {
      'data/partners/shizuoka.yaml': SHIZUOKA,
      'data/agreements/ntb-shizuoka-mou-2024.yaml': 'title: MoU NTB – Shizuoka\ncategory: KSDPL\nsubform: provinsi_kembar\ndocument_type: mou\npartners: [shizuoka]\neffective: 2024-03-01\nend: {term: 5y}\nstatus: active\n',
    },
  },
  'term-too-long': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('effective: 2024-03-01\nend: {term: 10y}\n', 'active') },
    note: 'The default maximum term is 5 years (thresholds.max_term in kerjasama.yaml).',
  },
  'country-no-relations': {
    files: { 'data/partners/tel-aviv-univ.yaml': 'name: Tel Aviv University\ntype: university\ncountry: IL\n' },
  },
  'country-special-rules': {
    files: { 'data/partners/teto.yaml': 'name: Taipei Economic and Trade Office\ntype: foreign_institution\ncountry: TW\n' },
  },
  'unknown-country': {
    files: { 'data/partners/uk-embassy.yaml': 'name: British Embassy Jakarta\ntype: foreign_government\ncountry: UK\n' },
    note: 'The ISO code of the United Kingdom is GB.',
  },
  'unknown-sector': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/agreements/ntb-jatim-mou-2024.yaml': ksdd('sectors: [pariwisata, pendidkan]\n') },
  },
  'partner-duplicate': {
    files: { 'data/partners/jatim.yaml': JATIM, 'data/partners/pemprov-jatim.yaml': 'name: Pemerintah Provinsi Jawa Timur\ntype: province\ncountry: ID\n' },
  },

  'agreement-duplicate': {
    files: {
      'data/partners/jatim.yaml': JATIM,
      'data/agreements/ntb-jatim-mou-2023.yaml': ksdd('signatures: [{ party: ntb, date: 2023-02-27 }, { party: jatim, date: 2023-02-27 }]\n', 'active'),
      'data/agreements/ntb-jatim-mou-2026.yaml': ksdd('signatures: [{ party: ntb, date: 2023-02-27 }, { party: jatim, date: 2023-02-27 }]\n', 'active'),
    },
    note: 'The 2026 file was copied from the 2023 one to start a new record, and its signatures were never changed.',
  },

  // ---- identifiers ----------------------------------------------------------------------------
  'iso3166-country': {
    files: { 'data/partners/kyoto.yaml': 'name: Prefektur Kyoto\ntype: foreign_subnational\ncountry: KR\nids:\n  iso3166_2: JP-26\n' },
    note: 'JP-26 is Kyoto Prefecture in Japan; the country was written wrong.',
  },
  'kemendagri-country': {
    files: { 'data/partners/kyoto.yaml': "name: Prefektur Kyoto\ntype: foreign_subnational\ncountry: JP\nids:\n  kemendagri: '34'\n" },
    note: 'A kode wilayah (34 is DI Yogyakarta) names an Indonesian region only; Kyoto Prefecture is JP-26 in ISO 3166-2.',
  },
  'kemendagri-level': {
    files: { 'data/partners/mataram.yaml': "name: Kota Mataram\ntype: city\ncountry: ID\nids:\n  kemendagri: '52'\n" },
    note: "52 is the province of Nusa Tenggara Barat; Kota Mataram is 52.71.",
  },
  'same-identifier': {
    files: {
      'data/partners/jatim.yaml': "name: Provinsi Jawa Timur\ntype: province\ncountry: ID\nids:\n  kemendagri: '35'\n",
      'data/partners/east-java.yaml': "name: East Java\ntype: province\ncountry: ID\nids:\n  kemendagri: '35'\n",
    },
  },
  'iso3166-missing': {
    files: { 'kerjasama.yaml': `${MINIMAL_CONFIG}checks:\n  iso3166_2_required: true\n`, 'data/partners/shizuoka.yaml': SHIZUOKA },
    note: 'Off unless kerjasama.yaml turns it on (checks.iso3166_2_required).',
  },
  'owner-identifier': {
    files: {
      'kerjasama.yaml': `${MINIMAL_CONFIG}owner_ids:\n  kemendagri: '53'\n`,
      'data/partners/ntb.yaml': "name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\nids:\n  kemendagri: '52'\n",
    },
    note: 'Nusa Tenggara Barat is 52; 53 is Nusa Tenggara Timur.',
  },

  // ---- federation: identity.yaml over member registers ------------------------------------------
  'identity-unknown': {
    federation: true,
    files: federation('same:\n  - [34:kyoto, 35:kyoto-prefectur]\n'),
    shown: ['identity.yaml'],
    note: 'Jawa Timur\'s file is kyoto-prefecture.yaml: its id is kyoto-prefecture.',
  },
  'identity-contradiction': {
    federation: true,
    shown: ['jatim/data/partners/diy.yaml', 'identity.yaml'],
    files: federation('different:\n  - [34:diy, 35:diy]\n', { 'jatim/data/partners/diy.yaml': "name: Daerah Istimewa Yogyakarta\ntype: province\ncountry: ID\nids:\n  kemendagri: '34'\n" }),
    note: 'Both records of DIY give the region code 34: they are one partner whatever identity.yaml says.',
  },
  'identity-identifier-conflict': {
    federation: true,
    shown: ['jatim/data/partners/kyoto-prefecture.yaml', 'identity.yaml'],
    files: federation('same:\n  - [34:kyoto, 35:kyoto-prefecture]\n', { 'jatim/data/partners/kyoto-prefecture.yaml': 'name: Kyoto Prefecture\ntype: foreign_subnational\ncountry: JP\nids:\n  iso3166_2: JP-27\n' }),
    note: 'Kyoto is JP-26; JP-27 is Osaka.',
  },
  'acknowledged-unknown-field': {
    federation: true,
    files: federation('same:\n  - [34:kyoto, 35:kyoto-prefecture]\nacknowledged:\n  - partner: 34:kyoto\n    field: names\n'),
    shown: ['identity.yaml'],
  },
  'acknowledged-stale': {
    federation: true,
    files: federation('same:\n  - [34:kyoto, 35:kyoto-prefecture]\nacknowledged:\n  - partner: 34:kyoto\n    field: type\n    note: Jawa Timur called it a foreign government until 2026\n'),
    shown: ['identity.yaml'],
    note: 'Both members now record Kyoto Prefecture as a foreign regional government.',
  },
};

const outside: string[] = [];

/** Writes a reproducer's register (makeRegister, then its set-up); returns the register and the outside paths to hide. */
export function materialise(r: Reproducer): { dir: string; hide: Record<string, string> } {
  if (r.federation) return { dir: makeRegister(r.files, { bare: true }), hide: {} };
  const dir = makeRegister(r.files);
  mkdirSync(join(dir, 'data/partners'), { recursive: true });
  const hide = r.setup ? r.setup(dir) : {};
  outside.push(...Object.keys(hide));
  return { dir, hide };
}

/** Removes every register and outside folder materialise made. */
export function cleanupReproducers(): void {
  cleanup();
  for (const p of outside.splice(0)) rmSync(p, { recursive: true, force: true });
}
