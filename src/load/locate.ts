// Map a JSON Pointer inside a record to a line and column in its YAML source. Used for schema
// errors and cross-record diagnostics alike, so every diagnostic points at the exact spot.

import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from './lazy.js';
import type { Diagnostic } from '../model/types.js';
import type { Positions, PosNode, Range } from './fastParse.js';

export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Fills line/column of a diagnostic from its pointer. The deepest existing node wins. */
export function locate(d: Diagnostic, doc: Document | undefined, lc: LineCounter | undefined): Diagnostic {
  if (d.line !== undefined || !doc || !lc) return d;
  const { isMap, isScalar, isSeq } = yaml();
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyNode: Node | undefined;
  const segs = pointerSegments(d.pointer ?? '');
  let complete = true;
  for (const seg of segs) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) { complete = false; break; }
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      if (!node) { node = keyNode; break; }
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) { complete = false; break; }
      keyNode = undefined;
      node = item;
    } else {
      complete = false;
      break;
    }
  }
  const useKey = (d.target === 'key' || !complete) && keyNode;
  const target = useKey ? keyNode : node;
  const range = target?.range;
  if (!range) return { ...d, line: 1, column: 1 };
  const a = lc.linePos(range[0]);
  const b = lc.linePos(Math.max(range[0], range[1]));
  // locateFast below must give what this gives: test/differential.test.ts compares them.
  // A quote hint shows the value as written (0777), not as YAML read it (777).
  const params = d.params['quote'] !== undefined && d.code === 'schema-type' && !useKey && isScalar(target) && typeof target.source === 'string' ? { ...d.params, quote: target.source } : d.params;
  return { ...d, params, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/**
 * locate() for a file the fast reader took, from its positions (fastParse.ts fastPositions) instead of
 * the full parser's document: the same walk, the same deepest node, the same line and column. Undefined
 * when the answer needs what the fast positions do not keep (a block mapping or sequence as the target,
 * or a schema-type quote hint): then the caller asks locate() with the full parser's document.
 */
export function locateFast(d: Diagnostic, at: Positions): Diagnostic | undefined {
  if (d.line !== undefined) return d;
  if (d.params['quote'] !== undefined && d.code === 'schema-type') return undefined;
  let node: PosNode = at.root;
  let keyRange: Range | undefined;
  let complete = true;
  for (const seg of pointerSegments(d.pointer ?? '')) {
    if (node.t === 'map') {
      const pair = node.pairs.get(seg);
      if (!pair) { complete = false; break; }
      keyRange = pair.key;
      node = pair.value;
    } else if (node.t === 'seq') {
      const item = node.items[Number(seg)];
      if (!item) { complete = false; break; }
      keyRange = undefined;
      node = item;
    } else {
      complete = false;
      break;
    }
  }
  const range = (d.target === 'key' || !complete) && keyRange ? keyRange : node.range;
  if (!range) return undefined;
  const a = linePos(at.lineStarts, range[0]);
  const b = linePos(at.lineStarts, Math.max(range[0], range[1]));
  return { ...d, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** As yaml's LineCounter.linePos: the 1-based line and column of an offset, by binary search. */
function linePos(starts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - (starts[low - 1] as number) + 1 };
}
