// Build step (`npm run compile`, after tsc and the validators, before the code hash): the CLI as a few
// files instead of about ninety modules. Node resolves and links every ES module it loads (finding the
// package.json of its folder, reading its "exports"): for a run answered by the cache, or --help, that was
// most of the time spent (docs/performance.md, start-up). esbuild joins the compiled modules of dist/
// into dist/bundle/: the CLI's entry (run.js), the second thread's (worker.js), and shared chunks for what
// commands load on first use, so a command still loads only what it needs (one file for everything would
// load every command's code on each run). The bundle sits at the depth of dist/cli, so the paths the code
// finds beside itself (../../package.json, ../../schemas, ./worker.js) are the same; the precompiled
// validators are copied beside it. Only the small libraries every run uses are joined in; the heavy or
// data-carrying ones (yaml, ajv, exceljs, sql.js and its WebAssembly, the maps …) stay in node_modules and
// load on first use as before. bin/kerjasama.js runs dist/bundle/run.js when it is there, else dist/cli/run.js.

import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(dist, 'bundle');
/** Joined into the bundle: what nearly every run loads. Every other dependency stays external. */
const JOINED = new Set(['commander', 'chalk', 'cli-table3', 'date-fns', '@date-fns/utc']);
const pkg = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const external = Object.keys(pkg.dependencies).filter((d) => !JOINED.has(d)).flatMap((d) => [d, `${d}/*`]);

rmSync(out, { recursive: true, force: true });
// not prose: the banner is JavaScript put at the top of each file of the bundle
await build({
  entryPoints: { run: join(dist, 'cli', 'run.js'), worker: join(dist, 'load', 'worker.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  outdir: out,
  chunkNames: '[name]-[hash]',
  external,
  logLevel: 'warning',
  // The CommonJS libraries joined in (commander) require Node's own modules: an ES module has no require.
  banner: { js: "import { createRequire as kerjasamaRequire } from 'node:module'; const require = kerjasamaRequire(import.meta.url);" },
});
// The banner only where `require` is named: making a require for each of the 25 files a validate loads cost
// about 2 ms. A file that names no `require` (in code, a string or a comment) cannot use the banner's.
const BANNER_LINE = /^import \{ createRequire as kerjasamaRequire \} from 'node:module'; const require = kerjasamaRequire\(import\.meta\.url\);\n/;
for (const name of readdirSync(out)) {
  if (!name.endsWith('.js')) continue;
  const text = readFileSync(join(out, name), 'utf8');
  if (!BANNER_LINE.test(text)) throw new Error(`bundle: ${name} does not start with the banner`);
  const rest = text.replace(BANNER_LINE, '');
  if (!/\brequire\b/.test(rest)) writeFileSync(join(out, name), rest);
}
copyFileSync(join(dist, 'load', 'validators.cjs'), join(out, 'validators.cjs'));
// Node finds the package scope of every module it loads by looking for a package.json in its folder and
// each folder above: without one here, each of the bundle's files cost two failed lookups (dist/bundle,
// dist) before the repository's. Its type is the same as the repository's.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
process.stdout.write(`wrote ${out}\n`);
