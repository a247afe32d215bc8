// The names offices write for a country that are not its ISO short name (Jepang, Korea Selatan, RRT), read
// by countryByWords (countries.ts) for kerjasama import and for the hints of validate and new. A table that
// recognises input, never shown; documented in docs/importing.md.

/** Names that are not ISO short names but that offices write. Documented in docs/importing.md. */
export const COUNTRY_SYNONYMS: Readonly<Record<string, string>> = {
  'rrt': 'CN', 'rrc': 'CN', 'cina': 'CN', 'china': 'CN', 'republik rakyat tiongkok': 'CN', 'republik rakyat cina': 'CN', "people s republic of china": 'CN', 'prc': 'CN',
  'korsel': 'KR', 'korea selatan': 'KR', 'republic of korea': 'KR', 'republik korea': 'KR', 'south korea': 'KR', 'rok': 'KR',
  'jepang': 'JP', 'japan': 'JP', 'nippon': 'JP',
  'amerika': 'US', 'amerika serikat': 'US', 'usa': 'US', 'united states of america': 'US', 'u s a': 'US',
  'inggris': 'GB', 'britania raya': 'GB', 'uk': 'GB', 'united kingdom': 'GB', 'england': 'GB', 'great britain': 'GB',
  'belanda': 'NL', 'netherlands': 'NL', 'the netherlands': 'NL', 'holland': 'NL',
  'jerman': 'DE', 'germany': 'DE', 'perancis': 'FR', 'prancis': 'FR', 'france': 'FR',
  'uae': 'AE', 'uea': 'AE', 'persatuan emirat arab': 'AE', 'arab saudi': 'SA', 'saudi arabia': 'SA',
  'ri': 'ID', 'republik indonesia': 'ID', 'indonesia': 'ID', 'nkri': 'ID', 'dalam negeri': 'ID',
  'timor leste': 'TL', 'timor-leste': 'TL', 'png': 'PG', 'papua nugini': 'PG', 'selandia baru': 'NZ', 'new zealand': 'NZ',
  'rusia': 'RU', 'russia': 'RU', 'vietnam': 'VN', 'viet nam': 'VN', 'hongkong': 'HK', 'hong kong': 'HK', 'taiwan': 'TW', 'roc': 'TW',
};
