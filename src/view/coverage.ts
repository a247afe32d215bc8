// How the coverage report reads: the covered sectors; the agreements in force that record no sectors;
// the sectors whose coverage is not known; the known gaps. Or the sector × country matrix. CSV is one
// table: a row per sector with its coverage (covered, unknown, gap), and a row for "not recorded".

import { L, type Cell, type Column, type ReportView, type Provenance, type TableView } from './view.js';
import { NOT_RECORDED, type CoverageReport, type CoverageRow } from '../report/coverage.js';
import { withinText } from './expiring.js';
import { formatMoney } from '../model/format.js';

const money = (b: Record<string, number>, lang: 'en' | 'id'): string[] => Object.entries(b).sort().map(([c, n]) => formatMoney(n, c, lang));
const NOT_RECORDED_LABEL = L('sectors not recorded', 'sektor tidak dicatat');

export function coverageView(rep: CoverageReport, prov: Provenance, lang: 'en' | 'id', csvFlat = false): ReportView {
  const title = L('Sector coverage', 'Cakupan sektor');
  const since = withinText(rep.since, lang);
  const notes = [L(`${rep.agreementsInForce} agreements in force${rep.includeLoi ? ' (signed LoIs included: --include-loi)' : ' (LoIs not included; --include-loi counts them)'}. Activities are those held since ${rep.windowStart}; budgets are totals of the activities' recorded budgets, per currency.`,
    `${rep.agreementsInForce} perjanjian berlaku${rep.includeLoi ? ' (LoI yang ditandatangani ikut dihitung: --include-loi)' : ' (LoI tidak dihitung; --include-loi menghitungnya)'}. Kegiatan dihitung sejak ${rep.windowStart}; anggaran adalah jumlah anggaran kegiatan yang tercatat, per mata uang.`)];
  if (rep.matrix) {
    const m = rep.matrix;
    return {
      title, provenance: prov,
      tables: [{
        title: L('Agreements in force: sector × country', 'Perjanjian berlaku: sektor × negara'),
        columns: [{ key: 'sector', label: L('sector', 'sektor'), wrap: true }, ...m.countries.map((c) => ({ key: c, label: L(c, c), align: 'right' as const }))],
        // CSV: codes and numbers (zero as 0); a table leaves zero cells blank.
        rows: m.rows.map((r) => Object.fromEntries([['sector', r.sector === NOT_RECORDED && !csvFlat ? NOT_RECORDED_LABEL[lang] : r.sector], ...m.countries.map((c, i) => [c, r.counts[i] ? r.counts[i] : csvFlat ? 0 : null])]) as Record<string, Cell>),
      }],
      notes: [L('Only sectors with at least one agreement in force are shown.', 'Hanya sektor yang memiliki sedikitnya satu perjanjian berlaku yang ditampilkan.'), ...notes],
    };
  }
  const byLabel = { sector: L('sector', 'sektor'), country: L('country', 'negara'), category: L('category', 'kategori') }[rep.by];
  const activities = L(`activities (${since})`, `kegiatan (${since})`);
  const currencies = [...new Set(rep.rows.flatMap((r) => Object.keys(r.budget)))].sort();
  // In a terminal too narrow for all: name, agreements, partners and budget wrap; budget, name,
  // countries, partners and activities are dropped in that order.
  const columns: Column[] = [
    { key: 'key', label: byLabel },
    ...(rep.by === 'sector' ? [{ key: 'name', label: L('name', 'nama'), wrap: true, priority: 4 }] : []),
    ...(rep.by === 'sector' && csvFlat ? [{ key: 'coverage', label: L('coverage', 'cakupan') }] : []),
    { key: 'agreements', label: L('agreements in force', 'perjanjian berlaku'), wrap: true },
    ...(rep.by === 'sector' && csvFlat ? [{ key: 'unknown_status', label: L('status unknown', 'status tidak diketahui') }] : []),
    { key: 'partners', label: L('partners', 'mitra'), wrap: true, priority: 2 },
    ...(rep.by !== 'country' ? [{ key: 'countries', label: L('countries', 'negara'), wrap: true, priority: 3 }] : []),
    { key: 'activities', label: activities, align: 'right' as const, priority: 1 },
    // CSV: one number column per currency (budget_IDR, budget_JPY …), 0 where a row has none.
    ...(csvFlat ? currencies.map((c) => ({ key: `budget_${c}`, label: L(`budget ${c}`, `anggaran ${c}`), align: 'right' as const }))
      : [{ key: 'budget', label: L('budget', 'anggaran'), wrap: true, priority: 5 }]),
  ];
  // CSV holds the same data in every language: the sector's name as the register names it (Indonesian).
  const cells = (r: CoverageRow): Record<string, Cell> => ({
    key: r.key, name: lang === 'id' || csvFlat ? r.label : r.labelEn, coverage: r.coverage, agreements: r.agreements, unknown_status: r.unknownStatus,
    partners: r.partners, countries: r.countries, activities: r.activities, budget: money(r.budget, lang),
    ...(csvFlat ? Object.fromEntries(currencies.map((c) => [`budget_${c}`, r.budget[c] ?? 0])) : {}),
  });
  if (rep.by !== 'sector') return { title, provenance: prov, tables: [{ columns, rows: rep.rows.map(cells) }], notes };

  const noSectors = rep.noSectors.agreements;
  if (csvFlat) {
    const rows = rep.rows.map(cells);
    if (noSectors.length) rows.push({ key: NOT_RECORDED, name: null, coverage: 'unknown', agreements: noSectors, unknown_status: [], partners: [], countries: [], activities: rep.noSectors.activities, ...Object.fromEntries(currencies.map((c) => [`budget_${c}`, 0])) });
    return { title, provenance: prov, tables: [{ columns, rows }], notes };
  }
  const tables: TableView[] = [{
    title: L('Covered sectors', 'Sektor yang tercakup'),
    columns,
    rows: rep.rows.filter((r) => r.coverage === 'covered').map(cells),
    empty: L('No agreement in force lists a sector.', 'Tidak ada perjanjian berlaku yang mencantumkan sektor.'),
  }];
  if (noSectors.length) {
    tables.push({
      title: L(`Sectors not recorded: ${noSectors.length} agreement${noSectors.length === 1 ? '' : 's'} in force record${noSectors.length === 1 ? 's' : ''} no sectors`,
        `Sektor tidak dicatat: ${noSectors.length} perjanjian berlaku tidak mencantumkan sektor`),
      columns: [{ key: 'id', label: L('agreement', 'perjanjian') }],
      rows: noSectors.map((id) => ({ id })),
    });
  }
  const unknown = rep.rows.filter((r) => r.coverage === 'unknown');
  if (unknown.length) {
    tables.push({
      title: L(`Not known to be covered: ${unknown.length} sectors (no agreement in force lists them, but some record none or have an unknown status)`,
        `Cakupan belum diketahui: ${unknown.length} sektor (tidak tercantum pada perjanjian berlaku, tetapi ada perjanjian tanpa sektor atau berstatus tidak diketahui)`),
      columns: [{ key: 'key', label: L('sector', 'sektor') }, { key: 'name', label: L('name', 'nama'), wrap: true }, { key: 'unknown_status', label: L('in agreements of unknown status', 'pada perjanjian berstatus tidak diketahui'), wrap: true }, { key: 'activities', label: activities, align: 'right', priority: 1 }],
      rows: unknown.map((r) => ({ key: { text: r.key, tone: 'muted' }, name: lang === 'id' ? r.label : r.labelEn, unknown_status: r.unknownStatus, activities: r.activities })),
    });
  }
  tables.push({
    title: L(`Gaps: ${rep.gaps.length} sectors known to have no agreement in force`, `Celah: ${rep.gaps.length} sektor yang pasti tanpa perjanjian berlaku`),
    columns: [{ key: 'key', label: L('sector', 'sektor') }, { key: 'name', label: L('name', 'nama'), wrap: true }, { key: 'activities', label: activities, align: 'right', priority: 1 }],
    rows: rep.rows.filter((r) => r.coverage === 'gap').map((r) => ({ key: { text: r.key, tone: 'warn' }, name: lang === 'id' ? r.label : r.labelEn, activities: r.activities })),
    empty: unknown.length
      ? L('None known: the sectors above may or may not be covered until the agreements record their sectors.', 'Tidak ada yang pasti: sektor di atas mungkin tercakup, sampai perjanjiannya mencantumkan sektor.')
      : L('None: every sector has an agreement in force.', 'Tidak ada: setiap sektor memiliki perjanjian yang berlaku.'),
  });
  if (rep.noSectors.activities) notes.push(L(`${rep.noSectors.activities} activities held in the window record no sectors.`, `${rep.noSectors.activities} kegiatan dalam jangka waktu pengamatan tidak mencantumkan sektor.`));
  return { title, provenance: prov, tables, notes };
}
