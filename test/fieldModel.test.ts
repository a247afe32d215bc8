// Issue 19: a field added to the field model (schema, one descriptor, its words) shows up everywhere
// without more work. document_date (tanggal naskah) was added that way; here it goes through new,
// import, list in every format, show and the site.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRegister, runCli } from './helpers.js';

afterAll(cleanup);

const SHIZUOKA = 'name: Shizuoka\ntype: foreign_subnational\ncountry: JP\n';
const AS_OF = ['--as-of', '2026-11-22'];

describe('a field of the model, everywhere', () => {
  it('document_date: new writes it, list has it in every format, show and the site label it in both languages', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const made = await runCli(['new', 'agreement', 'mou', '--title', 'MoU', '--category', 'KSDPL', '--document-type', 'mou', '--partners', 'shizuoka', '--signed', '2017-11-02', '--document-date', '2017-10', '--end', '5y', ...AS_OF], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(join(dir, 'data/agreements/mou.yaml'), 'utf8')).toContain('document_date: 2017-10\n');

    const json = JSON.parse((await runCli(['list', 'agreements', '-f', 'json', ...AS_OF], { cwd: dir })).stdout);
    expect(json.records[0]).toMatchObject({ document_date: '2017-10', document_date_uncertain: true });
    const csv = (await runCli(['list', 'agreements', '-f', 'csv', ...AS_OF], { cwd: dir })).stdout;
    expect(csv.split('\n')[0]).toContain('document_date,document_date_uncertain');
    const md = (await runCli(['list', 'agreements', '-f', 'markdown', '--lang', 'id', ...AS_OF], { cwd: dir })).stdout;
    expect(md).toContain('tanggal naskah');
    const table = (await runCli(['list', 'agreements', '--lang', 'en', ...AS_OF], { cwd: dir, columns: 400 })).stdout;
    expect(table).toContain('document date');
    expect(table).toContain('Oct 2017*');
    const xlsx = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'list.xlsx');
    expect((await runCli(['list', 'agreements', '-f', 'xlsx', '-o', xlsx, ...AS_OF], { cwd: dir })).code).toBe(0);

    const show = (await runCli(['show', 'mou', '--lang', 'id', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(show).toMatch(/tanggal naskah\s+│ Okt 2017\*/);

    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'id/agreements/mou.html'), 'utf8')).toContain('<dt>tanggal naskah</dt><dd>Okt 2017</dd>');
    expect(readFileSync(join(out, 'en/agreements/mou.html'), 'utf8')).toContain('<dt>document date</dt>');

    // The workbook the list wrote imports back into an empty register with the field.
    const empty = makeRegister({});
    const back = await runCli(['import', xlsx, '--yes', ...AS_OF], { cwd: empty });
    expect(back.code, back.stderr).toBe(0);
    const listed = JSON.parse((await runCli(['list', 'agreements', '-f', 'json', ...AS_OF], { cwd: empty })).stdout);
    expect(listed.records[0].document_date).toBe('2017-10');
  });

  it('import reads a "Tanggal Naskah" column into document_date, not as the signing date', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const csv = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'daftar.csv');
    writeFileSync(csv, 'Judul,Mitra,Kategori,Jenis Dokumen,Tanggal Naskah,Tanggal Penandatanganan,Status\nMoU Shizuoka,Shizuoka,KSDPL,MoU,2017-10-20,2017-11-02,aktif\n');
    const r = await runCli(['import', csv, '--yes', ...AS_OF], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rec = JSON.parse((await runCli(['show', 'shizuoka-mou-2017', '-f', 'json', ...AS_OF], { cwd: dir })).stdout).records[0].data;
    expect(rec.document_date).toBe('2017-10-20');
    expect(rec.signatures[0].date).toBe('2017-11-02');
  });

  // Issue 20: the fields real registers need, each added through the model (schema, descriptor, words).
  it('extendable_by ("4 years, extendable by 4"): new writes it, show and the site label it, import reads "4 tahun"', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA });
    const made = await runCli(['new', 'agreement', 'mou', '--title', 'MoU', '--category', 'KSDPL', '--document-type', 'mou', '--partners', 'shizuoka', '--signed', '2017-11-02', '--end', '4y', '--extendable-by', '4y', ...AS_OF], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(join(dir, 'data/agreements/mou.yaml'), 'utf8')).toContain('extendable_by: 4y\n');
    const show = (await runCli(['show', 'mou', '--lang', 'id', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(show).toMatch(/dapat diperpanjang selama\s+│ 4 tahun/);
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'en/agreements/mou.html'), 'utf8')).toContain('<dt>extendable by</dt><dd>4 years</dd>');

    const csv = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'daftar.csv');
    writeFileSync(csv, 'Judul,Mitra,Kategori,Jenis Dokumen,Tanggal Penandatanganan,Jangka Waktu,Dapat Diperpanjang,Status\nMoU 2019,Shizuoka,KSDPL,MoU,2019-05-02,4 tahun,4 (empat) tahun,aktif\n');
    const r = await runCli(['import', csv, '--yes', '--lang', 'en', ...AS_OF], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const imported = JSON.parse((await runCli(['list', 'agreements', '-f', 'json', ...AS_OF], { cwd: dir })).stdout).records.find((x: { title: string }) => x.title === 'MoU 2019');
    const rec = JSON.parse((await runCli(['show', imported.id, '-f', 'json', ...AS_OF], { cwd: dir })).stdout).records[0].data;
    expect([rec.end, rec.extendable_by]).toEqual([{ term: '4y' }, '4y']);
  });

  it('an activity of unknown type and date, and a recurring one: new writes them, show and the site say "not known" and "recurs"', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/mou.yaml': 'title: MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\neffective: 1985-04-01\nend: none\nstatus: active\napprovals: {dprd: {status: unknown, reason: r}, central: {status: not_applicable, reason: r}}\n' });
    const u = await runCli(['new', 'activity', 'aid', '--title', 'Bantuan bencana', '--type', 'unknown', '--start', 'unknown', '--agreements', 'mou', ...AS_OF], { cwd: dir });
    expect(u.code, u.stderr).toBe(0);
    expect(readFileSync(join(dir, 'data/activities/aid.yaml'), 'utf8')).toMatch(/type: unknown\n[^]*start: unknown\n/);
    const m = await runCli(['new', 'activity', 'meeting', '--title', 'Rapat tahunan', '--type', 'meeting', '--start', '~1990', '--recurs', 'every=1y,latest=2025-09', '--agreements', 'mou', ...AS_OF], { cwd: dir });
    expect(m.code, m.stderr).toBe(0);
    expect(readFileSync(join(dir, 'data/activities/meeting.yaml'), 'utf8')).toContain('recurs:\n  every: 1y\n  latest: 2025-09\n');
    const show = (await runCli(['show', 'aid', '--lang', 'id', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(show).toMatch(/jenis\s+│ jenis tidak diketahui \(unknown\)/);
    expect(show).toMatch(/mulai\s+│ tidak diketahui/);
    const shown = (await runCli(['show', 'meeting', '--lang', 'en', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(shown).toContain('recurs every: 1 year');
    expect(shown).toContain('latest occurrence on record: Sep 2025');
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'id/activities/aid.html'), 'utf8')).toContain('<dt>mulai</dt><dd>tidak diketahui</dd>');
  });

  it('a signature whose signing party the document does not name: validate accepts it, and its date still starts the agreement', async () => {
    const dir = makeRegister({ 'data/partners/shizuoka.yaml': SHIZUOKA, 'data/agreements/mou.yaml': 'title: MoU\ncategory: KSDPL\ndocument_type: mou\npartners: [shizuoka]\nsignatures:\n  - date: 1992-05\n    place: Mataram\nend: none\nstatus: active\n' });
    const v = await runCli(['validate', ...AS_OF], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
    const rec = JSON.parse((await runCli(['list', 'agreements', '-f', 'json', ...AS_OF], { cwd: dir })).stdout).records[0];
    expect([rec.start, rec.derived_status]).toEqual(['1992-05', 'in_force']);
    const show = (await runCli(['show', 'mou', '--lang', 'en', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(show).toContain('signed on: May 1992*');
  });
  // Issue 23: identifiers on partners, through the model (schema, descriptor, words).
  it('ids (kode wilayah, ISO 3166-2, Wikidata): new writes them, list has them in JSON and CSV, show and the site label them', async () => {
    const dir = makeRegister({});
    const made = await runCli(['new', 'partner', 'mataram', '--name', 'Kota Mataram', '--type', 'city', '--country', 'ID', '--ids', 'kemendagri=52.71', ...AS_OF], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(join(dir, 'data/partners/mataram.yaml'), 'utf8')).toMatch(/ids:\n  kemendagri: ['"]?52\.71['"]?\n/);
    writeFileSync(join(dir, 'data/partners/shizuoka.yaml'), SHIZUOKA + 'ids:\n  iso3166_2: JP-22\n');
    expect((await runCli(['validate', ...AS_OF], { cwd: dir })).code).toBe(0);

    const json = JSON.parse((await runCli(['list', 'partners', '-f', 'json', ...AS_OF], { cwd: dir })).stdout);
    const byId = Object.fromEntries(json.records.map((r: { id: string }) => [r.id, r]));
    expect(JSON.stringify(byId.mataram)).toContain('52.71');
    expect(JSON.stringify(byId.shizuoka)).toContain('JP-22');
    const csv = (await runCli(['list', 'partners', '-f', 'csv', ...AS_OF], { cwd: dir })).stdout;
    expect(csv.split('\n')[0]).toContain('ids_kemendagri,ids_iso3166_2,ids_wikidata');
    expect(csv).toContain('52.71');
    expect(csv).toContain('JP-22');
    expect(byId.mataram).toMatchObject({ ids_kemendagri: '52.71', ids_iso3166_2: null, ids_wikidata: null });
    const table = (await runCli(['list', 'partners', '--lang', 'id', ...AS_OF], { cwd: dir, columns: 400 })).stdout;
    expect(table).toContain('kode wilayah (Kemendagri)');

    const show = (await runCli(['show', 'mataram', '--lang', 'id', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(show).toMatch(/kode pengenal\s+│ kode wilayah \(Kemendagri\): 52\.71/);
    const shown = (await runCli(['show', 'shizuoka', '--lang', 'en', ...AS_OF], { cwd: dir, columns: 200 })).stdout;
    expect(shown).toMatch(/identifiers\s+│ ISO 3166-2 code: JP-22/);
    const out = join(mkdtempSync(join(tmpdir(), 'kerjasama-fm-')), 'site');
    expect((await runCli(['site', '--out', out, ...AS_OF], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(out, 'en/partners/shizuoka.html'), 'utf8')).toContain('JP-22');
  });
});
