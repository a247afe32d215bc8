// The recipients file of kerjasama remind: who receives the reminders, as a mapping of responsible units
// to e-mail addresses, the bureau's own addresses (a copy of every digest) and the sender. These are
// personal data (UU 27/2022): the file lives outside the register (the CLI refuses one inside it), so it
// is never committed, published on the site or exported; in CI it comes from a secret. It is read as
// the register's files are (never through a link, never from a pipe, within the size limit), and every
// problem names its line and column.
//
//   from: "Biro Kerja Sama Setda NTB <kerjasama@ntbprov.go.id>"
//   bureau: [kerjasama@ntbprov.go.id]
//   units:
//     Dinas Pariwisata Provinsi NTB: [dispar@ntbprov.go.id]

import { parseAddress, type Address } from '../model/address.js';
import type { Diagnostic } from '../model/types.js';
import { yaml } from './lazy.js';
import { readBytes } from './read.js';

export interface Recipients {
  from?: Address;
  bureau: Address[];
  /** Each unit as the file writes it, with its addresses. */
  units: Array<{ unit: string; addresses: Address[] }>;
}

export type RecipientsProblemCode = 'not-yaml' | 'not-mapping' | 'unknown-key' | 'not-list' | 'not-text' | 'bad-address' | 'unit-twice' | 'empty';
export interface RecipientsProblem { code: RecipientsProblemCode; line: number; column: number; values: Record<string, string> }

export type RecipientsResult = { ok: true; recipients: Recipients } | { ok: false; unreadable: Diagnostic[] } | { ok: false; problems: RecipientsProblem[] };

const KEYS = ['from', 'bureau', 'units'];

/** How a unit is compared with the records' `unit`: Unicode-normalised, case and spacing ignored. */
export function unitKey(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function readRecipients(abs: string, shown: string): RecipientsResult {
  const bytes = readBytes(abs, shown);
  if (!(bytes instanceof Uint8Array)) return { ok: false, unreadable: bytes };
  return parseRecipients(Buffer.from(bytes).toString('utf8'));
}

/** The recipients from the file's text; every problem with its line and column. */
export function parseRecipients(source: string): RecipientsResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const { LineCounter, parseDocument, isMap, isSeq, isScalar } = yaml();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const problems: RecipientsProblem[] = [];
  const at = (node: unknown): { line: number; column: number } => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const p = lc.linePos(range ? range[0] : 0);
    return { line: p.line, column: p.col };
  };
  const problem = (code: RecipientsProblemCode, node: unknown, values: Record<string, string> = {}): void => { problems.push({ code, ...at(node), values }); };
  if (doc.errors.length) {
    const e = doc.errors[0] as { message: string; linePos?: Array<{ line: number; col: number }> };
    const pos = e.linePos?.[0];
    return { ok: false, problems: [{ code: 'not-yaml', line: pos?.line ?? 1, column: pos?.col ?? 1, values: { message: e.message.split('\n')[0] ?? '' } }] };
  }
  const root = doc.contents;
  if (!isMap(root)) return { ok: false, problems: [{ code: 'not-mapping', line: 1, column: 1, values: {} }] };
  const out: Recipients = { bureau: [], units: [] };
  const address = (node: unknown): Address | undefined => {
    if (!isScalar(node) || typeof node.value !== 'string') {
      problem('not-text', node);
      return undefined;
    }
    const a = parseAddress(node.value);
    if (!a) problem('bad-address', node, { value: node.value.slice(0, 200) });
    return a;
  };
  const addresses = (node: unknown, where: string): Address[] => {
    if (isScalar(node)) {
      const a = address(node);
      return a ? [a] : [];
    }
    if (!isSeq(node)) {
      problem('not-list', node, { key: where });
      return [];
    }
    return node.items.flatMap((item) => address(item) ?? []);
  };
  const seen = new Map<string, string>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KEYS.includes(key)) {
      problem('unknown-key', pair.key, { key: key.slice(0, 100), keys: KEYS.join(', ') });
      continue;
    }
    if (key === 'from') {
      const a = address(pair.value);
      if (a) out.from = a;
    } else if (key === 'bureau') {
      out.bureau = addresses(pair.value, 'bureau');
    } else if (isMap(pair.value)) {
      for (const u of pair.value.items) {
        if (!isScalar(u.key) || typeof u.key.value !== 'string' || u.key.value.trim() === '') {
          problem('not-text', u.key);
          continue;
        }
        const unit = u.key.value;
        const k = unitKey(unit);
        const other = seen.get(k);
        if (other !== undefined) problem('unit-twice', u.key, { unit: unit.slice(0, 200), other: other.slice(0, 200) });
        seen.set(k, unit);
        const list = addresses(u.value, unit);
        if (list.length === 0 && isSeq(u.value) && u.value.items.length === 0) problem('empty', u.value ?? u.key, { unit: unit.slice(0, 200) });
        out.units.push({ unit, addresses: list });
      }
    } else if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) {
      problem('not-list', pair.value, { key: 'units' });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, recipients: out };
}

/** A unit's addresses in the recipients, compared as unitKey compares; undefined when the file has none for it. */
export function addressesOf(r: Recipients, unit: string): Address[] | undefined {
  const k = unitKey(unit);
  return r.units.find((u) => unitKey(u.unit) === k)?.addresses;
}
