// The value parsers of the importer: the forms offices write, and properties over generated input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, iso, parseDate } from '../../src/model/dates.js';
import { fieldOfHeader } from '../../src/import/columns.js';
import { readSectors, SECTOR_SYNONYMS } from '../../src/import/sectors.js';
import { readCountry, readDate, readDocumentType, readStatus, readTerm } from '../../src/import/values.js';

const value = <T>(r: { value: T } | { empty: true } | { problem: string }): T | undefined => ('value' in r ? r.value : undefined);

describe('dates as offices write them', () => {
  it.each([
    ['29/08/2027', '2027-08-29'], ['29-08-2027', '2027-08-29'], ['29.08.2027', '2027-08-29'], ['29 Agustus 2027', '2027-08-29'],
    ['29 Agt 2027', '2027-08-29'], ['29 Agt. 2027', '2027-08-29'], ['Senin, 29 Agustus 2027', '2027-08-29'], ['Agustus 2027', '2027-08'], ['2027', '2027'],
    ['± 1990', '~1990'], ['± Juni 1990', '~1990-06'], ['sekitar 1990', '~1990'], ['1997 atau 1998', '1997..1998'], ['1997 s.d. 1998', '1997..1998'],
    ['paling lambat Juni 2017', '..2017-06'], ['Juni 2017 atau sesudahnya', '2017-06..'], ['2027-11-29', '2027-11-29'], ['~1990', '~1990'], ['29 Nopember 2027', '2027-11-29'],
  ])('%s → %s', (text, want) => {
    expect(value(readDate(text))).toBe(want);
  });

  it('reads date cells, serial numbers and years', () => {
    expect(value(readDate({ day: dayNumber(2027, 8, 29) }))).toBe('2027-08-29');
    expect(value(readDate(46628))).toBe('2027-08-29');
    expect(value(readDate(2027))).toBe('2027');
  });

  it('never guesses: impossible days, two-digit years and month-first dates are problems', () => {
    for (const t of ['31/02/2021', '29/08/27', '08/29/2027', 'kemarin', '13 Agustus 20277']) expect(readDate(t)).toEqual({ problem: t });
    expect(readDate('-')).toEqual({ empty: true });
    expect(readDate(null)).toEqual({ empty: true });
  });

  it('property: every day written d/m/y, "d Month y" or as a date cell or serial reads back as that day', () => {
    const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    fc.assert(fc.property(fc.integer({ min: dayNumber(1900, 3, 1), max: dayNumber(2999, 12, 31) }), fc.constantFrom('/', '-', '.'), (n, sep) => {
      const text = iso(n);
      const [y, m, d] = text.split('-').map(Number) as [number, number, number];
      expect(value(readDate(`${d}${sep}${String(m).padStart(2, '0')}${sep}${y}`))).toBe(text);
      expect(value(readDate(`${d} ${months[m - 1]} ${y}`))).toBe(text);
      expect(value(readDate({ day: n }))).toBe(text);
      // A whole number 1800–2999 is read as a year, not as a serial day of 1904–1908: in a date column, 2007 is a year.
      const serial = n - dayNumber(1899, 12, 30);
      expect(value(readDate(serial))).toBe(serial >= 1800 && serial <= 2999 ? String(serial) : text);
    }));
  });

  it('property: any text or number either reads as a date the register accepts, or is a problem; it never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constantFrom('± ', 'sekitar ', 's.d.', '/', 'Agustus', '..').chain((p) => fc.string().map((s) => p + s))), (x) => {
      const r = readDate(x);
      if ('value' in r) expect(parseDate(r.value)).toBeDefined();
    }));
  });
});

describe('durations', () => {
  it.each([['5 tahun', '5y'], ['5 (lima) tahun', '5y'], ['selama 5 (lima) tahun', '5y'], ['lima tahun', '5y'], ['60 bulan', '60m'], ['5 years', '5y'], ['5th', '5y'], ['5y', '5y'], ['Tanpa batas waktu', 'none']])('%s → %s', (t, want) => {
    expect(value(readTerm(t))).toBe(want);
  });
  it('a number without a unit, or words that disagree, are problems', () => {
    expect(readTerm('5')).toEqual({ problem: '5' });
    expect(readTerm(5)).toEqual({ problem: '5' });
    expect(readTerm('5 (enam) tahun')).toEqual({ problem: '5 (enam) tahun' });
  });
  it('property: n tahun and n bulan read as ny and nm; any text gives a term the schema accepts or a problem', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
      expect(value(readTerm(`${n} tahun`))).toBe(`${n}y`);
      expect(value(readTerm(`${n} bulan`))).toBe(`${n}m`);
    }));
    fc.assert(fc.property(fc.string(), (s) => {
      const r = readTerm(s);
      if ('value' in r) expect(r.value).toMatch(/^([1-9][0-9]{0,2}[my]|none)$/);
    }));
  });
});

describe('names', () => {
  it('document types, statuses and countries from their Indonesian and English names', () => {
    expect(value(readDocumentType('Kesepakatan Bersama'))).toBe('mou');
    expect(value(readDocumentType('Nota Kesepahaman'))).toBe('mou');
    expect(value(readDocumentType('PKS'))).toBe('pks');
    expect(value(readDocumentType('Surat Pernyataan Kehendak'))).toBe('loi');
    expect(value(readDocumentType('Addendum PKS'))).toBe('addendum');
    expect(value(readStatus('Masih Berlaku'))).toBe('active');
    expect(value(readStatus('Kadaluarsa'))).toBe('expired');
    expect(readStatus('dalam evaluasi')).toEqual({ problem: 'dalam evaluasi' });
    for (const [t, c] of [['Jepang', 'JP'], ['Korea Selatan', 'KR'], ['Tiongkok', 'CN'], ['RRT', 'CN'], ['Japan', 'JP'], ['Australia', 'AU'], ['JP', 'JP'], ['Inggris', 'GB']]) expect(value(readCountry(t as string))).toBe(c);
    expect(readCountry('Korea')).toEqual({ problem: 'Korea' });
  });

  it('sectors from free text, the unmatched kept', () => {
    expect(readSectors('Pariwisata dan Kebudayaan; Pendidikan, Rumah sakit, Kerja sama umum')).toEqual({ sectors: ['pariwisata', 'kebudayaan', 'pendidikan', 'kesehatan'], unmatched: ['Kerja sama umum'] });
    expect(readSectors('Lingkungan Hidup').sectors).toEqual(['lingkungan_hidup']);
    for (const [id, words] of Object.entries(SECTOR_SYNONYMS)) for (const w of words) expect(readSectors(w).sectors).toContain(id);
  });

  it('headers, case, spacing and punctuation tolerant', () => {
    for (const [h, f] of [['Nama Mitra', 'partner'], ['MITRA KERJA SAMA', 'partner'], ['Pihak Kedua', 'partner'], ['Tgl. TTD', 'signed'], ['Tanggal  Penandatanganan (dd/mm/yyyy)', 'signed'], ['Masa Berlaku', 'term'], ['Jangka Waktu', 'term'], ['Berakhir', 'end'], ['Ruang Lingkup', 'scope'], ['O.P.D.', undefined], ['OPD', 'unit'], ['Perangkat Daerah', 'unit'], ['Keterangan', 'notes'], ['No.', 'ignore'], ['Nomor', 'number'], ['Judul/Tentang', undefined], ['Tentang', 'title']] as const) {
      expect(fieldOfHeader(h), h).toBe(f);
    }
  });
});
