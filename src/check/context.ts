import type { Suggester } from '../load/similar.js';
// What every cross-record rule receives: the dataset, the day to judge dates against, and the vocabulary.

import type { Dataset, Diagnostic } from '../model/types.js';

export interface CheckContext {
  readonly dataset: Dataset;
  readonly asOf: number;
  readonly sectorIds: ReadonlySet<string>;
  /** "Did you mean" for this run: each word answered once, within a bounded cost. */
  readonly suggest: Suggester;
}

export type Rule = (ctx: CheckContext) => Diagnostic[];

export function diag(code: string, severity: Diagnostic['severity'], file: string, pointer: string, params: Diagnostic['params'] = {}, target?: 'key'): Diagnostic {
  return { code, severity, file, pointer, params, ...(target ? { target } : {}) };
}
