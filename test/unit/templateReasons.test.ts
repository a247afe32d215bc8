// A form's broken placeholder, as the form filler finds it: the reason is a key and values, said in the
// reader's language (words in one way, issue 19); `details` keeps the English the log has always had.

import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/render/docxTemplate.js';
import { parseTemplateText } from '../../src/render/xlsxTemplate.js';

function caught(f: () => unknown): TemplateError {
  try {
    f();
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('no TemplateError');
}

describe('the form filler\'s reasons', () => {
  it('in English as before, and in Indonesian for an Indonesian reader', () => {
    const open = caught(() => parseTemplateText('{#items} x', 'Rekap!A3'));
    expect(open.kind).toBe('syntax');
    expect(open.details).toEqual(['Rekap!A3: {#items} is not closed in the cell']);
    expect(open.detailsIn('id')).toEqual(['Rekap!A3: {#items} tidak ditutup di dalam sel']);
    const stray = caught(() => parseTemplateText('x {/items}', 'Rekap!B2'));
    expect(stray.details).toEqual(['Rekap!B2: {/items} closes nothing']);
    expect(stray.detailsIn('id')).toEqual(['Rekap!B2: {/items} tidak menutup apa pun']);
    const other = caught(() => parseTemplateText('{#a}{/b}', 'S!C1'));
    expect(other.details).toEqual(['S!C1: {/b} closes {#a}']);
    expect(other.detailsIn('en')).toEqual(other.details);
  });

  it('a library\'s reasons are shown as it gives them, in either language', () => {
    const e = new TemplateError('not-a-template', ['End of data reached']);
    expect(e.detailsIn('id')).toEqual(['End of data reached']);
  });
});
