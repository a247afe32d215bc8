// The flags of `kerjasama new`, from the field model: every field (or part of a field, like approvals'
// dprd) that has `new` in its descriptor is one flag, named after its key unless the descriptor names
// it; `--signed` is the one shorthand (one date for every party's signature). main.ts declares them with
// commander, new.ts reads and asks them. Data only: loaded by main.ts for every command.

import { FIELDS, flagOfKey, type FieldSpec } from '../model/fields.js';
import { fieldWords, type Words } from '../model/fields.words.js';
import { KINDS, type Kind, type Lang } from '../model/types.js';
import { t } from './messages.js';

export interface NewFlag {
  /** The option's key as commander gives it (camelCase): originalTitle, fullPowers. */
  readonly key: string;
  /** As typed: --original-title. */
  readonly flag: string;
  /** The field it fills: `title`, `approvals.dprd`; `signed` for the shorthand. */
  readonly path: string;
  readonly spec: FieldSpec | undefined;
  readonly kind: Kind;
  /** Words of the field (label, help, question). */
  readonly words: { readonly help: Words; readonly ask: Words } | undefined;
}

const camel = (flag: string): string => flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The words of the --signed shorthand, from the CLI's catalogue. */
const SIGNED_WORDS = {
  help: { en: t('en', 'new.signed.help'), id: t('id', 'new.signed.help') },
  ask: { en: t('en', 'ask.signed'), id: t('id', 'ask.signed') },
} as const;

function flagsOf(kind: Kind): NewFlag[] {
  const out: NewFlag[] = [];
  const visit = (fields: Readonly<Record<string, FieldSpec>>, prefix: string): void => {
    for (const [k, f] of Object.entries(fields)) {
      const path = prefix + k;
      // The shorthand stands where signatures are, so a terminal asks it in that place.
      if (kind === 'agreement' && path === 'signatures') out.push({ key: 'signed', flag: '--signed', path: 'signed', spec: undefined, kind, words: SIGNED_WORDS });
      if (f.new && f.new.kv === undefined) {
        const flag = f.new.flag ?? flagOfKey(k);
        const w = fieldWords(`${kind}.${path}`);
        out.push({ key: camel(flag), flag, path, spec: f, kind, words: w?.help && w.ask ? { help: w.help, ask: w.ask } : undefined });
      } else if (f.shape.t === 'object') {
        // A mapping of parts each with its own flag (approvals: --dprd, --central, --full-powers).
        visit(f.shape.fields, path + '.');
      }
    }
  };
  visit(FIELDS[kind], '');
  return out;
}

export const NEW_FLAGS: Readonly<Record<Kind, readonly NewFlag[]>> = Object.fromEntries(KINDS.map((k) => [k, flagsOf(k)])) as unknown as Record<Kind, readonly NewFlag[]>;

/** Every flag once, in the order they first appear (partner, agreement, activity), with the kinds that take it. */
export function allNewFlags(): Array<{ flag: string; key: string; repeat: boolean; value: string; kinds: Kind[]; help: (lang: Lang) => string }> {
  const by = new Map<string, NewFlag[]>();
  for (const k of KINDS) for (const f of NEW_FLAGS[k]) by.set(f.flag, [...(by.get(f.flag) ?? []), f]);
  return [...by.entries()].map(([flag, fs]) => {
    const first = fs[0] as NewFlag;
    const kinds = fs.map((f) => f.kind);
    return {
      flag,
      key: first.key,
      repeat: Boolean(first.spec?.new?.repeat),
      value: placeholder(first),
      kinds,
      help: (lang: Lang): string => {
        if (first.path === 'signed') return SIGNED_WORDS.help[lang];
        const texts = fs.map((f) => f.words?.help[lang] ?? '');
        const names = kinds.map((k) => KIND_WORD[k][lang]);
        // One help for every kind when they say the same; else each kind its own.
        const or = lang === 'id' ? ' atau ' : ' or ';
        const joined = names.length > 2 ? `${names.slice(0, -1).join(', ')}${or}${names.at(-1) as string}` : names.join(or);
        if (texts.every((t) => t === texts[0])) return `${joined}: ${texts[0]}`;
        return fs.map((f, i) => `${names[i]}: ${texts[i]}`).join('; ');
      },
    };
  });
}

/** The flags of one kind, each with that kind's own help (renew, succeed and record-activity take them). */
export function kindFlags(kind: Kind): Array<{ flag: string; key: string; repeat: boolean; value: string; help: (lang: Lang) => string }> {
  return NEW_FLAGS[kind].map((f) => ({
    flag: f.flag, key: f.key, repeat: Boolean(f.spec?.new?.repeat), value: placeholder(f),
    help: (lang: Lang): string => (f.path === 'signed' ? SIGNED_WORDS.help[lang] : f.words?.help[lang] ?? ''),
  }));
}

/** The fields init asks of the register's own region beside its name and kind (its country is ID): the partner's flags, as --owner-…. */
export const OWNER_FLAGS: readonly NewFlag[] = NEW_FLAGS.partner
  .filter((f) => !['name', 'type', 'country'].includes(f.path))
  .map((f) => ({ ...f, flag: `--owner-${f.flag.slice(2)}`, key: camel(`--owner-${f.flag.slice(2)}`) }));

/** An --owner-… flag's help: the partner field's, said of our own region. */
export function ownerFlagHelp(f: NewFlag, lang: Lang): string {
  return t(lang, 'ownerFlagHelp', { help: f.words?.help[lang] ?? '' });
}

const KIND_WORD: Record<Kind, Words> = { partner: { en: 'partner', id: 'mitra' }, agreement: { en: 'agreement', id: 'perjanjian' }, activity: { en: 'activity', id: 'kegiatan' } };

/** The `<value>` a flag's help shows. */
export function placeholder(f: NewFlag): string {
  if (!f.spec) return 'date';
  switch (f.spec.shape.t) {
    case 'date': return 'date';
    case 'end': return 'end';
    case 'period': return 'period';
    case 'country': return 'code';
    case 'url': return 'url';
    case 'enum': return 'code';
    case 'ref': return 'id';
    case 'refs': return 'ids';
    case 'sectors': case 'enums': return 'list';
    case 'texts': case 'countries': return f.spec.new?.repeat ? 'text' : 'list';
    case 'links': return 'link';
    case 'object': case 'objects': return 'pairs';
    default: return 'text';
  }
}
