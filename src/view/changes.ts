// A field's change as a reviewer reads it ("end date extended from … to …", "status changed draft →
// signed"), in English and Indonesian: one phrasing for `kerjasama diff` and the history (log, the site).

import { humanText } from '../model/dates.js';
import type { ExtraSector, Kind, Lang } from '../model/types.js';
import type { FieldChange } from '../report/diff.js';
import { DECLARED_STATUS_LABEL, labelOf } from './labels.js';
import { vw } from './values.words.js';
import { fieldPathLabel, fieldText, fieldValueAt, type FieldValue } from './fields.js';

const MAX_VALUE = 80;

/** A value on one line, cut at MAX_VALUE characters. */
export function show(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return vw(lang, 'none');
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_VALUE ? one.slice(0, MAX_VALUE - 1) + '…' : one;
}

function endValue(v: string | null, lang: Lang): string {
  if (v === null) return vw(lang, 'end.notRecorded');
  if (v === 'none') return vw(lang, 'end.none');
  return humanText(v, lang);
}

/** What a change's phrase knows of its record: its kind ('config' for kerjasama.yaml) and the register's extra sectors. */
export interface PhraseOptions {
  readonly kind?: Kind | 'config';
  readonly extraSectors?: readonly ExtraSector[];
  /** The records' names, to name a reference as show does ("Osaka Prefecture (osaka)"); without it, the id. */
  readonly name?: (kind: Kind, id: string) => string | undefined;
}

/**
 * A field's value in a change, by the field model when the record's kind is known: a date as the tables
 * write it (1 Nov 2026, Dec 2026), a list, a code (a country, an approval's status), a reference (a
 * signing party, by its name when `name` knows it) or a period as `show` writes them (view/fields.ts, as
 * blame does); anything else on one line (show).
 */
function valueShown(v: unknown, lang: Lang, field: string, o: PhraseOptions): string {
  const x = o.kind && v !== null && v !== undefined ? fieldValueAt(o.kind, field, v, { lang, ...(o.extraSectors ? { extraSectors: o.extraSectors } : {}) }) : undefined;
  if (x?.t === 'date' && typeof v === 'string') return humanText(v, lang);
  // A reference too long for a line: its record's name is shortened, never its id (an id cut short names nothing).
  if (x?.t === 'ref') {
    const n = o.name?.(x.kind, x.id);
    if (n && n !== x.id && n.length + x.id.length + 3 > MAX_VALUE) return `${show(n, lang).slice(0, Math.max(MAX_VALUE - x.id.length - 4, 8)).trimEnd()}… (${x.id})`;
  }
  if (x && (Array.isArray(v) || x.t === 'code' || x.t === 'ref' || (x.t === 'text' && x.text !== v))) return show(fieldText(x, lang, o.name), lang);
  return show(v, lang);
}

/**
 * Items added to or removed from a list, each as `show` writes it (a sector by its name, a code by its
 * word, a reference by its record's name when `name` is given: the field model's renderer, as valueShown
 * renders a whole list); the items as they are when the
 * record's kind or the field is not known.
 */
function itemsShown(items: readonly string[], lang: Lang, field: string, o: PhraseOptions): string {
  const at = (v: unknown): FieldValue | undefined => (o.kind ? fieldValueAt(o.kind, field, v, { lang, ...(o.extraSectors ? { extraSectors: o.extraSectors } : {}) }) : undefined);
  const x = at(items);
  if (x?.t === 'list') return x.items.map((i) => fieldText(i, lang, o.name, true)).join(', ');
  // A list the model writes on one line (a reminder schedule: "90 days, 30 days"): each item so.
  return x ? items.map((i) => { const one = at([i]); return one ? fieldText(one, lang, o.name, true) : i; }).join(', ') : items.join(', ');
}

/**
 * A field's label at the head of a change's phrase, followed by a colon and what became of it: its parts
 * joined by commas, not colons ("termination, terminated on: 31 Mar 2024 (newly filled in)", "DPRD
 * approval, number: 7/2023 → 7/2024"), so that the one colon says where the field ends, whatever its label.
 */
const headLabel = (label: string): string => label.replace(/: /g, ', ');

/** A field's change, as diff and the history say it; the field by show's label (JSON keeps the key). */
export function fieldPhrase(f: FieldChange, lang: Lang, o: PhraseOptions = {}): string {
  const field = f.type === 'list' || f.type === 'value' ? (o.kind ? headLabel(fieldPathLabel(o.kind, f.field, lang)) : f.field) : '';
  switch (f.type) {
    case 'end': {
      if (f.direction === 'same' && f.written) {
        // The same last day, written in another form (a term and the date it works out to): said as such.
        const written = (v: unknown): string => { const x = fieldValueAt('agreement', 'end', v, { lang }); return x ? fieldText(x, lang) : show(v, lang); };
        return vw(lang, 'end.same', { before: written(f.written.before), after: written(f.written.after) });
      }
      const values = { before: endValue(f.before, lang), after: endValue(f.after, lang) };
      return vw(lang, f.direction === 'later' ? 'end.later' : f.direction === 'earlier' ? 'end.earlier' : 'end.changed', values);
    }
    case 'status':
      // The statuses' words in the run's language (in English they are the codes' own words).
      return vw(lang, 'status', { before: labelOf(DECLARED_STATUS_LABEL, f.before, lang) ?? f.before, after: labelOf(DECLARED_STATUS_LABEL, f.after, lang) ?? f.after });
    case 'name':
      return vw(lang, 'name', { before: f.before, after: f.after });
    case 'list': {
      const parts: string[] = [];
      if (f.added.length) parts.push(vw(lang, 'list.added', { items: itemsShown(f.added, lang, f.field, o) }));
      if (f.removed.length) parts.push(vw(lang, 'list.removed', { items: itemsShown(f.removed, lang, f.field, o) }));
      return `${field}: ${parts.join('; ')}`;
    }
    case 'value':
      if (f.before === null) {
        const after = valueShown(f.after, lang, f.field, o);
        return vw(lang, after.endsWith(')') ? 'value.setBracketed' : 'value.set', { field, after });
      }
      if (f.after === null) {
        const before = valueShown(f.before, lang, f.field, o);
        return vw(lang, before.endsWith(')') ? 'value.removedBracketed' : 'value.removed', { field, before });
      }
      return vw(lang, 'value.changed', { field, before: valueShown(f.before, lang, f.field, o), after: valueShown(f.after, lang, f.field, o) });
  }
}
