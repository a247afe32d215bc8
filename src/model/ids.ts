// Record ids from text: lower-case ASCII, diacritics stripped, words joined by -. The loader suggests
// one for a badly named file; `kerjasama new` and `init` suggest one from a name or title.

/** The id rule, as schemas/defs.schema.json states it ($defs/id; a test keeps the two the same). */
export const ID_PATTERN = /^[a-z0-9]+([-_.][a-z0-9]+)*$/;

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

