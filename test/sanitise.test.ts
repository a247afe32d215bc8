// Issue 13: untrusted text never becomes control. The renderers are fed hostile text directly (as if the
// schema had let it through), and the CLI is run on registers whose values and file names hold ESC, BEL,
// CR and workflow commands.

import ICAL from 'ical.js';
import { describe, expect, it, afterAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownCell } from '../src/render/markdown.js';
import { reportAsCsv } from '../src/render/reportCsv.js';
import { reportAsMarkdown } from '../src/render/reportMarkdown.js';
import { reportAsTable } from '../src/render/reportTable.js';
import { expiringAsIcs } from '../src/render/reportIcs.js';
import { makeStyle } from '../src/render/style.js';
import { guardWorkflowCommands, visible } from '../src/render/sanitise.js';
import type { ReportView } from '../src/view/view.js';
import type { ExpiringReport } from '../src/report/expiring.js';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const HOSTILE = 'Kota \u001b[2J\u001b]0;pwned\u0007 A\rFAKE LINE\u009b31m @octocat <img src=x onerror=alert(1)> [x](javascript:alert(1)) *em*';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/;

const view: ReportView = {
  title: { en: `Report ${HOSTILE}`, id: `Laporan ${HOSTILE}` },
  provenance: { report: 'test', asOf: '2026-11-22', register: HOSTILE, considered: 1, unit: 'records', filters: [] },
  tables: [{ columns: [{ key: 'title', label: { en: 'Title', id: 'Judul' } }, { key: 'notes', label: { en: 'Notes', id: 'Catatan' } }], rows: [{ title: HOSTILE, notes: `line one\nline two ${HOSTILE}` }] }],
  notes: [{ en: HOSTILE, id: HOSTILE }],
};

describe('the sanitising layer, per output format', () => {
  it('terminal table: no raw control character; ESC, BEL and CR shown visibly', () => {
    const out = reportAsTable(view, 'en', makeStyle(false));
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).not.toContain('\r');
    expect(out).toContain('␛[2J');
    expect(out).toContain('␇');
    expect(out).toContain('␍');
  });

  it('CSV: no bare CR splits a row, no raw control character', () => {
    const out = reportAsCsv(view, 'en');
    const body = out.replace(/\r\n/g, '\n');
    expect(body).not.toContain('\r');
    expect(body).not.toMatch(RAW_CONTROL);
    // Two tables rows: the header and the one row (its notes' line break quoted inside the field).
    expect(body.split('\n').filter((l) => l.startsWith('"Kota') || l.startsWith('Kota'))).toHaveLength(1);
  });

  it('Markdown report: the strong escaper (no HTML, links, emphasis, mentions, controls)', () => {
    const out = reportAsMarkdown(view, 'en');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/(?<!\\)\](\(javascript:)/);
    expect(out).toContain('\\[x\\](javascript:');
    expect(out).not.toMatch(/(^|[^\\])\*em\*/);
    expect(out).not.toMatch(/(^|\s)@octocat/);
    expect(out).toContain('&lt;img');
  });

  it('@mentions are neutralised, e-mail addresses kept', () => {
    expect(markdownCell('ping @octocat and @org/team')).not.toMatch(/@[a-z]/);
    expect(markdownCell('mail kerjasama@ntbprov.go.id')).toContain('kerjasama@ntbprov.go.id');
  });

  it('iCalendar: no bare CR splits an event; ical.js reads one event with the text as written', () => {
    const rep: ExpiringReport = {
      within: '1y', horizonEnd: '2027-11-22', considered: 1, endUnknown: [],
      rows: [{ id: 'a', title: HOSTILE, partners: [{ id: 'p', name: `P\rEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:pwned`, country: 'ID' }], category: 'KSDD', status: 'active', derivedStatus: 'in_force', end: '2027-01-01', endLatest: '2027-01-01', endAsRecorded: '2027-01-01', endUncertain: false, daysLeft: 40, bucket: 'within_90', renewalStart: '2026-10-01', renewalStartPassed: true, renewedBy: null } as ExpiringReport['rows'][number]],
    };
    const out = expiringAsIcs(rep, { asOf: '2026-11-22', register: HOSTILE }, 'en');
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(out).not.toMatch(RAW_CONTROL);
    const cal = new ICAL.Component(ICAL.parse(out));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    expect(events.map((e) => String(e.getFirstPropertyValue('summary')))).not.toContain('pwned');
  });

  it('GitHub: a line that would start a workflow command is broken, wherever a line starts (LF, CR, CRLF)', () => {
    for (const text of ['::error::x', 'a\n::stop-commands::t', 'a\r::add-mask::s', 'a\r\n  ::warning::w', 'x ##[set-output name=a]b']) {
      const out = guardWorkflowCommands(text);
      expect(out.split(/\r\n|\r|\n/).some((l) => /^\s*::/.test(l))).toBe(false);
      expect(out).not.toContain('##[');
    }
    expect(visible('a\u202eb')).toBe('a\\u{202E}b');
  });
});

describe('the CLI on hostile registers', () => {
  const register = (): string => {
    const dir = makeRegister({
      // A value that is not valid (so it is echoed in a diagnostic), holding ESC, BEL, CR and a workflow command.
      'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: "province\\e]0;pwned\\a\\r\\n::error title=x::injected\\n::stop-commands::tok"\ncountry: ID\n',
      // Control characters in a text field: refused by the schema, with a position.
      'data/partners/bali.yaml': 'name: "Bali\\e[2J\\a\\rFAKE"\ntype: province\ncountry: ID\n',
    });
    // A file name with a line break and a workflow command.
    writeFileSync(join(dir, 'data/partners', 'x\n::error::from-a-file-name.yaml'), 'name: X\n');
    return dir;
  };

  it('the schema refuses ESC, BEL and CR in a text field, with a positioned diagnostic', async () => {
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22'], { cwd: register() });
    const diags = (JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; file: string; line: number; column: number; message: string }> }).diagnostics;
    const d = diags.find((x) => x.code === 'text-control-character' && x.file === 'data/partners/bali.yaml');
    expect(d).toBeDefined();
    expect([d?.line, d?.column]).toEqual([1, 7]);
    expect(d?.message).toContain('U+001B (ESC)');
  });

  it('names a line break in a one-line text in the reader’s language', async () => {
    const dir = makeRegister({ 'data/partners/bali.yaml': 'name: "Bali\\nBaru"\ntype: province\ncountry: ID\n' });
    const message = async (lang: string): Promise<string | undefined> => {
      const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22', '--lang', lang], { cwd: dir });
      return (JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; message: string }> }).diagnostics.find((x) => x.code === 'text-control-character')?.message;
    };
    expect(await message('en')).toContain('U+000A (line feed)');
    expect(await message('id')).toContain('U+000A (baris baru)');
  });

  it('notes may hold line breaks and tabs, not ESC', async () => {
    const dir = makeRegister({ 'data/partners/jatim.yaml': 'name: Jatim\ntype: province\ncountry: ID\nnotes: "one\\n\\ttwo"\n', 'data/partners/bali.yaml': 'name: Bali\ntype: province\ncountry: ID\nnotes: "one\\e[2J"\n' });
    const r = await runCli(['validate', '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    const diags = (JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; file: string }> }).diagnostics;
    expect(diags.map((d) => [d.code, d.file])).toEqual([['text-control-character', 'data/partners/bali.yaml']]);
  });

  it('every validate format: no raw control character reaches the output', async () => {
    const dir = register();
    for (const format of ['stylish', 'github', 'json', 'sarif', 'junit']) {
      const r = await runCli(['validate', '--format', format, '--as-of', '2026-11-22'], { cwd: dir });
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stdout, format).not.toMatch(RAW_CONTROL);
      expect(r.stdout.replace(/\r\n/g, '\n'), format).not.toContain('\r');
    }
  });

  it('under GITHUB_ACTIONS=true, no printed line but the tool\'s own annotations starts a workflow command', async () => {
    const dir = register();
    for (const args of [['validate'], ['validate', '--format', 'github'], ['validate', '--format', 'json'], ['list', 'partners'], ['list', 'partners', '--format', 'csv']]) {
      const r = await runCli([...args, '--as-of', '2026-11-22'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
      for (const line of (r.stdout + '\n' + r.stderr).split(/\r\n|\r|\n/)) {
        if (/^\s*::/.test(line)) expect(line, args.join(' ')).toMatch(/^::(error|warning|notice) file=[^:]*::/);
        expect(line).not.toMatch(/^\s*::(stop-commands|add-mask)/);
      }
      expect(r.stdout).not.toMatch(/(^|[\r\n])::error::from-a-file-name/);
      expect(r.stdout).not.toMatch(/(^|[\r\n])::error title=x::injected/);
    }
  });

  it('a report or list never shows a record whose text holds control characters', async () => {
    const dir = register();
    for (const format of ['table', 'csv', 'markdown', 'json']) {
      const r = await runCli(['list', 'partners', '--format', format, '--as-of', '2026-11-22'], { cwd: dir });
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).not.toContain('FAKE');
    }
  });
});

describe('the pull-request comment (diff --format markdown)', () => {
  it('leaves no @mention live and no HTML', async () => {
    const { gitRepo } = await import('./helpers.js');
    const dir = gitRepo({ 'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' });
    writeFileSync(join(dir, 'data/partners/jatim.yaml'), 'name: "cc @octocat @org/team <img src=x onerror=alert(1)>"\ntype: province\ncountry: ID\n');
    const r = await runCli(['diff', 'main', '--format', 'markdown', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('octocat');
    expect(r.stdout).not.toMatch(/@(octocat|org)/);
    expect(r.stdout).not.toContain('<img');
  });
});
