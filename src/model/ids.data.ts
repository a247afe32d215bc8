// Joining words a suggested id should not end on when it is cut short (kunjungan-delegasi-kyotanabe-ke-2026),
// in Bahasa Indonesia and English. A table that recognises input, never shown.

export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'ke', 'di', 'dan', 'dari', 'dengan', 'untuk', 'serta', 'atau', 'antara', 'pada', 'dalam', 'oleh', 'yang', 'tentang',
  'of', 'and', 'to', 'the', 'with', 'for', 'in', 'on', 'at', 'between', 'or', 'a', 'an',
]);
