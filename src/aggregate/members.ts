// A federation's members as the aggregate reads them: each member register already loaded (by the CLI,
// through the one loader, from a folder, a git commit or a bundle), with its code and where it came from.
// The aggregate layer is pure: (members, as-of day) → the aggregate; it never reads a file or asks git.

import type { Loaded } from '../load/load.js';

/** One member register of a federation, loaded. */
export interface Member {
  /** The member's Kemendagri region code (kode wilayah) as federation.yaml gives it: '52', '52.01'. */
  readonly code: string;
  /** Its name as federation.yaml gives it, when it gives one. */
  readonly name?: string;
  /** Where it was read from, as federation.yaml says it: a folder (relative to federation.yaml), a git URL, a bundle file. */
  readonly source: string;
  /** The full commit id read: a git member's, or a folder member's when the folder is in a git repository. */
  readonly commit?: string;
  /** The member's register as the loader read it. */
  readonly loaded: Loaded;
}

/** The separator between a member's code and a record id in the aggregate's ids: `52:ntb-bali-ntt-pks-2026`. */
export const MEMBER_SEPARATOR = ':';

/** A record id namespaced by its member: `52:ntb-bali-ntt-pks-2026`. Record ids never hold ':' (ID_PATTERN). */
export function memberId(code: string, id: string): string {
  return code + MEMBER_SEPARATOR + id;
}

/** A namespaced id split back into its member's code and the record id; undefined when it has no member part. */
export function splitMemberId(namespaced: string): { code: string; id: string } | undefined {
  const at = namespaced.lastIndexOf(MEMBER_SEPARATOR);
  if (at <= 0) return undefined;
  return { code: namespaced.slice(0, at), id: namespaced.slice(at + 1) };
}

/**
 * A member's file as the federation names it: under the member's folder when it was read from a folder
 * beside federation.yaml (source `path:diy` → `diy/data/partners/kyoto.yaml`), else after its code
 * (`34:data/partners/kyoto.yaml`).
 */
export function memberPath(m: Pick<Member, 'code' | 'source'>, file: string): string {
  const folder = m.source.startsWith('path:') ? m.source.slice('path:'.length).replace(/\/+$/, '') : undefined;
  return folder && !folder.startsWith('/') && !folder.split('/').includes('..') ? `${folder === '.' ? '' : `${folder}/`}${file}` : `${m.code}:${file}`;
}
