// Hostile input: each bad file sits in a register beside another record with a deliberate error
// (an unknown partner). validate must not throw or exit 2, must report the bad file with its position,
// and must still check the other record. No timed assertions: vitest's test timeout is the guard.

import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../src/load/load.js';
import { cleanup, makeRegister, REPO, runCli, type Files } from './helpers.js';

interface JsonDiag { code: string; severity: string; file: string; line: number | null; column: number | null; message: string; hint: string }

const OTHER_FILE = 'data/agreements/ntb-nowhere-mou-2024.yaml';
/** A record with one error of its own, to show the rest of the register is still checked. */
const OTHER: Files = { [OTHER_FILE]: 'title: MoU NTB – Nowhere\ncategory: KSDD\ndocument_type: mou\npartners: [jatim, nowhere]\nstatus: draft\n' };
const JATIM = 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n';
const BAD = 'data/partners/jatim.yaml';

const outside: string[] = [];
afterAll(() => {
  cleanup();
  for (const p of outside.splice(0)) rmSync(p, { recursive: true, force: true });
});

async function validate(dir: string): Promise<{ code: number; diags: JsonDiag[] }> {
  const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir });
  expect(r.code, r.stderr).not.toBe(2);
  expect([0, 1]).toContain(r.code);
  return { code: r.code, diags: (JSON.parse(r.stdout) as { diagnostics: JsonDiag[] }).diagnostics };
}

/** Validates a register holding `bad` at BAD plus OTHER; returns the diagnostics of the bad file. */
async function hostile(bad: string | Uint8Array | undefined, setup?: (dir: string) => void): Promise<JsonDiag[]> {
  const dir = makeRegister({ ...(bad === undefined ? {} : { [BAD]: bad }), ...OTHER });
  setup?.(dir);
  const { code, diags } = await validate(dir);
  expect(code).toBe(1);
  const other = diags.filter((d) => d.file === OTHER_FILE);
  expect(other.map((d) => [d.code, d.line, d.column])).toContainEqual(['unknown-partner', 4, 19]);
  return diags.filter((d) => d.file === BAD);
}

function expectPositioned(diags: JsonDiag[], code: string): JsonDiag {
  const d = diags.find((x) => x.code === code);
  expect(d, `expected ${code} in ${JSON.stringify(diags)}`).toBeDefined();
  if (!d) throw new Error('unreachable');
  expect(d.severity).toBe('error');
  expect(d.line).toBeGreaterThanOrEqual(1);
  expect(d.column).toBeGreaterThanOrEqual(1);
  return d;
}

const BILLION_LAUGHS = [
  'name: &a "lol"',
  'type: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'country: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'region: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'notes: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'aliases: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'sources: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'contacts: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  'website: [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
  '',
].join('\n');
const DEEP_FLOW = `${JATIM}notes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;

function blockNest(levels: number): string {
  const lines: string[] = [];
  for (let i = 0; i < levels; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  return lines.join('\n') + '\n';
}

describe('hostile input', () => {
  it('alias bomb (billion laughs): every alias refused, nothing expanded', async () => {
    const diags = await hostile(BILLION_LAUGHS);
    const d = expectPositioned(diags, 'yaml-alias');
    expect([d.line, d.column]).toEqual([2, 11]);
    expect(diags.every((x) => x.code === 'yaml-alias')).toBe(true);
    expect(diags).toHaveLength(8 * 9);
  });

  it('flow nesting 10,000 levels deep', async () => {
    const diags = await hostile(DEEP_FLOW);
    expect(diags.map((d) => d.code)).toEqual(['yaml-too-deep']);
    const d = expectPositioned(diags, 'yaml-too-deep');
    expect(d.line).toBe(4);
  });

  it('flow mappings nested 10,000 levels deep', async () => {
    const diags = await hostile(`${JATIM}notes: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`);
    expect(diags.map((d) => d.code)).toEqual(['yaml-too-deep']);
  });

  it('block sequences nested 10,000 levels deep on one line (- - - …)', async () => {
    const diags = await hostile(`${JATIM}aliases:\n${'- '.repeat(10_000)}x\n`);
    expect(diags.map((d) => d.code)).toEqual(['yaml-too-deep']);
    expect(expectPositioned(diags, 'yaml-too-deep').line).toBe(5);
  });

  it('block indentation 1,400 levels deep (just under the size limit)', async () => {
    const text = blockNest(1400);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const diags = await hostile(text);
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-too-deep', 101, 101]]);
  });

  it('block indentation 10,000 levels deep (50 MB of spaces) is refused by size', async () => {
    const diags = await hostile(blockNest(10_000));
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([['file-too-large', 1, 1]]);
  });

  it('a 50 MB file is refused by its size, without being parsed', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
    big.write(JATIM + 'notes: ');
    const diags = await hostile(big);
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([['file-too-large', 1, 1]]);
    expect(diags[0]?.message).toContain(String(50 * 1024 * 1024));
  });

  it('a file with 500,000 YAML errors: the first 100 and how many more, no crash (issue 27)', async () => {
    const diags = await hostile(`${JATIM}notes: x\n${']'.repeat(500_000)}\n`);
    expect(diags.length).toBeLessThanOrEqual(101);
    const more = diags.find((d) => d.code === 'file-too-many-problems');
    expect(more, JSON.stringify(diags.slice(0, 3))).toBeDefined();
    expect(more?.message).toMatch(/more problems/);
    expect(Number(/(\d[\d,]*) more/.exec(more?.message ?? '')?.[1]?.replace(/,/g, ''))).toBeGreaterThan(400_000);
    expect(diags.filter((d) => d.code === 'yaml-syntax').length).toBe(100);
    expectPositioned(diags, 'yaml-syntax');
  });

  it('a binary file', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const diags = await hostile(bytes);
    expect(diags.map((d) => d.code)).toEqual(['file-binary']);
    expectPositioned(diags, 'file-binary');
  });

  it('Latin-1 bytes', async () => {
    const latin1 = Uint8Array.from('name: Provinsi Jawa Timur\ntype: province\ncountry: ID\nregion: Surabaya – Caf\u00e9\n', (c) => c.charCodeAt(0) & 0xff);
    const diags = await hostile(latin1);
    expect(diags.map((d) => [d.code, d.line])).toEqual([['file-encoding', 4]]);
    expectPositioned(diags, 'file-encoding');
  });

  it('a byte-order mark is accepted without a diagnostic, and the record is read', async () => {
    const diags = await hostile('\uFEFF' + JATIM);
    expect(diags).toEqual([]);
  });

  it('CRLF line endings are accepted, and the record is read', async () => {
    const diags = await hostile(JATIM.replace(/\n/g, '\r\n'));
    expect(diags).toEqual([]);
  });

  it('__proto__ and constructor keys are refused, and nothing is polluted', async () => {
    const text = `${JATIM}__proto__: {polluted: yes, type: company}\nconstructor: {prototype: {polluted: yes}}\ncontacts:\n  - __proto__: {isAdmin: true}\n    name: Biro\n`;
    const diags = await hostile(text);
    expect(diags.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['schema-unknown-field', 4, 1, '`__proto__` is not a field of a partner'],
      ['schema-unknown-field', 5, 1, '`constructor` is not a field of a partner'],
      ['schema-unknown-field', 7, 5, '`__proto__` is not a field of contacts[0]'],
    ]);
    const probe = {} as Record<string, unknown>;
    expect(probe['polluted']).toBeUndefined();
    expect(probe['isAdmin']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('__proto__ cannot change a loaded record: its own type is what the schema sees', () => {
    const dir = makeRegister({ [BAD]: `name: Pemprov\n__proto__: {type: province, country: ID}\n` });
    const loaded = loadRegister(dir);
    expect(loaded.dataset.partners.has('jatim')).toBe(false);
    expect(loaded.diagnostics.filter((d) => d.file === BAD).map((d) => d.code).sort()).toEqual(['schema-required', 'schema-required', 'schema-unknown-field']);
    expect(({} as Record<string, unknown>)['type']).toBeUndefined();
  });

  describe('YAML 1.1 surprises', () => {
    it('no, on and NO stay text (YAML 1.2): the Norway problem does not happen', async () => {
      const dir = makeRegister({ [BAD]: 'name: no\naliases: [on, off, yes, y, n]\ntype: foreign_government\ncountry: NO\n', ...OTHER });
      const { diags } = await validate(dir);
      expect(diags.filter((d) => d.file === BAD)).toEqual([]);
      const jatim = loadRegister(dir).dataset.partners.get('jatim');
      expect(jatim?.data.name).toBe('no');
      expect(jatim?.data.aliases).toEqual(['on', 'off', 'yes', 'y', 'n']);
      expect(jatim?.data.country).toBe('NO');
    });

    it('0777 in a text field: a wrong type, with a hint to quote it as written', async () => {
      const diags = await hostile('name: 0777\ntype: province\ncountry: ID\n');
      const d = expectPositioned(diags, 'schema-type');
      expect([d.line, d.column]).toEqual([1, 7]);
      expect(d.message).toBe('`name` must be text, not the number 777');
      expect(d.hint).toContain('Put the value in quotes: name: "0777"');
    });

    it('true in a text field: a hint to quote it', async () => {
      const diags = await hostile('name: true\ntype: province\ncountry: ID\n');
      expect(expectPositioned(diags, 'schema-type').hint).toContain('name: "true"');
    });

    it('yes in a true/false field is text, and said so', async () => {
      const diags = await hostile(`${JATIM}example: yes\n`);
      const d = expectPositioned(diags, 'schema-type');
      expect(d.message).toBe('`example` must be true or false, not the text "yes"');
    });

    it('an unquoted date with a time in a date field: schema-format, with a hint about the time', async () => {
      const dir = makeRegister({ ...OTHER, 'data/partners/jatim.yaml': JATIM, 'data/activities/visit.yaml': 'title: Visit\ntype: visit\npartners: [jatim]\nstart: 2024-01-01 10:00\n' });
      const { diags } = await validate(dir);
      const d = expectPositioned(diags.filter((x) => x.file === 'data/activities/visit.yaml'), 'schema-format');
      expect([d.line, d.column]).toEqual([4, 8]);
      expect(d.message).toContain('found `2024-01-01 10:00`');
      expect(d.hint).toContain('keep only the date part');
      expect(diags.map((x) => x.code)).toContain('unknown-partner');
    });
  });

  it('a custom tag (!foo)', async () => {
    const diags = await hostile('name: !foo Jawa Timur\ntype: province\ncountry: ID\n');
    const d = expectPositioned(diags, 'yaml-custom-tag');
    expect([d.line, d.column]).toEqual([1, 7]);
    expect(d.message).toContain('`!foo`');
  });

  it('YAML 1.1 tags (!!binary, !!timestamp, !!set) are refused like custom tags', async () => {
    const diags = await hostile('name: !!binary SmF3YSBUaW11cg==\ntype: province\ncountry: ID\nregion: !!timestamp 2024-01-01\naliases: !!set {a, b}\n');
    expect(diags.map((d) => [d.code, d.line, d.message])).toEqual([
      ['yaml-custom-tag', 1, 'the tag `!!binary` is not supported'],
      ['yaml-custom-tag', 4, 'the tag `!!timestamp` is not supported'],
      ['yaml-custom-tag', 5, 'the tag `!!set` is not supported'],
    ]);
  });

  it('a merge key with an alias (<<: *x)', async () => {
    const diags = await hostile('base: &x {type: province, country: ID}\nname: Jawa Timur\n<<: *x\n');
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([
      ['yaml-merge-key', 3, 1],
      ['yaml-alias', 3, 5],
    ]);
  });

  it('a symbolic link to a file outside the register', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kerjasama-outside-'));
    outside.push(elsewhere);
    writeFileSync(join(elsewhere, 'secret.yaml'), JATIM);
    const diags = await hostile(undefined, (dir) => symlinkSync(join(elsewhere, 'secret.yaml'), join(dir, BAD)));
    expect(diags.map((d) => [d.code, d.line])).toEqual([['file-symlink-outside', null]]);
    expect(diags[0]?.message).toContain('secret.yaml');
  });

  it('a broken symbolic link is unreadable', async () => {
    const diags = await hostile(undefined, (dir) => symlinkSync('nowhere.yaml', join(dir, BAD)));
    expect(diags.map((d) => [d.code, d.line])).toEqual([['file-unreadable', null]]);
    expect(diags[0]?.message).toContain('broken symbolic link');
  });

  it('a symbolic link loop is unreadable', async () => {
    const diags = await hostile(undefined, (dir) => {
      symlinkSync('loop-b.yaml', join(dir, BAD));
      symlinkSync('jatim.yaml', join(dir, 'data/partners/loop-b.yaml'));
    });
    expect(diags.map((d) => d.code)).toEqual(['file-unreadable']);
  });

  it('a file without read permission is unreadable (skipped as root, who can read anything)', async (ctx) => {
    const dir = makeRegister({ [BAD]: JATIM, ...OTHER });
    const file = join(dir, BAD);
    chmodSync(file, 0o000);
    try {
      accessSync(file, constants.R_OK);
      ctx.skip();
      return;
    } catch {
      // Unreadable, as wanted.
    }
    try {
      const { diags } = await validate(dir);
      expect(diags.filter((d) => d.file === BAD).map((d) => d.code)).toEqual(['file-unreadable']);
      expect(diags.map((d) => d.code)).toContain('unknown-partner');
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('a folder without read permission is reported, not silently skipped (skipped as root)', async (ctx) => {
    const dir = makeRegister({ [BAD]: JATIM, ...OTHER, 'data/activities/v.yaml': 'title: x\n' });
    const folder = join(dir, 'data/activities');
    chmodSync(folder, 0o000);
    try {
      try {
        accessSync(folder, constants.R_OK);
        ctx.skip();
        return;
      } catch {
        // Unreadable, as wanted.
      }
      const { diags } = await validate(dir);
      expect(diags.filter((d) => d.file === 'data/activities').map((d) => [d.code, d.message])).toEqual([['file-unreadable', 'the file cannot be read: permission denied']]);
      expect(diags.map((d) => d.code)).toContain('unknown-partner');
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  describe('the real binary in a child process', () => {
    const bin = join(REPO, 'bin', 'kerjasama.js');
    const runBin = (dir: string): { status: number | null; signal: string | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [bin, 'validate', '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir, encoding: 'utf8', timeout: 50_000, env: { ...process.env, NO_COLOR: '1' } });

    for (const [name, text, code] of [
      ['10,000-deep flow nesting', DEEP_FLOW, 'yaml-too-deep'],
      ['10,000-deep block sequences', `${JATIM}aliases:\n${'- '.repeat(10_000)}x\n`, 'yaml-too-deep'],
      ['an alias bomb', BILLION_LAUGHS, 'yaml-alias'],
      ['a list as a mapping key (no Node warning on stderr)', `${JATIM}? [a, b]\n: 1\n`, 'schema-unknown-field'],
      ['500,000 YAML errors in one file', `${JATIM}${']'.repeat(500_000)}\n`, 'file-too-many-problems'],
    ] as const) {
      it(`${name}: exits 1 with a diagnostic, no crash`, () => {
        const dir = makeRegister({ [BAD]: text, ...OTHER });
        const r = runBin(dir);
        expect(r.signal, r.stderr).toBeNull();
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toBe('');
        const diags = (JSON.parse(r.stdout) as { diagnostics: JsonDiag[] }).diagnostics;
        expect(diags.filter((d) => d.file === BAD).map((d) => d.code)).toContain(code);
        expect(diags.map((d) => [d.file, d.code])).toContainEqual([OTHER_FILE, 'unknown-partner']);
      });
    }
  });
});
