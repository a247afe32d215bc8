// kerjasama remind end to end, on test/fixtures/reminders (one agreement or partnership per kind of
// reminder, due on known days): golden .eml digests for several days, written with --out, show each
// reminder exactly on its scheduled days and none on the others; the reminders name the same agreements
// and partnerships, with the same figures, as report expiring and report inactive for the same day; a
// real SMTP server on 127.0.0.1 (smtp-server, STARTTLS with a certificate made by openssl, a password)
// receives the very bytes of the .eml files, and a standard parser (mailparser) reads them back with
// headers, both parts and the calendar intact; hostile record text adds no header and no live HTML; the
// recipients file stays out of the register. UPDATE_GOLDEN=1 rewrites the golden files.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegister } from '../src/load/load.js';
import { day, iso } from '../src/model/dates.js';
import { expiringReport } from '../src/report/expiring.js';
import { remindReport } from '../src/report/remind.js';
import { cleanup, makeRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

const FIXTURE = join(REPO, 'test', 'fixtures', 'reminders');
const GOLDEN = join(REPO, 'test', 'golden', 'remind');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** The days of the golden digests, and what each shows (test/fixtures/reminders/kerjasama.yaml says why). */
const DAYS: Record<string, string> = {
  '2026-11-21': 'the first day after a planned signing (signing overdue, day 1)',
  '2026-11-22': 'an end 23 days away (weekly), and a renewal not on record (weekly, to the bureau: no unit)',
  '2026-11-23': 'nothing due: no mail at all',
  '2026-12-01': 'the monthly review: a dormant partnership and stale facts, to a unit with a hostile name and no address',
  '2026-12-16': 'the first day after an end, still recorded as active (overdue, day 1)',
  '2026-12-31': '30 days before a renewal should start, which is also 90 days before its end',
  '2027-01-30': 'the day a renewal should start, and a planned signing passed 71 days ago, in one digest',
  '2027-03-24': 'daily in the last week before an end, and overdue day 99',
};

const RECIPIENTS = `# Recipients of the reminder tests (invented addresses).
from: "Bagian Kerja Sama Setda Kota Contoh <kerjasama@kotacontoh.go.id>"
bureau: ["Bagian Kerja Sama <kerjasama@kotacontoh.go.id>"]
units:
  Dinas Pariwisata Kota Contoh: [dispar@kotacontoh.go.id]
  dinas pendidikan  kota contoh: ["Kepala Dinas Pendidikan <disdik@kotacontoh.go.id>", sekretariat.disdik@kotacontoh.go.id]
`;

let work: string;
let register: string;
let recipients: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kerjasama-remind-'));
  register = makeRegister({}, { bare: true });
  cpSync(FIXTURE, register, { recursive: true });
  recipients = join(work, 'recipients.yaml');
  writeFileSync(recipients, RECIPIENTS);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The .eml files remind writes for a day, by name. */
async function emlsOf(asOf: string, extra: string[] = []): Promise<Record<string, string>> {
  const out = join(work, `out-${asOf}`);
  rmSync(out, { recursive: true, force: true });
  const r = await runCli(['remind', '--as-of', asOf, '--recipients', recipients, '--out', out, ...extra], { cwd: register });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  if (!existsSync(out)) return {};
  return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

describe('golden digests', () => {
  for (const [asOf, what] of Object.entries(DAYS)) {
    it(`${asOf}: ${what}`, async () => {
      const emls = await emlsOf(asOf);
      const dir = join(GOLDEN, asOf);
      if (UPDATE) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        for (const [f, text] of Object.entries(emls)) writeFileSync(join(dir, f), text);
        writeFileSync(join(dir, 'README'), `${what}\n`);
      }
      const expected = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).sort() : [];
      expect(Object.keys(emls)).toEqual(expected);
      for (const f of expected) expect(emls[f], `${asOf}/${f}`).toBe(readFileSync(join(dir, f), 'utf8'));
    });
  }

  it('every golden mail reads back with a standard parser: headers, both parts, the calendar', async () => {
    for (const asOf of Object.keys(DAYS)) {
      for (const [f, raw] of Object.entries(await emlsOf(asOf))) {
        const m = await simpleParser(raw);
        expect(m.from?.value[0]?.address, f).toBe('kerjasama@kotacontoh.go.id');
        expect(m.date?.toISOString().slice(0, 10)).toBe(asOf);
        expect(m.messageId).toMatch(new RegExp(`^<remind\\.${asOf}\\.[0-9a-f]{12}@kota-contoh\\.kerjasama>$`));
        expect(m.subject).toMatch(/^\[kerjasama\] Pengingat kerja sama /);
        expect(m.headers.get('auto-submitted')).toBe('auto-generated');
        expect(m.text).toContain('Yth. ');
        expect(m.html).toContain('<p>Yth. ');
        for (const a of m.attachments) {
          expect(a.contentType).toBe('text/calendar');
          const cal = new ICAL.Component(ICAL.parse(a.content.toString('utf8')));
          expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('the schedule over five months', () => {
  it('sends each reminder exactly on its days, and the same again for the same day', () => {
    const loaded = loadRegister(register, {});
    const c = loaded.config;
    const due = new Map<string, string[]>();
    const run = (d: number): string[] => remindReport(loaded.dataset, d, { schedule: c.reminders, horizon: c.expiryHorizon, inactivityWindow: c.inactivityWindow, filters: {} })
      .digests.flatMap((g) => g.reminders.map((r) => `${r.kind}:${'agreement' in r ? r.agreement.id : r.partnership.partner.id}`));
    for (let d = day('2026-11-15'); d <= day('2027-04-10'); d++) {
      for (const k of new Set(run(d))) due.set(k, [...(due.get(k) ?? []), iso(d)]);
    }
    // Again, backwards: nothing is remembered between runs.
    for (let d = day('2027-04-10'); d >= day('2026-11-15'); d--) for (const k of new Set(run(d))) expect(due.get(k)).toContain(iso(d));
    const weekly = (from: string, to: string): string[] => {
      const out: string[] = [];
      for (let d = day(from); d <= day(to); d += 7) out.push(iso(d));
      return out;
    };
    expect(Object.fromEntries([...due.entries()].sort())).toEqual({
      // pks-samudra-2024 ends 2027-03-31 (KSDPK: the renewal should start 60 days before, 2027-01-30)
      'renewal_start:pks-samudra-2024': ['2026-12-31', '2027-01-30'],
      'ending:pks-samudra-2024': ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30', '2027-03-31'],
      'overdue:pks-samudra-2024': ['2027-04-01', '2027-04-08'],
      // minato-mou-2021 ends 2026-12-15 (5 years from 2021-12-16)
      'ending:minato-mou-2021': ['2026-11-15', '2026-11-22', '2026-11-29', '2026-12-06', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14', '2026-12-15'],
      'overdue:minato-mou-2021': weekly('2026-12-16', '2027-04-10'),
      // perth-sister-city-2020 renews every 5 years from 2020-06-01: not on record since 2025-06-01
      'renewal_unrecorded:perth-sister-city-2020': weekly('2026-11-15', '2027-04-10'),
      // univ-pks-rencana was to be signed on 2026-11-20
      'signing_overdue:univ-pks-rencana': weekly('2026-11-21', '2027-04-10'),
      // koperasi-kb-2019: no activity ever, confirmed 2019-03: on the review day, the 1st
      'dormant:koperasi': ['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01'],
      'stale:koperasi-kb-2019': ['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01'],
    });
  });
});

describe('the reminders and the reports', () => {
  it('name the agreements report expiring lists for the same day, with the same row', async () => {
    const loaded = loadRegister(register, {});
    const c = loaded.config;
    for (let d = day('2026-11-15'); d <= day('2027-04-10'); d++) {
      const rep = remindReport(loaded.dataset, d, { schedule: c.reminders, horizon: c.expiryHorizon, inactivityWindow: c.inactivityWindow, filters: {} });
      const within = { count: Number(rep.within.slice(0, -1)), unit: rep.within.slice(-1) as 'd' | 'm' | 'y' };
      const rows = new Map(expiringReport(loaded.dataset, d, { within, all: false, filters: {} }).rows.map((r) => [r.id, r]));
      for (const g of rep.digests) for (const r of g.reminders) if (r.kind === 'ending' || r.kind === 'overdue' || r.kind === 'renewal_start' || r.kind === 'renewal_unrecorded') expect(r.agreement).toEqual(rows.get(r.agreement.id));
    }
    // And through the CLI, as a user would compare them.
    for (const asOf of ['2026-11-22', '2026-12-31', '2027-03-24']) {
      const plan = JSON.parse((await runCli(['remind', '--as-of', asOf, '--format', 'json'], { cwd: register })).stdout) as { within: string; digests: Array<{ reminders: Array<{ kind: string; agreement?: { id: string } }> }> };
      const exp = JSON.parse((await runCli(['report', 'expiring', '--as-of', asOf, '--within', plan.within, '--format', 'json'], { cwd: register })).stdout) as { agreements: Array<{ id: string }> };
      const byId = new Map(exp.agreements.map((a) => [a.id, a]));
      const reminded = plan.digests.flatMap((g) => g.reminders).filter((r) => r.kind !== 'signing_overdue' && r.agreement);
      expect(reminded.length).toBeGreaterThan(0);
      for (const r of reminded) expect(r.agreement).toEqual(byId.get(r.agreement?.id as string));
    }
  });

  it('name the partnerships report inactive lists on the review day, with the same row', async () => {
    const plan = JSON.parse((await runCli(['remind', '--as-of', '2026-12-01', '--format', 'json'], { cwd: register })).stdout) as { digests: Array<{ reminders: Array<{ kind: string; partnership?: unknown }> }> };
    const inactive = JSON.parse((await runCli(['report', 'inactive', '--as-of', '2026-12-01', '--format', 'json'], { cwd: register })).stdout) as { partnerships: unknown[] };
    const dormant = plan.digests.flatMap((g) => g.reminders).filter((r) => r.kind === 'dormant').map((r) => r.partnership);
    expect(dormant).toEqual(inactive.partnerships);
    expect(dormant.length).toBe(1);
  });
});

describe('hostile record text', () => {
  it('adds no header and no live HTML', async () => {
    const emls = await emlsOf('2026-12-01');
    const [name, raw] = Object.entries(emls)[0] as [string, string];
    expect(name).toBe('2026-12-01-dinas-perikanan-img-src-x-onerror-alert.eml');
    const head = (raw.split('\r\n\r\n')[0] as string).split('\r\n').filter((l) => !/^[ \t]/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
    expect(head).toEqual(['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Language', 'Auto-Submitted', 'X-Auto-Response-Suppress', 'Content-Type']);
    const m = await simpleParser(raw);
    expect(m.headers.has('bcc')).toBe(false);
    expect((m.to as AddressObject).value.map((a) => a.address)).toEqual(['kerjasama@kotacontoh.go.id']);
    expect(m.subject).toContain('Bcc: evil@example.com');
    expect(m.subject).toContain('\\u{2028}');
    expect(m.html).not.toMatch(/<(script|img)\b/i);
    expect(m.html).toContain('&lt;script&gt;alert(&#39;kerjasama&#39;)&lt;/script&gt;');
    expect(m.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the recipients file', () => {
  it('is refused inside the register, where it would be committed and published', async () => {
    writeFileSync(join(register, 'recipients.yaml'), RECIPIENTS);
    const r = await runCli(['remind', '--as-of', '2026-11-22', '--recipients', 'recipients.yaml', '--out', join(work, 'x'), '--lang', 'en'], { cwd: register });
    rmSync(join(register, 'recipients.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kerjasama: recipients.yaml is inside the register: the recipients are personal data \(UU 27\/2022\)/);
  });

  it('says where a problem is, and nothing is written', async () => {
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, 'from: kerjasama@kotacontoh.go.id\nunits:\n  Dinas Pariwisata Kota Contoh: ["x <a@b.c>\\nBcc: evil@example.com"]\n');
    const out = join(work, 'not-written');
    const r = await runCli(['remind', '--as-of', '2026-11-22', '--recipients', bad, '--out', out, '--lang', 'en'], { cwd: register });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:3:34: "x <a@b.c>\\nBcc: evil@example.com" is not an e-mail address like kerjasama@ntbprov.go.id`);
    expect(existsSync(out)).toBe(false);
  });

  it('is needed to write or send, from --recipients or KERJASAMA_RECIPIENTS; the dry run shows no address unless asked', async () => {
    const none = await runCli(['remind', '--as-of', '2026-11-22', '--out', join(work, 'y'), '--lang', 'en'], { cwd: register });
    expect(none).toMatchObject({ code: 2, stderr: 'kerjasama: --out and --smtp need the recipients file: --recipients FILE, or KERJASAMA_RECIPIENTS=FILE (docs/reminders.md)\n' });
    const dry = await runCli(['remind', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: register, env: { KERJASAMA_RECIPIENTS: recipients } });
    expect(dry.stdout).toContain('to: 2 addresses · cc: 1 address');
    expect(dry.stdout).not.toContain('@');
    const shown = await runCli(['remind', '--as-of', '2026-11-22', '--lang', 'en', '--show-addresses'], { cwd: register, env: { KERJASAMA_RECIPIENTS: recipients } });
    expect(shown.stdout).toContain('to: Kepala Dinas Pendidikan <disdik@kotacontoh.go.id>, sekretariat.disdik@kotacontoh.go.id · cc: Bagian Kerja Sama <kerjasama@kotacontoh.go.id>');
  });

  it('never overwrites a day\'s .eml without --force', async () => {
    const out = join(work, 'twice');
    const args = ['remind', '--as-of', '2026-11-22', '--recipients', recipients, '--out', out, '--lang', 'en'];
    expect((await runCli(args, { cwd: register })).code).toBe(0);
    const again = await runCli(args, { cwd: register });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; not overwriting it/);
    expect((await runCli([...args, '--force'], { cwd: register })).code).toBe(0);
  });
});

const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p));
if (!OPENSSL && process.env['CI']) throw new Error('openssl not found: .ci/run installs it with apt-get install -y --no-install-recommends openssl');

describe.skipIf(!OPENSSL)('sending over SMTP to a real server on 127.0.0.1', () => {
  interface Received { from: string; to: string[]; raw: string; secure: boolean; user: string | undefined }
  let received: Received[] = [];
  let cert: string;
  const servers: SMTPServer[] = [];

  /** An SMTP server with STARTTLS (or, with `plain`, none at all) and a password, that keeps what it receives. */
  async function server(opts: { plain?: boolean } = {}): Promise<number> {
    const s = new SMTPServer({
      secure: false,
      key: readFileSync(join(work, 'key.pem')),
      cert: readFileSync(cert),
      ...(opts.plain ? { disabledCommands: ['STARTTLS'], allowInsecureAuth: true } : {}),
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth, _session, cb) {
        if (auth.username === 'biro' && auth.password === 'rahasia-123') cb(null, { user: 'biro' });
        else cb(new Error('Invalid username or password'));
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (b: Buffer) => chunks.push(b));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
            secure: session.secure,
            user: session.user as string | undefined,
          });
          cb();
        });
      },
    });
    servers.push(s);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
    return (s.server.address() as AddressInfo).port;
  }

  beforeAll(() => {
    cert = join(work, 'cert.pem');
    execFileSync(OPENSSL as string, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(work, 'key.pem'), '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
  });

  const env = (): Record<string, string> => ({ KERJASAMA_SMTP_USER: 'biro', KERJASAMA_SMTP_PASSWORD: 'rahasia-123', KERJASAMA_SMTP_CA: cert });

  it('receives each digest over STARTTLS, byte for byte the .eml, and a parser reads it back', async () => {
    const port = await server();
    received = [];
    const asOf = '2026-11-22';
    const r = await runCli(['remind', '--as-of', asOf, '--recipients', recipients, '--smtp', `smtp://127.0.0.1:${port}`, '--lang', 'en'], { cwd: register, env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('sent to 3 addresses (Dinas Pendidikan Kota Contoh)\nsent to 1 address (the cooperation bureau)\n');
    const emls = Object.values(await emlsOf(asOf, ['--lang', 'en']));
    expect(received.map((m) => [m.secure, m.user, m.from, m.to])).toEqual([
      [true, 'biro', 'kerjasama@kotacontoh.go.id', ['disdik@kotacontoh.go.id', 'sekretariat.disdik@kotacontoh.go.id', 'kerjasama@kotacontoh.go.id']],
      [true, 'biro', 'kerjasama@kotacontoh.go.id', ['kerjasama@kotacontoh.go.id']],
    ]);
    // The .eml files are named by unit (biro-kerja-sama sorts first); the server got them in digest order.
    expect(received.map((m) => m.raw.replace(/\r\n$/, '')).sort()).toEqual(emls.map((e) => e.replace(/\r\n$/, '')).sort());
    for (const m of received) {
      const p = await simpleParser(m.raw);
      expect(p.subject).toMatch(/^\[kerjasama\] Cooperation reminders, 22 Nov 2026: 1 for /);
      expect(p.text).toMatch(/^To (Dinas Pendidikan Kota Contoh|the cooperation bureau),\n/);
      expect(p.html).toContain('<!DOCTYPE html>');
      expect(p.attachments.map((a) => a.filename)).toEqual(['kerjasama-2026-11-22.ics']);
    }
    const pendidikan = await simpleParser(received[0]?.raw as string);
    expect((pendidikan.to as AddressObject).value.map((a) => [a.name, a.address])).toEqual([['Kepala Dinas Pendidikan', 'disdik@kotacontoh.go.id'], ['', 'sekretariat.disdik@kotacontoh.go.id']]);
    expect((pendidikan.cc as AddressObject).value.map((a) => [a.name, a.address])).toEqual([['Bagian Kerja Sama', 'kerjasama@kotacontoh.go.id']]);
  });

  it('refuses to send without TLS (a server that offers no STARTTLS), and says so', async () => {
    const port = await server({ plain: true });
    received = [];
    const r = await runCli(['remind', '--as-of', '2026-11-22', '--recipients', recipients, '--smtp', `smtp://127.0.0.1:${port}`, '--lang', 'en'], { cwd: register, env: env() });
    expect(r.code).toBe(2);
    expect(received).toEqual([]);
    expect(r.stderr).toMatch(/NOT sent to 3 addresses \(Dinas Pendidikan Kota Contoh\): .*STARTTLS/);
    expect(r.stderr).toContain('2 of 2 digests could not be sent');
  });

  it('reports a wrong password per digest, with exit code 2', async () => {
    const port = await server();
    received = [];
    const r = await runCli(['remind', '--as-of', '2026-11-22', '--recipients', recipients, '--smtp', `smtp://127.0.0.1:${port}`, '--lang', 'en'], { cwd: register, env: { ...env(), KERJASAMA_SMTP_PASSWORD: 'salah' } });
    expect(r.code).toBe(2);
    expect(received).toEqual([]);
    expect(r.stderr).toMatch(/Invalid username or password/);
  });

  it('takes credentials from the environment only', async () => {
    const inUrl = await runCli(['remind', '--as-of', '2026-11-22', '--recipients', recipients, '--smtp', 'smtp://biro:rahasia@127.0.0.1:25', '--lang', 'en'], { cwd: register });
    expect(inUrl).toMatchObject({ code: 2, stderr: 'kerjasama: --smtp must carry no user name or password: set KERJASAMA_SMTP_USER and KERJASAMA_SMTP_PASSWORD in the environment (in CI, secrets)\n' });
    const half = await runCli(['remind', '--as-of', '2026-11-22', '--recipients', recipients, '--smtp', 'smtp://127.0.0.1:25', '--lang', 'en'], { cwd: register, env: { KERJASAMA_SMTP_USER: 'biro' } });
    expect(half.stderr).toBe('kerjasama: KERJASAMA_SMTP_USER and KERJASAMA_SMTP_PASSWORD go together: set both, or neither\n');
    const scheme = await runCli(['remind', '--as-of', '2026-11-22', '--smtp', 'http://127.0.0.1', '--lang', 'en'], { cwd: register });
    expect(scheme.stderr).toMatch(/^kerjasama: --smtp takes smtp:\/\/HOST\[:PORT\] \(STARTTLS/);
  });
});
