// kerjasama aggregate site: the members read as `aggregate build` reads them (readMembers), the aggregate
// (each validated, records with errors left out), the national partners (identified: identity.yaml
// decides, candidates stay apart), the national site's values (src/report/nationalSite.ts: each
// member's reports, summed), the national pages (src/render/site/national.ts), and the one site writer
// (siteWriter.ts: staged, renamed into place, never over a folder that is not a site without --force).

import { join, relative, resolve } from 'node:path';
import { aggregateOf } from '../aggregate/aggregate.js';
import { IDENTITY_FILE } from '../aggregate/identity.js';
import { FEDERATION_TIME_ZONE } from '../aggregate/dataset.js';
import { nationalSite, type NationalSite } from '../report/nationalSite.js';
import { humanDate, iso } from '../model/dates.js';
import { reportAsJson } from '../render/reportJson.js';
import { renderNationalSite } from '../render/site/national.js';
import type { Provenance } from '../view/view.js';
import { heldMembers, identified, readMembers, type AggregateOptions } from './aggregate.js';
import { chooseAsOf, chooseLang } from './common.js';
import type { IO } from './io.js';
import { t } from './messages.js';
import { worldTopology } from './site.js';
import { writeSite } from './siteWriter.js';
import { VERSION } from './version.js';

export interface AggregateSiteOptions extends AggregateOptions {
  out?: string;
  force?: boolean;
}


/** api/national.json: every number of the pages, each with its member (code, commit). */
export function nationalJson(s: NationalSite): unknown {
  return {
    stale_after: s.staleAfter,
    totals: s.totals,
    members: s.members.map((m) => ({
      code: m.code, name: m.name, source: m.source, commit: m.commit,
      last_commit: m.lastCommit === null ? null : iso(m.lastCommit), age_days: m.ageDays, stale: m.stale,
      errors: m.errors, warnings: m.warnings, left_out: m.leftOut, ...m.counts,
      agreements_in_force: m.agreementsInForce, partnerships_in_force: m.partnershipsInForce, dormant: m.dormant,
      on_map: m.place !== null,
    })),
    coverage: s.coverage.map((r) => ({
      sector: r.key, name: r.label, coverage: r.coverage, agreements_in_force: r.agreements, unknown_status: r.unknownStatus,
      members: r.byMember.flatMap((x) => (x ? [{ code: x.code, agreements_in_force: x.agreements, coverage: x.coverage }] : [])),
    })),
    dormant: s.dormant.map((d) => ({
      member: d.member.code, commit: d.member.commit, partner: d.row.partner, agreements: d.row.agreements,
      last_activity: d.row.lastActivity, days_since: d.row.daysSince, confirmed: d.row.confirmed,
    })),
    partners: s.partners.map((p) => ({
      id: p.id, name: p.name, country: p.country, type: p.type, undecided: p.undecided.map((u) => u.id),
      regions: p.ties.map((x) => ({ member: x.member.code, commit: x.member.commit, records: x.records.map((r) => r.id), agreements: x.agreements.map((a) => ({ id: a.id, status: a.status, in_force: a.inForce })) })),
    })),
  };
}

export async function aggregateSiteCommand(io: IO, opts: AggregateSiteOptions): Promise<number> {
  const lang = chooseLang(io, opts);
  const asOf = chooseAsOf(io, opts, FEDERATION_TIME_ZONE);
  const read = readMembers(io, opts, lang);
  const agg = aggregateOf(read.federation, read.members, asOf);
  const x = identified(io, opts, lang, { read, members: heldMembers(agg) });
  const site = nationalSite(agg, x.identity);
  // not prose: the command's name, as every report's provenance names its command
  const provenance: Provenance = { report: 'aggregate site', asOf: iso(asOf), register: agg.name, considered: agg.members.length, unit: 'members', filters: [] };
  const files = renderNationalSite({ site, lang, version: VERSION, world: worldTopology(), json: reportAsJson(provenance, nationalJson(site)) });
  const out = resolve(io.cwd, opts.out ?? '_site');
  const written = await writeSite(out, files, Boolean(opts.force), read.dir, io.onInterrupt);
  const shown = relative(io.cwd, out) || '.';
  io.stderr(`kerjasama: ${t(lang, 'aggregateSiteWritten', { members: agg.members.length, out: shown, n: written, asOf: humanDate(asOf, lang), index: join(shown, 'index.html') })}\n`);
  const problems = x.identity.diagnostics.filter((d) => d.file === IDENTITY_FILE).length;
  if (problems) io.stderr(`kerjasama: ${t(lang, 'aggregateSiteIdentity', { file: IDENTITY_FILE, n: problems })}\n`);
  if (x.identity.candidates.length) io.stderr(`kerjasama: ${t(lang, 'aggregateSiteUndecided', { file: IDENTITY_FILE, n: x.identity.candidates.length })}\n`);
  return 0;
}
