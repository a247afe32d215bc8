// What an edit of a record means for its value: set a value at a path, or delete one (a mapping or list
// left empty goes too). The YAML editor (scaffold/edit.ts) makes the same edit in a file's text, and
// checks its result against this; register format migrations (versions.ts) give their steps as edits,
// applied to values in memory when an older register is read.

export type Path = ReadonlyArray<string | number>;

export type Edit =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path };

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** What an edit does to a plain value (the meaning every text edit is checked against); a new value, the old one untouched. */
export function applyValue(root: unknown, e: Edit): unknown {
  const out = clone(root ?? {});
  applyInPlace(out, e);
  return out;
}

/** applyValue, changing `root` itself (migrations of values the loader holds). */
export function applyInPlace(root: unknown, e: Edit): void {
  if (e.path.length === 0) throw new Error('an edit needs a path');
  const parents: unknown[] = [root];
  let node: unknown = root;
  for (let i = 0; i < e.path.length - 1; i++) {
    const k = e.path[i] as string | number;
    let next = Array.isArray(node) ? node[k as number] : isObj(node) ? node[k as string] : undefined;
    if (e.op === 'delete' && !(isObj(next) || Array.isArray(next))) return;
    if (!(isObj(next) || Array.isArray(next))) {
      next = typeof e.path[i + 1] === 'number' ? [] : {};
      if (Array.isArray(node)) node[k as number] = next;
      else (node as Obj)[k as string] = next;
    }
    node = next;
    parents.push(node);
  }
  const last = e.path[e.path.length - 1] as string | number;
  if (e.op === 'set') {
    if (Array.isArray(node)) node[last as number] = clone(e.value);
    else (node as Obj)[last as string] = clone(e.value);
    return;
  }
  if (Array.isArray(node)) {
    if (!(typeof last === 'number' && last < node.length)) return;
    node.splice(last, 1);
  } else if (isObj(node)) {
    if (!Object.hasOwn(node, last as string)) return;
    delete node[last as string];
  }
  // A mapping or list left empty goes too (as the text edit removes it), up to the record itself.
  for (let i = parents.length - 1; i >= 1; i--) {
    const p = parents[i];
    const empty = Array.isArray(p) ? p.length === 0 : isObj(p) && Object.keys(p).length === 0;
    if (!empty) break;
    const holder = parents[i - 1];
    const k = e.path[i - 1] as string | number;
    if (Array.isArray(holder)) holder.splice(k as number, 1);
    else delete (holder as Obj)[k as string];
  }
}

/** A value as JSON with every mapping's keys sorted: the same value whatever the order of its keys. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (isObj(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x));
}

