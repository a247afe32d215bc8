// The renderers of `kerjasama diff`: the human text, the Markdown for a pull-request comment, and JSON.
// The wording is shared: a change is phrased once, in English and Indonesian (a field's change in
// view/changes.ts, which the history commands use too).

import { pushAll } from '../model/lists.js';
import { messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Kind, Lang } from '../model/types.js';
import type { ActivitiesAdded, Attention, DiffReport, RecordChange } from '../report/diff.js';
import { DERIVED_STATUS_LABEL, labelOf } from '../view/labels.js';
import { fieldPhrase, show } from '../view/changes.js';
import { markdownCell } from './markdown.js';
import { visible } from './sanitise.js';
import type { Style } from './style.js';
import { words } from './words.js';
import { formatNumber } from '../model/format.js';

const KIND: Record<Lang, Record<Kind | 'config', string>> = {
  en: { partner: 'partner', agreement: 'agreement', activity: 'activity', config: 'configuration' },
  id: { partner: 'mitra', agreement: 'perjanjian', activity: 'kegiatan', config: 'konfigurasi' },
};

export function attentionPhrase(a: Attention, lang: Lang): string {
  const id = lang === 'id';
  switch (a.type) {
    case 'dangling': {
      const refs = a.referencedBy.map((r) => `${KIND[lang][r.kind]} ${r.id}`).join(', ');
      const what = `${KIND[lang][a.kind]} ${a.id}`;
      if (a.renamedTo) return id ? `${what} diganti nama menjadi ${a.renamedTo}, tetapi masih dirujuk sebagai ${a.id} oleh: ${refs}` : `${what} was renamed to ${a.renamedTo} but is still referenced as ${a.id} by: ${refs}`;
      return id ? `${what} dihapus, tetapi masih dirujuk oleh: ${refs}` : `${what} was removed but is still referenced by: ${refs}`;
    }
    case 'end-earlier':
      return id ? `perjanjian ${a.id}: tanggal berakhir dimajukan dari ${a.before} menjadi ${a.after}` : `agreement ${a.id}: end date moved earlier, from ${a.before} to ${a.after}`;
    case 'now-ended': {
      const st = labelOf(DERIVED_STATUS_LABEL, a.after, lang) ?? a.after;
      const last = a.lastDay ? (id ? ` (hari terakhir ${a.lastDay})` : ` (last day ${a.lastDay})`) : '';
      return id ? `perjanjian ${a.id} tidak lagi berlaku: kini ${st}${last}` : `agreement ${a.id} is no longer in force: now ${st}${last}`;
    }
    case 'now-dormant': {
      // Undated activities are on record, not "no activity": the register knows they happened, not when.
      const since = a.lastActivity ? (id ? `tidak ada kegiatan sejak ${a.lastActivity}` : `no activity since ${a.lastActivity}`)
        : a.undatedActivities > 0 ? (id ? `${a.undatedActivities} kegiatan tercatat, tanpa tanggal` : `${a.undatedActivities} ${a.undatedActivities === 1 ? 'activity' : 'activities'} on record, undated`)
          : id ? 'tidak ada kegiatan tercatat' : 'no activity on record';
      // The chain names which partnership: a partner can have more than one (a new MoU beside an old one).
      const chain = a.agreements.join(' → ');
      return id ? `kemitraan dengan ${a.partnerName} (${chain}) kini tidak aktif: ${since}` : `partnership with ${a.partnerName} (${chain}) now counts as dormant: ${since}`;
    }
  }
}

function recordHead(r: RecordChange, lang: Lang): string {
  const id = lang === 'id';
  const label = r.label && r.label !== r.id ? ` “${show(r.label, lang)}”` : '';
  const invalid = (v: boolean | null): string => (v === false ? (id ? ' (bermasalah)' : ' (invalid)') : '');
  switch (r.change) {
    case 'added': return `+ ${r.id}${label}${invalid(r.validAfter)}`;
    case 'removed': return `− ${r.id}${label}`;
    case 'renamed': return `→ ${r.from} ${id ? 'menjadi' : 'renamed to'} ${r.id}${label}`;
    case 'changed': {
      const note = r.validBefore && r.validAfter === false ? (id ? ' (kini bermasalah)' : ' (now invalid)') : r.validBefore === false && r.validAfter ? (id ? ' (kini sah)' : ' (now valid)') : r.validBefore === false ? (id ? ' (bermasalah; berkas berubah)' : ' (invalid; file changed)') : '';
      return `~ ${r.id}${label}${note}`;
    }
  }
}

function diagLine(d: Diagnostic, lang: Lang): string {
  const { message } = messageOf(d, lang);
  const pos = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
  const sev = d.severity === 'error' ? (lang === 'id' ? 'kesalahan' : 'error') : lang === 'id' ? 'peringatan' : 'warning';
  return `${sev}[${d.code}] ${d.file}${pos}: ${message}`;
}

interface Section { title: string; items: Array<{ text: string; sub: string[]; tone?: 'bad' | 'warn' | 'good' }> }

const SECTION_TITLES: Record<Lang, Record<string, string>> = {
  en: { attention: 'Needs attention', introduced: 'Problems this change introduces', fixed: 'Problems this change fixes', agreement: 'Agreements', partner: 'Partners', activity: 'Activities', config: 'Configuration' },
  id: { attention: 'Perlu diperhatikan', introduced: 'Masalah yang ditimbulkan perubahan ini', fixed: 'Masalah yang diperbaiki perubahan ini', agreement: 'Perjanjian', partner: 'Mitra', activity: 'Kegiatan', config: 'Konfigurasi' },
};

function activitiesLine(g: ActivitiesAdded, lang: Lang): { text: string; sub: string[] } {
  const n = g.activities.length;
  const to = g.agreement ? `${g.agreement}${g.label && g.label !== g.agreement ? ` “${show(g.label, lang)}”` : ''}` : '';
  const text = lang === 'id'
    ? `+ ${n} kegiatan ditambahkan${to ? ` untuk ${to}` : ' tanpa perjanjian'}`
    : `+ ${n} ${n === 1 ? 'activity' : 'activities'} added${to ? ` to ${to}` : ' with no agreement'}`;
  return { text, sub: g.activities.map((a) => `${a.start === 'unknown' ? words(lang).undated : a.start} ${a.id}: ${show(a.title, lang)}`) };
}

function sections(r: DiffReport, lang: Lang, o: { introduced?: boolean } = {}): Section[] {
  const t = SECTION_TITLES[lang];
  const out: Section[] = [];
  if (r.attention.length) out.push({ title: t['attention'] as string, items: r.attention.map((a) => ({ text: attentionPhrase(a, lang), sub: [], tone: a.type === 'dangling' ? 'bad' : 'warn' })) });
  const errorsFirst = (ds: Diagnostic[]): Diagnostic[] => [...ds].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (r.validation.introduced.length && o.introduced !== false) out.push({ title: t['introduced'] as string, items: errorsFirst(r.validation.introduced).map((d) => ({ text: diagLine(d, lang), sub: [], tone: d.severity === 'error' ? 'bad' : 'warn' })) });
  if (r.validation.fixed.length) out.push({ title: t['fixed'] as string, items: r.validation.fixed.map((d) => ({ text: diagLine(d, lang), sub: [], tone: 'good' })) });
  if (r.configChanged) out.push({ title: t['config'] as string, items: [{ text: lang === 'id' ? '~ kerjasama.yaml berubah' : '~ kerjasama.yaml changed', sub: [] }] });
  for (const kind of ['agreement', 'partner', 'activity'] as const) {
    const items: Section['items'] = [];
    if (kind === 'activity') for (const g of r.activitiesAdded) items.push(activitiesLine(g, lang));
    for (const rc of r.records) {
      // Valid added activities are listed by agreement (activitiesLine); an invalid one as an added record.
      if (rc.kind !== kind || (kind === 'activity' && rc.change === 'added' && rc.validAfter !== false)) continue;
      items.push({ text: recordHead(rc, lang), sub: rc.fields.map((f) => fieldPhrase(f, lang)) });
    }
    if (items.length) out.push({ title: t[kind] as string, items });
  }
  return out;
}

function headline(r: DiffReport, lang: Lang): string[] {
  const c = r.counts;
  const id = lang === 'id';
  const changes = id
    ? `${c.added} ditambah, ${c.changed} diubah, ${c.renamed} diganti nama, ${c.removed} dihapus`
    : `${c.added} added, ${c.changed} changed, ${c.renamed} renamed, ${c.removed} removed`;
  const ie = r.validation.introduced.filter((d) => d.severity === 'error').length;
  const iw = r.validation.introduced.length - ie;
  const fx = r.validation.fixed.length;
  const valid = id
    ? `pemeriksaan: ${ie} kesalahan dan ${iw} peringatan baru, ${fx} diperbaiki`
    : `validation: ${ie} new error${ie === 1 ? '' : 's'}, ${iw} new warning${iw === 1 ? '' : 's'}, ${fx} fixed`;
  return [`kerjasama diff ${r.base} → ${r.head} (${id ? 'per' : 'as of'} ${r.asOf})`, `${changes}; ${valid}`];
}

/**
 * A change a command is about to make (set, renew, migrate …), in the words of kerjasama diff: records
 * changed with each field's change, what needs attention, and the problems it fixes; without the headline,
 * and without the problems it introduces, which the command shows with their lines. Empty for no change.
 */
export function changeAsText(r: DiffReport, lang: Lang, style: Style): string {
  const tone = { bad: style.red, warn: style.yellow, good: style.green } as const;
  const out: string[] = [];
  for (const s of sections(r, lang, { introduced: false })) {
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

export function diffAsText(r: DiffReport, lang: Lang, style: Style): string {
  const [title = '', summary = ''] = headline(r, lang);
  const out = [style.bold(title), summary];
  const secs = sections(r, lang);
  if (!secs.length) out.push('', lang === 'id' ? 'Tidak ada perubahan pada data.' : 'No changes to the records.');
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

export function diffAsMarkdown(r: DiffReport, lang: Lang): string {
  const [title = '', summary = ''] = headline(r, lang);
  const out = [COMMENT_MARKER, `### ${markdownCell(title)}`, '', markdownCell(summary)];
  const secs = sections(r, lang);
  if (!secs.length) out.push('', lang === 'id' ? 'Tidak ada perubahan pada data.' : 'No changes to the records.');
  const icon = { bad: '❌ ', warn: '⚠️ ', good: '✅ ' } as const;
  for (const s of secs) {
    const lines: string[] = [];
    for (const it of s.items) {
      lines.push(`- ${it.tone ? icon[it.tone] : ''}${markdownItem(it.text)}`);
      for (const sub of it.sub) lines.push(`  - ${markdownCell(sub)}`);
    }
    const fold = lines.length > FOLD_AFTER && s.title !== SECTION_TITLES[lang]['attention'];
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
  const where = o.inSummary
    ? lang === 'id'
      ? `Uraian lengkapnya ada di ringkasan job (job summary) run ini${o.summaryUrl ? `: ${o.summaryUrl}` : ''}.`
      : `The whole description is in the job summary of this run${o.summaryUrl ? `: ${o.summaryUrl}` : ''}.`
    : lang === 'id' ? 'Jalankan kerjasama diff untuk uraian lengkapnya.' : 'Run kerjasama diff for the whole description.';
  const note = lang === 'id'
    ? `\n---\n_✂️ Dipotong di sini: uraian ini lebih panjang daripada batas komentar GitHub (${formatNumber(limit, 'id')} karakter). ${where}_\n`
    : `\n---\n_✂️ Cut here: this description is longer than a GitHub comment may be (${formatNumber(limit, 'en')} characters). ${where}_\n`;
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

export function diffAsJson(r: DiffReport, lang: Lang): string {
  const diag = (d: Diagnostic): Record<string, unknown> => {
    const { message, hint } = messageOf(d, lang);
    return { code: d.code, severity: d.severity, file: d.file, line: d.line ?? null, column: d.column ?? null, pointer: d.pointer ?? null, message, hint };
  };
  const value = {
    version: 1,
    ...r,
    attention: r.attention.map((a) => ({ ...a, message: attentionPhrase(a, lang) })),
    records: r.records.map((rc) => ({ ...rc, fields: rc.fields.map((f) => ({ ...f, message: fieldPhrase(f, lang) })) })),
    validation: { ...r.validation, introduced: r.validation.introduced.map(diag), fixed: r.validation.fixed.map(diag) },
  };
  return JSON.stringify(value, null, 2) + '\n';
}
