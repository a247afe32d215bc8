// The members of a federation as the aggregate's pure functions get them: each member register loaded
// (load/load.ts), with the code that namespaces its ids (`52:ntb-…`) and where it was read from.

import type { Loaded } from '../load/load.js';

export interface Member {
  /** The member's code in federation.yaml (its Kemendagri region code): the namespace of its ids. */
  code: string;
  name?: string;
  /** Where the member was read from: a path, a git URL and ref, or a bundle, as federation.yaml gives it. */
  source: string;
  /** The commit read, when the member is in git. */
  commit?: string;
  loaded: Loaded;
}

/** A member's record id in the federation: `52:ntb-jatim-2025`. */
export const namespaced = (code: string, id: string): string => `${code}:${id}`;

/** A namespaced id split at its first colon; undefined when it has none. */
export function splitNamespaced(text: string): { code: string; id: string } | undefined {
  const at = text.indexOf(':');
  if (at <= 0 || at === text.length - 1) return undefined;
  return { code: text.slice(0, at), id: text.slice(at + 1) };
}

/**
 * A member's file as the federation names it: under the member's folder when it was read from a path
 * (`diy/data/partners/kyoto.yaml`), else after its code (`34:data/partners/kyoto.yaml`).
 */
export function memberPath(m: Pick<Member, 'code' | 'source'>, file: string): string {
  const local = m.source !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(m.source) && !m.source.startsWith('/');
  return local ? `${m.source.replace(/\/+$/, '')}/${file}` : `${m.code}:${file}`;
}
