// The words of kerjasama aggregate partners and aggregate conflicts: national partners, the candidates
// that may be one partner, and the fields on which members' records differ, in English and Bahasa
// Indonesia (docs/glossary.md). Composed by say() (model/words.ts).

import { w, type Catalogue } from '../model/words.js';

export const IDENTITY_VIEW_WORDS = {
  partnersTitle: w((v) => `Partners of ${v['name']}, across members`, (v) => `Mitra ${v['name']}, lintas anggota`),
  candidatesTitle: w('Partners that may be one partner (not decided in identity.yaml)', 'Mitra yang mungkin satu mitra (belum diputuskan di identity.yaml)'),
  conflictsTitle: w((v) => `Where members' records of one agreement or partner differ, in ${v['name']}`, (v) => `Isi yang berbeda antar-anggota untuk perjanjian atau mitra yang sama, dalam ${v['name']}`),
  partner: w('National partner', 'Mitra nasional'),
  name: w('Name', 'Nama'),
  country: w('Country', 'Negara'),
  type: w('Type', 'Jenis'),
  ids: w('Identifiers', 'Kode pengenal'),
  records: w("Members' records", 'Data para anggota'),
  candidate: w('#', '#'),
  first: w('Partner', 'Mitra'),
  second: w('May be the same as', 'Mungkin sama dengan'),
  evidence: w('Evidence', 'Bukti'),
  record: w('Agreement or partner', 'Perjanjian atau mitra'),
  field: w('Field', 'Kolom'),
  value: w('Value', 'Isi'),
  member: w('Member', 'Anggota'),
  where: w('Where', 'Letak'),
  status: w('Status', 'Status'),
  open: w('to resolve', 'perlu diselesaikan'),
  acknowledged: w('acknowledged', 'sudah diketahui'),
  none: w('none', 'tidak ada'),
  kindAgreement: w((v) => `agreement ${v['id']}`, (v) => `perjanjian ${v['id']}`),
  kindPartner: w((v) => `partner ${v['id']}`, (v) => `mitra ${v['id']}`),
  ofParty: w((v) => `${v['field']} (party ${v['party']})`, (v) => `${v['field']} (pihak ${v['party']})`),
  sameName: w((v) => `${v['a']} and ${v['b']}: one name once the kind of region and government words are set aside (${v['key']})`,
    (v) => `${v['a']} dan ${v['b']}: satu nama bila jenis wilayah dan sebutan pemerintahnya dikesampingkan (${v['key']})`),
  sameCountry: w((v) => `both in ${v['country']}`, (v) => `keduanya di ${v['country']}`),
  sameType: w('the same type', 'jenisnya sama'),
  otherType: w((v) => `types differ: ${v['a']} and ${v['b']}`, (v) => `jenisnya berbeda: ${v['a']} dan ${v['b']}`),
  idsOnlyOne: w((v) => `only ${v['side']} has identifiers (${v['ids']})`, (v) => `hanya ${v['side']} yang berkode pengenal (${v['ids']})`),
  noIds: w('neither has an identifier', 'keduanya tidak berkode pengenal'),
  emptyPartners: w('No partners in the members.', 'Tidak ada mitra di register anggota.'),
  emptyCandidates: w('No unresolved candidates: every partner that may be the same as another is decided in identity.yaml, or has identifiers that decide.',
    'Tidak ada calon yang belum diputuskan: setiap mitra yang mungkin sama dengan mitra lain sudah diputuskan di identity.yaml, atau kode pengenalnya sudah menentukan.'),
  emptyConflicts: w("No differences: the members' records of each agreement and partner agree.", 'Tidak ada perbedaan: data para anggota tentang setiap perjanjian dan mitra sama isinya.'),
  noteCandidates: w('Decide each in identity.yaml beside federation.yaml: same: [[34:kyoto, 35:kyoto-prefecture]] if they are one partner, different: [[…]] if not (docs/aggregate.md).',
    'Putuskan masing-masing di identity.yaml di samping federation.yaml: same: [[34:kyoto, 35:kyoto-prefecture]] bila satu mitra, different: [[…]] bila bukan (docs/aggregate.md).'),
  noteConflicts: w('Correct the value in the register that has it wrong, or, if the difference is known and stays, add it to acknowledged: in identity.yaml (docs/aggregate.md). A date written less precisely (2026-01 against 2026-01-15) is not a difference.',
    'Perbaiki isinya di register yang keliru, atau, bila perbedaannya sudah diketahui dan tetap, catat di acknowledged: dalam identity.yaml (docs/aggregate.md). Tanggal yang ditulis kurang rinci (2026-01 dan 2026-01-15) bukan perbedaan.'),
  noteAck: w((v) => `Acknowledged in identity.yaml: ${v['note']}`, (v) => `Sudah diketahui di identity.yaml: ${v['note']}`),
} satisfies Catalogue;

export type IdentityViewWord = keyof typeof IDENTITY_VIEW_WORDS;
