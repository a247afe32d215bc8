// Reports as GitHub-flavoured Markdown tables.

import type { Lang } from '../model/types.js';
import { cellText } from './cells.js';
import { provenanceLine } from './provenance.js';
import type { ReportView } from '../view/view.js';
import { markdownCell } from './markdown.js';
import { rr } from './report.words.js';

// The strong escaper (markdown.ts), as the job summary and the diff comment use: no emphasis, links, HTML.
const esc = markdownCell;

export function reportAsMarkdown(view: ReportView, lang: Lang): string {
  const out: string[] = [`## ${esc(view.title[lang])}`, '', `_${esc(provenanceLine(view.provenance, lang))}_`, ''];
  for (const t of view.tables) {
    if (t.title) out.push(`### ${esc(t.title[lang])}`, '');
    if (t.rows.length === 0) {
      out.push(t.empty?.[lang] ?? rr(lang, 'none'), '');
      continue;
    }
    out.push(`| ${t.columns.map((c) => esc(c.label[lang])).join(' | ')} |`);
    out.push(`| ${t.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`);
    for (const r of t.rows) out.push(`| ${t.columns.map((c) => esc(cellText(r[c.key] ?? null, lang, 'human'))).join(' | ')} |`);
    out.push('');
  }
  for (const n of view.notes) out.push(`> ${esc(n[lang])}`, '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
