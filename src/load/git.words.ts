// What the git runner says when git cannot answer, in English and Bahasa Indonesia. git's own complaint
// (its first line of stderr) is passed on as git wrote it.

import { w, type Catalogue } from '../model/words.js';

const fetchHint = (v: Readonly<Record<string, string | number>>): string => String(v['rev']).replace(/^origin\//, '');

export const GIT_WORDS = {
  noGit: w('git is not installed (or not on PATH)', 'git tidak terpasang (atau tidak ada di PATH)'),
  notRevision: w((v) => `${v['rev']} is not a revision`, (v) => `${v['rev']} bukan revisi`),
  notRevisionShallow: w(
    (v) => `${v['rev']} is not in this clone, which is shallow (it holds only the last commits, as CI checkouts do); fetch it first: git fetch --depth=1 origin ${fetchHint(v)} (or check out with fetch-depth: 2 and compare with HEAD^1)`,
    (v) => `${v['rev']} tidak ada di klon ini, yang dangkal (hanya memuat commit terakhir, seperti checkout CI); ambil dahulu: git fetch --depth=1 origin ${fetchHint(v)} (atau checkout dengan fetch-depth: 2 dan bandingkan dengan HEAD^1)`,
  ),
  notRevisionHere: w(
    (v) => `${v['rev']} is not a commit, branch or tag in this repository (for a pull request base, fetch it first: git fetch origin ${fetchHint(v)})`,
    (v) => `${v['rev']} bukan commit, cabang atau tag di repositori ini (untuk basis pull request, ambil dahulu: git fetch origin ${fetchHint(v)})`,
  ),
  notGitRevision: w((v) => `${v['rev']} is not a git revision`, (v) => `${v['rev']} bukan revisi git`),
  notWorkTree: w(
    (v) => `${v['root']} is not inside a git working tree (${v['git']}); --changed-since needs git`,
    (v) => `${v['root']} tidak berada dalam direktori kerja git (${v['git']}); --changed-since memerlukan git`,
  ),
  changedShallow: w(
    (v) => `${v['rev']} is not in this clone, which is shallow (it holds only the last commits, as CI checkouts do); fetch it first (git fetch --depth=1 origin ${fetchHint(v)}), or on a pull request checked out with fetch-depth: 2 use HEAD^1`,
    (v) => `${v['rev']} tidak ada di klon ini, yang dangkal (hanya memuat commit terakhir, seperti checkout CI); ambil dahulu (git fetch --depth=1 origin ${fetchHint(v)}), atau pada pull request yang di-checkout dengan fetch-depth: 2 gunakan HEAD^1`,
  ),
  changedNotHere: w(
    (v) => `${v['rev']} is not a commit in this repository (for a pull request, fetch the base first: git fetch origin main)`,
    (v) => `${v['rev']} bukan commit di repositori ini (untuk pull request, ambil basisnya dahulu: git fetch origin main)`,
  ),
  changesUnlisted: w((v) => `git could not list the changes since ${v['rev']}: ${v['git']}`, (v) => `git tidak dapat mendaftar perubahan sejak ${v['rev']}: ${v['git']}`),
  notGitUrl: w((v) => `${v['url']} is not a git URL`, (v) => `${v['url']} bukan URL git`),
  noAnswer: w((v) => `no answer within ${v['seconds']} s`, (v) => `tidak ada jawaban dalam ${v['seconds']} detik`),
} satisfies Catalogue;

export type GitWord = keyof typeof GIT_WORDS;
