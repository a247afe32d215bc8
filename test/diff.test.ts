// kerjasama diff against real git repositories built here: records added, changed, removed and renamed,
// consequences (dangling references, earlier ends, agreements that stop being in force, dormancy), and
// the validation delta. Also: no checkout happens, bad revisions and non-repositories are exit 2.

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, renameSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, exampleRegister, git, GIT_ENV, gitRepo as repo, makeRegister, REPO, runCli, writeFiles as write, type Files } from './helpers.js';

afterAll(cleanup);

function commit(dir: string, message = 'change'): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

const P = (name: string, country = 'JP', type = 'foreign_subnational'): string => `name: ${name}\ntype: ${type}\ncountry: ${country}\n`;
const AG = (fields: Record<string, string> = {}): string =>
  Object.entries({
    title: 'NTB–Shizuoka MoU', category: 'KSDPL', subform: 'provinsi_kembar', document_type: 'mou', partners: '[shizuoka]',
    signatures: '[{ party: ntb, date: 2022-11-30 }, { party: shizuoka, date: 2022-11-30 }]',
    end: '2027-11-29', status: 'active', sectors: '[pariwisata, pendidikan]', ...fields,
  }).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
const ACT = (agreement: string, start: string, title = 'Visit'): string => `title: ${title}\nagreements: [${agreement}]\ntype: visit\nstatus: held\nstart: ${start}\n`;

const BASE: Files = {
  'data/partners/shizuoka.yaml': P('Prefektur Shizuoka'),
  'data/partners/osaka.yaml': P('Osaka Prefecture'),
  'data/agreements/ntb-shizuoka.yaml': AG(),
  'data/agreements/ntb-osaka.yaml': AG({ title: 'NTB–Osaka MoU', partners: '[osaka]', signatures: '[{ party: ntb, date: 2023-01-10 }, { party: osaka, date: 2023-01-10 }]', end: '2028-01-09' }),
  'data/activities/shizuoka-visit-2026.yaml': ACT('ntb-shizuoka', '2026-03-01'),
  'data/activities/osaka-visit-2026.yaml': ACT('ntb-osaka', '2026-05-01', 'Osaka delegation'),
};

interface DiffJson {
  counts: Record<string, number>;
  attention: Array<{ type: string; id?: string; message: string; referencedBy?: Array<{ id: string }> }>;
  records: Array<{ kind: string; id: string; change: string; from?: string; label: string; fields: Array<{ type: string; message: string }> }>;
  activitiesAdded: Array<{ agreement: string; activities: Array<{ id: string }> }>;
  validation: { introduced: Array<{ code: string; file: string; line: number | null }>; fixed: Array<{ code: string; file: string }> };
}

async function diffJson(dir: string, args: string[]): Promise<{ code: number; json: DiffJson; stderr: string }> {
  const r = await runCli(['diff', ...args, '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, json: JSON.parse(r.stdout) as DiffJson, stderr: r.stderr };
}

describe('kerjasama diff', () => {
  it('says what changed in domain terms: added, changed field by field, renamed, removed, activities per agreement', async () => {
    const dir = repo(BASE);
    write(dir, {
      'data/agreements/ntb-shizuoka.yaml': AG({ end: '2032-11-29', sectors: '[pariwisata, kebudayaan]' }),
      'data/partners/shizuoka.yaml': P('Shizuoka Prefecture'),
      'data/partners/gyeongnam.yaml': P('Gyeongsangnam-do', 'KR'),
      'data/activities/shizuoka-visit-2026b.yaml': ACT('ntb-shizuoka', '2026-10-01', 'Return visit'),
      'data/activities/shizuoka-visit-2026c.yaml': ACT('ntb-shizuoka', '2026-09-01', 'Teacher exchange'),
    });
    renameSync(join(dir, 'data/activities/osaka-visit-2026.yaml'), join(dir, 'data/activities/osaka-delegation-2026.yaml'));
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(0);
    const byId = Object.fromEntries(json.records.map((r) => [r.id, r]));
    expect(byId['ntb-shizuoka']?.change).toBe('changed');
    expect(byId['ntb-shizuoka']?.fields.map((f) => f.message)).toEqual(['end date extended from 29 Nov 2027 to 29 Nov 2032', 'sectors: added Culture (kebudayaan); removed Education (pendidikan)']);
    expect(byId['ntb-shizuoka']?.fields[1]).toMatchObject({ added: ['kebudayaan'], removed: ['pendidikan'] });
    expect(byId['shizuoka']?.fields.map((f) => f.message)).toEqual(['renamed from “Prefektur Shizuoka” to “Shizuoka Prefecture”']);
    expect(byId['gyeongnam']?.change).toBe('added');
    expect(byId['osaka-delegation-2026']).toMatchObject({ change: 'renamed', from: 'osaka-visit-2026' });
    expect(json.activitiesAdded).toEqual([expect.objectContaining({ agreement: 'ntb-shizuoka', activities: [expect.objectContaining({ id: 'shizuoka-visit-2026c' }), expect.objectContaining({ id: 'shizuoka-visit-2026b' })] })]);
    expect(json.counts).toEqual({ added: 3, removed: 0, renamed: 1, changed: 2 });
    // The signed end moved later by an edit: the reviewer is asked whether it is an extension (a new document).
    expect(json.attention.map((a) => a.type)).toEqual(['end-later']);
    // Ten years from signing is longer than the default maximum term: a warning the change introduces.
    expect(json.validation.introduced.map((d) => d.code)).toEqual(['term-too-long']);
  });

  it('an invalid new activity is an added record with problems, not an activity "with no agreement" titled by its id', async () => {
    const dir = repo(BASE);
    // Its agreement named, but a status the schema does not know: the record is left out of the dataset.
    write(dir, { 'data/activities/shizuoka-visit-2027.yaml': ACT('ntb-shizuoka', '2027-03-01', 'Planned visit').replace('status: held', 'status: done') });
    const { json } = await diffJson(dir, ['HEAD']);
    expect(json.activitiesAdded).toEqual([]);
    expect(json.records).toEqual([expect.objectContaining({ kind: 'activity', id: 'shizuoka-visit-2027', change: 'added' })]);
    expect(json.validation.introduced.map((d) => d.file)).toEqual(['data/activities/shizuoka-visit-2027.yaml']);
    for (const lang of ['en', 'id']) {
      const text = (await runCli(['diff', 'HEAD', '--lang', lang, '--as-of', '2026-11-22'], { cwd: dir })).stdout;
      expect(text).not.toMatch(/with no agreement|tanpa perjanjian/);
      expect(text).toMatch(lang === 'en' ? /\+ shizuoka-visit-2027.* \(invalid\)/ : /\+ shizuoka-visit-2027.* \(bermasalah\)/);
    }
  });

  it('a new record with errors is named by its title or name, as a valid one is, and still said to be invalid', async () => {
    const dir = repo(BASE);
    write(dir, {
      // Schema errors only: the YAML reads, its title is there.
      'data/agreements/ntb-kyoto.yaml': AG({ title: 'NTB–Kyoto MoU', partners: '[kyoto]', status: 'done' }),
      'data/partners/kyoto.yaml': P('Kota Kyoto').replace('type: foreign_subnational', 'type: city_abroad'),
      // Broken YAML further down: its title is still read.
      'data/activities/shizuoka-visit-2027.yaml': 'title: Planned visit\nagreements: [ntb-shizuoka\n',
      // Nothing to read: named by its id alone.
      'data/partners/empty.yaml': '# nothing yet\n',
    });
    const { json } = await diffJson(dir, ['HEAD']);
    const labels = Object.fromEntries(json.records.map((r) => [r.id, r.label]));
    expect(labels).toEqual({ 'ntb-kyoto': 'NTB–Kyoto MoU', kyoto: 'Kota Kyoto', 'shizuoka-visit-2027': 'Planned visit', empty: 'empty' });
    for (const lang of ['en', 'id'] as const) {
      const text = (await runCli(['diff', 'HEAD', '--lang', lang, '--as-of', '2026-11-22'], { cwd: dir })).stdout;
      const bad = lang === 'en' ? '(invalid)' : '(bermasalah)';
      expect(text).toContain(`+ ntb-kyoto “NTB–Kyoto MoU” ${bad}`);
      expect(text).toContain(`+ kyoto “Kota Kyoto” ${bad}`);
      expect(text).toContain(`+ shizuoka-visit-2027 “Planned visit” ${bad}`);
      expect(text).toContain(`+ empty ${bad}`);
    }
  });

  it('flags a removed record others still reference, and exits 1 for the errors it introduces', async () => {
    const dir = repo(BASE);
    rmSync(join(dir, 'data/partners/osaka.yaml'));
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(1);
    expect(json.attention).toEqual([expect.objectContaining({ type: 'dangling', id: 'osaka', message: 'partner osaka was removed but is still referenced by: agreement ntb-osaka' })]);
    expect(json.validation.introduced.map((d) => [d.code, d.file])).toEqual([
      ['unknown-partner', 'data/agreements/ntb-osaka.yaml'],
      ['unknown-partner', 'data/agreements/ntb-osaka.yaml'],
    ]);
    expect(json.validation.introduced[0]?.line).toBe(5);
  });

  it('a removed agreement nothing references is still named under Needs attention, with what it was (a register keeps ended agreements)', async () => {
    const dir = repo(BASE);
    rmSync(join(dir, 'data/agreements/ntb-osaka.yaml'));
    rmSync(join(dir, 'data/activities/osaka-visit-2026.yaml'));
    const { code, json } = await diffJson(dir, ['main']);
    // Nothing is broken: the check passes, but the reviewer must see the deletion before the line diff.
    expect(code).toBe(0);
    expect(json.attention).toEqual([expect.objectContaining({
      type: 'removed', id: 'ntb-osaka', before: 'in_force',
      message: 'agreement ntb-osaka was removed (it was in force): a register keeps an agreement that ended, with its status, rather than deleting its file',
    })]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('perjanjian ntb-osaka dihapus (sebelumnya berlaku): register menyimpan perjanjian yang sudah berakhir beserta statusnya, bukan menghapus berkasnya\n');
    // A removal that leaves references dangling is said once, as the error it is.
    rmSync(join(dir, 'data/agreements/ntb-shizuoka.yaml'));
    const both = await diffJson(dir, ['main']);
    expect(both.json.attention.map((a) => [a.type, a.id])).toEqual([['dangling', 'ntb-shizuoka'], ['removed', 'ntb-osaka']]);
  });

  it('a renamed agreement whose activities still name the old id', async () => {
    const dir = repo(BASE);
    renameSync(join(dir, 'data/agreements/ntb-osaka.yaml'), join(dir, 'data/agreements/ntb-osaka-2023.yaml'));
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(1);
    expect(json.attention.map((a) => a.message)).toEqual([
      'agreement ntb-osaka was renamed to ntb-osaka-2023 but is still referenced as ntb-osaka by: activity osaka-visit-2026',
      // True as the head stands: the activity no longer attaches to any agreement in force.
      'partnership with Osaka Prefecture (ntb-osaka-2023) now counts as dormant: no activity on record',
    ]);
    expect(json.validation.introduced.map((d) => d.code)).toEqual(['unknown-agreement']);
  });

  it('a problem the change brings in carries its hint, in the text and in the pull-request comment, both languages', async () => {
    const dir = repo(BASE);
    renameSync(join(dir, 'data/agreements/ntb-osaka.yaml'), join(dir, 'data/agreements/ntb-osaka-2023.yaml'));
    const text = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    const line = text.stdout.split('\n').findIndex((l) => l.includes('[unknown-agreement]'));
    expect(line).toBeGreaterThan(-1);
    expect(text.stdout.split('\n')[line + 1]).toMatch(/^\s+hint: Did you mean `ntb-osaka-2023`\?/);
    const md = await runCli(['diff', 'main', '--format', 'markdown', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    const mdLines = md.stdout.split('\n');
    const at = mdLines.findIndex((l) => l.includes('unknown-agreement'));
    expect(mdLines[at + 1]).toMatch(/^\s+- saran: Maksud Anda/);
  });

  it('an end moved earlier, an agreement no longer in force, a partnership gone dormant', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2026-06-30', status: 'expired' }) });
    rmSync(join(dir, 'data/activities/osaka-visit-2026.yaml'));
    git(dir, 'add', '-A');
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(0);
    expect(json.attention.map((a) => a.message)).toEqual([
      'agreement ntb-shizuoka: end date moved earlier, from 29 Nov 2027 to 30 Jun 2026',
      'agreement ntb-shizuoka is no longer in force: now ended (last day 30 Jun 2026)',
      'partnership with Osaka Prefecture (ntb-osaka) now counts as dormant: no activity on record',
    ]);
    const fields = json.records.find((r) => r.id === 'ntb-shizuoka')?.fields.map((f) => f.message);
    expect(fields).toEqual(['end date moved earlier, from 29 Nov 2027 to 30 Jun 2026', 'status changed active → expired']);
    // The sentences write days as the tables do; the values stay ISO for machines.
    expect(json.attention[0]).toMatchObject({ before: '2027-11-29', after: '2026-06-30' });
    expect(json.attention[1]).toMatchObject({ lastDay: '2026-06-30' });
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('perjanjian ntb-shizuoka: tanggal berakhir dimajukan dari 29 Nov 2027 menjadi 30 Jun 2026\n');
    expect(id.stdout).toContain('perjanjian ntb-shizuoka tidak lagi berlaku: kini berakhir (hari terakhir 30 Jun 2026)\n');
  });

  it('an end moved later on a signed agreement: an agreed extension is a new document, so the reviewer is asked', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2029-11-29' }) });
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(0);
    expect(json.attention).toEqual([expect.objectContaining({
      type: 'end-later', id: 'ntb-shizuoka', before: '2027-11-29', after: '2029-11-29',
      message: 'agreement ntb-shizuoka: end date moved later, from 29 Nov 2027 to 29 Nov 2029, on the signed record; if the parties agreed an extension, that is a new document (kerjasama renew, or an addendum), not an edit',
    })]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('perjanjian ntb-shizuoka: tanggal berakhir dimundurkan dari 29 Nov 2027 menjadi 29 Nov 2029 pada data yang sudah ditandatangani; bila para pihak menyepakati perpanjangan, itu dokumen baru (kerjasama renew, atau adendum), bukan suntingan\n');
    // A draft's end is still being negotiated: not asked.
    const draft = repo({ ...BASE, 'data/agreements/ntb-shizuoka.yaml': AG({ status: 'draft', signatures: '[]' }) });
    write(draft, { 'data/agreements/ntb-shizuoka.yaml': AG({ status: 'draft', signatures: '[]', end: '2029-11-29' }) });
    expect((await diffJson(draft, ['main'])).json.attention).toEqual([]);
  });

  it('a term written as the day it works out to is a change of form, not "end changed from X to X" (set\'s sameLastDay)', async () => {
    const dir = repo({ ...BASE, 'data/agreements/ntb-shizuoka.yaml': AG({ effective: '2022-11-30', end: '{ term: 5y }' }) });
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ effective: '2022-11-30', end: '2027-11-29' }) });
    const { json } = await diffJson(dir, ['main']);
    const fields = json.records.find((r) => r.id === 'ntb-shizuoka')?.fields;
    expect(fields?.map((f) => f.message)).toEqual(['end now written as 29 Nov 2027 instead of term 5 years: the same last day in force']);
    expect(json.attention).toEqual([]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('      tanggal berakhir kini ditulis sebagai 29 Nov 2027, bukan jangka waktu 5 tahun: hari terakhir berlakunya tetap sama\n');
    expect(id.stdout).not.toMatch(/berubah dari (\S+) menjadi \1/);
    expect(id.stdout).not.toMatch(/: (\S+) → \1\n/);
    // And back: a date written as the term that ends on it.
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'date');
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ effective: '2022-11-30', end: '{ term: 5y }' }) });
    const back = await diffJson(dir, ['HEAD']);
    expect(back.json.records.find((r) => r.id === 'ntb-shizuoka')?.fields.map((f) => f.message)).toEqual(['end now written as term 5 years instead of 29 Nov 2027: the same last day in force']);
  });

  it('a list in another order is said as show writes it, not as JSON; JSON keeps the lists', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ sectors: '[pendidikan, pariwisata]' }) });
    const { json } = await diffJson(dir, ['main']);
    const field = json.records.find((r) => r.id === 'ntb-shizuoka')?.fields[0] as unknown as { message: string; before: unknown; after: unknown };
    expect(field.message).toBe('sectors: Tourism (pariwisata), Education (pendidikan) → Education (pendidikan), Tourism (pariwisata)');
    expect([field.before, field.after]).toEqual([['pariwisata', 'pendidikan'], ['pendidikan', 'pariwisata']]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('      sektor: Pariwisata (pariwisata), Pendidikan (pendidikan) → Pendidikan (pendidikan), Pariwisata (pariwisata)\n');
  });

  it('partners added and removed are named as show names them; JSON keeps the ids', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ partners: '[shizuoka, osaka]' }), 'data/agreements/ntb-osaka.yaml': AG({ title: 'NTB–Osaka MoU', partners: '[shizuoka]', signatures: '[{ party: ntb, date: 2023-01-10 }, { party: shizuoka, date: 2023-01-10 }]', end: '2028-01-09' }) });
    const { json } = await diffJson(dir, ['main']);
    const fields = (id: string) => json.records.find((r) => r.id === id)?.fields as unknown as Array<{ message: string; added?: string[]; removed?: string[] }>;
    expect(fields('ntb-shizuoka')[0]).toMatchObject({ message: 'partners: added Osaka Prefecture (osaka)', added: ['osaka'] });
    expect(fields('ntb-osaka')[0]).toMatchObject({ message: 'partners: added Prefektur Shizuoka (shizuoka); removed Osaka Prefecture (osaka)', removed: ['osaka'] });
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('      mitra: ditambahkan Osaka Prefecture (osaka)\n');
  });

  it('an end known only to the month is said as known (Oct 2026), not as its first day', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2026-10' }) });
    const { json } = await diffJson(dir, ['main']);
    expect(json.attention.map((a) => a.message).slice(0, 2)).toEqual([
      'agreement ntb-shizuoka: end date moved earlier, from 29 Nov 2027 to Oct 2026',
      'agreement ntb-shizuoka is no longer in force: now ended (last day Oct 2026)',
    ]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('perjanjian ntb-shizuoka tidak lagi berlaku: kini berakhir (hari terakhir Okt 2026)\n');
  });

  it('a superseded agreement: its last day is the day before its renewal starts, not the end of its own term (still ahead)', async () => {
    // kerjasama renew, signed 1 Nov 2026, before the old term ran out on 29 Nov 2027.
    const dir = repo(BASE);
    write(dir, {
      'data/agreements/ntb-shizuoka.yaml': AG({ status: 'superseded' }),
      'data/agreements/ntb-shizuoka-renewal-2026.yaml': AG({ title: 'NTB–Shizuoka renewal', document_type: 'renewal', renews: 'ntb-shizuoka', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2031-10-31' }),
    });
    const { json } = await diffJson(dir, ['main']);
    expect(json.attention.map((a) => a.message)).toContain('agreement ntb-shizuoka is no longer in force: now superseded (last day 31 Oct 2026)');
  });

  it('a terminated agreement: its last day is the day before the termination, not the end of its term', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ status: 'terminated', termination: '{ date: 2026-11-01 }' }) });
    const { json } = await diffJson(dir, ['main']);
    expect(json.attention.map((a) => a.message)).toContain('agreement ntb-shizuoka is no longer in force: now terminated (last day 31 Oct 2026)');
  });

  it('a mapping or a list of mappings added or removed whole is said field by field, not as JSON', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ status: 'terminated', termination: '{ date: 2026-11-01, reason: Ended by letter }' }) });
    const { json } = await diffJson(dir, ['main']);
    const fields = json.records.find((r) => r.id === 'ntb-shizuoka')?.fields.map((f) => f.message);
    expect(fields).toEqual(['status changed active → terminated', 'termination, terminated on: 1 Nov 2026 (newly filled in)', 'termination, reason: Ended by letter (newly filled in)']);
  });

  it("kerjasama.yaml's changes setting by setting, by their labels, codes in words; JSON keeps keys and values", async () => {
    const dir = repo(BASE);
    writeFileSync(join(dir, 'kerjasama.yaml'), 'name: Test register\nowner: ntb\nlanguage: id\nreminders:\n  before_end: [90d, 30d]\ncountries:\n  no_relations: [IL]\n');
    const en = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain([
      'Configuration',
      '  ~ kerjasama.yaml changed',
      '      language: English (en) → Bahasa Indonesia (id)',
      '      reminders, remind before the end: added 90 days, 30 days',
      '      countries without diplomatic relations: added Israel (IL)',
    ].join('\n'));
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('      bahasa: bahasa Inggris (en) → Bahasa Indonesia (id)\n      pengingat, ingatkan sebelum berakhir: ditambahkan 90 hari, 30 hari\n      negara tanpa hubungan diplomatik: ditambahkan Israel (IL)\n');
    // In the head's language (Indonesian now), as without --lang.
    const { json } = await diffJson(dir, ['main']);
    expect((json as unknown as { config: unknown[] }).config).toEqual([
      expect.objectContaining({ type: 'value', field: 'language', before: 'en', after: 'id', message: 'bahasa: bahasa Inggris (en) → Bahasa Indonesia (id)' }),
      expect.objectContaining({ type: 'list', field: 'reminders.before_end', added: ['90d', '30d'], removed: [] }),
      expect.objectContaining({ type: 'list', field: 'countries.no_relations', added: ['IL'], removed: [] }),
    ]);
  });

  it('a new agreement with an existing, active partner is a new partnership, not one gone dormant', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka-pks.yaml': AG({ title: 'NTB–Shizuoka PKS', document_type: 'pks', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2029-10-31' }) });
    const { json } = await diffJson(dir, ['main']);
    expect(json.records.map((r) => [r.id, r.change])).toEqual([['ntb-shizuoka-pks', 'added']]);
    // Not dormant; only asked whether the PKS implements the MoU in force (it names no parent:).
    expect(json.attention.map((a) => a.type)).toEqual(['pks-no-parent']);
  });

  it('a new PKS that names no parent: beside one MoU in force with the same partner: the reviewer is asked whether it implements it', async () => {
    const PKS = (fields: Record<string, string> = {}): string => AG({ title: 'NTB–Shizuoka PKS pariwisata', document_type: 'pks', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2027-10-31', ...fields });
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka-pks.yaml': PKS() });
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(0);
    expect(json.attention).toEqual([expect.objectContaining({
      type: 'pks-no-parent', id: 'ntb-shizuoka-pks', mou: 'ntb-shizuoka',
      message: 'new PKS ntb-shizuoka-pks names no parent:, but MoU ntb-shizuoka, with the same partner, is in force; if the PKS implements it, add parent: ntb-shizuoka',
    })]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('PKS baru ntb-shizuoka-pks tidak menyebut parent:, padahal MoU ntb-shizuoka, dengan mitra yang sama, masih berlaku; bila PKS ini melaksanakan MoU tersebut, tambahkan parent: ntb-shizuoka\n');
    const md = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--format', 'markdown'], { cwd: dir });
    expect(md.stdout).toContain('- ⚠️ new PKS ntb-shizuoka-pks names no parent:, but MoU ntb-shizuoka, with the same partner, is in force; if the PKS implements it, add parent: ntb-shizuoka\n');
    // It names the MoU: not asked.
    write(dir, { 'data/agreements/ntb-shizuoka-pks.yaml': PKS({ parent: 'ntb-shizuoka' }) });
    expect((await diffJson(dir, ['main'])).json.attention).toEqual([]);
    // A PKS with a partner that has no MoU: not asked.
    write(dir, { 'data/partners/gyeongnam.yaml': P('Gyeongsangnam-do', 'KR'), 'data/agreements/ntb-shizuoka-pks.yaml': PKS({ partners: '[gyeongnam]', title: 'NTB–Gyeongnam PKS' }).replace('party: shizuoka', 'party: gyeongnam') });
    expect((await diffJson(dir, ['main'])).json.attention).toEqual([]);
    // A new MoU beside an MoU in force is not a PKS: not asked.
    write(dir, { 'data/agreements/ntb-shizuoka-pks.yaml': PKS({ document_type: 'mou' }) });
    expect((await diffJson(dir, ['main'])).json.attention).toEqual([]);
  });

  it('a new PKS without parent: beside the renewal in force of an MoU is asked about that renewal', async () => {
    const dir = repo({ ...BASE,
      'data/agreements/ntb-shizuoka.yaml': AG({ end: '2025-11-29', status: 'superseded' }),
      'data/agreements/ntb-shizuoka-renewal.yaml': AG({ title: 'NTB–Shizuoka perpanjangan', document_type: 'renewal', renews: 'ntb-shizuoka', signatures: '[{ party: ntb, date: 2025-11-01 }, { party: shizuoka, date: 2025-11-01 }]', end: '2030-11-29' }) });
    write(dir, { 'data/agreements/ntb-shizuoka-pks.yaml': AG({ title: 'NTB–Shizuoka PKS', document_type: 'pks', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2027-10-31' }) });
    expect((await diffJson(dir, ['main'])).json.attention).toEqual([expect.objectContaining({ type: 'pks-no-parent', mou: 'ntb-shizuoka-renewal' })]);
  });

  it('a new PKS without parent: is not asked about when no MoU, or more than one, with its partner is in force', async () => {
    const PKS = AG({ title: 'NTB–Shizuoka PKS pariwisata', document_type: 'pks', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2027-10-31' });
    // The MoU not yet signed by both: not in force.
    const draft = repo({ ...BASE, 'data/agreements/ntb-shizuoka.yaml': AG({ signatures: '[]', status: 'negotiating', end: 'unknown' }) });
    write(draft, { 'data/agreements/ntb-shizuoka-pks.yaml': PKS });
    expect((await diffJson(draft, ['main'])).json.attention.filter((a) => a.type === 'pks-no-parent')).toEqual([]);
    // Two MoUs in force with the partner: which one it implements is not guessed.
    const two = repo({ ...BASE, 'data/agreements/ntb-shizuoka-2024.yaml': AG({ title: 'NTB–Shizuoka MoU pendidikan', signatures: '[{ party: ntb, date: 2024-02-01 }, { party: shizuoka, date: 2024-02-01 }]', end: '2029-01-31' }) });
    write(two, { 'data/agreements/ntb-shizuoka-pks.yaml': PKS });
    expect((await diffJson(two, ['main'])).json.attention.filter((a) => a.type === 'pks-no-parent')).toEqual([]);
  });

  it('a new PKS beside an MoU that ended is not told to renew it (a PKS renews a PKS, an MoU an MoU)', async () => {
    const dir = repo({ ...BASE, 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2025-11-29', status: 'expired' }) });
    write(dir, { 'data/agreements/ntb-shizuoka-pks.yaml': AG({ title: 'NTB–Shizuoka PKS', document_type: 'pks', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2027-10-31' }) });
    expect((await diffJson(dir, ['main'])).json.attention.filter((a) => a.type === 'unlinked')).toEqual([]);
  });

  it('a new agreement with the partner of one that ended, linked to nothing: the reviewer is asked whether it renews it', async () => {
    // The clerk copied the expired MoU, changed the dates and left out renews: (the chain, and the old one's status, stay as they were).
    const dir = repo({ ...BASE, 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2025-11-29', status: 'expired' }) });
    write(dir, { 'data/agreements/ntb-shizuoka-2026.yaml': AG({ title: 'NTB–Shizuoka MoU 2026', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2031-10-31' }) });
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(0);
    expect(json.attention).toEqual([expect.objectContaining({
      type: 'unlinked', id: 'ntb-shizuoka-2026', previous: ['ntb-shizuoka'],
      message: 'new agreement ntb-shizuoka-2026 names no renews: or parent:, but ntb-shizuoka, with the same partner, has ended; if it renews it, add renews: ntb-shizuoka and set the old one to `status: superseded` (kerjasama renew does both)',
    })]);
    const id = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('perjanjian baru ntb-shizuoka-2026 tidak menyebut renews: maupun parent:, padahal ntb-shizuoka, dengan mitra yang sama, sudah berakhir; bila ini perpanjangannya, tambahkan renews: ntb-shizuoka dan ubah yang lama menjadi `status: superseded` (kerjasama renew menulis keduanya)\n');
    // Linked: not asked.
    write(dir, { 'data/agreements/ntb-shizuoka-2026.yaml': AG({ title: 'NTB–Shizuoka MoU 2026', renews: 'ntb-shizuoka', signatures: '[{ party: ntb, date: 2026-11-01 }, { party: shizuoka, date: 2026-11-01 }]', end: '2031-10-31' }) });
    expect((await diffJson(dir, ['main'])).json.attention).toEqual([]);
  });

  it('the validation delta lists what the head fixes, not what was already there', async () => {
    const dir = repo({ ...BASE, 'data/agreements/ntb-osaka.yaml': AG({ partners: '[osak]' }), 'data/partners/broken.yaml': 'name: [unclosed\n' });
    write(dir, { 'data/agreements/ntb-osaka.yaml': AG({ title: 'NTB–Osaka MoU', partners: '[osaka]' }) });
    const { code, json } = await diffJson(dir, ['main']);
    expect(code).toBe(0);
    expect(json.validation.fixed.map((d) => d.code)).toEqual(['unknown-partner']);
    expect(json.validation.introduced).toEqual([]);
    // The broken partner is broken on both sides: not in the delta.
    expect(json.records.find((r) => r.id === 'broken')).toBeUndefined();
  });

  it('compares two revisions without touching the working tree or HEAD', async () => {
    const dir = repo(BASE);
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'data/partners/gyeongnam.yaml': P('Gyeongsangnam-do', 'KR') });
    commit(dir);
    git(dir, 'checkout', '-q', 'main');
    write(dir, { 'data/partners/uncommitted.yaml': P('Not committed') });
    const before = { head: git(dir, 'rev-parse', 'HEAD'), status: git(dir, 'status', '--porcelain'), file: readFileSync(join(dir, 'data/partners/shizuoka.yaml'), 'utf8') };
    const { json } = await diffJson(dir, ['main', 'feature']);
    expect(json.records.map((r) => [r.id, r.change])).toEqual([['gyeongnam', 'added']]);
    expect({ head: git(dir, 'rev-parse', 'HEAD'), status: git(dir, 'status', '--porcelain'), file: readFileSync(join(dir, 'data/partners/shizuoka.yaml'), 'utf8') }).toEqual(before);
  });

  it('works when the register is a folder inside the repository', async () => {
    const top = makeRegister({ 'README.md': 'repo\n' }, { bare: true });
    const reg = join(top, 'registers', 'ntb');
    write(reg, { 'kerjasama.yaml': 'name: Test\nowner: ntb\nlanguage: en\n', 'data/partners/ntb.yaml': 'name: NTB\ntype: province\ncountry: ID\n', ...BASE });
    git(top, 'init', '-q', '-b', 'main');
    commit(top, 'base');
    write(reg, { 'data/partners/gyeongnam.yaml': P('Gyeongsangnam-do', 'KR') });
    const { json } = await diffJson(reg, ['main']);
    expect(json.records.map((r) => [r.id, r.change])).toEqual([['gyeongnam', 'added']]);
  });

  it('markdown for a pull-request comment: a marker to find it again, long sections folded', async () => {
    const dir = repo(BASE);
    const many: Files = {};
    for (let i = 1; i <= 12; i++) many[`data/partners/p${String(i).padStart(2, '0')}.yaml`] = P(`Partner ${i}`);
    write(dir, { ...many, 'data/agreements/ntb-shizuoka.yaml': AG({ status: 'terminated', termination: '{ date: 2026-11-01 }' }) });
    const r = await runCli(['diff', 'main', '--format', 'markdown', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('<!-- kerjasama-diff -->');
    expect(r.stdout).toContain('<details>\n<summary><b>Partners</b> (12)</summary>');
    expect(r.stdout).toContain('#### Needs attention\n\n- ⚠️ agreement ntb-shizuoka is no longer in force: now terminated');
    expect(r.stdout).toContain('#### Agreements\n\n- ~ ntb\\-shizuoka'.replace('\\-', '-'));
  });

  it('the human format, in Indonesian', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2032-11-29' }) });
    const r = await runCli(['diff', 'main', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kerjasama diff main \([0-9a-f]{12}\) → direktori kerja \(per 22 Nov 2026\)\n1 diubah|0 ditambahkan, 1 diubah/);
    expect(r.stdout).toContain('  ~ ntb-shizuoka “NTB–Shizuoka MoU”\n      tanggal berakhir diperpanjang dari 29 Nov 2027 menjadi 29 Nov 2032\n');
  });

  it('the working tree as head names the commit it stands on, and its uncommitted changes in words when it differs (a pull-request comment says which push it describes)', async () => {
    const dir = repo(BASE);
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2032-11-29' }) });
    commit(dir, 'extend');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim().slice(0, 12);
    const clean = await runCli(['diff', 'HEAD^1', '--format', 'markdown', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(clean.stdout.split('\n')[1]).toMatch(new RegExp(`^### kerjasama diff HEAD\\^1 \\([0-9a-f]{12}\\) → working tree \\(${head}\\) \\(as of 22 Nov 2026\\)$`));
    write(dir, { 'data/agreements/ntb-shizuoka.yaml': AG({ end: '2033-11-29' }) });
    const dirty = await runCli(['diff', 'HEAD^1', '--as-of', '2026-11-22', '--lang', 'id'], { cwd: dir });
    expect(dirty.stdout.split('\n')[0]).toBe(`kerjasama diff HEAD^1 (${execFileSync('git', ['rev-parse', 'HEAD^1'], { cwd: dir, encoding: 'utf8' }).trim().slice(0, 12)}) → direktori kerja (${head} + perubahan belum di-commit) (per 22 Nov 2026)`);
  });

  it('no changes', async () => {
    const dir = repo(BASE);
    const r = await runCli(['diff', 'main', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No changes to the records.');
  });

  it('a revision that does not exist, and a register outside git, are usage errors (exit 2)', async () => {
    const dir = repo(BASE);
    const bad = await runCli(['diff', 'no-such-branch'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-branch is not a commit, branch or tag in this repository');
    const opt = await runCli(['diff', '--', '--output=/tmp/x'], { cwd: dir });
    expect(opt.code).toBe(2);
    const plain = makeRegister(BASE);
    const nogit = await runCli(['diff', 'main'], { cwd: plain });
    expect(nogit.code).toBe(2);
    expect(nogit.stderr).toMatch(/is not in a git repository/);
    expect(nogit.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('the example in docs/reviewing.md', () => {
  it('is what kerjasama diff prints on the example register (UPDATE_DOCS=1 rewrites it)', async () => {
    // The example register in a new repository, committed with fixed dates so the commit ids are stable.
    const fixed = { ...GIT_ENV, GIT_AUTHOR_DATE: '2026-11-20T09:00:00+08:00', GIT_COMMITTER_DATE: '2026-11-20T09:00:00+08:00' };
    const g = (dir: string, ...args: string[]): string => execFileSync('git', ['-C', dir, ...args], { env: fixed, encoding: 'utf8' });
    const dir = exampleRegister();
    g(dir, 'init', '-q', '-b', 'main');
    g(dir, 'add', '-A');
    g(dir, 'commit', '-q', '-m', 'Example register');
    g(dir, 'checkout', '-q', '-b', 'record-ijbnet-term');
    const ag = join(dir, 'data/agreements/ntb-ijbnet-2023.yaml');
    writeFileSync(ag, readFileSync(ag, 'utf8').replace('status: active\n', 'end: { term: 3y }\nstatus: active\n'));
    write(dir, {
      'data/activities/ntb-bali-ntt-ferry-route-2026.yaml': 'title: Uji coba rute feri Lembar–Padangbai–Labuan Bajo\nagreements: [ntb-bali-ntt-pks-2026]\ntype: technical_project\nstatus: held\nstart: 2026-09-14\nsectors: [perhubungan]\nunit: Dinas Perhubungan\n',
      'data/activities/ntb-bali-ntt-joint-expo-2026.yaml': 'title: Pameran bersama "Made in Bali–NTB–NTT" di Kupang\nagreements: [ntb-bali-ntt-pks-2026]\ntype: exhibition\nstatus: held\nstart: 2026-10-21\nend: 2026-10-24\nsectors: [perdagangan, ekonomi_kreatif]\nunit: Dinas Perindustrian dan Perdagangan\n',
    });
    renameSync(join(dir, 'data/partners/us-consulate-surabaya.yaml'), join(dir, 'data/partners/us-consulate-general-surabaya.yaml'));
    g(dir, 'add', '-A');
    g(dir, 'commit', '-q', '-m', 'Record the IJBNet term and two KR-BNN activities; rename the consulate');
    const r = await runCli(['diff', 'main', 'record-ijbnet-term', '--format', 'markdown', '--as-of', '2026-11-22', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const block = ['````markdown', r.stdout.trimEnd(), '````', '', 'As it shows on the pull request:', '', r.stdout.split('\n').slice(1).join('\n').trimEnd()].join('\n');
    const docPath = join(REPO, 'docs/reviewing.md');
    const doc = readFileSync(docPath, 'utf8');
    const m = /(<!-- example:start[^\n]*-->\n)([\s\S]*?)(<!-- example:end -->)/.exec(doc);
    expect(m).not.toBeNull();
    const updated = doc.replace(m?.[0] ?? '', `${m?.[1]}${block}\n${m?.[3]}`);
    if (process.env['UPDATE_DOCS']) writeFileSync(docPath, updated);
    expect(doc).toBe(updated);
  });
});
