// Records written as YAML the way people write them by hand: fields in schema order, short lists of
// ids inline ([a, b]), end: {term: 5y} inline, no line folding, and an optional comment at the top.

import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

export function toYaml(value: Record<string, unknown>, comment?: string): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((i) => isScalar(i) && typeof i.value === 'string' && /^[a-z0-9_.-]+$/.test(i.value))) node.flow = true;
    },
    Pair(_key, pair) {
      // end: {term: 5y}, as the docs write it
      if (isScalar(pair.key) && pair.key.value === 'end' && isMap(pair.value)) pair.value.flow = true;
    },
  });
  if (comment) doc.commentBefore = comment.split('\n').map((l) => (l ? ` ${l}` : '')).join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * The first comment line of a record or kerjasama.yaml that `init` and `new` write: yaml-language-server
 * (VS Code, Neovim, Helix, Emacs, Zed…) then checks the file against the register's schemas/ copy even
 * without editor settings. `file` is the path from the register root; the schema path is relative to it.
 */
export function schemaModeline(schema: string, file: string): string {
  const up = file.split('/').slice(1).map(() => '..');
  return `yaml-language-server: $schema=${[...up, 'schemas', `${schema}.schema.json`].join('/')}`;
}
