// Text inside Markdown (GitHub's): a table cell or a list item that reads as written, with no control
// characters, no live HTML, emphasis or links, and no @mentions (a record must not ping people).

import { noMentions, visible } from './sanitise.js';

/** Markdown text for a table cell or a list item: code spans kept, HTML and emphasis in the text escaped, pipes escaped. */
export function markdownCell(s: string): string {
  const flat = visible(s.replace(/\r\n|\r|\n/g, ' '), { tabs: true });
  const parts = flat.split('`');
  const text = (t: string): string => t.replace(/[\\*_[\]~]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // An odd number of backticks would leave a span open: then nothing is a code span.
  const joined = parts.length % 2 === 1 ? parts.map((p, i) => (i % 2 === 1 ? p : text(p))).join('`') : text(flat).replace(/`/g, '\\`');
  return noMentions(joined.replace(/\|/g, '\\|'));
}
