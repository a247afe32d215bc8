// kerjasama diff <base> [<head>]: the register at two git revisions (head: the working tree), compared
// in domain terms, with the validation delta; exit 1 when the head introduces errors.

import { commitText } from '../render/provenance.js';
import { runChecks } from '../check/index.js';
import { finalise } from '../model/diagnostics.js';
import { configData, loadFrom, loadRegister, type Loaded } from '../load/load.js';
import { GitError, gitCommit, gitRegister, resolveRevision } from '../load/git.js';
import { gitSource } from '../load/gitSource.js';
import { diffReport, type DiffSide } from '../report/diff.js';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffAsJson, diffAsMarkdown, diffAsText, fitComment } from '../render/diff.js';
import { recordNames } from '../view/records.js';
import { chooseAsOf, chooseLang, chooseStyle, emit, resolveRoot, sayWritten, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';
import { say, t } from './messages.js';

export interface DiffOptions extends GlobalOptions { format?: string; output?: string; force?: boolean }

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

function side(loaded: Loaded, label: string, asOf: number): DiffSide {
  const checks = loaded.locateAll(runChecks(loaded.dataset, asOf));
  const config = configData(loaded);
  return { label, dataset: loaded.dataset, diagnostics: finalise([...loaded.diagnostics, ...checks]), source: loaded.source, ...(config ? { config } : {}) };
}

export function diffCommand(io: IO, base: string, head: string | undefined, opts: DiffOptions): number {
  const format = opts.format ?? 'text';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(say('formatInvalid', { formats: DIFF_FORMATS.join(', '), value: format }));
  const root = resolveRoot(io, opts);
  let baseLoaded: Loaded;
  let headLoaded: Loaded;
  let baseLabel: string;
  let headLabel: string;
  try {
    const repo = gitRegister(root);
    const baseCommit = resolveRevision(repo, base);
    baseLabel = `${base} (${baseCommit.slice(0, 12)})`;
    baseLoaded = loadFrom(gitSource(repo, baseCommit, baseLabel));
    if (head === undefined) {
      headLoaded = loadRegister(root);
      // The commit it stands on (and its uncommitted changes, in words, when its files differ): a
      // pull-request comment, updated on each push, then says which push it describes.
      const at = gitCommit(root)?.replace(/^([0-9a-f]{12})[0-9a-f]*/, '$1');
      const headLang = chooseLang(io, opts, headLoaded.config.language);
      headLabel = t(headLang, 'workingTree') + (at ? ` (${commitText(at, headLang)})` : '');
    } else {
      const headCommit = resolveRevision(repo, head);
      headLabel = `${head} (${headCommit.slice(0, 12)})`;
      headLoaded = loadFrom(gitSource(repo, headCommit, headLabel));
    }
  } catch (err) {
    if (err instanceof GitError) {
      throw new UsageError(/not a git repository/i.test(err.message) ? say('notGit', { root }) : (lang) => t(lang, 'diffGit', { message: err.text(lang) }));
    }
    throw err;
  }
  const lang = chooseLang(io, opts, headLoaded.config.language);
  const asOf = chooseAsOf(io, opts, headLoaded.config.timezone);
  const report = diffReport(side(baseLoaded, baseLabel, asOf), side(headLoaded, headLabel, asOf), asOf, { inactivityWindow: headLoaded.config.inactivityWindow });
  const words = { extraSectors: headLoaded.config.extraSectors, name: recordNames(headLoaded.dataset, baseLoaded.dataset) };
  const text =
    format === 'json' ? diffAsJson(report, lang, words)
    : format === 'markdown' ? commentMarkdown(io, diffAsMarkdown(report, lang, words), lang)
    : diffAsText(report, lang, opts.output ? chooseStyle(io, { color: false }) : chooseStyle(io, opts), words);
  emit(io, text, opts.output, opts.force);
  sayWritten(io, opts.output, 'diff', format, lang, asOf);
  return report.validation.introduced.some((d) => d.severity === 'error') ? 1 : 0;
}

/**
 * The Markdown for a pull-request comment, cut to GitHub's comment limit. Under GitHub Actions the whole
 * of it goes to the job summary first ($GITHUB_STEP_SUMMARY), and the cut comment points there.
 */
function commentMarkdown(io: IO, md: string, lang: 'en' | 'id'): string {
  let inSummary = false;
  const summary = io.env['GITHUB_ACTIONS'] === 'true' ? io.env['GITHUB_STEP_SUMMARY'] : undefined;
  if (summary) {
    try {
      appendFileSync(resolve(io.cwd, summary), md);
      inSummary = true;
    } catch (err) {
      io.stderr(`kerjasama: ${t(lang, 'summaryWriteFailed', { path: summary, reason: (err as Error).message })}\n`);
    }
  }
  const url = runUrl(io.env);
  return fitComment(md, lang, { inSummary, ...(inSummary && url ? { summaryUrl: url } : {}) });
}

/** The Actions run's page, from GitHub's variables; only when each looks as GitHub sets it. */
function runUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const server = env['GITHUB_SERVER_URL'] ?? '';
  const repo = env['GITHUB_REPOSITORY'] ?? '';
  const run = env['GITHUB_RUN_ID'] ?? '';
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^\d+$/.test(run)) return undefined;
  return `${server}/${repo}/actions/runs/${run}`;
}
