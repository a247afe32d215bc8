// The office's daily view (issue 10): the message catalogue has both languages, Indonesian output has
// no raw status or category codes in prose, every CSV reads as one clean table with a strict parser and
// is the same in both languages, the calendar reminds and its UIDs name the register, colour follows
// NO_COLOR / FORCE_COLOR / --no-color, and tables fit the terminal.

import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { MESSAGES, t } from '../src/cli/messages.js';
import { HELP } from '../src/cli/help.words.js';
import { fit, reportAsTable } from '../src/render/reportTable.js';
import { makeStyle } from '../src/render/style.js';
import { L, type ReportView } from '../src/view/view.js';
import { displayWidth, wrapLines } from '../src/render/wrap.js';
import type { Command } from 'commander';
import { cleanup, exampleRegister, runCli, writeFiles } from './helpers.js';

afterAll(cleanup);

const AS_OF = '2026-11-22';
let example: string | undefined;
const register = (): string => (example ??= exampleRegister());

describe('the message catalogue', () => {
  it('has every key in English and Indonesian, and the two differ where words are involved', () => {
    const sample = { n: 2, kind: 'agreement', id: 'x', flag: '--x', value: 'v', config: 'kerjasama.yaml', dir: 'd', cwd: 'c', formats: 'a, b', name: 'n', path: 'p', root: 'r', message: 'm', output: 'o', target: 't', flags: '--a', owner: 'o', where: 'w', list: 'l', ids: 'i', rel: 'r', other: 'o', foreign: 'f', takes: 't', keys: 'k', part: 'p', key: 'k', allowed: 'a', like: 'l', choices: 'c', label: 'l', tries: 5, party: 'p', done: 1, total: 2, seconds: '1.0', max: 1, reason: 'r', names: 'n',
      // import
      text: 'x', why: 'w', category: 'KSDD', type: 'city', field: 'signed', file: 'f', ext: '.xlsm', cause: 'ENOENT', size: '70 MB', sheet: 'S', rows: 3, columns: 4, line: 2,
      from: 'headers', fields: 'a, b', mapping: 'm.yaml', rejects: 'r.csv', wanted: 'w', sheets: '1: S', agreements: 2, partners: 1, rejected: 0, skipped: 0, blank: 0, letter: 'B', country: 'JP' };
    for (const key of Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>) {
      const en = t('en', key, sample);
      const id = t('id', key, sample);
      expect(en, key).not.toBe('');
      expect(id, key).not.toBe('');
      expect(id, `${key} has no Indonesian`).not.toMatch(/\b(the|must|not|and|with|exists|needs)\b/);
    }
  });

  it('translates every description of --help (commands, options, arguments)', () => {
    const io = { cwd: '/', env: {}, now: () => new Date(), stdoutIsTTY: false, stderrIsTTY: false, stdout: () => undefined, stderr: () => undefined };
    const texts = (cmd: Command): string[] => [cmd.description(), ...cmd.options.map((o) => o.description), ...cmd.registeredArguments.map((a) => a.description)];
    const missing: string[] = [];
    // Every entry of the help catalogue (keyed by command, option and argument) has both languages.
    for (const [key, entry] of Object.entries(HELP)) {
      for (const lang of ['en', 'id'] as const) if (typeof entry[lang] !== 'string' || entry[lang] === '') missing.push(`${key}: no ${lang}`);
    }
    const ids = new Set(Object.values(HELP).map((e) => e.id));
    // The same program in both languages, walked side by side: every description has its Indonesian
    // (from the help catalogue, or from the field model's words for new's flags), and none is a key
    // the catalogue does not have.
    const walk = (id: Command, en: Command): void => {
      const [a, b] = [texts(id), texts(en)];
      a.forEach((text, i) => {
        if (text && !ids.has(text) && text === b[i]) missing.push(`${id.name()}: ${text}`);
        if (text && /^[a-z-]+(\.[a-z-]+)+$/.test(text) && !Object.hasOwn(HELP, text)) missing.push(`${id.name()}: no help ${text}`);
      });
      id.commands.forEach((c, i) => walk(c, en.commands[i] as Command));
    };
    walk(buildProgram(io, 'id', () => undefined), buildProgram(io, 'en', () => undefined));
    expect(missing).toEqual([]);
  });

  it('prints --help, usage errors and commander errors in Indonesian for an Indonesian register', async () => {
    const help = await runCli(['report', 'expiring', '--help'], { cwd: register() });
    expect(help.stdout).toMatch(/^Penggunaan: kerjasama report expiring \[opsi\]/);
    expect(help.stdout).toContain('rentang pemantauan');
    const bad = await runCli(['report', 'expiring', '--within', 'soon'], { cwd: register() });
    expect(bad).toMatchObject({ code: 2, stderr: 'kerjasama: --within memerlukan jangka waktu seperti 90d, 6m atau 1y, bukan soon\n' });
    const choice = await runCli(['report', 'expiring', '--format', 'pdf'], { cwd: register() });
    expect(choice.stderr).toMatch(/^kesalahan: nilai 'pdf' untuk opsi/);
    // A value near one of the choices is named, in the reader's language.
    const near = await runCli(['report', 'expiring', '--format', 'tabel'], { cwd: register() });
    expect(near).toMatchObject({ code: 2, stderr: expect.stringMatching(/^kesalahan: nilai 'tabel' untuk opsi .*\. \(Maksud Anda table\?\)$/m) });
    const nearEn = await runCli(['report', 'expiring', '--format', 'tabel', '--lang', 'en'], { cwd: register() });
    expect(nearEn.stderr).toMatch(/argument 'tabel' is invalid\. Allowed choices are .*\. \(Did you mean table\?\)$/m);
    const en = await runCli(['show', 'nope', '--lang', 'en'], { cwd: register() });
    expect(en.stderr).toBe('kerjasama: no partner, agreement or activity has the id nope\n');
  });

  it('show: an agreement that records no end says so, as report expiring does, not a bare dash', async () => {
    const dir = exampleRegister();
    const en = await runCli(['show', 'ntb-bali-ntt-pks-2026', '--lang', 'en', '--as-of', '2026-11-22'], { cwd: dir, columns: 120 });
    expect(en.stdout).toMatch(/│ last day in force +│ no end recorded +│/);
    const id = await runCli(['show', 'ntb-bali-ntt-pks-2026', '--lang', 'id', '--as-of', '2026-11-22'], { cwd: dir, columns: 120 });
    expect(id.stdout).toMatch(/│ hari terakhir berlaku +│ tanggal berakhir tidak dicatat +│/);
  });

  it('show: an id misspelled is answered with the closest; a record whose own file has errors is said to be so, not unknown', async () => {
    const dir = exampleRegister();
    const near = await runCli(['show', 'shizuok', '--lang', 'en'], { cwd: dir });
    expect(near).toMatchObject({ code: 2, stderr: 'kerjasama: no partner, agreement or activity has the id shizuok (did you mean shizuoka?)\n' });
    // A clerk types the partner's name, or a part of an agreement's id: the records it names.
    const name = await runCli(['show', 'Prefektur Shizuoka', '--lang', 'en'], { cwd: dir });
    expect(name.stderr).toBe('kerjasama: no partner, agreement or activity has the id Prefektur Shizuoka (did you mean shizuoka?)\n');
    const part = await runCli(['show', 'shizuoka-mou', '--lang', 'en'], { cwd: dir });
    expect(part.stderr).toBe('kerjasama: no partner, agreement or activity has the id shizuoka-mou (did you mean jabar-shizuoka-mou-2017?)\n');
    const set = await runCli(['set', 'shizuoka-mou', 'notes=x', '--lang', 'en'], { cwd: dir });
    expect(set.stderr).toContain('has the id shizuoka-mou (did you mean jabar-shizuoka-mou-2017?)');
    writeFiles(dir, { 'data/partners/shizuoka.yaml': 'name: Prefektur Shizuoka\n\ttype: foreign_subnational\n' });
    const en = await runCli(['show', 'shizuoka', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('kerjasama: the partner shizuoka cannot be shown: its file has errors; run `kerjasama validate` to see them\n');
    const id = await runCli(['show', 'shizuoka'], { cwd: dir });
    expect(id.stderr).toContain('kerjasama: mitra shizuoka tidak dapat ditampilkan: berkasnya mengandung kesalahan; jalankan `kerjasama validate` untuk melihatnya\n');
  });
});

/** Codes of statuses, stages, document types and activities that must not stand in Indonesian prose. */
const CODES = ['in_force', 'renewal_unrecorded', 'superseded', 'negotiating', 'terminated', 'expired', 'active', 'signed', 'pending', 'draft', 'not_applicable', 'action_plan', 'trade_mission', 'foreign_subnational', 'foreign_government', 'central_government', 'cultural_event', 'technical_project'];

describe('Indonesian output', () => {
  const commands = [
    ['report', 'expiring'], ['report', 'expiring', '--all'], ['report', 'inactive'], ['report', 'coverage'], ['report', 'summary'],
    ['list', 'agreements'], ['list', 'partners'], ['list', 'activities'], ['show', 'jabar-shizuoka-renewal-2022'], ['show', 'shizuoka'], ['validate'],
  ];
  for (const cmd of commands) {
    it(`kerjasama ${cmd.join(' ')} shows no status or category code in prose`, async () => {
      const r = await runCli([...cmd, '--as-of', AS_OF, '--lang', 'id'], { cwd: register(), columns: 100 });
      // A code may stand where the record's own YAML is shown: in backticks, a source line of validate
      // (`  20 | status: active`), `key: value` as typed in a file, or a value's code in brackets after its
      // label. A record's free text (notes) is the office's own, in whatever language it was written.
      const prose = (r.stdout + r.stderr)
        .replace(/│ (?:notes|catatan) {2,}│[\s\S]*?(?=\n[├└])/g, '')
        .split('\n').filter((l) => !/^\s*\d+ \|/.test(l)).join('\n')
        .replace(/`[^`]*`/g, '').replace(/\([a-z_]+\)/g, '').replace(/\b[a-z_]+: [a-z_]+\b/g, '').replace(/\b[a-z0-9]+(?:[-.][a-z0-9]+)+\b/g, '');
      const found = CODES.filter((c) => new RegExp(`(^|[^\\w-])${c}([^\\w-]|$)`).test(prose));
      expect(found).toEqual([]);
    });
  }
});

/** Every report and list that has a CSV format. */
const CSV_COMMANDS = [
  ['report', 'expiring'], ['report', 'expiring', '--all'], ['report', 'inactive'], ['report', 'coverage'], ['report', 'coverage', '--by', 'country'],
  ['report', 'coverage', '--by', 'category'], ['report', 'coverage', '--matrix'], ['list', 'agreements'], ['list', 'partners'], ['list', 'activities'],
];

const NUMBER = /^-?\d+(\.\d+)?$/;
const NUMERIC = /^(days_left|days_since|last_3_years|activities|agreements_count|budget_[A-Z]{3}|[A-Z]{2})$/;

describe('CSV', () => {
  for (const cmd of CSV_COMMANDS) {
    it(`kerjasama ${cmd.join(' ')} --format csv is one table, typed, the same in both languages`, async () => {
      const out: Record<string, string> = {};
      for (const lang of ['en', 'id']) {
        const r = await runCli([...cmd, '--format', 'csv', '--as-of', AS_OF, '--lang', lang], { cwd: register() });
        expect(r.code).toBe(0);
        out[lang] = r.stdout;
      }
      expect(out['id']).toBe(out['en']);
      // Strict: one header, every record as wide as it, no blank line in the middle, quotes well formed.
      const records = parse(out['en'] as string, { bom: true, columns: true, skip_empty_lines: false, relax_column_count: false, relax_quotes: false }) as Array<Record<string, string>>;
      expect(records.length).toBeGreaterThan(0);
      const header = Object.keys(records[0] ?? {});
      expect(new Set(header).size).toBe(header.length);
      for (const rec of records) {
        for (const [k, v] of Object.entries(rec)) {
          // Empty only where nothing is known: no activity yet (days_since), an end not known (days_left).
          if (NUMERIC.test(k) && !(k === 'agreements' && cmd[0] === 'report')) expect(v, `${k} is a number`).toMatch(v === '' && (k === 'days_since' || (k === 'days_left' && rec['bucket'] === 'end_unknown')) ? /^$/ : NUMBER);
          if (k.endsWith('_uncertain') || k === 'stale') expect(v, `${k} is true/false`).toMatch(/^(true|false|)$/);
          if (k === 'status' || k === 'derived_status' || k === 'bucket' || k === 'stage' || k === 'coverage' || k === 'document_type' || k === 'state' || k === 'type') expect(v, `${k} is a code`).toMatch(/^[a-z_0-9]*$/);
        }
      }
      // No words of either language where the data are codes and numbers.
      expect(out['en']).not.toMatch(/belum pernah|never|tidak dicatat|not recorded,/);
    });
  }

  it('gives budgets as a number column per currency, zero as 0', async () => {
    const r = await runCli(['report', 'coverage', '--format', 'csv', '--as-of', AS_OF], { cwd: register() });
    const records = parse(r.stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    const edu = records.find((x) => x['key'] === 'pendidikan');
    expect(edu).toMatchObject({ budget_AUD: '120000', budget_JPY: '3500000', budget_IDR: '0' });
    const matrix = parse((await runCli(['report', 'coverage', '--matrix', '--format', 'csv', '--as-of', AS_OF], { cwd: register() })).stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(matrix.every((row) => Object.entries(row).every(([k, v]) => k === 'sector' || NUMBER.test(v)))).toBe(true);
  });
});

describe('the calendar feed', () => {
  it('reminds before each renewal start (calendar.reminder, default 7 days), with UIDs that name the register owner', async () => {
    const r = await runCli(['report', 'expiring', '--format', 'ics', '--as-of', AS_OF], { cwd: register() });
    const comp = new ICAL.Component(ICAL.parse(r.stdout));
    const events = comp.getAllSubcomponents('vevent');
    const renewals = events.filter((e) => String(e.getFirstPropertyValue('uid')).includes('-renewal@'));
    expect(renewals.length).toBeGreaterThan(0);
    for (const e of renewals) {
      const alarms = e.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(String(alarms[0]?.getFirstPropertyValue('action'))).toBe('DISPLAY');
      expect((alarms[0]?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-7 * 86400);
      expect(String(e.getFirstPropertyValue('uid'))).toMatch(/^[a-z0-9._-]+-renewal@ntb\.kerjasama$/);
    }
    // End events carry no alarm; the feed is the same from run to run.
    expect(events.filter((e) => String(e.getFirstPropertyValue('uid')).includes('-end@')).every((e) => e.getAllSubcomponents('valarm').length === 0)).toBe(true);
    expect((await runCli(['report', 'expiring', '--format', 'ics', '--as-of', AS_OF], { cwd: register() })).stdout).toBe(r.stdout);
  });

  it('gives two registers with the same record id different UIDs, and takes the lead from kerjasama.yaml', async () => {
    const other = exampleRegister();
    writeFiles(other, { 'kerjasama.yaml': (await import('node:fs')).readFileSync(`${register()}/kerjasama.yaml`, 'utf8').replace('owner: ntb', 'owner: jatim').replace('reminder: 7d', 'reminder: 1m') });
    const uids = async (dir: string): Promise<string[]> => {
      const r = await runCli(['report', 'expiring', '--format', 'ics', '--as-of', AS_OF], { cwd: dir });
      return new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    };
    const a = await uids(register());
    const b = await uids(other);
    const record = (uid: string): string => uid.split('@')[0] ?? '';
    // The same records, in both feeds, under different UIDs.
    expect(a.map(record).filter((x) => b.map(record).includes(x)).length).toBeGreaterThan(0);
    expect(a.filter((u) => b.includes(u))).toEqual([]);
    const ics = (await runCli(['report', 'expiring', '--format', 'ics', '--as-of', AS_OF], { cwd: other })).stdout;
    // A month before the renewal start of 2 Oct 2026 is 2 Sep 2026: 30 days (iCalendar has no months).
    expect(ics).toContain('TRIGGER:-P30D');
    expect(ics).not.toContain('TRIGGER:-P7D');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  const run = (env: Record<string, string>, extra: string[] = []): Promise<{ stdout: string }> =>
    runCli(['report', 'expiring', '--as-of', AS_OF, ...extra], { cwd: register(), env: { NO_COLOR: '', ...env }, columns: 120 });
  it('is on on a terminal, with coloured borders', async () => {
    const r = await run({});
    expect(r.stdout).toContain(ESC);
    expect(r.stdout).toMatch(/\u001b\[2m[┌│├└]/);
  });
  it('is off with NO_COLOR, FORCE_COLOR=0 or --no-color, borders included', async () => {
    for (const [env, extra] of [[{ NO_COLOR: '1' }, []], [{ FORCE_COLOR: '0' }, []], [{}, ['--no-color']]] as Array<[Record<string, string>, string[]]>) {
      expect((await run(env, extra)).stdout).not.toContain(ESC);
    }
  });
  it('is on off a terminal with FORCE_COLOR=1..3', async () => {
    for (const level of ['1', '2', '3']) {
      const r = await runCli(['report', 'expiring', '--as-of', AS_OF], { cwd: register(), env: { NO_COLOR: '', FORCE_COLOR: level } });
      expect(r.stdout).toContain(ESC);
    }
  });
});

describe('tables in a terminal', () => {
  const view = (rows: number, titleLength: number): ReportView => ({
    title: L('T', 'T'),
    provenance: { report: 'x', asOf: AS_OF, register: 'R', considered: rows, unit: 'records', filters: [] },
    tables: [{
      columns: [
        { key: 'id', label: L('id', 'id'), wrap: true },
        { key: 'title', label: L('title', 'judul'), wrap: true },
        { key: 'extra', label: L('a rather long extra column', 'kolom tambahan'), priority: 1 },
        { key: 'n', label: L('count', 'jumlah'), align: 'right' },
      ],
      rows: Array.from({ length: rows }, (_, i) => ({ id: `record-number-${i}`, title: 'word '.repeat(titleLength).trim(), extra: 'something', n: i })),
    }],
    notes: [L('A note that is long enough to need wrapping at any of the widths the test uses, more than sixty columns.', 'Catatan.')],
  });
  it('keeps whole rows without a width, and fits every width from 20 to 160', () => {
    const wide = reportAsTable(view(3, 40), 'en', makeStyle(false));
    expect(Math.max(...wide.split('\n').map(displayWidth))).toBeGreaterThan(160);
    for (let width = 20; width <= 160; width += 7) {
      const text = reportAsTable(view(3, 40), 'en', makeStyle(false), { width });
      for (const line of text.split('\n')) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      // Where the id column is not squeezed, ids stay whole.
      if (width >= 48) expect(text).toContain('record-number-2');
    }
  });
  it('drops columns by priority first, and stacks when the columns that stay do not fit', () => {
    const cols = view(1, 5).tables[0]?.columns ?? [];
    const texts = [['record-number-0', 'word word word word word', 'something', '0']];
    const heads = cols.map((c) => c.label.en);
    expect(fit(cols, heads, texts, 200)).toBeUndefined();
    const narrow = fit(cols, heads, texts, 50);
    expect(narrow !== undefined && narrow !== 'stacked' && narrow.keep).toEqual([0, 1, 3]);
    expect(fit(cols, heads, texts, 30)).toBe('stacked');
    const stacked = reportAsTable(view(2, 5), 'en', makeStyle(false), { width: 30 });
    expect(stacked).toContain('record-number-1\n  title');
  });
  it('draws long tables in one layout, fitted, as cli-table3 draws each row', () => {
    const text = reportAsTable(view(450, 12), 'en', makeStyle(false), { width: 70 });
    const lines = text.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(70);
    const borders = lines.filter((l) => l.startsWith('├'));
    expect(new Set(borders).size).toBe(1);
    expect(borders.length).toBe(450);
  });
  it('wraps words at spaces, a long word at its hyphens, and keeps a bullet hanging', () => {
    expect(wrapLines('jabar-shizuoka-pks-bahasa-2024 ok', 20)).toEqual(['jabar-shizuoka-pks-', 'bahasa-2024 ok']);
    expect(wrapLines('• one two three four', 12)).toEqual(['• one two', '  three four']);
    expect(wrapLines('静岡県静岡県', 6)).toEqual(['静岡県', '静岡県']);
  });
});
