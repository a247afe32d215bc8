// What an import will do, as text for the reader: the mapping chosen, the partners matched and made, the
// values that became unknowns or were inferred, the rows rejected and skipped, and every file to write
// with the row it came from; and the mapping file --write-mapping writes. Pure; the words are the
// catalogue's (src/cli/messages.ts); spreadsheet text is shown with control characters escaped, so no
// cell can drive the terminal.

import { columnLetter, FIELDS, type ColumnMap, type Field } from '../import/columns.js';
import { fieldWords } from '../model/fields.words.js';
import type { Proposal } from '../import/map.js';
import { cellRef, type MappingProblem, type Problem, type WhyCode } from '../import/problems.js';
import type { Lang } from '../model/types.js';
import { MESSAGES, t, type MessageKey } from './messages.js';

/** Control characters (C0, DEL, C1, line and paragraph separators, bidi controls) as \u escapes. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What the importer says about a cell or a row, in one language. */
export function problemText(p: Problem, lang: Lang): string {
  const key: MessageKey = `import.${p.code}`;
  const why = p.params['why'];
  if (why === undefined) return t(lang, key, p.params);
  const whyKey: MessageKey = `import.why.${why as WhyCode}`;
  const reason = t(lang, whyKey, { type: p.params['whyType'] ?? '', country: p.params['whyCountry'] ?? '', category: p.params['whyCategory'] ?? '', code: p.params['code'] ?? '' });
  return t(lang, key, { ...p.params, why: reason });
}

/** What is wrong with a mapping file, in one language. */
export function mappingProblemText(m: MappingProblem, lang: Lang): string {
  const key: MessageKey = `import.mapping.${m.problem}`;
  return t(lang, key, m.params);
}

/** What a column's field holds: the import's own words for it, else the field model's help. */
const fieldHelp = (f: Field, lang: Lang): string => {
  const key = `import.field.${f}`;
  if (Object.hasOwn(MESSAGES, key)) return t(lang, key as MessageKey);
  return fieldWords(`agreement.${f}`)?.help?.[lang] ?? f;
};

export function mappingLines(cols: ColumnMap, sheet: string, width: number, lang: Lang): string[] {
  const out = [t(lang, 'import.plan.headers', { sheet: printable(sheet), rows: cols.headerRows.join('–') || '–', from: cols.from })];
  for (let c = 0; c < width; c++) {
    const f = cols.fields.get(c);
    const h = cols.headers.get(c);
    if (!f && !h) continue;
    const head = h ? JSON.stringify(printable(h).slice(0, 40)) : '';
    const target = f ? (f === 'ignore' ? t(lang, 'import.plan.notImported') : `${f}  · ${fieldHelp(f, lang)}`) : t(lang, 'import.plan.notRecognised');
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
  const out: string[] = [];
  const ref = (row: number, col?: number): string => cellRef(printable(sheet), row, col);
  const existing = proposal.matches.filter((m) => m.how !== 'new' && m.how !== 'sheet');
  if (existing.length) {
    out.push('', t(lang, 'import.plan.matched'));
    for (const m of existing) {
      const how = m.how === 'id' ? 'id' : t(lang, m.how === 'code' ? 'import.plan.how.code' : m.how === 'name' ? 'import.plan.how.name' : m.how === 'alias' ? 'import.plan.how.alias' : 'import.plan.how.similar');
      out.push(`  ${ref(m.row, m.col).padEnd(14)} ${JSON.stringify(printable(m.text))} → ${m.id} (${how})`);
    }
  }
  if (proposal.partners.length) {
    out.push('', t(lang, 'import.plan.newPartners'));
    for (const np of proposal.partners) {
      const spell = np.spellings.map((s) => JSON.stringify(printable(s))).join(', ');
      out.push(`  ${np.id} (${np.data.type}, ${np.data.country}) ← ${t(lang, 'import.plan.rows', { n: np.rows.length })} ${np.rows.join(', ')}: ${spell}`);
    }
  }
  const all = [...proposal.problems, ...p.extra].sort((a, b) => a.row - b.row || (a.col ?? -1) - (b.col ?? -1));
  for (const kind of ['unknown', 'inferred', 'info', 'reject'] as const) {
    const list = all.filter((x) => x.kind === kind);
    if (!list.length) continue;
    // The section's title says what its lines are (inferred, unknown, rejected): said once, not again on each line.
    out.push('', t(lang, `import.plan.title.${kind}`));
    for (const x of list) out.push(`  ${ref(x.row, x.col).padEnd(14)} ${printable(problemText(x, lang))}`);
  }
  if (p.warnings.size) {
    out.push('', t(lang, 'import.plan.warnings'));
    for (const [code, n] of [...p.warnings].sort()) out.push(`  ${n} × ${code}`);
  }
  if (p.files.length) {
    out.push('', t(lang, 'import.plan.files'));
    for (const f of p.files) out.push(`  ${f.file}  ← ${printable(sheet)} ${t(lang, 'import.plan.rows', { n: f.rows.length })} ${f.rows.join(', ')}`);
  }
  return out.join('\n') + '\n';
}

export function summaryLine(n: { agreements: number; partners: number; rejected: number; skipped: number; blank: number }, lang: Lang): string {
  return t(lang, 'import.plan.summary', n);
}

/** A header as a YAML comment: one line, no control characters. */
const commentText = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').slice(0, 80);

/** The mapping as a file the user can edit and pass back with --mapping. */
export function mappingText(cols: ColumnMap, sheet: string, width: number, lang: Lang): string {
  const lines = [
    t(lang, 'import.mapping.intro'),
    t(lang, 'import.mapping.fields', { fields: FIELDS.join(', ') }),
    `sheet: ${JSON.stringify(sheet)}`,
    `header_row: ${cols.headerRows.length === 1 ? cols.headerRows[0] : JSON.stringify(cols.headerRows)}`,
    'columns:',
  ];
  for (let c = 0; c < width; c++) {
    const f = cols.fields.get(c);
    const h = cols.headers.get(c);
    if (f) lines.push(`  ${columnLetter(c)}: ${f}${h ? `    # ${commentText(h)}` : ''}`);
    else if (h) lines.push(`  # ${columnLetter(c)}: notes?    # ${commentText(h)} (${t(lang, 'import.mapping.notRecognised')})`);
  }
  lines.push(t(lang, 'import.mapping.defaults'), '# defaults:', '#   country: ID', '');
  return lines.join('\n');
}
