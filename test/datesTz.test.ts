// The date suite (test/unit/dates.test.ts and test/datesDifferential.test.ts) under three machine time
// zones: a zone behind UTC with daylight saving (New York), the furthest ahead (Kiritimati, UTC+14,
// which skipped 31 December 1994) and the office's own (Jakarta, UTC+7). Each run is a separate vitest
// started with TZ set; test/tz/zone.check.ts, run with them, fails unless the zone took effect.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

/** Minutes west of UTC (Date#getTimezoneOffset) on 1 January and 1 July 2024. */
const ZONES = {
  'America/New_York': { january: 300, july: 240 },
  'Pacific/Kiritimati': { january: -840, july: -840 },
  'Asia/Jakarta': { january: -420, july: -420 },
};

interface JsonReport {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ name: string; status: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>;
}

describe('the date suite in other time zones', () => {
  for (const [zone, offsets] of Object.entries(ZONES)) {
    it(`passes with TZ=${zone}`, { timeout: 300_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'kerjasama-tz-'));
      try {
        const out = join(dir, 'report.json');
        const r = spawnSync(process.execPath, [VITEST, 'run', '--config', 'test/tz/vitest.config.ts', '--reporter=json', `--outputFile=${out}`], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, TZ: zone, KERJASAMA_TZ_OFFSETS: JSON.stringify(offsets), FORCE_COLOR: '0' },
        });
        const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
        const failed = report.testResults.flatMap((f) => f.assertionResults.filter((a) => a.status !== 'passed').map((a) => `${a.fullName}: ${a.failureMessages.join('\n').slice(0, 500)}`));
        expect(failed, r.stderr.slice(-2000)).toEqual([]);
        expect(r.status).toBe(0);
        const files = report.testResults.map((f) => f.name.slice(ROOT.length).replace(/^\//, '')).sort();
        expect(files).toEqual(['test/datesDifferential.test.ts', 'test/tz/zone.check.ts', 'test/unit/dates.test.ts']);
        const names = report.testResults.flatMap((f) => f.assertionResults.map((a) => a.fullName));
        expect(names).toContain('runs in the time zone TZ names');
        expect(names.some((n) => n.includes('± 10y from every day'))).toBe(true);
        expect(report.numPassedTests).toBeGreaterThanOrEqual(30);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
