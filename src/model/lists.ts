// The largest and smallest of many numbers, and appending many items, without spreading an array into a
// call's arguments: every spread element goes on the stack, and past about 120,000 of them (a long table,
// a partner's activities, a file's diagnostics) the call throws. test/noSpread.test.ts keeps spreads out.

/** The largest of `values`, or `floor` when it is larger (or there are none). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** The smallest of `values`, or `ceiling` when it is smaller (or there are none). */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let m = ceiling;
  for (const v of values) if (v < m) m = v;
  return m;
}

/** Appends every item of `items` to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}
