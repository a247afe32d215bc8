// Generates docs/errors.md: every diagnostic code from src/model/codes.ts, with its reproducer from
// reproducers.ts and the real output of `kerjasama validate` on it. catalogue.test.ts compares the
// file with this text; `npm run docs:errors` (UPDATE_DOCS=1) rewrites it.

import { realpathSync } from 'node:fs';
import { ALL_CODES, CODES, GROUP_WORDS, groupTitle, type CodeInfo, type Group } from '../../src/model/codes.js';

const GROUPS = Object.keys(GROUP_WORDS) as Group[];
import { MINIMAL_CONFIG, NTB, runCli } from '../helpers.js';
import { cleanupReproducers, DEFAULT_AS_OF, federation, materialise, REPRODUCERS, type Reproducer } from './reproducers.js';

/** The groups' titles, as `kerjasama explain` words them. */
export const GROUP_TITLES = Object.fromEntries(GROUPS.map((g) => [g, groupTitle(g, 'en')])) as Record<Group, string>;

/**
 * Message templates with their parameters shown as ‹name›. `fix` is not a value shown in the text but the
 * key of the sentence a hint gives (status-contradicted's fix.expired, fix.superseded …): left out, the hint
 * is the general one, as kerjasama explain gives it (codeTemplate), never a bare ‹fix›.
 */
const PLACEHOLDERS = new Proxy({} as Record<string, string | number>, {
  get: (_t, k) => (typeof k !== 'string' ? undefined : k === 'fix' ? undefined : `‹${k.replace(/_(en|id)$/, '')}›`),
});

const MAX_LINE = 120;

/** A record file as shown in the docs: long lines shortened, bytes that are not text as \xNN. */
function showFile(content: string | Uint8Array): { lang: string; text: string } {
  if (typeof content !== 'string') {
    let text = '';
    for (const b of content) text += b === 0x0a ? '\n' : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    return { lang: 'text', text: text.replace(/\n$/, '') };
  }
  const lines = content.replace(/\n$/, '').split('\n').map((l) => (l.length > MAX_LINE ? `${l.slice(0, 60)}…  (${l.length.toLocaleString('en-US')} characters in all)` : l));
  return { lang: 'yaml', text: lines.join('\n') };
}

function fence(lang: string, text: string): string {
  const ticks = /```/.test(text) ? '````' : '```';
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** Runs `kerjasama validate` (stylish, English, no colour) on a reproducer; paths outside the register hidden. */
export async function validateOutput(r: Reproducer): Promise<{ command: string; exit: number; output: string }> {
  const { dir, hide } = materialise(r);
  const asOf = r.asOf ?? DEFAULT_AS_OF;
  const command = r.federation ? ['aggregate', 'conflicts'] : ['validate'];
  const res = await runCli([...command, '--as-of', asOf, '--lang', 'en'], { cwd: dir });
  let output = res.stdout + res.stderr;
  const replacements: Array<[string, string]> = [];
  for (const [path, label] of Object.entries({ ...hide, [dir]: r.federation ? '<federation>' : '<register>' })) {
    replacements.push([path, label]);
    try {
      replacements.push([realpathSync(path), label]);
    } catch {
      // Gone already: nothing to replace.
    }
  }
  for (const [path, label] of replacements.sort((a, b) => b[0].length - a[0].length)) output = output.split(path).join(label);
  if (r.alongside) output = collapseRepeats(output);
  return { command: `kerjasama ${command.join(' ')} --as-of ${asOf}`, exit: res.code, output: output.replace(/\n+$/, '') };
}

/** Stylish output with a long run of the same code cut to its first two, and how many more: for reproducers of many problems. */
function collapseRepeats(output: string): string {
  const lines = output.split('\n');
  const out: string[] = [];
  let run: { code: string; blocks: number } | undefined;
  let skipping = false;
  for (const line of lines) {
    const head = /^ {2}(?:error|warning)\[([a-z-]+)\]/.exec(line);
    if (head || !line.startsWith('    ')) {
      const code = head?.[1];
      if (skipping && (!code || code !== run?.code)) {
        out.push(`  … ${(run?.blocks ?? 0) - 2} more ${run?.code} like these`);
        skipping = false;
      }
      if (code && code === run?.code) {
        run.blocks++;
        skipping = run.blocks > 2;
      } else run = code ? { code, blocks: 1 } : undefined;
    }
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

function section(code: string, info: CodeInfo, r: Reproducer, run: { command: string; exit: number; output: string }): string {
  const out: string[] = [];
  out.push(`### ${code}`, '');
  out.push(`**${info.title.en}** (${info.title.id}) · ${info.severity} · ${GROUP_TITLES[info.group].split(':')[0]}`, '');
  out.push(`- Message: ${info.message.en(PLACEHOLDERS)}`);
  const hint = info.hint.en(PLACEHOLDERS);
  if (hint) out.push(`- Hint: ${hint}`);
  out.push(`- Pesan: ${info.message.id(PLACEHOLDERS)}`);
  // The hint in Bahasa Indonesia too: a clerk reading validate in Indonesian looks up the saran they saw.
  const saran = info.hint.id(PLACEHOLDERS);
  if (saran) out.push(`- Saran: ${saran}`);
  out.push('');
  out.push('#### Example', '');
  if (r.note) out.push(r.note, '');
  for (const [path, content] of Object.entries(r.files)) {
    if (r.shown && !r.shown.includes(path)) continue;
    const shown = showFile(content);
    out.push(`\`${path}\`:`, '', fence(shown.lang, shown.text), '');
  }
  out.push(fence('console', `$ ${run.command}\n${run.output}`), '');
  out.push(`Exit code ${run.exit}.`, '');
  return out.join('\n');
}

export async function generateErrorsDoc(): Promise<string> {
  const groups = [...new Set(ALL_CODES.map((c) => CODES[c].group))];
  const out: string[] = [];
  out.push(
    '# Diagnostic codes',
    '',
    '<!-- Generated by `npm run docs:errors` from src/model/codes.ts and test/errors/reproducers.ts. Do not edit by hand: the test suite fails when this file is out of date. -->',
    '',
    '`kerjasama validate` reports every problem as a diagnostic: a severity, a stable code, a message, the file, line and column, an excerpt of the source with the spot underlined, and a hint on how to fix it. Messages and hints also come in Bahasa Indonesia (`--lang id`, or `language: id` in kerjasama.yaml); the codes are the same in both languages and in every output format, so scripts should match on codes, never on message text.',
    '',
    'This page lists every code, with a minimal register that triggers it and the real output of `kerjasama validate` on that register. `kerjasama explain CODE` prints a code\'s title, message, hint and severity in the register\'s language, without the example; `kerjasama explain` lists every code.',
    '',
    '## Exit codes',
    '',
    '| Exit code | Meaning |',
    '| --- | --- |',
    '| 0 | No errors. Warnings alone do not fail, unless `--strict` or `--max-warnings` says otherwise. |',
    '| 1 | At least one error; or, with `--strict`, at least one warning; or more warnings than `--max-warnings N`. |',
    '| 2 | The command could not run: a usage error (unknown option, bad `--as-of`), no register found, an invalid kerjasama.yaml ([config-invalid](#config-invalid)), or an internal error. |',
    '',
    'Errors are problems that make a record wrong or unusable; warnings are things a person should look at (a date that contradicts the status, an approval not yet recorded). A record with an error is left out of the cross-record checks and reports, so one broken file never hides problems in the others, and never causes spurious ones.',
    '',
    '## Contents',
    '',
  );
  for (const g of groups) {
    out.push(`- ${GROUP_TITLES[g]}`);
    for (const c of ALL_CODES.filter((x) => CODES[x].group === g)) out.push(`  - [${c}](#${c}): ${CODES[c].title.en} (${CODES[c].severity})`);
  }
  out.push(
    '',
    '## The examples',
    '',
    'Every example register below also holds these two files, which are not repeated:',
    '',
    '`kerjasama.yaml`:',
    '',
    fence('yaml', MINIMAL_CONFIG.replace(/\n$/, '')),
    '',
    '`data/partners/ntb.yaml`:',
    '',
    fence('yaml', NTB.replace(/\n$/, '')),
    '',
  );
  try {
    for (const g of groups) {
      out.push(`## ${GROUP_TITLES[g]}`, '');
      if (g === 'federation') {
        out.push(
          'These come from `kerjasama aggregate partners` and `kerjasama aggregate conflicts`, about `identity.yaml` in a federation\'s folder ([aggregate.md](aggregate.md)). Every example below is a federation folder of two members holding these files, with the `identity.yaml` (and any other file) shown in the example:',
          '',
        );
        for (const [path, content] of Object.entries(federation(''))) {
          if (path === 'identity.yaml') continue;
          out.push(`\`${path}\`:`, '', fence('yaml', String(content).replace(/\n$/, '')), '');
        }
      }
      for (const c of ALL_CODES.filter((x) => CODES[x].group === g)) {
        const r = REPRODUCERS[c];
        if (!r) throw new Error(`no reproducer for ${c} in test/errors/reproducers.ts`);
        out.push(section(c, CODES[c], r, await validateOutput(r)));
      }
    }
  } finally {
    cleanupReproducers();
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
