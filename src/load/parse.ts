// Parse one record file: bytes in, a plain value plus YAML diagnostics out. Pure and total: it never
// throws for bad input, and it refuses the YAML features that make records ambiguous or dangerous
// (aliases, merge keys, custom tags, several documents).

import type { CST, Document, LineCounter, YAMLError } from 'yaml';
import { yaml } from './lazy.js';
import { MAX_PROBLEMS_PER_FILE } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/types.js';

export interface Parsed {
  /** The record's value, when the YAML was readable; undefined otherwise. */
  value?: unknown;
  /** Text and document for locating later diagnostics (see locate.ts). */
  text?: string;
  doc?: Document;
  lineCounter?: LineCounter;
  /** At most MAX_PROBLEMS_PER_FILE problems, in the order found … */
  diagnostics: Diagnostic[];
  /** … and how many more there were (model/diagnostics.ts boundedPerFile says so). */
  omitted?: number;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
  // Windows Notepad's "Unicode" is UTF-16: a text to save again as UTF-8, not a binary file.
  if (looksUtf16(bytes)) return { diagnostics: [{ code: 'file-encoding', severity: 'error', file, line: 1, column: 1, params: { encoding: 'utf16' } }] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { diagnostics: [{ code: 'file-binary', severity: 'error', file, ...lineColOfByte(bytes, nul), params: {} }] };
  }
  try {
    return { text: UTF8.decode(bytes), diagnostics: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { diagnostics: [{ code: 'file-encoding', severity: 'error', file, ...lineColOfByte(bytes, bad), params: {} }] };
  }
}

/**
 * UTF-16 text: a byte-order mark (FF FE, FE FF), or, without one, the first (up to 64) pairs of bytes each
 * holding one NUL, always on the same side, as the ASCII of a YAML record does in UTF-16.
 */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs < 2) return false;
  let low = 0;
  let high = 0;
  for (let i = 0; i < pairs; i++) {
    const a = bytes[2 * i] ?? 0;
    const b = bytes[2 * i + 1] ?? 0;
    if (a !== 0 && b === 0) low++;
    else if (a === 0 && b !== 0) high++;
    else return false;
  }
  return low === pairs || high === pairs;
}

/** Line and column (1-based, counting characters as UTF-8 decodes them) of a byte offset. */
export function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** The offset of the first byte that does not begin a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** Whether the bytes hold a valid UTF-8 sequence of more than one byte (text written as UTF-8). */
export function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) continue;
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/**
 * The title (agreements, activities) or name (partners) a record file gives, read as far as its YAML
 * allows: a file with errors too (a schema error, a YAML error further down). Undefined when it gives none.
 */
export function writtenLabel(text: string): string | undefined {
  const { isMap, isScalar } = yaml();
  const root = parseText(text, '').doc?.contents;
  if (!isMap(root)) return undefined;
  for (const key of ['title', 'name']) {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    const value = isScalar(pair?.value) ? pair.value.value : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

export function parseText(source: string, file: string): Parsed {
  // A byte-order mark is not part of the YAML: drop it, so that columns on line 1 count as a reader sees them.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const diagnostics: Diagnostic[] = [];
  const { LineCounter, Parser, Composer, visit, isScalar } = yaml();
  const lineCounter = new LineCounter();
  const at = (offset: number, end?: number): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> => {
    const a = lineCounter.linePos(offset);
    const b = end !== undefined && end > offset ? lineCounter.linePos(end) : undefined;
    return { line: a.line, column: a.col, ...(b ? { endLine: b.line, endColumn: b.col } : {}) };
  };

  // Nothing but blank lines and comments. ([ \t]*, not \s*: \s would run over the line breaks of every
  // blank line that follows, and back, at each line: quadratic in a file of blank lines.)
  if (!/\S/.test(text.replace(/^[ \t]*#.*$/gm, ''))) {
    return { diagnostics: [{ code: 'file-empty', severity: 'error', file, line: 1, column: 1, params: {} }] };
  }

  // Collections nested too deeply are found by the lexer alone, which stops there: the parser would
  // build every level first (a 1 MB file of "[" took 17 s, of "- " 8 s, mostly collecting garbage).
  // The spot given is the one the parser's depth check gives (block levels count too): found in the text
  // up to there, which holds it.
  const flowDeep = lexTooDeepAt(text);
  if (flowDeep !== undefined) return { text, diagnostics: [tooDeep(text, tooDeepAt([...new Parser().parse(text.slice(0, flowDeep + 1))]) ?? flowDeep, file)] };

  // The concrete syntax tree, built once (without recursion): the depth check reads it, the composer builds on it.
  let tokens: CST.Token[];
  try {
    tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  } catch (err) {
    return { diagnostics: [{ code: 'yaml-too-deep', severity: 'error', file, line: 1, column: 1, params: { reason: String(err) } }] };
  }
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) return { text, diagnostics: [tooDeep(text, deep, file)] };

  // A %YAML directive other than 1.2 (1.1 reads no, on and 0777 otherwise): refused, not silently read as 1.2.
  const directive = /^%YAML[ \t]+(\S+)/m.exec(text);
  if (directive && directive[1] !== '1.2') {
    const line = text.slice(0, directive.index).split('\n').length;
    return { text, diagnostics: [{ code: 'yaml-version', severity: 'error', file, line, column: 1, endLine: line, endColumn: directive[0].length + 1, params: { version: directive[1] ?? '?' } }] };
  }

  // uniqueKeys: false: the library compares each key with every earlier one of its mapping (quadratic in
  // the keys of a mapping, distinct or not); duplicates are found below, in one pass with a set per mapping.
  const composer = new Composer({ lineCounter, uniqueKeys: false, merge: false, prettyErrors: false, strict: true, version: '1.2', schema: 'core', resolveKnownTags: false, logLevel: 'error' });
  // Every problem the composer finds goes through its onError; past the first MAX_PROBLEMS_PER_FILE they
  // are only counted, never made (an error object each, with its stack: 500,000 of them took gigabytes).
  let omitted = 0;
  const hook = composer as unknown as { onError?: (...a: unknown[]) => void };
  const onError = hook.onError;
  if (typeof onError === 'function') {
    let made = 0;
    hook.onError = (...a: unknown[]): void => {
      if (made++ < MAX_PROBLEMS_PER_FILE) onError(...a);
      else omitted++;
    };
  }
  // A stray token the parser could not place (a `]` at the top, say) the composer would make an error
  // object of, directly: those are said here, as the composer words them, and the rest only counted.
  const placed: CST.Token[] = [];
  let stray = 0;
  for (const t of tokens) {
    if (t.type !== 'error') placed.push(t);
    else if (stray++ < MAX_PROBLEMS_PER_FILE) {
      const message = t.source ? `${t.message}: ${JSON.stringify(t.source)}` : t.message;
      diagnostics.push({ code: 'yaml-syntax', severity: 'error', file, ...at(t.offset, t.offset + Math.max(1, t.source.length)), params: { problem: 'UNEXPECTED_TOKEN', reason: message.charAt(0).toLowerCase() + message.slice(1) } });
    } else omitted++;
  }
  let docs: Document[];
  try {
    docs = [...composer.compose(placed)];
  } catch (err) {
    // The parser reports its own resource limits; anything it throws is treated the same way.
    return { diagnostics: [{ code: 'yaml-too-deep', severity: 'error', file, line: 1, column: 1, params: { reason: String(err) } }] };
  }
  const doc = docs[0];
  if (!doc) return { diagnostics: [{ code: 'file-empty', severity: 'error', file, line: 1, column: 1, params: {} }] };
  const second = docs[1];
  if (second) diagnostics.push({ code: 'yaml-multi-document', severity: 'error', file, ...at(second.range?.[0] ?? 0), params: {} });

  for (const e of doc.errors) diagnostics.push(yamlError(e, file, at, source));
  for (const w of doc.warnings) diagnostics.push(yamlError(w, file, at, source));

  let fatal = stray > 0 || doc.errors.length > 0 || doc.warnings.length > 0 || omitted > 0;
  const problem = (d: Diagnostic): void => {
    fatal = true;
    if (diagnostics.length < MAX_PROBLEMS_PER_FILE) diagnostics.push(d);
    else omitted++;
  };
  visit(doc, {
    Alias(_key, node) {
      const [s, e] = node.range ?? [0, 0];
      problem({ code: 'yaml-alias', severity: 'error', file, ...at(s, e), params: { name: node.source } });
    },
    Map(_key, map) {
      // A key written twice in one mapping (as the library's uniqueKeys would say): scalars by value.
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const k = pair.key.value;
        if (!seen.has(k)) {
          seen.add(k);
          continue;
        }
        const s = pair.key.range?.[0] ?? 0;
        problem({ code: 'yaml-duplicate-key', severity: 'error', file, ...at(s, s + 1), params: { key: String(k) } });
      }
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
        const [s, e] = pair.key.range ?? [0, 0];
        problem({ code: 'yaml-merge-key', severity: 'error', file, ...at(s, e), params: {} });
      }
    },
  });

  if (diagnostics.length > MAX_PROBLEMS_PER_FILE) {
    // The first ones in the file, wherever they were found.
    diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    omitted += diagnostics.length - MAX_PROBLEMS_PER_FILE;
    diagnostics.length = MAX_PROBLEMS_PER_FILE;
  }
  if (fatal) return { text, doc, lineCounter, diagnostics, ...(omitted ? { omitted } : {}) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (err) {
    diagnostics.push({ code: 'yaml-too-deep', severity: 'error', file, line: 1, column: 1, params: { reason: String(err) } });
    return { text, doc, lineCounter, diagnostics };
  }
  return { value, text, doc, lineCounter, diagnostics };
}

/** Deeper than any record needs, and far below the depth at which the composer's recursion overflows the stack. */
const MAX_DEPTH = 100;

function tooDeep(text: string, offset: number, file: string): Diagnostic {
  const line = text.slice(0, offset).split('\n').length;
  const column = offset - text.lastIndexOf('\n', offset - 1);
  return { code: 'yaml-too-deep', severity: 'error', file, line, column, endLine: line, endColumn: column + 1, params: { depth: MAX_DEPTH } };
}

/** The lexer's tokens that stand for no text of the source (document start, flow end, scalar start). */
const ZERO_WIDTH = new Set(['\x02', '\x18', '\x1f']);

/**
 * An offset past which the text is certainly nested more than MAX_DEPTH deep, from the lexer's tokens
 * (which tell an indicator from a bracket or a dash inside a scalar), stopping there: a flow collection
 * ([ or {) inside more than MAX_DEPTH others, or more than MAX_DEPTH block indicators (- or ?) on one
 * line, each opening a collection inside the one before (- - - x).
 */
function lexTooDeepAt(text: string): number | undefined {
  if (text.length < MAX_DEPTH) return undefined;
  let flow = 0;
  let onLine = 0;
  let offset = 0;
  for (const tok of new (yaml().Lexer)().lex(text)) {
    if (tok === '[' || tok === '{') {
      if (++flow > MAX_DEPTH) return offset;
    } else if (tok === ']' || tok === '}') flow = Math.max(0, flow - 1);
    else if (tok === '-' || tok === '?') {
      if (++onLine > MAX_DEPTH) return offset;
    } else if (tok === '\n' || tok === '\r\n') onLine = 0;
    if (!ZERO_WIDTH.has(tok)) offset += tok.length;
  }
  return undefined;
}

/**
 * The offset of the first collection nested deeper than MAX_DEPTH, read from the concrete syntax tree
 * (built without recursion) by an explicit stack, so the answer never depends on the call-stack size.
 */
function tooDeepAt(tokens: readonly unknown[]): number | undefined {
  type Tok = { type?: string; offset?: number; value?: unknown; items?: Array<Record<string, unknown>> };
  const stack: Array<[Tok, number]> = [];
  for (const tok of tokens) stack.push([tok as Tok, 0]);
  let found: number | undefined;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [t, d] = top;
    const depth = t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection' ? d + 1 : d;
    if (depth > MAX_DEPTH) {
      if (found === undefined || (t.offset ?? 0) < found) found = t.offset ?? 0;
      continue;
    }
    if (t.type === 'document' && t.value && typeof t.value === 'object') stack.push([t.value as Tok, depth]);
    for (const item of t.items ?? []) {
      for (const k of ['key', 'value']) {
        const v = item[k];
        if (v && typeof v === 'object' && !Array.isArray(v)) stack.push([v as Tok, depth]);
      }
    }
  }
  return found;
}

/**
 * Where the quote that is never closed opens: the parser reads to the end of the file looking for its
 * closing quote, so every later quote of that kind is inside it, escaped (\" in double quotes, '' in single
 * quotes). The opening quote is the last one before `end` that is not such an escape.
 */
function unclosedQuoteAt(source: string, quote: '"' | "'", end: number): number | undefined {
  for (let i = source.lastIndexOf(quote, end - 1); i >= 0; i = source.lastIndexOf(quote, i - 1)) {
    if (quote === '"') {
      let slashes = 0;
      while (source[i - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return i;
    } else if (source[i - 1] === "'") {
      i--; // '' inside single quotes: skip the pair
    } else return i;
  }
  return undefined;
}

/**
 * The line as it should be written, for a colon in an unquoted value (title: Rapat: tindak lanjut, which
 * YAML reads as a key inside a value: `quoted`) or a key with no space after its colon (title:Rapat:
 * `spaced`); nothing for anything else.
 */
function lineToWrite(code: string, source: string, offset: number): { quoted?: string; spaced?: string } {
  const from = source.lastIndexOf('\n', offset - 1) + 1;
  const to = source.indexOf('\n', offset);
  const line = source.slice(from, to < 0 ? source.length : to).replace(/\r$/, '');
  if (code === 'BLOCK_AS_IMPLICIT_KEY') {
    const m = /^\s*([A-Za-z_][\w-]*): +([^"'[{|>&*!%@`#\s].*: .*?)\s*$/.exec(line);
    if (m) return { quoted: `${m[1]}: "${(m[2] as string).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` };
  }
  if (code === 'MULTILINE_IMPLICIT_KEY') {
    const m = /^\s*([A-Za-z_][\w-]*):([^\s:].*?)\s*$/.exec(line);
    if (m) return { spaced: `${m[1]}: ${m[2]}` };
  }
  return {};
}

function yamlError(e: YAMLError, file: string, at: (s: number, e?: number) => Partial<Diagnostic>, source: string): Diagnostic {
  const [s, end] = e.pos;
  const reason = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.message;
  const quote = e.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(reason)?.[1] : undefined;
  const open = quote === '"' || quote === "'" ? unclosedQuoteAt(source, quote, s) : undefined;
  if (open !== undefined) return { code: 'yaml-syntax', severity: 'error', file, ...at(open, open + 1), params: { problem: 'UNCLOSED_QUOTE', reason: reason.charAt(0).toLowerCase() + reason.slice(1) } };
  const where = at(s, end);
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return { code: 'yaml-tab-indent', severity: 'error', file, ...where, params: {} };
    case 'RESOURCE_EXHAUSTION':
      return { code: 'yaml-too-deep', severity: 'error', file, ...where, params: { reason } };
    case 'TAG_RESOLVE_FAILED':
      return { code: 'yaml-custom-tag', severity: 'error', file, ...where, params: { tag: (/tag: (\S+)/.exec(e.message)?.[1] ?? '?').replace(/^tag:yaml\.org,2002:/, '!!') } };
    default:
      // The YAML library's code (worded by the diagnostic catalogue) and its own English text; for the two
      // slips people make most, the line as it should be written.
      return { code: 'yaml-syntax', severity: 'error', file, ...where, params: { problem: e.code, reason: reason.charAt(0).toLowerCase() + reason.slice(1), ...lineToWrite(e.code, source, s) } };
  }
}
