// A .docx template filled with a document's values (docxtemplater): {tag} placeholders, {#list}…{/list}
// loops (a table row whose cells open and close a loop repeats once per item), {#flag}…{/flag} and
// {^flag}…{/flag} conditions, {.} for the item itself and dotted names (labels.title) for values inside
// values. The built-in forms (periodicForms.ts) and a region's own are filled alike. A placeholder that
// names no value is an error naming it (never a silent blank); record text is always escaped as text.

import type { DocumentData } from '../view/periodic.js';
import { FORM_DATE } from './periodicForms.js';
import type { Lang } from '../model/types.js';
import { reasonIn, type TemplateReason } from './template.words.js';

export class TemplateError extends Error {
  /**
   * `details`: the unknown placeholders, or a library's reasons as it gives them; `reasons`: the form
   * filler's own, as keys and values (`details` then holds them in English, for the log).
   */
  constructor(readonly kind: 'unknown-tags' | 'syntax' | 'not-a-template', readonly details: string[], readonly reasons?: readonly TemplateReason[]) {
    super(`${kind}: ${details.join('; ')}`);
  }

  /** The form filler's own broken placeholders, said in a language. */
  static of(kind: 'syntax', reasons: readonly TemplateReason[]): TemplateError {
    return new TemplateError(kind, reasons.map((r) => reasonIn('en', r)), reasons);
  }

  /** The details in a language: the form filler's own reasons in it, a library's as it gives them. */
  detailsIn(lang: Lang): string[] {
    return this.reasons ? this.reasons.map((r) => reasonIn(lang, r)) : this.details;
  }
}

/** Dotted names resolved inside the current value, then outward through the enclosing loops. */
export function lookup(tag: string, scope: unknown): unknown {
  const name = tag.trim();
  if (name === '.' || name === 'this') return scope;
  let v: unknown = scope;
  for (const k of name.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** Fills a .docx template; throws TemplateError for unknown placeholders and broken tags. */
export async function fillDocx(template: Uint8Array, data: DocumentData): Promise<Uint8Array> {
  const { default: PizZip } = await import('pizzip');
  const { default: Docxtemplater } = await import('docxtemplater');
  let zip: InstanceType<typeof PizZip>;
  try {
    zip = new PizZip(template);
  } catch (err) {
    throw new TemplateError('not-a-template', [(err as Error).message]);
  }
  const unknown = new Set<string>();
  let doc: InstanceType<typeof Docxtemplater>;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      stripInvalidXMLChars: true,
      errorLogging: false,
      parser: (tag: string) => ({ get: (scope: unknown) => lookup(tag, scope) }),
      nullGetter: (part: { value?: string; module?: string }) => {
        unknown.add(part.value ?? '?');
        return '';
      },
    });
    doc.render(data);
  } catch (err) {
    throw syntaxError(err);
  }
  if (unknown.size) throw new TemplateError('unknown-tags', [...unknown].sort());
  const out = doc.getZip() as InstanceType<typeof PizZip>;
  // Every part dated alike (the parts docxtemplater rewrote would carry the time of the run): the same values give the same bytes.
  for (const f of Object.values(out.files)) f.date = new Date(FORM_DATE);
  return out.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** docxtemplater's errors (an unclosed loop, a tag split oddly) as lines that name the tag and the problem. */
function syntaxError(err: unknown): TemplateError {
  const e = err as { properties?: { errors?: Array<{ properties?: { explanation?: string; xtag?: string } ; message?: string }>; explanation?: string } ; message?: string };
  const list = e.properties?.errors?.map((x) => x.properties?.explanation ?? x.message ?? '?') ?? [e.properties?.explanation ?? e.message ?? String(err)];
  return new TemplateError(e.properties ? 'syntax' : 'not-a-template', list);
}
