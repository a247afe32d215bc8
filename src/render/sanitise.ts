// The one sanitising layer: untrusted text (record values, file names, anything read from a register)
// never becomes control of a terminal, a CI runner, a calendar, a spreadsheet or a web page. Each output
// format asks here for its own escaping; the CLI's edge (guardWorkflowCommands) makes sure that under
// GitHub Actions no printed line except the tool's own annotations can start a workflow command.

/** C0 controls, DEL and C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and isolates (Trojan Source), and the Unicode line and paragraph separators. */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c]/g;

const hex = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** Bidirectional embeddings, overrides and isolates: the characters that reorder the text around them. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a web page, where line breaks and marks are harmless but an override can still make a record's
 * text read as something else (Trojan Source): every bidirectional control shown as \u{202E}, as visible()
 * shows it on a terminal.
 */
export function bidiVisible(s: string): string {
  return s.replace(BIDI, (c) => `\\u{${hex(c)}}`);
}

/** One control character as a visible, harmless glyph: ␛ for ESC, ␍ for CR, ␇ for BEL, \u{0085} for C1. */
function picture(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return '\u2421';
  return `\\u{${hex(c)}}`;
}

export interface VisibleOptions {
  /** Keep line feeds (and CRLF, as LF) as line breaks: for outputs where a value may span lines. */
  newlines?: boolean;
  /** Keep tabs. */
  tabs?: boolean;
  /** Keep carriage returns as they are (for an escaper that encodes them itself, as GitHub's %0D). */
  cr?: boolean;
}

/**
 * Text for a terminal or a log: every control character shown visibly (ESC as ␛, a bare CR as ␍, a line
 * feed as ␤ unless `newlines`), bidirectional overrides shown as \u{202E}. Nothing in the result moves the
 * cursor, changes colours, sets a title or starts a line the tool did not start.
 */
export function visible(s: string, o: VisibleOptions = {}): string {
  let t = o.newlines && !o.cr ? s.replace(/\r\n/g, '\n') : s;
  t = t.replace(CONTROL, (c) => ((c === '\n' && o.newlines) || (c === '\t' && o.tabs) || (c === '\r' && o.cr) ? c : picture(c)));
  return t.replace(INVISIBLE, (c) => `\\u{${hex(c)}}`);
}

/** True when the text holds something visible() would change. */
export function hasControl(s: string): boolean {
  CONTROL.lastIndex = 0;
  INVISIBLE.lastIndex = 0;
  return CONTROL.test(s) || INVISIBLE.test(s);
}

/** A CSV field's text: line breaks kept as LF (quoted by the CSV writer), every other control visible. */
export const csvText = (s: string): string => visible(s, { newlines: true, tabs: true });

/** iCalendar TEXT (RFC 5545 §3.3.11): backslash, ; and , escaped, line breaks as \n, no control characters. */
export function icsText(s: string): string {
  return visible(s.replace(/\r\n|\r|\n/g, '\n'), { newlines: true })
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * @mentions and team mentions neutralised for GitHub: a zero-width space after the @ (as Renovate does),
 * so a record cannot ping people or teams from a pull-request comment. E-mail addresses are left alone.
 */
export function noMentions(s: string): string {
  return s.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, '$1@\u200b');
}

/**
 * A line that the GitHub Actions runner reads as a workflow command: `::` after leading white space, where
 * a line ends at CR, LF or CRLF (.NET's ReadLine).
 */
const COMMAND_LINE = /(^|\r\n|\r|\n)([^\S\r\n]*)::/g;

/**
 * Under GitHub Actions, every line of text printed that would start a workflow command (::error::,
 * ::stop-commands::, ::add-mask::, ##[set-output]) is neutralised with a zero-width space before it; the
 * tool's own annotations (validate --format github) are printed apart, unguarded.
 */
export function guardWorkflowCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  // The old ##[command] form is read anywhere in a line: broken wherever it is.
  return text.replace(COMMAND_LINE, '$1$2\u200b::').replace(/##\[/g, '##\u200b[');
}
