// "Did you mean …?": the closest candidate by edit distance (a swap of two neighbouring letters counts
// as one edit, as in emial → email), when it is close enough to be a typo.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = d;
    }
  }
  return at(a.length, b.length);
}

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    // A candidate further away than the limit can never be the answer, and the distance is at least
    // the difference in length: skip those without computing it (a register has 100,000 ids).
    const lc = c.toLowerCase();
    if (Math.abs(lc.length - w.length) > Math.min(limit, bestD - 1)) continue;
    const d = editDistance(w, lc);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= limit ? best : undefined;
}

/** A known value and the words it goes by (an id, a name, a name in another language, an alias). */
export interface Known { value: string; labels: readonly string[] }

/**
 * The known values nearest to a word, nearest first, at most `n`: one that contains the word (or is
 * contained in it: wisata → pariwisata) before the others, then by edit distance relative to length, over
 * every label (only those containing it, when some do). For naming "the closest known values" of an unknown one, whatever the distance.
 */
export function nearest(word: string, known: Iterable<Known>, n = 3): string[] {
  const w = word.toLowerCase();
  const scored: Array<{ value: string; score: number }> = [];
  for (const k of known) {
    let score = Infinity;
    for (const label of k.labels) {
      const l = label.toLowerCase();
      if (!l) continue;
      const s = (l.includes(w) || w.includes(l)) && Math.min(l.length, w.length) >= 3 ? 0 : editDistance(w, l) / Math.max(w.length, l.length);
      if (s < score) score = s;
    }
    scored.push({ value: k.value, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  // When some contain the word, those alone: the rest are further than any of them.
  const containing = scored.filter((x) => x.score === 0);
  return (containing.length ? containing : scored).slice(0, n).map((x) => x.value);
}
