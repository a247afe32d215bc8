// The pure parts of kerjasama remind: the schedule (which days a reminder is due, with calendar months),
// the MIME writer (header encoding, folding, quoted-printable, no header injection whatever the text),
// the HTML escaping, and the recipients file's reading with positions.

import { simpleParser } from 'mailparser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/model/address.js';
import { day, iso } from '../../src/model/dates.js';
import type { ReminderSchedule } from '../../src/model/types.js';
import { parseRecipients } from '../../src/load/recipients.js';
import { endReminderDays, onCadence, overdueDays, renewalStartDays } from '../../src/report/remind.js';
import { mailDate, mimeMessage, quotedPrintable, type Message } from '../../src/render/mime.js';
import { escapeHtml } from '../../src/render/remindMail.js';

const SCHEDULE: ReminderSchedule = {
  beforeEnd: [{ count: 180, unit: 'd' }, { count: 90, unit: 'd' }, { count: 60, unit: 'd' }, { count: 30, unit: 'd' }],
  weeklyFrom: { count: 30, unit: 'd' },
  dailyFrom: { count: 7, unit: 'd' },
  beforeRenewalStart: [{ count: 30, unit: 'd' }],
  overdueEvery: { count: 7, unit: 'd' },
  reviewDay: 1,
};

/** The days from..to on which `due` holds, as ISO dates. */
const dueDays = (from: string, to: string, due: (d: number) => boolean): string[] => {
  const out: string[] = [];
  for (let d = day(from); d <= day(to); d++) if (due(d)) out.push(iso(d));
  return out;
};

describe('the schedule', () => {
  it('reminds of an end at 180, 90, 60 and 30 days, then weekly, then daily until the day itself', () => {
    const end = day('2027-03-31');
    expect(dueDays('2026-09-01', '2027-04-30', (d) => endReminderDays(end, d, SCHEDULE).length > 0)).toEqual([
      '2026-10-02', '2026-12-31', '2027-01-30', '2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22',
      '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30', '2027-03-31',
    ]);
  });

  it('says why: the fixed day first, then the cadence', () => {
    expect(endReminderDays(day('2027-03-31'), day('2027-03-01'), SCHEDULE)).toEqual([{ rule: 'before_end', days: 30, duration: '30d' }]);
    expect(endReminderDays(day('2027-03-31'), day('2027-03-29'), SCHEDULE)).toEqual([{ rule: 'weekly', days: 2, duration: '30d' }]);
    expect(endReminderDays(day('2027-03-31'), day('2027-03-31'), SCHEDULE)).toEqual([{ rule: 'daily', days: 0, duration: '7d' }]);
  });

  it('counts months and years on the calendar: 6m before 31 August is 28 or 29 February', () => {
    const s = { ...SCHEDULE, beforeEnd: [{ count: 6, unit: 'm' as const }] };
    expect(dueDays('2027-01-01', '2027-06-01', (d) => endReminderDays(day('2027-08-31'), d, s).some((w) => w.rule === 'before_end'))).toEqual(['2027-02-28']);
    expect(dueDays('2028-01-01', '2028-06-01', (d) => endReminderDays(day('2028-08-31'), d, s).some((w) => w.rule === 'before_end'))).toEqual(['2028-02-29']);
  });

  it('reminds of the day a renewal should start 30 days before and on the day', () => {
    expect(dueDays('2026-12-01', '2027-02-28', (d) => renewalStartDays(day('2027-01-30'), d, SCHEDULE).length > 0)).toEqual(['2026-12-31', '2027-01-30']);
  });

  it('reminds of a passed deadline on the first day after it, then every 7 days (stateless: from the deadline)', () => {
    expect(dueDays('2026-12-10', '2027-01-10', (d) => overdueDays(day('2026-12-15'), d, SCHEDULE).length > 0)).toEqual(['2026-12-16', '2026-12-23', '2026-12-30', '2027-01-06']);
  });

  it('steps by calendar months from the anchor, never from a clamped day (31 Jan, 28 Feb, 31 Mar)', () => {
    const m = { count: 1, unit: 'm' as const };
    expect(dueDays('2027-01-01', '2027-05-31', (d) => onCadence(day('2027-01-31'), m, d))).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
    expect(dueDays('2026-01-01', '2031-12-31', (d) => onCadence(day('2027-02-28'), { count: 2, unit: 'y' }, d))).toEqual(['2027-02-28', '2029-02-28', '2031-02-28']);
  });

  it('is the same answer for a day whatever was asked before (no state)', () => {
    fc.assert(fc.property(fc.integer({ min: day('2026-01-01'), max: day('2028-12-31') }), fc.integer({ min: day('2026-01-01'), max: day('2028-12-31') }), (end, d) => {
      const a = endReminderDays(end, d, SCHEDULE);
      endReminderDays(end, d - 1, SCHEDULE);
      expect(endReminderDays(end, d, SCHEDULE)).toEqual(a);
    }), { numRuns: 200 });
  });
});

const base: Message = {
  from: { name: 'Biro Kerja Sama', address: 'kerjasama@ntbprov.go.id' },
  to: [{ address: 'dispar@ntbprov.go.id' }],
  cc: [],
  subject: 'Pengingat',
  date: mailDate(day('2026-11-22')),
  messageId: 'remind.2026-11-22.abc@ntb.kerjasama',
  language: 'id',
  text: 'Yth.\n',
  html: '<p>Yth.</p>\n',
  attachments: [],
};

/** The header names of a raw message (its lines up to the first empty one, continuations joined). */
function headerNames(raw: string): string[] {
  const head = raw.split('\r\n\r\n')[0] as string;
  return head.split('\r\n').filter((l) => !/^[ \t]/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
}

describe('the MIME writer', () => {
  it('dates a message at midnight UTC of the day, with its weekday', () => {
    expect(mailDate(day('2026-11-22'))).toBe('Sun, 22 Nov 2026 00:00:00 +0000');
    expect(mailDate(day('1970-01-01'))).toBe('Thu, 1 Jan 1970 00:00:00 +0000');
    expect(mailDate(day('2028-02-29'))).toBe('Tue, 29 Feb 2028 00:00:00 +0000');
  });

  it('keeps every line within 78 characters and ends lines with CRLF', () => {
    const raw = mimeMessage({ ...base, subject: 'Pengingat kerja sama untuk Dinas Tenaga Kerja dan Transmigrasi Provinsi Nusa Tenggara Barat – 2026', text: 'x'.repeat(300) + '\nÄ'.repeat(100) });
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('cannot be made to add a header, whatever the subject or a display name holds', async () => {
    const hostile = 'Dinas X\r\nBcc: evil@example.com\nX-Injected: 1\r\n\r\n<script>alert(1)</script> =?UTF-8?B?QmNjOiBldmls?= \u2028Bcc: a@b.c';
    const raw = mimeMessage({ ...base, subject: hostile, from: { name: hostile, address: 'kerjasama@ntbprov.go.id' }, to: [{ name: hostile, address: 'dispar@ntbprov.go.id' }] });
    expect(headerNames(raw)).toEqual(['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Language', 'Auto-Submitted', 'X-Auto-Response-Suppress', 'Content-Type']);
    const parsed = await simpleParser(raw);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('x-injected')).toBe(false);
    // The text survives as text: controls shown as pictures, the lookalike encoded word as it was written.
    expect(parsed.subject).toContain('Bcc: evil@example.com');
    expect(parsed.subject).toContain('=?UTF-8?B?QmNjOiBldmls?=');
    expect(parsed.subject).not.toMatch(/[\r\n]/);
    expect((parsed.to as { value: Array<{ address: string }> }).value.map((a) => a.address)).toEqual(['dispar@ntbprov.go.id']);
  });

  it('refuses an address that is not a plain addr-spec, and a message id that is not one', () => {
    // In the message's language (the mail writer's words, src/render/mime.words.ts).
    expect(() => mimeMessage({ ...base, to: [{ address: 'a@b.c\r\nBcc: evil@example.com' }] })).toThrow(/bukan alamat surel/);
    expect(() => mimeMessage({ ...base, language: 'en', to: [{ address: 'a@b.c>, evil@example.com' }] })).toThrow(/not an address/);
    expect(() => mimeMessage({ ...base, messageId: 'a@b>\r\nBcc: x@y.z' })).toThrow(/bukan Message-ID/);
    expect(() => mimeMessage({ ...base, language: 'en', messageId: 'a@b>\r\nBcc: x@y.z' })).toThrow(/not a message id/);
  });

  it('writes quoted-printable a reader decodes to the same text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
      const text = s.replace(/\r\n|\r/g, '\n');
      const qp = quotedPrintable(text);
      for (const line of qp.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
      const decoded = Buffer.from(qp.replace(/=\r\n/g, '').replace(/\r\n/g, '\n').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
      expect(decoded).toBe(text);
    }), { numRuns: 300 });
  });

  it('gives the text, the HTML and an attachment back to a standard parser', async () => {
    const raw = mimeMessage({ ...base, text: 'Yth. Dinas –\n. a line starting with a dot\nFrom here\n', html: '<p>Yth. Dinas –</p>', attachments: [{ filename: 'kerjasama-2026-11-22.ics', contentType: 'text/calendar; method=PUBLISH', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }] });
    const m = await simpleParser(raw);
    expect(m.text).toBe('Yth. Dinas –\n. a line starting with a dot\nFrom here\n');
    expect(m.html).toBe('<p>Yth. Dinas –</p>');
    expect(m.messageId).toBe('<remind.2026-11-22.abc@ntb.kerjasama>');
    expect(m.attachments.map((a) => [a.filename, a.contentType, a.content.toString('utf8')])).toEqual([['kerjasama-2026-11-22.ics', 'text/calendar', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n']]);
  });
});

describe('HTML in a digest', () => {
  it('escapes markup and shows control characters', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & \'x\'\u001b[31m')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;x&#39;␛[31m');
  });
});

describe('the recipients file', () => {
  it('reads units, the bureau and the sender', () => {
    const r = parseRecipients('from: "Biro Kerja Sama <kerjasama@ntbprov.go.id>"\nbureau: kerjasama@ntbprov.go.id\nunits:\n  Dinas Pariwisata: [a@ntbprov.go.id, "Kepala Dinas <b@ntbprov.go.id>"]\n');
    expect(r).toEqual({ ok: true, recipients: {
      from: { name: 'Biro Kerja Sama', address: 'kerjasama@ntbprov.go.id' },
      bureau: [{ address: 'kerjasama@ntbprov.go.id' }],
      units: [{ unit: 'Dinas Pariwisata', addresses: [{ address: 'a@ntbprov.go.id' }, { name: 'Kepala Dinas', address: 'b@ntbprov.go.id' }] }],
    } });
  });

  it('names the line and column of each problem', () => {
    const r = parseRecipients('from: kerjasama@ntbprov\nbureua: []\nunits:\n  Dinas A: [ok@x.id, "bad <x@y.z>\\r\\nBcc: e@f.g"]\n  dinas  a: [c@d.id]\n');
    expect(r.ok).toBe(false);
    expect('problems' in r && r.problems.map((p) => `${p.line}:${p.column} ${p.code}`)).toEqual(['1:7 bad-address', '2:1 unknown-key', '4:22 bad-address', '5:3 unit-twice']);
  });

  it('accepts only plain addresses and names without controls, quotes or brackets', () => {
    expect(parseAddress('a.b@c-d.go.id')).toEqual({ address: 'a.b@c-d.go.id' });
    for (const bad of ['a@b', 'a@@b.c', 'a b@c.d', 'x <a@b.c>\n', 'x\u2028y <a@b.c>', '"x"y" <a@b.c>', 'a@b.c, d@e.f', 'ä@b.c', '<a@b.c>>']) expect(parseAddress(bad), bad).toBeUndefined();
  });
});

describe('the words of remind', () => {
  it('has every key in both languages, and no English in the Indonesian', async () => {
    const { REMIND_WORDS } = await import('../../src/view/remind.words.js');
    const { say } = await import('../../src/model/words.js');
    const sample = { date: '1 Des 2026', n: 2, unit: 'Dinas X', register: 'R', commit: 'abc', considered: 3, list: 'a, b', category: 'KSDD', status: 's', title: 't', duration: '30 hari', text: 'x', subject: 's', digests: 1, path: 'p', to: 't', reason: 'r' };
    for (const key of Object.keys(REMIND_WORDS)) {
      const en = say(REMIND_WORDS, 'en', key, sample);
      const id = say(REMIND_WORDS, 'id', key, sample);
      expect(en, key).not.toBe('');
      expect(id, key).not.toBe('');
      expect(id, `${key} has English in it`).not.toMatch(/\b(the|must|not|and|with|exists|needs|days?|sent|ends?)\b/);
    }
  });
});
