// The provenance line every report carries: which report, as of when, from which register and commit.

import { humanDate, parseDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import type { ConsideredUnit, Provenance } from '../view/view.js';
import { hw } from '../view/history.words.js';

const UNITS: Record<ConsideredUnit, Record<Lang, (n: number) => string>> = {
  agreements: { en: (n) => `${n} agreement${n === 1 ? '' : 's'} considered`, id: (n) => `${n} perjanjian ditinjau` },
  agreements_in_force: { en: (n) => `${n} agreement${n === 1 ? '' : 's'} in force considered`, id: (n) => `${n} perjanjian berlaku ditinjau` },
  partnerships_in_force: { en: (n) => `${n} partnership${n === 1 ? '' : 's'} in force considered`, id: (n) => `${n} kemitraan berlaku ditinjau` },
  records: { en: (n) => `${n} record${n === 1 ? '' : 's'}`, id: (n) => `${n} data` },
  record_files: { en: (n) => `${n} record file${n === 1 ? '' : 's'}`, id: (n) => `${n} berkas data` },
  events: { en: (n) => `${n} event${n === 1 ? '' : 's'}`, id: (n) => `${n} peristiwa` },
  fields: { en: (n) => `${n} field${n === 1 ? '' : 's'}`, id: (n) => `${n} kolom` },
  changes: { en: (n) => `${n} change${n === 1 ? '' : 's'}`, id: (n) => `${n} perubahan` },
};

export function consideredText(p: Provenance, lang: Lang): string {
  return UNITS[p.unit][lang](p.considered);
}

export function provenanceLine(p: Provenance, lang: Lang): string {
  const d = parseDate(p.asOf);
  const date = d ? humanDate(d.first, lang) : p.asOf;
  const recorded = p.recordedAsOf ? parseDate(p.recordedAsOf) : undefined;
  const commit = p.commit ? ` @ ${p.commit}${recorded ? ` (${hw(lang, 'recordedAsOf', { date: humanDate(recorded.first, lang) })})` : ''}` : '';
  const filters = p.filters.length ? ` · ${p.filters.join(' ')}` : '';
  return lang === 'id'
    ? `${p.report} · per ${date} · ${p.register}${commit} · ${consideredText(p, lang)}${filters}`
    : `${p.report} · as of ${date} · ${p.register}${commit} · ${consideredText(p, lang)}${filters}`;
}
