// A register with a scripted history, for the history commands' tests and golden scenarios: created,
// renamed, renewed, terminated, a back-dated commit, merges of pull requests (GitHub's merge commit and a
// squash), a direct push, a removal. Every commit has fixed author and committer dates and names, so its
// id is the same on every machine.

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, makeRegister, writeFiles, type Files } from './helpers.js';

export interface Who { name: string; email: string }
export const SITI: Who = { name: 'Siti Rahmawati', email: 'siti@biro-kerja-sama.example' };
export const BUDI: Who = { name: 'Budi Santoso', email: 'budi@biro-kerja-sama.example' };
export const ADMIN: Who = { name: 'Admin Biro', email: 'admin@biro-kerja-sama.example' };

/** git in `dir` as `who`, authored at `authored` and committed at `committed` (ISO 8601 with an offset). */
export function gitAs(dir: string, who: Who, authored: string, committed: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    env: { ...GIT_ENV, GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_AUTHOR_DATE: authored, GIT_COMMITTER_DATE: committed },
    encoding: 'utf8',
  });
}

/** Commits everything in the working tree as `who` at `when` (author and committer), or authored at `authored`. */
export function commitAll(dir: string, who: Who, when: string, message: string, authored = when): void {
  gitAs(dir, who, authored, when, 'add', '-A');
  gitAs(dir, who, authored, when, 'commit', '-q', '--allow-empty', '-m', message);
}

/** A branch's change merged into main as GitHub merges a pull request (a merge commit, the title in its body). */
export function mergePullRequest(dir: string, n: number, branch: string, author: Who, authored: string, title: string, change: () => void, merged: string): void {
  gitAs(dir, author, authored, authored, 'checkout', '-q', '-b', branch);
  change();
  commitAll(dir, author, authored, title);
  gitAs(dir, ADMIN, merged, merged, 'checkout', '-q', 'main');
  gitAs(dir, ADMIN, merged, merged, 'merge', '-q', '--no-ff', '-m', `Merge pull request #${n} from siti/${branch}\n\n${title}`, branch);
  gitAs(dir, ADMIN, merged, merged, 'branch', '-q', '-D', branch);
}

const CONFIG = 'name: Register Kerja Sama Provinsi Contoh\nowner: ntb\nlanguage: en\ntimezone: Asia/Jakarta\n';
const NTB = 'name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n';
const SHIZUOKA = 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const UNRAM = 'name: Universitas Mataram\ntype: university\ncountry: ID\n';
const PERUSAHAAN = 'name: PT Contoh Perkasa\ntype: company\ncountry: ID\n';

const MOU_2019 = (status: string, end: string): string => `title: NTB–Shizuoka, kerja sama provinsi kembar
category: KSDPL
subform: provinsi_kembar
document_type: mou
partners: [shizuoka]
signatures:
  - party: ntb
    date: 2019-04-01
  - party: shizuoka
    date: 2019-04-01
end: ${end}
status: ${status}
sectors: [pariwisata, pendidikan]
approvals:
  dprd:
    number: 12/DPRD/2019
    date: 2019-02-20
  central:
    number: 100/KEMENDAGRI/2019
    date: 2019-03-15
`;

const RENEWAL_2024 = (dprdNumber: string): string => `title: NTB–Shizuoka, perpanjangan 2024
category: KSDPL
subform: provinsi_kembar
document_type: renewal
partners: [shizuoka]
renews: ntb-shizuoka-mou-2019
signatures:
  - party: ntb
    date: 2024-01-25
  - party: shizuoka
    date: 2024-01-25
end: 2029-03-31
status: active
sectors: [pariwisata, pendidikan, kebudayaan]
approvals:
  dprd:
    number: ${dprdNumber}
    date: 2023-12-01
  central:
    number: 100/KEMENDAGRI/2024
    date: 2024-01-10
`;

const PKS = (signed: boolean): string => `title: NTB–Universitas Mataram, pelatihan vokasi
category: KSDPK
document_type: pks
partners: [unram]
${signed ? 'signatures:\n  - party: ntb\n    date: 2024-03-01\n  - party: unram\n    date: 2024-03-01\nend: 2026-02-28\n' : 'planned_signing: 2024-03\n'}status: ${signed ? 'signed' : 'draft'}
sectors: [pendidikan]
`;

const PERUSAHAAN_MOU = (terminated: boolean): string => `title: NTB–PT Contoh Perkasa, investasi pariwisata
category: KSDPK
document_type: mou
partners: [perusahaan]
signatures:
  - party: ntb
    date: 2020-08-17
  - party: perusahaan
    date: 2020-08-17
end: 2025-08-16
status: ${terminated ? 'terminated\ntermination:\n  date: 2024-03-31\n  reason: the company withdrew' : 'active'}
sectors: [pariwisata]
`;

const ACTIVITY = `title: Kunjungan delegasi Shizuoka ke Mataram
agreements: [ntb-shizuoka-renewal-2024]
type: visit
status: held
start: 2024-05-20
end: 2024-05-22
`;

/**
 * The scripted register (in Asia/Jakarta, +07:00), on branch main:
 * 1. 2024-01-10 Siti, direct: the register begins (NTB–Shizuoka MoU 2019 in force to 2024-03-31, a draft PKS
 *    with Universitas Mataram, an MoU with a company).
 * 2. 2024-02-01 pull request #1 (Siti, merged by Admin): the 2024 renewal; the 2019 MoU superseded.
 * 3. 2024-03-05 pull request #2: the PKS renamed to ntb-unram-pks-2024 and signed.
 * 4. 2024-04-02 Budi, direct push: the company MoU terminated.
 * 5. 2024-05-10 Budi, direct push authored 2023-11-01 (back-dated): the superseded MoU's end moved, and the
 *    renewal's DPRD approval number changed after signing.
 * 6. 2024-06-01 Siti, squash of pull request #3: an activity under the renewal.
 * 7. 2024-06-15 pull request #4: the company MoU removed.
 * 8. 2024-06-20 Siti, direct: the README only (no register file).
 */
export function scriptedHistory(): string {
  const dir = makeRegister({
    'kerjasama.yaml': CONFIG,
    'data/partners/ntb.yaml': NTB,
    'data/partners/shizuoka.yaml': SHIZUOKA,
    'data/partners/unram.yaml': UNRAM,
    'data/partners/perusahaan.yaml': PERUSAHAAN,
    'data/agreements/ntb-shizuoka-mou-2019.yaml': MOU_2019('active', '2024-03-31'),
    'data/agreements/ntb-unram-pks.yaml': PKS(false),
    'data/agreements/ntb-perusahaan-mou-2020.yaml': PERUSAHAAN_MOU(false),
  }, { bare: true });
  execFileSync('git', ['-C', dir, 'init', '-q', '-b', 'main'], { env: GIT_ENV });
  const put = (files: Files): void => writeFiles(dir, files);
  commitAll(dir, SITI, '2024-01-10T09:00:00+07:00', 'Register begins: the Shizuoka MoU, the Unram PKS draft, the company MoU');
  mergePullRequest(dir, 1, 'renewal-2024', SITI, '2024-01-30T10:00:00+07:00', 'Record the 2024 renewal of the Shizuoka partnership', () => put({
    'data/agreements/ntb-shizuoka-renewal-2024.yaml': RENEWAL_2024('7/DPRD/2023'),
    'data/agreements/ntb-shizuoka-mou-2019.yaml': MOU_2019('superseded', '2024-03-31'),
  }), '2024-02-01T14:00:00+07:00');
  mergePullRequest(dir, 2, 'pks-signed', SITI, '2024-03-04T11:00:00+07:00', 'The Unram PKS was signed; give it its year', () => {
    gitAs(dir, SITI, '2024-03-04T11:00:00+07:00', '2024-03-04T11:00:00+07:00', 'mv', 'data/agreements/ntb-unram-pks.yaml', 'data/agreements/ntb-unram-pks-2024.yaml');
    put({ 'data/agreements/ntb-unram-pks-2024.yaml': PKS(true) });
  }, '2024-03-05T08:30:00+07:00');
  put({ 'data/agreements/ntb-perusahaan-mou-2020.yaml': PERUSAHAAN_MOU(true) });
  commitAll(dir, BUDI, '2024-04-02T16:00:00+07:00', 'Terminate the company MoU (letter of 31 March)');
  put({
    'data/agreements/ntb-shizuoka-mou-2019.yaml': MOU_2019('superseded', '2024-01-31'),
    'data/agreements/ntb-shizuoka-renewal-2024.yaml': RENEWAL_2024('7/DPRD/2023-REV'),
  });
  commitAll(dir, BUDI, '2024-05-10T15:00:00+07:00', 'Correct the MoU end and the DPRD letter number', '2023-11-01T09:00:00+07:00');
  put({ 'data/activities/shizuoka-visit-2024.yaml': ACTIVITY });
  commitAll(dir, SITI, '2024-06-01T10:00:00+07:00', 'Record the Shizuoka delegation visit (#3)');
  mergePullRequest(dir, 4, 'remove-company', SITI, '2024-06-14T09:00:00+07:00', 'Remove the terminated company MoU: kept in the archive', () => {
    rmSync(join(dir, 'data/agreements/ntb-perusahaan-mou-2020.yaml'));
  }, '2024-06-15T13:00:00+07:00');
  writeFileSync(join(dir, 'README.md'), 'The cooperation register of Provinsi Contoh.\n');
  commitAll(dir, SITI, '2024-06-20T09:00:00+07:00', 'README');
  return dir;
}
