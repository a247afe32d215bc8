// GitHub Actions output: workflow commands (::error file=…,line=…::message) that GitHub turns into
// annotations on the pull request, and the Markdown job summary ($GITHUB_STEP_SUMMARY).
// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest silently, so we
// choose which to annotate (errors, then files the pull request changed) and say how many were left out.

import { messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { summaryLine, type ReportScope } from './diagnosticsStylish.js';
import { visible } from './sanitise.js';
import { markdownCell } from './markdown.js';
import { PLAIN } from './style.js';
import { words } from './words.js';
import { cw } from './diagnostics.words.js';

/** GitHub's limit of annotations per step, for each of errors and warnings. */
export const ANNOTATIONS_PER_STEP = 10;
/** GitHub's limit on one step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Workflow-command message escaping, as actions/toolkit's escapeData, with no control characters. */
export function escapeData(s: string): string {
  // Controls other than line breaks shown visibly first: the log viewer would otherwise read ESC sequences.
  return visible(s, { newlines: true, tabs: true, cr: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping, as actions/toolkit's escapeProperty. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One diagnostic as a workflow command; `prefix` turns register paths into repository paths. */
export function annotationOf(d: Diagnostic, lang: Lang, prefix: string): string {
  const { message, hint } = messageOf(d, lang);
  const props: Array<[string, string | number | undefined]> = [['file', prefix + d.file]];
  if (d.line !== undefined) {
    props.push(['line', d.line]);
    // Columns only make sense on one line; GitHub rejects them when the lines differ.
    const oneLine = d.endLine === undefined || d.endLine === d.line;
    if (oneLine) props.push(['col', d.column]);
    props.push(['endLine', d.endLine ?? d.line]);
    if (oneLine && d.column !== undefined) props.push(['endColumn', d.endColumn]);
  }
  props.push(['title', d.code]);
  const p = props.filter((x): x is [string, string | number] => x[1] !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  const text = hint ? `${message}\n${words(lang).hint}: ${hint}` : message;
  return `::${d.severity} ${p.join(',')}::${escapeData(text)}`;
}

export interface Selection { annotate: Diagnostic[]; left: { errors: number; warnings: number } }

/** The diagnostics to annotate: errors before warnings, files in `changed` first, at most `limit` of each. */
export function chooseAnnotations(diags: readonly Diagnostic[], changed?: ReadonlySet<string>, limit = ANNOTATIONS_PER_STEP): Selection {
  const rank = (d: Diagnostic): number => (changed && !changed.has(d.file) ? 1 : 0);
  const pick = (sev: Diagnostic['severity']): { take: Diagnostic[]; left: number } => {
    // Array.prototype.sort is stable: within a rank, the finalised order (file, line, column) stays.
    const all = diags.filter((d) => d.severity === sev).sort((a, b) => rank(a) - rank(b));
    return { take: all.slice(0, limit), left: Math.max(0, all.length - limit) };
  };
  const e = pick('error');
  const w = pick('warning');
  return { annotate: [...e.take, ...w.take], left: { errors: e.left, warnings: w.left } };
}

export interface GithubOptions {
  lang: Lang;
  /** The register root's folder in the repository, "" or ending in "/". */
  prefix: string;
  /** Files (register paths) the pull request changed: annotated first. */
  changed?: ReadonlySet<string>;
  /** Where the reader finds every problem when some are not annotated. */
  fullList: 'summary' | 'log' | 'none';
  /** Record files checked: when given, the summary line ends the output. */
  fileCount?: number;
  /** validate --changed-since or paths: what the summary line covers, and what was found elsewhere. */
  scope?: ReportScope;
}

export function diagnosticsAsGithub(diags: readonly Diagnostic[], o: GithubOptions): string {
  const sel = chooseAnnotations(diags, o.changed);
  const out = sel.annotate.map((d) => annotationOf(d, o.lang, o.prefix));
  const note = notAnnotatedNote(sel.left, o.lang, o.fullList);
  if (note) out.push(note);
  if (o.fileCount !== undefined) out.push(summaryLine(diags, { lang: o.lang, style: PLAIN, fileCount: o.fileCount, ...(o.scope ? { scope: o.scope } : {}) }));
  return out.length ? out.join('\n') + '\n' : '';
}

function notAnnotatedNote(left: Selection['left'], lang: Lang, fullList: GithubOptions['fullList'] | 'below'): string | undefined {
  if (left.errors === 0 && left.warnings === 0) return undefined;
  const w = words(lang);
  const parts = [left.errors ? w.errors(left.errors) : '', left.warnings ? w.warnings(left.warnings) : ''].filter(Boolean).join(` ${w.and} `);
  const n = ANNOTATIONS_PER_STEP;
  return cw(lang, 'notAnnotated', { parts, n, where: cw(lang, `fullList.${fullList}`) });
}

// ---- the job summary ----------------------------------------------------------------------------



export interface SummaryOptions {
  lang: Lang;
  prefix: string;
  register: string;
  fileCount: number;
  scope?: ReportScope;
  /** Files the pull request changed: their rows come first within each severity, as the annotations do. */
  changed?: ReadonlySet<string>;
  /** How many were not annotated, to say so. */
  left: Selection['left'];
}

/**
 * The job summary: counts, and a table of every diagnostic (cut only at GitHub's 1 MiB limit), in the
 * annotations' order: errors first, the pull request's files first, so that a cut drops old warnings and
 * not the change's own errors.
 */
export function githubStepSummary(all: readonly Diagnostic[], o: SummaryOptions): string {
  const diags = chooseAnnotations(all, o.changed, Number.POSITIVE_INFINITY).annotate;
  const w = words(o.lang);
  const h = (k: 'where' | 'severity' | 'code' | 'message'): string => cw(o.lang, `head.${k}`);
  const out: string[] = [`## ${cw(o.lang, 'command')}: ${markdownCell(o.register)}`, '', `**${markdownCell(summaryLine(diags, { lang: o.lang, style: PLAIN, fileCount: o.fileCount, ...(o.scope ? { scope: o.scope } : {}) }))}**`, ''];
  const note = notAnnotatedNote(o.left, o.lang, 'below');
  if (note) out.push(`> ${markdownCell(note.replace(/^kerjasama: /, ''))}`, '');
  if (diags.length === 0) return out.join('\n') + '\n';
  out.push(`| ${h('where')} | ${h('severity')} | ${h('code')} | ${h('message')} |`, '| --- | --- | --- | --- |');
  let bytes = Buffer.byteLength(out.join('\n'));
  const budget = SUMMARY_LIMIT_BYTES - 4096;
  for (let i = 0; i < diags.length; i++) {
    const d = diags[i] as Diagnostic;
    const { message, hint } = messageOf(d, o.lang);
    const pos = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
    const sev = d.severity === 'error' ? w.error : w.warning;
    const text = markdownCell(message) + (hint ? `<br>${w.hint}: ${markdownCell(hint)}` : '');
    const row = `| ${markdownCell(o.prefix + d.file + pos)} | ${sev} | \`${d.code}\` | ${text} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (bytes > budget) {
      out.push('', `> ${markdownCell(cw(o.lang, 'summaryMore', { n: diags.length - i }))}`);
      break;
    }
    out.push(row);
  }
  return out.join('\n') + '\n\n';
}
