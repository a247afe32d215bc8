// The error catalogue: every code in CODES has a reproducer that triggers exactly that code, with the
// catalogue's severity and a position; and docs/errors.md is what test/errors/errorsDoc.ts generates.
// UPDATE_DOCS=1 (npm run docs:errors) rewrites docs/errors.md.

import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_CODES, CODES, codeTemplate } from '../../src/model/codes.js';
import { makeRegister, REPO, runCli } from '../helpers.js';
import { generateErrorsDoc } from './errorsDoc.js';
import { cleanupReproducers, DEFAULT_AS_OF, materialise, REPRODUCERS } from './reproducers.js';

/** Codes about a whole file, which have no line and column. */
const NO_POSITION = new Set(['file-unreadable', 'file-symlink-outside', 'file-symlink-unsafe', 'file-misplaced', 'file-not-regular', 'file-extension']);

interface JsonDiag { code: string; severity: string; file: string; line: number | null; column: number | null; message: string }

describe('error catalogue', () => {
  afterAll(cleanupReproducers);

  it('has a reproducer for every code, and none for codes that do not exist', () => {
    expect(Object.keys(REPRODUCERS).sort()).toEqual([...ALL_CODES].sort());
  });

  for (const code of ALL_CODES) {
    const info = CODES[code];
    if (code === 'config-invalid') {
      it('config-invalid: validate stops with exit 2 and names the code on stderr', async () => {
        const r = REPRODUCERS[code];
        if (!r) throw new Error('no reproducer');
        const { dir } = materialise(r);
        const res = await runCli(['validate', '--format', 'json', '--as-of', r.asOf ?? DEFAULT_AS_OF], { cwd: dir });
        expect(res.code).toBe(2);
        expect(res.stdout).toBe('');
        expect(res.stderr).toContain('error[config-invalid]');
        expect(res.stderr).toMatch(/--> kerjasama\.yaml:\d+:\d+/);
      });
      continue;
    }
    it(`${code}: the reproducer triggers exactly this code, as ${info.severity}`, async () => {
      const r = REPRODUCERS[code];
      if (!r) throw new Error('no reproducer');
      const { dir } = materialise(r);
      const res = await runCli([...(r.federation ? ['aggregate', 'conflicts'] : ['validate']), '--format', 'json', '--as-of', r.asOf ?? DEFAULT_AS_OF], { cwd: dir });
      const diags = (JSON.parse(res.stdout) as { diagnostics: JsonDiag[] }).diagnostics;
      expect([...new Set(diags.map((d) => d.code))].filter((c) => !r.alongside?.includes(c))).toEqual([code]);
      for (const d of diags) {
        expect(d.severity).toBe(info.severity);
        expect(d.file).toMatch(r.federation ? /^identity\.yaml$|^[a-z]+\/data\// : /^data\//);
        expect(d.message.length).toBeGreaterThan(10);
        if (NO_POSITION.has(code)) continue;
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
      expect(res.code).toBe(info.severity === 'error' ? 1 : 0);
    });
  }

  it('file-unreadable also comes from a file without read permission (skipped when running as root)', async (ctx) => {
    const dir = makeRegister({ 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' });
    const file = join(dir, 'data/partners/jatim.yaml');
    chmodSync(file, 0o000);
    let readable = false;
    try {
      accessSync(file, constants.R_OK);
      readable = true;
    } catch {
      // Not readable: the case under test.
    }
    if (readable) {
      chmodSync(file, 0o644);
      ctx.skip();
      return;
    }
    const res = await runCli(['validate', '--format', 'json', '--as-of', DEFAULT_AS_OF], { cwd: dir });
    chmodSync(file, 0o644);
    const diags = (JSON.parse(res.stdout) as { diagnostics: JsonDiag[] }).diagnostics;
    expect(diags.map((d) => [d.code, d.file])).toEqual([['file-unreadable', 'data/partners/jatim.yaml']]);
    expect(diags[0]?.message).toContain('permission denied');
    expect(res.code).toBe(1);
  });

  it('docs/errors.md is up to date (npm run docs:errors regenerates it)', async () => {
    const path = join(REPO, 'docs', 'errors.md');
    const fresh = await generateErrorsDoc();
    for (const code of ALL_CODES) expect(fresh).toContain(`### ${code}\n`);
    // Both languages of the hint: a clerk who ran validate in Indonesian looks up the saran it gave.
    expect(fresh).toContain('- Saran: Ganti tab dengan spasi (dua per tingkat).');
    // status-contradicted's hint is chosen by a key (fix: expired, superseded …): the docs give the general
    // one, as kerjasama explain does, never a bare ‹fix›.
    expect(fresh).not.toContain('‹fix›');
    const mark = (n: string): string => `‹${n}›`;
    expect(fresh).toContain(`- Hint: ${codeTemplate(CODES['status-contradicted'].hint.en, mark)}\n`);
    expect(fresh).toContain('- Hint: Set the status the dates call for (expired, signed, superseded), correct the date, or record the renewal as a new agreement with renews:.\n');
    expect(fresh).toContain('- Saran: Ubah status sesuai tanggalnya (expired, signed, superseded), perbaiki tanggalnya, atau catat perpanjangannya sebagai perjanjian baru dengan renews:.\n');
    if (process.env['UPDATE_DOCS']) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, fresh);
      return;
    }
    expect(existsSync(path), 'docs/errors.md is missing: run npm run docs:errors').toBe(true);
    expect(readFileSync(path, 'utf8'), 'docs/errors.md is stale: run npm run docs:errors').toBe(fresh);
  });
});
