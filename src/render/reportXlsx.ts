// Reports as an Excel workbook (exceljs), from the same ReportView the CSV renderer uses: one sheet per
// table, typed cells (a known day is a date cell, a number a number; an uncertain date such as ~1990 or
// 2027-11 stays text as recorded, with a `<column> uncertain` column after it as in CSV), a bold header
// row frozen in place, column widths from the content, and a sheet with the report's provenance and notes.
// Text is only ever a text cell: nothing in a record becomes a formula, whatever it starts with.

import { parseDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import { cellText, cellUncertain } from './cells.js';
import { commitText, consideredText, reportName } from './provenance.js';
import { rr } from './report.words.js';
import type { Cell, ReportView, TableView } from '../view/view.js';

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], not blank, unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  // Cut to 31 characters, then trimmed again: no name ends in the space the cut left.
  const base = wanted.replace(/[:\\/?*[\]\u0000-\u001f]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Control characters XML cannot carry are dropped; text is kept as text. */
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

function value(c: Cell, lang: Lang): string | number | Date | null {
  if (c === null) return null;
  if (typeof c === 'number') return c;
  if (typeof c === 'object' && !Array.isArray(c) && 'date' in c) {
    const k = parseDate(c.date);
    if (k && k.precision === 'day') return new Date(k.first * 86_400_000);
    return clean(c.date);
  }
  return clean(cellText(c, lang, 'raw'));
}

export async function reportAsXlsx(view: ReportView, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kerjasama';
  const taken = new Set<string>();
  view.tables.forEach((t: TableView, i) => {
    const title = t.title?.[lang] ?? (view.tables.length > 1 ? `${view.title[lang]} ${i + 1}` : view.title[lang]);
    const ws = wb.addWorksheet(sheetName(title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    const cols = t.columns.flatMap((c) => (c.dates ? [{ c, uncertain: false }, { c, uncertain: true }] : [{ c, uncertain: false }]));
    const header = cols.map(({ c, uncertain }) => (uncertain ? rr(lang, 'uncertain', { label: c.label[lang] }) : c.label[lang]));
    ws.addRow(header).font = { bold: true };
    const widths = header.map((h) => h.length);
    for (const r of t.rows) {
      const values = cols.map(({ c, uncertain }) => {
        const cell = r[c.key] ?? null;
        if (uncertain) return cell === null ? null : cellUncertain(cell);
        return value(cell, lang);
      });
      ws.addRow(values);
      values.forEach((v, j) => {
        const len = v instanceof Date ? 10 : v === null ? 0 : String(v).length;
        widths[j] = Math.max(widths[j] ?? 0, len);
      });
    }
    if (t.rows.length === 0 && t.empty) ws.addRow([clean(t.empty[lang])]);
    cols.forEach(({ c, uncertain }, j) => {
      const col = ws.getColumn(j + 1);
      col.width = Math.min(60, Math.max(8, (widths[j] ?? 8) + 2));
      if (c.dates && !uncertain) col.numFmt = 'yyyy-mm-dd';
      if (c.align === 'right') col.alignment = { horizontal: 'right' };
    });
  });
  // The provenance: what report, as of when, from which register and commit, with which filters.
  const p = view.provenance;
  const ws = wb.addWorksheet(sheetName(rr(lang, 'prov.sheet'), taken));
  const rows: Array<[string, string | number | Date]> = [
    [rr(lang, 'prov.report'), reportName(p.report, lang)],
    [rr(lang, 'prov.asOf'), parseDate(p.asOf)?.precision === 'day' ? new Date((parseDate(p.asOf)?.first ?? 0) * 86_400_000) : p.asOf],
    ['register', clean(p.register)],
    ...(p.commit ? [['commit', commitText(p.commit, lang)] as [string, string]] : []),
    ...(p.registerFolder ? [[rr(lang, 'prov.registerFolder'), p.registerFolder] as [string, string]] : []),
    ...(p.recordedAsOf ? [[rr(lang, 'prov.recordedAsOf'), p.recordedAsOf] as [string, string]] : []),
    ...(p.members ?? []).map((m) => [rr(lang, 'prov.member'), clean(`${m.code} ${m.name} (${m.source})${m.commit ? ` @ ${m.commit}` : ''}`)] as [string, string]),
    [rr(lang, 'prov.considered'), p.considered],
    [rr(lang, 'prov.unit'), consideredText(p, lang)],
    [rr(lang, 'prov.filters'), p.filters.join(' ')],
    ...view.notes.map((n) => [rr(lang, 'prov.note'), clean(n[lang])] as [string, string]),
  ];
  ws.addRow([rr(lang, 'prov.field'), rr(lang, 'prov.value')]).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 60;
  ws.getCell('B3').numFmt = 'yyyy-mm-dd';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
