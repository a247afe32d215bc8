// Reports as terminal tables (cli-table3). Colour only when the Style has it, and always beside a
// text label, so nothing depends on colour alone.

import Table from 'cli-table3';
import type { Lang } from '../model/types.js';
import { cellText, cellTone } from './cells.js';
import type { Style } from './style.js';
import type { ReportView } from './view.js';
import { provenanceLine } from './provenance.js';
import { visible } from './sanitise.js';

export function reportAsTable(view: ReportView, lang: Lang, style: Style): string {
  const out: string[] = [style.bold(visible(view.title[lang])), style.dim(visible(provenanceLine(view.provenance, lang))), ''];
  for (const t of view.tables) {
    if (t.title) out.push(style.bold(t.title[lang]));
    if (t.rows.length === 0) {
      out.push(style.dim(t.empty?.[lang] ?? (lang === 'id' ? '(tidak ada)' : '(none)')), '');
      continue;
    }
    const head = t.columns.map((c) => c.label[lang]);
    const rows = t.rows.map((r) => t.columns.map((c) => {
      const cell = r[c.key] ?? null;
      const text = visible(cellText(cell, lang, 'human'), { newlines: true });
      const tone = cellTone(cell);
      return tone === 'bad' ? style.red(text) : tone === 'warn' ? style.yellow(text) : tone === 'good' ? style.green(text) : tone === 'muted' ? style.dim(text) : text;
    }));
    const make = (colWidths?: number[]): Table.Table => new Table({
      head,
      colAligns: t.columns.map((c) => c.align ?? 'left'),
      style: { head: style.enabled ? ['bold'] : [], border: style.enabled ? ['grey'] : [], compact: false },
      wordWrap: true,
      ...(colWidths ? { colWidths } : {}),
    });
    out.push(rows.length <= CHUNK ? render(make(), rows) : renderLong(make, rows, t.columns.map((c) => c.align ?? 'left')), '');
  }
  for (const n of view.notes) out.push(style.dim(visible(n[lang], { newlines: true })));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** cli-table3 lays out a table in time quadratic in its rows, and slowly per cell: longer tables are drawn by renderLong. */
const CHUNK = 200;

function render(table: Table.Table, rows: string[][]): string {
  table.push(...rows);
  return table.toString();
}

/** Text whose display width is its length: Latin letters, common punctuation, no wide or zero-width characters. */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
const PLACEHOLDER = '§';

/**
 * A long table, drawn as cli-table3 would draw it for all the rows at once, in linear time. The column
 * widths are length + padding for narrow text, and cli-table3's own measure for cells with other
 * characters (CJK, emoji, combining marks, line breaks). Rows of narrow single-line text are filled
 * into the frame cli-table3 draws for one placeholder row (its borders and their colour codes); other
 * rows are drawn by cli-table3, one at a time, with the same widths.
 */
function renderLong(make: (colWidths?: number[]) => Table.Table, rows: string[][], aligns: Array<'left' | 'right'>): string {
  const widths: number[] = [];
  const plain = rows.map((row) => row.map(stripAnsi));
  const simple = plain.map((row) => row.every((text) => NARROW.test(text)));
  plain.forEach((row, i) => {
    if (simple[i]) row.forEach((text, j) => { widths[j] = Math.max(widths[j] ?? 0, text.length + 2); });
  });
  const others = rows.filter((_, i) => !simple[i]);
  for (let i = 0; i === 0 || i < others.length; i += CHUNK) {
    const top = stripAnsi(render(make(), others.slice(i, i + CHUNK)).split('\n')[0] ?? '');
    top.slice(1, -1).split('┬').forEach((seg, j) => { widths[j] = Math.max(widths[j] ?? 0, seg.length); });
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
      out.push(...lines.slice(headLines + 1, -1));
    }
  });
  out.push(bottom);
  return out.join('\n');
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}
