// "Did you mean …?": the closest candidate by edit distance (a swap of two neighbouring letters counts
// as one edit, as in emial → email), when it is close enough to be a typo.
//
// The cost is bounded, whatever a register holds: the distance is computed only within the band the limit
// allows (a long id compared with 100,000 others is not 100,000 full tables), a comparison stops as soon as
// it cannot come within the limit, and a Suggester remembers what it answered and stops suggesting once a
// run's budget of comparisons is spent (a hostile register of thousands of long dangling ids then costs
// seconds, not hours). A suggestion left out is only a hint left out: the problem itself is still said.

import { codeLabel, fieldWords } from '../model/fields.words.js';
import { fold } from '../model/written.js';

/** Cells of the edit-distance table computed so far in this process (read by the tests of cost). */
export const cost = { cells: 0 };

/**
 * The edit distance between a and b (adjacent swaps count as one), or any number above `max` when it is
 * more than `max`. Only the diagonal band of width 2·max+1 is computed.
 */
export function editDistance(a: string, b: string, max = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const big = max + 1;
  // Three rows: the one before the previous (for swaps), the previous and the current.
  let prev2 = new Int32Array(m + 1).fill(big);
  let prev = new Int32Array(m + 1).fill(big);
  let cur = new Int32Array(m + 1).fill(big);
  for (let j = 0; j <= Math.min(m, max); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    cur.fill(big);
    cur[0] = i <= max ? i : big;
    let rowMin = cur[0] as number;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      if (d > big) d = big;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    cost.cells += to - from + 1;
    if (rowMin > max) return big;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m] as number, big);
}

/** The closest of `candidates` to `word`, when it is within a third of the word's length (at least 1). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return closestWithin(word, candidates, Number.POSITIVE_INFINITY).best;
}

function closestWithin(word: string, candidates: Iterable<string>, budget: number): { best: string | undefined; spent: number } {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestD = limit + 1;
  const before = cost.cells;
  for (const c of candidates) {
    // The distance is at least the difference in length: a candidate that cannot beat the best so far
    // (or come within the limit) is skipped without a table.
    const lc = c.toLowerCase();
    if (Math.abs(lc.length - w.length) >= bestD) continue;
    if (cost.cells - before > budget) break;
    const d = editDistance(w, lc, bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
      if (d === 0) break;
    }
  }
  return { best: bestD <= limit ? best : undefined, spent: cost.cells - before };
}

/** Table cells one run may spend on suggestions (20 million: well under a second on a quiet machine). */
export const SUGGESTION_BUDGET = 20_000_000;

/**
 * Suggestions for one run of checks: each word answered once, and none once the budget is spent (then
 * the problems are still said, without "did you mean").
 */
export class Suggester {
  private readonly memo = new Map<string, string | undefined>();
  private left: number;

  constructor(budget = SUGGESTION_BUDGET) {
    this.left = budget;
  }

  /**
   * The one candidate that holds `word` (sleman-kyotanabe-mou: sleman-kyotanabe-mou-kabupaten-kota), case
   * aside, when exactly one does and the word has at least 4 letters; remembered under `key`, each candidate
   * looked at charged to the same budget as closest.
   */
  holding(key: string, word: string, candidates: () => Iterable<string>): string | undefined {
    const k = `holding\0${key}`;
    if (this.memo.has(k)) return this.memo.get(k);
    if (this.left <= 0 || word.length < 4) return undefined;
    const w = word.toLowerCase();
    let found: string | undefined;
    let several = false;
    for (const c of candidates()) {
      if (--this.left <= 0) return undefined;
      if (!c.toLowerCase().includes(w)) continue;
      if (found !== undefined) { several = true; break; }
      found = c;
    }
    const answer = several ? undefined : found;
    this.memo.set(k, answer);
    return answer;
  }

  /** The closest candidate to `word`, remembered under `key` (the word and what it was compared with). */
  closest(key: string, word: string, candidates: () => Iterable<string>): string | undefined {
    if (this.memo.has(key)) return this.memo.get(key);
    if (this.left <= 0) return undefined;
    const { best, spent } = closestWithin(word, candidates(), this.left);
    this.left -= spent;
    // An answer cut short by the budget is not remembered as the answer.
    if (this.left > 0) this.memo.set(key, best);
    return this.left > 0 ? best : undefined;
  }
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

/**
 * The code a value names in words, as the reports write it (status: aktif is active; document_type:
 * "Kesepakatan Bersama" is mou), in either language, or near it: a clerk writes what every report shows.
 */
export function codeByWords(path: string, value: string, codes: readonly string[]): string | undefined {
  const labelled = codes.flatMap((code) => (['id', 'en'] as const).map((lang) => [codeLabel(path, code, lang), code] as const));
  // A category by its name in PP 28/2018 ("Kerja Sama Daerah dengan Pihak Ketiga"), of which the label is the end.
  const lead = /^\s*(kerja\s*sama|cooperation)(\s+daerah)?\s+/i;
  return closestByLabel(value, labelled) ?? (lead.test(value) ? closestByLabel(value.replace(lead, ''), labelled) : undefined);
}

/**
 * The field a name names in words, as show and the reports label it (judul is title, sektor is sectors), in
 * either language, or near it: a clerk writes the label every report shows. `kind` is the path of the
 * fields' parent (agreement, agreement.signatures).
 */
export function fieldByWords(kind: string, name: string, keys: readonly string[]): string | undefined {
  return closestByLabel(name, keys.flatMap((key) => (['id', 'en'] as const).map((lang) => [fieldWords(`${kind}.${key}`)?.label[lang], key] as const)));
}

/** What the label closest to `value` names (case aside; the first of two things with one label), or undefined. */
export function closestByLabel<T>(value: string, labelled: Iterable<readonly [string | undefined, T]>): T | undefined {
  const byLabel = new Map<string, T>();
  for (const [label, thing] of labelled) if (label !== undefined && !byLabel.has(label.toLowerCase())) byLabel.set(label.toLowerCase(), thing);
  const near = closest(value.toLowerCase(), byLabel.keys());
  return near === undefined ? undefined : byLabel.get(near);
}

/**
 * The ids a word written for an id most likely means, for "did you mean" (at most `n`): the closest id,
 * when it is a near miss (shizuok: shizuoka); else the records whose id or name holds the word, case,
 * accents and separators aside, in the order given (Prefektur Shizuoka: shizuoka; shizuoka-mou:
 * jabar-shizuoka-mou-2017, not the partner shizuoka a near miss would name). `known` gives each id with its
 * names (a partner's name and aliases, an agreement's or activity's title).
 */
export function idsLike(word: string, known: readonly Known[], n = 3): string[] {
  const near = closest(word, known.map((k) => k.value));
  const w = fold(word);
  const holding = w.length < 3 ? [] : known.filter((k) => [k.value, ...k.labels].some((l) => fold(l).includes(w))).map((k) => k.value);
  if (near !== undefined && (holding.length === 0 || holding.includes(near))) return [near];
  return holding.slice(0, n);
}
