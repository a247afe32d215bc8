// Folder names people give the record folders (mitra, perjanjian, kegiatan …), in Bahasa Indonesia and
// English: a table that recognises input, read to say where a misplaced file goes; never shown.

import type { Kind } from '../model/types.js';

export const KIND_FOLDER_WORDS: Readonly<Record<string, Kind>> = {
  mitra: 'partner', partner: 'partner', partners: 'partner', 'mitra-kerja-sama': 'partner',
  perjanjian: 'agreement', agreement: 'agreement', agreements: 'agreement', naskah: 'agreement', kesepakatan: 'agreement', mou: 'agreement', pks: 'agreement', loi: 'agreement',
  kegiatan: 'activity', activity: 'activity', activities: 'activity', implementasi: 'activity', pelaksanaan: 'activity',
};
