// How the coverage report reads: the covered rows, then the gaps, or the sector × country matrix.

import { L, type Cell, type ReportView, type Provenance, type TableView } from '../render/view.js';
import type { CoverageReport } from './coverage.js';

const money = (b: Record<string, number>): string[] => Object.entries(b).sort().map(([c, n]) => `${c} ${n.toLocaleString('en-GB')}`);

export function coverageView(rep: CoverageReport, prov: Provenance, lang: 'en' | 'id'): ReportView {
  const title = L('Sector coverage', 'Cakupan sektor');
  if (rep.matrix) {
    const m = rep.matrix;
    return {
      title, provenance: prov,
      tables: [{
        title: L('Agreements in force: sector × country', 'Perjanjian berlaku: sektor × negara'),
        columns: [{ key: 'sector', label: L('sector', 'sektor') }, ...m.countries.map((c) => ({ key: c, label: L(c, c), align: 'right' as const }))],
        rows: m.rows.map((r) => Object.fromEntries([['sector', r.sector], ...m.countries.map((c, i) => [c, r.counts[i] ? r.counts[i] : null])]) as Record<string, Cell>),
      }],
      notes: [L('Only sectors with at least one agreement in force are shown.', 'Hanya sektor yang memiliki sedikitnya satu perjanjian berlaku yang ditampilkan.')],
    };
  }
  const byLabel = { sector: L('sector', 'sektor'), country: L('country', 'negara'), category: L('category', 'kategori') }[rep.by];
  const covered = rep.by === 'sector' ? rep.rows.filter((r) => r.agreements.length > 0 || r.activities > 0) : rep.rows;
  const tables: TableView[] = [{
    title: rep.by === 'sector' ? L('Covered sectors', 'Sektor yang tercakup') : undefined,
    columns: [
      { key: 'key', label: byLabel },
      ...(rep.by === 'sector' ? [{ key: 'name', label: L('name', 'nama') }] : []),
      { key: 'agreements', label: L('agreements in force', 'perjanjian berlaku') },
      { key: 'partners', label: L('partners', 'mitra') },
      ...(rep.by !== 'country' ? [{ key: 'countries', label: L('countries', 'negara') }] : []),
      { key: 'activities', label: L(`activities (${rep.since})`, `kegiatan (${rep.since})`), align: 'right' as const },
      { key: 'budget', label: L('budget', 'anggaran') },
    ],
    rows: covered.map((r) => ({
      key: r.key, name: lang === 'id' ? r.label : r.labelEn, agreements: r.agreements, partners: r.partners, countries: r.countries, activities: r.activities, budget: money(r.budget),
    })),
  }];
  if (rep.by === 'sector') {
    tables.push({
      title: L(`Gaps: ${rep.gaps.length} sectors with no agreement in force`, `Celah: ${rep.gaps.length} sektor tanpa perjanjian yang berlaku`),
      columns: [{ key: 'key', label: L('sector', 'sektor') }, { key: 'name', label: L('name', 'nama') }, { key: 'activities', label: L(`activities (${rep.since})`, `kegiatan (${rep.since})`), align: 'right' }],
      rows: rep.rows.filter((r) => r.agreements.length === 0).map((r) => ({ key: { text: r.key, tone: 'warn' }, name: lang === 'id' ? r.label : r.labelEn, activities: r.activities })),
      empty: L('None: every sector has an agreement in force.', 'Tidak ada: setiap sektor memiliki perjanjian yang berlaku.'),
    });
  }
  return {
    title, provenance: prov, tables,
    notes: [L(`${rep.agreementsInForce} agreements in force. Activities are those held since ${rep.windowStart}; budgets are totals of the activities' recorded budgets, per currency.`,
      `${rep.agreementsInForce} perjanjian berlaku. Kegiatan dihitung sejak ${rep.windowStart}; anggaran adalah jumlah anggaran kegiatan yang tercatat, per mata uang.`)],
  };
}
