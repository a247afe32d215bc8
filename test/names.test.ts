// A clerk's walkthrough in Indonesian: every human output names what `show` and `report expiring` name
// (partners by name, countries by name with the code), and the header line says the report and the
// uncommitted changes in the reader's language. JSON and CSV keep the machine values.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, git, runCli } from './helpers.js';

afterAll(cleanup);

const AS_OF = ['--as-of', '2026-11-22'];

describe('the header line', () => {
  it('names the report in the reader\'s language (Indonesian: not the English command words)', async () => {
    const dir = exampleRegister();
    const cases: Array<[string[], string, string]> = [
      [['report', 'expiring'], 'expiring', 'akan berakhir'],
      [['report', 'inactive'], 'inactive', 'tidak aktif'],
      [['report', 'coverage'], 'coverage', 'cakupan'],
      [['report', 'summary'], 'summary', 'ringkasan'],
      [['list', 'agreements'], 'list agreements', 'daftar perjanjian'],
      [['list', 'partners'], 'list partners', 'daftar mitra'],
      [['show', 'shizuoka'], 'show shizuoka', 'rincian shizuoka'],
    ];
    for (const [args, en, id] of cases) {
      for (const format of ['table', 'markdown']) {
        const idOut = (await runCli([...args, ...AS_OF, '--lang', 'id', '--format', format], { cwd: dir })).stdout;
        const line = idOut.split('\n').find((l) => l.includes(' · per ')) ?? '';
        expect(line.replace(/^_/, '')).toMatch(new RegExp(`^${id} · per `));
        const enOut = (await runCli([...args, ...AS_OF, '--lang', 'en', '--format', format], { cwd: dir })).stdout;
        const enLine = enOut.split('\n').find((l) => l.includes(' · as of ')) ?? '';
        expect(enLine.replace(/^_/, '')).toMatch(new RegExp(`^${en} · as of `));
      }
      // JSON keeps the machine value.
      const json = JSON.parse((await runCli([...args, ...AS_OF, '--lang', 'id', '--format', 'json'], { cwd: dir })).stdout) as { report: string };
      expect(json.report).toBe(en);
    }
  });

  it('says uncommitted changes in words in both languages; JSON keeps +changes', async () => {
    const dir = exampleRegister();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    writeFileSync(join(dir, 'data', 'partners', 'shizuoka.yaml'), '# changed\n' + (await import('node:fs')).readFileSync(join(dir, 'data', 'partners', 'shizuoka.yaml'), 'utf8'));
    const head = git(dir, 'rev-parse', 'HEAD').trim().slice(0, 12);
    for (const [lang, words] of [['id', '+ perubahan belum di-commit'], ['en', '+ uncommitted changes']] as const) {
      for (const format of ['table', 'markdown']) {
        const out = (await runCli(['report', 'expiring', ...AS_OF, '--lang', lang, '--format', format, '--no-cache'], { cwd: dir })).stdout;
        expect(out).not.toContain('+changes');
        expect(out.replace(/\s+/g, ' ')).toContain(`@ ${head}`);
        expect(out.replace(/\s+/g, ' ')).toContain(words);
      }
    }
    const json = JSON.parse((await runCli(['report', 'expiring', ...AS_OF, '--format', 'json', '--no-cache'], { cwd: dir })).stdout) as { commit: string };
    expect(json.commit).toMatch(/\+changes$/);
  });
});
