// Rule: a term longer than the configured maximum deserves a second look.

import { endOf, startOf } from '../model/agreement.js';
import { addDuration, durationText, parseDuration } from '../model/dates.js';
import type { Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

export function termTooLong(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = ctx.dataset.config.maxTerm;
  for (const a of ctx.dataset.agreements.values()) {
    const start = startOf(a.data);
    const end = endOf(a.data);
    if (!start) continue;
    // Certain only: the latest possible start gives the most generous limit. The anniversary itself is within
    // it: offices write a five-year term as "29/08/2022 s.d. 29/08/2027" (through that day).
    const limit = addDuration(start.last, max);
    // The length as values: a term as written (5y), or about how many years from the start to the end.
    let length: Record<string, string> | undefined;
    if (end.kind === 'term') {
      const t = parseDuration(end.term);
      if (t && addDuration(start.first, t) > addDuration(start.first, max)) length = { length: end.term };
    } else if (end.kind === 'date' && end.date.first > limit) {
      const days = end.date.first - start.first + 1;
      length = { years: String(Math.round((days / 365.25) * 10) / 10), from: start.text, to: end.date.text };
    }
    if (length) out.push(diag('term-too-long', 'warning', a.file, '/end', { ...length, max: durationText(max) }));
  }
  return out;
}
