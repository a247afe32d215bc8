// Growth of work with input size, for the parsers of untrusted input (issue 27): an input grown 10×
// must cost about 10× (linear), never 100× (quadratic). Measured so that a loaded machine cannot make a
// linear parser fail: each size is timed several times and the fastest run kept (load only ever adds
// time), the small size is made large enough to time (at least a few milliseconds), and the bound is
// generous: 30× for 10× the input, where quadratic work gives about 100×.

import { expect } from 'vitest';

/** The fastest of `runs` runs of `fn`, in milliseconds. */
export function fastest(fn: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** The fastest of `runs` runs of an async `fn`, in milliseconds. */
export async function fastestAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
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
  const s = fastest(() => run(small), o.runs ?? 5);
  const b = fastest(() => run(big), Math.max(2, Math.ceil((o.runs ?? 5) / 2)));
  const ratio = b / Math.max(s, o.floor ?? 2);
  if (process.env['GROWTH_LOG']) console.log(`${what}: ${s.toFixed(1)} ms, ${b.toFixed(1)} ms, ×${ratio.toFixed(1)}`);
  expect(ratio, `${what}: ${s.toFixed(1)} ms for n=${n}, ${b.toFixed(1)} ms for 10n`).toBeLessThan(o.bound ?? 30);
  return { small: s, big: b, ratio };
}

/** expectLinear for an async `run`. */
export async function expectLinearAsync<T>(what: string, make: (n: number) => T | Promise<T>, run: (input: T) => Promise<unknown>, n: number, o: { bound?: number; floor?: number; runs?: number } = {}): Promise<Growth> {
  const small = await make(n);
  const big = await make(10 * n);
  await run(small);
  const s = await fastestAsync(() => run(small), o.runs ?? 5);
  const b = await fastestAsync(() => run(big), Math.max(2, Math.ceil((o.runs ?? 5) / 2)));
  const ratio = b / Math.max(s, o.floor ?? 2);
  if (process.env['GROWTH_LOG']) console.log(`${what}: ${s.toFixed(1)} ms, ${b.toFixed(1)} ms, ×${ratio.toFixed(1)}`);
  expect(ratio, `${what}: ${s.toFixed(1)} ms for n=${n}, ${b.toFixed(1)} ms for 10n`).toBeLessThan(o.bound ?? 30);
  return { small: s, big: b, ratio };
}
