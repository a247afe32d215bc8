// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one test suite
// "kerjasama", one test case per checked file. A file with errors fails with ONE <failure> listing all
// of its errors (Jenkins and GitLab read a single failure per test case); warnings go to <system-out>
// and do not fail the file. Files without problems are passing test cases, so the report shows coverage.

import { pushAll } from '../model/lists.js';
import { messageOf } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/types.js';
import { words } from './words.js';
import { cw } from './diagnostics.words.js';

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), shown as \uXXXX. */
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const visible = (s: string): string => s.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

export function xmlText(s: string): string {
  // A CR as a reference, or XML parsers turn CRLF into LF.
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tab and line breaks as references, or parsers turn them into spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** A start tag with its attributes in order, values escaped: `<name a="…" b="…">` (`end` "/>" for an empty element). */
function tag(name: string, attrs: Readonly<Record<string, string | number>>, end = '>'): string {
  return `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('')}${end}`;
}

export interface JunitOptions {
  lang: Lang;
  /** The register root's folder in the repository, "" or ending in "/". */
  prefix: string;
  /** Every file in scope (register paths), passing or not. */
  files: readonly string[];
}

/** Groups test cases by kind of record, which Jenkins shows as classes. */
function classOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return file === 'kerjasama.yaml' ? 'kerjasama.config' : 'kerjasama.other';
  return parts[0] === 'data' && parts.length > 2 && ['partners', 'agreements', 'activities'].includes(parts[1] ?? '') ? `kerjasama.${parts[1]}` : 'kerjasama.other';
}

export function diagnosticsAsJunit(diags: readonly Diagnostic[], o: JunitOptions): string {
  const w = words(o.lang);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diags) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const files = [...new Set([...o.files, ...byFile.keys()])].sort();

  const line = (d: Diagnostic): string => {
    const { message, hint } = messageOf(d, o.lang);
    const pos = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
    const sev = d.severity === 'error' ? w.error : w.warning;
    return `${o.prefix}${d.file}${pos}: ${sev}[${d.code}]: ${message}${hint ? `\n    ${w.hint}: ${hint}` : ''}`;
  };

  let failures = 0;
  const cases: string[] = [];
  for (const file of files) {
    const own = byFile.get(file) ?? [];
    const errors = own.filter((d) => d.severity === 'error');
    const warnings = own.filter((d) => d.severity === 'warning');
    const open = (end: string): string => `    ${tag('testcase', { name: o.prefix + file, classname: classOf(file), file: o.prefix + file }, end)}`;
    if (own.length === 0) {
      cases.push(open('/>'));
      continue;
    }
    const body: string[] = [];
    if (errors.length) {
      failures++;
      const first = errors[0] as Diagnostic;
      const more = errors.length > 1 ? ` (+${errors.length - 1})` : '';
      const message = `[${first.code}] ${messageOf(first, o.lang).message}${more}`;
      body.push(`      ${tag('failure', { message, type: first.code })}${xmlText(errors.map(line).join('\n'))}</failure>`);
    }
    if (warnings.length) body.push(`      <system-out>${xmlText(warnings.map(line).join('\n'))}</system-out>`);
    cases.push(open('>'));
    pushAll(cases, body);
    cases.push('    </testcase>');
  }
  const counts = { tests: files.length, failures, errors: 0 };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    tag('testsuites', { name: cw(o.lang, 'command'), ...counts }),
    `  ${tag('testsuite', { name: 'kerjasama', ...counts, skipped: 0 })}`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
