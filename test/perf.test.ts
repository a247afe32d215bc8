// Scale, without timings: the seeded generator (bench/generate.mjs) is deterministic and makes clean
// registers; with 1% of its files broken, validate reports every broken file with its code and
// position; progress appears on a terminal's stderr only.

import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, generateRegister, writeRegister } from '../bench/generate.mjs';
import { main } from '../src/cli/main.js';
import { cleanup, diagnosticsOf, makeRegister } from './helpers.js';

afterAll(cleanup);

function generated(records: number, options: { seed?: number; broken?: number } = {}): ReturnType<typeof writeRegister> & { dir: string } {
  const dir = makeRegister({}, { bare: true });
  return { dir, ...writeRegister(dir, records, options) };
}

describe('generated registers', () => {
  it('are deterministic for a seed, and differ between seeds', () => {
    const a = generateRegister(300, { seed: 5, broken: 0.02 });
    const b = generateRegister(300, { seed: 5, broken: 0.02 });
    const c = generateRegister(300, { seed: 6, broken: 0.02 });
    expect([...a.files]).toEqual([...b.files]);
    expect(a.broken).toEqual(b.broken);
    expect([...a.files]).not.toEqual([...c.files]);
    expect([...a.files.keys()].filter((f) => f.startsWith('data/')).length).toBe(300);
  });

  it('are clean as of AS_OF', async () => {
    const { dir } = generated(1200, { seed: 2 });
    expect(await diagnosticsOf(dir, ['--as-of', AS_OF, '--no-cache'])).toEqual([]);
  });

  it('with 1% broken files: every one is reported with its code, line and column, and nothing else', async () => {
    const { dir, broken } = generated(3000, { seed: 3, broken: 0.01 });
    expect(broken.length).toBe(30);
    // Every way of breaking a file is exercised.
    expect(new Set(broken.map((b) => b.how)).size).toBeGreaterThanOrEqual(10);
    for (const extra of [['--no-cache'], [], []]) {
      const diags = await diagnosticsOf(dir, ['--as-of', AS_OF, ...extra]);
      for (const b of broken) {
        const hit = diags.find((d) => d.file === b.file && d.code === b.code);
        expect(hit, `${b.file}: ${b.how} should give ${b.code}`).toBeDefined();
        expect(hit?.line).toBeGreaterThanOrEqual(1);
        expect(hit?.column).toBeGreaterThanOrEqual(1);
      }
      const files = new Set(broken.map((b) => b.file));
      expect(diags.filter((d) => !files.has(d.file))).toEqual([]);
    }
  });
});

describe('progress on stderr', () => {
  const run = async (dir: string, tty: boolean): Promise<string> => {
    let stderr = '';
    let clock = Date.parse('2026-11-22T03:00:00Z');
    await main(['validate', '--as-of', AS_OF, '--no-cache'], {
      cwd: dir,
      env: { NO_COLOR: '1' },
      // Every reading of the clock moves it on by 300 ms, so a long run is simulated without waiting.
      now: () => new Date((clock += 300)),
      stdoutIsTTY: false,
      stderrIsTTY: tty,
      stdout: () => undefined,
      stderr: (s) => {
        stderr += s;
      },
    });
    return stderr;
  };

  it('shows a count and the elapsed time on a terminal, then erases itself', async () => {
    const { dir } = generated(2000, { seed: 4 });
    const err = await run(dir, true);
    expect(err).toMatch(/\rkerjasama: [\d,]+ \/ 2,000 record files read · \d+\.\d s/);
    expect(err.endsWith('\r\u001b[K')).toBe(true);
    expect(await run(dir, false)).toBe('');
  });
});
