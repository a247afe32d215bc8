// The CI formats of validate: GitHub workflow commands and job summary, SARIF 2.1.0 (checked against the
// official schema), JUnit XML (checked for well-formedness), and --changed-since on real git repositories.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { namesChanged } from '../src/cli/validate.js';
import { ALL_CODES } from '../src/model/codes.js';
import type { Diagnostic } from '../src/model/types.js';
import { annotationOf, chooseAnnotations, escapeData, escapeProperty, githubStepSummary, SUMMARY_LIMIT_BYTES } from '../src/render/diagnosticsGithub.js';
import { markdownCell } from '../src/render/markdown.js';
import { diagnosticsAsJunit } from '../src/render/diagnosticsJunit.js';
import { diagnosticsAsSarif } from '../src/render/diagnosticsSarif.js';
import { cleanupReproducers, DEFAULT_AS_OF, materialise, REPRODUCERS } from './errors/reproducers.js';
import { cleanup, exampleRegister, git, gitRepo as repo, makeRegister, REPO, runCli, writeFiles as write, type Files } from './helpers.js';

afterAll(() => {
  cleanup();
  cleanupReproducers();
  for (const d of extra.splice(0)) rmSync(d, { recursive: true, force: true });
});
const extra: string[] = [];

const AS_OF = ['--as-of', '2026-11-22', '--lang', 'en'];
const SHIZUOKA = 'name: Shizuoka Prefecture\ntype: foreign_subnational\ncountry: JP\n';
const MOU = 'title: MoU NTB – Shizuoka\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nstatus: draft\n';
const BAD_PARTNER = 'name: Broken\ntype: nope\ncountry: JP\n';

/** A register with errors on lines, a file-level warning without a line, and a broken YAML file. */
const BROKEN: Files = {
  'data/partners/shizuoka.yaml': SHIZUOKA,
  'data/agreements/ntb-x-mou.yaml': MOU.replace('[shizuoka]', '[shizuoka-pref]'),
  'data/activities/broken.yaml': 'title: [unclosed\ntype: visit\n',
  'data/notes.yaml': 'just: notes\n',
  'data/partners/Bad Name#1.yaml': SHIZUOKA,
};

const exampleCopy = exampleRegister;

// ---- git -----------------------------------------------------------------------------------------


// ---- SARIF schema ---------------------------------------------------------------------------------

let sarifValidator: ValidateFunction | undefined;
/** The official SARIF 2.1.0 schema (draft-04; its only draft-04-ism here is `id`, so draft-07 Ajv reads it as $id). */
function validateSarif(): ValidateFunction {
  if (sarifValidator) return sarifValidator;
  const schema = JSON.parse(readFileSync(join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _drop, id, ...rest } = schema as { $schema: string; id: string } & Record<string, unknown>;
  // unicodeRegExp off: the official schema's language pattern has a stray ] that the u flag rejects.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  sarifValidator = ajv.compile({ ...rest, $id: id });
  return sarifValidator;
}

function expectValidSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const validate = validateSarif();
  const ok = validate(log);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  return log;
}

interface SarifResult { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: Record<string, number> } }> }
interface SarifLog { version: string; runs: Array<{ tool: { driver: { version: string; rules: Array<{ id: string; defaultConfiguration: { level: string }; help: { text: string } }> } }; invocations: Array<{ executionSuccessful: boolean; exitCode: number }>; originalUriBaseIds: Record<string, { uri?: string }>; results: SarifResult[] }> }

// ---- a strict XML well-formedness check, independent of the writer's escaping ----------------------

interface XmlElement { name: string; attrs: Record<string, string>; children: Array<XmlElement | string> }
const NOT_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
function decode(s: string): string {
  return s.replace(ENTITY, (_m, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}
/** Parses the subset of XML our writer may produce, throwing on anything not well-formed. */
function parseXml(text: string): XmlElement {
  if (NOT_XML_CHAR.test(text)) throw new Error('a character XML 1.0 forbids');
  const prolog = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(text);
  if (!prolog) throw new Error('no XML declaration');
  const token = /<\/([A-Za-z][\w.-]*)>|<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  token.lastIndex = prolog[0].length;
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack = [root];
  while (token.lastIndex < text.length) {
    const at = token.lastIndex;
    const m = token.exec(text);
    if (!m) throw new Error(`not well-formed at offset ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
        const raw = a[2] ?? '';
        if (/&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in attribute ${a[1]}`);
        if (a[1] as string in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1] as string] = decode(raw);
      }
      const el: XmlElement = { name: m[2], attrs, children: [] };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else {
      const raw = m[5] ?? '';
      if (/&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error('bare & in text');
      if (stack.length === 1 && raw.trim() !== '') throw new Error('text outside the root element');
      top.children.push(decode(raw));
    }
  }
  if (stack.length !== 1) throw new Error(`<${(stack[stack.length - 1] as XmlElement).name}> is not closed`);
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error('not exactly one root element');
  return elements[0] as XmlElement;
}
const kids = (e: XmlElement, name: string): XmlElement[] => e.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
const textOf = (e: XmlElement): string => e.children.filter((c): c is string => typeof c === 'string').join('');

// ---- GitHub -------------------------------------------------------------------------------------

describe('GitHub workflow commands', () => {
  it('escape data and properties as actions/toolkit does', () => {
    expect(escapeData('50% off\r\nnext: a,b')).toBe('50%25 off%0D%0Anext: a,b');
    expect(escapeProperty('50% off\r\nnext: a,b')).toBe('50%25 off%0D%0Anext%3A a%2Cb');
    // % first, so an escape is never escaped twice.
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('annotate one diagnostic with a repository path, its range and the hint', () => {
    const d: Diagnostic = { code: 'yaml-syntax', severity: 'error', file: 'data/a,b:c%.yaml', line: 2, column: 3, endLine: 2, endColumn: 7, params: { reason: '50% off\nnext' } };
    expect(annotationOf(d, 'en', 'registers/ntb/')).toBe(
      '::error file=registers/ntb/data/a%2Cb%3Ac%25.yaml,line=2,col=3,endLine=2,endColumn=7,title=yaml-syntax::' +
        'YAML syntax error: 50%25 off%0Anext%0Ahint: Check the indentation and the brackets and quotes around this spot; a YAML linter or your editor’s YAML mode shows the structure.',
    );
  });

  it('leave columns out when a range spans lines, and the position out when there is none', () => {
    const multi: Diagnostic = { code: 'yaml-syntax', severity: 'error', file: 'data/x.yaml', line: 2, column: 3, endLine: 4, endColumn: 1, params: { reason: 'r' } };
    expect(annotationOf(multi, 'en', '')).toMatch(/^::error file=data\/x\.yaml,line=2,endLine=4,title=yaml-syntax::/);
    const whole: Diagnostic = { code: 'file-misplaced', severity: 'warning', file: 'data/notes.yaml', params: {} };
    expect(annotationOf(whole, 'id', '')).toMatch(/^::warning file=data\/notes\.yaml,title=file-misplaced::berkas YAML ini/);
  });

  it('choose errors before warnings, files of the pull request first, ten of each', () => {
    const mk = (sev: 'error' | 'warning', i: number): Diagnostic => ({ code: sev === 'error' ? 'yaml-syntax' : 'file-misplaced', severity: sev, file: `data/f${String(i).padStart(2, '0')}.yaml`, params: { reason: 'r' } });
    const diags = [...Array.from({ length: 13 }, (_, i) => mk('error', i)), ...Array.from({ length: 12 }, (_, i) => mk('warning', i))];
    const plain = chooseAnnotations(diags);
    expect(plain.annotate.map((d) => `${d.severity}:${d.file}`).slice(0, 2)).toEqual(['error:data/f00.yaml', 'error:data/f01.yaml']);
    expect(plain.annotate).toHaveLength(20);
    expect(plain.annotate[10]?.severity).toBe('warning');
    expect(plain.left).toEqual({ errors: 3, warnings: 2 });
    const pr = chooseAnnotations(diags, new Set(['data/f12.yaml', 'data/f11.yaml']));
    expect(pr.annotate.slice(0, 3).map((d) => d.file)).toEqual(['data/f11.yaml', 'data/f12.yaml', 'data/f00.yaml']);
    expect(pr.annotate[10]?.file).toBe('data/f11.yaml');
  });

  it('make Markdown cells safe: pipes, HTML and emphasis escaped, code spans kept', () => {
    expect(markdownCell('a | b <script>x</script> *bold* `<<` & more\nline')).toBe('a \\| b &lt;script&gt;x&lt;/script&gt; \\*bold\\* `<<` &amp; more line');
    expect(markdownCell('odd ` tick')).toBe('odd \\` tick');
  });

  it('keep the job summary under GitHub’s 1 MiB limit, saying how many rows were cut', () => {
    const diags: Diagnostic[] = Array.from({ length: 3000 }, (_, i) => ({ code: 'yaml-syntax', severity: 'error', file: `data/partners/p${i}.yaml`, line: 1, column: 1, params: { reason: 'x'.repeat(800) } }));
    const md = githubStepSummary(diags, { lang: 'en', prefix: '', register: 'Big', fileCount: 3000, left: { errors: 2990, warnings: 0 } });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/> \d+ more not shown: GitHub limits a job summary to 1 MiB/);
    expect(md).toContain('> 2,990 errors not annotated');
  });

  it('order the job summary as the annotations: errors first, the pull request\'s files first, so a cut at 1 MiB drops old warnings, not the change\'s errors', () => {
    const old: Diagnostic[] = Array.from({ length: 3000 }, (_, i) => ({ code: 'yaml-syntax', severity: 'warning', file: `data/agreements/a${String(i).padStart(4, '0')}.yaml`, line: 1, column: 1, params: { reason: 'x'.repeat(800) } }));
    const mine: Diagnostic = { code: 'unknown-partner', severity: 'error', file: 'data/agreements/z-new.yaml', line: 5, column: 12, params: { ref: 'kota-gimhae' } };
    const mineWarning: Diagnostic = { code: 'file-misplaced', severity: 'warning', file: 'data/mitra/kota-gimhae.yaml', params: {} };
    const md = githubStepSummary([...old, mine, mineWarning], { lang: 'en', prefix: '', register: 'Big', fileCount: 3002, left: { errors: 0, warnings: 2992 }, changed: new Set([mine.file, mineWarning.file]) });
    const rows = md.split('\n').filter((l) => l.startsWith('| data/'));
    expect(rows[0]).toMatch(/^\| data\/agreements\/z-new\.yaml:5:12 \| error \| `unknown-partner`/);
    expect(rows[1]).toMatch(/^\| data\/mitra\/kota-gimhae\.yaml \| warning \| `file-misplaced`/);
    expect(rows[2]).toMatch(/^\| data\/agreements\/a0000\.yaml:1:1 \| warning/);
    expect(md).toMatch(/> \d+ more not shown: GitHub limits a job summary to 1 MiB/);
  });
});

describe('validate --format github', () => {
  it('prints one command per problem and the summary line; exit 1 on errors', async () => {
    const dir = makeRegister(BROKEN);
    const r = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(1);
    expect(r.stdout).toContain('::warning file=data/notes.yaml,title=file-misplaced::');
    expect(lines.at(-1)).toBe('✖ 3 errors and 1 warning in 4 files (5 record files checked)');
  });

  it('annotates at most 10 errors and 10 warnings and says how many were left out', async () => {
    const files: Files = {};
    for (let i = 0; i < 12; i++) files[`data/partners/bad${String(i).padStart(2, '0')}.yaml`] = BAD_PARTNER;
    for (let i = 0; i < 11; i++) files[`data/note${String(i).padStart(2, '0')}.yaml`] = 'x: 1\n';
    const dir = makeRegister(files);
    const r = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: dir });
    expect(r.stdout.match(/^::error /gm)).toHaveLength(10);
    expect(r.stdout.match(/^::warning /gm)).toHaveLength(10);
    expect(r.stdout).toContain('kerjasama: 2 errors and 1 warning not annotated (GitHub shows at most 10 errors and 10 warnings per step); run kerjasama validate for the full list');
  });

  it('under GITHUB_ACTIONS adds annotations to the normal output, unless a format is given', async () => {
    const dir = makeRegister(BROKEN);
    const env = { GITHUB_ACTIONS: 'true' };
    const auto = await runCli(['validate', ...AS_OF], { cwd: dir, env });
    expect(auto.code).toBe(1);
    expect(auto.stdout).toContain('error[unknown-partner]: no partner has the id `shizuoka-pref`');
    expect(auto.stdout).toContain('::error file=data/agreements/ntb-x-mou.yaml,line=4,col=12,endLine=4,endColumn=25,title=unknown-partner::');
    expect(auto.stdout.indexOf('✖ 3 errors')).toBeLessThan(auto.stdout.indexOf('::error'));
    const stylish = await runCli(['validate', '--format', 'stylish', ...AS_OF], { cwd: dir, env });
    expect(stylish.stdout).not.toContain('::error');
    const json = await runCli(['validate', '--format', 'json', ...AS_OF], { cwd: dir, env });
    expect(JSON.parse(json.stdout).summary.errors).toBe(3);
    const quiet = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(quiet.stdout).not.toContain('::error');
  });

  it('a broken kerjasama.yaml (exit 2) is annotated on its line too, not only told in the log', async () => {
    const dir = makeRegister({ 'kerjasama.yaml': 'name: Test register\nowner: ntb\nlanguage: en\nthresholds:\n  inactivity_window: 12 bulan\n' });
    const gh = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(gh.code).toBe(2);
    expect(gh.stdout).toMatch(/^::error file=kerjasama\.yaml,line=5,col=22,endLine=5,endColumn=30,title=schema-pattern::`thresholds\.inactivity_window` must be/m);
    expect(gh.stderr).toContain('kerjasama.yaml has errors');
    const auto = await runCli(['validate', ...AS_OF], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.stdout).toContain('::error file=kerjasama.yaml,line=5');
    // Another format, or outside Actions: the output stays what it says it is.
    const json = await runCli(['validate', '--format', 'json', ...AS_OF], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(json.stdout).toBe('');
    const plain = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(plain.stdout).toBe('');
  });

  it('appends a full table to $GITHUB_STEP_SUMMARY, keeping what earlier steps wrote', async () => {
    const dir = makeRegister(BROKEN);
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = await runCli(['validate', ...AS_OF], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step\n## kerjasama validate: Test register\n')).toBe(true);
    expect(md).toContain('**✖ 3 errors and 1 warning in 4 files (5 record files checked)**');
    expect(md).toContain('| data/agreements/ntb-x-mou.yaml:4:12 | error | `unknown-partner` | no partner has the id `shizuoka-pref`<br>hint: ');
    expect(md).toContain('| data/notes.yaml | warning | `file-misplaced` |');
    expect(md.match(/^\| data\//gm)).toHaveLength(4);
  });

  it('still runs, and says so, when the job summary cannot be written', async () => {
    const dir = makeRegister({});
    const r = await runCli(['validate', ...AS_OF], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: dir } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`kerjasama: could not write the job summary to ${dir}:`);
    expect(r.stdout).toContain('no problems in 1 record file');
  });
});

// ---- SARIF ----------------------------------------------------------------------------------------

describe('validate --format sarif', () => {
  it('the schema check fails on an invalid log (so the tests below can fail)', () => {
    const text = diagnosticsAsSarif([{ code: 'file-misplaced', severity: 'warning', file: 'data/x.yaml', params: {} }], { lang: 'en', prefix: '', version: '1.0.0', exitCode: 0 });
    const validate = validateSarif();
    expect(validate(JSON.parse(text))).toBe(true);
    const broken = JSON.parse(text) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    (broken.runs[0]?.results[0] as Record<string, unknown>)['level'] = 'fatal';
    expect(validate(broken)).toBe(false);
    const noVersion = JSON.parse(text) as Record<string, unknown>;
    delete noVersion['version'];
    expect(validate(noVersion)).toBe(false);
  });

  it('in Indonesian, the log says the root of the checkout in Indonesian too (no English text leaks in)', () => {
    const text = diagnosticsAsSarif([{ code: 'file-misplaced', severity: 'warning', file: 'data/x.yaml', params: {} }], { lang: 'id', prefix: '', version: '1.0.0', exitCode: 0 });
    const log = JSON.parse(text) as { runs: Array<{ originalUriBaseIds: Record<string, { description: { text: string } }> }> };
    expect(log.runs[0]?.originalUriBaseIds['%SRCROOT%']?.description.text).toBe('Folder teratas checkout repositori.');
    expect(text).not.toContain('The root of the repository checkout.');
  });

  it('on the example register: valid, one rule per catalogue code, exit code recorded', async () => {
    const dir = exampleCopy();
    const r = await runCli(['validate', '--format', 'sarif', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    const log = expectValidSarif(r.stdout);
    const run = log.runs[0];
    expect(run?.tool.driver.rules.map((x) => x.id)).toEqual([...ALL_CODES]);
    expect(run?.results).toHaveLength(8);
    expect(run?.invocations).toEqual([{ executionSuccessful: true, exitCode: 0 }]);
    // No absolute path of this machine anywhere in the log (issue 13).
    expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toBeUndefined();
    expect(r.stdout).not.toContain(dir);
    expect(r.stdout).not.toContain('file://');
    for (const res of run?.results ?? []) expect(run?.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
  });

  it('on a broken register: valid, with regions only where there is a line, and encoded URIs', async () => {
    const dir = makeRegister(BROKEN);
    const r = await runCli(['validate', '--format', 'sarif', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const results = expectValidSarif(r.stdout).runs[0]?.results ?? [];
    const misplaced = results.find((x) => x.ruleId === 'file-misplaced');
    expect(misplaced?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'data/notes.yaml', uriBaseId: '%SRCROOT%' } });
    const ref = results.find((x) => x.ruleId === 'unknown-partner');
    expect(ref?.locations[0]?.physicalLocation.region).toEqual({ startLine: 4, startColumn: 12, endLine: 4, endColumn: 25 });
    expect(ref?.level).toBe('error');
    expect(results.find((x) => x.ruleId === 'id-invalid')?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('data/partners/Bad%20Name%231.yaml');
  });

  it('is valid for every code in the catalogue (each reproducer), and JUnit is well-formed for each', async () => {
    for (const [code, rep] of Object.entries(REPRODUCERS)) {
      if (code === 'config-invalid') continue; // validate stops with exit 2 before any output
      if (rep.federation) continue; // a federation's identity.yaml: aggregate's codes, not validate's
      const { dir } = materialise(rep);
      const args = ['validate', '--as-of', rep.asOf ?? DEFAULT_AS_OF, '--lang', 'en'];
      const sarif = await runCli([...args, '--format', 'sarif'], { cwd: dir });
      const results = expectValidSarif(sarif.stdout).runs[0]?.results ?? [];
      expect(results.map((x) => x.ruleId), code).toContain(code);
      const junit = await runCli([...args, '--format', 'junit'], { cwd: dir });
      expect(() => parseXml(junit.stdout), code).not.toThrow();
    }
  });
});

// ---- JUnit ----------------------------------------------------------------------------------------

describe('validate --format junit', () => {
  it('one passing test case per clean file, one failure per failing file, warnings as output', async () => {
    const dir = makeRegister(BROKEN);
    const r = await runCli(['validate', '--format', 'junit', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    const suite = kids(root, 'testsuite')[0] as XmlElement;
    expect(suite.attrs).toMatchObject({ name: 'kerjasama', tests: '7', failures: '3' });
    const cases = kids(suite, 'testcase');
    expect(cases.map((c) => c.attrs['name'])).toEqual([
      'data/activities/broken.yaml', 'data/agreements/ntb-x-mou.yaml', 'data/notes.yaml', 'data/partners/Bad Name#1.yaml',
      'data/partners/ntb.yaml', 'data/partners/shizuoka.yaml', 'kerjasama.yaml',
    ]);
    const byName = new Map(cases.map((c) => [c.attrs['name'], c]));
    expect(kids(byName.get('data/partners/ntb.yaml') as XmlElement, 'failure')).toHaveLength(0);
    const notes = byName.get('data/notes.yaml') as XmlElement;
    expect(kids(notes, 'failure')).toHaveLength(0);
    expect(textOf(kids(notes, 'system-out')[0] as XmlElement)).toContain('data/notes.yaml: warning[file-misplaced]');
    const failure = kids(byName.get('data/agreements/ntb-x-mou.yaml') as XmlElement, 'failure')[0] as XmlElement;
    expect(failure.attrs).toEqual({ message: '[unknown-partner] no partner has the id `shizuoka-pref`', type: 'unknown-partner' });
    expect(textOf(failure)).toContain('data/agreements/ntb-x-mou.yaml:4:12: error[unknown-partner]');
    expect(byName.get('data/agreements/ntb-x-mou.yaml')?.attrs['classname']).toBe('kerjasama.agreements');
  });

  it('escapes markup and control characters in paths and messages', () => {
    const file = 'data/partners/a<&>"\'\u0001b\u000b.yaml';
    const diags: Diagnostic[] = [
      { code: 'yaml-syntax', severity: 'error', file, line: 1, column: 1, params: { reason: 'bad <&> "quote" \'apos\' \u0000 \u001f ]]> \ud800 tab\there' } },
      { code: 'yaml-syntax', severity: 'error', file, line: 2, column: 1, params: { reason: 'second\r\nline' } },
      { code: 'file-misplaced', severity: 'warning', file: 'data/<w>.yaml', params: {} },
    ];
    const xml = diagnosticsAsJunit(diags, { lang: 'en', prefix: 'r&d/', files: ['kerjasama.yaml'] });
    const root = parseXml(xml);
    const cases = kids(kids(root, 'testsuite')[0] as XmlElement, 'testcase');
    const weird = cases.find((c) => c.attrs['name']?.includes('a<&>')) as XmlElement;
    expect(weird.attrs['name']).toBe('r&d/data/partners/a<&>"\'\\u0001b\\u000B.yaml');
    const failure = kids(weird, 'failure')[0] as XmlElement;
    expect(failure.attrs['message']).toBe('[yaml-syntax] YAML syntax error: bad <&> "quote" \'apos\' \\u0000 \\u001F ]]> \\uD800 tab\there (+1)');
    expect(textOf(failure)).toContain('second\r\nline');
    expect(kids(cases.find((c) => c.attrs['name'] === 'r&d/data/<w>.yaml') as XmlElement, 'system-out')).toHaveLength(1);
  });
});

// ---- --changed-since and repository paths ---------------------------------------------------------

describe('validate --changed-since', () => {
  /** Base: a partner with an error already, Shizuoka and an agreement with it; then changes of every kind. */
  function changedRepo(): string {
    const dir = repo({
      'data/partners/old-broken.yaml': BAD_PARTNER,
      'data/partners/shizuoka.yaml': SHIZUOKA,
      'data/partners/edited.yaml': SHIZUOKA,
      'data/agreements/ntb-shizuoka-mou.yaml': MOU,
    });
    git(dir, 'tag', 'base');
    write(dir, { 'data/partners/committed.yaml': BAD_PARTNER });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'add a partner');
    write(dir, { 'data/partners/edited.yaml': BAD_PARTNER, 'data/partners/untracked.yaml': BAD_PARTNER });
    rmSync(join(dir, 'data/partners/shizuoka.yaml'));
    return dir;
  }

  it('reports committed, working-tree and untracked changes, and what they break elsewhere', async () => {
    const dir = changedRepo();
    const r = await runCli(['validate', '--format', 'json', '--changed-since', 'base', ...AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const got = (JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; code: string }> }).diagnostics.map((d) => `${d.file} ${d.code}`);
    expect(got).toEqual([
      // The agreement did not change, but deleting the partner it names broke it.
      'data/agreements/ntb-shizuoka-mou.yaml unknown-partner',
      'data/partners/committed.yaml schema-enum',
      'data/partners/edited.yaml schema-enum',
      'data/partners/untracked.yaml schema-enum',
    ]);
    const all = await runCli(['validate', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(all.stdout).toContain('data/partners/old-broken.yaml');
  });

  it('is clean when nothing changed, and combines with paths', async () => {
    const dir = changedRepo();
    const none = await runCli(['validate', '--changed-since', 'HEAD', 'data/agreements', ...AS_OF], { cwd: dir });
    expect(none.stdout).toContain('error[unknown-partner]');
    const clean = repo({ 'data/partners/old-broken.yaml': BAD_PARTNER });
    const r = await runCli(['validate', '--changed-since', 'HEAD', ...AS_OF], { cwd: clean });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no problems');
  });

  it('the summary line says what it covers and counts what it left out, not "no problems in N record files"', async () => {
    // The register has an old error; nothing changed since HEAD. "✔ no problems in 1 record file" read as a clean register.
    const clean = repo({ 'data/partners/old-broken.yaml': BAD_PARTNER, 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['validate', '--changed-since', 'HEAD', ...AS_OF], { cwd: clean });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ no problems in the files changed since HEAD (3 record files checked) · 1 error in other files not reported\n');
    const gh = await runCli(['validate', '--changed-since', 'HEAD', '--format', 'github', ...AS_OF], { cwd: clean });
    expect(gh.stdout).toBe('✔ no problems in the files changed since HEAD (3 record files checked) · 1 error in other files not reported\n');
    const id = await runCli(['validate', '--changed-since', 'HEAD', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: clean });
    expect(id.stdout).toBe('✔ tidak ada masalah pada berkas yang berubah sejak HEAD (3 berkas data diperiksa) · 1 kesalahan di berkas lain tidak dilaporkan\n');
    const json = await runCli(['validate', '--changed-since', 'HEAD', '--format', 'json', ...AS_OF], { cwd: clean });
    expect((JSON.parse(json.stdout) as { summary: unknown }).summary).toEqual({ files: 3, errors: 0, warnings: 0, outside: { errors: 1, warnings: 0 } });
    const whole = await runCli(['validate', '--format', 'json', ...AS_OF], { cwd: clean });
    expect((JSON.parse(whole.stdout) as { summary: unknown }).summary).toEqual({ files: 3, errors: 1, warnings: 0 });
    // --quiet hides the changed files' warnings: still not "no errors in N record files" beside an error elsewhere.
    write(clean, { 'data/partners/shizuoka-pref.yaml': SHIZUOKA });
    const quiet = await runCli(['validate', '--quiet', '--changed-since', 'HEAD', ...AS_OF], { cwd: clean });
    expect(quiet.stdout.trim().split('\n').at(-1)).toBe('⚠ no errors in the files changed since HEAD (4 record files checked) · 1 warning not shown (--quiet) · 1 error in other files not reported');
    rmSync(join(clean, 'data/partners/shizuoka-pref.yaml'));
    const paths = await runCli(['validate', 'data/partners/shizuoka.yaml', ...AS_OF], { cwd: clean });
    expect(paths.stdout).toBe('✔ no problems in the files and folders given (3 record files checked) · 1 error in other files not reported\n');
    // Problems in the changed files: counted as before, and what was left out beside them.
    const dir = changedRepo();
    const changed = await runCli(['validate', '--changed-since', 'base', ...AS_OF], { cwd: dir });
    expect(changed.stdout.split('\n').at(-3)).toBe('✖ 4 errors in 4 files (6 record files checked) · 1 error in other files not reported');
  });

  it('a bad ref, an option-like ref or no git repository is exit 2 with a clear message', async () => {
    const dir = changedRepo();
    const bad = await runCli(['validate', '--changed-since', 'no-such-branch', ...AS_OF], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kerjasama: --changed-since: "no-such-branch" is not a commit in this repository (for a pull request, fetch the base first: git fetch origin main)\n');
    const dash = await runCli(['validate', '--changed-since=--output=x', ...AS_OF], { cwd: dir });
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain('is not a git revision');
    const plain = makeRegister({});
    const nogit = await runCli(['validate', '--changed-since', 'main', ...AS_OF], { cwd: plain });
    expect(nogit.code).toBe(2);
    expect(nogit.stderr).toMatch(/^kerjasama: --changed-since: .* is not inside a git working tree .*; --changed-since needs git\n$/);
  });

  it('names only diagnostics that mention a changed record', () => {
    const related = namesChanged(new Set(['data/partners/shizuoka.yaml', 'data/agreements/a.yaml']));
    const d = (params: Record<string, string>): Diagnostic => ({ code: 'x', severity: 'error', file: 'data/activities/z.yaml', params });
    expect(related(d({ ref: 'shizuoka' }))).toBe(true);
    expect(related(d({ cycle: 'b → a → b' }))).toBe(true);
    expect(related(d({ otherFile: 'data/agreements/a.yaml' }))).toBe(true);
    expect(related(d({ ref: 'other' }))).toBe(false);
    expect(related(d({ reason: 'shizuoka' }))).toBe(false);
  });
});

describe('a register in a subfolder of its repository', () => {
  function nested(): { top: string; reg: string } {
    const top = mkdtempSync(join(tmpdir(), 'kerjasama-ci-repo-'));
    extra.push(top);
    const reg = join(top, 'registers', 'ntb');
    write(reg, { 'kerjasama.yaml': 'name: Nested\nlanguage: en\n', 'data/partners/ntb.yaml': 'name: NTB\ntype: province\ncountry: ID\n', 'data/partners/bad.yaml': BAD_PARTNER });
    write(top, { 'README.md': 'other things\n' });
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'add', '-A');
    git(top, 'commit', '-q', '-m', 'base');
    return { top, reg };
  }

  it('github, sarif and junit give paths from the repository root', async () => {
    const { top, reg } = nested();
    const gh = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: reg });
    expect(gh.stdout).toMatch(/^::error file=registers\/ntb\/data\/partners\/bad\.yaml,line=2,/m);
    const sarif = expectValidSarif((await runCli(['validate', '--format', 'sarif', ...AS_OF], { cwd: reg })).stdout);
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('registers/ntb/data/partners/bad.yaml');
    expect(sarif.runs[0]?.originalUriBaseIds['%SRCROOT%']?.uri).toBeUndefined();
    expect(JSON.stringify(sarif)).not.toContain(top);
    const junit = parseXml((await runCli(['validate', '--format', 'junit', ...AS_OF], { cwd: reg })).stdout);
    expect(kids(kids(junit, 'testsuite')[0] as XmlElement, 'testcase').map((c) => c.attrs['name'])).toContain('registers/ntb/data/partners/bad.yaml');
  });

  it('ranks the pull request’s files first under GitHub Actions (origin/$GITHUB_BASE_REF...HEAD)', async () => {
    const files: Files = {};
    for (let i = 0; i < 11; i++) files[`data/partners/a${String(i).padStart(2, '0')}.yaml`] = BAD_PARTNER;
    const dir = repo(files);
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(dir, 'checkout', '-q', '-b', 'pr');
    write(dir, { 'data/partners/z-new.yaml': BAD_PARTNER });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'pr');
    const without = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: dir });
    expect(without.stdout).not.toContain('file=data/partners/z-new.yaml');
    const pr = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: dir, env: { GITHUB_BASE_REF: 'main' } });
    expect(pr.stdout.split('\n')[0]).toMatch(/^::error file=data\/partners\/z-new\.yaml,/);
    // A base that cannot be found is not an error: the order simply falls back.
    const missing = await runCli(['validate', '--format', 'github', ...AS_OF], { cwd: dir, env: { GITHUB_BASE_REF: 'nope' } });
    expect(missing.stdout).toBe(without.stdout);
    expect(missing.stderr).toBe('');
  });
});
