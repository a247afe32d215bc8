// The text of a .docx or .xlsx document, as a reader sees it, for golden files (the bytes of a zip are not
// compared): a .docx's paragraphs one per line and each table row as its cells joined by " | " (a cell's
// paragraphs joined by " / "); an .xlsx's sheets, each row's values joined by " | ".

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const parser = new SaxesParser();
  const out: string[] = [];
  let depth = 0; // table depth
  let para: string | undefined;
  let inText = false;
  let cellParas: string[] = [];
  let rowCells: string[] = [];
  parser.on('opentag', (t) => {
    if (t.name === 'w:tbl') depth++;
    else if (t.name === 'w:tr') rowCells = [];
    else if (t.name === 'w:tc') cellParas = [];
    else if (t.name === 'w:p') para = '';
    else if (t.name === 'w:t') inText = true;
    else if (t.name === 'w:br' && para !== undefined) para += '\n';
    else if (t.name === 'w:tab' && para !== undefined) para += '\t';
  });
  parser.on('text', (s) => { if (inText && para !== undefined) para += s; });
  parser.on('closetag', (t) => {
    if (t.name === 'w:t') inText = false;
    else if (t.name === 'w:p') {
      if (depth > 0) cellParas.push(para ?? '');
      else out.push(para ?? '');
      para = undefined;
    } else if (t.name === 'w:tc') rowCells.push(cellParas.join(' / '));
    else if (t.name === 'w:tr') out.push(rowCells.join(' | '));
    else if (t.name === 'w:tbl') depth--;
  });
  parser.write(xml).close();
  return out.join('\n') + '\n';
}

export async function xlsxText(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    out.push(`# ${ws.name}`);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const vals: string[] = [];
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.isMerged && c.master !== c) return;
        const v = c.value;
        vals.push(v === null || v === undefined ? '' : typeof v === 'number' ? `#${v}` : String(v));
      });
      while (vals.length && vals[vals.length - 1] === '') vals.pop();
      out.push(`${r}: ${vals.join(' | ')}`);
    });
  }
  return out.join('\n') + '\n';
}
