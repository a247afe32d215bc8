// Run only by test/datesTz.test.ts (through test/tz/vitest.config.ts): the machine's zone in this worker
// is the one TZ names, with the UTC offsets the parent expects, so the date tests beside it really ran
// there.
import { expect, it } from 'vitest';

it('runs in the time zone TZ names', () => {
  const tz = process.env.TZ;
  expect(tz).toBeTruthy();
  expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
  const want = JSON.parse(process.env.KERJASAMA_TZ_OFFSETS ?? 'null') as { january: number; july: number };
  expect({ january: new Date(2024, 0, 1).getTimezoneOffset(), july: new Date(2024, 6, 1).getTimezoneOffset() }).toEqual(want);
});
