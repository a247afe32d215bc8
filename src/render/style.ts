// Colour as a parameter: renderers get a Style, and only the CLI decides whether it is real colour.

import { Chalk } from 'chalk';

export interface Style {
  readonly enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export function makeStyle(enabled: boolean): Style {
  if (!enabled) {
    const id = (s: string): string => s;
    return { enabled, red: id, yellow: id, green: id, cyan: id, dim: id, bold: id };
  }
  const c = new Chalk({ level: 1 });
  return { enabled, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan, dim: c.dim, bold: c.bold };
}

export const PLAIN = makeStyle(false);
