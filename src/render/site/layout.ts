// The frame of every page: relative links only (the site works from file:// and from a sub-path), a
// content security policy that allows nothing from another host and no inline script, the language switch.

import type { Lang } from '../../model/types.js';
import { day, humanDate } from '../../model/dates.js';
import { hw } from '../../view/history.words.js';
import { attrs, html, type Html } from './html.js';
import { sw, type SiteWord } from './words.js';
import { commitText } from '../provenance.js';

export interface PageCtx {
  lang: Lang;
  other: Lang;
  /** The page's path inside its language folder, e.g. partners/ntb.html. */
  path: string;
  /** From the page's folder to the site root: '' or '../' repeated. */
  root: string;
  register: string;
  asOf: number;
  commit?: string;
  /** With --recorded-as-of: the day the register was recorded as of. */
  recordedAsOf?: string;
  version: string;
  includePrivate: boolean;
}

export function pageCtx(base: Omit<PageCtx, 'path' | 'root' | 'other' | 'lang'>, lang: Lang, path: string, atRoot = false): PageCtx {
  const depth = atRoot ? 0 : 1 + (path.split('/').length - 1);
  return { ...base, lang, other: lang === 'en' ? 'id' : 'en', path, root: '../'.repeat(depth) };
}

/** A link to another page of the same language. */
export const href = (c: PageCtx, target: string): string => `${c.root}${c.lang}/${target}`;
/** A link to a file at the site root (assets, api, data). */
export const top = (c: PageCtx, target: string): string => `${c.root}${target}`;

/** The menu: each item's word and page. The national site (aggregate site) has its own. */
export type Nav = ReadonlyArray<readonly [SiteWord, string]>;
/** What frames a site's pages: its menu, and the footer's words for its data page. */
export interface Frame { nav: Nav; download: SiteWord }

const NAV: Nav = [
  ['home', 'index.html'], ['expiring', 'expiring.html'], ['inactive', 'inactive.html'], ['partnerships', 'partnerships.html'], ['coverage', 'coverage.html'],
  ['map', 'map.html'], ['agreements', 'agreements/index.html'], ['partners', 'partners/index.html'], ['activities', 'activities/index.html'],
  ['changes', 'changes.html'], ['search', 'search.html'], ['data', 'data.html'],
];

const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export function page(c: PageCtx, title: string, body: Html, extraScripts: string[] = [], frame: Frame = { nav: NAV, download: 'download' }): string {
  const navItem = ([k, p]: readonly [SiteWord, string]): Html =>
    html`<li><a href="${href(c, p)}"${p === c.path ? html` aria-current="page"` : ''}>${sw(c.lang, k)}</a></li>`;
  const date = humanDate(c.asOf, c.lang);
  const doc = html`<!doctype html>
<html${attrs({ lang: c.lang })}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta${attrs({ 'http-equiv': 'Content-Security-Policy', content: CSP })}>
<meta name="referrer" content="no-referrer">
<meta${attrs({ name: 'generator', content: `kerjasama ${c.version}` })}>
<title>${title} · ${c.register}</title>
<link${attrs({ rel: 'stylesheet', href: top(c, 'assets/site.css') })}>
<link${attrs({ rel: 'alternate', hreflang: c.other, href: `${c.root}${c.other}/${c.path}` })}>
</head>
<body>
<a class="skip" href="#main">${sw(c.lang, 'skip')}</a>
<header class="top"><div class="in">
<span class="reg">${c.register}</span>
<nav${attrs({ class: 'main', 'aria-label': sw(c.lang, 'navLabel') })}><ul>${frame.nav.map(navItem)}</ul></nav>
<a class="lang" href="${c.root}${c.other}/${c.path}" hreflang="${c.other}" lang="${c.other}">${sw(c.lang, 'switchTo')}</a>
</div></header>
<main id="main">
${body}
</main>
<footer>
<p>${c.register} · ${sw(c.lang, 'asOf')} ${date}${c.commit ? ` · commit ${commitText(c.commit, c.lang)}` : ''}${c.recordedAsOf ? ` (${hw(c.lang, 'recordedAsOf', { date: humanDate(day(c.recordedAsOf), c.lang) })})` : ''} · ${sw(c.lang, 'built')} ${c.version}</p>
<p class="${c.includePrivate ? 'private' : ''}">${sw(c.lang, c.includePrivate ? 'privacyOn' : 'privacyOff')}</p>
<p class="links"><a href="${href(c, 'data.html')}">${sw(c.lang, frame.download)}</a></p>
</footer>
${extraScripts.map((s) => html`<script${attrs({ src: top(c, s) })}></script>\n`)}<script${attrs({ src: top(c, 'assets/site.js') })}></script>
</body>
</html>
`;
  return doc.value;
}
