// Types for replicate.mjs (plain JavaScript, so that the benchmark runs without a build step).

export interface ReplicateOptions { warnThird?: boolean; root?: string }

export function exampleRegister(root?: string): Map<string, string>;

export function replicateRegister(records: number, options?: ReplicateOptions): { files: Map<string, string>; warned: string[] };

export function writeReplicated(dir: string, records: number, options?: ReplicateOptions): { files: Map<string, string>; warned: string[] };
