// kerjasama export, the pure part: a dataset and an as-of day → tables of typed values (tables.ts).
//
// The record tables and their columns come from the field model (model/fields.ts), so a field added to
// the model is exported with no more work:
// - a text, a web address, a country, a term: one column; a yes/no: a boolean; a number: a number, or,
//   beside a `currency`, money as a whole number with its scale and its text as written (never a float);
// - a date: three columns, as written, its earliest day and its latest day (empty where it has no bound);
// - a code: its code, with a code table of its labels in both languages; where `unknown` is one of its
//   codes, `unknown` is written as an empty value and a `<field>_unknown` flag, never as a value;
// - a reference: the id, a foreign key to the record table;
// - a list (references, sectors, texts, links, codes): a table of its own, one row per item in order;
// - a mapping: its fields, prefixed (`budget_amount`); a mapping of mappings of one shape (approvals):
//   a table of its own, one row per mapping; a list of mappings (signatures): a table of its own.
// Private fields (partner contacts) are left out unless asked for.
//
// The columns the facts and the reports give (status, stage, in force, start and end as day ranges, days
// left, stale, the expiring group, partnerships, dormancy, last activity) are read from them, never
// worked out again here: src/facts for each agreement and partnership, report expiring and report
// inactive for what they decide. A record whose file has errors is a row with only its id (left_out).

import { FIELDS, type Fields, type FieldSpec, type Shape } from '../model/fields.js';
import { fieldWords, type FieldWords } from '../model/fields.words.js';
import { iso, parseDate, type KDate } from '../model/dates.js';
import { COUNTRIES } from '../model/countries.js';
import { ownerOf } from '../model/parties.js';
import { vocabulary } from '../model/sectors.js';
import type { Dataset, Kind, Publication } from '../model/types.js';
import { factsOf, isInForceStage } from '../facts/facts.js';
import { chainIds, firstSigned, partnerships, stageOf } from '../facts/partnerships.js';
import { coverageReport } from '../report/coverage.js';
import { expiringReport } from '../report/expiring.js';
import { inactiveReport, type InactiveRow, type TieRow } from '../report/inactive.js';
import { listActivities } from '../report/records.js';
import { DERIVED_STATUS_LABEL } from '../view/labels.js';
import { STAGE_LABEL } from '../view/inactive.js';
import { BUCKET_LABEL, END_UNKNOWN_BUCKET, END_UNKNOWN_LABEL } from '../view/expiring.js';
import type { Column, Export, ForeignKey, Table, Value } from './tables.js';
import { COLUMN_OF, DERIVED_WORDS, END_KIND_WORDS, KIND_WORDS, SECTOR_GROUP_WORDS, TABLE_OF, TABLE_WORDS, type Words } from './words.js';
import { pushAll } from '../model/lists.js';

export interface ExportOptions {
  readonly asOf: number;
  /** Also export private fields (partner contacts). */
  readonly includePrivate: boolean;
  readonly commit?: string;
  /** With --recorded-as-of: the day whose end chose the commit read. */
  readonly recordedAsOf?: string;
  /** The tool's version (the schemas are the tool's). */
  readonly version: string;
}

export const RECORD_TABLE: Readonly<Record<Kind, string>> = { partner: 'partners', agreement: 'agreements', activity: 'activities' };
const KINDS: readonly Kind[] = ['partner', 'agreement', 'activity'];

type Data = Readonly<Record<string, unknown>>;
type Get = (d: Data) => Value;

/** A table being planned from the field model: its key columns, its value columns, the tables of its lists. */
interface Plan {
  name: string;
  title: Words;
  description: Words;
  keys: Column[];
  cols: Array<{ column: Column; get: Get }>;
  fks: ForeignKey[];
  children: Child[];
  /** Money: the index of the text column (filled first), the whole-number and scale columns, and the currency column. */
  money: Array<{ written: number; minor: number; scale: number; currency: string }>;
}

/** A table of a list: its plan and the items of a parent's data, each with its own key (a position or a name). */
interface Child { plan: Plan; items: (d: Data) => Array<{ own: Value; data: Data }> }

/** A reference to a table of codes or records: the values found are added to it when it lacks them (a code nobody labelled, a record left out). */
interface Lookup { table: string; column: number; of: string }

const text = (v: unknown): Value => (v === undefined || v === null ? null : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));
const col = (name: string, type: Column['type'], title: Words, description: Words, extra: Partial<Column> = {}): Column => ({ name, type, title, description, ...extra });
const derived = (name: keyof typeof DERIVED_WORDS, type: Column['type'], columnName: string = name, extra: Partial<Column> = {}): Column =>
  col(columnName, type, DERIVED_WORDS[name].title, DERIVED_WORDS[name].description, extra);
const singular = (k: string): string => (k.endsWith('ies') ? k.slice(0, -3) + 'y' : k.endsWith('s') ? k.slice(0, -1) : k);

/** A date as three values: as written, its earliest and latest day (empty where it has no bound). */
export function dateValues(written: string | null, k?: KDate): [Value, Value, Value] {
  if (written === null) return [null, null, null];
  const d = k ?? parseDate(written);
  if (!d) return [written, null, null];
  return [written, d.open === 'before' ? null : iso(d.first), d.open === 'after' ? null : iso(d.last)];
}

/** A number as the decimal it is, never in exponent form (1e21 → 1000000000000000000000). */
export function decimalText(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = (m[2] as string) + (m[3] ?? '');
  const point = (m[2] as string).length + Number(m[4]);
  const body = point <= 0 ? '0.' + '0'.repeat(-point) + digits : point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, point) + '.' + digits.slice(point);
  return m[1] + body.replace(/^0+(?=\d)/, '');
}

const scaleOf = (decimal: string): number => (decimal.includes('.') ? decimal.length - decimal.indexOf('.') - 1 : 0);

/** A decimal as a whole number of 10^-scale units; null when that is beyond what is exact (2^53). */
export function minorUnits(decimal: string, scale: number): number | null {
  const [whole, frac = ''] = decimal.split('.') as [string, string?];
  const n = BigInt(whole + frac.padEnd(scale, '0'));
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}

/** The words of a field, and of a field inside a table of mappings of one shape (its label without the mapping's). */
function wordsOf(kind: Kind | 'config', path: string, strip?: string): { label: Words; help: Words } {
  const w: FieldWords | undefined = fieldWords(`${kind}.${path}`);
  const fallback = path.slice(path.lastIndexOf('.') + 1);
  let label = w?.label ?? { en: fallback, id: fallback };
  if (strip) {
    const p = fieldWords(`${kind}.${strip}`)?.label;
    const cut = (lang: 'en' | 'id'): string => (p && label[lang].startsWith(`${p[lang]}: `) ? label[lang].slice(p[lang].length + 2) : label[lang]);
    label = { en: cut('en'), id: cut('id') };
  }
  return { label, help: w?.help ?? label };
}

/** The code tables the plans use, by name: codes (without `unknown`) and their words. */
type CodeTables = Map<string, { title: Words; description: Words; codes: Array<[string, Words | undefined]> }>;

interface Walk {
  kind: Kind;
  plan: Plan;
  /** The mapping whose fields are walked (money: is there a `currency` beside the amount?). */
  fields: Fields;
  /** Column-name prefix for a mapping's fields (`budget_`); the field path for words; the path that names tables. */
  prefix: string;
  path: string;
  names: string;
  /** The path whose label a table of mappings strips from its columns' labels. */
  strip?: string;
  /** The data a column reads, from the row's data. */
  at: (d: Data) => Data;
  includePrivate: boolean;
  codes: CodeTables;
  lookups: Map<Plan, Lookup[]>;
}

const isObjectShape = (s: Shape): s is Extract<Shape, { t: 'object' }> => s.t === 'object';

/** A table for each enum field, named by its kind and path (`code_agreement_category`). */
function codeTable(w: Walk, namePath: string, codes: readonly string[], title: Words, words: Readonly<Record<string, Words>> | undefined): string {
  const name = `code_${w.kind}_${namePath.replace(/\./g, '_')}`;
  if (!w.codes.has(name)) w.codes.set(name, { title: TABLE_OF.codes(title), description: TABLE_OF.codesDescription(title), codes: codes.filter((c) => c !== 'unknown').map((c) => [c, words?.[c]]) });
  return name;
}

function addColumn(w: Walk, column: Column, get: Get): number {
  w.plan.cols.push({ column, get });
  return w.plan.keys.length + w.plan.cols.length - 1;
}

function reference(w: Walk, column: number, name: string, table: string, of: string): void {
  w.plan.fks.push({ columns: [name], table, refColumns: [of] });
  const list = w.lookups.get(w.plan) ?? [];
  list.push({ table, column, of });
  w.lookups.set(w.plan, list);
}

/** The columns (and list tables) of a mapping's fields, in the model's order. */
function walk(fields: Fields, walkOf: Omit<Walk, 'fields'>): void {
  const w: Walk = { ...walkOf, fields };
  for (const [k, f] of Object.entries(fields)) {
    if (f.private && !w.includePrivate) continue;
    if (f.shape.t === 'id') continue;
    field(k, f, w);
  }
}

function field(k: string, f: FieldSpec, w: Walk): void {
  const name = w.prefix + k;
  const path = w.path + k;
  const names = w.names + k;
  const { label, help } = wordsOf(w.kind, path, w.strip);
  const codeWords = fieldWords(`${w.kind}.${path}`)?.codes;
  const get = (d: Data): unknown => w.at(d)[k];
  const s = f.shape;
  switch (s.t) {
    case 'text': case 'notes': case 'url': case 'period': case 'duration':
      addColumn(w, col(name, 'string', label, help), (d) => text(get(d)));
      return;
    case 'country': {
      const i = addColumn(w, col(name, 'string', label, help), (d) => text(get(d)));
      reference(w, i, name, 'countries', 'code');
      return;
    }
    case 'bool':
      addColumn(w, col(name, 'boolean', label, help), (d) => (typeof get(d) === 'boolean' ? (get(d) as boolean) : null));
      return;
    case 'integer':
      addColumn(w, col(name, 'integer', label, help), (d) => (Number.isSafeInteger(get(d)) ? (get(d) as number) : null));
      return;
    case 'number': {
      // Money (an amount beside a currency): a whole number and its scale (filled once every row's amount
      // is known), and the amount as written.
      if (w.fields['currency'] === undefined) {
        addColumn(w, col(name, 'number', label, help), (d) => (typeof get(d) === 'number' && Number.isFinite(get(d)) ? (get(d) as number) : null));
        return;
      }
      const minor = addColumn(w, col(name, 'integer', COLUMN_OF.moneyMinor(label), COLUMN_OF.moneyMinorHelp), () => null);
      const scale = addColumn(w, col(`${name}_scale`, 'integer', COLUMN_OF.moneyScale(label), COLUMN_OF.moneyScaleHelp), () => null);
      const written = addColumn(w, col(`${name}_as_written`, 'string', COLUMN_OF.moneyWritten(label), COLUMN_OF.moneyWrittenHelp), (d) => (typeof get(d) === 'number' && Number.isFinite(get(d)) ? decimalText(get(d) as number) : null));
      w.plan.money.push({ written, minor, scale, currency: w.prefix + 'currency' });
      return;
    }
    case 'date': {
      // The three columns read one parse: the row's data is the same object for all three.
      let last: { d: Data; v: [Value, Value, Value] } | undefined;
      const values = (d: Data): [Value, Value, Value] => {
        if (last?.d !== d) last = { d, v: dateValues(text(get(d)) as string | null) };
        return last.v;
      };
      addColumn(w, col(name, 'string', COLUMN_OF.dateWritten(label), COLUMN_OF.dateWrittenHelp), (d) => values(d)[0]);
      addColumn(w, col(`${name}_earliest`, 'date', COLUMN_OF.dateEarliest(label), COLUMN_OF.dateEarliestHelp), (d) => values(d)[1]);
      addColumn(w, col(`${name}_latest`, 'date', COLUMN_OF.dateLatest(label), COLUMN_OF.dateLatestHelp), (d) => values(d)[2]);
      return;
    }
    case 'end':
      // As written: a date or `none`, or a term; the end's day range is the facts' (derived columns).
      addColumn(w, col(name, 'string', COLUMN_OF.dateWritten(label), help), (d) => (typeof get(d) === 'string' ? (get(d) as string) : null));
      addColumn(w, col(`${name}_term`, 'string', COLUMN_OF.term, COLUMN_OF.termHelp), (d) => {
        const v = get(d);
        return typeof v === 'object' && v !== null && 'term' in v ? text((v as { term: unknown }).term) : null;
      });
      return;
    case 'enum': {
      const table = codeTable(w, names, s.codes, label, codeWords);
      const i = addColumn(w, col(name, 'string', label, help), (d) => {
        const v = text(get(d));
        return f.unknown && v === 'unknown' ? null : v;
      });
      reference(w, i, name, table, 'code');
      if (f.unknown) addColumn(w, col(`${name}_unknown`, 'boolean', COLUMN_OF.unknown(label), COLUMN_OF.unknownHelp), (d) => (get(d) === undefined ? null : get(d) === 'unknown'));
      return;
    }
    case 'ref': {
      const i = addColumn(w, col(name, 'string', label, help), (d) => text(get(d)));
      reference(w, i, name, RECORD_TABLE[s.kind], 'id');
      return;
    }
    case 'object': {
      const inner = s.fields;
      const all = Object.values(inner);
      const oneShape = all.length > 1 && all.every((x) => isObjectShape(x.shape)) && new Set(all.map((x) => Object.keys((x.shape as { fields: Fields }).fields).join(','))).size === 1;
      if (oneShape) {
        // A mapping of mappings of one shape (approvals: dprd, central, full_powers): one row per mapping.
        const keys = Object.keys(inner);
        const first = keys[0] as string;
        const plan = childPlan(w, names, label, [col(singular(k), 'string', COLUMN_OF.which, help, { required: true })]);
        const which = codeTable(w, names, keys, label, Object.fromEntries(keys.map((x) => [x, wordsOf(w.kind, `${path}.${x}`).label])));
        plan.fks.push({ columns: [singular(k)], table: which, refColumns: ['code'] });
        walk((inner[first]?.shape as { fields: Fields }).fields, { ...w, plan, prefix: '', path: `${path}.${first}.`, names: `${names}.`, strip: `${path}.${first}`, at: (d) => d });
        w.plan.children.push({
          plan,
          items: (d) => {
            const v = get(d);
            if (typeof v !== 'object' || v === null) return [];
            return keys.flatMap((x) => {
              const m = (v as Data)[x];
              return typeof m === 'object' && m !== null ? [{ own: x, data: m as Data }] : [];
            });
          },
        });
        return;
      }
      walk(inner, { ...w, prefix: `${name}_`, path: `${path}.`, names: `${names}.`, at: (d) => {
        const v = get(d);
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : {};
      } });
      return;
    }
    case 'objects': {
      const plan = childPlan(w, names, label, [col('position', 'integer', COLUMN_OF.position, COLUMN_OF.positionHelp, { required: true })]);
      walk(s.fields, { ...w, plan, prefix: '', path: `${path}.`, names: `${names}.`, at: (d) => d });
      w.plan.children.push({ plan, items: (d) => listOf(get(d)).map((x, i) => ({ own: i + 1, data: (typeof x === 'object' && x !== null ? x : {}) as Data })) });
      return;
    }
    default: {
      // A list of scalars: a table of one value per row.
      const plan = childPlan(w, names, label, [col('position', 'integer', COLUMN_OF.position, COLUMN_OF.positionHelp, { required: true })]);
      const valueName = listValueName(s, plan);
      const cw: Walk = { ...w, plan, prefix: '', path: `${path}.`, names: `${names}.`, at: (d) => d };
      // A list of codes that may be `unknown`: that item is an empty value (no such list exists yet).
      const mayBeUnknown = s.t === 'enums' && s.codes.includes('unknown');
      const i = addColumn(cw, col(valueName, 'string', label, help, mayBeUnknown ? {} : { required: true }), (d) => {
        const v = text(d['value']);
        return mayBeUnknown && v === 'unknown' ? null : v;
      });
      if (s.t === 'refs') reference(cw, i, valueName, RECORD_TABLE[s.kind], 'id');
      if (s.t === 'sectors') reference(cw, i, valueName, 'sectors', 'id');
      if (s.t === 'countries') reference(cw, i, valueName, 'countries', 'code');
      if (s.t === 'enums') reference(cw, i, valueName, codeTable(w, names, s.codes, label, codeWords), 'code');
      w.plan.children.push({ plan, items: (d) => listOf(get(d)).map((x, n) => ({ own: n + 1, data: { value: x } })) });
    }
  }
}

const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function listValueName(s: Shape, plan: Plan): string {
  const taken = new Set(plan.keys.map((c) => c.name));
  const base = s.t === 'refs' ? `${s.kind}_id` : s.t === 'sectors' ? 'sector_id' : s.t === 'countries' ? 'country' : s.t === 'enums' ? 'code' : 'value';
  return taken.has(base) ? `${singular(plan.name.slice(plan.name.lastIndexOf('_') + 1))}_id` : base;
}

/**
 * A table of a list or mapping of the plan's records (`agreement_signatures`): the parent's keys (the
 * record's id as `agreement_id`; a parent item's position as `signature_position`), its own key, and a
 * reference to the parent.
 */
function childPlan(w: Walk, names: string, label: Words, own: Column[]): Plan {
  const parent = w.plan;
  const isRecordTable = parent.name === RECORD_TABLE[w.kind];
  const parentSingular = singular(parent.name.slice(parent.name.lastIndexOf('_') + 1));
  const idWords = COLUMN_OF.parent(KIND_WORDS[w.kind]);
  const keys = parent.keys.map((c) => (isRecordTable ? col(`${w.kind}_id`, 'string', idWords, idWords, { required: true }) : c.name === 'position' ? { ...c, name: `${parentSingular}_position` } : c));
  const name = `${w.kind}_${names.replace(/\./g, '_')}`;
  return {
    name,
    title: TABLE_OF.list(TABLE_WORDS[RECORD_TABLE[w.kind] as keyof typeof TABLE_WORDS].title, label),
    description: TABLE_OF.listDescription(KIND_WORDS[w.kind], label),
    keys: [...keys, ...own],
    cols: [],
    fks: [{ columns: keys.map((c) => c.name), table: parent.name, refColumns: parent.keys.map((c) => c.name) }],
    children: [],
    money: [],
  };
}

/** A record table's plan from the field model. */
function recordPlan(kind: Kind, includePrivate: boolean, codes: CodeTables, lookups: Map<Plan, Lookup[]>): Plan {
  const table = RECORD_TABLE[kind];
  const words = TABLE_WORDS[table as keyof typeof TABLE_WORDS];
  const plan: Plan = {
    name: table,
    title: words.title,
    description: words.description,
    keys: [col('id', 'string', wordsOf(kind, 'id').label, wordsOf(kind, 'id').label, { required: true })],
    cols: [],
    fks: [],
    children: [],
    money: [],
  };
  plan.cols.push({ column: derived('left_out', 'boolean', 'left_out', { required: true }), get: () => false });
  walk(FIELDS[kind], { kind, plan, prefix: '', path: '', names: '', at: (d) => d, includePrivate, codes, lookups });
  return plan;
}

/** The rows of a plan and of its lists, for records given as (key, data). */
function fill(plan: Plan, sources: Iterable<{ key: Value[]; data: Data }>, out: Map<Plan, Value[][]>): void {
  let rows = out.get(plan);
  if (!rows) out.set(plan, (rows = []));
  const cols = plan.cols;
  for (const { key, data } of sources) {
    const row: Value[] = key.slice();
    for (const c of cols) row.push(c.get(data));
    rows.push(row);
    for (const child of plan.children) {
      const items = child.items(data);
      if (items.length) fill(child.plan, items.map((it) => ({ key: [...key, it.own], data: it.data })), out);
    }
  }
}

/** Money: every amount of a currency gets the same scale (the most decimals any of them has), so sums per currency are exact. */
function settleMoney(plan: Plan, rows: Value[][]): void {
  const names = [...plan.keys, ...plan.cols.map((c) => c.column)].map((c) => c.name);
  for (const m of plan.money) {
    const currency = names.indexOf(m.currency);
    const scales = new Map<string, number>();
    for (const r of rows) {
      const dec = r[m.written];
      if (typeof dec !== 'string') continue;
      const cur = String(currency >= 0 ? r[currency] : '');
      scales.set(cur, Math.max(scales.get(cur) ?? 0, scaleOf(dec)));
    }
    for (const r of rows) {
      const dec = r[m.written];
      if (typeof dec !== 'string') continue;
      const scale = scales.get(String(currency >= 0 ? r[currency] : '')) ?? 0;
      r[m.minor] = minorUnits(dec, scale);
      r[m.scale] = scale;
    }
  }
}

const tableFrom = (p: Plan, rows: Value[][]): Table => ({
  name: p.name, title: p.title, description: p.description, columns: [...p.keys, ...p.cols.map((c) => c.column)], primaryKey: p.keys.map((c) => c.name), foreignKeys: p.fks, rows,
});

const byKey = (a: readonly Value[], b: readonly Value[]): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
};

/** The export of a dataset as of a day. */
export function exportTables(d: Dataset, o: ExportOptions): Export {
  const facts = factsOf(d, o.asOf);
  const codes: CodeTables = new Map();
  const lookups = new Map<Plan, Lookup[]>();
  const plans = Object.fromEntries(KINDS.map((k) => [k, recordPlan(k, o.includePrivate, codes, lookups)])) as Record<Kind, Plan>;

  // ---- the facts' and the reports' columns ---------------------------------------------------------
  const expiringAt = expiringReport(d, o.asOf, { within: d.config.expiryHorizon, all: false, filters: {} });
  const expiring = new Map(expiringAt.rows.map((r) => [r.id, r]));
  // report expiring's section "end not known", in its CSV's group end_unknown.
  const endUnknown = new Set(expiringAt.endUnknown.map((r) => r.id));
  const chains = chainIds(d);
  const agreementCols: Column[] = [
    derived('derived_status', 'string'), derived('derived_status', 'boolean', 'derived_status_unknown', { title: COLUMN_OF.unknown(DERIVED_WORDS.derived_status.title), description: COLUMN_OF.unknownHelp }),
    derived('stage', 'string'), derived('stage', 'boolean', 'stage_unknown', { title: COLUMN_OF.unknown(DERIVED_WORDS.stage.title), description: COLUMN_OF.unknownHelp }),
    derived('in_force', 'boolean'),
    derived('start', 'string', 'start', { title: COLUMN_OF.dateWritten(DERIVED_WORDS.start.title) }),
    col('start_earliest', 'date', COLUMN_OF.dateEarliest(DERIVED_WORDS.start.title), COLUMN_OF.dateEarliestHelp),
    col('start_latest', 'date', COLUMN_OF.dateLatest(DERIVED_WORDS.start.title), COLUMN_OF.dateLatestHelp),
    derived('end_as_recorded', 'string'),
    derived('end_kind', 'string'), derived('end_kind', 'boolean', 'end_unknown', { title: COLUMN_OF.unknown(DERIVED_WORDS.end_kind.title), description: COLUMN_OF.unknownHelp }),
    col('end_earliest', 'date', COLUMN_OF.dateEarliest(DERIVED_WORDS.end_as_recorded.title), COLUMN_OF.dateEarliestHelp),
    col('end_latest', 'date', COLUMN_OF.dateLatest(DERIVED_WORDS.end_as_recorded.title), COLUMN_OF.dateLatestHelp),
    derived('end_day', 'date'), derived('end_uncertain', 'boolean'), derived('end_open', 'boolean'),
    derived('days_left', 'integer'), derived('terminated', 'boolean'), derived('stale', 'boolean'),
    derived('owner_effective', 'string'), derived('chain_id', 'string'),
    derived('expiring_bucket', 'string'), derived('renewal_start', 'date'),
  ];
  const agreementValues = (id: string): Value[] => {
    const a = d.agreements.get(id);
    if (!a) return agreementCols.map(() => null);
    const f = facts.of(a);
    const e = f.end;
    const x = expiring.get(id);
    const [start, startEarliest, startLatest] = dateValues(f.start?.text ?? null, f.start);
    return [
      f.status === 'unknown' ? null : f.status, f.status === 'unknown',
      f.stage === 'unknown' ? null : f.stage, f.stage === 'unknown',
      f.stage === 'unknown' ? null : f.inForce,
      start, startEarliest, startLatest,
      e.asRecorded,
      e.kind === 'unknown' ? null : e.kind, e.kind === 'unknown',
      e.day === null || e.open ? null : iso(e.day), e.latest === null ? null : iso(e.latest),
      e.day === null ? null : iso(e.day), e.kind === 'none' || e.kind === 'unknown' ? null : e.uncertain, e.kind === 'none' || e.kind === 'unknown' ? null : e.open,
      f.lastInForce.day === null ? null : f.lastInForce.day - o.asOf, f.terminated !== undefined, f.stale,
      f.owner ?? null, chains.get(id) ?? id,
      x ? x.bucket : endUnknown.has(id) ? END_UNKNOWN_BUCKET : null, x ? x.renewalStart : null,
    ];
  };
  const counted = new Set(facts.partners.map((p) => p.id));
  const partnerCols: Column[] = [derived('own_region', 'boolean', 'own_region', { required: true }), derived('counted', 'boolean', 'counted', { required: true })];
  const partnerValues = (id: string): Value[] => [facts.ownRegions.has(id), counted.has(id)];
  const states = new Map(listActivities(d, o.asOf, {}).map((r) => [r.id, r.state]));
  const activityCols: Column[] = [derived('state', 'string'), derived('owner_effective', 'string')];
  const activityValues = (id: string): Value[] => {
    const act = d.activities.get(id);
    return act ? [states.get(id) ?? null, ownerOf(act.data, d.config) ?? null] : [null, null];
  };
  const extra: Record<Kind, { cols: Column[]; values: (id: string) => Value[] }> = {
    partner: { cols: partnerCols, values: partnerValues },
    agreement: { cols: agreementCols, values: agreementValues },
    activity: { cols: activityCols, values: activityValues },
  };
  // Derived codes and references: code tables of their own, the chain and our region as records.
  codes.set('code_derived_status', { title: TABLE_OF.codes(DERIVED_WORDS.derived_status.title), description: TABLE_OF.codesDescription(DERIVED_WORDS.derived_status.title), codes: Object.entries(DERIVED_STATUS_LABEL).filter(([c]) => c !== 'unknown') });
  codes.set('code_stage', { title: TABLE_OF.codes(DERIVED_WORDS.stage.title), description: TABLE_OF.codesDescription(DERIVED_WORDS.stage.title), codes: Object.entries(STAGE_LABEL).filter(([c]) => c !== 'unknown') });
  codes.set('code_end_kind', { title: TABLE_OF.codes(DERIVED_WORDS.end_kind.title), description: TABLE_OF.codesDescription(DERIVED_WORDS.end_kind.title), codes: Object.entries(END_KIND_WORDS) });
  codes.set('code_expiring_bucket', { title: TABLE_OF.codes(DERIVED_WORDS.expiring_bucket.title), description: TABLE_OF.codesDescription(DERIVED_WORDS.expiring_bucket.title), codes: [...Object.entries(BUCKET_LABEL), [END_UNKNOWN_BUCKET, END_UNKNOWN_LABEL]] });
  const derivedRefs: Record<Kind, Array<[string, string, string]>> = {
    partner: [],
    agreement: [['derived_status', 'code_derived_status', 'code'], ['stage', 'code_stage', 'code'], ['end_kind', 'code_end_kind', 'code'], ['owner_effective', 'partners', 'id'], ['chain_id', 'agreements', 'id'], ['expiring_bucket', 'code_expiring_bucket', 'code']],
    activity: [['state', 'code_activity_status', 'code'], ['owner_effective', 'partners', 'id']],
  };
  for (const k of KINDS) {
    const p = plans[k];
    for (const c of extra[k].cols) {
      const at = p.cols.length;
      p.cols.push({ column: c, get: () => null });
      const ref = derivedRefs[k].find(([n]) => n === c.name);
      if (ref) {
        p.fks.push({ columns: [c.name], table: ref[1], refColumns: [ref[2]] });
        lookups.set(p, [...(lookups.get(p) ?? []), { table: ref[1], column: p.keys.length + at, of: ref[2] }]);
      }
    }
  }

  // ---- the rows ---------------------------------------------------------------------------------------
  const rows = new Map<Plan, Value[][]>();
  for (const k of KINDS) {
    const p = plans[k];
    const records = k === 'partner' ? d.partners : k === 'agreement' ? d.agreements : d.activities;
    const ids = [...records.keys()].sort();
    const n = extra[k].cols.length;
    fill(p, ids.map((id) => ({ key: [id], data: (records.get(id) as { data: object }).data as Data })), rows);
    const main = rows.get(p) as Value[][];
    for (const r of main) {
      // The last n columns replaced by the derived values (no spread into a call: test/noSpread.test.ts).
      r.length -= n;
      pushAll(r, extra[k].values(r[0] as string));
    }
    // A record whose file has errors: its id, left_out, and nothing else.
    for (const id of [...d.invalidIds[k]].filter((x) => !records.has(x))) main.push(stubRow(p, id, extra[k].values(id)));
  }

  // ---- partnerships, as report inactive and the facts give them ------------------------------------------
  const inactive = inactiveReport(d, o.asOf, { since: d.config.inactivityWindow, filters: {}, everyTie: true });
  const tieKey = (r: Pick<InactiveRow | TieRow, 'owner' | 'partner' | 'agreements'>): string => `${r.owner ?? ''}|${r.partner.id}|${r.agreements.join(',')}`;
  const dormant = new Map(inactive.rows.map((r) => [tieKey(r), r]));
  const active = new Map((inactive.active ?? []).map((r) => [tieKey(r), r]));
  const ties = new Map(inactive.notInForce.map((r) => [tieKey(r), r]));
  const shipCols: Column[] = [
    derived('key', 'string', 'key', { required: true }), derived('owner_id', 'string'), derived('partner_id', 'string', 'partner_id', { required: true }), derived('chain_id', 'string', 'chain_id', { required: true }),
    derived('stage', 'string'), derived('stage', 'boolean', 'stage_unknown', { title: COLUMN_OF.unknown(DERIVED_WORDS.stage.title), description: COLUMN_OF.unknownHelp, required: true }),
    derived('in_force', 'boolean'), derived('dormant', 'boolean'),
    derived('first_signed', 'string', 'first_signed', { title: COLUMN_OF.dateWritten(DERIVED_WORDS.first_signed.title) }),
    col('first_signed_earliest', 'date', COLUMN_OF.dateEarliest(DERIVED_WORDS.first_signed.title), COLUMN_OF.dateEarliestHelp),
    col('first_signed_latest', 'date', COLUMN_OF.dateLatest(DERIVED_WORDS.first_signed.title), COLUMN_OF.dateLatestHelp),
    derived('last_activity_id', 'string'),
    derived('last_activity_date', 'string', 'last_activity_date', { title: COLUMN_OF.dateWritten(DERIVED_WORDS.last_activity_date.title) }),
    col('last_activity_date_earliest', 'date', COLUMN_OF.dateEarliest(DERIVED_WORDS.last_activity_date.title), COLUMN_OF.dateEarliestHelp),
    col('last_activity_date_latest', 'date', COLUMN_OF.dateLatest(DERIVED_WORDS.last_activity_date.title), COLUMN_OF.dateLatestHelp),
    derived('days_since_last_activity', 'integer'), derived('activities_last_3_years', 'integer'), derived('next_planned_id', 'string'),
  ];
  const shipRows: Value[][] = [];
  const shipAgreementRows: Value[][] = [];
  for (const p of partnerships(facts)) {
    const k = tieKey({ owner: p.owner ?? null, partner: p.partner, agreements: p.agreements.map((a) => a.id) });
    const stage = stageOf(facts, p);
    const inForce = isInForceStage(stage);
    const r = dormant.get(k) ?? active.get(k);
    const last = r?.lastActivity ?? ties.get(k)?.lastActivity ?? null;
    const first = firstSigned(p);
    shipRows.push([
      p.key, p.owner ?? null, p.partner.id, chains.get((p.agreements[0] as { id: string }).id) ?? null,
      stage === 'unknown' ? null : stage, stage === 'unknown',
      stage === 'unknown' ? null : inForce, inForce ? dormant.has(k) : null,
      ...dateValues(first?.text ?? null, first),
      last?.id ?? null, ...dateValues(last?.date ?? null),
      r ? r.daysSince : null, r ? r.activitiesLast3Years : null, r?.nextPlanned?.id ?? null,
    ]);
    p.agreements.forEach((a, i) => shipAgreementRows.push([p.key, i + 1, a.id]));
  }
  const shipTable: Table = {
    name: 'partnerships', ...TABLE_WORDS.partnerships, columns: shipCols, primaryKey: ['key'],
    foreignKeys: [
      { columns: ['owner_id'], table: 'partners', refColumns: ['id'] }, { columns: ['partner_id'], table: 'partners', refColumns: ['id'] },
      { columns: ['chain_id'], table: 'agreements', refColumns: ['id'] }, { columns: ['stage'], table: 'code_stage', refColumns: ['code'] },
      { columns: ['last_activity_id'], table: 'activities', refColumns: ['id'] }, { columns: ['next_planned_id'], table: 'activities', refColumns: ['id'] },
    ],
    rows: shipRows,
  };
  const shipAgreements: Table = {
    name: 'partnership_agreements', ...TABLE_WORDS.partnership_agreements,
    columns: [derived('partnership_key', 'string', 'partnership_key', { required: true }), col('position', 'integer', COLUMN_OF.position, COLUMN_OF.positionHelp, { required: true }), derived('agreement_id', 'string', 'agreement_id', { required: true })],
    primaryKey: ['partnership_key', 'position'],
    foreignKeys: [{ columns: ['partnership_key'], table: 'partnerships', refColumns: ['key'] }, { columns: ['agreement_id'], table: 'agreements', refColumns: ['id'] }],
    rows: shipAgreementRows,
  };

  // ---- coverage by sector, as report coverage gives it ------------------------------------------------------
  const coverage = coverageReport(d, o.asOf, { by: 'sector', since: d.config.inactivityWindow, matrix: false, filters: {} });
  const coverageTable: Table = {
    name: 'sector_coverage', ...TABLE_WORDS.sector_coverage,
    columns: [
      derived('sector_id', 'string', 'sector_id', { required: true }), derived('covered', 'boolean'),
      derived('covered', 'boolean', 'covered_unknown', { title: COLUMN_OF.unknown(DERIVED_WORDS.covered.title), description: COLUMN_OF.unknownHelp, required: true }),
      derived('agreements_in_force', 'integer', 'agreements_in_force', { required: true }), derived('agreements_status_unknown', 'integer', 'agreements_status_unknown', { required: true }),
      derived('activities_recent', 'integer', 'activities_recent', { required: true }),
    ],
    primaryKey: ['sector_id'],
    foreignKeys: [{ columns: ['sector_id'], table: 'sectors', refColumns: ['id'] }],
    rows: coverage.rows.map((r) => [r.key, r.coverage === 'unknown' ? null : r.coverage === 'covered', r.coverage === 'unknown', r.agreements.length, r.unknownStatus.length, r.activities]),
  };

  // ---- the tables of the plans, with what their references need ------------------------------------------
  const allPlans: Plan[] = [];
  const collect = (p: Plan): void => {
    allPlans.push(p);
    p.children.forEach((c) => collect(c.plan));
  };
  KINDS.forEach((k) => collect(plans[k]));
  for (const p of allPlans) {
    const r = rows.get(p) ?? [];
    rows.set(p, r);
    settleMoney(p, r);
  }
  // Lookup tables: the codes with their words, the sectors, the countries; each gains what is referred to and missing.
  const lookupRows = new Map<string, Value[][]>();
  const lookupTables = new Map<string, Omit<Table, 'rows'>>();
  for (const [name, c] of [...codes.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lookupTables.set(name, { name, title: c.title, description: c.description, columns: codeColumns(), primaryKey: ['code'], foreignKeys: [] });
    lookupRows.set(name, c.codes.map(([code, w]) => [code, w?.en ?? null, w?.id ?? null]));
  }
  lookupTables.set('sectors', { name: 'sectors', ...TABLE_WORDS.sectors, columns: [derived('sector_id', 'string', 'id', { required: true }), derived('sector_group', 'string', 'group', { enum: Object.keys(SECTOR_GROUP_WORDS) }), derived('name_id', 'string'), derived('name_en', 'string')], primaryKey: ['id'], foreignKeys: [] });
  lookupRows.set('sectors', vocabulary(d.config.extraSectors).map((s) => [s.id, s.group, s.name, s.name_en]));
  lookupTables.set('countries', { name: 'countries', ...TABLE_WORDS.countries, columns: [derived('country_code', 'string', 'code', { required: true }), derived('name_en', 'string'), derived('name_id', 'string')], primaryKey: ['code'], foreignKeys: [] });
  lookupRows.set('countries', Object.keys(COUNTRIES).sort().map((c) => [c, (COUNTRIES[c] as { en: string }).en, (COUNTRIES[c] as { id: string }).id]));
  const rowsOfTable = (table: string): Value[][] => {
    const kind = kindOfTable(table);
    return kind ? (rows.get(plans[kind]) as Value[][]) : (lookupRows.get(table) as Value[][]);
  };
  const present = new Map<string, Set<Value>>();
  const missing = (table: string, v: Value): void => {
    if (v === null) return;
    let known = present.get(table);
    if (!known) present.set(table, (known = new Set(rowsOfTable(table).map((r) => r[0] as Value))));
    if (known.has(v)) return;
    known.add(v);
    const kind = kindOfTable(table);
    if (kind) rowsOfTable(table).push(stubRow(plans[kind], String(v), extra[kind].values(String(v))));
    else rowsOfTable(table).push([v, ...(lookupTables.get(table) as Omit<Table, 'rows'>).columns.slice(1).map(() => null)]);
  };
  for (const p of allPlans) for (const l of lookups.get(p) ?? []) for (const r of rows.get(p) ?? []) missing(l.table, r[l.column] as Value);
  for (const r of shipRows) {
    missing('partners', r[1] as Value);
    missing('partners', r[2] as Value);
  }

  const meta = metaTable(d, o);
  const recordTables = allPlans.map((p) => tableFrom(p, (rows.get(p) as Value[][]).sort(byKey)));
  const lookupsOut = [...lookupTables.values()].map((t) => ({ ...t, rows: (lookupRows.get(t.name) as Value[][]).sort(byKey) }));
  return {
    tables: ordered([...lookupsOut, ...recordTables, shipTable, { ...shipAgreements, rows: shipAgreementRows.sort(byKey) }, { ...coverageTable, rows: [...coverageTable.rows].sort(byKey) }, meta]),
    register: d.config.name,
    asOf: iso(o.asOf),
    commit: o.commit,
    ...(o.recordedAsOf ? { recordedAsOf: o.recordedAsOf } : {}),
    version: o.version,
    includePrivate: o.includePrivate,
    publication: publicationOf(d.config),
  };
}

/** kerjasama.yaml's publication, Satu Data's region code being the owner's own (owner_ids.kemendagri) when it gives none. */
function publicationOf(config: Dataset['config']): Publication {
  const p = config.publication;
  const own = config.ownerIds.kemendagri;
  if (own === undefined || p.satu_data?.region_code !== undefined) return p;
  return { ...p, satu_data: { ...p.satu_data, region_code: own } };
}

const kindOfTable = (t: string): Kind | undefined => KINDS.find((k) => RECORD_TABLE[k] === t);

const codeColumns = (): Column[] => [
  col('code', 'string', COLUMN_OF.code, COLUMN_OF.code, { required: true }),
  col('label_en', 'string', COLUMN_OF.labelEn, COLUMN_OF.labelEn),
  col('label_id', 'string', COLUMN_OF.labelId, COLUMN_OF.labelId),
];

/** A record left out (its file has errors), or named and nowhere: its id, left_out, the facts it still has. */
function stubRow(p: Plan, id: string, extraValues: Value[]): Value[] {
  const n = p.cols.length - extraValues.length;
  return [id, true, ...Array.from({ length: n - 1 }, () => null), ...extraValues];
}

/** Tables in an order where each comes after every other table it refers to. */
function ordered(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: Table[] = [];
  const seen = new Set<string>();
  const visit = (t: Table): void => {
    if (seen.has(t.name)) return;
    seen.add(t.name);
    for (const fk of t.foreignKeys) {
      const target = byName.get(fk.table);
      if (target && target !== t) visit(target);
    }
    out.push(t);
  };
  tables.forEach(visit);
  return out;
}

/** The export's own facts, and kerjasama.yaml's publication, one row each (`publication.satu_data.producer`). */
function metaTable(d: Dataset, o: ExportOptions): Table {
  const rows: Value[][] = [
    ['register_name', d.config.name],
    ['register_owner', d.config.owner ?? null],
    ['commit', o.commit ?? null],
    ...(o.recordedAsOf ? [['recorded_as_of', o.recordedAsOf]] : []),
    ['tool', 'kerjasama'],
    ['tool_version', o.version],
    ['schema_version', o.version],
    ['as_of', iso(o.asOf)],
    ['include_private', String(o.includePrivate)],
    ['timezone', d.config.timezone],
    ['record_files', String(d.fileCount)],
    ['left_out_files', String(d.invalidIds.partner.size + d.invalidIds.agreement.size + d.invalidIds.activity.size)],
  ];
  const flat = (v: unknown, key: string): void => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) v.forEach((x, i) => flat(x, `${key}.${i + 1}`));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) flat(x, `${key}.${k}`);
    else rows.push([key, String(v)]);
  };
  flat(publicationOf(d.config), 'publication');
  return {
    name: 'meta', ...TABLE_WORDS.meta,
    columns: [derived('meta_key', 'string', 'key', { required: true }), derived('meta_value', 'string', 'value')],
    primaryKey: ['key'], foreignKeys: [], rows,
  };
}
