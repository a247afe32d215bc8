// Record ids suggested from a name or title: lower-case ASCII, diacritics stripped, words joined by -,
// short, and made unique with -2, -3 … The result always matches the id rule of the loader.

const MAX_ID = 40;

/** "Prefektur Shizuoka – MoU 2017" → "prefektur-shizuoka-mou-2017"; "" when nothing usable is left. */
export function slug(text: string, max = MAX_ID): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // A year at the end is what tells records apart (jatim-wa-renewal-2023): keep it when cutting.
  const last = words[words.length - 1];
  if (last && /^(1[89]|2[0-9])[0-9]{2}$/.test(last) && words.join('-').length > max && words.length > 1) {
    const head = slug(words.slice(0, -1).join(' '), max - last.length - 1);
    return head ? `${head}-${last}` : last;
  }
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) {
      if (!out) out = w.slice(0, max);
      break;
    }
    out = next;
  }
  return out;
}

/** A region's own id from its name: the administrative prefix dropped ("Provinsi Nusa Tenggara Barat" → "nusa-tenggara-barat"). */
export function regionId(name: string): string {
  const s = slug(name.replace(/^\s*(pemerintah\s+)?(provinsi|prov\.?|kabupaten|kab\.?|kota|pemprov|pemkab|pemkot)\s+/i, ''));
  return s || slug(name);
}

/** The first of base, base-2, base-3 … that is not taken; `fallback` when the text gives no base. */
export function uniqueId(base: string, taken: (id: string) => boolean, fallback: string): string {
  const b = base || fallback;
  if (!taken(b)) return b;
  for (let n = 2; ; n++) if (!taken(`${b}-${n}`)) return `${b}-${n}`;
}

/** The partner type a region's name implies, when it says. */
export function regionTypeOf(name: string): 'province' | 'regency' | 'city' | undefined {
  const n = name.trim().toLowerCase();
  if (/^(pemerintah\s+)?(provinsi|prov\.?|pemprov)\s/.test(n)) return 'province';
  if (/^(pemerintah\s+)?(kabupaten|kab\.?|pemkab)\s/.test(n)) return 'regency';
  if (/^(pemerintah\s+)?(kota|pemkot)\s/.test(n)) return 'city';
  return undefined;
}
