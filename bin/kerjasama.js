#!/usr/bin/env node
// Thin entry point: runs the built CLI (dist/). A release (the npm tarball, a release tag in git) carries
// dist/ built; a clone of the repository builds it with `npm ci && npm run compile` (see docs/releasing.md).
import { existsSync, readFileSync } from 'node:fs';

// The bundle (dist/bundle/, made by the build: a few files load much faster than the ninety modules of
// dist/cli/ and the rest), else the modules themselves.
const bundled = new URL('../dist/bundle/run.js', import.meta.url);
// KERJASAMA_NO_BUNDLE=1 runs the modules (to debug one, or for a test that hooks one of them).
const entry = existsSync(bundled) && process.env.KERJASAMA_NO_BUNDLE !== '1' ? bundled : new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kerjasama: the CLI is not built (no dist/). Install a release (npm install kerjasama, or a git URL ending in #vX.Y.Z), or in a clone of the kerjasama repository run `npm ci && npm run compile`.\n');
  process.exit(2);
}
// `--version` alone is answered here, once the CLI is known to be built but before it loads (loading it is
// most of such a run): the same line commander prints (src/cli/main.ts, from the same package.json).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}

// Node's compile cache (22.1 and later; nothing on a Node without it): the CLI's modules, compiled once, are
// kept in the user's own cache folder (NODE_COMPILE_CACHE chooses another, NODE_DISABLE_COMPILE_CACHE=1
// turns it off). Never Node's default, a shared temporary folder another user could write compiled code to.
const module = await import('node:module');
if (typeof module.enableCompileCache === 'function' && !process.env.NODE_COMPILE_CACHE) {
  const { cacheHomeOf } = await import(new URL('../dist/cli/cacheHome.js', import.meta.url).href);
  const home = cacheHomeOf(process.env);
  if (home) {
    try {
      module.enableCompileCache(`${home}/kerjasama/compile-cache`);
    } catch {
      // A cache that cannot be made is no cache: the CLI runs the same.
    }
  }
}
// validate, report, list and show ask git of the register first: their questions are started now, and git
// lists the register while the CLI loads (src/cli/early.ts decides; any other command loads nothing more).
if (['validate', 'report', 'list', 'show'].includes(args[0] ?? '')) {
  try {
    (await import(new URL('../dist/cli/early.js', import.meta.url).href)).gitEarly(args, process.cwd(), process.env);
  } catch {
    // Not asked early: the command asks git itself.
  }
}
const { run } = await import(entry.href);
await run();
