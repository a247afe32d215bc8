// The renderers of `kerjasama diff`: the human text, the Markdown for a pull-request comment, and JSON.
// The wording is shared: a change is phrased once, in English and Indonesian, from the catalogues
// (render/diff.words.ts; a field's change in view/changes.ts, which the history commands use too).

import { day, humanDate, humanText } from '../model/dates.js';
import { pushAll } from '../model/lists.js';
import { messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Kind, Lang } from '../model/types.js';
import type { ActivitiesAdded, Attention, DiffReport, RecordChange } from '../report/diff.js';
import { DERIVED_STATUS_LABEL, labelOf } from '../view/labels.js';
import { fieldPhrase, show, type PhraseOptions } from '../view/changes.js';
import { markdownCell } from './markdown.js';
import { visible } from './sanitise.js';
import type { Style } from './style.js';
import { words } from './words.js';
import { dw } from './diff.words.js';

const kindWord = (kind: Kind | 'config', lang: Lang): string => dw(lang, `kind.${kind}`);

export function attentionPhrase(a: Attention, lang: Lang): string {
  switch (a.type) {
    case 'dangling': {
      const refs = a.referencedBy.map((r) => `${kindWord(r.kind, lang)} ${r.id}`).join(', ');
      const what = `${kindWord(a.kind, lang)} ${a.id}`;
      if (a.renamedTo) return dw(lang, 'dangling.renamed', { what, to: a.renamedTo, id: a.id, refs });
      return dw(lang, 'dangling.removed', { what, refs });
    }
    case 'end-earlier':
      return dw(lang, 'endEarlier', { id: a.id, before: humanText(a.before, lang), after: humanText(a.after, lang) });
    case 'unlinked':
      return dw(lang, 'unlinked', { id: a.id, previous: a.previous.join(', '), first: a.previous[0] ?? '' });
    case 'pks-no-parent':
      return dw(lang, 'pksNoParent', { id: a.id, mou: a.mou, partners: a.partners });
    case 'end-later':
      return dw(lang, 'endLater', { id: a.id, before: humanText(a.before, lang), after: humanText(a.after, lang) });
    case 'now-ended':
      return dw(lang, 'nowEnded', { id: a.id, status: labelOf(DERIVED_STATUS_LABEL, a.after, lang) ?? a.after, last: a.lastDay === null ? '' : humanText(a.lastDay, lang) });
    case 'removed':
      return dw(lang, 'removedAgreement', { id: a.id, status: labelOf(DERIVED_STATUS_LABEL, a.before, lang) ?? a.before });
    case 'now-dormant': {
      // Undated activities are on record, not "no activity": the register knows they happened, not when.
      const since = a.lastActivity ? dw(lang, 'dormant.since', { date: humanText(a.lastActivity, lang) })
        : a.undatedActivities > 0 ? dw(lang, 'dormant.undated', { n: a.undatedActivities })
          : dw(lang, 'dormant.none');
      // The chain names which partnership: a partner can have more than one (a new MoU beside an old one).
      return dw(lang, 'nowDormant', { partner: a.partnerName, chain: a.agreements.join(' → '), since });
    }
  }
}

function recordHead(r: RecordChange, lang: Lang): string {
  const label = r.label && r.label !== r.id ? ` “${show(r.label, lang)}”` : '';
  const invalid = (v: boolean | null): string => (v === false ? dw(lang, 'head.invalid') : '');
  switch (r.change) {
    case 'added': return `+ ${r.id}${label}${invalid(r.validAfter)}`;
    case 'removed': return `− ${r.id}${label}`;
    case 'renamed': return `→ ${r.from} ${dw(lang, 'head.renamed')} ${r.id}${label}`;
    case 'changed': {
      const note = r.validBefore && r.validAfter === false ? dw(lang, 'head.nowInvalid') : r.validBefore === false && r.validAfter ? dw(lang, 'head.nowValid') : r.validBefore === false ? dw(lang, 'head.stillInvalid') : '';
      return `~ ${r.id}${label}${note}`;
    }
  }
}

function diagLine(d: Diagnostic, lang: Lang): string {
  const { message } = messageOf(d, lang);
  const pos = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
  const sev = words(lang)[d.severity === 'error' ? 'error' : 'warning'];
  return `${sev}[${d.code}] ${d.file}${pos}: ${message}`;
}

/** The problem's hint as a line of its own ("hint: …"), or none. */
function hintLine(d: Diagnostic, lang: Lang): string[] {
  const { hint } = messageOf(d, lang);
  return hint ? [`${words(lang).hint}: ${hint}`] : [];
}

interface Section { title: string; items: Array<{ text: string; sub: string[]; tone?: 'bad' | 'warn' | 'good' }> }


function activitiesLine(g: ActivitiesAdded, lang: Lang): { text: string; sub: string[] } {
  const n = g.activities.length;
  const to = g.agreement ? `${g.agreement}${g.label && g.label !== g.agreement ? ` “${show(g.label, lang)}”` : ''}` : '';
  const text = dw(lang, 'activitiesAdded', { n, to });
  return { text, sub: g.activities.map((a) => `${a.start === 'unknown' ? words(lang).undated : humanText(a.start, lang)} ${a.id}: ${show(a.title, lang)}`) };
}

/** How diff's sentences are told: the register's extra sectors and its records' names, to name sectors and references as show does. */
export type DiffTextOptions = Pick<PhraseOptions, 'extraSectors' | 'name'>;

function sections(r: DiffReport, lang: Lang, o: { introduced?: boolean } & DiffTextOptions = {}): Section[] {
  const t = (k: 'attention' | 'introduced' | 'fixed' | 'config' | Kind): string => dw(lang, `section.${k}`);
  const out: Section[] = [];
  if (r.attention.length) out.push({ title: t('attention'), items: r.attention.map((a) => ({ text: attentionPhrase(a, lang), sub: [], tone: a.type === 'dangling' ? 'bad' : 'warn' })) });
  const errorsFirst = (ds: Diagnostic[]): Diagnostic[] => [...ds].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  // A problem the change brings in, with what to do about it (as validate gives it): the reviewer passes it on.
  if (r.validation.introduced.length && o.introduced !== false) out.push({ title: t('introduced'), items: errorsFirst(r.validation.introduced).map((d) => ({ text: diagLine(d, lang), sub: hintLine(d, lang), tone: d.severity === 'error' ? 'bad' : 'warn' })) });
  if (r.validation.fixed.length) out.push({ title: t('fixed'), items: r.validation.fixed.map((d) => ({ text: diagLine(d, lang), sub: [], tone: 'good' })) });
  // kerjasama.yaml's settings changed, each said as a record's field is (labels, codes as words).
  if (r.configChanged) out.push({ title: t('config'), items: [{ text: dw(lang, 'configChanged'), sub: r.config.map((f) => fieldPhrase(f, lang, { ...o, kind: 'config' })) }] });
  for (const kind of ['agreement', 'partner', 'activity'] as const) {
    const items: Section['items'] = [];
    if (kind === 'activity') for (const g of r.activitiesAdded) items.push(activitiesLine(g, lang));
    for (const rc of r.records) {
      // Valid added activities are listed by agreement (activitiesLine); an invalid one as an added record.
      if (rc.kind !== kind || (kind === 'activity' && rc.change === 'added' && rc.validAfter !== false)) continue;
      items.push({ text: recordHead(rc, lang), sub: rc.fields.map((f) => fieldPhrase(f, lang, { ...o, kind: rc.kind })) });
    }
    if (items.length) out.push({ title: t(kind), items });
  }
  return out;
}

function headline(r: DiffReport, lang: Lang): string[] {
  const c = r.counts;
  const changes = dw(lang, 'counts', { added: c.added, changed: c.changed, renamed: c.renamed, removed: c.removed });
  const ie = r.validation.introduced.filter((d) => d.severity === 'error').length;
  const iw = r.validation.introduced.length - ie;
  const fx = r.validation.fixed.length;
  const valid = dw(lang, 'validation', { errors: ie, warnings: iw, fixed: fx });
  return [dw(lang, 'title', { base: r.base, head: r.head, asOf: humanDate(day(r.asOf), lang) }), `${changes}; ${valid}`];
}

/**
 * A change a command is about to make (set, renew, migrate …), in the words of kerjasama diff: records
 * changed with each field's change, what needs attention, and the problems it fixes; without the headline,
 * and without the problems it introduces, which the command shows with their lines. Empty for no change.
 */
export function changeAsText(r: DiffReport, lang: Lang, style: Style, o: DiffTextOptions = {}): string {
  const tone = { bad: style.red, warn: style.yellow, good: style.green } as const;
  const out: string[] = [];
  for (const s of sections(r, lang, { ...o, introduced: false })) {
    if (out.length) out.push('');
    out.push(style.bold(s.title));
    for (const it of s.items) {
      const text = visible(it.text);
      out.push(`  ${it.tone ? tone[it.tone](text) : text}`);
      for (const sub of it.sub) out.push(`      ${visible(sub)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

export function diffAsText(r: DiffReport, lang: Lang, style: Style, o: DiffTextOptions = {}): string {
  const [title = '', summary = ''] = headline(r, lang);
  const out = [style.bold(title), summary];
  const secs = sections(r, lang, o);
  if (!secs.length) out.push('', dw(lang, 'noChanges'));
  const tone = { bad: style.red, warn: style.yellow, good: style.green } as const;
  for (const s of secs) {
    out.push('', style.bold(s.title));
    for (const it of s.items) {
      const text = visible(it.text);
      out.push(`  ${it.tone ? tone[it.tone](text) : text}`);
      for (const sub of it.sub) out.push(`      ${visible(sub)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** More lines than this in a section, and it folds into a <details> block. */
const FOLD_AFTER = 10;
export const COMMENT_MARKER = '<!-- kerjasama-diff -->';

/** A list item's text: the change marker (+ ~ − →) kept as a marker, the rest escaped; a leading + would start a nested list. */
function markdownItem(text: string): string {
  const m = /^([+~−→]) (.*)$/s.exec(text);
  return m ? `${m[1] === '+' ? '\\+' : m[1]} ${markdownCell(m[2] ?? '')}` : markdownCell(text);
}

export function diffAsMarkdown(r: DiffReport, lang: Lang, o: DiffTextOptions = {}): string {
  const [title = '', summary = ''] = headline(r, lang);
  const out = [COMMENT_MARKER, `### ${markdownCell(title)}`, '', markdownCell(summary)];
  const secs = sections(r, lang, o);
  if (!secs.length) out.push('', dw(lang, 'noChanges'));
  const icon = { bad: '❌ ', warn: '⚠️ ', good: '✅ ' } as const;
  for (const s of secs) {
    const lines: string[] = [];
    for (const it of s.items) {
      lines.push(`- ${it.tone ? icon[it.tone] : ''}${markdownItem(it.text)}`);
      for (const sub of it.sub) lines.push(`  - ${markdownCell(sub)}`);
    }
    const fold = lines.length > FOLD_AFTER && s.title !== dw(lang, 'section.attention');
    out.push('');
    if (fold) pushAll(out, ['<details>', `<summary><b>${markdownCell(s.title)}</b> (${s.items.length})</summary>`, '', ...lines, '', '</details>']);
    else pushAll(out, [`#### ${markdownCell(s.title)}`, '', ...lines]);
  }
  return out.join('\n') + '\n';
}

/** GitHub refuses an issue or pull-request comment longer than this (characters). */
export const COMMENT_LIMIT = 65_536;

/**
 * The Markdown cut to fit one GitHub comment: whole lines, any open <details> closed, and a last line that
 * says it was cut and where the whole description is (the job summary, `summaryUrl` when known). Text that
 * fits is returned unchanged.
 */
export function fitComment(md: string, lang: Lang, o: { limit?: number; inSummary: boolean; summaryUrl?: string }): string {
  const limit = o.limit ?? COMMENT_LIMIT;
  if (md.length <= limit) return md;
  const where = o.inSummary ? dw(lang, 'cut.inSummary', { url: o.summaryUrl ?? '' }) : dw(lang, 'cut.run');
  const note = dw(lang, 'cut', { limit, where });
  const closing = '\n</details>';
  const kept: string[] = [];
  let size = 0;
  let open = 0;
  for (const line of md.split('\n')) {
    const budget = limit - note.length - open * closing.length - 1;
    if (size + line.length + 1 > budget) break;
    kept.push(line);
    size += line.length + 1;
    if (line === '<details>') open++;
    if (line === '</details>') open--;
  }
  return kept.join('\n') + closing.repeat(open) + '\n' + note;
}

export function diffAsJson(r: DiffReport, lang: Lang, o: DiffTextOptions = {}): string {
  const diag = (d: Diagnostic): Record<string, unknown> => {
    const { message, hint } = messageOf(d, lang);
    return { code: d.code, severity: d.severity, file: d.file, line: d.line ?? null, column: d.column ?? null, pointer: d.pointer ?? null, message, hint };
  };
  const value = {
    version: 1,
    ...r,
    config: r.config.map((f) => ({ ...f, message: fieldPhrase(f, lang, { ...o, kind: 'config' }) })),
    attention: r.attention.map((a) => ({ ...a, message: attentionPhrase(a, lang) })),
    records: r.records.map((rc) => ({ ...rc, fields: rc.fields.map((f) => ({ ...f, message: fieldPhrase(f, lang, { ...o, kind: rc.kind }) })) })),
    validation: { ...r.validation, introduced: r.validation.introduced.map(diag), fixed: r.validation.fixed.map(diag) },
  };
  return JSON.stringify(value, null, 2) + '\n';
}
