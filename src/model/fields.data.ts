// The column headings the import recognises for each agreement field, in Bahasa Indonesia and English,
// compared after folding (lower case, no punctuation). Tables that recognise input, never shown: the
// field's label and help are its words (fields.words.ts).

export const HEADERS = {
  sources: ['sumber', 'tautan', 'link', 'url', 'source', 'sources'],
  notes: ['keterangan', 'ket', 'catatan', 'keterangan lain', 'notes', 'note', 'remarks', 'comments'],
  unit: ['opd', 'perangkat daerah', 'opd terkait', 'opd pelaksana', 'opd penanggung jawab', 'skpd', 'unit kerja', 'unit', 'pelaksana', 'penanggung jawab', 'responsible unit'],
  title: ['judul', 'tentang', 'perihal', 'judul kerja sama', 'judul kerjasama', 'judul naskah', 'nama kerja sama', 'nama kerjasama', 'uraian', 'title', 'subject', 'judul perjanjian'],
  original_title: ['judul asli', 'judul lengkap', 'original title', 'full title'],
  category: ['kategori', 'kategori kerja sama', 'kategori kerjasama', 'jenis kerja sama', 'jenis kerjasama', 'klasifikasi', 'category'],
  document_type: ['jenis dokumen', 'jenis naskah', 'bentuk', 'bentuk kerja sama', 'bentuk kerjasama', 'bentuk dokumen', 'jenis', 'document type', 'document_type', 'type', 'dokumen'],
  document_date: ['tanggal naskah', 'tgl naskah', 'tanggal dokumen', 'document date'],
  planned_signing: ['rencana penandatanganan', 'rencana tanggal penandatanganan', 'planned signing'],
  effective: ['tanggal berlaku', 'mulai berlaku', 'tanggal mulai', 'tanggal mulai berlaku', 'tmt', 'berlaku sejak', 'mulai', 'start', 'effective', 'effective date', 'start date'],
  end: ['tanggal berakhir', 'tgl berakhir', 'berakhir', 'akhir', 'berlaku sampai', 'berlaku hingga', 'berakhir pada', 'tanggal selesai', 'selesai', 'sampai dengan', 'end', 'end date', 'expiry', 'expiry date', 'expires', 'valid until'],
  extendable_by: ['dapat diperpanjang', 'opsi perpanjangan', 'extendable by', 'extension option'],
  status: ['status', 'status on record', 'status tercatat', 'status kerja sama', 'status kerjasama', 'keadaan', 'status perjanjian'],
  confirmed: ['confirmed', 'dikonfirmasi', 'tanggal konfirmasi', 'status per'],
  sectors: ['bidang', 'bidang kerja sama', 'bidang kerjasama', 'sektor', 'urusan', 'bidang urusan', 'sector', 'sectors', 'field', 'fields'],
  scope: ['ruang lingkup', 'lingkup', 'ruang lingkup kerja sama', 'ruang lingkup kerjasama', 'objek', 'objek kerja sama', 'scope'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
