// The provenance line every report carries: which report, as of when, from which register and commit.

import { humanDate, parseDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import type { Provenance, ProvenanceMember } from '../view/view.js';
import { hw } from '../view/history.words.js';
import { say } from '../model/words.js';
import { PROVENANCE_WORDS, REPORT_NAME_WORDS } from './provenance.words.js';

export function consideredText(p: Provenance, lang: Lang): string {
  return say(PROVENANCE_WORDS, lang, p.unit, { n: p.considered });
}

/** The most members a provenance line lists; beyond, it counts them. */
const MEMBERS_LISTED = 12;

function membersText(members: readonly ProvenanceMember[], lang: Lang): string {
  if (members.length > MEMBERS_LISTED) return say(PROVENANCE_WORDS, lang, 'memberCount', { n: members.length });
  const list = members.map((m) => (m.commit ? `${m.code} @ ${m.commit.slice(0, 12)}` : m.code)).join(', ');
  return say(PROVENANCE_WORDS, lang, 'memberList', { list });
}

/**
 * The report a provenance names, in the reader's language ("akan berakhir", "daftar perjanjian", "rincian
 * ntb"): the longest command words it starts with, what follows kept. JSON keeps `report` as it is.
 */
export function reportName(report: string, lang: Lang): string {
  const key = (Object.keys(REPORT_NAME_WORDS) as Array<keyof typeof REPORT_NAME_WORDS>)
    .filter((k) => report === k || report.startsWith(`${k} `))
    .sort((a, b) => b.length - a.length)[0];
  return key === undefined ? report : say(REPORT_NAME_WORDS, lang, key, { rest: report.slice(key.length) });
}

/** What git.ts adds to a commit whose register's files differ from it; JSON keeps it, people read it in words. */
const CHANGES = '+changes';

/** A provenance's commit (`1a2b3c4d5e6f+changes` when the register's files differ from it): the commit, and the marker in words. */
function commitParts(commit: string, lang: Lang): { id: string; changes: string } {
  const dirty = commit.endsWith(CHANGES);
  return { id: dirty ? commit.slice(0, -CHANGES.length) : commit, changes: dirty ? say(PROVENANCE_WORDS, lang, 'uncommitted') : '' };
}

/** The commit as the reader reads it: "1a2b3c4d5e6f + uncommitted changes" for `1a2b3c4d5e6f+changes`. */
export function commitText(commit: string, lang: Lang): string {
  const { id, changes } = commitParts(commit, lang);
  return id + changes;
}

export function provenanceLine(p: Provenance, lang: Lang): string {
  const d = parseDate(p.asOf);
  const date = d ? humanDate(d.first, lang) : p.asOf;
  const recorded = p.recordedAsOf ? parseDate(p.recordedAsOf) : undefined;
  const folder = p.registerFolder ? ` (${say(PROVENANCE_WORDS, lang, 'folder', { folder: p.registerFolder })})` : '';
  const at = p.commit ? commitParts(p.commit, lang) : undefined;
  const commit = at ? ` @ ${at.id}${folder}${recorded ? ` (${hw(lang, 'recordedAsOf', { date: humanDate(recorded.first, lang) })})` : ''}${at.changes}` : '';
  const members = p.members === undefined ? '' : membersText(p.members, lang);
  const filters = p.filters.length ? ` · ${p.filters.join(' ')}` : '';
  return say(PROVENANCE_WORDS, lang, 'line', { report: reportName(p.report, lang), date, register: p.register, commit: commit + members, considered: consideredText(p, lang), filters });
}
