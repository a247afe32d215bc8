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

/** docxtemplater's errors (an unclosed loop, a tag split oddly) as reasons that name the tag and the problem, in the reader's language where its error's id is known. */
function syntaxError(err: unknown): TemplateError {
  type One = { properties?: { id?: string; explanation?: string; xtag?: string; openingtag?: string; closingtag?: string }; message?: string };
  const e = err as One & { properties?: { errors?: One[] } };
  if (!e.properties) return new TemplateError('not-a-template', [e.message ?? String(err)]);
  const list = e.properties.errors ?? [e];
  return TemplateError.of('syntax', list.map(docxReason));
}

/** One docxtemplater error as a reason: by its id, else the library's own explanation. */
function docxReason(x: { properties?: { id?: string; explanation?: string; xtag?: string; openingtag?: string; closingtag?: string }; message?: string }): TemplateReason {
  const p = x.properties ?? {};
  const name = (p.xtag ?? '').replace(/^[{#/^]+|}+$/g, '');
  const key = ({
    unclosed_tag: 'tagNotClosed', unopened_tag: 'tagNotOpened', duplicate_open_tag: 'twoOpenings', duplicate_close_tag: 'twoClosings',
    unclosed_loop: 'loopNotClosed', unopened_loop: 'loopNotOpened', loop_position_invalid: 'loopMisplaced',
  } as const)[p.id as string];
  if (key && name) return { key, values: { name } };
  if (p.id === 'closing_tag_does_not_match_opening_tag' && p.openingtag && p.closingtag) return { key: 'loopClosesOther', values: { name: p.closingtag, open: p.openingtag } };
  return { key: 'library', values: { text: p.explanation ?? x.message ?? '?' } };
}
