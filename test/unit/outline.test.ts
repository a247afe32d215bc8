// The program is built with only the command the command line names made whole; every other top-level
// command is an outline (name, arguments, description, [options]). What anyone reads must not tell the
// two apart: the list of commands, each command's own help, errors, and a command line read otherwise.

import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildProgram, main, namedCommand } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';

const io = (out: string[] = [], err: string[] = []): IO => ({
  cwd: process.cwd(), env: { COLUMNS: '80' }, now: () => new Date('2026-11-22T03:00:00Z'), stdoutIsTTY: false, stderrIsTTY: false,
  stdout: (s) => void out.push(s), stderr: (s) => void err.push(s),
});
const full = (lang: 'en' | 'id'): Command => buildProgram(io(), lang, () => undefined);
const named = (lang: 'en' | 'id', name: string): Command => buildProgram(io(), lang, () => undefined, [], name);
const find = (root: Command, path: string[]): Command => path.reduce((c, n) => c.commands.find((s) => s.name() === n) as Command, root);
const optionCount = (c: Command): number => c.options.length + c.commands.reduce((n, s) => n + optionCount(s), 0);

describe('namedCommand', () => {
  it.each([
    [['validate'], 'validate'],
    [['report', 'expiring', '--within', '6m'], 'report'],
    [['-C', '../register', 'list', 'agreements'], 'list'],
    [['--register', 'x', '--lang', 'id', '--as-of', '2026-01-01', 'show', 'a'], 'show'],
    [['--as-of=2026-01-01', '--no-color', 'validate'], 'validate'],
    [['-C../register', 'validate'], 'validate'],
    [['help', 'report', 'expiring'], 'report'],
    [['--lang', 'id', 'help', 'validate'], 'validate'],
    [['help'], ''],
    [['--help'], ''],
    [[], ''],
    [['--', 'validate'], ''],
  ])('%j names %j', (argv, want) => {
    expect(namedCommand(argv)).toBe(want);
  });
});

describe('outlined commands', () => {
  for (const lang of ['en', 'id'] as const) {
    it(`the list of commands is the same whole or outlined (${lang})`, () => {
      expect(named(lang, '').helpInformation()).toBe(full(lang).helpInformation());
      expect(named(lang, 'validate').helpInformation()).toBe(full(lang).helpInformation());
    });

    it(`each command named is made whole: its help, and its subcommands', are as in the whole program (${lang})`, () => {
      const whole = full(lang);
      const walk = (c: Command, path: string[]): void => {
        const top = path[0] as string;
        expect(find(named(lang, top), path).helpInformation(), path.join(' ')).toBe(c.helpInformation());
        for (const s of c.commands) walk(s, [...path, s.name()]);
      };
      for (const c of whole.commands) walk(c, [c.name()]);
    });
  }

  it('makes the options of the command named only', () => {
    const program = named('en', 'validate');
    const whole = full('en');
    for (const c of program.commands) {
      const same = find(whole, [c.name()]);
      if (c.name() === 'validate') expect(optionCount(c)).toBe(optionCount(same));
      else {
        expect(c.options.length, c.name()).toBe(Math.min(1, same.options.length));
        expect(c.commands.map((s) => s.name()), c.name()).toEqual(same.commands.map((s) => s.name()));
      }
    }
    expect(optionCount(program)).toBeLessThan(optionCount(whole) / 5);
  });

  it('a command line read otherwise (-- before the command) still runs the command, whole', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['--', 'explain', 'file-misplaced'], io(out, err));
    const out2: string[] = [];
    const code2 = await main(['explain', 'file-misplaced'], io(out2));
    expect(err.join('')).toBe('');
    expect(code).toBe(code2);
    expect(out.join('')).toBe(out2.join(''));
    expect(out.join('')).toContain('file-misplaced');
  });

  it('so does help for a command that command line reading did not name', async () => {
    const out: string[] = [];
    const code = await main(['help', '--', 'validate'], io(out));
    const out2: string[] = [];
    await main(['validate', '--help'], io(out2));
    expect(code).toBe(0);
    expect(out.join('')).toBe(out2.join(''));
  });
});
