// kerjasama list <kind> and kerjasama show <id>

import { idsLike, type Known } from '../load/similar.js';
import { listWords } from '../model/words.js';
import type { Dataset, Kind } from '../model/types.js';
import { listActivities, listAgreements, listPartners, showRecord } from '../report/records.js';
import { listView, recordNames, showView } from '../view/records.js';
import { L } from '../view/view.js';
import { UsageError, type IO } from './io.js';
import { kindByWords, kindName, say, t } from './messages.js';
import { runReport, type ReportOptions } from './report.js';

export function listCommand(io: IO, kind: string | undefined, opts: ReportOptions): number | Promise<number> {
  if (kind === undefined) throw new UsageError(say('listKindMissing'));
  const KINDS: Record<string, 'agreement' | 'partner' | 'activity'> = { agreements: 'agreement', agreement: 'agreement', partners: 'partner', partner: 'partner', activities: 'activity', activity: 'activity' };
  const k = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
  if (!k) {
    // list mitra: the kind written in Indonesian, answered with its word here.
    const near = kindByWords(kind);
    throw new UsageError(say('listKindInvalid', { value: kind, near: near ? `${near === 'activity' ? 'activities' : `${near}s`}` : '' }));
  }
  return runReport(io, opts, `list ${kind}`, ['table', 'json', 'csv', 'markdown', 'xlsx'], (ctx) => {
    const d = ctx.dataset;
    const rows = k === 'activity' ? listActivities(d, ctx.asOf, ctx.filters) : k === 'partner' ? listPartners(d, ctx.filters) : listAgreements(d, ctx.asOf, ctx.filters);
    const name = k === 'activity' ? L('Activities', 'Kegiatan') : k === 'partner' ? L('Partners', 'Mitra') : L('Agreements', 'Perjanjian');
    const prov = ctx.provenance(`list ${kind}`, rows.length, 'records');
    // A workbook, like CSV, carries the codes and field names, so that it imports back as it was.
    const view = listView(name, rows, prov, ctx.lang, opts.format === 'csv' || opts.format === 'xlsx', k, recordNames(d));
    // A workbook of agreements carries their partners on a sheet of their own, so that importing it
    // into an empty register (kerjasama import) makes the same agreements with the same partners.
    if (k === 'agreement' && opts.format === 'xlsx') {
      const ids = new Set(rows.flatMap((r) => (r as { partners: string[] }).partners));
      const partners = [...ids].sort().flatMap((id) => {
        const p = d.partners.get(id);
        return p ? [{ id, name: p.data.name, type: p.data.type, country: p.data.country }] : [];
      });
      view.tables.push({ title: L('Partners', 'Mitra'), columns: ['id', 'name', 'type', 'country'].map((key) => ({ key, label: L(key, key) })), rows: partners });
      view.tables[0] = { ...view.tables[0], title: name } as (typeof view.tables)[0];
    }
    return { view, json: { records: rows } };
  });
}

export function showCommand(io: IO, id: string, opts: ReportOptions): number | Promise<number> {
  return runReport(io, opts, `show ${id}`, ['table', 'json', 'markdown'], (ctx) => {
    const shown = showRecord(ctx.loaded.dataset, id, ctx.asOf);
    if (shown.length === 0) throw unknownId(ctx.loaded.dataset, id);
    const prov = ctx.provenance(`show ${id}`, shown.length, 'records');
    const json = shown.map((s) => (s.kind === 'agreement'
      ? { kind: s.kind, id: s.record.id, file: s.record.file, data: s.record.data, derivedStatus: s.derivedStatus, start: s.start, end: s.end, terminated: s.terminated, lastDayInForce: s.lastDayInForce, stale: s.stale, chain: s.chain.map((c) => c.id), parent: s.parent?.id ?? null, children: s.children.map((c) => c.id), renews: s.renews?.id ?? null, renewedBy: s.renewedBy.map((c) => c.id), follows: s.follows, followedBy: s.followedBy, supersededBy: s.supersededBy, activities: s.activities.map((a) => a.id) }
      : s.kind === 'partner'
        ? { kind: s.kind, id: s.record.id, file: s.record.file, data: s.record.data, agreements: s.agreements.map((a) => a.id), activities: s.activities.map((a) => a.id) }
        : { kind: s.kind, id: s.record.id, file: s.record.file, data: s.record.data, agreements: s.agreements.map((a) => a.id) }));
    return { view: showView(shown, prov, ctx.lang, ctx.loaded.dataset), json: { records: json } };
  });
}

/**
 * An id show cannot show: a record whose own file has errors (it is read by nothing until they are mended:
 * said so, and where to see them: exit 1, the register has errors), else no record at all (with the closest
 * ids: a usage error, exit 2).
 */
function unknownId(d: Dataset, id: string): UsageError {
  const broken = (['partner', 'agreement', 'activity'] as const).find((k) => d.invalidIds[k].has(id));
  if (broken) return new UsageError((l) => t(l, 'showBrokenId', { id, kind: kindName(broken, l) }), 1);
  const like = idsLike(id, knownRecords(d));
  // A usage error (exit 2), as set's and log's: exit 1 says the register has errors, which a typo is not.
  return new UsageError((l) => t(l, 'showUnknownId', { id, like: like.length ? t(l, 'change.didYouMean', { like: listWords(like, l, true) }) : '' }));
}

/** Every record's id (of one kind, when given) with its names (a partner's name and aliases, a title), partners first: what an id written by hand may mean. */
export function knownRecords(d: Dataset, kind?: Kind): Known[] {
  return [
    ...(kind === undefined || kind === 'partner' ? [...d.partners.values()].map((r) => ({ value: r.id, labels: [r.data.name, ...(r.data.aliases ?? [])] })) : []),
    ...(kind === undefined || kind === 'agreement' ? [...d.agreements.values()].map((r) => ({ value: r.id, labels: [r.data.title] })) : []),
    ...(kind === undefined || kind === 'activity' ? [...d.activities.values()].map((r) => ({ value: r.id, labels: [r.data.title] })) : []),
  ];
}
