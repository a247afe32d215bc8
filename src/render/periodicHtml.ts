// The periodic reports as one HTML page (report periodic --format html): the same values as the forms,
// laid out like them (a table per category, a section per agreement, a row per partnership), for the
// screen and for printing (A4, landscape where the forms are). Every text is escaped; the page has no
// script, no link and nothing fetched from elsewhere.

import type { DocumentData } from '../view/periodic.js';
import { RECAP_COLUMNS } from '../view/periodic.js';
import { escapeHtml } from './remindMail.js';
import { attrs } from './site/html.js';

// A cell's lines become <br> before escaping: escapeHtml shows a line feed as a picture (␊), as every control character.
const e = (s: string | number): string => String(s).split('\n').map(escapeHtml).join('<br>');

// not prose: the report's stylesheet
const CSS = `body{font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#111;margin:16px}
h1{font-size:18px;text-align:center;margin:0 0 4px}h2{font-size:14px;margin:16px 0 6px}.c{text-align:center;margin:2px 0}
table{border-collapse:collapse;width:100%;margin:4px 0 10px}th,td{border:1px solid #000;padding:3px 4px;vertical-align:top;text-align:left}
th{background:#d9d9d9}td.n{text-align:right}.sign{margin:24px 0 0 60%}.sign .o{font-weight:bold;margin-bottom:56px}.prov{font-size:10px;font-style:italic;margin-top:20px}
table.kv th{width:28%}.small{font-size:10px}`;

function head(d: DocumentData): string {
  return `<h1>${e(d.title)}</h1>\n<p class="c"><strong>${e(d.region)}</strong></p>\n<p class="c">${e(d.period_line)}</p>\n${d.has_addressee ? `<p>${e(d.addressee)}</p>\n` : ''}`;
}

function foot(d: DocumentData): string {
  const signs = d.signatories.map((s) => `<div class="o">${e(s.office)}</div><div><strong>${e(s.name)}</strong></div>`).join('<br>');
  return `<div class="sign"><p>${e(d.place_date)}</p>${signs}</div>\n<p class="prov">${e(d.provenance)}</p>`;
}

const table = (headers: string[], rows: string[][], cls = ''): string =>
  `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</tbody></table>`;
const td = (s: string | number, n = false): string => `<td${n ? ' class="n"' : ''}>${e(s)}</td>`;

function recap(d: DocumentData): string {
  if (!d.has_rows) return `<p>${e(d.empty)}</p>`;
  const keys = RECAP_COLUMNS.map((c) => c.key);
  const groups = d.groups.map((g) => `<h2>${e(g.category_label)} (${e(g.count_text)})</h2>\n${table(keys.map((k) => d.labels[k] ?? k), g.rows.map((r) => keys.map((k) => td((r as unknown as Record<string, string | number>)[k] ?? '', k === 'no'))), 'small')}`);
  const totals = (title: string, rows: Array<{ label: string; count: number }>, total?: number): string =>
    `<h2>${e(title)}</h2>\n${table(['', d.labels['total'] ?? ''], [...rows.map((x) => [td(x.label), td(x.count, true)]), ...(total === undefined ? [] : [[`<th>${e(d.labels['total'] ?? '')}</th>`, td(total, true)]])])}`;
  return [...groups, totals(d.labels['totals_by_category'] ?? '', d.totals_by_category, d.total), totals(d.labels['totals_by_sector'] ?? '', d.totals_by_sector)].join('\n');
}

function implementation(d: DocumentData): string {
  if (!d.has_rows) return `<p>${e(d.empty)}</p>`;
  const L = (k: string): string => d.labels[k] ?? k;
  const list = (label: string, items: string[]): string => `<p><strong>${e(L(label))}</strong></p>${items.length ? `<ul>${items.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : `<p><em>${e(L('impl_noneRecorded'))}</em></p>`}`;
  return d.sections.map((s) => [
    `<h2>${e(s.no)}. ${e(s.title)}</h2>`,
    `<table class="kv"><tbody>${[['impl_agreement', s.id], ['impl_partner', s.partner], ['impl_category', s.category], ['document_type', s.document_type], ['impl_term', s.term], ['impl_status', s.status], ['impl_unit', s.unit]]
      .map(([k, v]) => `<tr><th>${e(L(k as string))}</th>${td(v as string)}</tr>`).join('')}</tbody></table>`,
    `<p><strong>${e(L('impl_activities'))}</strong></p>`,
    s.has_activities
      ? table(['no', 'impl_activity', 'impl_date', 'impl_place', 'impl_type', 'impl_participants', 'impl_outputs', 'impl_budget'].map(L), s.activities.map((a) => [td(a.no, true), td(a.title), td(a.date), td(a.place), td(a.type), td(a.participants), td(a.outputs), td(a.budget)]), 'small')
      : `<p><em>${e(L('impl_noActivities'))}</em></p>`,
    list('impl_results', s.results), list('impl_obstacles', s.obstacles), list('impl_follow_up', s.follow_up),
  ].join('\n')).join('\n');
}

function evaluation(d: DocumentData): string {
  const L = (k: string): string => d.labels[k] ?? k;
  const rows = d.has_evaluation
    ? table(['no', 'eval_partner', 'eval_agreements', 'eval_category', 'eval_in_force', 'eval_activity', 'eval_approvals', 'eval_document', 'eval_outputs', 'eval_recommendation', 'eval_reason'].map(L),
      d.evaluation.map((r) => [td(r.no, true), td(r.partner), td(r.agreements), td(r.category), td(r.in_force), td(r.activity), td(r.approvals), td(r.document), td(r.outputs), `<td><strong>${e(r.recommendation)}</strong></td>`, td(r.reason)]), 'small')
    : `<p>${e(d.empty)}</p>`;
  return [rows, `<h2>${e(L('eval_recommendation'))}</h2>`, table(['', L('total')], d.recommendation_counts.map((c) => [td(c.label), td(c.count, true)])),
    `<h2>${e(d.rule_title)}</h2>`, d.rule.map((r) => `<p>${e(r)}</p>`).join('\n')].join('\n');
}

export function periodicHtml(d: DocumentData): string {
  const landscape = d.template !== 'implementation';
  const body = d.template === 'recap' ? recap(d) : d.template === 'implementation' ? implementation(d) : evaluation(d);
  return `<!DOCTYPE html>
<html${attrs({ lang: d.lang })}>
<head>
<meta charset="utf-8">
<meta name="generator" content="kerjasama">
<title>${e(d.title)} · ${e(d.period)}</title>
<style>${CSS}@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:12mm}</style>
</head>
<body>
${head(d)}
${body}
${foot(d)}
</body>
</html>
`;
}
