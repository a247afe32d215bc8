// SARIF 2.1.0 for code scanning (GitHub) and other SARIF viewers: one rule per diagnostic code in the
// catalogue (so rule indexes are stable between runs), each result pointing at its file and region.
// Paths are relative to the repository root (%SRCROOT%), which is what code scanning matches against;
// %SRCROOT% itself is left for the consumer to resolve, so no absolute path of this machine is in the log.

import { ALL_CODES, CODES, codeTemplate, type CodeInfo } from '../model/codes.js';
import { messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { words } from './words.js';
import { cw } from './diagnostics.words.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const BASE = '%SRCROOT%';

export interface SarifOptions {
  lang: Lang;
  /** The register root's folder in the repository, "" or ending in "/". */
  prefix: string;
  version: string;
  exitCode: number;
  /** At most this many results (default SARIF_MAX_RESULTS, GitHub's limit). */
  maxResults?: number;
}

/** A catalogue text with its parameters shown as {name}: a rule's description reads as the general case. */
const template = (text: CodeInfo['message']['en']): string => codeTemplate(text, (name) => `{${name}}`);

const pascal = (code: string): string => code.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

function rule(code: string, info: CodeInfo, lang: Lang): Record<string, unknown> {
  const hint = template(info.hint[lang]);
  const see = cw(lang, 'see', { code });
  return {
    id: code,
    name: pascal(code),
    shortDescription: { text: info.title[lang] },
    fullDescription: { text: template(info.message[lang]) },
    help: { text: hint ? `${hint} ${see}` : see },
    defaultConfiguration: { level: info.severity },
    properties: { tags: [info.group] },
  };
}

/** A repository path as a URI reference: each segment percent-encoded. */
const uriOf = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** GitHub code scanning rejects an upload with more results than this (per run). */
export const SARIF_MAX_RESULTS = 25_000;
/** …and shows at most this many results of a run. */
export const SARIF_SHOWN_RESULTS = 5_000;

/**
 * The results to write: all of them when GitHub shows them all; else errors first (each in file and line
 * order), cut at SARIF_MAX_RESULTS, with notifications saying what was left out and what GitHub shows.
 */
function capped(diags: readonly Diagnostic[], lang: SarifOptions['lang'], max: number): { kept: readonly Diagnostic[]; notes: string[] } {
  if (diags.length <= SARIF_SHOWN_RESULTS) return { kept: diags, notes: [] };
  const ordered = [...diags.filter((d) => d.severity === 'error'), ...diags.filter((d) => d.severity !== 'error')];
  const kept = ordered.slice(0, max);
  const count = (ds: readonly Diagnostic[]): { e: number; w: number } => ({ e: ds.filter((d) => d.severity === 'error').length, w: ds.filter((d) => d.severity !== 'error').length });
  const all = count(diags);
  const left = count(ordered.slice(max));
  const notes: string[] = [];
  if (kept.length < diags.length) notes.push(cw(lang, 'sarifLeftOut', { out: diags.length - kept.length, all: diags.length, errors: left.e, warnings: left.w, max }));
  notes.push(cw(lang, 'sarifShown', { errors: all.e, warnings: all.w, shown: SARIF_SHOWN_RESULTS }));
  return { kept, notes };
}

export function diagnosticsAsSarif(diags: readonly Diagnostic[], o: SarifOptions): string {
  const codes = ALL_CODES as readonly string[];
  const rules = codes.map((c) => rule(c, (CODES as Record<string, CodeInfo>)[c] as CodeInfo, o.lang));
  const hintWord = words(o.lang).hint;
  const { kept, notes } = capped(diags, o.lang, o.maxResults ?? SARIF_MAX_RESULTS);
  const results = kept.map((d) => {
    const { message, hint } = messageOf(d, o.lang);
    const index = codes.indexOf(d.code);
    const region: Record<string, number> = {};
    if (d.line !== undefined) {
      region['startLine'] = d.line;
      if (d.column !== undefined) region['startColumn'] = d.column;
      if (d.endLine !== undefined) region['endLine'] = d.endLine;
      if (d.endColumn !== undefined && d.column !== undefined) region['endColumn'] = d.endColumn;
    }
    return {
      ruleId: d.code,
      ...(index >= 0 ? { ruleIndex: index } : {}),
      level: d.severity,
      message: { text: hint ? `${message}\n${hintWord}: ${hint}` : message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(o.prefix + d.file), uriBaseId: BASE },
            ...(d.line !== undefined ? { region } : {}),
          },
        },
      ],
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kerjasama', version: o.version, semanticVersion: o.version, rules } },
        invocations: [{
          executionSuccessful: true,
          exitCode: o.exitCode,
          ...(notes.length ? { toolExecutionNotifications: notes.map((text) => ({ level: 'warning', message: { text } })) } : {}),
        }],
        // No uri: the machine's absolute path is no business of the report (and can leak a home folder or
        // a runner's layout); a SARIF consumer resolves %SRCROOT% to its own checkout.
        originalUriBaseIds: { [BASE]: { description: { text: cw(o.lang, 'sarifRoot') } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
