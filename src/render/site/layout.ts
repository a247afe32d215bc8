// The frame of every page: relative links only (the site works from file:// and from a sub-path), a
// content security policy that allows nothing from another host and no inline script, the language switch.

import type { Lang } from '../../model/types.js';
import { day, humanDate } from '../../model/dates.js';
import { hw } from '../../view/history.words.js';
import { html, type Html } from './html.js';
import { W } from './words.js';

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

const NAV: Array<[keyof typeof W, string]> = [
  ['home', 'index.html'], ['expiring', 'expiring.html'], ['inactive', 'inactive.html'], ['partnerships', 'partnerships.html'], ['coverage', 'coverage.html'],
  ['map', 'map.html'], ['agreements', 'agreements/index.html'], ['partners', 'partners/index.html'], ['activities', 'activities/index.html'],
  ['changes', 'changes.html'], ['search', 'search.html'], ['data', 'data.html'],
];

const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export function page(c: PageCtx, title: string, body: Html, extraScripts: string[] = []): string {
  const navItem = ([k, p]: [keyof typeof W, string]): Html =>
    html`<li><a href="${href(c, p)}"${p === c.path ? html` aria-current="page"` : ''}>${W[k][c.lang]}</a></li>`;
  const date = humanDate(c.asOf, c.lang);
  const doc = html`<!doctype html>
<html lang="${c.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="kerjasama ${c.version}">
<title>${title} · ${c.register}</title>
<link rel="stylesheet" href="${top(c, 'assets/site.css')}">
<link rel="alternate" hreflang="${c.other}" href="${c.root}${c.other}/${c.path}">
</head>
<body>
<a class="skip" href="#main">${W.skip[c.lang]}</a>
<header class="top"><div class="in">
<span class="reg">${c.register}</span>
<nav class="main" aria-label="${c.lang === 'id' ? 'Menu utama' : 'Main'}"><ul>${NAV.map(navItem)}</ul></nav>
<a class="lang" href="${c.root}${c.other}/${c.path}" hreflang="${c.other}" lang="${c.other}">${W.switchTo[c.lang]}</a>
</div></header>
<main id="main">
${body}
</main>
<footer>
<p>${c.register} · ${W.asOf[c.lang]} ${date}${c.commit ? ` · commit ${c.commit}` : ''}${c.recordedAsOf ? ` (${hw(c.lang, 'recordedAsOf', { date: humanDate(day(c.recordedAsOf), c.lang) })})` : ''} · ${W.built[c.lang]} ${c.version}</p>
<p class="${c.includePrivate ? 'private' : ''}">${c.includePrivate ? W.privacyOn[c.lang] : W.privacyOff[c.lang]}</p>
<p class="links"><a href="${href(c, 'data.html')}">${c.lang === 'id' ? 'Unduh data: JSON, CSV, kalender' : 'Download the data: JSON, CSV, calendar'}</a></p>
</footer>
${extraScripts.map((s) => html`<script src="${top(c, s)}"></script>\n`)}<script src="${top(c, 'assets/site.js')}"></script>
</body>
</html>
`;
  return doc.value;
}
