// An .xlsx template filled with a document's values (exceljs), in the same placeholder language as the
// .docx forms (docxTemplate.ts): {tag}, {labels.title}, {.}; inside a cell {#flag}…{/flag},
// {^flag}…{/flag} and {#list}…{/list} (the list's items one after another); and row loops: a row whose
// first filled cell starts with {#list} (or {^flag}) opens a loop that runs to the row whose last filled
// cell ends with {/list} — the same row, or a later one — and those rows repeat once per item, with their
// styles, heights and one-row merges. A cell that is exactly one {tag} of a number is a number cell.
// Sheet names may hold placeholders too. A placeholder that names no value is an error naming it and
// its cell; record text is only ever a text cell, never a formula. The built-in workbook forms are made
// here and filled the same way, so a region can start from one (--write-template).

import type ExcelJS from 'exceljs';
import type { DocumentData, TemplateName } from '../view/periodic.js';
import { lookup, TemplateError } from './docxTemplate.js';
import { fixedDates, FORM_DATE } from './periodicForms.js';

type Node = { t: 'text'; s: string } | { t: 'tag'; name: string } | { t: 'section'; name: string; inverted: boolean; body: Node[] };

/** A cell's text as nodes; a section not closed, or closed out of order, is a syntax error. */
export function parseTemplateText(s: string, where: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ name: string; body: Node[] }> = [{ name: '', body: root }];
  let last = 0;
  for (const m of s.matchAll(/\{([#^/]?)([^{}]*)\}/g)) {
    const top = stack[stack.length - 1] as { name: string; body: Node[] };
    if (m.index > last) top.body.push({ t: 'text', s: s.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = (m[2] as string).trim();
    if (m[1] === '#' || m[1] === '^') {
      const node: Node = { t: 'section', name, inverted: m[1] === '^', body: [] };
      top.body.push(node);
      stack.push({ name, body: node.body });
    } else if (m[1] === '/') {
      if (stack.length === 1 || top.name !== name) throw TemplateError.of('syntax', [stack.length === 1 ? { key: 'closesNothing', values: { where, name } } : { key: 'closesOther', values: { where, name, open: top.name } }]);
      stack.pop();
    } else top.body.push({ t: 'tag', name });
  }
  if (last < s.length) (stack[stack.length - 1] as { body: Node[] }).body.push({ t: 'text', s: s.slice(last) });
  if (stack.length > 1) throw TemplateError.of('syntax', [{ key: 'notClosedInCell', values: { where, name: (stack[stack.length - 1] as { name: string }).name } }]);
  return root;
}

/** A name's value: in the innermost scope that has it. */
function resolveIn(name: string, scopes: readonly unknown[]): unknown {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const v = lookup(name, scopes[i]);
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/** The items a section runs over: a list's items, once for a true value (in the same scope), never for false or an empty list. */
function itemsOf(v: unknown, inverted: boolean): unknown[] | undefined {
  const truthy = Array.isArray(v) ? v.length > 0 : Boolean(v);
  if (inverted) return truthy ? [] : [undefined];
  if (Array.isArray(v)) return v;
  return truthy ? [typeof v === 'object' ? v : undefined] : [];
}

function render(nodes: readonly Node[], scopes: readonly unknown[], unknown: Set<string>): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.s;
    else if (n.t === 'tag') {
      const v = resolveIn(n.name, scopes);
      if (v === undefined) unknown.add(n.name);
      else out += typeof v === 'object' ? '' : String(v);
    } else {
      const v = resolveIn(n.name, scopes);
      if (v === undefined) {
        unknown.add(n.name);
        continue;
      }
      for (const item of itemsOf(v, n.inverted) ?? []) out += render(n.body, item === undefined ? scopes : [...scopes, item], unknown);
    }
  }
  return out;
}

/** XML cannot carry these control characters: dropped, the text kept as text. */
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

interface TCell { col: number; nodes: Node[] | undefined; value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }
interface TRow { index: number; height: number | undefined; cells: TCell[] }
type Seg = { t: 'row'; row: TRow } | { t: 'loop'; name: string; inverted: boolean; body: Seg[] };

const textOf = (v: ExcelJS.CellValue): string | undefined => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return undefined;
};

/** Reads a sheet's rows, parses its row loops. */
function parseSheet(ws: ExcelJS.Worksheet): Seg[] {
  const rows: TRow[] = [];
  const sheet = ws.name;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: TCell[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      // A cell merged into another shows the other's value: only its style is its own.
      if (c.isMerged && c.master !== c) {
        cells.push({ col, nodes: undefined, value: null, style: { ...c.style } });
        return;
      }
      const text = textOf(c.value);
      cells.push({ col, nodes: undefined, value: text ?? c.value, style: { ...c.style } });
    });
    rows.push({ index: r, height: row.height, cells });
  }
  // Row loops, from the markers at the edges of the rows; then each cell's own placeholders. An opener
  // whose own cell also closes it is that cell's section, not a row loop.
  const filled = (row: TRow): TCell[] => row.cells.filter((c) => typeof c.value === 'string' && c.value !== '');
  const closes = (row: TRow, name: string): boolean => {
    const last = filled(row).at(-1);
    return last !== undefined && (last.value as string).endsWith(`{/${name}}`);
  };
  const stripEnd = (row: TRow, name: string): void => {
    const last = filled(row).at(-1) as TCell;
    last.value = (last.value as string).slice(0, -`{/${name}}`.length);
  };
  let i = 0;
  const parse = (closing: string | undefined, first?: TRow): Seg[] => {
    const segs: Seg[] = [];
    while (first || i < rows.length) {
      const row = first ?? (rows[i++] as TRow);
      const isFirst = first !== undefined;
      first = undefined;
      const head = isFirst ? undefined : filled(row)[0];
      const m = head ? /^\{([#^])([^{}]+)\}/.exec(head.value as string) : null;
      const name = m?.[2]?.trim();
      if (head && m && name && !(head.value as string).slice(m[0].length).includes(`{/${name}}`)) {
        head.value = (head.value as string).slice(m[0].length);
        const inverted = m[1] === '^';
        if (closes(row, name)) {
          stripEnd(row, name);
          segs.push({ t: 'loop', name, inverted, body: [{ t: 'row', row }] });
        } else segs.push({ t: 'loop', name, inverted, body: parse(name, row) });
      } else if (closing !== undefined && closes(row, closing)) {
        stripEnd(row, closing);
        segs.push({ t: 'row', row });
        return segs;
      } else segs.push({ t: 'row', row });
    }
    if (closing !== undefined) throw TemplateError.of('syntax', [{ key: 'rowLoopNotClosed', values: { where: sheet, name: closing } }]);
    return segs;
  };
  const segs = parse(undefined);
  for (const row of rows) {
    for (const c of row.cells) {
      if (typeof c.value === 'string' && c.value.includes('{')) c.nodes = parseTemplateText(c.value, `${sheet}!${colName(c.col)}${row.index}`);
    }
  }
  return segs;
}

export function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The rows a loop tree gives for the values: each template row with the scopes it is filled in. */
function expand(segs: readonly Seg[], scopes: readonly unknown[], unknown: Set<string>, out: Array<{ row: TRow; scopes: readonly unknown[] }>): void {
  for (const s of segs) {
    if (s.t === 'row') {
      out.push({ row: s.row, scopes });
      continue;
    }
    const v = resolveIn(s.name, scopes);
    if (v === undefined) {
      unknown.add(s.name);
      continue;
    }
    for (const item of itemsOf(v, s.inverted) ?? []) expand(s.body, item === undefined ? scopes : [...scopes, item], unknown, out);
  }
}

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]\u0000-\u001f]/g, ' ').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Fills an .xlsx template; throws TemplateError for unknown placeholders and broken loops. */
export async function fillXlsx(template: Uint8Array, data: DocumentData): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const src = new Excel.Workbook();
  try {
    await src.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  } catch (err) {
    throw new TemplateError('not-a-template', [(err as Error).message]);
  }
  const out = new Excel.Workbook();
  out.creator = 'kerjasama';
  out.created = FORM_DATE;
  out.modified = FORM_DATE;
  const unknown = new Map<string, string>();
  const taken = new Set<string>();
  for (const ws of src.worksheets) {
    const segs = parseSheet(ws);
    const rows: Array<{ row: TRow; scopes: readonly unknown[] }> = [];
    const missing = new Set<string>();
    expand(segs, [data], missing, rows);
    for (const m of missing) if (!unknown.has(m)) unknown.set(m, ws.name);
    const nameMissing = new Set<string>();
    const name = sheetName(render(parseTemplateText(ws.name, ws.name), [data], nameMissing), taken);
    for (const m of nameMissing) if (!unknown.has(m)) unknown.set(m, ws.name);
    const target = out.addWorksheet(name, { properties: { ...ws.properties }, pageSetup: { ...ws.pageSetup }, views: (ws.views ?? []).map((v) => ({ ...v })) });
    ws.columns?.forEach((c, k) => {
      const col = target.getColumn(k + 1);
      if (c.width !== undefined) col.width = c.width;
      if (c.hidden) col.hidden = true;
    });
    const outRow = new Map<number, number[]>();
    rows.forEach(({ row, scopes }, k) => {
      const r = target.getRow(k + 1);
      if (row.height !== undefined) r.height = row.height;
      outRow.set(row.index, [...(outRow.get(row.index) ?? []), k + 1]);
      for (const c of row.cells) {
        const cell = r.getCell(c.col);
        cell.style = { ...c.style };
        if (!c.nodes) {
          cell.value = typeof c.value === 'string' ? (c.value === '' ? null : clean(c.value)) : c.value;
          continue;
        }
        const cellMissing = new Set<string>();
        const only = c.nodes.length === 1 && c.nodes[0]?.t === 'tag' ? resolveIn(c.nodes[0].name, scopes) : undefined;
        if (typeof only === 'number') cell.value = only;
        else {
          const text = render(c.nodes, scopes, cellMissing);
          cell.value = text === '' ? null : clean(text);
        }
        for (const m of cellMissing) if (!unknown.has(m)) unknown.set(m, `${ws.name}!${colName(c.col)}${row.index}`);
      }
    });
    // One-row merges repeat with their row; a merge over several rows is kept where each of its rows is written once.
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(rangeOf);
    for (const m of merges) {
      if (m.top === m.bottom) for (const k of outRow.get(m.top) ?? []) target.mergeCells(k, m.left, k, m.right);
      else {
        const a = outRow.get(m.top);
        const b = outRow.get(m.bottom);
        if (a?.length === 1 && b?.length === 1) target.mergeCells(a[0] as number, m.left, b[0] as number, m.right);
      }
    }
  }
  if (unknown.size) throw new TemplateError('unknown-tags', [...unknown.keys()].sort());
  return fixedDates(new Uint8Array((await out.xlsx.writeBuffer()) as ArrayBuffer));
}

function rangeOf(a1: string): { top: number; left: number; bottom: number; right: number } {
  const [s, e] = a1.split(':') as [string, string | undefined];
  const one = (x: string): { row: number; col: number } => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x) as RegExpExecArray;
    const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const a = one(s);
  const b = one(e ?? s);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

// ---- the built-in workbook forms ------------------------------------------------------------------------

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** A built-in form as an .xlsx template. */
export async function builtInXlsx(name: TemplateName): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'kerjasama';
  wb.created = FORM_DATE;
  wb.modified = FORM_DATE;
  const sheet = (title: string, widths: number[], landscape: boolean): ExcelJS.Worksheet => {
    const ws = wb.addWorksheet(title, { pageSetup: { paperSize: 9, orientation: landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    widths.forEach((w, k) => { ws.getColumn(k + 1).width = w; });
    return ws;
  };
  const put = (ws: ExcelJS.Worksheet, values: string[], style: { bold?: boolean; border?: boolean; fill?: boolean; size?: number; merge?: number; italic?: boolean } = {}): void => {
    const r = ws.addRow(values);
    r.eachCell({ includeEmpty: true }, (c, col) => {
      if (col > Math.max(values.length, style.merge ?? 0)) return;
      c.alignment = WRAP;
      if (style.bold || style.size || style.italic) c.font = { ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(style.size ? { size: style.size } : {}) };
      if (style.border) c.border = BORDER;
      if (style.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    });
    if (style.merge) ws.mergeCells(r.number, 1, r.number, style.merge);
  };
  const head = (ws: ExcelJS.Worksheet, width: number): void => {
    put(ws, ['{title}'], { bold: true, size: 14, merge: width });
    put(ws, ['{region}'], { bold: true, merge: width });
    put(ws, ['{period_line}'], { merge: width });
    put(ws, ['{#has_addressee}{addressee}{/has_addressee}'], { merge: width });
    ws.addRow([]);
  };
  const foot = (ws: ExcelJS.Worksheet, width: number, at: number): void => {
    ws.addRow([]);
    const pad = (v: string): string[] => [...Array(at - 1).fill(''), v];
    put(ws, pad('{place_date}'));
    put(ws, pad('{#signatories}{office}'), { bold: true });
    ws.addRow([]);
    ws.addRow([]);
    put(ws, pad('{name}{/signatories}'), { bold: true });
    ws.addRow([]);
    put(ws, ['{provenance}'], { italic: true, size: 8, merge: width });
  };
  if (name === 'recap') {
    const keys = ['no', 'document_type', 'our_number', 'our_date', 'partner_number', 'partner_date', 'title', 'partner', 'objects_sectors', 'scope', 'term', 'status', 'dprd', 'central', 'unit', 'activities', 'budget', 'remarks'];
    const ws = sheet('{labels.sheet_recap}', [5, 12, 16, 13, 16, 13, 30, 22, 22, 26, 20, 14, 18, 18, 20, 28, 16, 26], true);
    head(ws, keys.length);
    put(ws, keys.map((k) => `{labels.${k}}`), { bold: true, border: true, fill: true });
    ws.views = [{ state: 'frozen', ySplit: 6 }];
    put(ws, ['{#groups}{category_label} ({count_text})'], { bold: true, merge: keys.length });
    put(ws, keys.map((k, j) => `${j === 0 ? '{#rows}' : ''}{${k}}${j === keys.length - 1 ? '{/rows}' : ''}`), { border: true });
    put(ws, ['{labels.total}', '{count}{/groups}'], { bold: true });
    ws.addRow([]);
    put(ws, ['{labels.totals_by_category}'], { bold: true, merge: 7 });
    put(ws, ['{#totals_by_category}{label}', '', '', '', '', '', '', '{count}{/totals_by_category}'], { border: true });
    put(ws, ['{labels.total}', '', '', '', '', '', '', '{total}'], { bold: true, border: true });
    ws.addRow([]);
    put(ws, ['{labels.totals_by_sector}'], { bold: true, merge: 7 });
    put(ws, ['{#totals_by_sector}{label}', '', '', '', '', '', '', '{count}{/totals_by_sector}'], { border: true });
    put(ws, ['{^has_rows}{empty}{/has_rows}'], { italic: true, merge: 7 });
    foot(ws, keys.length, 15);
  } else if (name === 'implementation') {
    const ws = sheet('{labels.sheet_implementation}', [6, 34, 16, 20, 16, 22, 30, 20], false);
    head(ws, 8);
    put(ws, ['{labels.no}', '{labels.impl_activity}', '{labels.impl_date}', '{labels.impl_place}', '{labels.impl_type}', '{labels.impl_participants}', '{labels.impl_outputs}', '{labels.impl_budget}'], { bold: true, border: true, fill: true });
    ws.views = [{ state: 'frozen', ySplit: 6 }];
    put(ws, ['{#sections}{no}', '{title} ({id})'], { bold: true });
    put(ws, ['', '{labels.impl_partner}: {partner}'], {});
    put(ws, ['', '{labels.impl_term}: {term} · {labels.impl_status}: {status}'], {});
    put(ws, ['', '{labels.impl_unit}: {unit}'], {});
    put(ws, ['{#activities}{no}', '{title}', '{date}', '{place}', '{type}', '{participants}', '{outputs}', '{budget}{/activities}'], { border: true });
    put(ws, ['', '{^has_activities}{labels.impl_noActivities}{/has_activities}'], { italic: true });
    put(ws, ['', '{labels.impl_results}: {#has_results}{#results}{.}; {/results}{/has_results}{^has_results}{labels.impl_noneRecorded}{/has_results}']);
    put(ws, ['', '{labels.impl_obstacles}: {#has_obstacles}{#obstacles}{.}; {/obstacles}{/has_obstacles}{^has_obstacles}{labels.impl_noneRecorded}{/has_obstacles}']);
    put(ws, ['', '{labels.impl_follow_up}: {#has_follow_up}{#follow_up}{.}; {/follow_up}{/has_follow_up}{^has_follow_up}{labels.impl_noneRecorded}{/has_follow_up}{/sections}']);
    put(ws, ['{^has_rows}{empty}{/has_rows}'], { italic: true, merge: 8 });
    foot(ws, 8, 6);
  } else {
    const keys = ['no', 'eval_partner', 'eval_agreements', 'eval_category', 'eval_in_force', 'eval_activity', 'eval_approvals', 'eval_document', 'eval_outputs', 'eval_recommendation', 'eval_reason'];
    const vals = ['no', 'partner', 'agreements', 'category', 'in_force', 'activity', 'approvals', 'document', 'outputs', 'recommendation', 'reason'];
    const ws = sheet('{labels.sheet_evaluation}', [5, 28, 28, 26, 13, 14, 13, 12, 13, 16, 40], true);
    head(ws, keys.length);
    put(ws, keys.map((k) => `{labels.${k}}`), { bold: true, border: true, fill: true });
    ws.views = [{ state: 'frozen', ySplit: 6 }];
    put(ws, vals.map((k, j) => `${j === 0 ? '{#evaluation}' : ''}{${k}}${j === vals.length - 1 ? '{/evaluation}' : ''}`), { border: true });
    put(ws, ['{^has_evaluation}{empty}{/has_evaluation}'], { italic: true, merge: 6 });
    ws.addRow([]);
    put(ws, ['{labels.eval_recommendation}'], { bold: true, merge: 3 });
    put(ws, ['{#recommendation_counts}{label}', '', '{count}{/recommendation_counts}'], { border: true });
    ws.addRow([]);
    put(ws, ['{rule_title}'], { bold: true, merge: keys.length });
    put(ws, ['{#rule}{.}', ...Array(keys.length - 2).fill(''), '{/rule}'], { merge: keys.length - 1 });
    foot(ws, keys.length, 10);
  }
  return fixedDates(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}
