// The sector vocabulary's names in Bahasa Indonesia and English: the 32 urusan pemerintahan of
// Permendagri 22/2020 and the objects of cooperation (sectors.ts builds a register's vocabulary on them).

import type { Sector } from './sectors.js';

export const s = (group: Sector['group'], id: string, name: string, name_en: string): Sector => ({ id, name, name_en, group });

export const URUSAN: readonly Sector[] = [
  s('dasar', 'pendidikan', 'Pendidikan', 'Education'),
  s('dasar', 'kesehatan', 'Kesehatan', 'Health'),
  s('dasar', 'pekerjaan_umum', 'Pekerjaan Umum dan Penataan Ruang', 'Public works and spatial planning'),
  s('dasar', 'perumahan', 'Perumahan Rakyat dan Kawasan Permukiman', 'Housing and settlements'),
  s('dasar', 'trantibum', 'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat', 'Public order and community protection'),
  s('dasar', 'sosial', 'Sosial', 'Social affairs'),
  s('non_dasar', 'tenaga_kerja', 'Tenaga Kerja', 'Labour'),
  s('non_dasar', 'pemberdayaan_perempuan', 'Pemberdayaan Perempuan dan Pelindungan Anak', "Women's empowerment and child protection"),
  s('non_dasar', 'pangan', 'Pangan', 'Food'),
  s('non_dasar', 'pertanahan', 'Pertanahan', 'Land'),
  s('non_dasar', 'lingkungan_hidup', 'Lingkungan Hidup', 'Environment'),
  s('non_dasar', 'adminduk', 'Administrasi Kependudukan dan Pencatatan Sipil', 'Civil registration'),
  s('non_dasar', 'pemberdayaan_masyarakat_desa', 'Pemberdayaan Masyarakat dan Desa', 'Community and village empowerment'),
  s('non_dasar', 'pengendalian_penduduk_kb', 'Pengendalian Penduduk dan Keluarga Berencana', 'Population control and family planning'),
  s('non_dasar', 'perhubungan', 'Perhubungan', 'Transport'),
  s('non_dasar', 'komunikasi_informatika', 'Komunikasi dan Informatika', 'Communication and informatics'),
  s('non_dasar', 'koperasi_ukm', 'Koperasi, Usaha Kecil dan Menengah', 'Cooperatives and small business'),
  s('non_dasar', 'penanaman_modal', 'Penanaman Modal', 'Investment'),
  s('non_dasar', 'kepemudaan_olahraga', 'Kepemudaan dan Olah Raga', 'Youth and sports'),
  s('non_dasar', 'statistik', 'Statistik', 'Statistics'),
  s('non_dasar', 'persandian', 'Persandian', 'Cryptography'),
  s('non_dasar', 'kebudayaan', 'Kebudayaan', 'Culture'),
  s('non_dasar', 'perpustakaan', 'Perpustakaan', 'Libraries'),
  s('non_dasar', 'kearsipan', 'Kearsipan', 'Archives'),
  s('pilihan', 'kelautan_perikanan', 'Kelautan dan Perikanan', 'Marine affairs and fisheries'),
  s('pilihan', 'pariwisata', 'Pariwisata', 'Tourism'),
  s('pilihan', 'pertanian', 'Pertanian', 'Agriculture'),
  s('pilihan', 'kehutanan', 'Kehutanan', 'Forestry'),
  s('pilihan', 'esdm', 'Energi dan Sumber Daya Mineral', 'Energy and mineral resources'),
  s('pilihan', 'perdagangan', 'Perdagangan', 'Trade'),
  s('pilihan', 'perindustrian', 'Perindustrian', 'Industry'),
  s('pilihan', 'transmigrasi', 'Transmigrasi', 'Transmigration'),
];

export const OBJECTS: Readonly<Record<string, { id: string; en: string }>> = {
  iptek: { id: 'Ilmu pengetahuan dan teknologi', en: 'Science and technology' },
  pertukaran_budaya: { id: 'Pertukaran budaya', en: 'Cultural exchange' },
  kapasitas_teknis: { id: 'Peningkatan kemampuan teknis dan manajemen pemerintahan', en: 'Technical and management capacity of government' },
  promosi_potensi: { id: 'Promosi potensi daerah', en: 'Promotion of regional potential' },
  lainnya: { id: 'Objek lain yang tidak bertentangan dengan peraturan', en: 'Other lawful objects' },
};

