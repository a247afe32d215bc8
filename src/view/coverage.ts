// How the coverage report reads: the covered sectors; the agreements in force that record no sectors;
// the sectors whose coverage is not known; the known gaps. Or the sector × country matrix. CSV is one
// table: a row per sector with its coverage (covered, unknown, gap), and a row for "not recorded".

import { L, type Cell, type Column, type ReportView, type Provenance, type TableView } from './view.js';
import { rwBoth, rwBothDays } from './reports.words.js';
import { NOT_RECORDED, type CoverageReport, type CoverageRow } from '../report/coverage.js';
import { withinText } from './expiring.js';
import { STALE, STALE_NOTE } from './labels.js';
import { formatMoney } from '../model/format.js';
import { countryText, fieldText } from './fields.js';

const money = (b: Record<string, number>, lang: 'en' | 'id'): string[] => Object.entries(b).sort().map(([c, n]) => formatMoney(n, c, lang));
const NOT_RECORDED_LABEL = rwBoth('coverage.sectorsNotRecorded');

export function coverageView(rep: CoverageReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  const title = rwBoth('coverage.sectorCoverage');
  const since = withinText(rep.since, lang);
  // An agreement whose facts are stale is marked wherever it is named (CSV: a column of its own).
  const stale = new Set([...rep.staleAgreements, ...rep.rows.flatMap((r) => r.stale)]);
  const marked = (ids: readonly string[]): string[] => (csvFlat ? [...ids] : ids.map((id) => (stale.has(id) ? `${id} ${STALE[lang]}` : id)));
  const notes = [rwBothDays(rep.includeLoi ? 'coverage.note.loi' : 'coverage.note', { n: rep.agreementsInForce }, { since: rep.windowStart })];
  if (rep.matrix) {
    const m = rep.matrix;
    return {
      title, provenance: prov,
      tables: [{
        title: rwBoth('coverage.agreementsInForceSector'),
        columns: [{ key: 'sector', label: rwBoth('coverage.sector'), wrap: true }, ...m.countries.map((c) => ({ key: c, label: L(c, c), align: 'right' as const }))],
        // CSV: codes and numbers (zero as 0); a table leaves zero cells blank.
        rows: m.rows.map((r) => Object.fromEntries([['sector', r.sector === NOT_RECORDED && !csvFlat ? NOT_RECORDED_LABEL[lang] : r.sector], ...m.countries.map((c, i) => [c, r.counts[i] ? r.counts[i] : csvFlat ? 0 : null])]) as Record<string, Cell>),
      }],
      notes: [rwBoth('coverage.onlySectorsWithAt'), ...notes],
    };
  }
  const byLabel = { sector: rwBoth('coverage.sector'), country: rwBoth('coverage.country'), category: rwBoth('coverage.category') }[rep.by];
  const activities = rwBoth('coverage.activitiesSince', { since });
  const currencies = [...new Set(rep.rows.flatMap((r) => Object.keys(r.budget)))].sort();
  // In a terminal too narrow for all: name, agreements, partners and budget wrap; budget, name,
  // countries, partners and activities are dropped in that order.
  const columns: Column[] = [
    { key: 'key', label: byLabel },
    ...(rep.by === 'sector' ? [{ key: 'name', label: rwBoth('coverage.name'), wrap: true, priority: 4 }] : []),
    ...(rep.by === 'sector' && csvFlat ? [{ key: 'coverage', label: rwBoth('coverage.coverage') }] : []),
    { key: 'agreements', label: rwBoth('coverage.agreementsInForce'), wrap: true },
    ...(rep.by === 'sector' && csvFlat ? [{ key: 'unknown_status', label: rwBoth('coverage.statusUnknown') }] : []),
    ...(csvFlat ? [{ key: 'stale_agreements', label: rwBoth('coverage.staleFacts') }] : []),
    { key: 'partners', label: rwBoth('coverage.partners'), wrap: true, priority: 2 },
    ...(rep.by !== 'country' ? [{ key: 'countries', label: rwBoth('coverage.countries'), wrap: true, priority: 3 }] : []),
    { key: 'activities', label: activities, align: 'right' as const, priority: 1 },
    // CSV: one number column per currency (budget_IDR, budget_JPY …), 0 where a row has none.
    ...(csvFlat ? currencies.map((c) => ({ key: `budget_${c}`, label: rwBoth('coverage.budgetIn', { currency: c }), align: 'right' as const }))
      : [{ key: 'budget', label: rwBoth('coverage.budget'), wrap: true, priority: 5 }]),
  ];
  // CSV holds the same data in every language: the sector's name as the register names it (Indonesian).
  const cells = (r: CoverageRow): Record<string, Cell> => ({
    // By country, the country by its name, as show names it (CSV: the code).
    key: rep.by === 'country' && !csvFlat ? countryText(r.key, lang) : r.key, name: lang === 'id' || csvFlat ? r.label : r.labelEn, coverage: r.coverage, agreements: marked(r.agreements), unknown_status: marked(r.unknownStatus), stale_agreements: r.stale,
    partners: csvFlat ? r.partners : r.partners.map((id) => fieldText({ t: 'ref', kind: 'partner', id }, lang, (_, p) => rep.partnerNames[p])),
    countries: csvFlat ? r.countries : r.countries.map((c) => countryText(c, lang)), activities: r.activities, budget: money(r.budget, lang),
    ...(csvFlat ? Object.fromEntries(currencies.map((c) => [`budget_${c}`, r.budget[c] ?? 0])) : {}),
  });
  if (rep.by !== 'sector') return { title, provenance: prov, tables: [{ columns, rows: rep.rows.map(cells) }], notes: stale.size ? [...notes, STALE_NOTE] : notes };

  const noSectors = rep.noSectors.agreements;
  // Ties of unknown status that record no sectors: each could cover any sector, so they are why every
  // sector no agreement in force lists is "not known", and are named here, once.
  const noSectorsUnknown = rep.noSectors.unknownStatus;
  if (csvFlat) {
    const rows = rep.rows.map(cells);
    if (noSectors.length || noSectorsUnknown.length) rows.push({ key: NOT_RECORDED, name: null, coverage: 'unknown', agreements: noSectors, unknown_status: noSectorsUnknown, stale_agreements: [...noSectors, ...noSectorsUnknown].filter((id) => stale.has(id)), partners: [], countries: [], activities: rep.noSectors.activities, ...Object.fromEntries(currencies.map((c) => [`budget_${c}`, 0])) });
    return { title, provenance: prov, tables: [{ columns, rows }], notes };
  }
  const tables: TableView[] = [{
    title: rwBoth('coverage.coveredSectors'),
    columns,
    rows: rep.rows.filter((r) => r.coverage === 'covered').map(cells),
    empty: rwBoth('coverage.noAgreementInForce'),
  }];
  if (noSectors.length || noSectorsUnknown.length) {
    const n = noSectors.length;
    const u = noSectorsUnknown.length;
    tables.push({
      title: rwBoth('coverage.notRecorded', { n, u }),
      columns: [{ key: 'id', label: rwBoth('coverage.agreement') }, ...(u ? [{ key: 'status', label: rwBoth('coverage.status') }] : [])],
      rows: [
        ...marked(noSectors).map((id) => ({ id, status: rwBoth('coverage.inForce')[lang] })),
        ...marked(noSectorsUnknown).map((id) => ({ id, status: { text: rwBoth('coverage.statusUnknown')[lang], tone: 'muted' as const } })),
      ],
    });
  }
  const unknown = rep.rows.filter((r) => r.coverage === 'unknown');
  if (unknown.length) {
    tables.push({
      title: rwBoth('coverage.unknown', { n: unknown.length }),
      columns: [{ key: 'key', label: rwBoth('coverage.sector') }, { key: 'name', label: rwBoth('coverage.name'), wrap: true }, { key: 'unknown_status', label: rwBoth('coverage.inAgreementsOfUnknown'), wrap: true }, { key: 'activities', label: activities, align: 'right', priority: 1 }],
      rows: unknown.map((r) => ({ key: { text: r.key, tone: 'muted' }, name: lang === 'id' ? r.label : r.labelEn, unknown_status: marked(r.unknownStatus), activities: r.activities })),
    });
  }
  tables.push({
    title: rwBoth('coverage.gaps', { n: rep.gaps.length }),
    columns: [{ key: 'key', label: rwBoth('coverage.sector') }, { key: 'name', label: rwBoth('coverage.name'), wrap: true }, { key: 'activities', label: activities, align: 'right', priority: 1 }],
    rows: rep.rows.filter((r) => r.coverage === 'gap').map((r) => ({ key: { text: r.key, tone: 'warn' }, name: lang === 'id' ? r.label : r.labelEn, activities: r.activities })),
    empty: unknown.length
      ? rwBoth('coverage.noneKnownTheSectors')
      : rwBoth('coverage.noneEverySectorHas'),
  });
  if (stale.size) notes.push(STALE_NOTE);
  if (rep.noSectors.activities) notes.push(rwBoth('coverage.activitiesNoSectors', { n: rep.noSectors.activities }));
  return { title, provenance: prov, tables, notes };
}
