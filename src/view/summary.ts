// How the summary reads: small count tables (compact: side by side in a terminal, one screen), with what
// the register does not know beside what it does. The lists behind the counts belong to the other reports.

import { DECLARED_STATUS_LABEL, DERIVED_STATUS_LABEL, DOCUMENT_TYPE_LABEL } from './labels.js';
import type { Cell, ReportView, Provenance, TableView } from './view.js';
import { rwBoth } from './reports.words.js';
import type { SummaryReport } from '../report/summary.js';
import { countryText } from './fields.js';

type Lang = 'en' | 'id';
const UNKNOWN = rwBoth('summary.unknown');
const UNCERTAIN = rwBoth('summary.yearUncertain');

const counts = (title: Record<Lang, string>, keyLabel: Record<Lang, string>, m: Record<string, number>, lang: Lang, label?: (k: string) => Record<Lang, string> | undefined, text?: (k: string) => string): TableView => ({
  title,
  compact: true,
  columns: [{ key: 'key', label: keyLabel }, { key: 'n', label: rwBoth('summary.count'), align: 'right' }],
  rows: Object.entries(m).map(([key, n]) => ({ key: text?.(key) ?? (label?.(key) ?? (key === 'unknown' ? UNKNOWN : key === 'uncertain' ? UNCERTAIN : undefined))?.[lang] ?? key, n })),
});

const flagged = (n: number, tone: 'bad' | 'warn'): Cell => (n > 0 ? { text: String(n), tone } : 0);

export function summaryView(r: SummaryReport, prov: Provenance, lang: Lang): ReportView {
  const t = r.tiesNotInForce;
  const u = r.unknowns;
  const glance: Array<[Record<Lang, string>, Cell]> = [
    [rwBoth('summary.partners'), r.records.partners],
    [rwBoth('summary.ownRegions'), r.records.ownRegions],
    [rwBoth('summary.agreements'), r.records.agreements],
    [rwBoth('summary.activities'), r.records.activities],
    [rwBoth('summary.partnershipsInForce'), r.partnershipsInForce],
    [rwBoth('summary.dormantPartnerships'), flagged(r.dormantPartnerships, 'warn')],
    [rwBoth('summary.tiesAtTheLoi'), t.loi ?? 0],
    [rwBoth('summary.tiesSignedNotYet'), t.pending ?? 0],
    [rwBoth('summary.tiesNegotiatingOrDraft'), t.negotiating ?? 0],
    [rwBoth('summary.tiesOfUnknownStatus'), t.unknown ?? 0],
    [rwBoth('summary.expiringInTheNext'), r.expiringNext12Months.length],
    [rwBoth('summary.endNotKnown'), flagged(r.endUnknown, 'warn')],
    [rwBoth('summary.overdueEndedStillMarked'), flagged(r.overdue, 'bad')],
    [rwBoth('summary.renewalsNotOnRecord'), flagged(r.renewalsNotOnRecord, 'warn')],
    [rwBoth('summary.plannedSigningsPassed'), flagged(r.signingOverdue.length, 'warn')],
    [rwBoth('summary.validationErrors'), flagged(r.validation.errors, 'bad')],
    [rwBoth('summary.validationWarnings'), r.validation.warnings],
    [rwBoth('summary.filesWithErrorsLeft'), r.records.invalidFiles],
  ];
  const unknowns: Array<[Record<Lang, string>, number]> = [
    [rwBoth('summary.documentTypeUnknown'), u.documentType],
    [rwBoth('summary.statusUnknown'), u.status],
    [rwBoth('summary.withAnUncertainDate'), u.uncertainDates],
    [rwBoth('summary.inForceNoSectors'), u.noSectors],
    [rwBoth('summary.factsStaleConfirmedToo'), u.staleFacts],
    // A row under "(agreements)" counts agreements: JSON's approvalsUnknown counts the approvals themselves.
    [rwBoth('summary.withAnApprovalNot'), u.agreementsWithApprovalUnknown],
  ];
  const tables: TableView[] = [
    {
      title: rwBoth('summary.atAGlance'),
      compact: true,
      columns: [{ key: 'what', label: rwBoth('summary.what') }, { key: 'n', label: rwBoth('summary.count'), align: 'right' }],
      rows: glance.map(([what, n]) => ({ what: what[lang], n })),
    },
    {
      title: rwBoth('summary.whatTheRegisterDoes'),
      compact: true,
      columns: [{ key: 'what', label: rwBoth('summary.what') }, { key: 'n', label: rwBoth('summary.count'), align: 'right' }],
      rows: unknowns.map(([what, n]) => ({ what: what[lang], n })),
    },
    counts(rwBoth('summary.byCategory'), rwBoth('summary.category'), r.byCategory, lang),
    counts(rwBoth('summary.byDeclaredStatus'), rwBoth('summary.status'), r.byDeclaredStatus, lang, (k) => DECLARED_STATUS_LABEL[k as keyof typeof DECLARED_STATUS_LABEL]),
    counts(rwBoth('summary.byStatusFromThe'), rwBoth('summary.status'), r.byDerivedStatus, lang, (k) => DERIVED_STATUS_LABEL[k as keyof typeof DERIVED_STATUS_LABEL]),
    counts(rwBoth('summary.byDocumentType'), rwBoth('summary.type'), r.byDocumentType, lang, (k) => DOCUMENT_TYPE_LABEL[k as keyof typeof DOCUMENT_TYPE_LABEL]),
    // Countries by their names, as show names them (JSON: the codes).
    counts(rwBoth('summary.partnersByCountry'), rwBoth('summary.country'), r.partnersByCountry, lang, undefined, (k) => countryText(k, lang)),
  ];
  return {
    title: rwBoth('summary.registerSummary'),
    provenance: prov,
    tables,
    // Over an aggregate (its provenance names the members), the same reports are `aggregate report`'s.
    notes: [rwBoth(prov.members ? 'summary.detailsAggregate' : 'summary.detailsKerjasamaReportExpiring')],
  };
}
