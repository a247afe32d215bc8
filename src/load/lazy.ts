// Heavy libraries loaded on first use, so that a run that needs neither (--help, --version, a register
// read entirely from the cache or on the fast path) does not pay for them at start-up. The loader is
// synchronous, hence require: both packages resolve to the same CommonJS build under `import`, so there
// is only ever one copy of each in a process.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let yamlLib: typeof import('yaml') | undefined;

export function yaml(): typeof import('yaml') {
  yamlLib ??= require('yaml') as typeof import('yaml');
  return yamlLib;
}

export function load<T>(id: string): T {
  return require(id) as T;
}
