// --help, and validate's human output, fit a terminal of 60 and of 80 columns in both languages; the
// Indonesian help has no English of commander's own (Usage, Options, choices, default), and its columns
// line up (every description, and every line it wraps to, starts in the same column).

import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const COMMANDS = [[], ['validate'], ['report'], ['report', 'expiring'], ['report', 'inactive'], ['report', 'coverage'], ['report', 'summary'], ['list'], ['show'], ['site'], ['init'], ['new'], ['import'], ['schema'], ['diff'],
  ['set'], ['unset'], ['renew'], ['succeed'], ['terminate'], ['record-activity'], ['migrate']];
const ENGLISH = /\b(Usage|Options|Commands|Arguments):|\((choices|default|preset): |, (choices|default): |\[options\]|\[command\]|display help for command/;
const chars = (s: string): number => [...s].length;

describe.each([60, 80])('at %i columns', (columns) => {
  for (const lang of ['en', 'id'] as const) {
    it(`every --help in ${lang} fits, and its descriptions line up`, async () => {
      for (const cmd of COMMANDS) {
        // On a terminal of that width, and on a pipe with COLUMNS: the same help.
        const tty = await runCli([...cmd, '--help', '--lang', lang], { columns });
        const piped = await runCli([...cmd, '--help', '--lang', lang], { env: { COLUMNS: String(columns) } });
        expect(tty.code, cmd.join(' ')).toBe(0);
        expect(piped.stdout).toBe(tty.stdout);
        const lines = tty.stdout.split('\n');
        for (const line of lines) expect(chars(line), `${cmd.join(' ')} --help --lang ${lang}: ${line}`).toBeLessThanOrEqual(columns);
        if (lang === 'id') expect(tty.stdout, cmd.join(' ')).not.toMatch(ENGLISH);
        // Items: "  term  description", continuation lines indented to the description's column.
        let column: number | undefined;
        for (const line of lines) {
          if (line === '' || /^\S/.test(line)) {
            column = undefined;
            continue;
          }
          const item = /^ {2}(\S.*?) {2,}(\S)/.exec(line);
          const at = line.search(/\S/);
          if (column === undefined) column = item ? (item.index ?? 0) + item[0].length - 1 : undefined;
          else if (!item || at > 2) expect(at, `${cmd.join(' ')} --lang ${lang}: ${line}`).toBe(column);
        }
      }
    });

    it(`validate's problems in ${lang} fit, location lines whole`, async () => {
      const r = await runCli(['validate', '--as-of', '2026-11-22', '--lang', lang], { columns });
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) expect(chars(line), line).toBeLessThanOrEqual(columns);
      // The longest location of the bundled register, whole on one line.
      expect(r.stdout).toMatch(/^(\s*--> )?data\/agreements\/jabar-shizuoka-pks-bahasa-2024\.yaml:21:9$/m);
    });
  }
});
