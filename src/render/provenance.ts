// The provenance line every report carries: which report, as of when, from which register and commit.

import { humanDate, parseDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import type { Provenance } from './view.js';

export function provenanceLine(p: Provenance, lang: Lang): string {
  const d = parseDate(p.asOf);
  const date = d ? humanDate(d.first, lang) : p.asOf;
  const commit = p.commit ? ` @ ${p.commit}` : '';
  const filters = p.filters.length ? ` · ${p.filters.join(' ')}` : '';
  return lang === 'id'
    ? `${p.report} · per ${date} · ${p.register}${commit} · ${p.considered}${filters}`
    : `${p.report} · as of ${date} · ${p.register}${commit} · ${p.considered}${filters}`;
}
