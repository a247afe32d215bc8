// A field's change as a reviewer reads it ("end date extended from … to …", "status changed draft →
// signed"), in English and Indonesian: one phrasing for `kerjasama diff` and the history (log, the site).

import type { Lang } from '../model/types.js';
import type { FieldChange } from '../report/diff.js';
import { DECLARED_STATUS_LABEL, labelOf } from './labels.js';

const MAX_VALUE = 80;

/** A value on one line, cut at MAX_VALUE characters. */
export function show(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return lang === 'id' ? '(kosong)' : '(none)';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_VALUE ? one.slice(0, MAX_VALUE - 1) + '…' : one;
}

function endValue(v: string | null, lang: Lang): string {
  if (v === null) return lang === 'id' ? 'tidak dicatat' : 'not recorded';
  if (v === 'none') return lang === 'id' ? 'tanpa batas waktu' : 'no end date';
  return v;
}

export function fieldPhrase(f: FieldChange, lang: Lang): string {
  const id = lang === 'id';
  switch (f.type) {
    case 'end': {
      const b = endValue(f.before, lang);
      const a = endValue(f.after, lang);
      if (f.direction === 'later') return id ? `tanggal berakhir diperpanjang dari ${b} menjadi ${a}` : `end date extended from ${b} to ${a}`;
      if (f.direction === 'earlier') return id ? `tanggal berakhir dimajukan dari ${b} menjadi ${a}` : `end date moved earlier, from ${b} to ${a}`;
      return id ? `tanggal berakhir berubah dari ${b} menjadi ${a}` : `end changed from ${b} to ${a}`;
    }
    case 'status':
      return id
        ? `status berubah ${labelOf(DECLARED_STATUS_LABEL, f.before, lang) ?? f.before} → ${labelOf(DECLARED_STATUS_LABEL, f.after, lang) ?? f.after}`
        : `status changed ${f.before} → ${f.after}`;
    case 'name':
      return id ? `nama berubah dari “${f.before}” menjadi “${f.after}”` : `renamed from “${f.before}” to “${f.after}”`;
    case 'list': {
      const parts: string[] = [];
      if (f.added.length) parts.push(`${id ? 'ditambah' : 'added'} ${f.added.join(', ')}`);
      if (f.removed.length) parts.push(`${id ? 'dihapus' : 'removed'} ${f.removed.join(', ')}`);
      return `${f.field}: ${parts.join('; ')}`;
    }
    case 'value':
      if (f.before === null) return id ? `${f.field} diisi ${show(f.after, lang)}` : `${f.field} set to ${show(f.after, lang)}`;
      if (f.after === null) return id ? `${f.field} dihapus (sebelumnya ${show(f.before, lang)})` : `${f.field} removed (was ${show(f.before, lang)})`;
      return id ? `${f.field} berubah dari ${show(f.before, lang)} menjadi ${show(f.after, lang)}` : `${f.field} changed from ${show(f.before, lang)} to ${show(f.after, lang)}`;
  }
}

