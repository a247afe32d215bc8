// `kerjasama explain`: what a diagnostic code means and how to fix it, from the catalogue that words the
// diagnostics themselves (model/codes.ts), in the reader's language: one code, or every code by group.
// docs/errors.md is the same catalogue with an example register for each code.

import { ALL_CODES, CODES, codeTemplate, GROUP_WORDS, groupTitle, type Code, type Group } from '../model/codes.js';
import { maxOf } from '../model/lists.js';
import type { Lang } from '../model/types.js';
import { cw } from './diagnostics.words.js';
import { words } from './words.js';
import { displayWidth, wrapLines, wrapProse } from './wrap.js';

/** A parameter of a message, as the reader sees it: ‹file›, ‹value›. */
const shown = (name: string): string => `‹${name}›`;

/** One code: its title, severity and group, its message with ‹parameters›, its hint, and where its example is. */
export function explainText(code: Code, lang: Lang, width?: number): string {
  const info = CODES[code];
  const w = words(lang);
  const hint = codeTemplate(info.hint[lang], shown);
  return [
    wrapProse(`${code}: ${info.title[lang]}`, width, 2),
    `${info.severity === 'error' ? w.error : w.warning} · ${groupTitle(info.group, lang)}`,
    '',
    wrapProse(`${cw(lang, 'explain.message')}: ${codeTemplate(info.message[lang], shown)}`, width, 2),
    ...(hint ? [wrapProse(`${cw(lang, 'explain.hint')}: ${hint}`, width, 2)] : []),
    '',
    wrapProse(cw(lang, 'explain.example', { code }), width, 0),
  ].join('\n') + '\n';
}

/** Every code, by group: code, severity, title. */
export function codesText(lang: Lang, width?: number): string {
  const w = words(lang);
  const codeWidth = maxOf(ALL_CODES.map((c) => c.length), 0);
  const sevWidth = Math.max(w.error.length, w.warning.length);
  const out: string[] = [];
  for (const g of Object.keys(GROUP_WORDS) as Group[]) {
    const codes = ALL_CODES.filter((c) => CODES[c].group === g);
    if (codes.length === 0) continue;
    if (out.length) out.push('');
    out.push(groupTitle(g, lang));
    for (const c of codes) {
      const sev = CODES[c].severity === 'error' ? w.error : w.warning;
      // The title wraps within its own column: the code and severity columns stay clear.
      const lead = `  ${c.padEnd(codeWidth)}  ${sev.padEnd(sevWidth)}  `;
      const title = CODES[c].title[lang];
      const lines = width === undefined || lead.length + displayWidth(title) <= width ? [title] : wrapLines(title, Math.max(20, width - lead.length));
      lines.forEach((l, i) => out.push(`${i === 0 ? lead : ' '.repeat(lead.length)}${l}`));
    }
  }
  out.push('', wrapProse(cw(lang, 'explain.listFooter'), width, 0));
  return out.join('\n') + '\n';
}
