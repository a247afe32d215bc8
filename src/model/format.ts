// Numbers and money as each language writes them, for every human output (tables, Markdown, the site,
// messages, diagnostics, text cells of workbooks): Intl with id-ID (150.000.000; 2,5) or en-GB
// (150,000,000; 2.5). Money in Indonesian puts Rp before the amount with no space (Rp150.000.000), as
// Indonesian spelling rules write it; other currencies, and English, give the ISO code and a space
// (IDR 150,000,000, JPY 3.500). Machine outputs (JSON, CSV, ICS, SARIF's properties) keep plain numbers.
// Dates: humanDate / humanKDate in dates.ts.

import type { Lang } from './types.js';
import { DATE_WORDS } from './dates.words.js';
import { say } from './words.js';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maxFraction: number): Intl.NumberFormat {
  const key = `${lang}:${maxFraction}`;
  let f = formats.get(key);
  if (!f) {
    // Grouping always (id-ID's CLDR data leaves 4-digit numbers ungrouped in some ICU versions: 3500 or 3.500).
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFraction, minimumFractionDigits: 0, useGrouping: 'always' });
    formats.set(key, f);
  }
  return f;
}

/** The separator of thousands each language's locale groups with (LOCALE, ICU's data): 65.536 (id), 65,536 (en). */
const GROUP: Record<Lang, string> = { id: '.', en: ',' };

/**
 * A whole number grouped by thousands as Intl groups it in the language's locale (always grouped), without
 * making an Intl.NumberFormat: loading a locale's ICU data costs about 40 ms, most of what a run answered
 * from the cache prints. test/unit/format.test.ts holds it equal to Intl for any safe integer.
 */
function groupInteger(n: number, lang: Lang): string {
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? GROUP[lang] : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return n < 0 ? `-${out}` : out;
}

/** A number for a reader: 65.536 (id), 65,536 (en); at most `maxFraction` decimals (default 0: rounded). */
export function formatNumber(n: number, lang: Lang, maxFraction = 0): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return groupInteger(n, lang);
  return numberFormat(lang, maxFraction).format(n);
}

/** For the tests: the number as Intl writes it in the language's locale. */
export function formatNumberIntl(n: number, lang: Lang, maxFraction = 0): string {
  return numberFormat(lang, maxFraction).format(n);
}

/** An amount of money: Rp150.000.000 (id, IDR), IDR 150,000,000 (en), JPY 3.500 (id); cents only when there are any. */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const n = formatNumber(amount, lang, 2);
  return say(DATE_WORDS, lang, 'money', { currency, n });
}

/** A count of years: "5 tahun", "5,5 tahun" (id); "5 years", "1 year", "5.5 years" (en), to one decimal. */
export function formatYears(years: number, lang: Lang): string {
  const n = formatNumber(years, lang, 1);
  return say(DATE_WORDS, lang, 'period.y', { n });
}
