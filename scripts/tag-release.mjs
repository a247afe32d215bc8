#!/usr/bin/env node
// npm run release:tag: tags the release vX.Y.Z (the version in package.json) on a commit that holds the
// built dist/, so that installs from git (npm install git+https://…#vX.Y.Z, pre-commit's rev: vX.Y.Z) need
// no build and no devDependencies. npm (pacote) prepares a git dependency, i.e. installs its devDependencies and
// runs its scripts, when package.json has any of prepare, prepack, build, preinstall, install or postinstall;
// kerjasama has none of them (its compile step is `npm run compile`), so a tagged commit installs as it is.
// The tagged commit is a child of HEAD that only adds dist/; main itself never carries the built files.
// It is made with git's plumbing and a temporary index: the working tree and the branch are untouched.
// See docs/releasing.md.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tag = `v${version}`;
const run = (cmd, argv, env = {}) => execFileSync(cmd, argv, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const fail = (msg) => {
  process.stderr.write(`release:tag: ${msg}\n`);
  process.exit(1);
};

if (run('git', ['status', '--porcelain', '--untracked-files=no']) !== '') fail('the working tree has uncommitted changes; commit them first');
if (run('git', ['tag', '--list', tag]) !== '') fail(`the tag ${tag} exists already; bump the version in package.json (npm version --no-git-tag-version patch)`);
if (build) execFileSync('npm', ['run', 'compile'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

/** The repository's URL: package.json's repository, else the remote origin; undefined when neither is set. */
function repository() {
  const { repository: repo } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const url = typeof repo === 'string' ? repo : repo?.url;
  if (typeof url === 'string' && url !== '') return url;
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const index = join(run('git', ['rev-parse', '--absolute-git-dir']), `kerjasama-release-${process.pid}.index`);
try {
  const env = { GIT_INDEX_FILE: index };
  run('git', ['read-tree', 'HEAD'], env);
  run('git', ['add', '--force', '--', 'dist'], env);
  // dist/release.json names the tag and the repository, so that `kerjasama init` run from a global install
  // of this tag (npm keeps no record of a global install's source) pins this git URL and tag. Only in the
  // tagged commit, never in the working tree's dist/ (a tarball packed there is not this release).
  const stamp = JSON.stringify({ version, tag, ...(repository() ? { repository: repository() } : {}) }, null, 2) + '\n';
  const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: root, input: stamp, encoding: 'utf8' }).trim();
  run('git', ['update-index', '--add', '--cacheinfo', `100644,${blob},dist/release.json`], env);
  const tree = run('git', ['write-tree'], env);
  const commit = run('git', ['commit-tree', tree, '-p', 'HEAD', '-m', `kerjasama ${tag}, with the built dist/ for installs from git`]);
  run('git', ['tag', '--annotate', tag, '-m', `kerjasama ${tag}`, commit]);
  process.stdout.write(`tagged ${tag} at ${commit.slice(0, 12)} (HEAD + dist/); push it with: git push origin ${tag}\n`);
} finally {
  rmSync(index, { force: true });
}
