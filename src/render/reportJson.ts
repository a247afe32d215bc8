// Reports as JSON: the report value itself, with its provenance, as a documented contract (docs/reports.md).

import type { Provenance } from '../view/view.js';

/** `considered` is a number; what it counts is documented per report (docs/reports.md), so `unit` stays out. */
export function reportAsJson(provenance: Provenance, value: unknown): string {
  const { unit: _unit, ...prov } = provenance;
  return JSON.stringify({ version: 1, ...prov, ...(value as object) }, null, 2) + '\n';
}
