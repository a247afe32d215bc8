// The cross-record checks: a flat list of small rules. Adding a check is one function plus one line.

import { vocabulary } from '../model/sectors.js';
import type { AnyRecord, Dataset, Diagnostic, Kind } from '../model/types.js';
import { CONFIG_FILE } from '../load/config.js';
import { Suggester } from '../load/similar.js';
import { agreementDuplicate } from './agreements.js';
import { categoryPartner, subformCategory } from './category.js';
import type { CheckContext, Rule } from './context.js';
import { activityOutsideAgreement, dateOrder } from './dates.js';
import { approvalMissing, countryRules } from './foreign.js';
import { identifierFit, identifierTaken, iso3166Missing, ownerIdentifiers } from './identifiers.js';
import { parentLoop, renewalLoop } from './loops.js';
import { partnerDuplicate } from './partners.js';
import { signatureParty, unknownAgreement, unknownParent, unknownPartner, unknownRenews } from './references.js';
import { unknownSector } from './sectors.js';
import { renewalNotOnRecord, signingOverdueRule, staleFacts, statusContradicted, terminationMismatch } from './status.js';
import { termTooLong } from './term.js';

export const RULES: readonly Rule[] = [
  unknownPartner,
  unknownAgreement,
  unknownParent,
  unknownRenews,
  signatureParty,
  renewalLoop,
  parentLoop,
  dateOrder,
  activityOutsideAgreement,
  statusContradicted,
  terminationMismatch,
  renewalNotOnRecord,
  signingOverdueRule,
  staleFacts,
  categoryPartner,
  subformCategory,
  approvalMissing,
  countryRules,
  termTooLong,
  unknownSector,
  partnerDuplicate,
  agreementDuplicate,
  identifierFit,
  identifierTaken,
  iso3166Missing,
  ownerIdentifiers,
];

export function runChecks(dataset: Dataset, asOf: number): Diagnostic[] {
  const ctx: CheckContext = { dataset, asOf, sectorIds: new Set(vocabulary(dataset.config.extraSectors).map((s) => s.id)), suggest: new Suggester() };
  return RULES.flatMap((rule) => rule(ctx));
}

/** The record files with at least one error, their own or across records (kerjasama.yaml aside). */
export function filesWithErrors(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === 'error' && d.file !== CONFIG_FILE).map((d) => d.file));
}

/**
 * The dataset that reports use: without the records whose files have errors, whether the file's own
 * (YAML, schema, id) or found across records (an unknown partner, dates out of order). Their ids join
 * invalidIds, so what names them is not called dangling.
 */
export function withoutInvalid(d: Dataset, badFiles: ReadonlySet<string>): Dataset {
  if (badFiles.size === 0) return d;
  const invalidIds = { partner: new Set(d.invalidIds.partner), agreement: new Set(d.invalidIds.agreement), activity: new Set(d.invalidIds.activity) };
  const keep = <T extends AnyRecord>(m: ReadonlyMap<string, T>, kind: Kind): ReadonlyMap<string, T> => {
    const out = new Map<string, T>();
    for (const [id, r] of m) {
      if (badFiles.has(r.file)) invalidIds[kind].add(id);
      else out.set(id, r);
    }
    return out;
  };
  return { ...d, partners: keep(d.partners, 'partner'), agreements: keep(d.agreements, 'agreement'), activities: keep(d.activities, 'activity'), invalidIds };
}
