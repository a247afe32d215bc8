// What every cross-record rule receives: the dataset, the day to judge dates against, and the vocabulary.

import type { Dataset, Diagnostic } from '../model/types.js';

export interface CheckContext {
  readonly dataset: Dataset;
  readonly asOf: number;
  readonly sectorIds: ReadonlySet<string>;
}

export type Rule = (ctx: CheckContext) => Diagnostic[];

export function diag(code: string, severity: Diagnostic['severity'], file: string, pointer: string, params: Diagnostic['params'] = {}, target?: 'key'): Diagnostic {
  return { code, severity, file, pointer, params, ...(target ? { target } : {}) };
}
