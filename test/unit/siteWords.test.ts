// The site's words (src/render/site/words.ts): English counts of one are singular.

import { describe, expect, it } from 'vitest';
import { sw } from '../../src/render/site/words.js';
import { calendarStrip, timelineChart } from '../../src/render/site/charts.js';
import { day } from '../../src/model/dates.js';
import { MONTH_NAMES } from '../../src/model/dates.words.js';

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

describe("the site's charts write a day as its tables do", () => {
  const asOf = day('2026-12-07');
  const horizonEnd = day('2028-12-07');
  const line = { key: 'k', owner: null, partner: { id: 'p', name: 'Prefektur P', country: 'JP' }, agreements: [], inForce: false, activitiesByYear: {}, activities: { shared: [], own: [{ id: 'v', title: 'Kunjungan', day: day('2026-04-20'), planned: false }] }, plannedActivities: 0 };

  it('the timeline\'s caption (its description), its activities\' titles and the expiring strip\'s: 7 Des 2026, not 2026-12-07', () => {
    for (const [lang, asOfText, horizonText, visit] of [['en', '7 Dec 2026', '7 Dec 2028', '20 Apr 2026'], ['id', '7 Des 2026', '7 Des 2028', '20 Apr 2026']] as const) {
      const tl = String(timelineChart([line], { asOf, horizonEnd, lang, maxRows: 10, activities: true }).svg);
      expect(tl).toContain(lang === 'en' ? `a red line marks ${asOfText}, a dashed line the horizon ${horizonText}.` : `garis merah menandai ${asOfText}, garis putus-putus batas rentang pemantauan ${horizonText}.`);
      expect(tl).toContain(`<title>${visit} Kunjungan</title>`);
      const strip = String(calendarStrip([], { asOf, horizonEnd, lang, maxMonths: 24 }));
      expect(strip).toContain(lang === 'en' ? `Agreements ending per month from ${asOfText}:` : `Perjanjian yang berakhir per bulan sejak ${asOfText}:`);
      expect(tl + strip).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

});

describe("the site's month names are the one catalogue's (model/dates.words.ts), not a copy", () => {
  it('site/words.ts keeps no month names of its own; the calendar strip names its months from MONTH_NAMES', async () => {
    const site = await import('../../src/render/site/words.js');
    expect(Object.keys(site)).not.toContain('MONTH_SHORT');
    for (const lang of ['en', 'id'] as const) {
      const strip = String(calendarStrip([], { asOf: day('2026-12-07'), horizonEnd: day('2027-12-07'), lang, maxMonths: 12 }));
      for (const m of MONTH_NAMES[lang]) expect(strip).toContain(`>${m}</text>`);
    }
  });
});

describe("the timeline's bars say their days as the tables do", () => {
  it('a bar\'s tooltip: Sep 2007 – 31 Aug–29 Sep 2012, not 2007-09 – 2012-08-31..2012-09-29', () => {
    const agreement = { id: 'a-2007', title: 'MoU', documentType: 'mou', start: day('2007-09-01'), startText: '2007-09', startYear: 2007, endText: '2012-08-31..2012-09-29', end: day('2012-08-31'), endKind: 'term' as const, uncertain: true, status: 'expired' as const };
    const line = { key: 'k', owner: null, partner: { id: 'p', name: 'Prefektur P', country: 'JP' }, agreements: [agreement], inForce: false, activitiesByYear: {}, activities: { shared: [], own: [] }, plannedActivities: 0 };
    for (const [lang, text] of [['en', 'Sep 2007 – 31 Aug–29 Sep 2012'], ['id', 'Sep 2007 – 31 Agu–29 Sep 2012']] as const) {
      const svg = String(timelineChart([line], { asOf: day('2026-12-07'), horizonEnd: day('2028-12-07'), lang, maxRows: 10, activities: false }).svg);
      expect(svg).toContain(`${text}</title>`);
      expect(svg).not.toMatch(/\d{4}-\d{2}/);
    }
  });
});
