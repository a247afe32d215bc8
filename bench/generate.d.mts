// Types for generate.mjs (plain JavaScript, so that the benchmark runs without a build step).

export const AS_OF: string;

export interface Broken { file: string; kind: 'partner' | 'agreement' | 'activity'; how: string; code: string }

export interface GenerateOptions { seed?: number; broken?: number; quoteDates?: boolean }

export function generateRegister(records: number, options?: GenerateOptions): { files: Map<string, string>; broken: Broken[] };

export function writeRegister(dir: string, records: number, options?: GenerateOptions): { files: Map<string, string>; broken: Broken[] };
/** Writes a register's files (path → text) to dir, emptied first, dated as files at rest. */
export function writeFiles(dir: string, files: Map<string, string>): void;
