// A fast reader for the plain YAML that record files are made of: block mappings and sequences,
// one-line flow lists and mappings of simple scalars, plain and simply quoted scalars, folded and
// literal block scalars, comments. It keeps no positions. On anything else (anchors, tags, merge keys,
// duplicate keys, tabs, CRLF, multi-line plain scalars, escapes, documents markers, odd indentation,
// numbers other than plain integers …) it gives up and returns undefined, and the full parser
// (parse.ts, with positions and diagnostics) reads the file instead.
//
// Contract, checked by test/differential.test.ts: whenever fastParse returns a value, the full parser
// reads the same text with no diagnostics at all and gives a deeply equal value. It never rejects.
//
// fastPositions reads the same text again and keeps where each node is: the offsets the full parser's
// nodes have (Node.range[0] and [1]) for scalars, keys and flow collections, so that a diagnostic on a
// file the fast reader took is located without the full parser (locate.ts locateFast). Block mappings
// and sequences get no range (the full parser's ends there depend on comments and blank lines); a
// diagnostic pointing at one goes to the full parser. The differential test checks every position.

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
/** An uncertain date's upper bound only (..2017-06): a string in the core schema. */
const BY_RE = /^\.\.[0-9]{4}(?:-[0-9]{2}){0,2}$/;
/** What the YAML 1.2 core schema's int and float tags match, of a scalar starting with a digit (yaml's own tests, without a sign). */
const CORE_NUMBER_RE = /^(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?)$/;
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
/** Characters a plain scalar may not start with (YAML indicators), plus the ones we leave to the full parser. */
const PLAIN_FIRST_BAD = new Set([...'-?:,[]{}#&*!|>\'"%@`.+']);
const MAX_DEPTH = 20;

/** Any character the full parser might treat specially: controls, tabs, a CR not followed by LF, NEL, line separators, BOM. */
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHAR = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]|\r(?!\n)/;

/** Offsets [start, end) in the text, as the full parser's Node.range[0] and range[1]. */
export type Range = readonly [number, number];

/** Where a node is: scalars and flow collections with their range; block collections without one. */
export type PosNode =
  | { readonly t: 'map'; readonly pairs: ReadonlyMap<string, { readonly key: Range; readonly value: PosNode }>; readonly range?: Range }
  | { readonly t: 'seq'; readonly items: readonly PosNode[]; readonly range?: Range }
  | { readonly t: 'scalar'; readonly range: Range };

/** A text's positions: the root node and the offset at which each line starts (as yaml's LineCounter). */
export interface Positions { readonly root: PosNode; readonly lineStarts: readonly number[] }

export function fastParse(text: string): unknown {
  return read(text, false)?.value;
}

/** The positions of a text the fast reader takes; undefined when it gives up on it. */
export function fastPositions(text: string): Positions | undefined {
  const r = read(text, true);
  return r && r.pos ? { root: r.pos, lineStarts: r.lineStarts } : undefined;
}

function read(text: string, track: boolean): { value: Value; pos?: PosNode; lineStarts: number[] } | undefined {
  if (UNUSUAL_CHAR.test(text)) return undefined;
  const raw = text.split('\n');
  const lines: Line[] = [];
  const lineStarts: number[] = [];
  let offset = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as string;
    // A line ending CR LF (a file saved on Windows) is read as one ending LF, as YAML reads it; its offsets stay the file's.
    const line = r.charCodeAt(r.length - 1) === 13 ? r.slice(0, -1) : r;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const body = line.slice(indent);
    lines.push({ indent, body, index: i });
    if (track) {
      lineStarts.push(offset);
      offset += r.length + 1;
    }
  }
  const p = new Reader(lines, track ? lineStarts : undefined, text.length);
  const first = p.peek();
  if (!first || first.indent !== 0 || !KEY_RE.test(first.body)) return undefined;
  const v = p.block(0, 0);
  if (v === BAIL || p.peek() !== undefined) return undefined;
  return { value: v, ...(p.at ? { pos: p.at } : {}), lineStarts };
}

/** True for a line that holds nothing for the parser: empty, spaces only, or a comment. */
function blank(l: Line): boolean {
  return l.body === '' || l.body.startsWith('#');
}

class Reader {
  private pos = 0;
  /** With positions (`starts` given): where the node last read is. */
  at: PosNode | undefined;
  constructor(private readonly lines: Line[], private readonly starts: number[] | undefined, private readonly length: number) {}

  /** The offset of column `col` of line `index`. */
  private off(index: number, col: number): number {
    return ((this.starts as number[])[index] as number) + col;
  }

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

  /** A block mapping at `indent`. `firstBody` is set when its first pair follows a "- " on the same line (line `firstLine`). */
  map(indent: number, depth: number, firstBody: string | undefined, firstLine = -1): Value | Bail {
    const out: { [k: string]: Value } = {};
    const pairs = this.starts ? new Map<string, { key: Range; value: PosNode }>() : undefined;
    let body = firstBody;
    let line = firstLine;
    for (;;) {
      if (body === undefined) {
        const l = this.peek();
        if (!l || l.indent < indent) break;
        if (l.indent > indent) return BAIL;
        if (l.body === '-' || l.body.startsWith('- ')) return BAIL;
        body = l.body;
        line = l.index;
        this.pos++;
      }
      const m = KEY_RE.exec(body);
      if (!m) return BAIL;
      const key = m[1] as string;
      if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return BAIL;
      const rest = body.slice(m[0].length);
      const keyAt = pairs ? this.off(line, indent) : 0;
      const v = this.valueAfterKey(rest, indent, depth, keyAt + m[0].length);
      if (v === BAIL) return BAIL;
      out[key] = v;
      if (pairs) pairs.set(key, { key: [keyAt, keyAt + key.length], value: this.at as PosNode });
      body = undefined;
    }
    if (pairs) this.at = { t: 'map', pairs };
    return out;
  }

  /** A block sequence at `indent`. */
  seq(indent: number, depth: number): Value | Bail {
    const out: Value[] = [];
    const items: PosNode[] | undefined = this.starts ? [] : undefined;
    for (;;) {
      const l = this.peek();
      if (!l || l.indent < indent) break;
      if (l.indent > indent) return BAIL;
      if (!(l.body === '-' || l.body.startsWith('- '))) break;
      this.pos++;
      let k = 1;
      while (l.body.charCodeAt(k) === 32) k++;
      const rest = l.body.slice(k);
      let v: Value | Bail;
      if (rest === '' || rest.startsWith('#')) {
        // "-" alone: the item is the block below it.
        const next = this.peek();
        if (!next || next.indent <= indent) return BAIL;
        v = this.block(next.indent, depth + 1);
      } else if (rest.startsWith('- ') || rest === '-') {
        return BAIL;
      } else if (KEY_RE.test(rest)) {
        // "- key: value": a mapping whose pairs sit at the column after "- ".
        v = this.map(indent + k, depth + 1, rest, l.index);
      } else {
        v = this.inline(rest, indent, depth, items ? this.off(l.index, indent + k) : 0);
      }
      if (v === BAIL) return BAIL;
      out.push(v);
      items?.push(this.at as PosNode);
    }
    if (items) this.at = { t: 'seq', items };
    return out;
  }

  /** What follows "key:" on its line (at offset `at`): a value there, a block scalar, or a block below (or null). */
  private valueAfterKey(rest: string, indent: number, depth: number, at: number): Value | Bail {
    if (rest === '' || rest.startsWith('#')) {
      const next = this.peek();
      // A null value sits where the line's content after the colon starts (its end, or the comment).
      const none = (): null => {
        if (this.starts) this.at = { t: 'scalar', range: [at, at] };
        return null;
      };
      if (!next || next.indent < indent) return none();
      if (next.indent === indent) {
        // A sequence may sit at the key's own indentation; anything else there is the next key.
        if (next.body === '-' || next.body.startsWith('- ')) return this.seq(indent, depth + 1);
        return none();
      }
      return this.block(next.indent, depth + 1);
    }
    return this.inline(rest, indent, depth, at);
  }

  /** A value written on the line itself (at offset `at`): a block scalar header, a flow collection, or a scalar. */
  private inline(rest: string, indent: number, depth: number, at: number): Value | Bail {
    const c = rest.charAt(0);
    if (c === '>' || c === '|') return this.blockScalar(rest, indent, at);
    if (c === '[' || c === '{') {
      const f = flow(rest, depth, this.starts ? at : undefined);
      if (f === BAIL) return BAIL;
      this.at = f.pos;
      return f.value;
    }
    const s = lineScalar(rest);
    if (s === BAIL) return BAIL;
    // A plain value may go on over the next lines, further in than its key (or its "- "): a multi-line plain scalar.
    const more = c === '"' || c === "'" || rest.includes(' #') ? undefined : this.plainLines(rest.slice(0, s.length), indent);
    if (more === BAIL) return BAIL;
    if (more) {
      const v = plain(more.text, false);
      if (v === BAIL) return BAIL;
      if (this.starts) this.at = { t: 'scalar', range: [at, this.off(more.last, more.end)] };
      return v;
    }
    // Anything else further in on the next lines (after a comment, or after a quoted value) is left to the full parser.
    const next = this.peek();
    if (next && next.indent > indent) return BAIL;
    if (this.starts) this.at = { t: 'scalar', range: [at, at + s.length] };
    return s.value;
  }

  /**
   * The lines that continue a plain scalar begun with `first` on the line before this.pos: each one further
   * in than `indent`, folded as YAML folds them (a line break between two lines is a space, each empty line
   * between them a line break), leading and trailing spaces dropped. Undefined when no line continues it;
   * BAIL for what the full parser should read (a line that starts with an indicator or holds ": " or " #",
   * a line of spaces inside the scalar). A comment line ends it.
   */
  private plainLines(first: string, indent: number): { text: string; last: number; end: number } | Bail | undefined {
    let text = first;
    let last = -1;
    let end = 0;
    let empties = 0;
    let spaces = false;
    for (let j = this.pos; j < this.lines.length; j++) {
      const l = this.lines[j] as Line;
      if (l.body === '') {
        empties++;
        if (l.indent > 0) spaces = true;
        continue;
      }
      if (l.indent <= indent || l.body.startsWith('#')) break;
      if (spaces) return BAIL;
      const t = l.body.replace(/ +$/, '');
      if (PLAIN_FIRST_BAD.has(t.charAt(0)) || t.includes(': ') || t.endsWith(':') || t.includes(' #')) return BAIL;
      text += empties > 0 ? '\n'.repeat(empties) : ' ';
      text += t;
      empties = 0;
      last = j;
      end = l.indent + t.length;
    }
    if (last < 0) return undefined;
    this.pos = last + 1;
    return { text, last, end };
  }

  /** ">", ">-", "|", "|-" with no indentation indicator, keep chomping or comment on the header. */
  private blockScalar(header: string, parentIndent: number, at: number): Value | Bail {
    const folded = header.charAt(0) === '>';
    const chomp = header.slice(1);
    if (chomp !== '' && chomp !== '-') return BAIL;
    const start = this.pos;
    const content: string[] = [];
    let base = -1;
    let last = -1;
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
      last = i;
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
    // It ends after the line break of its last content line (trailing empty lines are not its own).
    if (this.starts) this.at = { t: 'scalar', range: [at, last + 1 < this.starts.length ? (this.starts[last + 1] as number) : this.length] };
    return chomp === '-' ? text : text + '\n';
  }
}

/** A key that stays the same text as a JavaScript property: not null/true/false (which YAML resolves), not __proto__. */
function plainKey(key: string): boolean {
  return key.length <= 200 && key !== '__proto__' && !NULLS.has(key) && !TRUES.has(key) && !FALSES.has(key);
}

/** A scalar filling the rest of a line, with an optional trailing comment; `length` is how much of the line it is. */
function lineScalar(rest: string): { value: Value; length: number } | Bail {
  const c = rest.charAt(0);
  if (c === '"' || c === "'") {
    const q = quoted(rest, 0);
    if (q === BAIL) return BAIL;
    const after = rest.slice(q.end);
    if (!(after === '' || /^ +(#.*)?$/.test(after))) return BAIL;
    return { value: q.value, length: q.end };
  }
  let text = rest;
  const hash = text.indexOf(' #');
  if (hash >= 0) text = text.slice(0, hash);
  text = text.replace(/ +$/, '');
  const v = plain(text, false);
  return v === BAIL ? BAIL : { value: v, length: text.length };
}

/**
 * Text of the file's own, as a string that does not keep the file alive. V8 makes a slice of 13 characters
 * or more (and text joined from slices) point into the whole text it came from, so one such value kept in a
 * record kept every file's text in memory: about 150 MB at 100,000 files, where the loader keeps no texts.
 * A space joined before it and cut off again makes V8 copy just this text.
 */
function own(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** A plain scalar resolved as the YAML 1.2 core schema does, for the forms we are sure of. */
function plain(text: string, inFlow: boolean): Value | Bail {
  if (text === '') return null;
  const c = text.charAt(0);
  if (c === '.' && BY_RE.test(text)) return own(text);
  if (PLAIN_FIRST_BAD.has(c)) return BAIL;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) return BAIL;
  if (inFlow && /[,[\]{}]/.test(text)) return BAIL;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (c >= '0' && c <= '9') {
    if (INT_RE.test(text)) return Number(text);
    // Any other text the core schema's int and float tags do not match whole is a string: 2026-06-12,
    // 1997..1998, 42 exporters from three provinces, 3-day. Those they match (007, 0x1F, 0o17, 1.5, 1e3)
    // are left to the full parser.
    return CORE_NUMBER_RE.test(text) ? BAIL : own(text);
  }
  // Words the core schema reads as special in other spellings (.inf, .nan) start with "." and bailed above.
  return own(text);
}

/**
 * The inside of a one-line flow list some of whose items are quoted (`inner`, after "[" and before "]"):
 * each item a quoted scalar or a plain one without quotes, separated by commas. BAIL for anything else
 * (an empty item or a trailing comma, text after a closing quote, a quote inside a plain item).
 */
function quotedList(inner: string, range: Range, at: number | undefined): { value: Value; pos?: PosNode } | Bail {
  const out: Value[] = [];
  const items: PosNode[] = [];
  let i = 0;
  for (;;) {
    while (inner.charCodeAt(i) === 32) i++;
    if (i >= inner.length) return BAIL;
    const c = inner.charAt(i);
    let v: Value;
    let length: number;
    if (c === '"' || c === "'") {
      const q = quoted(inner, i);
      if (q === BAIL) return BAIL;
      v = q.value;
      length = q.end - i;
    } else {
      const comma = inner.indexOf(',', i);
      const x = inner.slice(i, comma < 0 ? inner.length : comma).replace(/ +$/, '');
      if (/[:"']/.test(x)) return BAIL;
      const p = plain(x, true);
      if (p === BAIL || p === null) return BAIL;
      v = p;
      length = x.length;
    }
    out.push(v);
    if (at !== undefined) items.push({ t: 'scalar', range: [at + 1 + i, at + 1 + i + length] });
    i += length;
    while (inner.charCodeAt(i) === 32) i++;
    if (i >= inner.length) break;
    if (inner.charAt(i) !== ',') return BAIL;
    i++;
  }
  return at === undefined ? { value: out } : { value: out, pos: { t: 'seq', items, range } };
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

/** A flow collection on one line: [a, b] or {k: v, k2: v2}, of scalars only (no nesting); positions when `at` is its offset. */
function flow(rest: string, depth: number, at: number | undefined): { value: Value; pos?: PosNode } | Bail {
  if (depth > MAX_DEPTH) return BAIL;
  const open = rest.charAt(0);
  const close = open === '[' ? ']' : '}';
  const end = rest.lastIndexOf(close);
  if (end < 0) return BAIL;
  const after = rest.slice(end + 1);
  if (!(after === '' || /^ +(#.*)?$/.test(after))) return BAIL;
  const inner = rest.slice(1, end);
  const range0: Range = at === undefined ? [0, 0] : [at, at + end + 1];
  // A list of quoted items (["pendidikan", 'kesehatan']), as JSON writers and some editors write it.
  if (open === '[' && /["']/.test(inner) && !/[[\]{}#]/.test(inner)) return quotedList(inner, range0, at);
  if (/["'[\]{}#]/.test(inner)) return BAIL;
  const raw = inner.split(',');
  const parts = raw.map((x) => x.trim());
  const range = range0;
  /** Where part k starts (after its leading white space). */
  const starts: number[] = [];
  if (at !== undefined) {
    let o = at + 1;
    for (const r of raw) {
      starts.push(o + (r.length - r.trimStart().length));
      o += r.length + 1;
    }
  }
  if (parts.length === 1 && parts[0] === '') {
    const value = open === '[' ? [] : {};
    return at === undefined ? { value } : { value, pos: open === '[' ? { t: 'seq', items: [], range } : { t: 'map', pairs: new Map(), range } };
  }
  if (parts.some((x) => x === '')) return BAIL; // trailing or doubled commas
  if (open === '[') {
    const out: Value[] = [];
    const items: PosNode[] = [];
    for (let k = 0; k < parts.length; k++) {
      const x = parts[k] as string;
      if (x.includes(':')) return BAIL;
      const v = plain(x, true);
      if (v === BAIL || v === null) return BAIL;
      out.push(v);
      if (at !== undefined) items.push({ t: 'scalar', range: [starts[k] as number, (starts[k] as number) + x.length] });
    }
    return at === undefined ? { value: out } : { value: out, pos: { t: 'seq', items, range } };
  }
  const out: { [k: string]: Value } = {};
  const pairs = new Map<string, { key: Range; value: PosNode }>();
  for (let k = 0; k < parts.length; k++) {
    const x = parts[k] as string;
    const m = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/.exec(x);
    if (!m) return BAIL;
    const key = m[1] as string;
    if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return BAIL;
    const text = m[2] as string;
    if (text.includes(':')) return BAIL;
    const v = plain(text, true);
    if (v === BAIL || v === null) return BAIL;
    out[key] = v;
    if (at !== undefined) {
      const s0 = starts[k] as number;
      const vs = s0 + x.length - text.length;
      pairs.set(key, { key: [s0, s0 + key.length], value: { t: 'scalar', range: [vs, vs + text.length] } });
    }
  }
  return at === undefined ? { value: out } : { value: out, pos: { t: 'map', pairs, range } };
}
