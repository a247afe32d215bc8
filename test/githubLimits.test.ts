// GitHub's limits on what a workflow posts: a pull-request comment of at most 65,536 characters (diff's
// Markdown is cut to fit and points to the job summary, which gets it whole), and a SARIF upload of at most
// 25,000 results, of which 5,000 are shown (errors kept first, what was left out said in the log).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/types.js';
import { COMMENT_LIMIT, COMMENT_MARKER, fitComment } from '../src/render/diff.js';
import { diagnosticsAsSarif, SARIF_MAX_RESULTS } from '../src/render/diagnosticsSarif.js';
import { cleanup, git, gitRepo, makeRegister, REPO, runCli, writeFiles } from './helpers.js';

afterAll(cleanup);

describe('the pull-request comment', () => {
  const long = [COMMENT_MARKER, '### A change', '', '<details>', '<summary>Records (5000)</summary>', '', ...Array.from({ length: 5000 }, (_, i) => `- + activity a-${i}: ${'x'.repeat(20)}`), '', '</details>', ''].join('\n');

  it('is unchanged when it fits', () => {
    expect(fitComment('short\n', 'en', { inSummary: true })).toBe('short\n');
  });

  it('is cut at whole lines to fit, closes what it opened, and points to the job summary', () => {
    const cut = fitComment(long, 'en', { inSummary: true, summaryUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(long.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(cut.startsWith(COMMENT_MARKER + '\n')).toBe(true);
    expect(cut.split('<details>').length).toBe(cut.split('</details>').length);
    expect(cut).toContain('The whole description is in the job summary of this run: https://github.com/o/r/actions/runs/1.');
    for (const line of cut.split('\n')) if (line.startsWith('- + activity')) expect(line).toMatch(/x{20}$/);
    expect(fitComment(long, 'id', { inSummary: false, limit: 10_000 })).toContain('Jalankan kerjasama diff');
  });

  it('diff under GitHub Actions writes the whole Markdown to the job summary and a comment that fits', async () => {
    const ACT = (i: number): string => `title: Visit ${i} ${'with a long title '.repeat(6)}\nagreements: [ntb-x]\ntype: visit\nstatus: held\nstart: 2026-03-01\n`;
    const dir = gitRepo({
      'data/partners/x.yaml': 'name: X\ntype: foreign_subnational\ncountry: JP\n',
      'data/agreements/ntb-x.yaml': 'title: NTB–X MoU\ncategory: KSDPL\nsubform: provinsi_kembar\ndocument_type: mou\npartners: [x]\nsignatures: [{ party: ntb, date: 2022-11-30 }, { party: x, date: 2022-11-30 }]\nend: 2027-11-29\nstatus: active\nsectors: [pariwisata]\n',
    });
    writeFiles(dir, Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`data/activities/visit-${String(i).padStart(4, '0')}-with-a-long-id.yaml`, ACT(i)])));
    git(dir, 'add', '-A');
    const summary = join(makeRegister({}, { bare: true }), 'summary.md');
    const r = await runCli(['diff', 'main', '--format', 'markdown', '--as-of', '2026-11-22'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' } });
    expect(r.stderr).toBe('');
    const whole = readFileSync(summary, 'utf8');
    expect(whole.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(r.stdout.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(r.stdout).toContain('https://github.com/o/r/actions/runs/42');
    expect(whole).toContain('visit-0599-with-a-long-id');
    // A variable that does not look as GitHub sets it gives no link.
    const bad = await runCli(['diff', 'main', '--format', 'markdown', '--as-of', '2026-11-22'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42' } });
    expect(bad.stdout).not.toContain('javascript:');
    expect(bad.stdout).toContain('The whole description is in the job summary of this run.');
  });
});

describe('SARIF', () => {
  const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _drop, id, ...rest } = schema as { $schema: string; id: string } & Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile({ ...rest, $id: id });

  const diag = (i: number, severity: 'error' | 'warning'): Diagnostic => ({ code: severity === 'error' ? 'unknown-partner' : 'file-misplaced', severity, file: `data/agreements/a-${String(i).padStart(6, '0')}.yaml`, line: 1, column: 1, params: { ref: 'x' } });

  it('keeps errors first and at most 25,000 results, and says what it left out', () => {
    const diags = [...Array.from({ length: 20_000 }, (_, i) => diag(i, 'warning')), ...Array.from({ length: 23_313 }, (_, i) => diag(i, 'error'))];
    const log = JSON.parse(diagnosticsAsSarif(diags, { lang: 'en', prefix: '', version: '0.0.0', exitCode: 1 })) as { runs: Array<{ results: Array<{ level: string }>; invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    const run = log.runs[0];
    expect(run?.results.length).toBe(SARIF_MAX_RESULTS);
    expect(run?.results.slice(0, 23_313).every((r) => r.level === 'error')).toBe(true);
    const notes = run?.invocations[0]?.toolExecutionNotifications.map((n) => n.message.text);
    expect(notes).toEqual([
      '18,313 of 43,313 results left out (0 errors, 18,313 warnings): GitHub code scanning rejects an upload with more than 25,000 results. Errors come first. Run kerjasama validate for the full list.',
      'There are 23,313 errors and 20,000 warnings; GitHub code scanning shows only the first 5,000 results of a run (errors first).',
    ]);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('is unchanged below what GitHub shows', () => {
    const diags = [diag(1, 'warning'), diag(2, 'error')];
    const log = JSON.parse(diagnosticsAsSarif(diags, { lang: 'en', prefix: '', version: '0.0.0', exitCode: 1 })) as { runs: Array<{ results: Array<{ level: string }>; invocations: Array<Record<string, unknown>> }> };
    expect(log.runs[0]?.results.map((r) => r.level)).toEqual(['warning', 'error']);
    expect(log.runs[0]?.invocations[0]).toEqual({ executionSuccessful: true, exitCode: 1 });
  });
});
