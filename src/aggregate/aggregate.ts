// The aggregate of a federation's members, pure: (members as loaded, as-of day) → each member validated as
// `validate` and the reports check it (records whose files have errors left out), its counts and its
// freshness. The export writes its tables (src/export/aggregate.ts); the CLI reads the members.

import { filesWithErrors, runChecks, withoutInvalid } from '../check/index.js';
import { addDuration, type Duration } from '../model/dates.js';
import { countOf } from '../model/diagnostics.js';
import type { Dataset, Diagnostic } from '../model/types.js';
import type { Member } from './members.js';

/** A member as the CLI read it: the member, and its last commit's day when it is in git. */
export interface MemberRead extends Member {
  /** The day (a day number, in the member's time zone) of the last commit read; undefined outside git. */
  readonly lastCommitDay?: number;
}

/** How fresh a member is at the as-of day. Unknown (null) when its last commit is not known: never "never". */
export interface Freshness {
  /** Days from its last commit to the as-of day; null when not known. */
  readonly ageDays: number | null;
  /** True when its last commit is older than the federation's stale_after; null when not known. */
  readonly stale: boolean | null;
}

/** One member in the aggregate. */
export interface AggregateMember {
  readonly member: MemberRead;
  /** The member's records without those whose files have errors (as every report reads them). */
  readonly dataset: Dataset;
  /** Every diagnostic of the member: the loader's and the cross-record rules'. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** Record files left out because they have errors. */
  readonly leftOut: number;
  /** Records read and kept, by kind. */
  readonly counts: { readonly partners: number; readonly agreements: number; readonly activities: number };
  readonly freshness: Freshness;
}

export interface Aggregate {
  readonly name: string;
  readonly asOf: number;
  readonly staleAfter: Duration;
  /** In the order federation.yaml lists them. */
  readonly members: readonly AggregateMember[];
}

/** The default of federation.yaml's stale_after. */
export const DEFAULT_STALE_AFTER: Duration = { count: 180, unit: 'd' };

export function freshnessOf(lastCommitDay: number | undefined, asOf: number, staleAfter: Duration): Freshness {
  if (lastCommitDay === undefined) return { ageDays: null, stale: null };
  // A commit after the as-of day (a past day asked for) is not older than it: age 0.
  return { ageDays: Math.max(0, asOf - lastCommitDay), stale: addDuration(lastCommitDay, staleAfter) < asOf };
}

/** One member validated, its records with errors left out, counted, and its freshness. */
export function aggregateMember(member: MemberRead, asOf: number, staleAfter: Duration): AggregateMember {
  const { loaded } = member;
  const diagnostics = [...loaded.diagnostics, ...runChecks(loaded.dataset, asOf)];
  const bad = filesWithErrors(diagnostics);
  const dataset = withoutInvalid(loaded.dataset, bad);
  const { errors, warnings } = countOf(diagnostics);
  return {
    member,
    dataset,
    diagnostics,
    errors,
    warnings,
    leftOut: bad.size,
    counts: { partners: dataset.partners.size, agreements: dataset.agreements.size, activities: dataset.activities.size },
    freshness: freshnessOf(member.lastCommitDay, asOf, staleAfter),
  };
}

export function aggregateOf(federation: { name: string; staleAfter?: Duration }, members: readonly MemberRead[], asOf: number): Aggregate {
  const staleAfter = federation.staleAfter ?? DEFAULT_STALE_AFTER;
  return { name: federation.name, asOf, staleAfter, members: members.map((m) => aggregateMember(m, asOf, staleAfter)) };
}
