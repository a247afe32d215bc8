// Who is party to an agreement or an activity: its owner (its own `owner`, else the register's, from
// kerjasama.yaml) and its counterparts (`partners`). The one answer the facts, show, list and the site use.

/** The region an agreement or activity belongs to: its own `owner`, else the register's. */
export const ownerOf = (r: { readonly owner?: string | undefined }, config: { readonly owner?: string | undefined }): string | undefined => r.owner ?? config.owner;

/** Every party's partner id, the owner first, each once. */
export function partiesOf(r: { readonly owner?: string | undefined; readonly partners?: readonly string[] | undefined }, config: { readonly owner?: string | undefined }): string[] {
  const owner = ownerOf(r, config);
  return [...new Set([...(owner !== undefined ? [owner] : []), ...(r.partners ?? [])])];
}
