// Words in one way: every sentence a user reads comes from a catalogue kept beside its area, in English
// and Bahasa Indonesia (src/model/words.ts). This test reads every module of src/ with the TypeScript
// parser and fails on a string literal that holds prose (two or more words) outside the catalogue files:
//   words.ts, *.words.ts, src/cli/messages.ts, src/model/codes.ts   catalogues: a key to a text in both languages;
//   *.data.ts                                             tables that recognise input (header names,
//                                                         synonyms, country names), never shown as prose.
// The text of a plain `new Error(…)` is exempt: it is a programmer's invariant, shown to a user only as
// "internal error: …" asking for a bug report (UsageError, GitError and diagnostics carry keys and values).
// A statement marked `// not prose: <why>` is exempt (code written into a generated file, say).
// A second test checks that every entry of every catalogue has both languages.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const SRC = join(REPO, 'src');
const CATALOGUE = /([./]words|\/messages|\/codes)\.ts$/;
const DATA = /\.data\.ts$/;


function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Two words or more of letters: prose, in either language. Markup and entities are not words. */
export function isProse(text: string): boolean {
  const t = text.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' ');
  return /\b[A-Za-z][a-z]+ [a-z]{2,}\b/.test(t);
}

const PROGRAMMER_ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

/** The prose literals of a module: line and text. */
export function proseIn(path: string, source: string): Array<[number, string]> {
  const sf = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const hits: Array<[number, string]> = [];
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    // A plain Error is a programmer's invariant, shown only inside "internal error: …, please report it".
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && PROGRAMMER_ERRORS.has(n.expression.text)) return;
    // A statement marked "// not prose: <why>" (code written into a generated file, say) is exempt, visibly.
    if (ts.isStatement(n) && (ts.getLeadingCommentRanges(source, n.getFullStart()) ?? []).some((c) => /not prose: \S/.test(source.slice(c.pos, c.end)))) return;
    let text: string | undefined;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
    else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) text = n.text;
    if (text !== undefined && isProse(text)) hits.push([sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, text]);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return hits;
}

describe('words in one way', () => {
  it('finds prose in a literal and not in code, markup or identifiers', () => {
    expect(isProse('the register has errors')).toBe(true);
    expect(isProse('perjanjian berlaku')).toBe(true);
    expect(isProse('<td class="num">')).toBe(false);
    expect(isProse('font-family:system-ui')).toBe(false);
    expect(proseIn('x.ts', "import { a } from './b c.js';\nconst k = 'agreement_id';\nconst s = `Status ${k} ini`;"))
      .toEqual([]);
    expect(proseIn('x.ts', "throw new Error('an edit needs a path');")).toEqual([]);
    expect(proseIn('x.ts', "// not prose: JavaScript for dist/\nconst js = ['  const exports = {};'];")).toEqual([]);
    expect(proseIn('x.ts', "// not prose:\nconst js = ['  const exports = {};'];")).toEqual([[2, '  const exports = {};']]);
    expect(proseIn('x.ts', "throw new UsageError('the register has errors');")).toEqual([[1, 'the register has errors']]);
    expect(proseIn('x.ts', "const s = lang === 'id' ? 'tidak ada data' : 'no records';")).toEqual([
      [1, 'tidak ada data'],
      [1, 'no records'],
    ]);
  });

  it('no prose literal outside the catalogue files', () => {
    const found: string[] = [];
    for (const f of files(SRC)) {
      const rel = relative(REPO, f);
      if (CATALOGUE.test(rel) || DATA.test(rel)) continue;
      for (const [line, text] of proseIn(rel, readFileSync(f, 'utf8'))) found.push(`${rel}:${line}: ${JSON.stringify(text.slice(0, 80))}`);
    }
    expect(found, 'prose outside a catalogue: move it to the *.words.ts beside its area').toEqual([]);
  });

  it('every entry of every catalogue has both languages', async () => {
    const missing: string[] = [];
    let entries = 0;
    for (const f of files(SRC).filter((p) => CATALOGUE.test(relative(REPO, p)))) {
      const mod = (await import(pathToFileURL(f).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
        for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
          if (!entry || typeof entry !== 'object' || !('en' in entry || 'id' in entry)) continue;
          entries += 1;
          for (const lang of ['en', 'id'] as const) {
            const text = (entry as Record<string, unknown>)[lang];
            const ok = (typeof text === 'string' && text.length > 0) || typeof text === 'function';
            if (!ok) missing.push(`${relative(REPO, f)} ${name}.${key}: no ${lang}`);
          }
        }
      }
    }
    expect(entries).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});
