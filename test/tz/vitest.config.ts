// The date suite alone, for test/datesTz.test.ts, which runs it with TZ set to other zones. zone.check.ts
// (not a *.test.ts file, so the main run leaves it out) proves the zone really is in effect.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/tz/zone.check.ts', 'test/unit/dates.test.ts', 'test/datesDifferential.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
