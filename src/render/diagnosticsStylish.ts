// The human format for diagnostics: grouped by file, each with a source excerpt and a caret under the
// offending value (as rustc and hledger do), then a hint and a summary line.

import { countOf, messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import type { Style } from './style.js';
import { words } from './words.js';
import { visible } from './sanitise.js';
import { displayWidth, wrapProse } from './wrap.js';
import { pushAll } from '../model/lists.js';

export interface DiagnosticsRenderOptions {
  lang: Lang;
  style: Style;
  /** Source text by file, for excerpts. */
  source: (file: string) => string | undefined;
  /** How many record files were checked, for the summary. */
  fileCount: number;
  /** Warnings found but not listed (validate --quiet): the summary still counts them. */
  hiddenWarnings?: number;
  /** Problems outside what validate was asked to report on (paths, --changed-since): the summary says what it covers and counts them. */
  scope?: ReportScope;
  /** The terminal's width: messages and hints wrap, source lines are cut to it. None: lines as long as they are. */
  width?: number;
  /** False: no summary line (it counts record files; a file that is not one says what to do itself). */
  summary?: boolean;
}

const MAX_SOURCE = 160;

/** A file's lines, split once per file (thousands of diagnostics in one file must not split it each time). */
const linesOf = (() => {
  let last: { text: string; lines: string[] } | undefined;
  return (text: string): string[] => {
    if (last?.text !== text) last = { text, lines: text.split(/\r?\n/) };
    return last.lines;
  };
})();

function excerpt(d: Diagnostic, text: string | undefined, style: Style, termWidth?: number): string[] {
  if (!text || d.line === undefined) return [];
  const lines = linesOf(text);
  const raw = lines[d.line - 1];
  if (raw === undefined) return [];
  const col = Math.max(1, d.column ?? 1);
  // The excerpt is indented 4 and led by the line number and ` | `.
  const MAX_EXCERPT = termWidth === undefined ? MAX_SOURCE : Math.max(20, Math.min(MAX_SOURCE, termWidth - 9 - String(d.line).length));
  // Controls shown visibly, one glyph each, so the caret still lines up.
  const shown = visible(raw.replace(/\t/g, ' '));
  const start = col > MAX_EXCERPT - 20 ? col - 20 : 0;
  const clipped = (start > 0 ? '…' : '') + shown.slice(start, start + MAX_EXCERPT) + (shown.length > start + MAX_EXCERPT ? '…' : '');
  const caretCol = col - start + (start > 0 ? 1 : 0);
  const endCol = d.endLine === d.line && d.endColumn !== undefined ? d.endColumn : shown.length + 1;
  const width = Math.max(1, Math.min(endCol - col, MAX_EXCERPT - caretCol + 1));
  const num = String(d.line);
  const pad = ' '.repeat(num.length);
  const mark = d.severity === 'error' ? style.red : style.yellow;
  return [
    `${pad} ${style.dim('|')}`,
    `${style.dim(num)} ${style.dim('|')} ${clipped}`,
    `${pad} ${style.dim('|')} ${' '.repeat(caretCol - 1)}${mark('^'.repeat(width))}`,
  ];
}

/**
 * The `--> file:line:column` line, kept whole (terminals open a file at its line from it) and within the
 * width: indented less, or the location alone on the next line, when the usual indent would run past it.
 */
function locationLines(location: string, style: DiagnosticsRenderOptions['style'], width: number | undefined): string[] {
  const arrow = style.dim('-->');
  if (width === undefined || 8 + location.length <= width) return [`    ${arrow} ${location}`];
  if (6 + location.length <= width) return [`  ${arrow} ${location}`];
  return [`  ${arrow}`, location];
}

export function diagnosticsAsStylish(diags: readonly Diagnostic[], o: DiagnosticsRenderOptions): string {
  const w = words(o.lang);
  const out: string[] = [];
  let lastFile: string | undefined;
  for (const d of diags) {
    if (d.file !== lastFile) {
      if (lastFile !== undefined) out.push('');
      out.push(o.style.bold(o.style.cyan(visible(d.file))));
      lastFile = d.file;
    }
    const text = messageOf(d, o.lang);
    const message = visible(text.message);
    const hint = text.hint && visible(text.hint);
    const sev = d.severity === 'error' ? o.style.red(o.style.bold(w.error)) : o.style.yellow(o.style.bold(w.warning));
    const pos = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
    const wrap = (line: string, indent: number): string => (o.width === undefined ? line : wrapProse(line, o.width, indent));
    out.push(wrap(`  ${sev}[${d.code}]: ${message}`, 4));
    pushAll(out, locationLines(`${visible(d.file)}${pos}`, o.style, o.width));
    for (const l of excerpt(d, o.source(d.file), o.style, o.width)) out.push(`    ${l}`);
    if (hint) out.push(wrap(`    ${o.style.dim('=')} ${w.hint}: ${hint}`, 6));
  }
  if (out.length) out.push('');
  if (o.summary !== false) out.push(o.width === undefined ? summaryLine(diags, o) : wrapProse(summaryLine(diags, o), o.width, 2));
  // As rustc's "try rustc --explain": where the first code listed is explained (kerjasama explain).
  const first = diags[0];
  if (first) {
    // The command kept whole: on a line of its own when the sentence and it do not fit the width together.
    const command = w.explainCommand(first.code);
    const together = `${w.explainMore} ${command}`;
    const lines = o.width === undefined || displayWidth(together) <= o.width ? [together] : [...wrapProse(w.explainMore, o.width).split('\n'), `  ${command}`];
    for (const l of lines) out.push(o.style.dim(l));
  }
  return out.join('\n') + '\n';
}

/** What validate reported on, when not the whole register: the files changed since a revision, or the paths given; and what it found elsewhere. */
export interface ReportScope {
  changedSince?: string;
  outside: { errors: number; warnings: number };
}

export function summaryLine(diags: readonly Diagnostic[], o: Pick<DiagnosticsRenderOptions, 'lang' | 'style' | 'fileCount' | 'hiddenWarnings' | 'scope'>): string {
  const w = words(o.lang);
  const c = countOf(diags);
  const hidden = o.hiddenWarnings ?? 0;
  const out = o.scope?.outside;
  const outsideCounts = out ? [out.errors ? w.errors(out.errors) : '', out.warnings ? w.warnings(out.warnings) : ''].filter(Boolean).join(` ${w.and} `) : '';
  const notShown = (hidden ? ` · ${w.warningsNotShown(hidden)}` : '') + (outsideCounts ? ` · ${w.outsideNotReported(outsideCounts)}` : '');
  if (c.errors === 0 && c.warnings === 0) {
    if (hidden && o.scope) return o.style.yellow(`⚠ ${o.scope.changedSince !== undefined ? w.noErrorsChangedSince(o.scope.changedSince) : w.noErrorsPaths} (${w.checked(o.fileCount)})${notShown}`);
    if (hidden) return o.style.yellow(`⚠ ${w.noErrors(o.fileCount)}${notShown}`);
    // Scoped: "no problems in N record files" would read as the whole register, which may have problems elsewhere.
    if (o.scope) return o.style.green(`✔ ${o.scope.changedSince !== undefined ? w.cleanChangedSince(o.scope.changedSince) : w.cleanPaths} (${w.checked(o.fileCount)})`) + notShown;
    return o.style.green(`✔ ${w.clean(o.fileCount)}`);
  }
  const parts = [c.errors ? o.style.red(w.errors(c.errors)) : '', c.warnings ? o.style.yellow(w.warnings(c.warnings)) : ''].filter(Boolean);
  const mark = c.errors ? o.style.red('✖') : o.style.yellow('⚠');
  return `${mark} ${parts.join(` ${w.and} `)} ${w.inFiles(c.files)} (${w.checked(o.fileCount)})${notShown}`;
}
