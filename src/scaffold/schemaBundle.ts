// A schema made self-contained: the shared definitions of defs.schema.json copied into its own $defs and
// every "defs.schema.json#/$defs/x" reference rewritten to "#/$defs/x". Editors and other tools can then
// use one file, with no second file to fetch and no relative reference to resolve.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DEFS_REF = 'defs.schema.json#';

/**
 * The message editors show when a value fails a pattern. yaml-language-server (VS Code's YAML extension,
 * Neovim, Helix, Emacs, Zed) reads `patternErrorMessage`; without it, it shows the bare regular expression.
 * It is made from the schema's own x-expected / x-expected-id words, the ones validate uses, in the
 * register's language, on every node that has them: a node without a pattern (today's date) gets it too,
 * and it is read once a pattern is there.
 */
function withEditorMessages(v: Json, lang: 'en' | 'id'): Json {
  if (Array.isArray(v)) return v.map((x) => withEditorMessages(x, lang));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, Json> = {};
  for (const [k, x] of Object.entries(v)) out[k] = k === 'enum' || k === 'const' || k === 'examples' || k === 'default' ? x : withEditorMessages(x, lang);
  const en = v['x-expected'];
  const id = v['x-expected-id'];
  const words = lang === 'id' && typeof id === 'string' ? id : typeof en === 'string' ? en : undefined;
  if (words !== undefined && !('patternErrorMessage' in v)) out['patternErrorMessage'] = lang === 'id' ? `Seharusnya ${words}.` : `Expected ${words}.`;
  return out;
}

export function bundleSchema(schema: Record<string, unknown>, defs: Record<string, unknown>, lang: 'en' | 'id' = 'en'): Record<string, unknown> {
  return withEditorMessages(bundled(schema, defs) as Json, lang) as Record<string, unknown>;
}

function bundled(schema: Record<string, unknown>, defs: Record<string, unknown>): Record<string, unknown> {
  const shared = (defs['$defs'] ?? {}) as Record<string, Json>;
  const own = (schema['$defs'] ?? {}) as Record<string, Json>;
  for (const k of Object.keys(own)) if (k in shared) throw new Error(`schema defines $defs/${k}, which defs.schema.json also defines`);
  const rewrite = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, x] of Object.entries(v)) out[k] = k === '$ref' && typeof x === 'string' && x.startsWith(DEFS_REF) ? '#' + x.slice(DEFS_REF.length) : rewrite(x);
      return out;
    }
    return v;
  };
  const body = rewrite(schema as Json) as Record<string, Json>;
  // Only the definitions this schema reaches, so each bundle stays small and reads like its source.
  const used = new Set<string>();
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref' && typeof x === 'string') {
          const m = /^#\/\$defs\/([^/]+)$/.exec(x);
          if (m?.[1] && !used.has(m[1]) && m[1] in shared) {
            used.add(m[1]);
            visit(shared[m[1]] as Json);
          }
        } else visit(x);
      }
    }
  };
  visit(body);
  const picked = Object.fromEntries(Object.keys(shared).filter((k) => used.has(k)).map((k) => [k, shared[k] as Json]));
  return { ...body, $defs: { ...own, ...picked } };
}
