// What an import will do, as text for the reader: the mapping chosen, the partners matched and made, the
// values that became unknowns or were inferred, the rows rejected and skipped, and every file to write
// with the row it came from. Pure; spreadsheet text is shown with control characters escaped, so no cell
// can drive the terminal.

import type { Lang } from '../model/types.js';
import { columnLetter, FIELD_HELP, type ColumnMap } from './columns.js';
import type { Proposal } from './map.js';
import { cellRef, KIND_LABEL, problemText, type Problem } from './messages.js';

/** Control characters (C0, DEL, C1, line and paragraph separators, bidi controls) as \u escapes. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function mappingLines(cols: ColumnMap, sheet: string, width: number, lang: Lang): string[] {
  const rows = cols.headerRows.join('–');
  const out = [lang === 'id'
    ? `Lembar ${printable(sheet)}, judul kolom di baris ${rows || '–'} (${cols.from === 'file' ? 'dari berkas pemetaan' : 'dikenali dari judul kolom'}):`
    : `Sheet ${printable(sheet)}, column headers in row ${rows || '–'} (${cols.from === 'file' ? 'from the mapping file' : 'recognised from the headers'}):`];
  for (let c = 0; c < width; c++) {
    const f = cols.fields.get(c);
    const h = cols.headers.get(c);
    if (!f && !h) continue;
    const head = h ? JSON.stringify(printable(h).slice(0, 40)) : '';
    const target = f ? (f === 'ignore' ? (lang === 'id' ? '(tidak diimpor)' : '(not imported)') : `${f}  · ${FIELD_HELP[f][lang]}`) : lang === 'id' ? '(tidak dikenali: masuk ke notes)' : '(not recognised: kept in notes)';
    out.push(`  ${columnLetter(c).padEnd(3)} ${head.padEnd(34)} → ${target}`);
  }
  return out;
}

export interface PlanInput {
  proposal: Proposal;
  sheet: string;
  /** Row problems found by checking the records (schema and cross-record errors), added to the proposal's. */
  extra: Problem[];
  files: Array<{ file: string; rows: number[] }>;
  warnings: Map<string, number>;
  lang: Lang;
}

export function planText(p: PlanInput): string {
  const { proposal, sheet, lang } = p;
  const id = lang === 'id';
  const out: string[] = [];
  const ref = (row: number, col?: number): string => cellRef(printable(sheet), row, col);
  const existing = proposal.matches.filter((m) => m.how !== 'new' && m.how !== 'sheet');
  if (existing.length) {
    out.push('', id ? 'Mitra yang cocok dengan register (periksa):' : 'Partners matched in the register (check them):');
    for (const m of existing) {
      const how = { id: 'id', name: id ? 'nama' : 'name', alias: id ? 'alias' : 'alias', similar: id ? 'nama mirip (aturan duplikat)' : 'similar name (the duplicate rule)', new: '', sheet: '' }[m.how];
      out.push(`  ${ref(m.row, m.col).padEnd(14)} ${JSON.stringify(printable(m.text))} → ${m.id} (${how})`);
    }
  }
  if (proposal.partners.length) {
    out.push('', id ? 'Mitra baru:' : 'New partners:');
    for (const np of proposal.partners) {
      const spell = np.spellings.map((s) => JSON.stringify(printable(s))).join(', ');
      out.push(`  ${np.id} (${np.data.type}, ${np.data.country}) ← ${id ? 'baris' : 'rows'} ${np.rows.join(', ')}: ${spell}`);
    }
  }
  const all = [...proposal.problems, ...p.extra].sort((a, b) => a.row - b.row || (a.col ?? -1) - (b.col ?? -1));
  for (const kind of ['unknown', 'inferred', 'info', 'reject'] as const) {
    const list = all.filter((x) => x.kind === kind);
    if (!list.length) continue;
    const title = {
      unknown: id ? 'Nilai yang tidak terbaca (dicatat sebagai tidak diketahui):' : 'Values that could not be read (recorded as unknown):',
      inferred: id ? 'Nilai yang disimpulkan (bukan dari sel):' : 'Values inferred (not read from the cell):',
      info: id ? 'Catatan:' : 'Notes:',
      reject: id ? 'Baris yang ditolak (tidak menjadi catatan):' : 'Rows rejected (they do not become records):',
    }[kind];
    out.push('', title);
    for (const x of list) out.push(`  ${ref(x.row, x.col).padEnd(14)} ${KIND_LABEL[kind][lang]}: ${printable(problemText(x, lang))}`);
  }
  if (p.warnings.size) {
    out.push('', id ? 'Peringatan pada catatan baru (tetap ditulis; `kerjasama validate` merinci):' : 'Warnings on the new records (they are still written; `kerjasama validate` lists them):');
    for (const [code, n] of [...p.warnings].sort()) out.push(`  ${n} × ${code}`);
  }
  if (p.files.length) {
    out.push('', id ? 'Berkas yang akan ditulis:' : 'Files to write:');
    for (const f of p.files) out.push(`  ${f.file}  ← ${printable(sheet)} ${id ? 'baris' : f.rows.length === 1 ? 'row' : 'rows'} ${f.rows.join(', ')}`);
  }
  return out.join('\n') + '\n';
}

export function summaryLine(n: { agreements: number; partners: number; rejected: number; skipped: number; blank: number }, lang: Lang): string {
  return lang === 'id'
    ? `${n.agreements} perjanjian dan ${n.partners} mitra baru; ${n.rejected} baris ditolak; ${n.skipped} baris dilewati; ${n.blank} baris kosong.`
    : `${n.agreements} agreement${n.agreements === 1 ? '' : 's'} and ${n.partners} new partner${n.partners === 1 ? '' : 's'}; ${n.rejected} row${n.rejected === 1 ? '' : 's'} rejected; ${n.skipped} row${n.skipped === 1 ? '' : 's'} skipped; ${n.blank} blank row${n.blank === 1 ? '' : 's'}.`;
}
