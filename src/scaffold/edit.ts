// Changing a YAML file as a person would: only the lines a change must touch are rewritten, everything
// else (comments, blank lines, key order, quoting, folded text, the line endings) stays byte for byte.
// The yaml library's document gives each node's place in the text; the new value is written there in the
// house style (scaffold/yaml.ts), and a new key goes where the field model orders it. Every edit is
// checked by reading the result back: it must hold exactly the value the edit means (applyValue), or the
// edit throws and nothing is written. Pure: text in, text out. Used by set, unset, the lifecycle
// commands (renew, succeed, terminate) and migrate.

import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { valueFragment } from './yaml.js';
import { applyValue, canonical, isObj, type Edit, type Obj, type Path } from '../model/edits.js';
import { say, type Values } from '../model/words.js';
import type { Lang } from '../model/types.js';
import { EDIT_PROBLEMS, type EditProblem } from './scaffold.words.js';

export { applyInPlace, applyValue, canonical, type Edit, type Path } from '../model/edits.js';

export interface EditOptions {
  /** The order of a mapping's keys (the field model's): a new key goes after the last key before it. */
  readonly keyOrder?: (parent: Path) => readonly string[] | undefined;
}

/** The file cannot be changed in place: its YAML is broken, or is not a mapping. */
/** Why a file cannot be edited in place: a code and its values (scaffold.words.ts words it). */
export class EditError extends Error {
  constructor(readonly code: EditProblem, readonly values: Values = {}) {
    super(say(EDIT_PROBLEMS, 'en', code, values));
  }
  /** The reason in a language. */
  text(lang: Lang): string {
    return say(EDIT_PROBLEMS, lang, this.code, this.values);
  }
}

/** The text with the edits made one after another; throws EditError when the file cannot be edited. */
export function editYaml(text: string, edits: readonly Edit[], o: EditOptions = {}): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let out = bom ? text.slice(1) : text;
  for (const e of edits) {
    const before = readValue(out);
    const next = new Editor(out, o).apply(e);
    const want = applyValue(before, e);
    const got = readValue(next);
    if (canonical(got) !== canonical(want)) throw new EditError('notInPlace', { path: e.path.join('.') });
    out = next;
  }
  return bom + out;
}

/** The YAML parser's own message (in English, as the library writes it), else a broken-YAML code. */
function yamlError(message: string | undefined): EditError {
  return message !== undefined ? new EditError('yaml', { message }) : new EditError('brokenYaml');
}

function readValue(text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length) throw yamlError(doc.errors[0]?.message);
  return doc.toJS() ?? {};
}

class Editor {
  private readonly doc: Document;
  private readonly nl: string;
  constructor(private readonly text: string, private readonly o: EditOptions) {
    this.doc = parseDocument(text);
    if (this.doc.errors.length) throw yamlError(this.doc.errors[0]?.message);
    if (this.doc.contents !== null && !isMap(this.doc.contents)) throw new EditError('notMapping');
    this.nl = text.includes('\r\n') ? '\r\n' : '\n';
  }

  apply(e: Edit): string {
    // Inside a flow collection ({term: 5y}, [a, b]) the collection is written again, whole, on its line.
    const d = this.flowDepth(e.path);
    if (d !== undefined) {
      const at = e.path.slice(0, d);
      const node = this.nodeAt(at) as YAMLMap | YAMLSeq;
      const next = applyValue(node.toJSON(), { ...e, path: e.path.slice(d) });
      const empty = Array.isArray(next) ? next.length === 0 : isObj(next) && Object.keys(next).length === 0;
      return e.op === 'delete' && empty ? this.remove(at) : this.set(at, next);
    }
    return e.op === 'set' ? this.set(e.path, e.value) : this.remove(e.path);
  }

  /** How long a prefix of the path names the outermost flow collection the edit reaches into, if any. */
  private flowDepth(path: Path): number | undefined {
    let node: unknown = this.doc.contents;
    for (let i = 0; i < path.length - 1; i++) {
      node = this.childOf(node, path[i] as string | number);
      if (!(isMap(node) || isSeq(node))) return undefined;
      if (node.flow) return i + 1;
    }
    return undefined;
  }

  // ---- finding ----------------------------------------------------------------------------------

  private nodeAt(path: Path): Node | null | undefined {
    let node: unknown = this.doc.contents;
    for (const k of path) {
      if (isMap(node)) node = this.pairOf(node, k)?.value;
      else if (isSeq(node) && typeof k === 'number') node = node.items[k];
      else return undefined;
      if (node === undefined) return undefined;
    }
    return node as Node | null;
  }

  private pairOf(map: YAMLMap, key: string | number): Pair<Node, Node | null> | undefined {
    return (map.items as Array<Pair<Node, Node | null>>).find((p) => isScalar(p.key) && String(p.key.value) === String(key));
  }

  // ---- positions --------------------------------------------------------------------------------

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }
  /** Where the line of `pos` ends (before its \r\n or \n). */
  private eol(pos: number): number {
    const i = this.text.indexOf('\n', pos);
    if (i < 0) return this.text.length;
    return this.text[i - 1] === '\r' ? i - 1 : i;
  }
  /** The start of the line after the one of `pos` (the end of the text when it is the last). */
  private nextLine(pos: number): number {
    const i = this.text.indexOf('\n', pos);
    return i < 0 ? this.text.length : i + 1;
  }
  private col(pos: number): number {
    return pos - this.lineStart(pos);
  }
  /** The end of a node's own text: no trailing line breaks, blanks or comments. */
  private contentEnd(node: Node): number {
    const [start, end] = node.range as [number, number, number];
    let e = end;
    while (e > start && /\s/.test(this.text[e - 1] as string)) e--;
    return e;
  }
  private colonAfter(key: Node): number {
    const at = this.text.indexOf(':', (key.range as [number, number, number])[1]);
    if (at < 0) throw new EditError('noColon');
    return at + 1;
  }
  /** The dash of a block list item. */
  private dashOf(item: Node): number {
    const at = this.text.lastIndexOf('-', (item.range as [number, number, number])[0]);
    if (at < 0) throw new EditError('noDash');
    return at;
  }
  private nl_(s: string): string {
    return this.nl === '\n' ? s : s.replace(/\n/g, this.nl);
  }
  private splice(from: number, to: number, insert: string): string {
    return this.text.slice(0, from) + this.nl_(insert) + this.text.slice(to);
  }

  // ---- set --------------------------------------------------------------------------------------

  private set(path: Path, value: unknown): string {
    // The deepest collection that exists on the path; what is missing below it is written as one value.
    let depth = 0;
    let parent: unknown = this.doc.contents;
    while (depth < path.length - 1) {
      const child = this.childOf(parent, path[depth] as string | number);
      if (!(isMap(child) || isSeq(child))) break;
      parent = child;
      depth++;
    }
    let v = value;
    for (let j = path.length - 1; j > depth; j--) v = typeof path[j] === 'number' ? [v] : { [path[j] as string]: v };
    const key = path[depth] as string | number;
    const at = path.slice(0, depth);
    if (parent === null || parent === undefined) return this.appendTopLevel(String(key), v);
    if (isMap(parent)) {
      const pair = this.pairOf(parent, key);
      return pair ? this.replaceValue(pair, String(key), v) : this.insertPair(parent, at, String(key), v);
    }
    if (isSeq(parent) && typeof key === 'number') {
      if (key < parent.items.length) return this.replaceItem(parent, at, key, v);
      if (key === parent.items.length) return this.appendItem(parent, at, v);
    }
    throw new EditError('noPlace', { path: path.join('.') });
  }

  private childOf(node: unknown, k: string | number): unknown {
    if (isMap(node)) return this.pairOf(node, k)?.value;
    if (isSeq(node) && typeof k === 'number') return node.items[k];
    return undefined;
  }

  /** The value of `key: …` replaced, in the house style (flow kept where the old value was flow). */
  private replaceValue(pair: Pair<Node, Node | null>, key: string, value: unknown): string {
    const K = pair.key;
    const V = pair.value;
    const colon = this.colonAfter(K);
    const keyCol = this.col((K.range as [number, number, number])[0]);
    const flow = (isMap(V) || isSeq(V)) && V.flow === true;
    const frag = valueFragment(value, keyCol, key, flow ? this.flowPadding(V) : undefined);
    const empty = V === null || !V.range || (isScalar(V) && V.value === null && this.text.slice(V.range[0], V.range[1]).trim() === '');
    const keyLine = this.lineStart((K.range as [number, number, number])[0]);
    if (empty) {
      if (frag.startsWith('\n')) return this.splice(this.eol(colon), this.eol(colon), frag);
      return this.splice(colon, colon, frag);
    }
    const vStart = (V.range as [number, number, number])[0];
    const vEnd = this.contentEnd(V);
    const inlineOld = this.lineStart(vStart) === keyLine;
    if (inlineOld) {
      if (!frag.startsWith('\n') && !frag.includes('\n')) return this.splice(vStart, vEnd, frag.slice(1));
      if (!frag.startsWith('\n')) {
        // A folded block: a comment after the old value moves up to the block's first line.
        const tail = this.text.slice(vEnd, this.eol(vEnd)).trimEnd();
        const [head, ...rest] = frag.slice(1).split('\n');
        return this.text.slice(0, vStart) + (head as string) + tail + this.nl_('\n' + rest.join('\n')) + this.text.slice(this.eol(vEnd));
      }
      // A value on the key's line becomes a block: the line keeps its comment, the block follows it.
      const tail = this.text.slice(vEnd, this.eol(vEnd)).trimEnd();
      return this.text.slice(0, colon) + tail + this.nl_(frag) + this.text.slice(this.eol(vEnd));
    }
    const keyTail = this.text.slice(colon, this.eol(colon));
    if (frag.startsWith('\n')) return this.splice(this.eol(colon), vEnd, frag);
    // A block becomes one line: the comment on the key's line stays on it.
    if (!frag.includes('\n')) return this.text.slice(0, colon) + frag + keyTail.trimEnd() + this.text.slice(vEnd);
    const [head, ...rest] = frag.split('\n');
    return this.text.slice(0, colon) + (head as string) + keyTail.trimEnd() + this.nl_('\n' + rest.join('\n')) + this.text.slice(vEnd);
  }

  /** Whether a flow collection is written with spaces inside its brackets ({ a: b } or [ a ]). */
  private flowPadding(node: Node | null): boolean {
    if (!node?.range) return false;
    return this.text[node.range[0] + 1] === ' ';
  }

  private insertPair(map: YAMLMap, at: Path, key: string, value: unknown): string {
    if (map.flow || map.items.length === 0) return this.set(at, { ...(map.toJSON() as Obj), [key]: value });
    const pairs = map.items as Array<Pair<Node, Node | null>>;
    const order = this.o.keyOrder?.(at) ?? [];
    const rank = (k: unknown): number => {
      const i = order.indexOf(String(k));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    const mine = rank(key);
    const first = pairs[0] as Pair<Node, Node | null>;
    const firstStart = (first.key.range as [number, number, number])[0];
    const col = this.col(firstStart);
    const inItem = this.text.slice(this.lineStart(firstStart), firstStart).includes('-');
    let after: Pair<Node, Node | null> | undefined;
    if (mine === Number.POSITIVE_INFINITY) after = pairs[pairs.length - 1];
    else for (const p of pairs) if (rank(isScalar(p.key) ? p.key.value : undefined) < mine) after = p;
    // Before every key: above the first one (below the comments that open the file); in a list item, after its first key.
    if (!after && inItem) after = first;
    const line = `${' '.repeat(col)}${key}:${valueFragment(value, col, key)}\n`;
    if (!after) return this.splice(this.lineStart(firstStart), this.lineStart(firstStart), line);
    const end = this.contentEnd(after.value ?? after.key);
    const pos = this.nextLine(end);
    const lead = pos === this.text.length && !this.text.endsWith('\n') ? '\n' : '';
    return this.splice(pos, pos, lead + line);
  }

  private appendTopLevel(key: string, value: unknown): string {
    const lead = this.text === '' || this.text.endsWith('\n') ? '' : '\n';
    return this.text + this.nl_(`${lead}${key}:${valueFragment(value, 0, key)}\n`);
  }

  private replaceItem(seq: YAMLSeq, at: Path, index: number, value: unknown): string {
    if (seq.flow) return this.set(at, (seq.toJSON() as unknown[]).map((x, i) => (i === index ? value : x)));
    const item = seq.items[index] as Node;
    const dash = this.dashOf(item);
    const frag = valueFragment(value, this.col(dash), undefined);
    return this.splice((item.range as [number, number, number])[0], this.contentEnd(item), frag);
  }

  private appendItem(seq: YAMLSeq, at: Path, value: unknown): string {
    if (seq.flow || seq.items.length === 0) return this.set(at, [...(seq.toJSON() as unknown[]), value]);
    const last = seq.items[seq.items.length - 1] as Node;
    const dash = this.dashOf(last);
    const col = this.col(dash);
    const pos = this.nextLine(this.contentEnd(last));
    const lead = pos === this.text.length && !this.text.endsWith('\n') ? '\n' : '';
    return this.splice(pos, pos, `${lead}${' '.repeat(col)}- ${valueFragment(value, col, undefined)}\n`);
  }

  // ---- remove -----------------------------------------------------------------------------------

  private remove(path: Path): string {
    const at = path.slice(0, -1);
    const key = path[path.length - 1] as string | number;
    const parent = at.length ? this.nodeAt(at) : this.doc.contents;
    if (isMap(parent)) {
      const pair = this.pairOf(parent, key);
      if (!pair) return this.text;
      if (parent.items.length === 1 && at.length > 0) return this.remove(at);
      if (parent.flow) {
        const rest = { ...(parent.toJSON() as Obj) };
        delete rest[String(key)];
        return this.set(at, rest);
      }
      return this.removePair(parent, pair);
    }
    if (isSeq(parent) && typeof key === 'number' && key < parent.items.length) {
      if (parent.items.length === 1 && at.length > 0) return this.remove(at);
      if (parent.flow) return this.set(at, (parent.toJSON() as unknown[]).filter((_, i) => i !== key));
      const item = parent.items[key] as Node;
      const dash = this.dashOf(item);
      return this.splice(this.lineStart(dash), this.nextLine(this.contentEnd(item)), '');
    }
    return this.text;
  }

  private removePair(map: YAMLMap, pair: Pair<Node, Node | null>): string {
    const kStart = (pair.key.range as [number, number, number])[0];
    const end = this.contentEnd(pair.value && pair.value.range ? pair.value : pair.key);
    const onDash = this.text.slice(this.lineStart(kStart), kStart).includes('-');
    if (onDash) {
      // The first key of a list item: the next key moves up beside the dash.
      const next = map.items[1] as Pair<Node, Node | null>;
      return this.splice(kStart, (next.key.range as [number, number, number])[0], '');
    }
    return this.splice(this.lineStart(kStart), this.nextLine(end), '');
  }
}
