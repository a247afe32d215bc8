// Text for a terminal of a given width: display width (wide CJK characters count two, combining marks
// none) and word wrapping that never lets a line run past the width (a word longer than a line is broken).

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** East Asian wide and fullwidth characters, and emoji shown as pictures: two columns each. */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

const ZERO = /^[\p{M}\u200b-\u200f\u2060\ufeff]$/u;

/** The columns a text takes on a terminal (the widest of its lines), colour codes not counted. */
export function displayWidth(s: string): number {
  let widest = 0;
  for (const line of stripAnsi(s).split('\n')) {
    let w = 0;
    for (const ch of line) {
      const cp = ch.codePointAt(0) ?? 0;
      w += ZERO.test(ch) ? 0 : isWide(cp) ? 2 : 1;
    }
    widest = Math.max(widest, w);
  }
  return widest;
}

/** Where a long word may break: after a hyphen, dash, slash, underscore, comma or full stop. */
const BREAK_AFTER = /[-–—/_,.]/;

/** The pieces a word breaks into at its break points (ntb-unram- | vokasi-2024), the widest of which a column must hold. */
export function wordPieces(word: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    cur += ch;
    if (BREAK_AFTER.test(ch)) { out.push(cur); cur = ''; }
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** Breaks one word into lines of at most `width` columns: at its break points where it can, else anywhere. */
function breakWord(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  const hard = (piece: string): void => {
    for (const ch of piece) {
      if (cur !== '' && displayWidth(cur + ch) > width) { out.push(cur); cur = ''; }
      cur += ch;
    }
  };
  for (const piece of wordPieces(word)) {
    if (displayWidth(cur + piece) <= width) cur += piece;
    else if (displayWidth(piece) <= width) { if (cur !== '') out.push(cur); cur = piece; }
    else hard(piece);
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** The lead of a line that its continuation lines hang under: indentation, a bullet, a tree branch. */
const LEAD = /^(?:[ │]*[├└]─ |[ ]*• |[ ]*)/;

/**
 * Plain text (no colour codes) wrapped at spaces into lines of at most `width` columns; line breaks
 * kept. A line's lead (indentation, a bullet `• `, a tree branch `└─ `) is kept, and the lines it wraps
 * onto hang under the text after it.
 */
export function wrapLines(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let lead = LEAD.exec(para)?.[0] ?? '';
    if (displayWidth(lead) > w / 2) lead = '';
    const hang = ' '.repeat(displayWidth(lead));
    const tree = lead.replace(/[├]─ $/, '│  ').replace(/[└]─ $/, '   ').replace(/• $/, '  ');
    const cont = /[├└•]/.test(lead) ? tree : hang;
    const room = w - displayWidth(lead);
    const lines: string[] = [];
    let line = '';
    for (const word of para.slice(lead.length).split(/ +/)) {
      if (word === '') continue;
      const candidate = line === '' ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= room) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (displayWidth(word) <= room) {
        line = word;
      } else {
        const pieces = breakWord(word, room);
        for (const piece of pieces.slice(0, -1)) lines.push(piece);
        line = pieces.at(-1) ?? '';
      }
    }
    lines.push(line);
    lines.forEach((l, i) => out.push((i === 0 ? lead : cont) + l));
  }
  return out;
}

/** Prose wrapped to the width (none: as it is), continuation lines indented by `indent` spaces. */
export function wrapProse(text: string, width: number | undefined, indent = 0): string {
  if (width === undefined || displayWidth(text) <= width) return text;
  if (text.includes('\n')) return text.split('\n').map((l) => wrapProse(l, width, indent)).join('\n');
  const lines = wrapLines(text, width);
  if (indent === 0) return lines.join('\n');
  const first = lines[0] ?? '';
  const rest = wrapLines(lines.slice(1).join(' '), width - indent).map((l) => ' '.repeat(indent) + l);
  return [first, ...rest].join('\n');
}
