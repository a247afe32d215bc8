// Editors: the real yaml-language-server (what VS Code's YAML extension, Neovim, Helix, Emacs and Zed run),
// spoken to over LSP on stdio, opens records of a register made by init. The schema comes from the
// record's own `# yaml-language-server: $schema=…` modeline, with no editor settings at all.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, makeRegister, REPO, runCli } from './helpers.js';

// yaml-language-server starts as a real process: slow to start on a busy machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 600_000 });

interface LspDiagnostic { message: string; range: { start: { line: number; character: number } }; severity?: number }

/** A minimal LSP client: Content-Length framing, requests with ids, server requests answered with null. */
class Lsp {
  private proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (v: unknown) => void>();
  private diagnostics = new Map<string, LspDiagnostic[]>();
  private waiters: Array<{ uri: string; resolve: (d: LspDiagnostic[]) => void }> = [];

  constructor() {
    this.proc = spawn(process.execPath, [join(REPO, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
      if (this.buf.length < head + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8')) as { id?: number; method?: string; params?: { uri: string; diagnostics: LspDiagnostic[] }; result?: unknown };
      this.buf = this.buf.subarray(head + 4 + len);
      if (msg.method === 'textDocument/publishDiagnostics' && msg.params) {
        this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
        for (const w of this.waiters.filter((w) => w.uri === msg.params?.uri)) w.resolve(msg.params.diagnostics);
        this.waiters = this.waiters.filter((w) => w.uri !== msg.params?.uri);
      } else if (msg.method !== undefined && msg.id !== undefined) {
        this.send({ jsonrpc: '2.0', id: msg.id, result: null }); // a request from the server
      } else if (msg.id !== undefined) {
        this.pending.get(msg.id)?.(msg.result);
        this.pending.delete(msg.id);
      }
    }
  }

  private send(msg: unknown): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Opens a document and waits for its diagnostics (the server publishes them after validating). */
  open(file: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const done = new Promise<LspDiagnostic[]>((resolve) => this.waiters.push({ uri, resolve }));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return done;
  }

  async close(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((r) => this.proc.once('exit', r));
  }
}

let lsp: Lsp;
let reg: string;
beforeAll(async () => {
  const parent = makeRegister({}, { bare: true });
  const made = await runCli(['init', 'reg', '--name', 'Kota Bogor', '--language', 'en'], { cwd: parent });
  expect(made.code).toBe(0);
  reg = join(parent, 'reg');
  lsp = new Lsp();
  await lsp.request('initialize', { processId: process.pid, rootUri: pathToFileURL(reg).href, capabilities: {}, workspaceFolders: null });
  lsp.notify('initialized', {});
  // Validation on, and no schema settings: the modeline alone must bring the schema.
  lsp.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, schemaStore: { enable: false } } } });
}, 300_000);
afterAll(async () => {
  await lsp?.close();
  cleanup();
});

const agreementFile = (): string => join(reg, 'data/agreements/example-mou-kitahama.yaml');
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

describe('yaml-language-server on a register made by init', () => {
  it('finds no problem in the records init wrote', async () => {
    for (const f of ['data/agreements/example-mou-kitahama.yaml', 'data/partners/example-kitahama.yaml', 'data/activities/example-meeting-kitahama.yaml', 'kerjasama.yaml']) {
      expect(await lsp.open(join(reg, f), readFileSync(join(reg, f), 'utf8')), f).toEqual([]);
    }
  });

  it('flags a misspelt field, a wrong enum value and a cryptic pattern, each on its line, with friendly words', async () => {
    const good = readFileSync(agreementFile(), 'utf8');
    const text = good
      .replace('document_type: mou', 'document_type: memo')
      .replace('status: active', 'statuss: active')
      .replace('sectors: [pendidikan, pariwisata]', 'sectors: [pendidikan, Pariwisata]');
    const diags = await lsp.open(join(reg, 'data/agreements/broken.yaml'), text);
    const at = (needle: string): LspDiagnostic[] => diags.filter((d) => d.range.start.line === lineOf(text, needle));
    expect(at('statuss:').map((d) => d.message).join('\n')).toMatch(/statuss/);
    expect(at('document_type: memo').map((d) => d.message).join('\n')).toMatch(/"mou"/);
    // The sector pattern's message: the schema's own words, not the regular expression.
    const sector = at('sectors: [pendidikan, Pariwisata]').map((d) => d.message).join('\n');
    expect(sector).toContain('Expected a sector id like pariwisata');
    expect(sector).not.toContain('^[a-z]');
  });

  it('new writes the modeline too, and the record it writes is clean in the editor', async () => {
    const r = await runCli(['new', 'partner', '--name', 'Kota Minamihama', '--type', 'foreign_subnational', '--country', 'JP'], { cwd: reg });
    expect(r.code).toBe(0);
    const text = readFileSync(join(reg, r.stdout.trim()), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/partner.schema.json');
    expect(await lsp.open(join(reg, r.stdout.trim()), text)).toEqual([]);
  });

  it('flags a date written as people say it, in the words of the schema', async () => {
    const good = readFileSync(agreementFile(), 'utf8');
    const effective = /effective: (\S+)/.exec(good)?.[1] ?? '';
    for (const bad of ['1 Juni 2026', '01-06-2026', 'kemarin']) {
      const text = good.replace(`effective: ${effective}`, `effective: ${bad}`);
      const diags = await lsp.open(join(reg, 'data/agreements/bad-date.yaml'), text);
      const here = diags.filter((d) => d.range.start.line === lineOf(text, `effective: ${bad}`)).map((d) => d.message).join('\n');
      expect(here, bad).toMatch(/2027-11-29/);
      expect(here, bad).not.toContain('^(');
    }
    // The uncertain forms are dates too.
    for (const ok of ['~1990', '1997..1998', '..2017-06', '2017-06..']) {
      const text = good.replace(`effective: ${effective}`, `effective: "${ok}"`);
      const diags = await lsp.open(join(reg, 'data/agreements/ok-date.yaml'), text);
      expect(diags.filter((d) => d.range.start.line === lineOf(text, 'effective:')), ok).toEqual([]);
    }
  });
});

describe('the bundled example register', () => {
  it('carries a modeline on every file, and yaml-language-server reads the schema it names without a problem', async () => {
    const files = ['kerjasama.yaml', 'data/agreements/jabar-shizuoka-mou-2017.yaml', 'data/partners/teto.yaml', 'data/activities/jabar-shizuoka-governor-visit-2018.yaml'];
    for (const f of files) {
      const text = readFileSync(join(REPO, f), 'utf8');
      expect(text.split('\n')[0], f).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)*schemas\/(config|partner|agreement|activity)\.schema\.json$/);
      // Opened where the repository keeps it, so the modeline finds schemas/ (and defs.schema.json beside it).
      expect(await lsp.open(join(REPO, f), text), f).toEqual([]);
    }
    // A typo in one of them is found through the same modeline.
    const teto = readFileSync(join(REPO, 'data/partners/teto.yaml'), 'utf8').replace('country: TW', 'countri: TW');
    expect((await lsp.open(join(REPO, 'data/partners/teto-typo.yaml'), teto)).map((d) => d.message).join('\n')).toMatch(/countri/);
  });
});
