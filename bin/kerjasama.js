#!/usr/bin/env node
// Thin entry point: runs the built CLI (dist/). A release (the npm tarball, a release tag in git) carries
// dist/ built; a clone of the repository builds it with `npm ci && npm run compile` (see docs/releasing.md).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kerjasama: the CLI is not built (no dist/). Install a release (npm install kerjasama, or a git URL ending in #vX.Y.Z), or in a clone of the kerjasama repository run `npm ci && npm run compile`.\n');
  process.exit(2);
}
const { run } = await import(entry.href);
await run();
