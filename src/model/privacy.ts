// Fields that hold personal or internal data: left out of anything published (the website) unless the
// user asks for them (kerjasama site --include-private). Personal data is protected by UU 27/2022.

import { KIND_DIRS, KINDS, type Diagnostic, type Kind } from './types.js';

export const PRIVATE_FIELDS: Readonly<Record<Kind, readonly string[]>> = {
  partner: ['contacts'],
  agreement: [],
  activity: [],
};

/**
 * The private field a diagnostic is about, as a reader names it (`contacts`, `contacts[0]`), or undefined.
 * Its message may quote the value, a key written in it or part of it (a phone written as a number, an
 * e-mail that is not one): anything published says only where the problem is and what kind it is.
 */
export function privateFieldOf(d: Pick<Diagnostic, 'file' | 'pointer'>): string | undefined {
  if (d.pointer === undefined || d.pointer === '') return undefined;
  const kind = KINDS.find((k) => d.file.startsWith(KIND_DIRS[k] + '/'));
  if (!kind) return undefined;
  const [field = '', index] = d.pointer.slice(1).split('/');
  if (!PRIVATE_FIELDS[kind].includes(field)) return undefined;
  return index !== undefined && /^\d+$/.test(index) ? `${field}[${index}]` : field;
}
