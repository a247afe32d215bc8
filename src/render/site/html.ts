// HTML that cannot be injected: every interpolated value is escaped unless it is already Html (built
// by this template). Record text stays text; URLs from records become links only when they are http(s).

import { ID_PATTERN } from '../../model/ids.js';
import { bidiVisible } from '../sanitise.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for an element's content or a quoted attribute value. */
const NEEDS = /[&<>"'`\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function esc(text: string): string {
  if (!NEEDS.test(text)) return text;
  // Controls other than tab and newline are dropped: no record text may steer a terminal reading the file.
  // Bidirectional overrides are shown (\u{202E}), as every other output shows them: none reorders a page.
  return bidiVisible(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')).replace(/[&<>"'`]/g, (c) => ESC[c] ?? c);
}

function part(v: Part): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return (v as readonly Part[]).map(part).join('');
  return esc(String(v));
}

/** The one way pages are written: `html\`<p>${text}</p>\`` escapes text; nested html`` stays as it is. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += part(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** An attribute's value: text, a number, or a list of tokens (class, rel) written with spaces between. */
export type AttrValue = string | number | readonly string[] | undefined;

/**
 * An element's attributes, ` name="value"` each in the order given, every value escaped; an undefined one
 * is left out. For a tag whose attributes are drawn from values: `html\`<rect${attrs({ x, class: ['bar', 'old'] })}/>\``.
 */
export function attrs(a: Readonly<Record<string, AttrValue>>): Html {
  let out = '';
  for (const [name, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${name}="${esc(typeof v === 'object' ? v.join(' ') : String(v))}"`;
  }
  return new Html(out);
}

export const raw = (s: string): Html => new Html(s);
export const join = (parts: readonly Html[], sep = ''): Html => new Html(parts.map((p) => p.value).join(sep));

/** A record's URL as a link target: only http and https (no javascript:, data:, file:), else undefined. */
export function safeUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return undefined;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
}

/** A link to the outside world from record data, or the text itself when it is not a safe URL. */
export function outLink(text: string): Html {
  const href = safeUrl(text);
  return href ? html`<a${attrs({ href, rel: ['noopener', 'noreferrer', 'nofollow'], class: 'ext' })}>${text}</a>` : html`<span class="url">${text}</span>`;
}

/** File-name-safe form of a record id (valid ids already are; anything else is encoded). */
export function fileId(id: string): string {
  return ID_PATTERN.test(id) && id !== '.' && id !== '..' ? id : encodeURIComponent(id).replace(/[%.]/g, '_');
}
