// Parse one record file: bytes in, a plain value plus YAML diagnostics out. Pure and total: it never
// throws for bad input, and it refuses the YAML features that make records ambiguous or dangerous
// (aliases, merge keys, custom tags, several documents).

import type { Document, LineCounter, YAMLError } from 'yaml';
import { yaml } from './lazy.js';
import type { Diagnostic } from '../model/types.js';

export interface Parsed {
  /** The record's value, when the YAML was readable; undefined otherwise. */
  value?: unknown;
  /** Text and document for locating later diagnostics (see locate.ts). */
  text?: string;
  doc?: Document;
  lineCounter?: LineCounter;
  diagnostics: Diagnostic[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, file: string): { text?: string; diagnostics: Diagnostic[] } {
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

/** Line and column (1-based, counting characters as UTF-8 decodes them) of a byte offset. */
function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
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

function firstInvalidUtf8(bytes: Uint8Array): number {
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

export function parseText(source: string, file: string): Parsed {
  // A byte-order mark is not part of the YAML: drop it, so that columns on line 1 count as a reader sees them.
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const diagnostics: Diagnostic[] = [];
  const { LineCounter, parseAllDocuments, visit, isScalar } = yaml();
  const lineCounter = new LineCounter();
  const at = (offset: number, end?: number): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> => {
    const a = lineCounter.linePos(offset);
    const b = end !== undefined && end > offset ? lineCounter.linePos(end) : undefined;
    return { line: a.line, column: a.col, ...(b ? { endLine: b.line, endColumn: b.col } : {}) };
  };

  if (!/\S/.test(text.replace(/^\s*#.*$/gm, ''))) {
    return { diagnostics: [{ code: 'file-empty', severity: 'error', file, line: 1, column: 1, params: {} }] };
  }

  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const line = text.slice(0, deep).split('\n').length;
    const column = deep - text.lastIndexOf('\n', deep - 1);
    return { text, diagnostics: [{ code: 'yaml-too-deep', severity: 'error', file, line, column, endLine: line, endColumn: column + 1, params: { reason: `nested more than ${MAX_DEPTH} levels deep` } }] };
  }

  // A %YAML directive other than 1.2 (1.1 reads no, on and 0777 otherwise): refused, not silently read as 1.2.
  const directive = /^%YAML[ \t]+(\S+)/m.exec(text);
  if (directive && directive[1] !== '1.2') {
    const line = text.slice(0, directive.index).split('\n').length;
    return { text, diagnostics: [{ code: 'yaml-version', severity: 'error', file, line, column: 1, endLine: line, endColumn: directive[0].length + 1, params: { version: directive[1] ?? '?' } }] };
  }

  let docs: Document[];
  try {
    const all = parseAllDocuments(text, { lineCounter, uniqueKeys: true, merge: false, prettyErrors: false, strict: true, version: '1.2', schema: 'core', resolveKnownTags: false, logLevel: 'error' });
    docs = Array.isArray(all) ? all : [];
  } catch (err) {
    // The parser reports its own resource limits; anything it throws is treated the same way.
    return { diagnostics: [{ code: 'yaml-too-deep', severity: 'error', file, line: 1, column: 1, params: { reason: String(err) } }] };
  }
  const doc = docs[0];
  if (!doc) return { diagnostics: [{ code: 'file-empty', severity: 'error', file, line: 1, column: 1, params: {} }] };
  const second = docs[1];
  if (second) diagnostics.push({ code: 'yaml-multi-document', severity: 'error', file, ...at(second.range?.[0] ?? 0), params: {} });

  for (const e of doc.errors) diagnostics.push(yamlError(e, file, at, doc));
  for (const w of doc.warnings) diagnostics.push(yamlError(w, file, at, doc));

  let fatal = doc.errors.length > 0 || doc.warnings.length > 0;
  visit(doc, {
    Alias(_key, node) {
      fatal = true;
      const [s, e] = node.range ?? [0, 0];
      diagnostics.push({ code: 'yaml-alias', severity: 'error', file, ...at(s, e), params: { name: node.source } });
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
        fatal = true;
        const [s, e] = pair.key.range ?? [0, 0];
        diagnostics.push({ code: 'yaml-merge-key', severity: 'error', file, ...at(s, e), params: {} });
      }
    },
  });

  if (fatal) return { text, doc, lineCounter, diagnostics };
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

/**
 * The offset of the first collection nested deeper than MAX_DEPTH, read from the concrete syntax tree
 * (built without recursion) by an explicit stack, so the answer never depends on the call-stack size.
 */
function tooDeepAt(text: string): number | undefined {
  type Tok = { type?: string; offset?: number; value?: unknown; items?: Array<Record<string, unknown>> };
  const stack: Array<[Tok, number]> = [];
  for (const tok of new (yaml().Parser)().parse(text)) stack.push([tok as Tok, 0]);
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

function yamlError(e: YAMLError, file: string, at: (s: number, e?: number) => Partial<Diagnostic>, doc: Document): Diagnostic {
  const [s, end] = e.pos;
  const where = at(s, end);
  const reason = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.message;
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return { code: 'yaml-duplicate-key', severity: 'error', file, ...where, params: { key: keyAt(e, doc) } };
    case 'TAB_AS_INDENT':
      return { code: 'yaml-tab-indent', severity: 'error', file, ...where, params: {} };
    case 'RESOURCE_EXHAUSTION':
      return { code: 'yaml-too-deep', severity: 'error', file, ...where, params: { reason } };
    case 'TAG_RESOLVE_FAILED':
      return { code: 'yaml-custom-tag', severity: 'error', file, ...where, params: { tag: (/tag: (\S+)/.exec(e.message)?.[1] ?? '?').replace(/^tag:yaml\.org,2002:/, '!!') } };
    default:
      // The YAML library's code (worded by the diagnostic catalogue) and its own English text.
      return { code: 'yaml-syntax', severity: 'error', file, ...where, params: { problem: e.code, reason: reason.charAt(0).toLowerCase() + reason.slice(1) } };
  }
}

/** The duplicated key: the message does not name it, so find the key node that starts where the error does. */
function keyAt(e: YAMLError, doc: Document): string {
  const { visit, isScalar } = yaml();
  let key: string | undefined;
  visit(doc, {
    Pair(_k, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === e.pos[0]) {
        key = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return key ?? /"([^"]*)"/.exec(e.message)?.[1] ?? '?';
}

