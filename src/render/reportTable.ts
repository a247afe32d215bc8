// Reports as terminal tables (cli-table3). Colour only when the Style has it, and always beside a
// text label, so nothing depends on colour alone.

import Table from 'cli-table3';
import type { Lang } from '../model/types.js';
import { cellText, cellTone } from './cells.js';
import type { Style } from './style.js';
import type { ReportView } from './view.js';
import { provenanceLine } from './provenance.js';

export function reportAsTable(view: ReportView, lang: Lang, style: Style): string {
  const out: string[] = [style.bold(view.title[lang]), style.dim(provenanceLine(view.provenance, lang)), ''];
  for (const t of view.tables) {
    if (t.title) out.push(style.bold(t.title[lang]));
    if (t.rows.length === 0) {
      out.push(style.dim(t.empty?.[lang] ?? (lang === 'id' ? '(tidak ada)' : '(none)')), '');
      continue;
    }
    const table = new Table({
      head: t.columns.map((c) => c.label[lang]),
      colAligns: t.columns.map((c) => c.align ?? 'left'),
      style: { head: style.enabled ? ['bold'] : [], border: style.enabled ? ['grey'] : [], compact: false },
      wordWrap: true,
    });
    for (const r of t.rows) {
      table.push(t.columns.map((c) => {
        const cell = r[c.key] ?? null;
        const text = cellText(cell, lang, 'human');
        const tone = cellTone(cell);
        return tone === 'bad' ? style.red(text) : tone === 'warn' ? style.yellow(text) : tone === 'good' ? style.green(text) : tone === 'muted' ? style.dim(text) : text;
      }));
    }
    out.push(table.toString(), '');
  }
  for (const n of view.notes) out.push(style.dim(n[lang]));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
