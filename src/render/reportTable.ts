// Reports as terminal tables (cli-table3). Colour only when the Style has it, and always beside a
// text label, so nothing depends on colour alone. Given a width (the terminal's), every line fits it:
// long text columns wrap, columns are dropped by their priority, and a table that still does not fit
// is shown stacked, one block per record. Without a width (a pipe, a file) rows are kept whole.

import { maxOf, pushAll } from '../model/lists.js';
import Table from 'cli-table3';
import type { Lang } from '../model/types.js';
import { cellText, cellTone } from './cells.js';
import type { Style } from './style.js';
import type { Cell, Column, ReportView, TableView } from '../view/view.js';
import { provenanceLine } from './provenance.js';
import { rr } from './report.words.js';
import { visible } from './sanitise.js';
import { displayWidth, stripAnsi, wordPieces, wrapLines, wrapProse } from './wrap.js';

export interface TableOptions {
  /** The terminal's width in columns; none: no limit. */
  width?: number;
}

/** Below this width no table is drawn: every table is stacked. */
export const STACK_BELOW = 40;
/** A wrapped column is not made narrower than this (padding included), unless its text is shorter. */
const WRAP_MIN = 14;
/** The width a wrapped column gets before columns of lower priority are kept. */
const COMFORT = 24;

export function reportAsTable(view: ReportView, lang: Lang, style: Style, opts: TableOptions = {}): string {
  const width = opts.width;
  // Record text may hold control characters: shown visibly (src/render/sanitise.ts), never passed to the terminal.
  const prose = (s: string): string => wrapProse(visible(s, { newlines: true }), width);
  const out: string[] = [style.bold(prose(view.title[lang])), style.dim(prose(provenanceLine(view.provenance, lang))), ''];
  // Tables with the same columns (the buckets of one report) share one layout, fitted to all their rows.
  const layouts = new Map<string, Layout>();
  if (width !== undefined) {
    const groups = new Map<string, { columns: Column[]; texts: string[][] }>();
    for (const t of view.tables) {
      const g = groups.get(signature(t)) ?? { columns: t.columns, texts: [] };
      pushAll(g.texts, cellTexts(t, lang));
      groups.set(signature(t), g);
    }
    for (const [sig, g] of groups) layouts.set(sig, fit(g.columns, g.columns.map((c) => c.label[lang]), g.texts, width));
  }
  const tables = view.tables;
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i] as TableView;
    if (t.compact) {
      let end = i;
      while (tables[end + 1]?.compact) end++;
      out.push(sideBySide(tables.slice(i, end + 1).map((c) => compactBlock(c, lang, style, width)), width ?? DEFAULT_BLOCKS_WIDTH), '');
      i = end;
      continue;
    }
    if (t.title) out.push(style.bold(prose(t.title[lang])));
    if (t.rows.length === 0) {
      out.push(style.dim(prose(t.empty?.[lang] ?? rr(lang, 'none'))), '');
      continue;
    }
    out.push(drawTable(t, lang, style, width, layouts.get(signature(t))), '');
  }
  for (const n of view.notes) out.push(style.dim(prose(n[lang])));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** The width compact blocks are laid out in when no terminal width is given. */
const DEFAULT_BLOCKS_WIDTH = 80;
const GAP = 4;

/** A compact table as lines: its title, then each row's label and its number, right-aligned. */
function compactBlock(t: TableView, lang: Lang, style: Style, width: number | undefined): string[] {
  const blockWidth = Math.max(24, Math.floor(((width ?? DEFAULT_BLOCKS_WIDTH) - GAP) / 2));
  const [first, ...rest] = t.columns;
  const title = t.title ? wrapLines(t.title[lang], blockWidth).map((l) => style.bold(l)) : [];
  if (!first) return title;
  if (t.rows.length === 0) return [...title, ...wrapLines(t.empty?.[lang] ?? rr(lang, 'none'), blockWidth).map((l) => style.dim(l))];
  const values = t.rows.map((r) => rest.map((c) => ({ text: visible(cellText(r[c.key] ?? null, lang, 'human')), tone: cellTone(r[c.key] ?? null) })));
  const valueWidth = maxOf(values.map((v) => displayWidth(v.map((x) => x.text).join(' '))), 1);
  const labelWidth = Math.max(1, blockWidth - valueWidth - 2);
  const lines = [...title];
  t.rows.forEach((r, i) => {
    const label = wrapLines(visible(cellText(r[first.key] ?? null, lang, 'human')), labelWidth);
    const v = values[i] ?? [];
    const shown = v.map((x) => paint(x.text, x.tone, style)).join(' ');
    const pad = valueWidth - displayWidth(v.map((x) => x.text).join(' '));
    label.forEach((l, k) => {
      lines.push(k === label.length - 1 ? `${l}${' '.repeat(Math.max(0, labelWidth - displayWidth(l)) + 2 + pad)}${shown}` : l);
    });
  });
  return lines;
}

/** Blocks in columns, as many as fit the width, filled in order and balanced by height. */
function sideBySide(blocks: string[][], width: number): string {
  const widest = maxOf(blocks.flat().map(displayWidth), 1);
  const cols = Math.max(1, Math.min(blocks.length, Math.floor((width + GAP) / (widest + GAP))));
  const heights = blocks.map((b) => b.length + 1);
  const target = Math.ceil(heights.reduce((a, b) => a + b, 0) / cols);
  const columns: string[][] = [[]];
  for (const [k, b] of blocks.entries()) {
    let col = columns[columns.length - 1] as string[];
    if (col.length > 0 && col.length + (heights[k] ?? 0) / 2 > target && columns.length < cols) {
      col = [];
      columns.push(col);
    }
    if (col.length > 0) col.push('');
    pushAll(col, b);
  }
  const rows = maxOf(columns.map((c) => c.length), 0);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    out.push(columns.map((c, k) => {
      const cell = c[r] ?? '';
      return k === columns.length - 1 ? cell : cell + ' '.repeat(widest - displayWidth(cell) + GAP);
    }).join('').replace(/\s+$/, ''));
  }
  return out.join('\n');
}

const paint = (text: string, tone: ReturnType<typeof cellTone>, style: Style): string =>
  tone === 'bad' ? style.red(text) : tone === 'warn' ? style.yellow(text) : tone === 'good' ? style.green(text) : tone === 'muted' ? style.dim(text) : text;

const isEmpty = (c: Cell | undefined): boolean => c === null || c === undefined || (Array.isArray(c) && c.length === 0);

const signature = (t: TableView): string => t.columns.map((c) => c.key).join('\u0000');
const cellTexts = (t: TableView, lang: Lang): string[][] => t.rows.map((r) => t.columns.map((c) => visible(cellText(r[c.key] ?? null, lang, 'human'), { newlines: true })));

/** One table: whole rows when they fit (or no width is given), else fitted, else stacked. */
function drawTable(t: TableView, lang: Lang, style: Style, width: number | undefined, layout: Layout): string {
  const heads = t.columns.map((c) => c.label[lang]);
  const texts = cellTexts(t, lang);
  const tones = t.rows.map((r) => t.columns.map((c) => cellTone(r[c.key] ?? null)));
  if (layout === undefined) {
    const rows = texts.map((row, i) => row.map((text, j) => paint(text, tones[i]?.[j], style)));
    return drawCells(heads.map((h) => style.bold(h)), rows, t.columns.map((c) => c.align ?? 'left'), style);
  }
  if (layout === 'stacked') return stacked(t, heads, texts, tones, lang, style, width as number);
  const { keep, widths } = layout;
  const cellLines = (text: string, w: number): string[] => wrapLines(text, w - 2);
  const head = keep.map((j, k) => cellLines(heads[j] ?? '', widths[k] ?? 0).map((l) => style.bold(l)).join('\n'));
  const rows = texts.map((row, i) => keep.map((j, k) => cellLines(row[j] ?? '', widths[k] ?? 0).map((l) => paint(l, tones[i]?.[j], style)).join('\n')));
  const table = drawCells(head, rows, keep.map((j) => t.columns[j]?.align ?? 'left'), style, widths);
  const dropped = t.columns.filter((_, j) => !keep.includes(j)).map((c) => c.label[lang]);
  if (dropped.length === 0) return table;
  const note = rr(lang, 'dropped', { columns: dropped.join(', ') });
  return table + '\n' + style.dim(wrapProse(note, width as number));
}

type Layout = { keep: number[]; widths: number[] } | 'stacked' | undefined;

/**
 * The columns to keep and their widths (padding included) so the table fits `width`; undefined when the
 * whole rows fit already; 'stacked' when they cannot be fitted readably.
 *
 * First, columns are dropped by priority until the wrapped text columns get a comfortable width
 * (COMFORT); if even the columns without a priority do not fit so, the wrapped columns may shrink to
 * WRAP_MIN, dropping columns by priority again. When the columns without a priority do not fit even
 * then, the table is stacked.
 */
export function fit(columns: readonly Column[], heads: readonly string[], texts: readonly string[][], width: number): Layout {
  const n = columns.length;
  const natural = columns.map((_, j) => maxOf(texts.map((r) => displayWidth(r[j] ?? '')), displayWidth(heads[j] ?? '')) + 2);
  const total = (ws: number[]): number => ws.reduce((a, b) => a + b, 0) + ws.length + 1;
  if (total(natural) <= width) return undefined;
  if (width < STACK_BELOW) return 'stacked';
  const longestWord = (s: string): number => maxOf(s.split(/\s+/).map(displayWidth), 0);
  const longestPiece = (s: string): number => maxOf(s.split(/\s+/).flatMap(wordPieces).map(displayWidth), 0);
  // The narrowest each column can be: a wrapped column down to WRAP_MIN, any column's header wrapped at its spaces.
  const least = columns.map((c, j) => {
    const headWord = longestWord(heads[j] ?? '') + 2;
    if (!c.wrap) return Math.max(headWord, maxOf(texts.map((r) => displayWidth(r[j] ?? '')), 0) + 2);
    const piece = maxOf(texts.map((r) => longestPiece(r[j] ?? '')), 0) + 2;
    return Math.min(natural[j] ?? 0, Math.max(WRAP_MIN, headWord, Math.min(piece, 2 * WRAP_MIN)));
  });
  // The comfortable width is for the columns a table is about (wrapped, never dropped); optional ones make do with their least.
  const comfortable = columns.map((c, j) => (c.wrap && c.priority === undefined ? Math.min(natural[j] ?? 0, Math.max(least[j] ?? 0, COMFORT)) : least[j] ?? 0));
  const attempt = (mins: number[]): { keep: number[]; widths: number[] } | undefined => {
    let keep = Array.from({ length: n }, (_, j) => j);
    for (;;) {
      const ws = keep.map((j) => mins[j] ?? 0);
      if (total(ws) <= width) return { keep, widths: spread(keep, ws, width - total(ws)) };
      let drop = -1;
      keep.forEach((j) => {
        const p = columns[j]?.priority;
        if (p !== undefined && (drop < 0 || p >= (columns[drop]?.priority ?? 0))) drop = j;
      });
      if (drop < 0) return undefined;
      keep = keep.filter((j) => j !== drop);
    }
  };
  // Spare room goes to wrapped text first (in proportion to what each lacks), then to wrapped headers.
  const spread = (keep: number[], mins: number[], spare: number): number[] => {
    const widths = [...mins];
    // First, where it is cheap, room for a wrapped column's longest word (an id then stays whole).
    const wordNeed = keep.map((j, k) => (columns[j]?.wrap ? Math.min(natural[j] ?? 0, maxOf(texts.map((r) => longestWord(r[j] ?? '')), 0) + 2) - (widths[k] ?? 0) : 0));
    for (const k of keep.map((_, k) => k).sort((x, y) => (wordNeed[x] ?? 0) - (wordNeed[y] ?? 0))) {
      const need = wordNeed[k] ?? 0;
      if (need > 0 && need <= spare) { widths[k] = (widths[k] ?? 0) + need; spare -= need; }
    }
    const lack = keep.map((j, k) => (columns[j]?.wrap ? (natural[j] ?? 0) - (widths[k] ?? 0) : 0));
    const lacking = lack.reduce((x, y) => x + y, 0);
    if (lacking > 0) {
      const share = Math.min(spare, lacking);
      let given = 0;
      keep.forEach((_, k) => {
        const add = Math.floor(((lack[k] ?? 0) * share) / lacking);
        widths[k] = (widths[k] ?? 0) + add;
        given += add;
      });
      for (let k = 0; given < share && k < keep.length; k++) {
        if ((widths[k] ?? 0) < (natural[keep[k] ?? 0] ?? 0) && (lack[k] ?? 0) > 0) { widths[k] = (widths[k] ?? 0) + 1; given++; }
      }
      spare -= given;
    }
    keep.forEach((j, k) => {
      const add = Math.min(spare, (natural[j] ?? 0) - (widths[k] ?? 0));
      if (add > 0) { widths[k] = (widths[k] ?? 0) + add; spare -= add; }
    });
    return widths;
  };
  return attempt(comfortable) ?? attempt(least) ?? 'stacked';
}

/** One block per record: the first column's value as its heading, then `label  value` lines, wrapped. */
function stacked(t: TableView, heads: string[], texts: string[][], tones: Array<Array<ReturnType<typeof cellTone>>>, _lang: Lang, style: Style, width: number): string {
  const cap = Math.floor(width * 0.4);
  const labelWidth = maxOf(heads.slice(1).map(displayWidth).filter((w) => w <= cap), 0);
  const valueWidth = width - 2 - labelWidth - 2;
  const blocks = t.rows.map((r, i) => {
    const lines = wrapLines(texts[i]?.[0] ?? '', width).map((l) => style.bold(paint(l, tones[i]?.[0], style)));
    t.columns.forEach((c, j) => {
      if (j === 0 || isEmpty(r[c.key])) return;
      const label = heads[j] ?? '';
      const value = texts[i]?.[j] ?? '';
      const tone = tones[i]?.[j];
      if (displayWidth(label) > labelWidth || valueWidth < 16) {
        pushAll(lines, wrapLines(label, width - 2).map((l) => '  ' + style.dim(l)));
        pushAll(lines, wrapLines(value, width - 4).map((l) => '    ' + paint(l, tone, style)));
        return;
      }
      wrapLines(value, valueWidth).forEach((l, k) => {
        const lead = k === 0 ? style.dim(label) + ' '.repeat(labelWidth - displayWidth(label)) : ' '.repeat(labelWidth);
        lines.push(`  ${lead}  ${paint(l, tone, style)}`);
      });
    });
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

/** Box-drawing characters of the borders, coloured by the Style (never by cli-table3's own colour detection). */
const BORDER = /[─│┌┐└┘├┤┬┴┼]+/g;

function drawCells(head: string[], rows: string[][], aligns: Array<'left' | 'right'>, style: Style, widths?: number[]): string {
  const make = (colWidths?: number[]): Table.Table => new Table({
    head,
    colAligns: aligns,
    style: { head: [], border: [], compact: false },
    wordWrap: widths === undefined,
    ...(colWidths ? { colWidths } : {}),
  });
  const text = rows.length <= CHUNK ? render(widths ? make(widths) : make(), rows) : renderLong(make, rows, aligns, widths);
  return style.enabled ? text.split('\n').map((line) => line.replace(BORDER, (b) => style.dim(b))).join('\n') : text;
}

/** cli-table3 lays out a table in time quadratic in its rows, and slowly per cell: longer tables are drawn by renderLong. */
const CHUNK = 200;

function render(table: Table.Table, rows: string[][]): string {
  for (const row of rows) table.push(row);
  return table.toString();
}

/** Text whose display width is its length: Latin letters, common punctuation, no wide or zero-width characters. */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
const PLACEHOLDER = '§';

/**
 * A long table, drawn as cli-table3 would draw it for all the rows at once, in linear time. The column
 * widths are the fitted ones when given; else length + padding for narrow text, and cli-table3's own
 * measure for cells with other characters (CJK, emoji, combining marks, line breaks). Rows of narrow
 * single-line text are filled into the frame cli-table3 draws for one placeholder row (its borders);
 * other rows are drawn by cli-table3, one at a time, with the same widths.
 */
function renderLong(make: (colWidths?: number[]) => Table.Table, rows: string[][], aligns: Array<'left' | 'right'>, fixed?: number[]): string {
  const plain = rows.map((row) => row.map(stripAnsi));
  const simple = plain.map((row) => row.every((text, j) => NARROW.test(text) && (fixed === undefined || text.length + 2 <= (fixed[j] ?? 0))));
  let widths: number[];
  if (fixed) {
    widths = fixed;
  } else {
    widths = [];
    plain.forEach((row, i) => {
      if (simple[i]) row.forEach((text, j) => { widths[j] = Math.max(widths[j] ?? 0, text.length + 2); });
    });
    const others = rows.filter((_, i) => !simple[i]);
    for (let i = 0; i === 0 || i < others.length; i += CHUNK) {
      const top = stripAnsi(render(make(), others.slice(i, i + CHUNK)).split('\n')[0] ?? '');
      top.slice(1, -1).split('┬').forEach((seg, j) => { widths[j] = Math.max(widths[j] ?? 0, seg.length); });
    }
  }
  // The frame: top border and header, the row separator, the bottom border, and a row's borders.
  const sample = render(make(widths), [widths.map(() => PLACEHOLDER)]).split('\n');
  const headLines = render(make(widths), []).split('\n').length - 1;
  const head = sample.slice(0, headLines);
  const separator = sample[headLines] ?? '';
  const bottom = sample[sample.length - 1] ?? '';
  const borders = (sample[headLines + 1] ?? '').split(/[ §]+/);
  const out = [...head];
  rows.forEach((row, i) => {
    out.push(separator);
    if (simple[i]) {
      let line = borders[0] ?? '';
      row.forEach((cell, j) => {
        const pad = ' '.repeat((widths[j] ?? 0) - 2 - (plain[i]?.[j] ?? '').length);
        line += ' ' + (aligns[j] === 'right' ? pad + cell : cell + pad) + ' ' + (borders[j + 1] ?? '');
      });
      out.push(line);
    } else {
      const lines = render(make(widths), [row]).split('\n');
      pushAll(out, lines.slice(headLines + 1, -1));
    }
  });
  out.push(bottom);
  return out.join('\n');
}
