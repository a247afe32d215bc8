// A fast reader for the plain YAML that record files are made of: block mappings and sequences,
// one-line flow lists and mappings of simple scalars, plain and simply quoted scalars, folded and
// literal block scalars, comments. It keeps no positions. On anything else (anchors, tags, merge keys,
// duplicate keys, tabs, CRLF, multi-line plain scalars, escapes, documents markers, odd indentation,
// numbers other than plain integers …) it gives up and returns undefined, and the full parser
// (parse.ts, with positions and diagnostics) reads the file instead.
//
// Contract, checked by test/differential.test.ts: whenever fastParse returns a value, the full parser
// reads the same text with no diagnostics at all and gives a deeply equal value. It never rejects.

type Value = null | boolean | number | string | Value[] | { [k: string]: Value };

const BAIL = Symbol('bail');
type Bail = typeof BAIL;

interface Line {
  indent: number;
  /** The text after the indentation (comments not yet removed). */
  body: string;
  /** Index of the line in the file (for block scalars, which read raw lines). */
  index: number;
}

const KEY_RE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const INT_RE = /^(?:0|[1-9][0-9]{0,14})$/;
const DATE_RE = /^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$/;
/** Digits then a word, like 5y or 90d: text, except after e, o, x or b (1e3, 0o17, 0x1f could be numbers). */
const DIGITS_WORD_RE = /^[0-9]+[acdf-npq-wyzACDF-NPQ-WYZ_][A-Za-z0-9_-]*$/;
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
/** Characters a plain scalar may not start with (YAML indicators), plus the ones we leave to the full parser. */
const PLAIN_FIRST_BAD = new Set([...'-?:,[]{}#&*!|>\'"%@`.+']);
const MAX_DEPTH = 20;

/** Any character the full parser might treat specially: controls, tabs, CR, NEL, line separators, BOM. */
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

export function fastParse(text: string): unknown {
  if (UNUSUAL_CHAR.test(text)) return undefined;
  const raw = text.split('\n');
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as string;
    let indent = 0;
    while (r.charCodeAt(indent) === 32) indent++;
    const body = r.slice(indent);
    lines.push({ indent, body, index: i });
  }
  const p = new Reader(lines);
  const first = p.peek();
  if (!first || first.indent !== 0 || !KEY_RE.test(first.body)) return undefined;
  const v = p.block(0, 0);
  if (v === BAIL || p.peek() !== undefined) return undefined;
  return v;
}

/** True for a line that holds nothing for the parser: empty, spaces only, or a comment. */
function blank(l: Line): boolean {
  return l.body === '' || l.body.startsWith('#');
}

class Reader {
  private pos = 0;
  constructor(private readonly lines: Line[]) {}

  /** The next line with content, skipping blank and comment lines. */
  peek(): Line | undefined {
    while (this.pos < this.lines.length && blank(this.lines[this.pos] as Line)) this.pos++;
    return this.lines[this.pos];
  }

  /** A block node whose first line is the next content line, at exactly `indent`. */
  block(indent: number, depth: number): Value | Bail {
    if (depth > MAX_DEPTH) return BAIL;
    const l = this.peek();
    if (!l || l.indent !== indent) return BAIL;
    if (l.body === '-' || l.body.startsWith('- ')) return this.seq(indent, depth);
    return this.map(indent, depth, undefined);
  }

  /** A block mapping at `indent`. `firstBody` is set when its first pair follows a "- " on the same line. */
  map(indent: number, depth: number, firstBody: string | undefined): Value | Bail {
    const out: { [k: string]: Value } = {};
    let body = firstBody;
    for (;;) {
      if (body === undefined) {
        const l = this.peek();
        if (!l || l.indent < indent) return out;
        if (l.indent > indent) return BAIL;
        if (l.body === '-' || l.body.startsWith('- ')) return BAIL;
        body = l.body;
        this.pos++;
      }
      const m = KEY_RE.exec(body);
      if (!m) return BAIL;
      const key = m[1] as string;
      if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return BAIL;
      const rest = body.slice(m[0].length);
      const v = this.valueAfterKey(rest, indent, depth);
      if (v === BAIL) return BAIL;
      out[key] = v;
      body = undefined;
    }
  }

  /** A block sequence at `indent`. */
  seq(indent: number, depth: number): Value | Bail {
    const out: Value[] = [];
    for (;;) {
      const l = this.peek();
      if (!l || l.indent < indent) return out;
      if (l.indent > indent) return BAIL;
      if (!(l.body === '-' || l.body.startsWith('- '))) return out;
      this.pos++;
      let k = 1;
      while (l.body.charCodeAt(k) === 32) k++;
      const rest = l.body.slice(k);
      if (rest === '' || rest.startsWith('#')) {
        // "-" alone: the item is the block below it.
        const next = this.peek();
        if (!next || next.indent <= indent) return BAIL;
        const v = this.block(next.indent, depth + 1);
        if (v === BAIL) return BAIL;
        out.push(v);
        continue;
      }
      if (rest.startsWith('- ') || rest === '-') return BAIL;
      if (KEY_RE.test(rest)) {
        // "- key: value": a mapping whose pairs sit at the column after "- ".
        const v = this.map(indent + k, depth + 1, rest);
        if (v === BAIL) return BAIL;
        out.push(v);
        continue;
      }
      const v = this.inline(rest, indent, depth);
      if (v === BAIL) return BAIL;
      out.push(v);
    }
  }

  /** What follows "key:" on its line: a value there, a block scalar, or a block below (or null). */
  private valueAfterKey(rest: string, indent: number, depth: number): Value | Bail {
    if (rest === '' || rest.startsWith('#')) {
      const next = this.peek();
      if (!next || next.indent < indent) return null;
      if (next.indent === indent) {
        // A sequence may sit at the key's own indentation; anything else there is the next key.
        if (next.body === '-' || next.body.startsWith('- ')) return this.seq(indent, depth + 1);
        return null;
      }
      return this.block(next.indent, depth + 1);
    }
    return this.inline(rest, indent, depth);
  }

  /** A value written on the line itself: a block scalar header, a flow collection, or a scalar. */
  private inline(rest: string, indent: number, depth: number): Value | Bail {
    const c = rest.charAt(0);
    if (c === '>' || c === '|') return this.blockScalar(rest, indent);
    if (c === '[' || c === '{') return flow(rest, depth);
    const s = lineScalar(rest);
    if (s === BAIL) return BAIL;
    // A value on its line cannot continue on the next one (a multi-line plain scalar): leave that to the full parser.
    const next = this.peek();
    if (next && next.indent > indent) return BAIL;
    return s;
  }

  /** ">", ">-", "|", "|-" with no indentation indicator, keep chomping or comment on the header. */
  private blockScalar(header: string, parentIndent: number): Value | Bail {
    const folded = header.charAt(0) === '>';
    const chomp = header.slice(1);
    if (chomp !== '' && chomp !== '-') return BAIL;
    const start = this.pos;
    const content: string[] = [];
    let base = -1;
    let i = start;
    for (; i < this.lines.length; i++) {
      const l = this.lines[i] as Line;
      if (l.body === '') {
        if (l.indent > 0) return BAIL; // spaces-only lines: their spaces may count; leave it to the full parser
        if (base < 0) return BAIL; // leading empty lines
        content.push('');
        continue;
      }
      if (base < 0) {
        if (l.indent <= parentIndent) break;
        base = l.indent;
      }
      if (l.indent < base) break;
      if (folded && l.indent !== base) return BAIL;
      content.push(' '.repeat(l.indent - base) + l.body);
    }
    if (base < 0) return BAIL;
    // Trailing empty lines belong to chomping, and the lines after them to the parent.
    while (content.length && content[content.length - 1] === '') content.pop();
    let n = i;
    while (n > start && (this.lines[n - 1] as Line).body === '') n--;
    this.pos = n;
    // The block ends at a line indented less than its content: it must be the parent's next line.
    let text: string;
    if (folded) {
      text = '';
      let emptyRun = 0;
      for (let k = 0; k < content.length; k++) {
        const c = content[k] as string;
        if (c === '') {
          emptyRun++;
          continue;
        }
        if (k > 0) text += emptyRun > 0 ? '\n'.repeat(emptyRun) : ' ';
        emptyRun = 0;
        text += c;
      }
    } else {
      text = content.join('\n');
    }
    return chomp === '-' ? text : text + '\n';
  }
}

/** A key that stays the same text as a JavaScript property: not null/true/false (which YAML resolves), not __proto__. */
function plainKey(key: string): boolean {
  return key.length <= 200 && key !== '__proto__' && !NULLS.has(key) && !TRUES.has(key) && !FALSES.has(key);
}

/** A scalar filling the rest of a line, with an optional trailing comment. */
function lineScalar(rest: string): Value | Bail {
  const c = rest.charAt(0);
  if (c === '"' || c === "'") {
    const q = quoted(rest, 0);
    if (q === BAIL) return BAIL;
    const after = rest.slice(q.end);
    if (!(after === '' || /^ +(#.*)?$/.test(after))) return BAIL;
    return q.value;
  }
  let text = rest;
  const hash = text.indexOf(' #');
  if (hash >= 0) text = text.slice(0, hash);
  text = text.replace(/ +$/, '');
  return plain(text, false);
}

/** A plain scalar resolved as the YAML 1.2 core schema does, for the forms we are sure of. */
function plain(text: string, inFlow: boolean): Value | Bail {
  if (text === '') return null;
  const c = text.charAt(0);
  if (PLAIN_FIRST_BAD.has(c)) return BAIL;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) return BAIL;
  if (inFlow && /[,[\]{}]/.test(text)) return BAIL;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (c >= '0' && c <= '9') {
    if (INT_RE.test(text)) return Number(text);
    if (DATE_RE.test(text) || DIGITS_WORD_RE.test(text)) return text;
    return BAIL;
  }
  // Words the core schema reads as special in other spellings (.inf, .nan) start with "." and bailed above.
  return text;
}

/** A quoted scalar on one line: double quotes without escapes, single quotes with '' for '. */
function quoted(s: string, at: number): { value: string; end: number } | Bail {
  const q = s.charAt(at);
  let value = '';
  let i = at + 1;
  for (;;) {
    if (i >= s.length) return BAIL;
    const ch = s.charAt(i);
    if (q === '"' && ch === '\\') return BAIL;
    if (ch === q) {
      if (q === "'" && s.charAt(i + 1) === "'") {
        value += "'";
        i += 2;
        continue;
      }
      break;
    }
    value += ch;
    i++;
  }
  return { value, end: i + 1 };
}

/** A flow collection on one line: [a, b] or {k: v, k2: v2}, of scalars only (no nesting). */
function flow(rest: string, depth: number): Value | Bail {
  if (depth > MAX_DEPTH) return BAIL;
  const open = rest.charAt(0);
  const close = open === '[' ? ']' : '}';
  const end = rest.lastIndexOf(close);
  if (end < 0) return BAIL;
  const after = rest.slice(end + 1);
  if (!(after === '' || /^ +(#.*)?$/.test(after))) return BAIL;
  const inner = rest.slice(1, end);
  if (/["'[\]{}#]/.test(inner)) return BAIL;
  const parts = inner.split(',').map((x) => x.trim());
  if (parts.length === 1 && parts[0] === '') return open === '[' ? [] : {};
  if (parts.some((x) => x === '')) return BAIL; // trailing or doubled commas
  if (open === '[') {
    const out: Value[] = [];
    for (const x of parts) {
      if (x.includes(':')) return BAIL;
      const v = plain(x, true);
      if (v === BAIL || v === null) return BAIL;
      out.push(v);
    }
    return out;
  }
  const out: { [k: string]: Value } = {};
  for (const x of parts) {
    const m = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/.exec(x);
    if (!m) return BAIL;
    const key = m[1] as string;
    if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return BAIL;
    if ((m[2] as string).includes(':')) return BAIL;
    const v = plain(m[2] as string, true);
    if (v === BAIL || v === null) return BAIL;
    out[key] = v;
  }
  return out;
}
