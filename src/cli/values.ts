// The values of fields as people type them, shared by every command that takes them (new, set, renew,
// succeed, terminate, record-activity, init's owner details): how a text is checked by the shape of its
// field (the field model, fields.ts), and how it becomes the value the record holds. One syntax: vague
// dates and `unknown` where the field allows it, `5y` for a term, comma-separated ids and codes,
// `key=value,…` for a mapping (a signature, an approval, a budget).

import { countryByWords } from '../model/countries.js';
import { noSuchDay, parseDate } from '../model/dates.js';
import { sectorByWords } from '../model/sectors.js';
import type { Fields, FieldSpec } from '../model/fields.js';
import { ID_PATTERN } from '../model/ids.js';
import { saysUnknown, textTerm, writtenAsDate, writtenAsNoDay } from '../model/written.js';
import type { Kind, Lang } from '../model/types.js';
import type { Field } from '../scaffold/ask.js';
import { codeByWords, idsLike, type Known } from '../load/similar.js';
import { listWords } from '../model/words.js';
import { t } from './messages.js';

/** Separates the items of a repeated flag inside one value. */
export const ITEM = '\n';

/** The problems of the checks below are in the command's language. */
export type Check = (text: string) => string | { problem: string };

export const date = (lang: Lang, flag: string, unknown = false): Check => (x) =>
  parseDate(x) || (unknown && x === 'unknown') ? x : { problem: t(lang, unknown ? 'problem.dateOrUnknown' : 'problem.date', { flag, value: x }) + orNoSuchDay(x, lang) };

/**
 * "; 2024-02-30 is not a day of the calendar: Feb 2024 has 29 days", when that is why a date is refused; or
 * "; did you mean 2025-12-31?" for a date written by hand (31/12/2025, 31 Desember 2025).
 */
export const orNoSuchDay = (x: string, lang: Lang): string => {
  const why = noSuchDay(x, lang);
  if (why !== undefined) return `; ${why}`;
  const d = writtenAsDate(x);
  if (d !== undefined) return t(lang, 'problem.written', { date: d });
  // 31/02/2025: the day it reads as, and that the calendar does not have it.
  const no = writtenAsNoDay(x);
  return no !== undefined ? t(lang, 'problem.writtenNoDay', { value: x.replace(/\s+/g, ' ').trim(), date: no, why: noSuchDay(no, lang) ?? '' }) : '';
};

/**
 * `key=value,key=value`: the form of --signature, --dprd, --budget and the like. A comma splits only
 * before another `key=`, so a value may hold commas ("place=Alexandria, Mesir"). What is wrong comes back
 * under the key `problem`.
 */
export function keyValues(flag: string, keys: readonly string[], text: string, lang: Lang = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/,(?=\s*[a-z_]+=)/)) {
    const eq = part.indexOf('=');
    const k = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    // `problem` is never one of the keys: it carries what is wrong with the text.
    if (eq < 0 || !keys.includes(k)) return { problem: t(lang, 'problem.kvKeys', { flag, keys: keys.join(', '), part: part.trim() }) };
    if (v === '') return { problem: t(lang, 'problem.kvValue', { flag, key: k }) };
    out[k] = v;
  }
  return out;
}

export const kv = (lang: Lang, flag: string, keys: readonly string[], dates: readonly string[] = [], required: readonly string[] = []): Check => (text) => {
  const parts = text.split(ITEM).filter((x) => x.trim() !== '');
  for (const item of parts) {
    const rec = keyValues(flag, keys, item, lang);
    if (typeof rec['problem'] === 'string' && !keys.includes('problem')) return { problem: rec['problem'] };
    for (const k of required) if (rec[k] === undefined) return { problem: t(lang, 'problem.kvNeeds', { flag, key: k }) };
    for (const k of dates) if (rec[k] !== undefined && !parseDate(rec[k] as string)) return { problem: t(lang, 'problem.kvDate', { flag, key: k, value: rec[k] as string }) + orNoSuchDay(rec[k] as string, lang) };
  }
  return parts.join(ITEM);
};
const APPROVAL_KEYS = ['number', 'date', 'by', 'notes', 'status', 'reason'] as const;
const approval = (lang: Lang, flag: string): Check => (x) => {
  const v = kv(lang, flag, APPROVAL_KEYS, ['date'])(x);
  if (typeof v !== 'string') return v;
  const o = keyValues(flag, APPROVAL_KEYS, v, lang) as Record<string, string>;
  if (o['status'] !== undefined && o['status'] !== 'not_applicable' && o['status'] !== 'unknown') return { problem: t(lang, 'problem.approvalStatus', { flag, value: o['status'] }) };
  if (o['status'] !== undefined && o['reason'] === undefined) return { problem: t(lang, 'problem.approvalReason', { flag, value: o['status'] }) };
  return v;
};
const items = (lang: Lang): Check => (x) => (x.trim() ? x : { problem: t(lang, 'problem.emptyValue') });
/** `near`: the ids a value not written as an id most likely means (a partner's name: its id). */
export const idList = (lang: Lang, flag: string, near?: (x: string) => string[]): Check => (x) => {
  const ids = x.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = ids.find((i) => !ID_PATTERN.test(i));
  if (!ids.length) return { problem: t(lang, 'problem.idsNone', { flag }) };
  if (bad === undefined) return ids.join(',');
  const like = near?.(bad) ?? [];
  return { problem: t(lang, 'problem.idBad', { flag, value: bad }) + (like.length ? `; ${t(lang, 'didYouMean', { near: listWords(like, lang, true) })}` : '') };
};
const sectorList = (lang: Lang, flag: string): Check => (x) => {
  const ids = x.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = ids.find((i) => !/^[a-z][a-z0-9_]*$/.test(i));
  if (bad === undefined) return ids.join(',');
  // Written as the reports name it (Pariwisata, Pekerjaan Umum dan Penataan Ruang): the id it names.
  const near = sectorByWords(bad);
  return { problem: t(lang, 'problem.sectorBad', { flag, value: bad }) + (near ? `; ${t(lang, 'didYouMean', { near })}` : '') };
};
export const text = (lang: Lang, flag: string): Check => (x) => (x ? x : { problem: t(lang, 'problem.notEmpty', { flag }) });
const endValue = (lang: Lang, flag: string): Check => (x) =>
  x === 'none' || /^[1-9][0-9]{0,2}[my]$/.test(x) || parseDate(x) ? x : { problem: t(lang, 'problem.end', { flag, value: x }) + (saysUnknown(x) ? t(lang, 'problem.endUnknown', { flag }) : orTerm(x, lang) || orNoSuchDay(x, lang)) };
const period = (lang: Lang, flag: string): Check => (x) => (/^[1-9][0-9]{0,2}[my]$/.test(x) ? x : { problem: t(lang, 'problem.period', { flag, value: x }) + orTerm(x, lang) });
/** "; did you mean 5y?" for a term written in words (5 tahun, lima tahun, 60 bulan), as import reads it. */
const orTerm = (x: string, lang: Lang): string => {
  const term = termAsWritten(x);
  return term === undefined ? '' : t(lang, 'problem.termWritten', { term });
};
/** A term written in words (6 bulan, 5 (lima) tahun), in the register's form (6m, 5y), as import reads a term column. */
export function termAsWritten(text: string): string | undefined {
  const term = textTerm(text);
  return term !== undefined && term !== 'none' && term !== text ? term : undefined;
}
const codeList = (lang: Lang, flag: string, allowed: readonly string[]): Check => (x) => {
  const ids = x.split(',').map((y) => y.trim()).filter(Boolean);
  const bad = ids.find((y) => !allowed.includes(y));
  return bad ? { problem: t(lang, 'problem.objects', { flag, value: bad, allowed: allowed.join(', ') }) } : ids.join(',');
};

/** The keys of a `key=value,…` flag for a mapping's parts (a sub-field's `kv` name where it has one), and which are dates and required. */
export function kvKeys(fields: Fields): { keys: string[]; dates: string[]; required: string[] } {
  const entries = Object.entries(fields).map(([k, f]) => [f.new?.kv ?? k, f] as const);
  return {
    keys: entries.map(([k]) => k),
    dates: entries.filter(([, f]) => f.shape.t === 'date').map(([k]) => k),
    required: entries.filter(([, f]) => f.required).map(([k]) => k),
  };
}

/**
 * How a value's text is checked, by the shape of its field: a flag of `new` (`flag` is the flag, as
 * messages name it) or a FIELD=VALUE of `set` (`flag` is the field's path). No spec: a date (--signed).
 * `path`: the field's words (agreement.status), for a code written as its label.
 */
export function checkOf(spec: FieldSpec | undefined, flag: string, lang: Lang, path?: string, known?: (kind: Kind) => Known[]): Pick<Field, 'choices' | 'parse' | 'near'> {
  const f = { flag };
  if (!spec) return { parse: date(lang, f.flag) };
  const shape = spec.shape;
  switch (shape.t) {
    // A code written as the reports word it (--status aktif, --type kota) is answered with its code.
    case 'enum': return { choices: shape.codes, ...(path !== undefined ? { near: (x: string) => codeByWords(path, x, shape.codes) } : {}) };
    case 'bool': return { choices: ['true', 'false'] };
    case 'enums': return { parse: codeList(lang, f.flag, shape.codes) };
    case 'date': return { parse: date(lang, f.flag, spec.unknown === true) };
    case 'end': return { parse: endValue(lang, f.flag) };
    case 'period': return { parse: period(lang, f.flag) };
    // An id written as the record's name (--partners "Prefektur Shizuoka") is answered with the id.
    case 'ref': case 'refs': return { parse: idList(lang, f.flag, known ? (x) => idsLike(x, known(shape.kind)) : undefined) };
    case 'sectors': return { parse: sectorList(lang, f.flag) };
    // A country written by name (Indonesia, Jepang) is answered with its code, as import reads a country column.
    case 'country': return { parse: (x) => (/^[A-Za-z]{2}$/.test(x) ? x.toUpperCase() : { problem: t(lang, 'problem.country', { flag: f.flag, value: x, near: countryByWords(x) ?? '' }) }), near: countryByWords };
    case 'url': return { parse: (x) => (/^https?:\/\//.test(x) ? x : { problem: t(lang, 'problem.website', { flag: f.flag, value: x }) }) };
    case 'texts': case 'links': case 'sources': case 'countries': return { parse: spec.new?.repeat ? items(lang) : text(lang, f.flag) };
    case 'object': case 'objects': {
      const k = kvKeys(shape.fields);
      // An approval's status says why there is none: not_applicable or unknown, with a reason.
      if ('status' in shape.fields && 'reason' in shape.fields) return { parse: approval(lang, f.flag) };
      return { parse: kv(lang, f.flag, k.keys, k.dates, k.required) };
    }
    default: return { parse: text(lang, f.flag) };
  }
}

export const list = (v: string | undefined): string[] | undefined => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : undefined);
export const lines = (v: string | undefined): string[] | undefined => (v ? v.split(ITEM).filter((x) => x.trim() !== '') : undefined);
const endSpec = (v: string): string | { term: string } => (/^[1-9][0-9]{0,2}[my]$/.test(v) ? { term: v } : v);
/** A number where the schema wants one (budget amount, participant count); other text is left for the schema to refuse. */
export const num = (t: string | undefined): number | string | undefined => (t !== undefined && /^\d+(\.\d+)?$/.test(t) ? Number(t) : t);

/** A value as its field's shape holds it, from the flag's text. */
export function valueOf(spec: FieldSpec, text: string): unknown {
  const shape = spec.shape;
  switch (shape.t) {
    case 'refs': case 'sectors': case 'enums': case 'countries': return list(text);
    case 'texts': case 'links': case 'sources': return spec.new?.repeat ? lines(text) : list(text);
    case 'end': return endSpec(text);
    case 'integer': case 'number': return num(text);
    case 'bool': return text === 'true' ? true : text === 'false' ? false : text;
    case 'object': case 'objects': return partsOf(shape.fields, text);
    default: return text;
  }
}

/** A mapping from `key=value,…`: each part under its field's key, numbers as numbers. */
export function partsOf(fields: Fields, text: string): Record<string, unknown> {
  const k = kvKeys(fields);
  const given = keyValues('', k.keys, text);
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(fields)) {
    const v = given[f.new?.kv ?? key];
    if (v !== undefined) out[key] = f.shape.t === 'integer' || f.shape.t === 'number' ? num(v) : v;
  }
  return out;
}
