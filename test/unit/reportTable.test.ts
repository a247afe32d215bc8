// Long tables are laid out by cli-table3 in chunks (its layout is quadratic in rows); the stitched
// table must be exactly the one cli-table3 draws for all the rows at once.

import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { reportAsTable } from '../../src/render/reportTable.js';
import { makeStyle } from '../../src/render/style.js';
import { L, type ReportView } from '../../src/view/view.js';

function view(n: number): ReportView {
  const rows = Array.from({ length: n }, (_, i) => ({
    name: i === 317 ? 'Prefektur Shizuoka 静岡県 — the widest name, in a later chunk' : `Partner ${i}`,
    count: i * 7,
    note: i % 97 === 0 ? { text: 'dormant', tone: 'bad' as const } : 'ok',
  }));
  return {
    title: L('T', 'T'),
    provenance: { report: 'x', asOf: '2026-11-22', register: 'R', considered: 3, unit: 'records', filters: [] },
    tables: [{ columns: [{ key: 'name', label: L('partner', 'mitra') }, { key: 'count', label: L('count', 'jumlah'), align: 'right' }, { key: 'note', label: L('note', 'catatan') }], rows }],
    notes: [],
  };
}

function direct(v: ReportView, colour: boolean): string {
  const style = makeStyle(colour);
  const t = v.tables[0];
  if (!t) throw new Error('no table');
  // Headers and borders take their colour from the Style (never from cli-table3's own colour detection).
  const table = new Table({
    head: t.columns.map((c) => style.bold(c.label.en)),
    colAligns: t.columns.map((c) => c.align ?? 'left'),
    style: { head: [], border: [], compact: false },
    wordWrap: true,
  });
  for (const r of t.rows) {
    table.push(t.columns.map((c) => {
      const cell = r[c.key];
      if (typeof cell === 'object' && cell !== null && 'text' in cell) return style.red(cell.text);
      return typeof cell === 'number' ? cell.toLocaleString('en-US') : String(cell);
    }));
  }
  const text = table.toString();
  return colour ? text.split('\n').map((l) => l.replace(/[─│┌┐└┘├┤┬┴┼]+/g, (b) => style.dim(b))).join('\n') : text;
}

describe('long report tables', () => {
  for (const colour of [false, true]) {
    it(`are the same table cli-table3 draws in one piece (${colour ? 'colour' : 'no colour'})`, () => {
      for (const n of [199, 200, 201, 450]) {
        const v = view(n);
        const text = reportAsTable(v, 'en', makeStyle(colour));
        expect(text).toContain(direct(v, colour));
      }
    });
  }
});

describe('very long report tables (issue 27)', () => {
  it('130,000 rows fitted to a terminal width: drawn, no stack overflow', () => {
    const v = view(130_000);
    const text = reportAsTable(v, 'en', makeStyle(false), { width: 60 });
    expect(text).toContain('Partner 129999');
  }, 120_000);
});
