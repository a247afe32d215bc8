#!/usr/bin/env node
// prepublishOnly: `npm publish` builds dist/ first (npm runs this script only on publish: not on pack, not on
// install, and it is not one of the scripts that make npm "prepare" a git dependency, see docs/releasing.md),
// then checks that the package holds the built CLI. Its output goes to stderr: npm publish's own stays clean.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync('npm', ['run', '--silent', 'compile'], { cwd: root, stdio: ['ignore', 2, 2] });
for (const f of ['dist/cli/run.js', 'dist/load/validators.cjs', 'dist/bundle/run.js', 'dist/bundle/worker.js', 'dist/bundle/validators.cjs']) {
  if (!existsSync(join(root, f))) {
    process.stderr.write(`prepublishOnly: ${f} was not built; not publishing\n`);
    process.exit(1);
  }
}
