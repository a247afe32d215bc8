// The cross-record rules, each positive and negative, on small registers written as inline YAML and
// loaded with loadRegister; then runChecks as of a given day.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import { normaliseName } from '../../src/check/partners.js';
import { loadRegister } from '../../src/load/load.js';
import { day } from '../../src/model/dates.js';
import { messageOf } from '../../src/model/diagnostics.js';
import type { Diagnostic } from '../../src/model/types.js';
import { cleanup, makeRegister, MINIMAL_CONFIG, type Files } from '../helpers.js';

afterAll(cleanup);

const PARTNERS: Files = {
  'data/partners/jatim.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n',
  'data/partners/bali.yaml': 'name: Provinsi Bali\ntype: province\ncountry: ID\n',
  'data/partners/shizuoka.yaml': 'name: Shizuoka Prefecture\ntype: foreign_subnational\ncountry: JP\n',
  'data/partners/pt-energi.yaml': 'name: PT Lombok Energi\ntype: company\ncountry: ID\n',
  'data/partners/kemendagri.yaml': 'name: Kementerian Dalam Negeri\ntype: central_government\ncountry: ID\n',
};

/** An agreement record: KSDD with jatim and status draft unless `fields` says otherwise (later lines win). */
function agreement(fields: Record<string, string> = {}): string {
  const all: Record<string, string> = { title: 'MoU', category: 'KSDD', document_type: 'mou', partners: '[jatim]', status: 'draft', ...fields };
  return Object.entries(all).map(([k, v]) => `${k}: ${v}\n`).join('');
}

function activity(fields: Record<string, string>): string {
  const all: Record<string, string> = { title: 'Kunjungan', type: 'visit', ...fields };
  return Object.entries(all).map(([k, v]) => `${k}: ${v}\n`).join('');
}

interface Found { code: string; file: string; at: string; message: string }

/** Loads the register (which must be free of file and schema errors) and runs the rules as of a day. */
function check(files: Files, lang: 'en' | 'id' = 'en', asOf = '2026-11-22'): Found[] {
  const loaded = loadRegister(makeRegister({ ...PARTNERS, ...files }));
  expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.code}`)).toEqual([]);
  return runChecks(loaded.dataset, day(asOf))
    .map(loaded.locate)
    .map((d: Diagnostic) => ({ code: d.code, file: d.file, at: `${d.line}:${d.column}`, message: messageOf(d, lang).message }));
}
const codes = (found: Found[]): string[] => found.map((f) => f.code);
const A = 'data/agreements/a.yaml';
const B = 'data/agreements/b.yaml';
const C = 'data/agreements/c.yaml';
const V = 'data/activities/v.yaml';

describe('references', () => {
  it('unknown-partner: at the reference, with a suggestion for a near miss', () => {
    expect(check({ [A]: agreement({ partners: '[jtim]' }) })).toEqual([
      { code: 'unknown-partner', file: A, at: '4:12', message: 'no partner has the id `jtim`' },
    ]);
  });

  it('unknown-partner and unknown-agreement: a file of that name in the wrong folder is named in the hint, not "add the partner"', () => {
    const loaded = loadRegister(makeRegister({
      ...PARTNERS,
      'data/mitra/kota-gimhae.yaml': 'name: Kota Gimhae\ntype: regency\ncountry: ID\n',
      [A]: agreement({ partners: '[kota-gimhae]' }),
      'data/agreement/ntb-gimhae-mou.yaml': agreement(),
      [V]: activity({ agreements: '[ntb-gimhae-mou]', start: '2026-01-10' }),
    }));
    const found = runChecks(loaded.dataset, day('2026-11-22')).map((d) => [d.code, messageOf(d, 'en').hint, messageOf(d, 'id').hint]);
    expect(found).toEqual([
      ['unknown-partner', 'data/mitra/kota-gimhae.yaml has this name but is not in data/partners/, so it is not read: move it there. Partner ids are the file names in data/partners/. Add the partner, or correct the id.',
        'data/mitra/kota-gimhae.yaml bernama demikian tetapi tidak berada di data/partners/, jadi tidak dibaca: pindahkan ke sana. Id mitra adalah nama berkas di data/partners/. Tambahkan mitranya, atau perbaiki id-nya.'],
      ['unknown-agreement', 'data/agreement/ntb-gimhae-mou.yaml has this name but is not in data/agreements/, so it is not read: move it there. Agreement ids are the file names in data/agreements/.',
        'data/agreement/ntb-gimhae-mou.yaml bernama demikian tetapi tidak berada di data/agreements/, jadi tidak dibaca: pindahkan ke sana. Id perjanjian adalah nama berkas di data/agreements/.'],
    ]);
  });

  it('unknown-partner: not for a partner that exists, even if its file is broken', () => {
    expect(check({ [A]: agreement() })).toEqual([]);
    const loaded = loadRegister(makeRegister({ ...PARTNERS, 'data/partners/jatim.yaml': 'name: [broken\n', [A]: agreement() }));
    expect(runChecks(loaded.dataset, day('2026-11-22')).map((d) => d.code)).toEqual([]);
  });

  it('unknown-partner: in owner, signatures, activity partners and kerjasama.yaml', () => {
    const found = check({
      'kerjasama.yaml': MINIMAL_CONFIG.replace('owner: ntb', 'owner: ntb-prov'),
      [A]: agreement({ owner: 'ntb', signatures: '[{party: lombok}]' }),
      [V]: activity({ partners: '[sumbawa]', start: '2024-01-01' }),
    });
    expect(found.map((f) => [f.code, f.file, f.at])).toEqual([
      ['unknown-partner', 'kerjasama.yaml', '2:8'],
      ['unknown-partner', A, '7:22'],
      ['unknown-partner', V, '3:12'],
    ]);
  });

  it('unknown-agreement, unknown-parent, unknown-renews', () => {
    const found = check({
      [A]: agreement({ parent: 'loi-2020', renews: 'mou-2019' }),
      [V]: activity({ agreements: '[a, mou-2021]', start: '2024-01-01' }),
    });
    expect(found.map((f) => [f.code, f.file, f.at])).toEqual([
      ['unknown-agreement', V, '3:17'],
      ['unknown-parent', A, '6:9'],
      ['unknown-renews', A, '7:9'],
    ]);
  });

  it('unknown-agreement: an id cut short (the start of a longer one) names the one id that holds it', () => {
    const loaded = loadRegister(makeRegister({ ...PARTNERS, 'data/agreements/sleman-kyotanabe-mou-kabupaten-kota.yaml': agreement(), [V]: activity({ agreements: '[sleman-kyotanabe-mou]', start: '2024-01-01' }) }));
    const d = runChecks(loaded.dataset, day('2026-11-22')).find((x) => x.code === 'unknown-agreement');
    expect(d && messageOf(d, 'en').hint).toMatch(/^Did you mean `sleman-kyotanabe-mou-kabupaten-kota`\?/);
  });

  it('no unknown-* when the agreements exist', () => {
    expect(check({ [A]: agreement({ parent: 'b' }), [B]: agreement({ renews: 'c' }), [C]: agreement(), [V]: activity({ agreements: '[a, b]', start: '2024-01-01' }) })).toEqual([]);
  });

  it('signature-party: a known partner who is not a party', () => {
    expect(check({ [A]: agreement({ signatures: '[{party: ntb}, {party: jatim}, {party: bali}]' }) })).toEqual([
      { code: 'signature-party', file: A, at: '6:52', message: 'signature by `bali`, who is neither the owner (ntb) nor a partner of this agreement' },
    ]);
  });

  it('signature-party: not for the owner and partners, and not twice for an unknown id', () => {
    expect(check({ [A]: agreement({ signatures: '[{party: ntb}, {party: jatim}]' }) })).toEqual([]);
    expect(codes(check({ [A]: agreement({ signatures: '[{party: nobody}]' }) }))).toEqual(['unknown-partner']);
  });
});

describe('agreement-duplicate', () => {
  const SIGNED = "signatures: [{ party: ntb, date: 2023-02-27, number: '1/KS/2023' }, { party: jatim, date: 2023-02-27 }]";
  it('a file copied under a new name with its signatures unchanged: a warning on one file (the later listed), naming the other; said of both, since which is the copy the register cannot know', () => {
    const found = check({ [A]: agreement({ status: 'active', signatures: SIGNED.slice(12) }), [B]: agreement({ title: 'MoU (salinan)', status: 'active', signatures: SIGNED.slice(12) }) });
    expect(found).toEqual([{ code: 'agreement-duplicate', file: B, at: '6:13', message: 'this agreement and `a` (data/agreements/a.yaml) look like one document recorded twice: the same partners, document type and signatures (who signed, on which day)' }]);
    expect(messageOf({ code: 'agreement-duplicate', severity: 'warning', file: B, params: { other: 'a', otherFile: A } }, 'id').message)
      .toBe('perjanjian ini dan `a` (data/agreements/a.yaml) tampaknya satu dokumen yang tercatat dua kali: mitra, jenis dokumen dan tanda tangannya (siapa dan tanggal berapa) sama');
  });
  it('not for documents signed on other days, of another type, with other partners, or without dated signatures', () => {
    expect(codes(check({ [A]: agreement({ signatures: SIGNED.slice(12) }), [B]: agreement({ signatures: "[{ party: ntb, date: 2024-02-27 }, { party: jatim, date: 2024-02-27 }]" }) }))).toEqual([]);
    expect(codes(check({ [A]: agreement({ signatures: SIGNED.slice(12) }), [B]: agreement({ document_type: 'pks', parent: 'a', signatures: SIGNED.slice(12) }) }))).toEqual([]);
    expect(codes(check({ [A]: agreement({ signatures: SIGNED.slice(12) }), [B]: agreement({ partners: '[bali]', signatures: "[{ party: ntb, date: 2023-02-27 }, { party: bali, date: 2023-02-27 }]" }) }))).toEqual([]);
    expect(codes(check({ [A]: agreement({ signatures: '[{ party: ntb }]' }), [B]: agreement({ signatures: '[{ party: ntb }]' }) }))).toEqual([]);
  });
});

describe('loops', () => {
  it('renewal-loop: two agreements renewing each other, reported once, from the first id', () => {
    expect(check({ [A]: agreement({ renews: 'b' }), [B]: agreement({ renews: 'a' }) })).toEqual([
      { code: 'renewal-loop', file: A, at: '6:9', message: 'the renewal chain loops: a → b → a' },
    ]);
  });

  it('renewal-loop: three in a ring, a self-renewal, and a chain that runs into a loop', () => {
    expect(check({ [A]: agreement({ renews: 'c' }), [B]: agreement({ renews: 'a' }), [C]: agreement({ renews: 'b' }) }).map((f) => f.message)).toEqual([
      'the renewal chain loops: a → c → b → a',
    ]);
    expect(check({ [A]: agreement({ renews: 'a' }) }).map((f) => f.message)).toEqual(['the renewal chain loops: a → a']);
    expect(check({ [A]: agreement({ renews: 'b' }), [B]: agreement({ renews: 'c' }), [C]: agreement({ renews: 'b' }) }).map((f) => [f.file, f.message])).toEqual([
      [B, 'the renewal chain loops: b → c → b'],
    ]);
  });

  it('renewal-loop: not for a chain', () => {
    expect(check({ [A]: agreement({ renews: 'b' }), [B]: agreement({ renews: 'c' }), [C]: agreement() })).toEqual([]);
  });

  it('parent-loop', () => {
    expect(check({ [A]: agreement({ parent: 'b' }), [B]: agreement({ parent: 'a', document_type: 'pks' }) })).toEqual([
      { code: 'parent-loop', file: A, at: '6:9', message: 'the parent chain loops: a → b → a' },
    ]);
    expect(check({ [A]: agreement({ document_type: 'pks', parent: 'b' }), [B]: agreement({ parent: 'c' }), [C]: agreement({ document_type: 'loi' }) })).toEqual([]);
  });
});

describe('date-order', () => {
  it('effective before a signature; end before effective; termination before the start; an activity ending before it starts', () => {
    const found = check({
      [A]: agreement({ signatures: '[{party: ntb, date: 2024-03-10}]', effective: '2024-03-01' }),
      [B]: agreement({ effective: '2024-03-01', end: '2024-02-29' }),
      [C]: agreement({ effective: '2024-03-01', status: 'terminated', termination: '{date: 2023-12-31}' }),
      [V]: activity({ partners: '[jatim]', start: '2024-05-02', end: '2024-05-01' }),
    });
    expect(found.filter((f) => f.code === 'date-order').map((f) => [f.file, f.at, f.message])).toEqual([
      [A, '7:12', 'effective (1 Mar 2024) is before signatures[0].date (10 Mar 2024)'],
      [B, '7:6', 'end (29 Feb 2024) is before effective (1 Mar 2024)'],
      [C, '7:21', 'termination.date (31 Dec 2023) is before effective (1 Mar 2024)'],
      [V, '5:6', 'end (1 May 2024) is before start (2 May 2024)'],
    ]);
  });

  it('end before a signature when there is no effective date', () => {
    expect(check({ [A]: agreement({ signatures: '[{party: ntb, date: 2024-03-10}]', end: '2024-03-09' }) }).map((f) => f.message)).toEqual([
      'end (9 Mar 2024) is before signatures[0].date (10 Mar 2024)',
    ]);
  });

  it('two signatures after the effective date: one problem at the effective date, naming the latest signature and the other, in both languages', () => {
    const sigs = '[{party: ntb, date: 2024-03-10}, {party: jatim, date: 2024-03-12}]';
    expect(check({ [A]: agreement({ signatures: sigs, effective: '2024-03-01' }) }).map((f) => [f.code, f.at, f.message])).toEqual([
      ['date-order', '7:12', 'effective (1 Mar 2024) is before signatures[1].date (12 Mar 2024) and 1 other signature date'],
    ]);
    expect(check({ [A]: agreement({ signatures: sigs, effective: '2024-03-01' }) }, 'id').map((f) => f.message)).toEqual([
      'effective (1 Mar 2024) lebih awal dari signatures[1].date (12 Mar 2024) dan 1 tanggal tanda tangan lain',
    ]);
    // With no effective date, the end: once too.
    expect(check({ [A]: agreement({ signatures: sigs, end: '2024-03-09' }) }).map((f) => [f.at, f.message])).toEqual([
      ['7:6', 'end (9 Mar 2024) is before signatures[1].date (12 Mar 2024) and 1 other signature date'],
    ]);
  });

  it('not for dates in order, or equal', () => {
    expect(check({ [A]: agreement({ signatures: '[{party: ntb, date: 2024-03-01}]', effective: '2024-03-01', end: '2024-03-01' }) })).toEqual([]);
  });

  it('partial dates: only a certain contradiction counts', () => {
    // Effective "2024-05" may be 20 May or later: not certainly before the signature.
    expect(check({ [A]: agreement({ signatures: '[{party: ntb, date: 2024-05-20}]', effective: '2024-05' }) })).toEqual([]);
    // Effective "2024-04" is certainly before 20 May.
    expect(codes(check({ [A]: agreement({ signatures: '[{party: ntb, date: 2024-05-20}]', effective: '2024-04' }) }))).toEqual(['date-order']);
    // End "2024" may be any day of 2024, so it may be after effective 2024-06-01.
    expect(check({ [A]: agreement({ effective: '2024-06-01', end: '2024' }) })).toEqual([]);
    expect(codes(check({ [A]: agreement({ effective: '2024-06-01', end: '2023' }) }))).toEqual(['date-order']);
    expect(check({ [V]: activity({ partners: '[jatim]', start: '2024-05', end: '2024-05-01' }) })).toEqual([]);
  });
});

describe('activity-outside-agreement', () => {
  const MOU = agreement({ effective: '2021-03-01', end: '2024-02-29', status: 'expired' });

  it('warns for an activity wholly after the end, or wholly before the start', () => {
    const after = check({ [A]: MOU, [V]: activity({ agreements: '[a]', start: '2024-03-01' }) });
    expect(after).toEqual([
      { code: 'activity-outside-agreement', file: V, at: '3:14', message: 'the activity (1 Mar 2024) falls outside the validity of `a` (1 Mar 2021 – 29 Feb 2024)' },
    ]);
    expect(codes(check({ [A]: MOU, [V]: activity({ agreements: '[a]', start: '2021-02-20', end: '2021-02-28' }) }))).toEqual(['activity-outside-agreement']);
  });

  it('words a validity with no known last day in the reader’s language', () => {
    const cycle = agreement({ effective: '2021-03-01', renews_every: '5y', status: 'active' });
    const before = { [A]: cycle, [V]: activity({ agreements: '[a]', start: '2020-01-10' }) };
    const outside = (found: Found[]): string[] => found.filter((f) => f.code === 'activity-outside-agreement').map((f) => f.message);
    expect(outside(check(before))).toEqual(['the activity (10 Jan 2020) falls outside the validity of `a` (1 Mar 2021 – renews every 5 years)']);
    expect(outside(check(before, 'id'))).toEqual(['kegiatan (10 Jan 2020) berada di luar masa berlaku `a` (1 Mar 2021 – diperpanjang setiap 5 tahun)']);
  });

  it('not for an activity inside, overlapping the edge, or partly dated', () => {
    expect(check({ [A]: MOU, [V]: activity({ agreements: '[a]', start: '2024-02-29' }) })).toEqual([]);
    expect(check({ [A]: MOU, [V]: activity({ agreements: '[a]', start: '2021-02-27', end: '2021-03-02' }) })).toEqual([]);
    expect(check({ [A]: MOU, [V]: activity({ agreements: '[a]', start: '2024-02' }) })).toEqual([]);
  });

  it('not after the start of an agreement without end', () => {
    expect(check({ [A]: agreement({ effective: '2021-03-01', end: 'none', status: 'active' }), [V]: activity({ agreements: '[a]', start: '2030-01-01' }) })).toEqual([]);
  });

  it('uses the end of a term: 5y from 2021-03-01 runs until 2026-02-28', () => {
    const mou = agreement({ effective: '2021-03-01', end: '{term: 5y}', status: 'expired' });
    expect(check({ [A]: mou, [V]: activity({ agreements: '[a]', start: '2026-02-28' }) })).toEqual([]);
    expect(check({ [A]: mou, [V]: activity({ agreements: '[a]', start: '2026-03-01' }) }).map((f) => f.message)).toEqual([
      'the activity (1 Mar 2026) falls outside the validity of `a` (1 Mar 2021 – 28 Feb 2026)',
    ]);
  });
});

describe('status-contradicted', () => {
  const ACTIVE_UNTIL = (end: string): string => agreement({ effective: '2022-01-01', end, status: 'active' });

  it('active with the last day today: fine; with the last day yesterday: contradicted', () => {
    expect(check({ [A]: ACTIVE_UNTIL('2026-11-22') }, 'en', '2026-11-22')).toEqual([]);
    expect(check({ [A]: ACTIVE_UNTIL('2026-11-22') }, 'en', '2026-11-23')).toEqual([
      { code: 'status-contradicted', file: A, at: '5:9', message: 'status is `active`, but as of 23 Nov 2026 it ended on 22 Nov 2026' },
    ]);
  });

  it('active before it takes effect: tomorrow is pending, today is in force', () => {
    const mou = agreement({ effective: '2026-11-23', end: '2028-01-01', status: 'active' });
    expect(check({ [A]: mou }, 'en', '2026-11-22').map((f) => f.message)).toEqual(['status is `active`, but as of 22 Nov 2026 it takes effect only on 23 Nov 2026']);
    expect(check({ [A]: mou }, 'en', '2026-11-23')).toEqual([]);
  });

  it('expired while in force, and expired without any end', () => {
    expect(check({ [A]: agreement({ effective: '2022-01-01', end: '2026-11-22', status: 'expired' }) }, 'en', '2026-11-22').map((f) => f.message)).toEqual([
      'status is `expired`, but as of 22 Nov 2026 it runs until 22 Nov 2026',
    ]);
    expect(check({ [A]: agreement({ effective: '2022-01-01', end: '2026-11-22', status: 'expired' }) }, 'en', '2026-11-23')).toEqual([]);
    expect(check({ [A]: agreement({ effective: '2022-01-01', end: 'none', status: 'expired' }) }).map((f) => f.message)).toEqual([
      'status is `expired`, but as of 22 Nov 2026 it has no end date',
    ]);
  });

  it('superseded needs a renewal; a renewed agreement left active gets the superseded fix', () => {
    expect(check({ [A]: agreement({ status: 'superseded' }) }).map((f) => f.message)).toEqual(['status is `superseded`, but as of 22 Nov 2026 no agreement renews it (nor, for an LoI, names it as parent)']);
    expect(check({ [A]: agreement({ status: 'superseded' }), [B]: agreement({ renews: 'a' }) })).toEqual([]);
    const loaded = loadRegister(makeRegister({ ...PARTNERS, [A]: ACTIVE_UNTIL('2025-12-31'), [B]: agreement({ renews: 'a' }) }));
    const [d] = runChecks(loaded.dataset, day('2026-11-22'));
    expect(d && messageOf(d, 'en').hint).toBe('It has been renewed: set status: superseded.');
  });

  it('a partial end: a month that is wholly past has certainly ended', () => {
    expect(check({ [A]: ACTIVE_UNTIL('2026-10') }, 'en', '2026-11-22').map((f) => f.message)).toEqual(['status is `active`, but as of 22 Nov 2026 it ended in Oct 2026']);
    expect(check({ [A]: ACTIVE_UNTIL('2026-12') }, 'en', '2026-11-22')).toEqual([]);
  });

  it('draft and negotiating are never contradicted', () => {
    expect(check({ [A]: agreement({ effective: '2020-01-01', end: '2021-01-01', status: 'negotiating' }) })).toEqual([]);
  });
});

describe('termination-mismatch', () => {
  it('terminated without a termination, and a termination with another status', () => {
    expect(check({ [A]: agreement({ status: 'terminated' }) })).toEqual([
      { code: 'termination-mismatch', file: A, at: '5:9', message: 'status is `terminated` but no termination date is recorded' },
    ]);
    expect(check({ [A]: agreement({ termination: '{date: 2024-01-01}' }) })).toEqual([
      { code: 'termination-mismatch', file: A, at: '6:1', message: 'a termination is recorded but status is `draft`' },
    ]);
  });

  it('not when both agree', () => {
    expect(check({ [A]: agreement({ effective: '2022-01-01', status: 'terminated', termination: '{date: 2024-01-01, reason: dibatalkan}' }) })).toEqual([]);
  });
});

describe('category and sub-form', () => {
  it('category-partner: a company in a KSDD, an Indonesian province in a KSDPL', () => {
    expect(check({ [A]: agreement({ partners: '[jatim, pt-energi]' }) })).toEqual([
      { code: 'category-partner', file: A, at: '4:19', message: 'a KSDD agreement needs an Indonesian province, regency or city, but `pt-energi` is company in ID' },
    ]);
    expect(codes(check({ [A]: agreement({ category: 'KSDPL', partners: '[jatim]' }) }))).toEqual(['category-partner']);
  });

  it('category-partner: the hint names the category that fits the partner', () => {
    const hintOf = (category: string, partners: string, lang: 'en' | 'id' = 'en'): string | undefined => {
      const loaded = loadRegister(makeRegister({ ...PARTNERS, [A]: agreement({ category, partners }) }));
      const d = runChecks(loaded.dataset, day('2026-11-22')).find((x) => x.code === 'category-partner');
      return d && messageOf(d, lang).hint;
    };
    expect(hintOf('KSDPL', '[jatim]')).toBe('For `jatim` the category is KSDD. Correct the category (see docs/data-model.md#categories) or the partner’s type and country.');
    expect(hintOf('KSDPL', '[jatim]', 'id')).toBe('Untuk `jatim` kategorinya KSDD. Perbaiki kategori (lihat docs/data-model.md#categories) atau jenis dan negara mitra.');
    expect(hintOf('KSDD', '[shizuoka]')).toMatch(/^For `shizuoka` the category is KSDPL\. /);
  });

  it('category-partner: every category with a partner that fits', () => {
    expect(
      check({
        [A]: agreement({ category: 'KSDPL', partners: '[shizuoka]' }),
        [B]: agreement({ category: 'KSDPK', partners: '[pt-energi]' }),
        [C]: agreement({ category: 'PUSAT', partners: '[kemendagri]' }),
      }),
    ).toEqual([]);
  });

  it('subform-category', () => {
    expect(check({ [A]: agreement({ subform: 'provinsi_kembar' }) })).toEqual([
      { code: 'subform-category', file: A, at: '6:10', message: 'subform `provinsi_kembar` does not belong to category KSDD' },
    ]);
    expect(check({ [A]: agreement({ subform: 'sukarela' }), [B]: agreement({ category: 'KSDPL', partners: '[shizuoka]', subform: 'provinsi_kembar' }) })).toEqual([]);
  });
});

describe('approval-missing', () => {
  const foreign = (fields: Record<string, string>): string => agreement({ category: 'KSDPL', partners: '[shizuoka]', effective: '2024-01-01', end: '2028-12-31', status: 'active', ...fields });

  it('an active or signed foreign agreement without approvals', () => {
    expect(check({ [A]: foreign({}) })).toEqual([
      { code: 'approval-missing', file: A, at: '5:9', message: 'this KSDPL agreement is active but has no DPRD approval or central approval recorded' },
    ]);
    expect(check({ [A]: foreign({ status: 'signed', approvals: '{dprd: {number: "1/2024"}}' }) }).map((f) => f.message)).toEqual([
      'this KSDPL agreement is signed but has no central approval recorded',
    ]);
  });

  it('not with both approvals, not for an LoI, a draft, or a domestic agreement', () => {
    expect(check({ [A]: foreign({ approvals: '{dprd: {number: "1"}, central: {number: "2"}}' }) })).toEqual([]);
    expect(check({ [A]: foreign({ document_type: 'loi' }) })).toEqual([]);
    expect(check({ [A]: foreign({ status: 'draft' }) })).toEqual([]);
    expect(check({ [A]: agreement({ effective: '2024-01-01', status: 'active' }) })).toEqual([]);
  });
});

describe('term-too-long', () => {
  it('a term longer than the default 5 years; exactly 5 years is fine', () => {
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '{term: 10y}' }) })).toEqual([
      { code: 'term-too-long', file: A, at: '7:6', message: 'the agreement runs 10 years, longer than the maximum of 5 years set in kerjasama.yaml' },
    ]);
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '{term: 5y}' }) })).toEqual([]);
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '{term: 60m}' }) })).toEqual([]);
    expect(codes(check({ [A]: agreement({ effective: '2024-01-01', end: '{term: 61m}' }) }))).toEqual(['term-too-long']);
  });

  it('an end date: up to the anniversary is fine (offices write five years as 29/08/2022 s.d. 29/08/2027), one day more is not', () => {
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '2028-12-31' }) })).toEqual([]);
    expect(check({ [A]: agreement({ effective: '2022-08-29', end: '2027-08-29' }) })).toEqual([]);
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '2029-01-01' }) })).toEqual([]);
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '2029-01-02' }) }).map((f) => f.message)).toEqual([
      'the agreement runs about 5 years (1 Jan 2024 – 2 Jan 2029), longer than the maximum of 5 years set in kerjasama.yaml',
    ]);
    // In Indonesian, the number as Indonesian writes it.
    expect(check({ [A]: agreement({ effective: '2024-01-01', end: '2031-07-01' }) }, 'id').map((f) => f.message)).toEqual([
      'perjanjian berlaku sekitar 7,5 tahun (1 Jan 2024 – 1 Jul 2031), lebih lama dari batas 5 tahun di kerjasama.yaml',
    ]);
  });

  it('a partial start is read as late as it could be', () => {
    // Effective "2024" may be 31 December 2024; five years from then runs to 31 December 2029.
    expect(check({ [A]: agreement({ effective: '2024', end: '2029-06-30' }) })).toEqual([]);
    expect(codes(check({ [A]: agreement({ effective: '2024-01-01', end: '2029-06-30' }) }))).toEqual(['term-too-long']);
    expect(codes(check({ [A]: agreement({ effective: '2024', end: '2030-01-01' }) }))).toEqual(['term-too-long']);
  });

  it('thresholds.max_term in kerjasama.yaml raises the limit', () => {
    expect(check({ 'kerjasama.yaml': `${MINIMAL_CONFIG}thresholds:\n  max_term: 10y\n`, [A]: agreement({ effective: '2024-01-01', end: '{term: 10y}' }) })).toEqual([]);
  });
});

describe('countries', () => {
  it('no relations (error), special rules (warning), unknown code (error)', () => {
    const found = check({
      'data/partners/il.yaml': 'name: Tel Aviv University\ntype: university\ncountry: IL\n',
      'data/partners/tw.yaml': 'name: TETO\ntype: foreign_institution\ncountry: TW\n',
      'data/partners/uk.yaml': 'name: British Embassy\ntype: foreign_government\ncountry: UK\n',
    });
    expect(found.map((f) => [f.code, f.file, f.at])).toEqual([
      ['country-no-relations', 'data/partners/il.yaml', '3:10'],
      ['country-special-rules', 'data/partners/tw.yaml', '3:10'],
      ['unknown-country', 'data/partners/uk.yaml', '3:10'],
    ]);
  });

  it('the lists in kerjasama.yaml replace the defaults', () => {
    expect(
      check({
        'kerjasama.yaml': `${MINIMAL_CONFIG}countries:\n  no_relations: []\n  special_rules: [JP]\n`,
        'data/partners/il.yaml': 'name: Tel Aviv University\ntype: university\ncountry: IL\n',
      }).map((f) => [f.code, f.file]),
    ).toEqual([['country-special-rules', 'data/partners/shizuoka.yaml']]);
  });
});

describe('unknown-sector', () => {
  it('a near miss gets a suggestion; the 32 urusan and the register’s own sectors are known', () => {
    expect(check({ [A]: agreement({ sectors: '[pariwisata, pendidkan]' }) })).toEqual([
      { code: 'unknown-sector', file: A, at: '6:23', message: '`pendidkan` is not a sector of this register' },
    ]);
    expect(check({ 'kerjasama.yaml': `${MINIMAL_CONFIG}sectors:\n  - {id: ekonomi_kreatif, name: Ekonomi Kreatif}\n`, [A]: agreement({ sectors: '[ekonomi_kreatif, pendidikan]' }), [V]: activity({ partners: '[jatim]', start: '2024-01-01', sectors: '[kesehatan]' }) })).toEqual([]);
    expect(codes(check({ [V]: activity({ partners: '[jatim]', start: '2024-01-01', sectors: '[ekonomi_kreatif]' }) }))).toEqual(['unknown-sector']);
  });
});

describe('unknown-sector: a sector written in words', () => {
  const hintOf = (sector: string): string => {
    const loaded = loadRegister(makeRegister({ ...PARTNERS, [A]: agreement({ sectors: `[${sector}]` }) }));
    const d = runChecks(loaded.dataset, day('2026-11-22')).find((x) => x.code === 'unknown-sector');
    return d ? messageOf(d, 'en').hint : '';
  };
  it('a longer name of an urusan, or a part of its name, suggests that one urusan', () => {
    expect(hintOf('perhubungan_darat')).toMatch(/^Did you mean `perhubungan`\?/);
    expect(hintOf('kesehatan_masyarakat')).toMatch(/^Did you mean `kesehatan`\?/);
    expect(hintOf('pekerjaan_umum_penataan_ruang')).toMatch(/^Did you mean `pekerjaan_umum`\?/);
    expect(hintOf('energi')).toMatch(/^Did you mean `esdm`\?/);
    expect(hintOf('usaha_kecil')).toMatch(/^Did you mean `koperasi_ukm`\?/);
  });
  it('words that name two urusan suggest each as its own item of the list, in both languages', () => {
    expect(hintOf('pendidikan_kebudayaan')).toMatch(/^It names more than one urusan: write each as its own item of the list, `\[pendidikan, kebudayaan\]`\. /);
    const loaded = loadRegister(makeRegister({ ...PARTNERS, [A]: agreement({ sectors: '[pendidikan_kebudayaan]' }) }));
    const d = runChecks(loaded.dataset, day('2026-11-22')).find((x) => x.code === 'unknown-sector');
    expect(d ? messageOf(d, 'id').hint : '').toMatch(/^Ini menyebut lebih dari satu urusan: tulis masing-masing sebagai butir daftar, `\[pendidikan, kebudayaan\]`\. /);
  });
  it('words that name two urusan, or none, suggest no one sector', () => {
    expect(hintOf('pendidikan_kebudayaan')).not.toContain('Did you mean');
    expect(hintOf('kerja_sama_umum')).not.toContain('Did you mean');
    // A word of two urusan's names (Pemberdayaan Perempuan …, Pemberdayaan Masyarakat …) is not a near miss of kebudayaan.
    expect(hintOf('pemberdayaan')).not.toContain('Did you mean');
  });
});

describe('partner-duplicate', () => {
  it('the same name once government prefixes are removed, in the same country: two names that look like one partner, both named (not "share the name")', () => {
    // Deliberately changed from "share the name `Pemerintah Provinsi Jawa Timur`": jatim is named Provinsi Jawa Timur.
    expect(check({ 'data/partners/pemprov-jatim.yaml': 'name: Pemerintah Provinsi Jawa Timur\ntype: province\ncountry: ID\n' })).toEqual([
      {
        code: 'partner-duplicate',
        file: 'data/partners/pemprov-jatim.yaml',
        at: '1:7',
        message: 'this partner looks like `jatim` (data/partners/jatim.yaml): both are in Indonesia and have names that look like the same partner: `Pemerintah Provinsi Jawa Timur` and `Provinsi Jawa Timur`',
      },
    ]);
    const magelang = { 'data/partners/magelang.yaml': 'name: Kabupaten Magelang\ntype: regency\ncountry: ID\n', 'data/partners/pemkab-magelang.yaml': 'name: Pemerintah Kabupaten Magelang\ntype: regency\ncountry: ID\n' };
    expect(check(magelang, 'id').map((f) => f.message)).toEqual([
      'mitra ini tampaknya sama dengan `magelang` (data/partners/magelang.yaml): keduanya di Indonesia dan namanya tampak seperti mitra yang sama: `Pemerintah Kabupaten Magelang` dan `Kabupaten Magelang`',
    ]);
  });

  it('the very same name is said to be shared', () => {
    expect(check({ 'data/partners/jawa-timur.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' }).map((f) => f.message)).toEqual([
      'this partner looks like `jatim` (data/partners/jatim.yaml): both are in Indonesia and share the name `Provinsi Jawa Timur`',
    ]);
    expect(check({ 'data/partners/jawa-timur.yaml': 'name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n' }, 'id').map((f) => f.message)).toEqual([
      'mitra ini tampaknya sama dengan `jatim` (data/partners/jatim.yaml): keduanya di Indonesia dan bernama `Provinsi Jawa Timur`',
    ]);
  });

  it('not where identifiers decide: the same one (same-identifier says it) or two different ones (two partners)', () => {
    const jatim = (ids: string) => ({ 'data/partners/jatim.yaml': `name: Provinsi Jawa Timur\ntype: province\ncountry: ID\n${ids}` });
    const pemprov = (ids: string) => ({ 'data/partners/pemprov-jatim.yaml': `name: Pemerintah Provinsi Jawa Timur\ntype: province\ncountry: ID\n${ids}` });
    expect(codes(check({ ...jatim("ids: {kemendagri: '35'}\n"), ...pemprov("ids: {kemendagri: '35'}\n") }))).toEqual(['same-identifier']);
    expect(check({ ...jatim("ids: {kemendagri: '35'}\n"), ...pemprov("ids: {kemendagri: '35.78'}\n") }).map((f) => f.code)).toEqual(['kemendagri-level']);
    expect(codes(check({ ...jatim("ids: {kemendagri: '35'}\n"), ...pemprov("ids: {wikidata: Q1}\n") }))).toEqual(['partner-duplicate']);
  });

  it('through an alias, but not across countries', () => {
    expect(codes(check({ 'data/partners/x.yaml': 'name: Pemda Shizuoka\naliases: [Shizuoka Prefectural Government]\ntype: foreign_subnational\ncountry: JP\n' }))).toEqual(['partner-duplicate']);
    expect(check({ 'data/partners/x.yaml': 'name: Shizuoka\ntype: foreign_subnational\ncountry: US\n' })).toEqual([]);
  });
});

describe('normaliseName', () => {
  // The rule's reading of a name, as written before the ASCII shortcut: NFKD, accents off, Unicode letters and digits.
  const PREFIXES = ['pemerintah provinsi', 'pemerintah kabupaten', 'pemerintah kota', 'pemerintah daerah', 'pemerintah', 'pemprov', 'pemkab', 'pemkot', 'pemda', 'provinsi', 'prov', 'kabupaten', 'kab', 'kota', 'government of', 'city of', 'state of', 'prefecture of', 'province of', 'the', 'pt', 'cv'];
  const SUFFIXES = ['prefectural government', 'state government', 'city government', 'government', 'prefecture', 'province', 'tbk', 'inc', 'ltd', 'co'];
  const reference = (name: string): string => {
    let s = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/\s+/g, ' ');
    for (let changed = true; changed;) {
      changed = false;
      for (const p of PREFIXES) if (s.startsWith(p + ' ')) { s = s.slice(p.length + 1); changed = true; }
      for (const x of SUFFIXES) if (s.endsWith(' ' + x)) { s = s.slice(0, -x.length - 1); changed = true; }
    }
    return s;
  };
  const words = fc.constantFrom('Pemerintah', 'Provinsi', 'Kota', 'the', 'PT', 'Tbk', 'Government', 'of', 'Osaka', 'Bali', 'Jawa-Timur', 'Ltd.', '  ', '--', '_', '3', 'São', 'Île', 'Ōsaka', '大阪', 'Gyeongsangnam-do', '\t', 'ﬁ');
  it('reads ASCII names (its shortcut) and any other name as the Unicode reading does', () => {
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary-ascii', maxLength: 8 })), { maxLength: 8 }), (parts) => {
      const name = parts.join(' ');
      expect(normaliseName(name)).toBe(reference(name));
    }), { numRuns: 2000 });
  });
});

// Issue 23: identifiers on partners and the owner. The schema checks each one's form; these rules
// check them against the record and against each other.
describe('identifiers', () => {
  const P = 'data/partners/p.yaml';
  it('iso3166-country: a code whose country part is not the partner\'s country, at the code; none when it fits', () => {
    expect(check({ [P]: 'name: Kyoto\ntype: foreign_subnational\ncountry: KR\nids:\n  iso3166_2: JP-26\n' })).toEqual([
      { code: 'iso3166-country', file: P, at: '5:14', message: 'the ISO 3166-2 code `JP-26` is a region of Japan, but the partner\'s country is South Korea (KR)' },
    ]);
    expect(check({ [P]: 'name: Kyoto\ntype: foreign_subnational\ncountry: JP\nids: {iso3166_2: JP-26, wikidata: Q120730}\n' })).toEqual([]);
  });

  it('kemendagri-country: a kode wilayah on a partner outside Indonesia', () => {
    expect(codes(check({ [P]: 'name: Kyoto\ntype: foreign_subnational\ncountry: JP\nids: {kemendagri: \'52\'}\n' }))).toEqual(['kemendagri-country']);
  });

  it('kemendagri-level: a province needs two digits, a regency or city two pairs; other types are not judged', () => {
    const found = check({ [P]: 'name: Kota Mataram\ntype: city\ncountry: ID\nids: {kemendagri: \'52\'}\n' });
    expect(found.map((f) => [f.code, f.message])).toEqual([['kemendagri-level', 'the Kemendagri region code `52` names a province, but the partner\'s type is city']]);
    expect(codes(check({ [P]: 'name: Provinsi NTB\ntype: province\ncountry: ID\nids: {kemendagri: \'52.71\'}\n' }))).toEqual(['kemendagri-level']);
    expect(check({ [P]: 'name: Kota Mataram\ntype: city\ncountry: ID\nids: {kemendagri: \'52.71\'}\n' })).toEqual([]);
    expect(check({ [P]: 'name: Kabupaten Lombok Barat\ntype: regency\ncountry: ID\nids: {kemendagri: \'52.01\'}\n' })).toEqual([]);
    expect(check({ [P]: 'name: Universitas Mataram\ntype: university\ncountry: ID\nids: {kemendagri: \'52.71\'}\n' })).toEqual([]);
    expect(check({ [P]: 'name: Kota Mataram\ntype: city\ncountry: ID\nids: {kemendagri: \'52.71\'}\n' }, 'id')).toEqual([]);
  });

  it('same-identifier: two partners with one identifier, on the second, naming the first; different identifiers pass', () => {
    const Q = 'data/partners/q.yaml';
    const found = check({ [P]: 'name: Kyoto Prefecture\ntype: foreign_subnational\ncountry: JP\nids: {iso3166_2: JP-26}\n', [Q]: 'name: Kyoto Fu-cho\ntype: foreign_subnational\ncountry: JP\nids: {iso3166_2: JP-26}\n' });
    expect(found.map((f) => [f.code, f.file, f.message])).toEqual([['same-identifier', Q, 'this partner has the ISO 3166-2 code `JP-26`, as `p` (data/partners/p.yaml) has: one identifier is one partner']]);
    expect(codes(check({ [P]: 'name: A\ntype: other\ncountry: ID\nids: {wikidata: Q1}\n', [Q]: 'name: B\ntype: other\ncountry: ID\nids: {wikidata: Q1}\n' }))).toEqual(['same-identifier']);
    expect(check({ [P]: 'name: A\ntype: other\ncountry: ID\nids: {wikidata: Q1}\n', [Q]: 'name: B\ntype: other\ncountry: ID\nids: {wikidata: Q11}\n' })).toEqual([]);
  });

  it('iso3166-missing: only where kerjasama.yaml asks for it, and only for a foreign regional government', () => {
    // PARTNERS holds Shizuoka (foreign_subnational, no ids): no warning by default.
    expect(check({})).toEqual([]);
    const found = check({ 'kerjasama.yaml': MINIMAL_CONFIG + 'checks: {iso3166_2_required: true}\n' });
    expect(found.map((f) => [f.code, f.file])).toEqual([['iso3166-missing', 'data/partners/shizuoka.yaml']]);
    expect(check({ 'kerjasama.yaml': MINIMAL_CONFIG + 'checks: {iso3166_2_required: true}\n', 'data/partners/shizuoka.yaml': 'name: Shizuoka Prefecture\ntype: foreign_subnational\ncountry: JP\nids: {iso3166_2: JP-22}\n' })).toEqual([]);
  });

  it('owner-identifier: owner_ids against the owner\'s partner record, where both say', () => {
    const ntb = (ids: string) => `name: Provinsi Nusa Tenggara Barat\ntype: province\ncountry: ID\n${ids}`;
    const found = check({ 'kerjasama.yaml': MINIMAL_CONFIG + "owner_ids: {kemendagri: '53'}\n", 'data/partners/ntb.yaml': ntb("ids: {kemendagri: '52'}\n") });
    expect(found).toEqual([{ code: 'owner-identifier', file: 'data/partners/ntb.yaml', at: '4:19', message: "this is our region's record (owner in kerjasama.yaml), and its ids.kemendagri is `52`, but owner_ids.kemendagri in kerjasama.yaml is `53`" }]);
    expect(check({ 'kerjasama.yaml': MINIMAL_CONFIG + "owner_ids: {kemendagri: '52'}\n", 'data/partners/ntb.yaml': ntb("ids: {kemendagri: '52'}\n") })).toEqual([]);
    expect(check({ 'kerjasama.yaml': MINIMAL_CONFIG + "owner_ids: {kemendagri: '52'}\n" })).toEqual([]);
  });

  it('the schema checks the forms: a code without quotes read as a number, a bad ISO code, a bad Wikidata id', () => {
    const loaded = loadRegister(makeRegister({ [P]: 'name: X\ntype: province\ncountry: ID\nids: {kemendagri: 52, iso3166_2: ID_NB, wikidata: q5}\n' }));
    expect(loaded.diagnostics.filter((d) => d.file === P).map((d) => [d.code, d.pointer])).toEqual([['schema-type', '/ids/kemendagri'], ['schema-pattern', '/ids/iso3166_2'], ['schema-pattern', '/ids/wikidata']]);
  });
});

describe('a date known only in part is worded as it is known, never as its earliest day', () => {
  const files: Files = {
    [A]: agreement({ effective: '2022-01-01', end: '2026-10', status: 'active' }),
    [B]: agreement({ title: 'Later', effective: '2027-03', end: '{ term: 2y }', status: 'active' }),
    [C]: agreement({ title: 'Expired', effective: '2024-01-01', end: '2027-05', status: 'expired' }),
    'data/agreements/d.yaml': agreement({ title: 'Term', effective: '2023-03', end: '{ term: 3y }', status: 'active' }),
    [V]: activity({ agreements: '[a]', start: '2027-03-01' }),
  };
  const diags = (): Diagnostic[] => runChecks(loadRegister(makeRegister({ ...PARTNERS, ...files })).dataset, day('2026-12-07'));
  const said = (lang: 'en' | 'id', code: string, file: string): string => {
    const d = diags().find((x) => x.code === code && x.file === file);
    return d ? messageOf(d, lang).message : `(no ${code} in ${file})`;
  };

  it('end: 2026-10 ended in Oct 2026 (not "on 1 Oct 2026"); the decision still counts from its days', () => {
    expect(said('en', 'status-contradicted', A)).toBe('status is `active`, but as of 7 Dec 2026 it ended in Oct 2026');
    expect(said('id', 'status-contradicted', A)).toBe('status `active`, padahal per 7 Des 2026 perjanjian berakhir pada Okt 2026');
    expect(diags().find((x) => x.code === 'status-contradicted' && x.file === A)?.params).toMatchObject({ date: '2026-10' });
    expect(said('en', 'activity-outside-agreement', V)).toBe('the activity (1 Mar 2027) falls outside the validity of `a` (1 Jan 2022 – Oct 2026)');
    expect(said('id', 'activity-outside-agreement', V)).toBe('kegiatan (1 Mar 2027) berada di luar masa berlaku `a` (1 Jan 2022 – Okt 2026)');
  });

  it('a start, an end and a term from a start known to the month', () => {
    expect(said('en', 'status-contradicted', B)).toBe('status is `active`, but as of 7 Dec 2026 it takes effect only in Mar 2027');
    expect(said('id', 'status-contradicted', B)).toBe('status `active`, padahal per 7 Des 2026 perjanjian baru berlaku pada Mar 2027');
    expect(said('en', 'status-contradicted', C)).toBe('status is `expired`, but as of 7 Dec 2026 it runs until May 2027');
    expect(said('id', 'status-contradicted', C)).toBe('status `expired`, padahal per 7 Des 2026 perjanjian berlaku sampai Mei 2027');
    // Three years from some day in March 2023: its last day is one of 28 Feb 2026 to 30 Mar 2026.
    // A span of days is not a month: "within" it, not "in" it.
    expect(said('en', 'status-contradicted', 'data/agreements/d.yaml')).toBe('status is `active`, but as of 7 Dec 2026 it ended within 28 Feb–30 Mar 2026');
    expect(said('id', 'status-contradicted', 'data/agreements/d.yaml')).toBe('status `active`, padahal per 7 Des 2026 perjanjian berakhir dalam rentang 28 Feb–30 Mar 2026');
  });
});

describe('a day in a message reads as the tables write it; the parameters keep ISO', () => {
  const files: Files = {
    [A]: agreement({ effective: '2022-01-01', end: '2026-11-22', status: 'active' }),
    [B]: agreement({ title: 'Renewed', effective: '1996-01-01', renews_every: '5y', status: 'active', confirmed: '2017-06' }),
    [C]: agreement({ title: 'Planned', status: 'negotiating', planned_signing: '2026-03-15' }),
    'data/agreements/d.yaml': agreement({ category: 'KSDPL', partners: '[shizuoka]', effective: '2024-01-01', end: '2035-06-30', status: 'active', signatures: '[{party: shizuoka, date: 2024-02-01}]' }),
    [V]: activity({ agreements: '[a]', start: '2027-03-01' }),
  };
  const run = (): Diagnostic[] => {
    const loaded = loadRegister(makeRegister({ ...PARTNERS, ...files }));
    return runChecks(loaded.dataset, day('2026-12-07'));
  };
  const said = (lang: 'en' | 'id', code: string): string => {
    const d = run().find((x) => x.code === code);
    return d ? `${messageOf(d, lang).message} | ${messageOf(d, lang).hint}` : `(no ${code})`;
  };

  it('in English and in Indonesian: 7 Dec 2026, 7 Des 2026, Jun 2017; never 2026-12-07 in the prose', () => {
    expect(said('en', 'status-contradicted')).toMatch(/^status is `active`, but as of 7 Dec 2026 it ended on 22 Nov 2026 \|/);
    expect(said('id', 'status-contradicted')).toMatch(/^status `active`, padahal per 7 Des 2026 perjanjian berakhir pada 22 Nov 2026 \|/);
    expect(said('en', 'signing-overdue')).toMatch(/^the signing was planned for 15 Mar 2026, but as of 7 Dec 2026 /);
    expect(said('id', 'signing-overdue')).toMatch(/^penandatanganan direncanakan pada 15 Mar 2026, tetapi per 7 Des 2026 /);
    expect(said('en', 'stale-facts')).toMatch(/^the facts of this record were last confirmed Jun 2017, /);
    expect(said('id', 'stale-facts')).toMatch(/^data ini terakhir dikonfirmasi Jun 2017, /);
    expect(said('en', 'renewal-not-on-record')).toMatch(/^renewal not on record since 1 Jan 2001: /);
    expect(said('id', 'renewal-not-on-record')).toMatch(/^perpanjangan tidak tercatat sejak 1 Jan 2001: /);
    expect(said('en', 'date-order')).toMatch(/^effective \(1 Jan 2024\) is before signatures\[0\]\.date \(1 Feb 2024\)/);
    expect(said('id', 'date-order')).toMatch(/^effective \(1 Jan 2024\) lebih awal dari signatures\[0\]\.date \(1 Feb 2024\)/);
    expect(said('en', 'activity-outside-agreement')).toMatch(/^the activity \(1 Mar 2027\) falls outside the validity of `a` \(1 Jan 2022 – 22 Nov 2026\)/);
    expect(said('id', 'activity-outside-agreement')).toMatch(/^kegiatan \(1 Mar 2027\) berada di luar masa berlaku `a` \(1 Jan 2022 – 22 Nov 2026\)/);
    expect(said('en', 'approval-missing')).toContain('Foreign cooperation that started on or after 2 Oct 2014 needs');
    expect(said('id', 'approval-missing')).toContain('Kerja sama luar negeri yang mulai pada atau sesudah 2 Okt 2014 memerlukan');
    expect(said('en', 'term-too-long')).toMatch(/^the agreement runs about 11[.,]5 years \(1 Jan 2024 – 30 Jun 2035\)/);
    expect(said('id', 'term-too-long')).toMatch(/^perjanjian berlaku sekitar 11,5 tahun \(1 Jan 2024 – 30 Jun 2035\)/);
    for (const d of run()) {
      for (const lang of ['en', 'id'] as const) {
        const m = messageOf(d, lang);
        expect(`${m.message} | ${m.hint}`, d.code).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
      }
    }
  });

  it('the parameters (JSON params, SARIF properties) stay ISO', () => {
    const ds = run();
    expect(ds.find((d) => d.code === 'status-contradicted')?.params).toMatchObject({ asOf: '2026-12-07', date: '2026-11-22' });
    expect(ds.find((d) => d.code === 'stale-facts')?.params).toMatchObject({ confirmed: '2017-06' });
    expect(ds.find((d) => d.code === 'approval-missing')?.params).toMatchObject({ since: '2014-10-02' });
  });
});
