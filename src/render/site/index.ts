// The website as files: every page in both languages (the register's language also at the root), the
// stylesheet, the script, the search index, and the data files the CLI rendered with the report renderers.

import type { Lang } from '../../model/types.js';
import { SITE_CSS, SITE_JS } from './assets.js';
import { fileId } from './html.js';
import { pageCtx, type PageCtx } from './layout.js';
import {
  coveragePage, dataPage, expiringPage, homePage, inactivePage, listPage, mapPage, partnershipsPage, problemsPage, recordPage, searchIndex, searchPage, type SiteInput,
} from './pages.js';

export type { SiteInput, Diag, Download } from './pages.js';

/** The file that marks a folder as a kerjasama site: a later build may replace the folder. */
export const SITE_MARKER = 'kerjasama-site.json';

const DIRS = { partner: 'partners', agreement: 'agreements', activity: 'activities' } as const;

export function renderSite(s: SiteInput, data: ReadonlyMap<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  const base = { register: s.register, asOf: s.asOf, version: s.version, includePrivate: s.includePrivate, ...(s.commit ? { commit: s.commit } : {}) };
  const langs: Lang[] = [s.lang, s.lang === 'en' ? 'id' : 'en'];
  for (const lang of langs) {
    const at = (path: string, render: (c: PageCtx) => string): void => {
      files.set(`${lang}/${path}`, render(pageCtx(base, lang, path)));
    };
    at('index.html', (c) => homePage(c, s));
    at('expiring.html', (c) => expiringPage(c, s));
    at('inactive.html', (c) => inactivePage(c, s));
    at('coverage.html', (c) => coveragePage(c, s));
    at('partnerships.html', (c) => partnershipsPage(c, s));
    at('map.html', (c) => mapPage(c, s));
    at('problems.html', (c) => problemsPage(c, s));
    at('search.html', (c) => searchPage(c));
    at('data.html', (c) => dataPage(c, s));
    at('agreements/index.html', (c) => listPage(c, s, 'agreement'));
    at('partners/index.html', (c) => listPage(c, s, 'partner'));
    at('activities/index.html', (c) => listPage(c, s, 'activity'));
    for (const shown of s.data.shown.values()) {
      for (const sh of shown) at(`${DIRS[sh.kind]}/${fileId(sh.record.id)}.html`, (c) => recordPage(c, s, sh));
    }
    files.set(`assets/search-index.${lang}.js`, searchIndex(s, lang));
  }
  files.set('index.html', homePage(pageCtx(base, s.lang, 'index.html', true), s));
  files.set('assets/site.css', SITE_CSS);
  files.set('assets/site.js', SITE_JS);
  for (const [path, text] of data) files.set(path, text);
  files.set(SITE_MARKER, JSON.stringify({ generator: 'kerjasama', version: s.version, asOf: base.asOf, register: s.register, includePrivate: s.includePrivate, files: files.size + 1 }, null, 2) + '\n');
  return files;
}
