// The site's words (src/render/site/words.ts): English counts of one are singular.

import { describe, expect, it } from 'vitest';
import { sw } from '../../src/render/site/words.js';

describe("the site's words", () => {
  it('says one in the singular in English (bug: "ends in 1 days", "1 errors", "1 partnerships, one row each")', () => {
    expect(sw('en', 'action.ends', { days: 1, date: '2027-01-01' })).toBe('ends in 1 day; renewal starts 2027-01-01');
    expect(sw('en', 'action.ends', { days: 2, date: '2027-01-01' })).toBe('ends in 2 days; renewal starts 2027-01-01');
    expect(sw('en', 'warn.validation', { errors: 1, warnings: 1 })).toBe('Validation: 1 error, 1 warning.');
    expect(sw('en', 'warn.validation', { errors: 0, warnings: 3 })).toBe('Validation: 0 errors, 3 warnings.');
    expect(sw('en', 'coverage.gridDesc', { gaps: 1, notKnown: 0 })).toContain(' 1 sector has none; 0 may be covered');
    expect(sw('en', 'partnerships.gridDesc', { from: '2020', to: '2026', n: 1 })).toBe('Held activities per calendar year, 2020–2026, for 1 partnership.');
    expect(sw('en', 'chart.timelinesDesc', { n: 1, asOf: 'a', horizon: 'h' })).toMatch(/^1 partnership, one row each;/);
    expect(sw('en', 'chart.moreActivities', { n: 1 })).toBe(' and 1 more activity around that day');
    expect(sw('id', 'action.ends', { days: 1, date: '2027-01-01' })).toBe('berakhir dalam 1 hari; perpanjangan dimulai 2027-01-01');
  });
});
