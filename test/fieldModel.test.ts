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
});
