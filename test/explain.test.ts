// kerjasama explain: every code explained in both languages from the catalogue that words the
// diagnostics, the list of every code, an unknown code as a usage error naming the closest, and validate's
// pointer to it after the problems it lists.

import { afterAll, describe, expect, it } from 'vitest';
import { ALL_CODES, CODES, codeTemplate } from '../src/model/codes.js';
import { codesText, explainText } from '../src/render/explain.js';
import { displayWidth } from '../src/render/wrap.js';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

describe('kerjasama explain', () => {
  it('explains every code in both languages: title, severity, message with ‹parameters›, hint, where the example is; within 80 columns', () => {
    for (const code of ALL_CODES) {
      for (const lang of ['en', 'id'] as const) {
        const text = explainText(code, lang, 80);
        expect(text.startsWith(`${code}: `)).toBe(true);
        expect(text.replace(/\s+/g, ' ')).toContain(codeTemplate(CODES[code].message[lang], (n) => `‹${n}›`).replace(/\s+/g, ' '));
        expect(text).toContain(`docs/errors.md#${code}`);
        // validate sends the reader here for "how to fix it": every code says what to do (status-contradicted said nothing).
        expect(text, `${code} ${lang}`).toMatch(lang === 'en' ? /\nHint: \S/ : /\nSaran: \S/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        // A part the hint cannot do without is shown as ‹name›, never left out: not "Allowed: ." (schema-enum).
        expect(text, `${code} ${lang}`).not.toMatch(/: \.(?!\.)|,\s*\.(?!\.)/);
        for (const line of text.split('\n')) expect(displayWidth(line), `${code} ${lang}: ${line}`).toBeLessThanOrEqual(80);
      }
    }
  });

  it('a hint whose list of allowed values is the point says it as ‹allowed› (schema-enum, subform-category), in both languages', () => {
    expect(explainText('schema-enum', 'en', 200)).toContain('Hint: Allowed: ‹allowed›.');
    expect(explainText('schema-enum', 'id', 200)).toContain('Saran: Yang diizinkan: ‹allowed›.');
    expect(explainText('subform-category', 'en', 200)).toContain('Hint: For ‹category› use one of: ‹allowed›.');
    expect(explainText('subform-category', 'id', 200)).toContain('Saran: Untuk ‹category› gunakan salah satu: ‹allowed›.');
  });

  it('lists every code once, under its group, in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      const text = codesText(lang, 80);
      for (const code of ALL_CODES) expect(text.match(new RegExp(`^  ${code} `, 'gm'))?.length, code).toBe(1);
      for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    }
  });

  it('an unknown code is a usage error naming the closest codes, by spelling or by words of a title in either language', async () => {
    const dir = makeRegister({});
    const typo = await runCli(['explain', 'date-ordr', '--lang', 'en'], { cwd: dir });
    expect([typo.code, typo.stdout]).toEqual([2, '']);
    expect(typo.stderr).toContain('date-order');
    const words = await runCli(['explain', 'urutan tanggal', '--lang', 'id'], { cwd: dir });
    expect(words.code).toBe(2);
    expect(words.stderr).toMatch(/tidak ada kode "urutan tanggal"; yang paling mirip: date-order\./);
    const ok = await runCli(['explain', 'YAML-TAB-INDENT', '--lang', 'id'], { cwd: dir });
    expect([ok.code, ok.stdout.split('\n')[0]]).toEqual([0, 'yaml-tab-indent: Tab dipakai untuk indentasi']);
  });

  it('validate ends its list of problems by naming where the first code is explained; a clean register does not', async () => {
    const broken = makeRegister({ 'data/partners/x.yaml': 'name: X\n\ttype: province\ncountry: ID\n' });
    const en = await runCli(['validate', '--lang', 'en'], { cwd: broken });
    expect(en.code).toBe(1);
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('What a code means and how to fix it: kerjasama explain yaml-tab-indent');
    const id = await runCli(['validate', '--lang', 'id'], { cwd: broken });
    expect(id.stdout.trimEnd().split('\n').at(-1)).toBe('Arti suatu kode dan cara memperbaikinya: kerjasama explain yaml-tab-indent');
    const clean = await runCli(['validate', '--lang', 'en'], { cwd: makeRegister({}) });
    expect(clean.code).toBe(0);
    expect(clean.stdout).not.toContain('kerjasama explain');
  });
});
