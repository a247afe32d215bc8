// A record's fields as the reader sees them, from the field model: in the model's order, each with its
// label in the reader's language and its value by its shape — a code as its word, a date as a date, a
// reference as the record it names, a link as a link, an object as labelled parts — never a YAML key or a
// raw code. `show` (every format) and the site's record pages draw these; only the drawing differs.

import { CONFIG_FIELDS, FIELDS, fieldPaths, type Fields, type Shape } from '../model/fields.js';
import { countryName } from '../model/countries.js';
import { UNKNOWN_COUNTRY } from '../facts/facts.js';
import { formatDuration, humanKDate, parseDate, parseDuration } from '../model/dates.js';
import { DATE_UNKNOWN } from './labels.js';
import { vw } from './values.words.js';
import { formatNumber } from '../model/format.js';
import { codeLabel, fieldLabel } from '../model/fields.words.js';
import { vocabulary } from '../model/sectors.js';
import type { ExtraSector, Kind, Lang } from '../model/types.js';

export type FieldValue =
  | { readonly t: 'text'; readonly text: string }
  | { readonly t: 'date'; readonly date: string }
  /** A code shown as its word; `code` kept for machines. */
  | { readonly t: 'code'; readonly code: string; readonly label: string }
  | { readonly t: 'ref'; readonly kind: Kind; readonly id: string }
  | { readonly t: 'link'; readonly href: string }
  | { readonly t: 'list'; readonly items: readonly FieldValue[] }
  /** A mapping (an approval, a termination) or one item of a list of them (a signature): labelled parts. */
  | { readonly t: 'object'; readonly rows: readonly FieldRow[] }
  /** Private data left out (the site, unless --include-private). */
  | { readonly t: 'private' };

export interface FieldRow {
  /** The field's path in the record (`approvals.dprd.number`), for machines and anchors. */
  readonly path: string;
  readonly label: string;
  readonly value: FieldValue;
}

export interface FieldViewOptions {
  readonly lang: Lang;
  /** Leave private fields out, shown as such (the site without --include-private). */
  readonly hidePrivate?: boolean;
  /** The register's extra sectors, for sector names. */
  readonly extraSectors?: readonly ExtraSector[];
}

const isUrl = (x: string): boolean => /^https?:\/\//i.test(x);

/** A period or duration as recorded (5y, 18m, 90d) in words; the text itself when it is not one. */
function periodText(text: string, lang: Lang): string {
  const d = parseDuration(text);
  return d ? formatDuration(d, lang) : text;
}

function valueOf(kind: Kind | 'config', path: string, shape: Shape, v: unknown, o: FieldViewOptions, sectorName: (id: string) => string | undefined): FieldValue {
  const words = `${kind}.${path}`;
  if (typeof v === 'boolean') return { t: 'text', text: vw(o.lang, v ? 'yes' : 'no') };
  switch (shape.t) {
    case 'date': return { t: 'date', date: String(v) };
    case 'end':
      if (v === 'none') return { t: 'text', text: vw(o.lang, 'noEnd') };
      if (typeof v === 'object' && v !== null && 'term' in v) return { t: 'text', text: vw(o.lang, 'term', { term: periodText(String((v as { term: string }).term), o.lang) }) };
      return { t: 'date', date: String(v) };
    // A period (5y) in words, in the reader's language: "5 years", "5 tahun".
    case 'period':
    case 'duration': return { t: 'text', text: periodText(String(v), o.lang) };
    // A reminder schedule (90d, 30d) in words on one line: "90 days, 30 days".
    case 'durations': return { t: 'text', text: (Array.isArray(v) ? v : [v]).map((x) => periodText(String(x), o.lang)).join(', ') };
    // A country by its name in the reader's language, its ISO code kept: "Japan (JP)", "Jepang (JP)".
    case 'country': return countryValue(String(v), o.lang);
    case 'countries': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((c) => countryValue(String(c), o.lang)) };
    case 'enum': return { t: 'code', code: String(v), label: codeLabel(words, v, o.lang) ?? String(v) };
    case 'enums': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((c) => ({ t: 'code', code: String(c), label: codeLabel(words, c, o.lang) ?? String(c) })) };
    case 'ref': return { t: 'ref', kind: shape.kind, id: String(v) };
    case 'refs': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((id) => ({ t: 'ref', kind: shape.kind, id: String(id) })) };
    case 'sectors': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((id) => ({ t: 'code', code: String(id), label: sectorName(String(id)) ?? String(id) })) };
    case 'url': return { t: 'link', href: String(v) };
    // A document or evidence is a link (a web address or a path in the register; the site links only safe ones).
    case 'links': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((x) => ({ t: 'link', href: String(x) })) };
    // A source is a web address or a citation (a letter number, a printed report).
    case 'sources': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((x) => (isUrl(String(x)) ? { t: 'link', href: String(x) } : { t: 'text', text: String(x) })) };
    case 'texts': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((x) => ({ t: 'text', text: String(x) })) };
    case 'object': return { t: 'object', rows: rowsOf(kind, shape.fields, v, path + '.', o, sectorName) };
    case 'objects': return { t: 'list', items: (Array.isArray(v) ? v : [v]).map((x) => ({ t: 'object', rows: rowsOf(kind, shape.fields, x, path + '.', o, sectorName) })) };
    // Numbers as the reader's language writes them (an amount of 150.000.000 in Indonesian, 150,000,000 in English).
    case 'number':
    case 'integer': return { t: 'text', text: typeof v === 'number' ? formatNumber(v, o.lang, 2) : String(v) };
    default: return { t: 'text', text: typeof v === 'object' ? JSON.stringify(v) : String(v) };
  }
}

/** A country code as a code with its name (countryName); a code it does not know is shown as it is. */
const countryValue = (code: string, lang: Lang): FieldValue => ({ t: 'code', code, label: countryName(code, lang) });

/**
 * A country as show names it, by its name with the code: "Jepang (JP)", "Japan (JP)"; the country of a
 * partner whose file was left out (facts' `unknown`) as not known. For the reports' country columns.
 */
export function countryText(code: string, lang: Lang): string {
  return code === UNKNOWN_COUNTRY ? vw(lang, 'countryUnknown') : fieldText(countryValue(code, lang), lang);
}

function rowsOf(kind: Kind | 'config', fields: Fields, data: unknown, prefix: string, o: FieldViewOptions, sectorName: (id: string) => string | undefined): FieldRow[] {
  if (typeof data !== 'object' || data === null) return [];
  const d = data as Record<string, unknown>;
  return Object.entries(fields).flatMap(([k, f]): FieldRow[] => {
    const v = d[k];
    if (v === undefined || v === null) return [];
    const path = prefix + k;
    // A part's label may carry its field's ("persetujuan DPRD: nomor", for set and import, where it stands
    // alone); under the field, the part is named once: "persetujuan DPRD: nomor: …", never twice.
    const full = fieldLabel(`${kind}.${path}`, o.lang);
    const parent = prefix ? fieldLabel(`${kind}.${prefix.slice(0, -1)}`, o.lang) : '';
    const label = parent && full.toLowerCase().startsWith(`${parent.toLowerCase()}: `) ? full.slice(parent.length + 2) : full;
    if (f.private && o.hidePrivate) return [{ path, label, value: { t: 'private' } }];
    return [{ path, label, value: valueOf(kind, path, f.shape, v, o, sectorName) }];
  });
}

/** A sector's name in the reader's language, the register's extra sectors included. */
function sectorNames(o: FieldViewOptions): (id: string) => string | undefined {
  const vocab = new Map(vocabulary(o.extraSectors ?? []).map((s) => [s.id, o.lang === 'en' ? s.name_en ?? s.name : s.name]));
  return (id) => vocab.get(id);
}

/** A record's fields as rows, in the field model's order; fields it does not record are left out. */
export function fieldRows(kind: Kind, data: object, o: FieldViewOptions): FieldRow[] {
  return rowsOf(kind, FIELDS[kind], data, '', o, sectorNames(o));
}

/** The field model's fields of a record kind, or of kerjasama.yaml ('config'). */
const fieldsOf = (kind: Kind | 'config'): Fields => (kind === 'config' ? CONFIG_FIELDS : FIELDS[kind]);

/**
 * One field's value, named by its path as blame and the diff name it (`sectors`, `signatures[0].date`;
 * kerjasama.yaml's, `language`, with kind 'config'), as fieldRows gives it; undefined for a path the
 * field model does not know.
 */
export function fieldValueAt(kind: Kind | 'config', path: string, v: unknown, o: FieldViewOptions): FieldValue | undefined {
  const bare = path.replace(/\[\d+\]/g, '');
  const spec = fieldPaths(fieldsOf(kind)).find(([p]) => p === bare)?.[1];
  return spec ? valueOf(kind, bare, spec.shape, v, o, sectorNames(o)) : undefined;
}

/**
 * A field named as a clerk reads it, by its path as blame, the diff and the history give it
 * (`signatures[1].date`, `approvals.dprd.number`): show's label (the field model's words), after its
 * mapping's or list item's label where its own does not say it ("signatures no. 2: signed on", "DPRD
 * approval: number"); never the YAML key, unless the field model does not know the field.
 */
export function fieldPathLabel(kind: Kind | 'config', path: string, lang: Lang): string {
  const parts = path.split('.').map((seg) => {
    const [, key = seg, idx = ''] = /^([^[]*)((?:\[\d+\])*)$/.exec(seg) ?? [];
    return { key, items: [...idx.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]) + 1) };
  });
  const numbered = (label: string, items: readonly number[]): string => items.reduce((l, n) => vw(lang, 'item', { label: l, n }), label);
  const bare = parts.map((p) => p.key);
  const leaf = parts[parts.length - 1] ?? { key: path, items: [] };
  const own = fieldLabel(`${kind}.${bare.join('.')}`, lang);
  if (parts.length < 2) return numbered(own, leaf.items);
  // Its mapping's label first, unless its own already says it (budget: amount, DPRD approval: number,
  // countries without diplomatic relations); a list item's always, with its number.
  const parent = parts[parts.length - 2] as (typeof parts)[number];
  const parentLabel = fieldLabel(`${kind}.${bare.slice(0, -1).join('.')}`, lang);
  if (parent.items.length === 0 && sharesWord(own, parentLabel)) return numbered(own, leaf.items);
  return numbered(`${numbered(parentLabel, parent.items)}: ${own}`, leaf.items);
}

/** The words of a label that say something (four letters or more, a plural's s aside), lower case. */
const wordsOf = (label: string): string[] => label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((x) => x.length >= 4).map((x) => x.replace(/s$/, ''));
const sharesWord = (a: string, b: string): boolean => { const bs = new Set(wordsOf(b)); return wordsOf(a).some((x) => bs.has(x)); };

/**
 * A value as plain text (tables, Markdown): codes as words with the code after, a list one item a line,
 * a mapping one part a line (a mapping inside a list or a mapping: its parts on one line, with `;`).
 */
export function fieldText(v: FieldValue, lang: Lang, name: (kind: Kind, id: string) => string | undefined = () => undefined, nested = false): string {
  switch (v.t) {
    case 'text': return v.text;
    // A date inside a mapping or a list (a signature's, an approval's), as the tables show dates.
    case 'date': {
      const k = parseDate(v.date);
      return k ? humanKDate(k, lang) + (k.uncertain ? '*' : '') : v.date === 'unknown' ? DATE_UNKNOWN[lang] : v.date;
    }
    case 'code': return v.label === v.code ? v.code : `${v.label} (${v.code})`;
    case 'ref': {
      const n = name(v.kind, v.id);
      return n && n !== v.id ? `${n} (${v.id})` : v.id;
    }
    case 'link': return v.href;
    case 'private': return vw(lang, 'private');
    case 'list': return v.items.every((x) => x.t === 'code' || x.t === 'ref') && !nested
      ? v.items.map((x) => fieldText(x, lang, name, true)).join(', ')
      : v.items.map((x) => `• ${fieldText(x, lang, name, true)}`).join('\n');
    case 'object': return v.rows.map((r) => `${r.label}: ${fieldText(r.value, lang, name, true)}`).join(nested ? '; ' : '\n');
  }
}
