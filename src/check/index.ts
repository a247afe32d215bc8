// The cross-record checks: a flat list of small rules. Adding a check is one function plus one line.

import { vocabulary } from '../model/sectors.js';
import type { Dataset, Diagnostic } from '../model/types.js';
import { categoryPartner, subformCategory } from './category.js';
import type { CheckContext, Rule } from './context.js';
import { activityOutsideAgreement, dateOrder } from './dates.js';
import { approvalMissing, countryRules } from './foreign.js';
import { parentLoop, renewalLoop } from './loops.js';
import { partnerDuplicate } from './partners.js';
import { signatureParty, unknownAgreement, unknownParent, unknownPartner, unknownRenews } from './references.js';
import { unknownSector } from './sectors.js';
import { statusContradicted, terminationMismatch } from './status.js';
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
  categoryPartner,
  subformCategory,
  approvalMissing,
  countryRules,
  termTooLong,
  unknownSector,
  partnerDuplicate,
];

export function runChecks(dataset: Dataset, asOf: number): Diagnostic[] {
  const ctx: CheckContext = { dataset, asOf, sectorIds: new Set(vocabulary(dataset.config.extraSectors).map((s) => s.id)) };
  return RULES.flatMap((rule) => rule(ctx));
}
