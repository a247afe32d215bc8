// The built-in forms of the periodic reports as .docx templates: recap (A4 landscape, one table per
// category, totals by category and by sector), implementation (A4 portrait, a section per agreement
// with its activities, results, obstacles and follow-up) and evaluation (A4 landscape, a row per
// partnership, the recommendation's rule). They hold only placeholders — every word comes from the values
// (labels.*, title, …), so one form serves both languages — and are filled by docxTemplate.ts exactly as
// a region's own form is; `--write-template` writes one out to start from. Written as WordprocessingML
// here so that they are reviewable text, not binaries.

import type { TemplateName } from '../view/periodic.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface RunStyle { b?: boolean; sz?: number; i?: boolean }
interface ParaStyle { align?: 'center' | 'right' | 'left'; after?: number; before?: number; keepNext?: boolean; indent?: number }

const run = (text: string, r: RunStyle = {}): string => {
  const props = `${r.b ? '<w:b/><w:bCs/>' : ''}${r.i ? '<w:i/><w:iCs/>' : ''}${r.sz ? `<w:sz w:val="${r.sz}"/><w:szCs w:val="${r.sz}"/>` : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
};

const para = (runs: string, p: ParaStyle = {}): string => {
  const props = `${p.keepNext ? '<w:keepNext/>' : ''}<w:spacing w:before="${p.before ?? 0}" w:after="${p.after ?? 60}"/>${p.indent ? `<w:ind w:left="${p.indent}"/>` : ''}${p.align ? `<w:jc w:val="${p.align}"/>` : ''}`;
  return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>`;
};

/** A paragraph of one text in one style. */
const p = (text: string, r: RunStyle = {}, s: ParaStyle = {}): string => para(run(text, r), s);

const cell = (width: number, content: string, header = false): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${header ? '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' : ''}</w:tcPr>${content}</w:tc>`;

const row = (cells: string, header = false): string => `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;

const table = (widths: readonly number[], rows: string): string =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;

/** A table: a header row of labels and one row that repeats for each item of `list`. */
function loopTable(list: string, cols: ReadonlyArray<{ w: number; head: string; body: string[] }>, sz: number): string {
  const header = row(cols.map((c) => cell(c.w, p(`{${c.head}}`, { b: true, sz }, { after: 0 }), true)).join(''), true);
  const body = row(cols.map((c, i) => {
    const lines = c.body.map((b, j) => `${i === 0 && j === 0 ? `{#${list}}` : ''}${b}${i === cols.length - 1 && j === c.body.length - 1 ? `{/${list}}` : ''}`);
    return cell(c.w, lines.map((l) => p(l, { sz }, { after: 0 })).join(''));
  }).join(''));
  return table(cols.map((c) => c.w), header + body);
}

const LANDSCAPE = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="720" w:right="567" w:bottom="720" w:left="567" w:header="360" w:footer="360" w:gutter="0"/></w:sectPr>';
const PORTRAIT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

const heading = [
  p('{title}', { b: true, sz: 28 }, { align: 'center', after: 40 }),
  p('{region}', { b: true, sz: 24 }, { align: 'center', after: 40 }),
  p('{period_line}', {}, { align: 'center', after: 120 }),
  p('{#has_addressee}{addressee}{/has_addressee}', {}, { after: 160 }),
].join('');

/** The place and date, then each signatory's office, room for the signature, and the name. */
const signature = (indent: number): string => [
  p('{place_date}', {}, { indent, before: 360, after: 60, keepNext: true }),
  p('{#signatories}', {}, { indent }),
  p('{office}', { b: true }, { indent, keepNext: true, after: 720 }),
  p('{name}', { b: true }, { indent, after: 240 }),
  p('{/signatories}', {}, { indent }),
].join('');

const provenance = p('{provenance}', { sz: 14, i: true }, { before: 240 });

function recapBody(): string {
  const sz = 14;
  const cols = [
    { w: 400, head: 'labels.no', body: ['{no}'] },
    { w: 800, head: 'labels.document_type', body: ['{document_type}'] },
    { w: 1100, head: 'labels.our_number', body: ['{our_number}', '{our_date}'] },
    { w: 1100, head: 'labels.partner_number', body: ['{partner_number}', '{partner_date}'] },
    { w: 1500, head: 'labels.title', body: ['{title}'] },
    { w: 1100, head: 'labels.partner', body: ['{partner}'] },
    { w: 1000, head: 'labels.objects_sectors', body: ['{objects_sectors}'] },
    { w: 1100, head: 'labels.scope', body: ['{scope}'] },
    { w: 1000, head: 'labels.term', body: ['{term}'] },
    { w: 800, head: 'labels.status', body: ['{status}'] },
    { w: 900, head: 'labels.dprd', body: ['{dprd}'] },
    { w: 900, head: 'labels.central', body: ['{central}'] },
    { w: 1000, head: 'labels.unit', body: ['{unit}'] },
    { w: 1100, head: 'labels.activities', body: ['{activities}'] },
    { w: 800, head: 'labels.budget', body: ['{budget}'] },
    { w: 1104, head: 'labels.remarks', body: ['{remarks}'] },
  ];
  const totals = (list: string, head: string): string => [
    p(`{${head}}`, { b: true }, { before: 200, keepNext: true }),
    table([6000, 1500], row(cell(6000, p(`{#${list}}{label}`, { sz: 18 }, { after: 0 })) + cell(1500, p(`{count}{/${list}}`, { sz: 18 }, { after: 0, align: 'right' })))),
  ].join('');
  return [
    heading,
    p('{#has_rows}'),
    p('{#groups}'),
    p('{category_label} ({count_text})', { b: true }, { before: 160, keepNext: true }),
    loopTable('rows', cols, sz),
    p('{/groups}'),
    totals('totals_by_category', 'labels.totals_by_category'),
    table([6000, 1500], row(cell(6000, p('{labels.total}', { b: true, sz: 18 }, { after: 0 })) + cell(1500, p('{total}', { b: true, sz: 18 }, { after: 0, align: 'right' })))),
    totals('totals_by_sector', 'labels.totals_by_sector'),
    p('{/has_rows}'),
    p('{^has_rows}{empty}{/has_rows}'),
    signature(10500),
    provenance,
    LANDSCAPE,
  ].join('');
}

function implementationBody(): string {
  const sz = 16;
  const kv = (label: string, value: string): string => row(cell(2600, p(`{${label}}`, { b: true, sz: 18 }, { after: 0 })) + cell(7038, p(`{${value}}`, { sz: 18 }, { after: 0 })));
  const list = (flag: string, items: string, label: string): string => [
    p(`{labels.${label}}`, { b: true }, { before: 120, keepNext: true }),
    p(`{#${flag}}`),
    p(`{#${items}}`),
    p('• {.}', {}, { indent: 284, after: 20 }),
    p(`{/${items}}`),
    p(`{/${flag}}`),
    p(`{^${flag}}{labels.impl_noneRecorded}{/${flag}}`, { i: true }),
  ].join('');
  return [
    heading,
    p('{#has_rows}'),
    p('{#sections}'),
    p('{no}. {title}', { b: true, sz: 24 }, { before: 240, keepNext: true }),
    table([2600, 7038], [
      kv('labels.impl_agreement', 'id'), kv('labels.impl_partner', 'partner'), kv('labels.impl_category', 'category'), kv('labels.document_type', 'document_type'),
      kv('labels.impl_term', 'term'), kv('labels.impl_status', 'status'), kv('labels.impl_unit', 'unit'),
    ].join('')),
    p('{labels.impl_activities}', { b: true }, { before: 120, keepNext: true }),
    p('{#has_activities}'),
    loopTable('activities', [
      { w: 400, head: 'labels.no', body: ['{no}'] },
      { w: 1900, head: 'labels.impl_activity', body: ['{title}'] },
      { w: 1200, head: 'labels.impl_date', body: ['{date}'] },
      { w: 1200, head: 'labels.impl_place', body: ['{place}'] },
      { w: 1000, head: 'labels.impl_type', body: ['{type}'] },
      { w: 1300, head: 'labels.impl_participants', body: ['{participants}'] },
      { w: 1500, head: 'labels.impl_outputs', body: ['{outputs}'] },
      { w: 1138, head: 'labels.impl_budget', body: ['{budget}'] },
    ], sz),
    p('{/has_activities}'),
    p('{^has_activities}{labels.impl_noActivities}{/has_activities}', { i: true }),
    list('has_results', 'results', 'impl_results'),
    list('has_obstacles', 'obstacles', 'impl_obstacles'),
    list('has_follow_up', 'follow_up', 'impl_follow_up'),
    p('{/sections}'),
    p('{/has_rows}'),
    p('{^has_rows}{empty}{/has_rows}'),
    signature(5200),
    provenance,
    PORTRAIT,
  ].join('');
}

function evaluationBody(): string {
  const sz = 16;
  return [
    heading,
    p('{#has_evaluation}'),
    loopTable('evaluation', [
      { w: 400, head: 'labels.no', body: ['{no}'] },
      { w: 2000, head: 'labels.eval_partner', body: ['{partner}'] },
      { w: 2200, head: 'labels.eval_agreements', body: ['{agreements}'] },
      { w: 1700, head: 'labels.eval_category', body: ['{category}'] },
      { w: 1100, head: 'labels.eval_in_force', body: ['{in_force}'] },
      { w: 1100, head: 'labels.eval_activity', body: ['{activity}'] },
      { w: 1100, head: 'labels.eval_approvals', body: ['{approvals}'] },
      { w: 1000, head: 'labels.eval_document', body: ['{document}'] },
      { w: 1100, head: 'labels.eval_outputs', body: ['{outputs}'] },
      { w: 1200, head: 'labels.eval_recommendation', body: ['{recommendation}'] },
      { w: 2804, head: 'labels.eval_reason', body: ['{reason}'] },
    ], sz),
    p('{labels.eval_recommendation}', { b: true }, { before: 200, keepNext: true }),
    table([6000, 1500], row(cell(6000, p('{#recommendation_counts}{label}', { sz: 18 }, { after: 0 })) + cell(1500, p('{count}{/recommendation_counts}', { sz: 18 }, { after: 0, align: 'right' })))),
    p('{/has_evaluation}'),
    p('{^has_evaluation}{empty}{/has_evaluation}'),
    p('{rule_title}', { b: true }, { before: 240, keepNext: true }),
    p('{#rule}'),
    p('{.}', { sz: 18 }, { after: 20 }),
    p('{/rule}'),
    signature(10500),
    provenance,
    LANDSCAPE,
  ].join('');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title><dc:creator>kerjasama</dc:creator></cp:coreProperties>`;

const BODIES: Record<TemplateName, () => string> = { recap: recapBody, implementation: implementationBody, evaluation: evaluationBody };

/** The fixed time every part of a built-in form carries, so that the same values give the same bytes. */
export const FORM_DATE = new Date(Date.UTC(2020, 0, 1));

/** A zip (.docx, .xlsx) again with every part dated FORM_DATE: exceljs and docxtemplater date the parts they write with the time of the run. */
export async function fixedDates(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: PizZip } = await import('pizzip');
  const zip = new PizZip(bytes);
  for (const f of Object.values(zip.files)) f.date = new Date(FORM_DATE);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A built-in form as a .docx template. */
export async function builtInDocx(name: TemplateName): Promise<Uint8Array> {
  const { default: PizZip } = await import('pizzip');
  const zip = new PizZip();
  const add = (path: string, text: string): void => { zip.file(path, text, { date: FORM_DATE, createFolders: false }); };
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', RELS);
  add('docProps/core.xml', CORE);
  add('word/_rels/document.xml.rels', DOC_RELS);
  add('word/styles.xml', STYLES);
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${BODIES[name]()}</w:body></w:document>`);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
