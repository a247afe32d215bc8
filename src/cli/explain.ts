// kerjasama explain [code]: what a diagnostic code means and how to fix it (render/explain.ts), as rustc's
// --explain; without a code, every code by group. A code not in the catalogue is a usage error naming the
// closest codes (by code, or by words of its title in either language).

import { ALL_CODES, CODES, type Code } from '../model/codes.js';
import type { Lang } from '../model/types.js';
import { nearest } from '../load/similar.js';
import { codesText, explainText } from '../render/explain.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { say } from './messages.js';

export function explainCommand(io: IO, code: string | undefined, lang: Lang): number {
  const width = chooseWidth(io);
  if (code === undefined) {
    io.stdout(codesText(lang, width));
    return 0;
  }
  const asked = code.trim().toLowerCase();
  if (!(ALL_CODES as readonly string[]).includes(asked)) {
    const labels = (c: Code): string[] => [c, CODES[c].title.en, CODES[c].title.id];
    // Words of a title, in any order (urutan tanggal, tanggal-urutan: date-order), before the nearest by spelling.
    const asWords = asked.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const wordsOf = (c: Code): string[] => labels(c).flatMap((l) => l.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const byWords = asWords.length ? ALL_CODES.filter((c) => asWords.every((x) => wordsOf(c).includes(x))) : [];
    const closest = byWords.length ? byWords.slice(0, 3) : nearest(asked, ALL_CODES.map((c) => ({ value: c, labels: labels(c) })));
    throw new UsageError(say('explainUnknown', { code, closest: closest.join(', ') }));
  }
  io.stdout(explainText(asked as Code, lang, width));
  return 0;
}
