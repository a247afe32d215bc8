// The words that say what a partner's name is the name of (a government, a prefecture, a company), in
// Indonesian, English and romanised Japanese: taken off a name to match two names of one partner. Tables
// that recognise input, never shown.

/** Government and company words normaliseName takes off the start and the end of a name. */
export const PREFIXES = [
  'pemerintah provinsi', 'pemerintah kabupaten', 'pemerintah kota', 'pemerintah daerah', 'pemerintah', 'pemprov', 'pemkab', 'pemkot', 'pemda',
  'provinsi', 'prov', 'kabupaten', 'kab', 'kota', 'government of', 'city of', 'state of', 'prefecture of', 'province of', 'the', 'pt', 'cv',
];
export const SUFFIXES = ['prefectural government', 'state government', 'city government', 'government', 'prefecture', 'province', 'tbk', 'inc', 'ltd', 'co'];

/**
 * The words that say what kind of region a name is, in Indonesian, English or romanised Japanese, beyond
 * the government words normaliseName takes off: "Prefektur X", "X Prefecture", "X-ken"; "Kota X", "X City",
 * "X-shi"; "Kabupaten X", "X Regency"; "Provinsi X", "Province of X", "X Province" (with or without
 * "Pemerintah"). Taken off only for matching: a new partner's id is made from normaliseName.
 */
export const KIND_PREFIXES = ['prefektur', 'propinsi', 'kotamadya', 'kota madya', 'regency of', 'municipality of', 'metropolitan city of'].map((p) => p + ' ');
export const KIND_SUFFIXES = ['metropolitan government', 'municipal government', 'city', 'regency', 'municipality', 'prefektur', 'ken', 'fu', 'shi'].map((x) => ' ' + x);
