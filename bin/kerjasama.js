#!/usr/bin/env node
// Thin entry point: runs the built CLI (dist/), which `npm install` builds through the prepare script.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kerjasama: the CLI is not built yet. Run `npm install` (or `npm run build`) in the kerjasama folder first.\n');
  process.exit(2);
}
const { run } = await import(entry.href);
await run();
