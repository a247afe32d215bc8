// Reports as JSON: the report value itself, with its provenance, as a documented contract (docs/reports.md).

import type { Provenance } from './view.js';

export function reportAsJson(provenance: Provenance, value: unknown): string {
  return JSON.stringify({ version: 1, ...provenance, ...(value as object) }, null, 2) + '\n';
}
