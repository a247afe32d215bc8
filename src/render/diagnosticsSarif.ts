// SARIF 2.1.0 for code scanning (GitHub) and other SARIF viewers: one rule per diagnostic code in the
// catalogue (so rule indexes are stable between runs), each result pointing at its file and region.
// Paths are relative to the repository root (%SRCROOT%), which is what code scanning matches against;
// %SRCROOT% itself is left for the consumer to resolve, so no absolute path of this machine is in the log.

import { ALL_CODES, CODES, type CodeInfo } from '../model/codes.js';
import { messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { words } from './words.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const BASE = '%SRCROOT%';

export interface SarifOptions {
  lang: Lang;
  /** The register root's folder in the repository, "" or ending in "/". */
  prefix: string;
  version: string;
  exitCode: number;
}

/**
 * A catalogue text with its parameters shown as {name}; optional parts (a suggestion, a fix) left out,
 * so that a rule's description reads as the general case.
 */
function template(text: (p: Record<string, string | number>) => string): string {
  const params = new Proxy({} as Record<string, string | number>, {
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      const name = key.replace(/_(en|id)$/, '');
      return name === 'suggestion' || name === 'fix' ? '' : `{${name}}`;
    },
  });
  return text(params);
}

const pascal = (code: string): string => code.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

function rule(code: string, info: CodeInfo, lang: Lang): Record<string, unknown> {
  const hint = template(info.hint[lang]);
  const see = lang === 'id' ? `Lihat docs/errors.md#${code}.` : `See docs/errors.md#${code}.`;
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

export function diagnosticsAsSarif(diags: readonly Diagnostic[], o: SarifOptions): string {
  const codes = ALL_CODES as readonly string[];
  const rules = codes.map((c) => rule(c, (CODES as Record<string, CodeInfo>)[c] as CodeInfo, o.lang));
  const hintWord = words(o.lang).hint;
  const results = diags.map((d) => {
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
        invocations: [{ executionSuccessful: true, exitCode: o.exitCode }],
        // No uri: the machine's absolute path is no business of the report (and can leak a home folder or
        // a runner's layout); a SARIF consumer resolves %SRCROOT% to its own checkout.
        originalUriBaseIds: { [BASE]: { description: { text: 'The root of the repository checkout.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
