// The aggregate as one dataset, pure: the members' datasets merged into one, every record id and every
// reference to another record namespaced by its member (memberId: `52:ntb-…`), every file named as the
// federation names it (memberPath), so that every report runs over it unchanged and its rows name the
// member. Which fields are references is the field model's (shapes `ref` and `refs`, at any depth), not a
// list kept here. Shared codes (sectors, countries, categories) are not namespaced.
//
// A federation has no kerjasama.yaml: the merged dataset's configuration is the tool's defaults (as a
// kerjasama.yaml giving only a name would give), in Asia/Jakarta, with the federation's name. Each
// member's own region (its kerjasama.yaml `owner`) is written, namespaced, on every agreement and activity
// that does not name its owner, as the facts would default it in the member, and listed in `owners`.
// Members were validated with their own configuration (aggregateOf); their thresholds (expiry horizon,
// renewal lead, inactivity window) are not carried over: a report over several registers uses one.

import { normaliseConfig } from '../load/config.js';
import { FIELDS, type Fields } from '../model/fields.js';
import type { AnyRecord, Config, Dataset, ExtraSector, Kind } from '../model/types.js';
import type { Aggregate } from './aggregate.js';
import { memberId, memberPath, type Member } from './members.js';

/** The time zone of a day in a federation, which has no kerjasama.yaml of its own. */
export const FEDERATION_TIME_ZONE = 'Asia/Jakarta';

/** One member's part of the merge: the member and the dataset of it to merge (its valid records, or all as loaded). */
export interface MemberPart {
  readonly member: Pick<Member, 'code' | 'source'>;
  readonly dataset: Dataset;
}

type Data = Record<string, unknown>;

/** A record's data with every id and reference the field model knows namespaced by `ns`; nothing else changed. */
export function namespacedData(fields: Fields, data: Data, ns: (id: string) => string): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const shape = fields[key]?.shape;
    if (shape === undefined) out[key] = value;
    else if ((shape.t === 'id' || shape.t === 'ref') && typeof value === 'string') out[key] = ns(value);
    else if (shape.t === 'refs' && Array.isArray(value)) out[key] = value.map((v) => (typeof v === 'string' ? ns(v) : v));
    else if (shape.t === 'object' && isData(value)) out[key] = namespacedData(shape.fields, value, ns);
    else if (shape.t === 'objects' && Array.isArray(value)) out[key] = value.map((v) => (isData(v) ? namespacedData(shape.fields, v, ns) : v));
    else out[key] = value;
  }
  return out;
}

const isData = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Kinds whose records have an owner defaulting to kerjasama.yaml's (model/parties.ts: `ownerOf`). */
const OWNED: ReadonlySet<Kind> = new Set(['agreement', 'activity']);

function memberRecord<R extends AnyRecord>(r: R, m: MemberPart['member'], owner: string | undefined): R {
  const ns = (id: string): string => memberId(m.code, id);
  const data = namespacedData(FIELDS[r.kind], r.data as unknown as Data, ns);
  if (owner !== undefined && OWNED.has(r.kind) && data['owner'] === undefined) data['owner'] = ns(owner);
  return { kind: r.kind, id: ns(r.id), file: memberPath(m, r.file), data } as unknown as R;
}

/** The extra sectors of every member, each id once (the first member's words for it, in federation order). */
function extraSectors(parts: readonly MemberPart[]): ExtraSector[] {
  const seen = new Map<string, ExtraSector>();
  for (const p of parts) for (const s of p.dataset.config.extraSectors) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** The configuration of a federation: the tool's defaults, its name, Asia/Jakarta, every member's extra sectors and own region. */
export function federationConfig(name: string, parts: readonly MemberPart[]): Config {
  const owners = parts.flatMap((p) => (p.dataset.config.owner !== undefined ? [memberId(p.member.code, p.dataset.config.owner)] : []));
  return { ...normaliseConfig({ name, timezone: FEDERATION_TIME_ZONE }), extraSectors: extraSectors(parts), ...(owners.length ? { owners } : {}) };
}

/** The members' datasets as one: ids, references and files namespaced; two members' same id stay two records. */
export function mergeDatasets(name: string, parts: readonly MemberPart[]): Dataset {
  const partners = new Map<string, AnyRecord>();
  const agreements = new Map<string, AnyRecord>();
  const activities = new Map<string, AnyRecord>();
  const invalidIds = { partner: new Set<string>(), agreement: new Set<string>(), activity: new Set<string>() };
  let fileCount = 0;
  for (const { member, dataset } of parts) {
    const owner = dataset.config.owner;
    for (const [into, from] of [[partners, dataset.partners], [agreements, dataset.agreements], [activities, dataset.activities]] as const) {
      for (const r of from.values()) {
        const m = memberRecord(r, member, owner);
        into.set(m.id, m);
      }
    }
    for (const kind of ['partner', 'agreement', 'activity'] as const) for (const id of dataset.invalidIds[kind]) invalidIds[kind].add(memberId(member.code, id));
    fileCount += dataset.fileCount;
  }
  return {
    config: federationConfig(name, parts),
    partners: partners as Dataset['partners'],
    agreements: agreements as Dataset['agreements'],
    activities: activities as Dataset['activities'],
    invalidIds,
    fileCount,
  };
}

/**
 * The aggregate as one dataset, over its members' valid records (those validate passes in each member),
 * or over the members `codes` names only (in federation order); a code that is no member's is ignored
 * here (the CLI refuses it first).
 */
export function aggregateDataset(agg: Aggregate, codes?: readonly string[]): Dataset {
  const chosen = codes === undefined ? agg.members : agg.members.filter((a) => codes.includes(a.member.code));
  return mergeDatasets(agg.name, chosen.map((a) => ({ member: a.member, dataset: a.dataset })));
}

/** The members as loaded (records with errors included) as one dataset: what filters are checked against, as in one register. */
export function aggregateLoadedDataset(agg: Aggregate, codes?: readonly string[]): Dataset {
  const chosen = codes === undefined ? agg.members : agg.members.filter((a) => codes.includes(a.member.code));
  return mergeDatasets(agg.name, chosen.map((a) => ({ member: a.member, dataset: a.member.loaded.dataset })));
}
