// The website's work grows with the register, not with its square: gathering the site's data and drawing
// every page scans each of the dataset's record maps a fixed number of times, whatever the register's
// size (a scan per record is what made a 100,000-record site take minutes). No timings: scans are counted.

import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { AS_OF, writeRegister } from '../../bench/generate.mjs';
import { loadRegister } from '../../src/load/load.js';
import { day, parseDuration, type Duration } from '../../src/model/dates.js';
import type { Dataset } from '../../src/model/types.js';
import { coverageView } from '../../src/view/coverage.js';
import { siteData } from '../../src/report/siteData.js';
import { renderSite } from '../../src/render/site/index.js';
import { cleanup, makeRegister } from '../helpers.js';

afterAll(cleanup);

/** A Map that counts how often it is walked whole (values, keys, entries, spread, forEach). */
class Counting<K, V> extends Map<K, V> {
  scans = 0;
  override values(): MapIterator<V> {
    this.scans++;
    return super.values();
  }
  override keys(): MapIterator<K> {
    this.scans++;
    return super.keys();
  }
  override entries(): MapIterator<[K, V]> {
    this.scans++;
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
  override forEach(f: (v: V, k: K, m: Map<K, V>) => void): void {
    this.scans++;
    super.forEach(f);
  }
}

const world = JSON.parse(JSON.stringify(createRequire(import.meta.url)('world-atlas/countries-110m.json'))) as Topology;
const dur = (s: string): Duration => parseDuration(s) as Duration;

/** Scans of each record map while the site of a generated register of `records` records is gathered and drawn. */
function scans(records: number): { partners: number; agreements: number; activities: number; pages: number } {
  const dir = makeRegister({}, { bare: true });
  writeRegister(dir, records, { seed: 7 });
  const loaded = loadRegister(dir);
  const maps = { partners: new Counting(loaded.dataset.partners), agreements: new Counting(loaded.dataset.agreements), activities: new Counting(loaded.dataset.activities) };
  const d: Dataset = { ...loaded.dataset, ...maps };
  const asOf = day(AS_OF);
  const data = siteData(d, asOf, { within: dur('1y'), since: dur('2y'), validation: { errors: 0, warnings: 0 } });
  const coverage = coverageView({ ...data.coverage, matrix: null }, { report: 'coverage', asOf: AS_OF, register: 'r', considered: data.coverage.agreementsInForce, unit: 'agreements_in_force', filters: [] }, 'en');
  let pages = 0;
  for (const [path] of renderSite({ data, dataset: d, lang: 'en', asOf, register: 'r', version: '0', includePrivate: false, world, diagnostics: [], downloads: [], views: { coverage }, history: { unavailable: 'off' } }, new Map())) {
    if (path.endsWith('.html')) pages++;
  }
  return { partners: maps.partners.scans, agreements: maps.agreements.scans, activities: maps.activities.scans, pages };
}

describe('the site of a larger register', () => {
  it('scans the dataset as often as that of a smaller one (no scan per record or per page)', () => {
    const small = scans(90);
    const large = scans(450);
    expect(large.pages).toBeGreaterThan(small.pages * 4);
    expect({ ...large, pages: 0 }).toEqual({ ...small, pages: 0 });
  });
});
