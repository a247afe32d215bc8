// The same register gives the same pages however many sites one process builds: the ids of charts and
// figures start again with each site (found by the --at property of test/historyAt.test.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadRegister } from '../../src/load/load.js';
import { day, parseDuration } from '../../src/model/dates.js';
import { siteData } from '../../src/report/siteData.js';
import { renderSite } from '../../src/render/site/index.js';
import { coverageView } from '../../src/view/coverage.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

it('two builds of the example register in one process are the same, byte for byte', () => {
  const world = createRequire(import.meta.url)('world-atlas/countries-110m.json');
  const loaded = loadRegister(REPO);
  const asOf = day('2026-11-22');
  const build = (): Map<string, string> => {
    const data = siteData(loaded.dataset, asOf, { within: parseDuration('1y') as never, since: parseDuration('2y') as never, validation: { errors: 0, warnings: 0 } });
    const coverage = coverageView({ ...data.coverage, matrix: null }, { report: 'coverage', asOf: '2026-11-22', register: 'r', considered: 0, unit: 'agreements_in_force', filters: [] }, 'en');
    const out = new Map<string, string>();
    for (const [path, text] of renderSite({ data, dataset: loaded.dataset, lang: 'en', asOf, register: 'r', version: '0', includePrivate: false, world, diagnostics: [], downloads: [], views: { coverage: { en: coverage, id: coverage } }, history: { unavailable: 'off' } }, new Map())) out.set(path, String(text));
    return out;
  };
  const first = build();
  expect(first.size).toBeGreaterThan(10);
  expect(build()).toEqual(first);
});
