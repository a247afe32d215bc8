// Growth of work with input size, for the parsers of untrusted input (issue 27): an input grown 10×
// must cost about 10× (linear), never 100× (quadratic). Measured so that a loaded machine cannot make a
// linear parser fail: the process's CPU time is measured, not the wall clock (other processes on a busy
// machine add wall time, not this process's CPU time), each size several times with the fastest run kept
// (load only ever adds time), the small size is made large enough to time (at least a few milliseconds), the bound is
// generous (30× for 10× the input, where quadratic work gives about 100×), and a ratio over it is
// measured again, four times at most, before it fails.

import { expect } from 'vitest';

/** Milliseconds of CPU time (user and system) this process spent since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** The fastest of `runs` runs of `fn`, in milliseconds of CPU time. */
export function fastest(fn: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    best = Math.min(best, cpuMs(t0));
  }
  return best;
}

/** The fastest of `runs` runs of an async `fn` (work in this process), in milliseconds of CPU time. */
export async function fastestAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    await fn();
    best = Math.min(best, cpuMs(t0));
  }
  return best;
}

export interface Growth { small: number; big: number; ratio: number }

/**
 * Times `run` on `make(n)` and on `make(10 * n)` and expects the ratio under `bound` (30 by default).
 * The small time counts as at least `floor` ms, so that a run too quick to time cannot make the ratio.
 */
export function expectLinear<T>(what: string, make: (n: number) => T, run: (input: T) => unknown, n: number, o: { bound?: number; floor?: number; runs?: number } = {}): Growth {
  const small = make(n);
  const big = make(10 * n);
  run(small); // compiled once before timing
  let best: Growth | undefined;
  // A ratio over the bound is measured again, four times at most: a burst of load on a busy machine rarely
  // strikes twice in a row, while quadratic work is over the bound every time.
  for (let attempt = 0; attempt < 5 && (best === undefined || best.ratio >= (o.bound ?? 30)); attempt++) {
    const s = fastest(() => run(small), o.runs ?? 5);
    const b = fastest(() => run(big), Math.max(2, Math.ceil((o.runs ?? 5) / 2)));
    const g = { small: s, big: b, ratio: b / Math.max(s, o.floor ?? 2) };
    if (best === undefined || g.ratio < best.ratio) best = g;
  }
  return judge(what, n, best as Growth, o.bound);
}

function judge(what: string, n: number, g: Growth, bound = 30): Growth {
  if (process.env['GROWTH_LOG']) console.log(`${what}: ${g.small.toFixed(1)} ms, ${g.big.toFixed(1)} ms, ×${g.ratio.toFixed(1)}`);
  expect(g.ratio, `${what}: ${g.small.toFixed(1)} ms for n=${n}, ${g.big.toFixed(1)} ms for 10n`).toBeLessThan(bound);
  return g;
}

/** expectLinear for an async `run`. */
export async function expectLinearAsync<T>(what: string, make: (n: number) => T | Promise<T>, run: (input: T) => Promise<unknown>, n: number, o: { bound?: number; floor?: number; runs?: number } = {}): Promise<Growth> {
  const small = await make(n);
  const big = await make(10 * n);
  await run(small);
  let best: Growth | undefined;
  for (let attempt = 0; attempt < 5 && (best === undefined || best.ratio >= (o.bound ?? 30)); attempt++) {
    const s = await fastestAsync(() => run(small), o.runs ?? 5);
    const b = await fastestAsync(() => run(big), Math.max(2, Math.ceil((o.runs ?? 5) / 2)));
    const g = { small: s, big: b, ratio: b / Math.max(s, o.floor ?? 2) };
    if (best === undefined || g.ratio < best.ratio) best = g;
  }
  return judge(what, n, best as Growth, o.bound);
}
