// E-mail addresses as kerjasama accepts them (the recipients file of kerjasama remind): an ASCII addr-spec,
// optionally with a display name, "Biro Kerja Sama <kerjasama@ntbprov.go.id>". Anything else is refused, so
// an address can be written into a mail header as it is.

export interface Address { readonly name?: string; readonly address: string }

/** An ASCII local part of atext and dots, @, an ASCII domain of at least two labels. */
export const ADDR_SPEC = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Whether a text is an address this tool writes into a header (at most 254 characters, RFC 5321). */
export function isAddress(s: string): boolean {
  return s.length <= 254 && ADDR_SPEC.test(s);
}

/**
 * Reads `kerjasama@ntbprov.go.id` or `Biro Kerja Sama <kerjasama@ntbprov.go.id>` (the name may be quoted);
 * undefined when it is neither, or when the name holds a control character, a quote or angle brackets.
 */
export function parseAddress(text: string): Address | undefined {
  const s = text.replace(/^ +| +$/g, '');
  if (isAddress(s)) return { address: s };
  const m = /^(?:"([^"]*)"|([^"<>]*?))\s*<([^<>\s]+)>$/.exec(s);
  if (!m) return undefined;
  const name = (m[1] ?? m[2] ?? '').trim();
  const address = m[3] as string;
  if (!isAddress(address) || /[\u0000-\u001f\u007f-\u009f\u2028\u2029"<>]/.test(name) || name.length > 200) return undefined;
  return name ? { name, address } : { address };
}

/** An address as a reader sees it (the dry run): `Name <addr>`. */
export function addressText(a: Address): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}
