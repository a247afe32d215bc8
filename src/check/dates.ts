// Rules on dates: they come in order, and activities happen while their agreement is valid.

import { endOf, knownEnd, startOf } from '../model/agreement.js';
import { iso, parseDate, type KDate } from '../model/dates.js';
import type { Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

/** Only a certain contradiction counts: the later date's latest day is before the earlier one's first. */
const before = (later: KDate, earlier: KDate): boolean => later.last < earlier.first;

export function dateOrder(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const a of ctx.dataset.agreements.values()) {
    const d = a.data;
    const eff = d.effective ? parseDate(d.effective) : undefined;
    const end = typeof d.end === 'string' && d.end !== 'none' ? parseDate(d.end) : undefined;
    // Against the last signature only (the one whose earliest day is latest; the first such in the list):
    // a date before it is one mistake, not one per party on the same line.
    let last: { i: number; sig: KDate } | undefined;
    (d.signatures ?? []).forEach((s, i) => {
      const sig = s.date ? parseDate(s.date) : undefined;
      if (sig && (!last || sig.first > last.sig.first)) last = { i, sig };
    });
    if (last && eff && before(eff, last.sig)) {
      out.push(diag('date-order', 'error', a.file, '/effective', { later: 'effective', laterDate: eff.text, earlier: `signatures[${last.i}].date`, earlierDate: last.sig.text }));
    }
    if (last && end && !eff && before(end, last.sig)) {
      out.push(diag('date-order', 'error', a.file, '/end', { later: 'end', laterDate: end.text, earlier: `signatures[${last.i}].date`, earlierDate: last.sig.text }));
    }
    if (eff && end && before(end, eff)) out.push(diag('date-order', 'error', a.file, '/end', { later: 'end', laterDate: end.text, earlier: 'effective', earlierDate: eff.text }));
    const term = d.termination ? parseDate(d.termination.date) : undefined;
    const start = startOf(d);
    if (term && start && before(term, start)) {
      out.push(diag('date-order', 'error', a.file, '/termination/date', { later: 'termination.date', laterDate: term.text, earlier: d.effective ? 'effective' : 'signature', earlierDate: start.text }));
    }
  }
  for (const act of ctx.dataset.activities.values()) {
    const s = parseDate(act.data.start);
    const e = act.data.end ? parseDate(act.data.end) : undefined;
    if (s && e && before(e, s)) out.push(diag('date-order', 'error', act.file, '/end', { later: 'end', laterDate: e.text, earlier: 'start', earlierDate: s.text }));
  }
  return out;
}

/** Warning: an activity that certainly lies wholly before its agreement starts or after it ends. */
export function activityOutsideAgreement(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const act of ctx.dataset.activities.values()) {
    const s = parseDate(act.data.start);
    if (!s) continue;
    const e = (act.data.end ? parseDate(act.data.end) : undefined) ?? s;
    (act.data.agreements ?? []).forEach((id, i) => {
      const a = ctx.dataset.agreements.get(id);
      if (!a) return;
      const start = startOf(a.data);
      const end = endOf(a.data);
      // The latest day the agreement can end: only an activity certainly after it is outside.
      const endDay = end.kind === 'date' || end.kind === 'term' ? end.latest : undefined;
      const tooEarly = start !== undefined && e.last < start.first;
      const tooLate = endDay !== undefined && s.first > endDay;
      if (tooEarly || tooLate) {
        // The validity's end as a value the catalogue words: a day, none, a cycle's length, or unknown.
        const until: Record<string, string> = endDay !== undefined ? { until: knownEnd(a.data)?.text ?? iso(endDay) } : end.kind === 'none' ? { until: '', open: 'none' } : end.kind === 'cycle' ? { until: '', every: end.every } : { until: '?' };
        const dates = act.data.end ? `${act.data.start} – ${act.data.end}` : act.data.start;
        out.push(diag('activity-outside-agreement', 'warning', act.file, `/agreements/${i}`, { agreement: id, dates, from: start ? start.text : '?', ...until }));
      }
    });
  }
  return out;
}
