// The website as files: every page in both languages (the register's language also at the root), the
// stylesheet, the script, the search index, and the data files the CLI rendered with the report renderers.

import type { Lang } from '../../model/types.js';
import { pushTo } from '../../facts/partnerships.js';
import { SITE_CSS, SITE_JS } from './assets.js';
import { resetChartIds } from './charts.js';
import { fileId } from './html.js';
import { pageCtx, type PageCtx } from './layout.js';
import {
  changesPage, coveragePage, dataPage, expiringPage, homePage, inactivePage, listPage, mapPage, partnershipsPage, problemsPage, recordPage, searchIndex, searchPage, type SiteInput,
} from './pages.js';

export type { SiteInput, SiteHistory, Diag, Download } from './pages.js';

/** The file that marks a folder as a kerjasama site: a later build may replace the folder. */
export const SITE_MARKER = 'kerjasama-site.json';

const DIRS = { partner: 'partners', agreement: 'agreements', activity: 'activities' } as const;

/**
 * The site's files as [path, text], one at a time (a generator), so that the writer can write each page
 * while the next is drawn and a large register's site never sits in memory whole. The marker comes last.
 */
export function* renderSite(input: Omit<SiteInput, 'linesByPartner' | 'linesByAgreement'>, data: ReadonlyMap<string, string>): Generator<[string, string]> {
  resetChartIds();
  let count = 0;
  const byPartner = new Map<string, SiteInput['data']['partnerships']>();
  const byAgreement = new Map<string, SiteInput['data']['partnerships']>();
  const push = pushTo<SiteInput['data']['partnerships'][number]>;
  for (const line of input.data.partnerships) {
    push(byPartner, line.partner.id, line);
    for (const a of line.agreements) push(byAgreement, a.id, line);
  }
  const s: SiteInput = { ...input, linesByPartner: (id) => byPartner.get(id) ?? [], linesByAgreement: (id) => byAgreement.get(id) ?? [] };
  const base = { register: s.register, asOf: s.asOf, version: s.version, includePrivate: s.includePrivate, ...(s.commit ? { commit: s.commit } : {}), ...(s.recordedAsOf ? { recordedAsOf: s.recordedAsOf } : {}) };
  const langs: Lang[] = [s.lang, s.lang === 'en' ? 'id' : 'en'];
  for (const lang of langs) {
    const at = (path: string, render: (c: PageCtx) => string): [string, string] => {
      count++;
      return [`${lang}/${path}`, render(pageCtx(base, lang, path))];
    };
    yield at('index.html', (c) => homePage(c, s));
    yield at('expiring.html', (c) => expiringPage(c, s));
    yield at('inactive.html', (c) => inactivePage(c, s));
    yield at('coverage.html', (c) => coveragePage(c, s));
    yield at('partnerships.html', (c) => partnershipsPage(c, s));
    yield at('map.html', (c) => mapPage(c, s));
    yield at('problems.html', (c) => problemsPage(c, s));
    yield at('changes.html', (c) => changesPage(c, s));
    yield at('search.html', (c) => searchPage(c));
    yield at('data.html', (c) => dataPage(c, s));
    yield at('agreements/index.html', (c) => listPage(c, s, 'agreement'));
    yield at('partners/index.html', (c) => listPage(c, s, 'partner'));
    yield at('activities/index.html', (c) => listPage(c, s, 'activity'));
    for (const shown of s.data.shown.values()) {
      for (const sh of shown) yield at(`${DIRS[sh.kind]}/${fileId(sh.record.id)}.html`, (c) => recordPage(c, s, sh));
    }
    count++;
    yield [`assets/search-index.${lang}.js`, searchIndex(s, lang)];
  }
  const rest: Array<[string, string]> = [
    ['index.html', homePage(pageCtx(base, s.lang, 'index.html', true), s)],
    ['assets/site.css', SITE_CSS],
    ['assets/site.js', SITE_JS],
    ...data,
  ];
  for (const f of rest) {
    count++;
    yield f;
  }
  yield [SITE_MARKER, JSON.stringify({ generator: 'kerjasama', version: s.version, asOf: base.asOf, register: s.register, includePrivate: s.includePrivate, files: count + 1 }, null, 2) + '\n'];
}
