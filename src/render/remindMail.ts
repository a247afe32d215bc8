// A digest of reminders as a mail: the plain-text and HTML bodies drawn from the same DigestView, and the
// whole message (mime.ts) with the calendar of the digest's agreements (reportIcs.ts) attached. Record
// text is made visible (no control character survives) in both bodies and escaped in the HTML, which has
// no links, scripts, styles from records or images: nothing in a record becomes live in a mail client.

import type { Address } from '../model/address.js';
import type { Lang } from '../model/types.js';
import type { DigestView } from '../view/remind.js';
import { mimeMessage, type Attachment } from './mime.js';
import { visible } from './sanitise.js';
import { attrs } from './site/html.js';

const v = (s: string): string => visible(s);

/** The digest as plain text: numbered reminders under each section, a rule, then the closing. */
export function digestText(d: DigestView): string {
  const out: string[] = [v(d.greeting), '', v(d.intro), '', ...d.notes.flatMap((x) => [v(x), ''])];
  let n = 0;
  for (const s of d.sections) {
    const title = v(s.title);
    out.push(title, '-'.repeat(Math.min(72, [...title].length)), '');
    for (const r of s.reminders) {
      n++;
      const pad = ' '.repeat(String(n).length + 2);
      out.push(`${n}. ${v(r.heading)}`);
      for (const l of r.lines) out.push(pad + v(l));
      for (const l of r.why) out.push(pad + v(l));
      out.push(pad + v(r.todo), '');
    }
  }
  for (const l of d.footnotes) out.push(v(l), '');
  out.push('-- ');
  for (const l of d.closing) out.push(v(l));
  return out.join('\n') + '\n';
}

/** HTML text: every character that could start markup or an entity is an entity. */
export function escapeHtml(s: string): string {
  return visible(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The digest as a small HTML page: the same words as the text, escaped; inline styles only, no links or images. */
export function digestHtml(d: DigestView, lang: Lang): string {
  const e = escapeHtml;
  const sections = d.sections.map((s) => `<h2 style="font-size:1.1em;margin:1.2em 0 .4em">${e(s.title)}</h2>\n<ol style="padding-left:1.4em">\n${s.reminders.map((r) =>
    `<li style="margin-bottom:.8em"><strong>${e(r.heading)}</strong><br>\n${[...r.lines.map(e), ...r.why.map((x) => `<em>${e(x)}</em>`), `<strong>${e(r.todo)}</strong>`].join('<br>\n')}</li>`).join('\n')}\n</ol>`);
  return `<!DOCTYPE html>
<html${attrs({ lang })}>
<head><meta charset="utf-8"><title>${e(d.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45;color:#1a1a1a">
<p>${e(d.greeting)}</p>
<p>${e(d.intro)}</p>
${d.notes.map((x) => `<p><strong>${e(x)}</strong></p>\n`).join('')}${sections.join('\n')}
${d.footnotes.map((x) => `<p>${e(x)}</p>\n`).join('')}<hr style="border:0;border-top:1px solid #ccc">
${d.closing.map((c) => `<p style="color:#555;font-size:12px">${e(c)}</p>`).join('\n')}
</body>
</html>
`;
}

export interface DigestMail {
  from: Address;
  to: readonly Address[];
  cc: readonly Address[];
  date: string;
  messageId: string;
  lang: Lang;
  /** The calendar of the digest's agreements, when it has any. */
  ics?: { filename: string; content: string };
}

/** The whole message: headers, the text and HTML bodies, and the calendar attached. */
export function digestMessage(d: DigestView, m: DigestMail): string {
  const attachments: Attachment[] = m.ics ? [{ filename: m.ics.filename, contentType: 'text/calendar; method=PUBLISH', content: m.ics.content }] : [];
  return mimeMessage({ from: m.from, to: m.to, cc: m.cc, subject: d.subject, date: m.date, messageId: m.messageId, language: m.lang, text: digestText(d), html: digestHtml(d, m.lang), attachments });
}
