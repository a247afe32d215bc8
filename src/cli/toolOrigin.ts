// Where the running copy of kerjasama came from, for `kerjasama init`, so that the register's package.json
// pins something that installs: the version when it came from the npm registry, the git URL and release
// tag (or commit) when it came from git, the tarball when it came from one. What npm records decides:
// a project's or npx's lockfile (node_modules/.package-lock.json, package-lock.json) holds the `resolved`
// source of every package. A global install keeps no such record; there the registry is asked whether it
// has this version, and a release tag's own stamp (dist/release.json, written by scripts/tag-release.mjs)
// names the tag and the repository. A clone of kerjasama is its release tag only when HEAD is one.
// Whatever cannot be known is said, with the --tool choices (never a guess that fails at npm install).

import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { git, GitError, remoteRefs } from '../load/git.js';
import { t, type Say } from './messages.js';

export type ToolOrigin =
  | { kind: 'registry'; version: string }
  | { kind: 'git'; url: string; ref: string }
  | { kind: 'tarball'; path: string }
  | { kind: 'unknown'; why: 'clone' | 'global' | 'folder' };

const isFile = (p: string): boolean => {
  try {
    return lstatSync(p).isFile();
  } catch {
    return false;
  }
};
const exists = (p: string): boolean => {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
};

function readJson(p: string): unknown {
  try {
    return isFile(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/** A git remote as npm writes a git dependency: git+https://…, git+ssh://…, git+file:///…. */
export function npmGitUrl(remote: string): string | undefined {
  const r = remote.trim();
  if (/^git\+(https?|ssh|file):\/\//.test(r)) return r;
  if (/^(https?|ssh|file):\/\//.test(r)) return `git+${r}`;
  if (/^git:\/\//.test(r)) return r;
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.+)$/.exec(r);
  if (scp) return `git+ssh://${scp[1]}/${scp[2]}`;
  if (r.startsWith('/')) return `git+file://${r}`;
  return undefined;
}

/** The URL git itself takes for an npm git spec (git+https://… → https://…), and the #fragment. */
export function splitGitSpec(spec: string): { url: string; ref: string | undefined } {
  const hash = spec.indexOf('#');
  const base = hash < 0 ? spec : spec.slice(0, hash);
  const ref = hash < 0 ? undefined : spec.slice(hash + 1);
  return { url: base.replace(/^git\+/, ''), ref: ref === '' ? undefined : ref };
}

/** Whether an npm install spec names a git repository. */
export function isGitSpec(spec: string): boolean {
  return /^git(\+[a-z]+)?:\/\//i.test(spec) || /^(github|gitlab|bitbucket):/i.test(spec) || /\.git(#.*)?$/.test(spec);
}

/** The release tag a remote lists for this commit, if any (v1.2.3 first). */
function tagFor(url: string, commit: string): string | undefined {
  try {
    const tags = [...remoteRefs(url)].filter(([name, id]) => name.startsWith('refs/tags/') && id === commit).map(([name]) => name.slice('refs/tags/'.length));
    return tags.find((t) => /^v\d+\.\d+\.\d+/.test(t)) ?? tags[0];
  } catch {
    return undefined;
  }
}

/** The lockfile entry npm wrote for the package installed at `root` (…/node_modules/kerjasama), if any. */
function lockedSource(root: string): { resolved: string; project: string } | undefined {
  const nm = dirname(root);
  if (basename(nm) !== 'node_modules') return undefined;
  const project = dirname(nm);
  const key = `node_modules/${basename(root)}`;
  for (const lock of [join(nm, '.package-lock.json'), join(project, 'package-lock.json'), join(project, 'npm-shrinkwrap.json')]) {
    const data = readJson(lock) as { packages?: Record<string, { resolved?: unknown }> } | undefined;
    const resolved = data?.packages?.[key]?.resolved;
    if (typeof resolved === 'string' && resolved !== '') return { resolved, project };
  }
  return undefined;
}

/** A clone of kerjasama: its release tag and remote when HEAD is a tagged commit that holds the built dist/. */
function fromClone(root: string): ToolOrigin {
  try {
    const tags = git(root, ['tag', '--points-at', 'HEAD']).toString('utf8').split('\n').filter((t) => t !== '');
    const tag = tags.find((t) => /^v\d+\.\d+\.\d+/.test(t)) ?? tags[0];
    git(root, ['cat-file', '-e', 'HEAD:dist/cli/run.js']);
    const remote = npmGitUrl(git(root, ['remote', 'get-url', 'origin']).toString('utf8'));
    if (tag && remote) return { kind: 'git', url: remote, ref: tag };
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
  }
  return { kind: 'unknown', why: 'clone' };
}

/** Whether the npm registry (the user's, as npm is configured) has this version of kerjasama. */
function onRegistry(name: string, version: string, env: Readonly<Record<string, string | undefined>>): boolean {
  try {
    const out = execFileSync('npm', ['view', `${name}@${version}`, 'version', '--json'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
      env: { ...env, npm_config_update_notifier: 'false' },
    }).toString('utf8');
    const v = JSON.parse(out === '' ? 'null' : out) as unknown;
    return v === version || (Array.isArray(v) && v.includes(version));
  } catch {
    return false;
  }
}

/**
 * Where the copy of kerjasama installed at `root` came from. `env` is the environment npm runs in (the
 * registry check of a global install).
 */
export function toolOrigin(root: string, name: string, version: string, env: Readonly<Record<string, string | undefined>>): ToolOrigin {
  let real = root;
  try {
    real = realpathSync(root);
  } catch {
    // As given.
  }
  if (exists(join(real, '.git'))) return fromClone(real);

  const locked = lockedSource(root) ?? (real !== root ? lockedSource(real) : undefined);
  if (locked) {
    const { resolved, project } = locked;
    const registry = new RegExp(`^https?://.+/${name}/-/${name}-([^/]+)\\.tgz(\\?.*)?$`).exec(resolved);
    if (registry) return { kind: 'registry', version: registry[1] as string };
    if (isGitSpec(resolved)) {
      const { url, ref } = splitGitSpec(resolved);
      const base = resolved.slice(0, resolved.length - (ref ? ref.length + 1 : 0));
      const tag = ref && /^[0-9a-f]{40}$/.test(ref) ? tagFor(url, ref) : undefined;
      return { kind: 'git', url: base, ref: tag ?? ref ?? 'HEAD' };
    }
    if (resolved.startsWith('file:')) {
      const path = resolve(project, resolved.slice('file:'.length));
      if (/\.(tgz|tar\.gz)$/i.test(path)) return { kind: 'tarball', path };
      return exists(join(path, '.git')) ? fromClone(path) : { kind: 'unknown', why: 'folder' };
    }
    if (/^https?:\/\//.test(resolved)) return { kind: 'tarball', path: resolved };
  }

  // A global install (npm keeps no record of its source), or a copy unpacked by hand.
  if (onRegistry(name, version, env)) return { kind: 'registry', version };
  const stamp = readJson(join(real, 'dist', 'release.json')) as { tag?: unknown; repository?: unknown } | undefined;
  if (stamp && typeof stamp.tag === 'string' && typeof stamp.repository === 'string') {
    const url = npmGitUrl(stamp.repository);
    if (url) return { kind: 'git', url, ref: stamp.tag };
  }
  return { kind: 'unknown', why: 'global' };
}

/** The npm install spec for an origin that is known (a tarball path is made relative to the register by the caller). */
export function originSpec(origin: Exclude<ToolOrigin, { kind: 'unknown' }>): string {
  switch (origin.kind) {
    case 'registry':
      return origin.version;
    case 'git':
      return `${origin.url}#${origin.ref}`;
    case 'tarball':
      return origin.path;
  }
}

/**
 * Why a git spec would not install, or undefined when git reaches the repository and finds its ref (a
 * branch or tag by name; a full commit id is taken as given once the repository answers; semver: ranges
 * are left to npm).
 */
export function gitSpecProblem(spec: string): Say | undefined {
  const { url, ref } = splitGitSpec(spec);
  if (/^(github|gitlab|bitbucket):/i.test(url)) return undefined;
  let refs: Map<string, string>;
  try {
    refs = remoteRefs(url);
  } catch (err) {
    if (err instanceof GitError) return (lang) => err.text(lang);
    throw err;
  }
  if (ref === undefined || /^[0-9a-f]{7,40}$/.test(ref) || ref.startsWith('semver:')) return undefined;
  if (refs.has(`refs/tags/${ref}`) || refs.has(`refs/heads/${ref}`) || refs.has(ref)) return undefined;
  return (lang) => t(lang, 'toolNoRef', { ref });
}
