// A small RFC 5322 / MIME writer for the reminder digests: headers, a multipart/alternative body (plain
// text and HTML, both UTF-8 in quoted-printable) and attachments (base64), with CRLF line ends and no
// line over 78 characters. Deterministic: the date, the Message-ID and the boundaries come from the
// caller and the content, never from the clock or chance, so a message can be kept as a golden file
// and sent byte for byte as it was written.
//
// Header injection is impossible by construction: an address is used only if it matches a strict
// ASCII addr-spec, and every other text that reaches a header (a display name, the subject) is made
// visible (control characters shown as pictures, so no CR or LF survives) and then written as RFC 2047
// encoded words whenever it is not plain printable ASCII, so it can never end a header line or start
// another one.

import { createHash } from 'node:crypto';
import { isAddress, type Address } from '../model/address.js';
import { civil } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import { say } from '../model/words.js';
import { MIME_WORDS } from './mime.words.js';
import { visible } from './sanitise.js';

export type { Address };
export interface Attachment { readonly filename: string; readonly contentType: string; readonly content: string }

export interface Message {
  readonly from: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly subject: string;
  /** The Date header's value (mailDate). */
  readonly date: string;
  /** The Message-ID without its angle brackets: dot-atom@dot-atom. */
  readonly messageId: string;
  /** The language of the text (Content-Language). */
  readonly language: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly Attachment[];
}

const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

const DAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Date header for midnight UTC of a day number: "Sun, 22 Nov 2026 00:00:00 +0000". */
export function mailDate(dayNum: number): string {
  const { year, month, day } = civil(dayNum);
  return `${DAYS[((dayNum % 7) + 7) % 7]}, ${day} ${MONTHS[month - 1]} ${year} 00:00:00 +0000`;
}

/** A text safe for one header: no control characters (shown as pictures), no line or paragraph separators. */
const headerSafe = (s: string): string => visible(s).replace(/\s+/g, ' ').trim();

/** Plain printable ASCII that needs no encoding in unstructured text (and holds no "=?" an reader would decode). */
const plainAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s) && !s.includes('=?');

/** RFC 2047 B-encoded words of at most 64 characters each, never splitting a character. */
function encodedWords(s: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    // 39 bytes are 52 base64 characters: with "Subject: " and the markers a line stays under 76.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words.map((c) => `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`);
}

/** A header's value as tokens to fold between: plain words, or encoded words. */
function unstructured(s: string): string[] {
  const text = headerSafe(s);
  return plainAscii(text) ? text.split(' ').filter((x) => x !== '') : encodedWords(text);
}

/** A display name as a phrase: atoms as they are, other ASCII quoted, anything else encoded words. */
function phrase(name: string): string[] {
  const text = headerSafe(name);
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(text) && !text.includes('=?')) return text.split(' ').filter((x) => x !== '');
  if (plainAscii(text)) return [`"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`];
  return encodedWords(text);
}

function addressTokens(a: Address, lang: Lang): string[] {
  if (!isAddress(a.address)) throw new Error(say(MIME_WORDS, lang, 'notAddress', { address: JSON.stringify(a.address) }));
  const name = a.name ? phrase(a.name) : [];
  return name.length ? [...name, `<${a.address}>`] : [a.address];
}

/** A header line folded before 78 characters at the spaces between tokens (`sep` joins them). */
function header(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const tok of tokens) {
    if (line.length + 1 + tok.length > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${tok}`;
    } else line += ` ${tok}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function addressList(name: string, list: readonly Address[], lang: Lang): string {
  const tokens = list.flatMap((a, i) => {
    const t = addressTokens(a, lang);
    return i < list.length - 1 ? [...t.slice(0, -1), `${t[t.length - 1]},`] : t;
  });
  return header(name, tokens);
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text, lines ending CRLF, none over 76 characters; a line's
 * leading "." and "From " are encoded too, so no transport or mailbox can misread a line.
 */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n|\r/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const parts: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      const lead = i === 0 && (b === 46 || (b === 70 && line.startsWith('From ')));
      parts.push(literal && !lead ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
    let cur = '';
    for (const p of parts) {
      if (cur.length + p.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += p;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}

const base64Lines = (s: string): string => (Buffer.from(s, 'utf8').toString('base64').match(/.{1,76}/g) ?? ['']).join('\r\n');

/** A parameter value: quoted, with only safe ASCII (file names are built by the tool, never from record text). */
const param = (v: string): string => `"${v.replace(/[^A-Za-z0-9._-]/g, '_')}"`;

export function mimeMessage(m: Message): string {
  const lang: Lang = m.language === 'id' ? 'id' : 'en';
  if (!/^[^@\s<>]+@[^@\s<>]+$/.test(m.messageId) || !m.messageId.split('@').every((x) => DOT_ATOM.test(x))) throw new Error(say(MIME_WORDS, lang, 'notMessageId', { id: m.messageId }));
  const h = createHash('sha256').update(m.messageId).digest('hex').slice(0, 16);
  // "=_" never occurs in quoted-printable or base64: no part can contain a boundary.
  const mixed = `=_kerjasama_m_${h}`;
  const alt = `=_kerjasama_a_${h}`;
  const headers = [
    header('From', addressTokens(m.from, lang)),
    ...(m.to.length ? [addressList('To', m.to, lang)] : []),
    ...(m.cc.length ? [addressList('Cc', m.cc, lang)] : []),
    header('Subject', unstructured(m.subject)),
    `Date: ${m.date}`,
    `Message-ID: <${m.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Language: ${/^[a-z]{2}$/.test(m.language) ? m.language : 'en'}`,
    'Auto-Submitted: auto-generated',
    'X-Auto-Response-Suppress: All',
  ];
  const part = (type: string, body: string): string => `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${quotedPrintable(body)}`;
  const alternative = [
    `--${alt}`, part('text/plain', m.text),
    `--${alt}`, part('text/html', m.html),
    `--${alt}--`,
  ].join('\r\n');
  if (m.attachments.length === 0) {
    return [...headers, `Content-Type: multipart/alternative; boundary="${alt}"`, '', alternative, ''].join('\r\n');
  }
  const attachments = m.attachments.flatMap((a) => [
    `--${mixed}`,
    `Content-Type: ${a.contentType}; charset=utf-8;\r\n name=${param(a.filename)}\r\nContent-Disposition: attachment;\r\n filename=${param(a.filename)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(a.content)}`,
  ]);
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    alternative,
    ...attachments,
    `--${mixed}--`,
    '',
  ].join('\r\n');
}
