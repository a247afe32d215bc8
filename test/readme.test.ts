// The README's example outputs are the real tool's, in a terminal of 80 columns: this test makes them
// and fails when the README differs (UPDATE_DOCS=1 rewrites the block between the example markers).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../src/render/wrap.js';
import { cleanup, exampleRegister, REPO, runCli } from './helpers.js';

afterAll(cleanup);

/** Each example: a heading, the command (after `kerjasama`), and how many of its last lines to show (all by default). */
const EXAMPLES: Array<{ title: string; args: string[]; tail?: number }> = [
  { title: 'Validating: the end of `kerjasama validate`', args: ['validate', '--lang', 'en'], tail: 22 },
  { title: 'Agreements that end soon: `kerjasama report expiring`', args: ['report', 'expiring', '--lang', 'en'] },
  { title: 'The same, in the register\'s language: `kerjasama report expiring --lang id`', args: ['report', 'expiring', '--lang', 'id'] },
  { title: 'Partnerships gone quiet: `kerjasama report inactive`', args: ['report', 'inactive', '--lang', 'en'] },
  { title: 'Where there are agreements: `kerjasama report coverage --matrix`', args: ['report', 'coverage', '--matrix', '--lang', 'en'] },
  { title: 'One screen: `kerjasama report summary --lang id`', args: ['report', 'summary', '--lang', 'id'] },
  { title: 'One record: `kerjasama show ntb-bali-ntt-pks-2026`', args: ['show', 'ntb-bali-ntt-pks-2026', '--lang', 'en'] },
];

describe('the README examples', () => {
  it('are what the tool prints at 80 columns (UPDATE_DOCS=1 rewrites them)', async () => {
    const dir = exampleRegister();
    const blocks: string[] = [];
    for (const ex of EXAMPLES) {
      const r = await runCli([...ex.args, '--as-of', '2026-11-22'], { cwd: dir, columns: 80 });
      let lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      if (ex.tail !== undefined && lines.length > ex.tail) lines = ['… (earlier lines cut)', ...lines.slice(-ex.tail)];
      blocks.push(`### ${ex.title}\n\n\`\`\`\n$ kerjasama ${ex.args.join(' ')} --as-of 2026-11-22\n${lines.join('\n')}\n\`\`\``);
    }
    const path = join(REPO, 'README.md');
    const doc = readFileSync(path, 'utf8');
    const m = /(<!-- examples:start -->\n)([\s\S]*?)(<!-- examples:end -->)/.exec(doc);
    expect(m).not.toBeNull();
    const updated = doc.replace(m?.[0] ?? '', `${m?.[1]}${blocks.join('\n\n')}\n${m?.[3]}`);
    if (process.env['UPDATE_DOCS']) writeFileSync(path, updated);
    expect(doc).toBe(updated);
  });
});
