// kerjasama validate: load → check → choose what to report (paths, --changed-since, --quiet) → render,
// and the exit code. Under GitHub Actions it also annotates the pull request and writes the job summary.

import { appendFileSync, existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from '../load/config.js';
import type * as Git from '../load/git.js';
import { RunMemo } from '../load/cache.js';
import { mayBeInGit } from '../load/folders.js';
import { fsSource, sourceTexts, type Loaded, type RegisterSource } from '../load/load.js';
import { iso } from '../model/dates.js';
import { countOf, finalise } from '../model/diagnostics.js';
import type { Config, Diagnostic, Lang } from '../model/types.js';
import type { GithubOptions } from '../render/diagnosticsGithub.js';
import { diagnosticsAsJson } from '../render/diagnosticsJson.js';
import { diagnosticsAsStylish, type ReportScope } from '../render/diagnosticsStylish.js';
import { cacheOption, outputInputs, chooseAsOf, chooseLang, chooseStyle, emit, loadOrExplain, outputPath, recordedSource, bundleSource, resolveRoot, type GlobalOptions, type Recorded, type RecordedOptions } from './common.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { VERSION } from './version.js';

export interface ValidateOptions extends GlobalOptions, RecordedOptions {
  format?: string;
  /** True when --format was on the command line, not commander's default (GitHub Actions mode then stays off). */
  formatGiven?: boolean;
  changedSince?: string;
  /** --staged: check what is staged in the git index (what the next commit records), not the working tree. */
  staged?: boolean;
  maxWarnings?: string;
  strict?: boolean;
  quiet?: boolean;
  output?: string;
  force?: boolean;
}

export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;

// The cross-record checks, git and the CI renderers are imported when a run needs them: a second run on
// an unchanged register (answered by the run memo) needs none of them.
export async function validateCommand(io: IO, paths: string[], opts: ValidateOptions): Promise<number> {
  const format = opts.format ?? 'stylish';
  if (!(DIAGNOSTIC_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(say('formatInvalid', { formats: DIAGNOSTIC_FORMATS.join(', '), value: format }));
  }
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(say('maxWarningsInvalid', { value: opts.maxWarnings }));
  }
  const recordedBy = opts.at !== undefined ? '--at' : opts.recordedAsOf !== undefined ? '--recorded-as-of' : undefined;
  if (recordedBy && (opts.staged || opts.changedSince !== undefined)) throw new UsageError(say('atConflict', { option: recordedBy, other: opts.staged ? '--staged' : '--changed-since' }));
  // Refuse early, before the job summary is written: emit() would refuse after.
  if (opts.output !== undefined && opts.output !== '-' && existsSync(outputPath(io, opts.output)) && !opts.force) {
    throw new UsageError(say('outputExists', { output: opts.output }));
  }
  const inActions = io.env['GITHUB_ACTIONS'] === 'true' && !opts.formatGiven;
  // The stylish list of the whole working tree, as a person runs it again and again: its text is kept by
  // the run memo (as a report's is), so a second run on an unchanged register reads no record file, not
  // even the few with a problem for their excerpts. What else the text depends on is in `inputs`.
  const kept = format === 'stylish' && !inActions && paths.length === 0 && !opts.staged && opts.changedSince === undefined && !recordedBy;
  const inputsOf = (config: Config): string => outputInputs(io, opts, 'validate', config);
  const opened = await openMemo(io, opts);
  if (kept && opened) {
    const config = opened.memo.config();
    const hit = config ? opened.memo.output(inputsOf(config)) : undefined;
    if (hit) {
      emit(io, hit.stdout, opts.output, opts.force);
      if (hit.stderr) io.stderr(hit.stderr);
      return hit.code;
    }
  }
  const github = format === 'github' || inActions;
  // A broken kerjasama.yaml stops the run (exit 2); in GitHub Actions its problems are annotated on its lines too.
  const annotating = github && io.env['GITHUB_ACTIONS'] === 'true' ? await Promise.all([import('../load/git.js'), import('../render/diagnosticsGithub.js')]) : undefined;
  const configErrors = annotating
    ? (diags: Diagnostic[], lang: Lang, root: string): void => {
      const [gitm, ghm] = annotating;
      (io.commands ?? io.stdout)(ghm.diagnosticsAsGithub(diags, { lang, prefix: gitm.repoPrefix(root), fullList: 'none' }));
    }
    : undefined;
  const { loaded, lang, asOfText, all, files, recorded, config, memoable } = await validateRegister(io, opts, opened, configErrors);
  const git = opts.changedSince !== undefined || opts.staged || github || format === 'sarif' || format === 'junit' ? await import('../load/git.js') : undefined;
  const scope = scopeOf(io, loaded, paths, opts.changedSince, git, opts.staged === true);
  const found = all.filter(scope.diagnostic);
  // --quiet lists errors only; the counts, the summary line and the exit code still see every warning.
  const diags = opts.quiet ? found.filter((d) => d.severity === 'error') : found;
  const c = countOf(found);
  const hiddenWarnings = c.warnings - countOf(diags).warnings;
  // Paths or --changed-since: the summary says what it covers and counts what it left out.
  const scoped: ReportScope | undefined = paths.length > 0 || opts.changedSince !== undefined
    ? { ...(opts.changedSince !== undefined ? { changedSince: opts.changedSince } : {}), outside: countOf(all.filter((d) => !scope.diagnostic(d))) }
    : undefined;
  const inScope = scoped ? { scope: scoped } : {};
  const tooManyWarnings = maxWarnings !== undefined && c.warnings > maxWarnings;
  const exitCode = c.errors > 0 || (opts.strict && c.warnings > 0) || tooManyWarnings ? 1 : 0;

  const prefix = git ? git.repoPrefix(loaded.root) : '';
  const gh = github ? await import('../render/diagnosticsGithub.js') : undefined;

  let fullList: GithubOptions['fullList'] = inActions && opts.output === undefined ? 'log' : 'none';
  let changed: ReadonlySet<string> | undefined;
  if (gh && git) {
    // With --changed-since every reported problem is in a changed file already; the pull request ranks within them.
    changed = git.pullRequestChanged(loaded.root, io.env);
    if (writeStepSummary(io, lang, () => gh.githubStepSummary(diags, { lang, prefix, register: loaded.config.name, fileCount: loaded.fileCount, ...inScope, ...(changed ? { changed } : {}), left: gh.chooseAnnotations(diags, changed).left })) && fullList === 'none') fullList = 'summary';
  }

  let text: string;
  switch (format) {
    case 'json': {
      // The commit, as reports stamp it: the one read (--at, --recorded-as-of), else the working tree's.
      const commit = recorded ? recorded.commit : (git ?? (await import('../load/git.js'))).gitCommit(loaded.root);
      text = diagnosticsAsJson(diags, {
        register: loaded.config.name, asOf: asOfText, ...(commit !== undefined ? { commit } : {}), ...(recorded?.recordedAsOf ? { recordedAsOf: recorded.recordedAsOf } : {}),
        fileCount: loaded.fileCount, lang, counts: { errors: c.errors, warnings: c.warnings },
        ...(scoped ? { outside: { errors: scoped.outside.errors, warnings: scoped.outside.warnings } } : {}),
      });
      break;
    }
    case 'github':
      text = (gh as NonNullable<typeof gh>).diagnosticsAsGithub(diags, { lang, prefix, fullList, fileCount: loaded.fileCount, ...inScope, ...(changed ? { changed } : {}) });
      break;
    case 'sarif': {
      text = (await import('../render/diagnosticsSarif.js')).diagnosticsAsSarif(diags, { lang, prefix, version: VERSION, exitCode });
      break;
    }
    case 'junit':
      text = (await import('../render/diagnosticsJunit.js')).diagnosticsAsJunit(diags, { lang, prefix, files: files.filter(scope.file) });
      break;
    default:
      {
        const width = chooseWidth(io, opts.output);
        text = diagnosticsAsStylish(diags, { lang, style: opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), source: loaded.source, fileCount: loaded.fileCount, hiddenWarnings, ...inScope, ...(width !== undefined ? { width } : {}) });
      }
  }
  // The github format is workflow commands by design (its data escaped by the renderer): printed unguarded.
  emit(format === 'github' ? { ...io, stdout: io.commands ?? io.stdout } : io, text, opts.output, opts.force);
  // In GitHub Actions without an explicit --format: the annotations too, after the human output.
  if (gh && format !== 'github') (io.commands ?? io.stdout)(gh.diagnosticsAsGithub(diags, { lang, prefix, fullList, ...(changed ? { changed } : {}) }));

  const said = tooManyWarnings && c.errors === 0 && !(opts.strict && c.warnings > 0) ? `kerjasama: ${t(lang, 'tooManyWarnings', { n: c.warnings, max: maxWarnings ?? 0 })}\n` : '';
  if (said) io.stderr(said);
  if (kept && opened && memoable) opened.keeper().setOutput(inputsOf(config), config, { stdout: text, stderr: said, code: exitCode }, opened.source.list());
  return exitCode;
}

/** From how many record files asking git what changed is cheaper than listing them (measured: issue 28, tenth round). */
const GIT_WORTH_FILES = 5000;

/**
 * The run memo of the working tree's register, when the cache is on and validate reads the working tree;
 * keyed by git's word on the register where git knows it (RunMemo.open), else by the listing. `keeper`
 * is the memo a result made now is kept in: the one the next run will open (a register found small is
 * listed next time, so its result is kept under the listing's key, from the files this run listed).
 */
async function openMemo(io: IO, opts: ValidateOptions): Promise<{ memo: RunMemo; keeper: () => RunMemo; source: RegisterSource; root: string } | undefined> {
  const cached = cacheOption(io, opts);
  if (!cached.cache || opts.staged || opts.at !== undefined || opts.recordedAsOf !== undefined) return undefined;
  // A bundle named by --register (a file, not a folder) is never cached.
  if (opts.register !== undefined && !isFolder(resolve(io.cwd, opts.register))) return undefined;
  const root = resolveRoot(io, opts);
  const source = fsSource(root);
  const cfg = source.readConfig();
  const bytes = cfg instanceof Uint8Array ? cfg : undefined;
  // git's processes cost more than listing a small register (about 40 ms against 3 ms for the example's
  // 83 files): git is asked unless the last run, or this first run's listing, found the register small (a
  // report asks git anyway).
  // KERJASAMA_GIT_FILES sets the count (the tests ask git of small registers with 0).
  const given = Number(io.env['KERJASAMA_GIT_FILES']);
  const worth = io.env['KERJASAMA_GIT_FILES'] !== undefined && Number.isInteger(given) && given >= 0 ? given : GIT_WORTH_FILES;
  // A first run (no count kept) reads every file, so it lists them anyway: that listing decides. (Asking git
  // of a small register on its first run cost 40–90 ms, most of what writing the cache added to the run.)
  const small = (RunMemo.filesKept(cached.cache, root, bytes, VERSION) ?? source.list().length) < worth;
  const state = !small && mayBeInGit(root) ? await (await import('../load/git.js')).gitStateLater(root) : undefined;
  const listed = (): RunMemo => RunMemo.open(cached.cache, root, bytes, VERSION, source.list());
  const memo = state?.tree === undefined ? listed() : RunMemo.open(cached.cache, root, bytes, VERSION, state.differ, state.tree);
  let keeper: RunMemo | undefined;
  const keep = (): RunMemo => {
    if (keeper) return keeper;
    const large = source.list().length >= worth;
    keeper = state?.tree === undefined || large ? memo : listed();
    // bin/kerjasama.js asks git before the CLI loads when the next run will ask it (src/cli/early.ts).
    keeper.markGitEarly(large);
    return keeper;
  };
  return { memo, keeper: keep, source, root };
}

/** What validate needs of a loaded register: enough to report, whether it came from a load or the run memo. */
interface Validated {
  loaded: { root: string; config: { name: string }; fileCount: number; source: (file: string) => string | undefined };
  config: Config;
  /** What this run found may be kept by the run memo (not a register read upgraded, nor one with a file that could not be read). */
  memoable: boolean;
  lang: Lang;
  asOfText: string;
  /** Every diagnostic, before the scope and --quiet choose what to report. */
  all: Diagnostic[];
  files: string[];
  /** With --at or --recorded-as-of: the commit read. */
  recorded?: Recorded;
}

/**
 * Load and check the whole register; or, with the cache on, answer from the run memo when nothing it
 * depends on changed (a second run on an unchanged register reads no record file).
 */
async function validateRegister(io: IO, opts: ValidateOptions, opened: Awaited<ReturnType<typeof openMemo>>, configErrors?: (diags: Diagnostic[], lang: Lang, root: string) => void): Promise<Validated> {
  const explain = configErrors ? { configErrors } : {};
  let memo: RunMemo | undefined;
  let source: RegisterSource | undefined;
  let recorded: Recorded | undefined;
  const bundled = bundleSource(io, opts);
  if (bundled) {
    // A bundle (--register FILE.tar.gz): its files as the loader reads a folder's, never cached; its commit is the manifest's.
    const { loaded, lang, asOf, asOfText } = loadOrExplain(io, { ...opts, cache: false }, bundled.source, explain);
    const { runChecks } = await import('../check/index.js');
    const all = finalise([...loaded.diagnostics, ...loaded.locateAll(runChecks(loaded.dataset, asOf))]);
    return {
      loaded: { root: loaded.root, config: loaded.config, fileCount: loaded.dataset.fileCount, source: loaded.source }, config: loaded.config, memoable: false, lang, asOfText, all, files: checkedFiles(loaded, all),
      ...(bundled.recorded ? { recorded: bundled.recorded } : {}),
    };
  }
  if (opts.staged) {
    source = await stagedSource(resolveRoot(io, opts));
  } else if (opts.at !== undefined || opts.recordedAsOf !== undefined) {
    // A committed register: read from git's objects, never answered by the run memo (it remembers the working tree).
    const chosen = recordedSource(io, opts, resolveRoot(io, opts));
    source = chosen?.source;
    recorded = chosen?.recorded;
  } else if (opened) {
    const root = opened.root;
    source = opened.source;
    memo = opened.memo;
    const config = memo.config();
    if (config) {
      const asOfText = iso(chooseAsOf(io, opts, config.timezone));
      const hit = memo.get(asOfText);
      if (hit) {
        return {
          loaded: { root, config: hit.config, fileCount: hit.fileCount, source: sourceTexts(source) }, config: hit.config, memoable: true,
          lang: chooseLang(io, opts, hit.config.language),
          asOfText, all: hit.diagnostics, files: hit.files,
        };
      }
    }
  }
  const { loaded, lang, asOf, asOfText } = loadOrExplain(io, opts, source, explain);
  // Cross-record checks always see the whole register; the scope only chooses what is reported.
  const { runChecks } = await import('../check/index.js');
  const all = finalise([...loaded.diagnostics, ...loaded.locateAll(runChecks(loaded.dataset, asOf))]);
  const files = checkedFiles(loaded, all);
  // A file that could not be read may become readable without its time changing: never memoised.
  // Nor is a register read upgraded from an older format: each run says so again.
  const memoable = !loaded.upgraded && !all.some((d) => d.code === 'file-unreadable');
  if (memo && memoable) {
    (opened?.keeper() ?? memo).set({ asOf: asOfText, config: loaded.config, fileCount: loaded.dataset.fileCount, files, diagnostics: all }, source?.list());
  }
  return { loaded: { root: loaded.root, config: loaded.config, fileCount: loaded.dataset.fileCount, source: loaded.source }, config: loaded.config, memoable, lang, asOfText, all, files, ...(recorded ? { recorded } : {}) };
}

/** The register as staged in the git index; exit 2 when the register is not in a git working tree. */
async function stagedSource(root: string): Promise<RegisterSource> {
  const [git, { indexSource }] = await Promise.all([import('../load/git.js'), import('../load/gitSource.js')]);
  try {
    return indexSource(git.gitRegister(root), root);
  } catch (err) {
    if (err instanceof git.GitError) throw new UsageError((lang) => t(lang, 'stagedNotGit', { root, message: err.text(lang) }));
    throw err;
  }
}

interface Scope {
  /** A file is in scope: under the paths given and, with --changed-since, changed. */
  file(file: string): boolean;
  /** A diagnostic is reported: in a file in scope, or in another file under the paths that names a changed record. */
  diagnostic(d: Diagnostic): boolean;
}

/** What to report on: the paths given (files or folders) and, with --changed-since, the changed files. */
function scopeOf(io: IO, loaded: { root: string }, paths: string[], since: string | undefined, git: typeof Git | undefined, staged: boolean): Scope {
  const wanted = paths.map((p) => {
    const abs = resolve(io.cwd, p);
    if (!existsSync(abs)) throw new UsageError(say('pathMissing', { path: p }));
    const rel = relative(loaded.root, abs).split(sep).join('/');
    if (rel.startsWith('..')) throw new UsageError(say('pathOutside', { path: p, root: loaded.root }));
    return rel;
  });
  const inPaths = (file: string): boolean => wanted.length === 0 || wanted.some((w) => w === '' || file === w || file.startsWith(w + '/'));
  if (since === undefined) return { file: inPaths, diagnostic: (d) => inPaths(d.file) };
  let changed: Set<string>;
  try {
    changed = (git as typeof Git).changedSince(loaded.root, since, { staged });
  } catch (err) {
    if (git && err instanceof git.GitError) throw new UsageError((lang) => t(lang, 'changedSince', { message: err.text(lang) }));
    throw err;
  }
  const related = namesChanged(changed);
  return { file: (f) => inPaths(f) && changed.has(f), diagnostic: (d) => inPaths(d.file) && (changed.has(d.file) || related(d)) };
}

/** Parameters that name another record (by id or file): where a change shows up in files it did not touch. */
const NAMING_PARAMS = ['ref', 'partner', 'agreement', 'party', 'other', 'otherFile', 'cycle'];

/**
 * Whether a diagnostic names a changed (or deleted, or renamed) record. Deleting a partner breaks the
 * agreements that reference it; those errors sit in files the change did not touch, but belong to it.
 */
export function namesChanged(changed: ReadonlySet<string>): (d: Diagnostic) => boolean {
  const ids = new Set<string>();
  for (const f of changed) {
    const m = /^data\/(?:partners|agreements|activities)\/(?:.*\/)?([^/]+)\.ya?ml$/i.exec(f);
    if (m?.[1]) ids.add(m[1]);
  }
  return (d) =>
    NAMING_PARAMS.some((k) => {
      const v = d.params[k];
      return typeof v === 'string' && v.split(' → ').some((x) => ids.has(x) || changed.has(x));
    });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every file validate looked at: kerjasama.yaml, the valid records, and every file with a problem. */
function checkedFiles(loaded: Loaded, all: readonly Diagnostic[]): string[] {
  const ds = loaded.dataset;
  const files = new Set<string>([CONFIG_FILE, ...all.map((d) => d.file)]);
  for (const m of [ds.partners, ds.agreements, ds.activities]) for (const r of m.values()) files.add(r.file);
  return [...files].sort();
}

/** Appends the Markdown summary to $GITHUB_STEP_SUMMARY; a failure is reported, never fatal. */
function writeStepSummary(io: IO, lang: Lang, summary: () => string): boolean {
  const path = io.env['GITHUB_STEP_SUMMARY'];
  if (!path) return false;
  try {
    appendFileSync(resolve(io.cwd, path), summary());
    return true;
  } catch (err) {
    io.stderr(`kerjasama: ${t(lang, 'summaryWriteFailed', { path, reason: (err as Error).message })}\n`);
    return false;
  }
}
