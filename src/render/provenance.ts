// The provenance line every report carries: which report, as of when, from which register and commit.

import { humanDate, parseDate } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import type { Provenance, ProvenanceMember } from '../view/view.js';
import { hw } from '../view/history.words.js';
import { say } from '../model/words.js';
import { PROVENANCE_WORDS } from './provenance.words.js';

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

export function provenanceLine(p: Provenance, lang: Lang): string {
  const d = parseDate(p.asOf);
  const date = d ? humanDate(d.first, lang) : p.asOf;
  const recorded = p.recordedAsOf ? parseDate(p.recordedAsOf) : undefined;
  const folder = p.registerFolder ? ` (${say(PROVENANCE_WORDS, lang, 'folder', { folder: p.registerFolder })})` : '';
  const commit = p.commit ? ` @ ${p.commit}${folder}${recorded ? ` (${hw(lang, 'recordedAsOf', { date: humanDate(recorded.first, lang) })})` : ''}` : '';
  const members = p.members === undefined ? '' : membersText(p.members, lang);
  const filters = p.filters.length ? ` · ${p.filters.join(' ')}` : '';
  return say(PROVENANCE_WORDS, lang, 'line', { report: p.report, date, register: p.register, commit: commit + members, considered: consideredText(p, lang), filters });
}
