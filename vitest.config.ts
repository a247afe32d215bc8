import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks mostly remove the temporary folders tests made: on a 2-core machine at load 13-18 removing them
    // took more than the 10 s default (property.test) and more than 300 s (install.test's installed trees).
    hookTimeout: 600_000,
    pool: 'forks',
    // One fast-check seed for every property (FC_SEED=random to explore): test/setup-fc.ts.
    setupFiles: ['test/setup-fc.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
