// Records written as YAML the way people write them by hand: fields in schema order, short lists of
// ids inline ([a, b]), end: {term: 5y} inline, no line folding except in notes (a long note is a folded
// block, >-, wrapped near 80 columns, never one long line), and an optional comment at the top.

import { Document, isMap, isScalar, isSeq, parse, Scalar, stringify, visit } from 'yaml';

const ID_LIKE = /^[a-z0-9_.-]+$/;

export function toYaml(value: Record<string, unknown>, comment?: string): string {
  return (comment ? undefined : plainYaml(value)) ?? libraryYaml(value, comment);
}

/** The yaml library's rendering, with the house style: what toYaml gives, always. */
export function libraryYaml(value: Record<string, unknown> | readonly unknown[], comment?: string): string {
  const doc = new Document(value);
  const notes: string[] = [];
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string' && ID_LIKE.test(i.value))) node.flow = true;
    },
    Pair(_key, pair) {
      // end: {term: 5y}, as the docs write it
      if (isScalar(pair.key) && pair.key.value === 'end' && isMap(pair.value)) pair.value.flow = true;
      // A long note: a placeholder now, a folded block below (the rest of the record is never folded).
      if (isScalar(pair.key) && pair.key.value === 'notes' && isScalar(pair.value) && typeof pair.value.value === 'string' && foldsNote(pair.value.value)) {
        notes.push(pair.value.value);
        pair.value = new Scalar(`${NOTE_MARK}${notes.length - 1}`);
      }
    },
  });
  if (comment) doc.commentBefore = comment.split('\n').map((l) => (l ? ` ${l}` : '')).join('\n');
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (!notes.length) return text;
  return text.replace(new RegExp(`^( *(?:- )*)notes: ${NOTE_MARK}(\\d+)$`, 'gm'), (_m, lead: string, n: string) => `${lead}notes:${foldedNote(notes[Number(n)] as string, lead.length)}`);
}

/** A list or mapping of scalars in flow style ([a, b], {a: 1}; with `padding`, [ a, b ]); undefined for anything deeper. */
function flowText(value: unknown, padding: boolean): string | undefined {
  const scalar = (v: unknown): string | undefined => (v === null || typeof v === 'object' ? undefined : stringify(v, { lineWidth: 0 }).replace(/\n$/, ''));
  const pad = padding ? ' ' : '';
  let text: string | undefined;
  if (Array.isArray(value)) {
    const items = value.map(scalar);
    if (!items.some((x) => x === undefined)) text = items.length ? `[${pad}${items.join(', ')}${pad}]` : '[]';
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => [scalar(k), scalar(v)] as const);
    if (!entries.some(([k, v]) => k === undefined || v === undefined)) text = entries.length ? `{${pad}${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}${pad}}` : '{}';
  }
  // Only what reads back as the same value: a text with a comma or a bracket is no plain item of a flow list.
  if (text === undefined || text.includes('\n')) return undefined;
  // (A comma in a plain text ends it inside a flow map, which may then read as two equal keys: an error.)
  let back: { x?: unknown } | null;
  try {
    back = parse(`x: ${text}\n`) as { x?: unknown } | null;
  } catch {
    return undefined;
  }
  return JSON.stringify(back?.x) === JSON.stringify(value) ? text : undefined;
}

const NOTE_MARK = 'kerjasama-note-placeholder-';
/** Where a note's folded lines end (its indentation included). */
export const NOTE_WIDTH = 80;

/** Whether a note is written as a folded block: when `notes: …` would not fit on one line. */
export function foldsNote(text: string): boolean {
  return text.length > NOTE_WIDTH - 10 && !text.includes(NOTE_MARK);
}

/**
 * A note as a folded block (>-) for after `notes:`, its lines indented `indent + 2` and wrapped near
 * NOTE_WIDTH columns, as the yaml library folds (so it reads back as the same text, line breaks and all);
 * where a folded block cannot hold the text exactly (leading spaces, trailing spaces), the library's
 * own choice (quoted), on one line.
 */
export function foldedNote(text: string, indent: number): string {
  const width = Math.max(40, NOTE_WIDTH - indent);
  const doc = new Document({ notes: Object.assign(new Scalar(text), { type: Scalar.BLOCK_FOLDED }) });
  const out = doc.toString({ lineWidth: width, minContentWidth: 20 });
  const body = out.slice('notes:'.length).replace(/\n$/, '');
  const lines = body.split('\n');
  const shifted = [lines[0] as string, ...lines.slice(1).map((l) => (l === '' ? '' : ' '.repeat(indent) + l))].join('\n');
  // The block must read back as the text; otherwise (a text folding cannot hold) one quoted line.
  const back = parse(`${' '.repeat(indent)}notes:${shifted}\n`) as { notes?: unknown } | null;
  if (back?.notes === text) return shifted;
  return ` ${stringify(text, { lineWidth: 0 }).replace(/\n$/, '')}`;
}

/**
 * A value as the house writes it after `key:` at indentation `indent` (the key's column): ` inline`
 * (a scalar, a flow list of ids, end's {term: 5y}) or a block on the following lines ('\n  - a').
 * With `key` undefined, the value as a list item after `- ` at `indent` (the dash's column).
 */
export function valueFragment(value: unknown, indent: number, key?: string, flow?: boolean): string {
  if (key === undefined) {
    // As the value of a key at the dash's column: its first line goes after the dash, the rest two further in.
    const frag = valueFragment(value, 0, 'item', flow);
    const lines = frag.slice(1).split('\n');
    const first = frag.startsWith('\n') ? (lines[0] as string).slice(2) : (lines[0] as string);
    return [first, ...lines.slice(1).map((l) => (l === '' ? '' : ' '.repeat(indent) + l))].join('\n');
  }
  if (flow !== undefined) {
    const inline = flowText(value, flow);
    if (inline !== undefined) return ` ${inline}`;
  }
  const text = libraryYaml({ [key]: value });
  if (!text.startsWith(`${key}:`)) throw new Error(`unexpected rendering of ${JSON.stringify(key)}`);
  const lines = text.slice(key.length + 1).replace(/\n$/, '').split('\n');
  return [lines[0] as string, ...lines.slice(1).map((l) => (l === '' ? '' : ' '.repeat(indent) + l))].join('\n');
}

// The same text, fast, for the records import writes by the thousand: maps, lists and strings that the
// library writes as plain scalars (asked of the library itself, once per string). Anything else (a
// string it would quote or fold into a block, a number, an empty list or map, a list of lists) gives
// undefined and the library renders the whole record. test/property.test.ts checks the two agree.

const plainMemo = new Map<string, boolean>();

/** Whether the library writes this string as it is, unquoted, on one line. */
function isPlain(s: string): boolean {
  let known = plainMemo.get(s);
  if (known === undefined) {
    known = s !== '' && !s.includes('\n') && stringify(s, { lineWidth: 0 }) === `${s}\n`;
    if (plainMemo.size > 50_000) plainMemo.clear();
    plainMemo.set(s, known);
  }
  return known;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

export function plainYaml(value: Record<string, unknown>): string | undefined {
  const out: string[] = [];
  // A map's entries at `indent`; `first` is what the first line starts with instead (a list item's "- ").
  const map = (m: Record<string, unknown>, indent: string, first: string): boolean => {
    const keys = Object.keys(m).filter((k) => m[k] !== undefined);
    if (keys.length === 0) return false;
    let lead = first;
    for (const k of keys) {
      const v = m[k];
      if (!isPlain(k)) return false;
      const head = `${lead}${k}:`;
      lead = indent;
      if (typeof v === 'string') {
        if (!isPlain(v) || (k === 'notes' && foldsNote(v))) return false;
        out.push(`${head} ${v}`);
      } else if (Array.isArray(v)) {
        if (v.length === 0) return false;
        if (v.every((x) => typeof x === 'string' && ID_LIKE.test(x))) {
          if (!v.every((x) => isPlain(x as string))) return false;
          out.push(`${head} [${v.join(', ')}]`);
        } else {
          out.push(head);
          if (!seq(v, `${indent}  `)) return false;
        }
      } else if (isObject(v)) {
        if (k === 'end') {
          // end: {term: 5y}, in flow: only keys and values that need nothing in a flow map.
          const ks = Object.keys(v).filter((x) => v[x] !== undefined);
          if (ks.length === 0 || !ks.every((x) => ID_LIKE.test(x) && isPlain(x) && typeof v[x] === 'string' && ID_LIKE.test(v[x] as string) && isPlain(v[x] as string))) return false;
          out.push(`${head} {${ks.map((x) => `${x}: ${v[x] as string}`).join(', ')}}`);
        } else {
          out.push(head);
          if (!map(v, `${indent}  `, `${indent}  `)) return false;
        }
      } else {
        return false;
      }
    }
    return true;
  };
  const seq = (items: readonly unknown[], indent: string): boolean => {
    for (const x of items) {
      if (typeof x === 'string') {
        if (!isPlain(x)) return false;
        out.push(`${indent}- ${x}`);
      } else if (isObject(x)) {
        if (!map(x, `${indent}  `, `${indent}- `)) return false;
      } else {
        return false;
      }
    }
    return true;
  };
  if (!isObject(value) || !map(value, '', '')) return undefined;
  return out.join('\n') + '\n';
}

/**
 * The first comment line of a record or kerjasama.yaml that `init` and `new` write: yaml-language-server
 * (VS Code, Neovim, Helix, Emacs, Zed…) then checks the file against the register's schemas/ copy even
 * without editor settings. `file` is the path from the register root; the schema path is relative to it.
 */
export function schemaModeline(schema: string, file: string): string {
  const up = file.split('/').slice(1).map(() => '..');
  return `yaml-language-server: $schema=${[...up, 'schemas', `${schema}.schema.json`].join('/')}`;
}
