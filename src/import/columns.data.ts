// The column headings the import recognises for the fields only an import has (the partner, its type,
// country and region, numbers, the signing day, the term; columns to ignore), in Bahasa Indonesia and
// English, compared after folding. A table that recognises input; documented in docs/importing.md. The
// headings of the record fields are in model/fields.data.ts.

export const IMPORT_HEADERS = {
  id: ['id', 'kode', 'kode perjanjian', 'agreement id'],
  partner: ['mitra', 'nama mitra', 'mitra kerja sama', 'mitra kerjasama', 'mitra kerja', 'pihak kedua', 'nama pihak kedua', 'instansi mitra', 'nama instansi', 'nama instansi mitra', 'mitra ks', 'partner', 'partners', 'partner name', 'counterpart', 'counterparts', 'pihak', 'para pihak', 'dengan'],
  partner_type: ['jenis mitra', 'tipe mitra', 'kategori mitra', 'partner type'],
  country: ['negara', 'negara mitra', 'asal negara', 'country', 'partner country'],
  region: ['wilayah', 'daerah mitra', 'region', 'state'],
  partner_code: ['kode wilayah', 'kode wilayah mitra', 'kode daerah', 'kode daerah mitra', 'kode wilayah kemendagri', 'kode kemendagri', 'kode provinsi', 'kode kabupaten kota', 'region code', 'partner region code'],
  number: ['nomor', 'nomor naskah', 'nomor dokumen', 'nomor perjanjian', 'nomor kesepakatan', 'no naskah', 'no dokumen', 'no perjanjian', 'nomor pihak kesatu', 'nomor pihak pertama', 'number', 'document number', 'reference'],
  partner_number: ['nomor pihak kedua', 'nomor mitra', 'no pihak kedua', 'partner number'],
  signed: ['tanggal penandatanganan', 'tgl penandatanganan', 'tanggal ttd', 'tgl ttd', 'tanggal tanda tangan', 'tanggal ditandatangani', 'ditandatangani', 'penandatanganan', 'tanggal', 'tgl', 'signed', 'date signed', 'signing date', 'signature date', 'date of signing', 'signed on'],
  term: ['jangka waktu', 'masa berlaku', 'lama berlaku', 'durasi', 'periode', 'jangka waktu berlaku', 'term', 'duration', 'validity', 'period'],
  ignore: ['no', 'nomor urut', 'no urut', 'urut', 'derived status', 'derived_status', 'status from the dates', 'status menurut tanggal', 'jumlah', 'file'],
} as const;
