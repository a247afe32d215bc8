// kerjasama new: a record from flags or from questions, with a suggested id; checked against the whole
// register before it is written; never over an existing file; written atomically.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNewFile } from '../src/cli/common.js';
import { slug } from '../src/model/ids.js';
import { regionId, uniqueId } from '../src/scaffold/ids.js';
import { cleanup, diagnosticsOf, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const SHIZUOKA = 'name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const KALTIM = 'name: Provinsi Kalimantan Timur\ntype: province\ncountry: ID\n';

describe('ids', () => {
  it('suggests short, lower-case ASCII ids without diacritics', () => {
    expect(slug('Kota Bogor – Sèvres: coopération 2026')).toBe('kota-bogor-sevres-cooperation-2026');
    expect(slug('Jawa Barat–Shizuoka, PKS pelatihan bahasa dan budaya Jepang serta pertukaran dosen').length).toBeLessThanOrEqual(40);
    expect(slug('Jawa Barat–Shizuoka, PKS pelatihan bahasa dan budaya Jepang')).toBe('jawa-barat-shizuoka-pks-pelatihan-bahasa');
    expect(slug('静岡県')).toBe('');
    // Letters with no Unicode decomposition keep their sound (issue 13: Đà Nẵng lost its D).
    expect(slug('Thành phố Đà Nẵng')).toBe('thanh-pho-da-nang');
    expect(slug('Łódź Straße Ørsted Æbeltoft')).toBe('lodz-strasse-orsted-aebeltoft');
    // A closing year survives the cut.
    expect(slug('NTB–Kalimantan Timur, Kesepakatan Bersama 2026')).toBe('ntb-kalimantan-timur-kesepakatan-2026');
    // A cut id does not end on a joining word (ke, dan, of …) left hanging by the cut.
    expect(slug('Kunjungan delegasi Kyōtanabe ke Sleman 2026')).toBe('kunjungan-delegasi-kyotanabe-2026');
    expect(slug('Jawa Barat–Shizuoka, PKS pelatihan bahasa dan budaya Jepang serta pertukaran dosen')).toBe('jawa-barat-shizuoka-pks-pelatihan-bahasa');
    expect(regionId('Provinsi Nusa Tenggara Barat')).toBe('nusa-tenggara-barat');
    expect(regionId('Pemerintah Kota Bogor')).toBe('bogor');
  });

  it('adds -2, -3 … when the id is taken, and falls back to the kind', () => {
    const taken = new Set(['shizuoka', 'shizuoka-2']);
    expect(uniqueId('shizuoka', (i) => taken.has(i), 'partner')).toBe('shizuoka-3');
    expect(uniqueId('', () => false, 'partner')).toBe('partner');
  });
});

describe('kerjasama new', () => {
  it('writes a partner from flags, with a suggested id, and the register still validates', async () => {
    const dir = makeRegister({});
    const r = await runCli(['new', 'partner', '--name', 'Prefektur Shizuoka', '--type', 'foreign_subnational', '--country', 'jp'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('data/partners/prefektur-shizuoka.yaml\n');
    expect(readFileSync(join(dir, 'data/partners/prefektur-shizuoka.yaml'), 'utf8')).toBe('name: Prefektur Shizuoka\ntype: foreign_subnational\ncountry: JP\n');
    expect(await diagnosticsOf(dir)).toEqual([]);
  });

  it('suggests the next free id when the name is taken', async () => {
    const dir = makeRegister({ 'data/partners/prefektur-shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'partner', '--name', 'Prefektur Shizuoka', '--type', 'foreign_subnational', '--country', 'JP', '--region', 'Chubu'], { cwd: dir });
    expect(r.stdout).toBe('data/partners/prefektur-shizuoka-2.yaml\n');
    // Same name twice: written (it is only a warning), and the warning is shown.
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning[partner-duplicate]');
  });

  it('writes an agreement with one signature per party and a status from the signing date', async () => {
    const dir = makeRegister({ 'data/partners/kaltim.yaml': KALTIM });
    const r = await runCli(['new', 'agreement', '--title', 'NTB–Kalimantan Timur, Kesepakatan Bersama 2026', '--category', 'ksdd', '--subform', 'sukarela', '--document-type', 'mou', '--partners', 'kaltim', '--signed', '2026-03-02', '--end', '5y', '--sectors', 'pariwisata,perdagangan'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = 'data/agreements/ntb-kalimantan-timur-kesepakatan-2026.yaml';
    expect(r.stdout).toBe(file + '\n');
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toContain('partners: [kaltim]\n');
    expect(text).toContain('end: {term: 5y}\n');
    expect(parse(text)).toEqual({
      title: 'NTB–Kalimantan Timur, Kesepakatan Bersama 2026', category: 'KSDD', subform: 'sukarela', document_type: 'mou', partners: ['kaltim'],
      signatures: [{ party: 'ntb', date: '2026-03-02' }, { party: 'kaltim', date: '2026-03-02' }],
      end: { term: '5y' }, status: 'active', sectors: ['pariwisata', 'perdagangan'],
    });
    expect(await diagnosticsOf(dir)).toEqual([]);
  });

  it('refuses to write a record with errors, showing them with their line (exit 1)', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'agreement', 'ntb-shizuoka', '--title', 'NTB–Shizuoka', '--category', 'KSDD', '--document-type', 'mou', '--partners', 'shizuoka,shizuoka-pref', '--sectors', 'pariwsata'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error[unknown-partner]');
    expect(r.stderr).toContain('--> data/agreements/ntb-shizuoka.yaml:4:22');
    expect(r.stderr).toContain('error[category-partner]');
    expect(r.stderr).toContain('Did you mean `pariwisata`?');
    expect(r.stderr).toContain('was not written');
    expect(existsSync(join(dir, 'data/agreements'))).toBe(false);
  });

  it('a sector written as the reports name it (--sectors "Pekerjaan Umum dan Penataan Ruang"): the id it names', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'activity', '--title', 'Kunjungan', '--type', 'visit', '--start', '2026-10-05', '--partners', 'shizuoka', '--sectors', 'pendidikan,Pekerjaan Umum dan Penataan Ruang', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sectors: "Pekerjaan Umum dan Penataan Ruang" is not a sector id like pariwisata (see docs/sectors.md); did you mean pekerjaan_umum?');
  });

  it('its problems fit the terminal as validate\'s do (COLUMNS=80)', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'activity', '--title', 'Kunjungan', '--type', 'visit', '--start', '2026-10-05', '--partners', 'shizuoka-pref'], { cwd: dir, env: { COLUMNS: '80' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[unknown-partner]');
    const problems = r.stderr.split('\n').filter((l) => !l.startsWith('kerjasama: '));
    expect(problems.filter((l) => [...l].length > 80)).toEqual([]);
  });

  it('--partners written as the partner\'s name (Prefektur Shizuoka, Shizuoka): the id it names', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'activity', '--title', 'Kunjungan', '--type', 'visit', '--start', '2026-10-05', '--partners', 'Prefektur Shizuoka', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--partners: "Prefektur Shizuoka" is not an id (lower-case letters, digits, - _ . between them); did you mean shizuoka?');
    const cap = await runCli(['new', 'activity', '--title', 'Kunjungan', '--type', 'visit', '--start', '2026-10-05', '--partners', 'Shizuoka', '--dry-run'], { cwd: dir });
    expect(cap.stderr).toContain('did you mean shizuoka?');
  });

  it('--end unknown: an end nobody knows is no --end at all', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'agreement', '--title', 'MoU', '--category', 'KSDPL', '--document-type', 'mou', '--partners', 'shizuoka', '--signed', '~2015', '--end', 'unknown', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('; an end nobody knows is not written: leave --end out');
  });

  it('--dry-run prints the YAML and writes nothing', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'activity', '--title', 'Kunjungan ke Shizuoka', '--type', 'visit', '--start', '2026-10-05', '--partners', 'shizuoka', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('title: Kunjungan ke Shizuoka\ntype: visit\nstart: 2026-10-05\npartners: [shizuoka]\n');
    expect(existsSync(join(dir, 'data/activities'))).toBe(false);
  });

  it('never overwrites: an id that exists stops it (exit 2), the file untouched', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'partner', 'shizuoka', '--name', 'Shizuoka', '--type', 'foreign_subnational', '--country', 'JP'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a partner with the id shizuoka exists');
    expect(readFileSync(join(dir, 'data/partners/shizuoka.yaml'), 'utf8')).toBe(SHIZUOKA);
  });

  it('writeNewFile fails on an existing file even when it appeared meanwhile, and leaves no temporary file', () => {
    const dir = makeRegister({});
    const path = join(dir, 'data', 'x.yaml');
    writeFileSync(path, 'first\n');
    expect(() => writeNewFile(path, 'second\n', 'data/x.yaml')).toThrow('data/x.yaml exists');
    expect(readFileSync(path, 'utf8')).toBe('first\n');
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['partners', 'x.yaml']);
  });

  it('on a terminal, a code answered in words (kunjungan) is asked again with its code suggested: Enter takes it', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'activity', '--title', 'Kunjungan', '--start', '2026-07-20', '--partners', 'shizuoka'], { cwd: dir, answers: ['kunjungan', '', '', '', 'n', ''] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('(did you mean visit?)');
    expect(r.questions?.slice(0, 2)).toEqual([
      'Type (visit, exchange, training, scholarship, trade_mission, exhibition, cultural_event, sports_event, technical_project, investment, grant, meeting, other, unknown): ',
      'Type (visit, exchange, training, scholarship, trade_mission, exhibition, cultural_event, sports_event, technical_project, investment, grant, meeting, other, unknown) [visit]: ',
    ]);
    expect(parse(readFileSync(join(dir, 'data/activities/kunjungan.yaml'), 'utf8'))).toMatchObject({ type: 'visit' });
    // A country answered by its name: the same, with its code.
    const p = await runCli(['new', 'partner', '--name', 'Kota Kyoto', '--type', 'foreign_subnational'], { cwd: dir, answers: ['Jepang', '', 'n', ''] });
    expect(p.code, p.stderr).toBe(0);
    expect(p.questions?.[1]).toBe('Country (ISO code: ID, JP, AU …) [JP]: ');
    expect(parse(readFileSync(join(dir, 'data/partners/kota-kyoto.yaml'), 'utf8'))).toMatchObject({ country: 'JP' });
  });

  it('without a terminal, names the missing flags; it rejects flags of another kind and bad values', async () => {
    const dir = makeRegister({});
    const a = await runCli(['new', 'partner', '--name', 'X'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('kerjasama: new partner needs --type, --country (no terminal to ask on)\n');
    const b = await runCli(['new', 'activity', '--title', 'X', '--type', 'visit', '--start', '2026-01-01'], { cwd: dir });
    expect(b.stderr).toContain('--agreements or --partners');
    const c = await runCli(['new', 'partner', '--title', 'X'], { cwd: dir });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('new partner does not take --title');
    const d = await runCli(['new', 'partner', '--name', 'X', '--type', 'town', '--country', 'ID'], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--type must be one of province, regency, city');
    expect(d.stderr).not.toContain('did you mean');
    // A typo of a known value is named (the closest one), in the run's language.
    const t = await runCli(['new', 'partner', '--name', 'X', '--type', 'foriegn_subnational', '--country', 'ID', '--lang', 'id'], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('bukan "foriegn_subnational" (maksud Anda foreign_subnational?)');
    const e = await runCli(['new', 'meeting'], { cwd: dir });
    expect(e.code).toBe(2);
    expect(readdirSync(join(dir, 'data'))).toEqual(['partners']);
  });

  it('asks for missing values on a terminal, re-asking after a bad answer', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/ntb-shizuoka.yaml': 'title: NTB–Shizuoka\ncategory: KSDPL\ndocument_type: loi\npartners: [shizuoka]\nstatus: signed\n' });
    const r = await runCli(['new', 'activity', '--type', 'exchange'], { cwd: dir, answers: ['Pertukaran pelajar 2026', '2026-13-01', '2026-07-20', 'ntb-shizuoka', 'pendidikan, kebudayaan', 'n', ''] });
    expect(r.stderr).toContain('--start must be a date');
    expect(r.code).toBe(0);
    expect(r.questions).toEqual([
      'Title: ',
      'Date (or first day; unknown if nobody knows): ',
      'Date (or first day; unknown if nobody knows): ',
      'Agreement ids it implements, comma-separated (optional, Enter to skip): ',
      'Sectors, comma-separated (docs/sectors.md) (optional, Enter to skip): ',
      "Add details now (place, participants, budget, outputs, evidence, notes …)? [y/N] ",
      'Id (the file name in data/activities/) [pertukaran-pelajar-2026]: ',
    ]);
    expect(parse(readFileSync(join(dir, 'data/activities/pertukaran-pelajar-2026.yaml'), 'utf8'))).toEqual({
      title: 'Pertukaran pelajar 2026', type: 'exchange', agreements: ['ntb-shizuoka'], start: '2026-07-20', sectors: ['pendidikan', 'kebudayaan'],
    });
  });

  it('writes a real agreement from flags: a signature per party, effective date, notes, sources, original title, approvals', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'agreement', 'ntb-shizuoka-mou-2025', '--as-of', '2026-11-22', '--title', 'NTB–Shizuoka, MoU 2025', '--original-title', 'Memorandum Saling Pengertian antara Pemerintah Provinsi NTB dan Prefektur Shizuoka',
      '--category', 'KSDPL', '--subform', 'provinsi_kembar', '--document-type', 'mou', '--partners', 'shizuoka',
      '--signature', 'party=ntb,date=2025-10-14,place=Shizuoka, Jepang,title=Gubernur NTB,number=000.5.2/14/KS/2025', '--signature', 'party=shizuoka,date=2025-10-20,place=Shizuoka',
      '--effective', '2025-11-01', '--end', '5y', '--renews-every', '5y', '--status', 'active', '--confirmed', '2026-06',
      '--dprd', 'number=170/9/KPTS/DPRD/2025,date=2025-06-20', '--central', 'status=unknown,reason=Surat Kemendagri belum ditemukan di arsip',
      '--objects', 'pertukaran_budaya', '--scope', 'Pertukaran pelajar', '--scope', 'Promosi pariwisata', '--sectors', 'pendidikan,pariwisata',
      '--source', 'Surat Gubernur NTB No. 000.5.2/14/KS/2025', '--source', 'https://example.org/berita', '--notes', 'Tanggal ratifikasi Shizuoka dari surat balasan.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-mou-2025.yaml'), 'utf8'))).toEqual({
      title: 'NTB–Shizuoka, MoU 2025', original_title: 'Memorandum Saling Pengertian antara Pemerintah Provinsi NTB dan Prefektur Shizuoka',
      category: 'KSDPL', subform: 'provinsi_kembar', document_type: 'mou', partners: ['shizuoka'],
      signatures: [
        { party: 'ntb', date: '2025-10-14', place: 'Shizuoka, Jepang', signatory_title: 'Gubernur NTB', number: '000.5.2/14/KS/2025' },
        { party: 'shizuoka', date: '2025-10-20', place: 'Shizuoka' },
      ],
      effective: '2025-11-01', end: { term: '5y' }, renews_every: '5y', status: 'active', confirmed: '2026-06',
      sectors: ['pendidikan', 'pariwisata'], objects: ['pertukaran_budaya'], scope: ['Pertukaran pelajar', 'Promosi pariwisata'],
      approvals: { dprd: { number: '170/9/KPTS/DPRD/2025', date: '2025-06-20' }, central: { status: 'unknown', reason: 'Surat Kemendagri belum ditemukan di arsip' } },
      sources: ['Surat Gubernur NTB No. 000.5.2/14/KS/2025', 'https://example.org/berita'],
      notes: 'Tanggal ratifikasi Shizuoka dari surat balasan.',
    });
    expect(await diagnosticsOf(dir)).toEqual([]);
  });

  it('an activity whose date nobody knows: --start unknown; a long note is a folded block, not one long line', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const note = 'Known from the governor\'s speech of 2019 only: a joint meeting every year since about 1990, with scholarships and disaster aid; no date of any one meeting is on record.';
    const r = await runCli(['new', 'activity', 'joint-meeting', '--title', 'Joint meeting', '--type', 'meeting', '--start', 'unknown', '--partners', 'shizuoka', '--notes', note], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'data/activities/joint-meeting.yaml'), 'utf8');
    expect(text).toContain('start: unknown\n');
    expect(text).toContain('notes: >-\n  Known from');
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(parse(text).notes).toBe(note);
    expect(await diagnosticsOf(dir)).toEqual([]);
    const bad = await runCli(['new', 'activity', 'x', '--title', 'X', '--type', 'meeting', '--start', 'someday', '--partners', 'shizuoka'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('or unknown when nobody knows');
  });

  it('refuses a malformed key=value flag, naming the keys it takes', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const r = await runCli(['new', 'agreement', '--title', 'T', '--category', 'KSDPL', '--document-type', 'mou', '--partners', 'shizuoka', '--status', 'draft', '--dprd', 'nomor=12'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dprd takes key=value pairs with the keys number, date, by, notes, status, reason');
  });

  it('on a terminal, details ask each party for its own signature', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const answers = ['NTB–Shizuoka LoI', 'KSDPL', 'loi', 'shizuoka', '2016-11-19', '', 'signed', '', 'y',
      // details, in order: original title, document date, planned signing, effective, renews every, extendable by, confirmed, termination, objects, scope, dprd, central, full powers, document, source, notes
      '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'Arsip Biro Pemerintahan, map 2016', '',
      // each party: date (suggested from --signed), place, number
      '', 'Bandung', '', '2016-11-25', 'Shizuoka', '',
      // the id
      ''];
    const r = await runCli(['new', 'agreement', '--as-of', '2026-11-22'], { cwd: dir, answers });
    expect(r.code, r.stderr).toBe(0);
    const rec = parse(readFileSync(join(dir, 'data/agreements/ntb-shizuoka-loi.yaml'), 'utf8'));
    expect(r.questions).toContain('  shizuoka: signed on [2016-11-19]: ');
    expect(rec.signatures).toEqual([{ party: 'ntb', date: '2016-11-19', place: 'Bandung' }, { party: 'shizuoka', date: '2016-11-25', place: 'Shizuoka' }]);
    expect(rec.sources).toEqual(['Arsip Biro Pemerintahan, map 2016']);
  });
});
