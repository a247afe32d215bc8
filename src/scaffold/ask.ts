// Filling in a command's values: from flags, else by asking on a terminal, else from defaults; and when
// nothing can ask, one message naming every flag still needed. Used by init and new.

export type Prompt = (question: string) => Promise<string>;

export interface Field {
  /** The key the value is stored under. */
  key: string;
  /** The flag that gives it, as typed: --name. */
  flag: string;
  /** The question asked on a terminal. */
  label: string;
  required: boolean;
  /** Allowed answers (the schema's enum); an answer is matched case-insensitively. */
  choices?: readonly string[];
  /** The answer an answer names in words (aktif: active, Jepang: JP), when it is not one of the choices as written or is refused: suggested when the question is asked again. */
  near?: (text: string) => string | undefined;
  /** Checks and tidies an answer: returns the value, or { problem } to ask again (or stop, with a flag). */
  parse?: (text: string) => string | { problem: string };
  /** A suggested answer, from the values so far. */
  suggest?: (values: Readonly<Record<string, string>>) => string | undefined;
  /** Asked on a terminal even though it is optional (otherwise only required fields are asked). */
  ask?: boolean;
  /** A detail: asked on a terminal only when the user chose to add details (every one has its flag). */
  detail?: boolean;
}

/** The words fill uses itself, in the command's language (the CLI's message catalogue gives them). */
export interface AskTexts {
  notOneOf(flag: string, choices: readonly string[], value: string, near?: string): string;
  needed(label: string): string;
  noValidAnswer(flag: string, tries: number): string;
  /** Shown after an optional question. */
  optional: string;
}

export interface FillOptions {
  /** The words fill uses itself, in the command's language (the CLI's askTexts). */
  texts: AskTexts;
  /** Values given by flags (already strings). */
  given: Readonly<Record<string, string | undefined>>;
  prompt?: Prompt;
  /** Write a line of guidance (stderr). */
  note: (text: string) => void;
  /** Take suggestions without asking (init --yes). */
  acceptDefaults?: boolean;
  /** Ask every field on the terminal, optional ones too. */
  askAll?: boolean;
}

export class MissingValues extends Error {
  constructor(readonly flags: string[]) {
    super(`missing ${flags.join(', ')}`);
  }
}

export class BadValue extends Error {}

/** Checks one value against a field: choices first, then the field's own parse. */
export function checkValue(field: Field, text: string, texts: AskTexts): string | { problem: string } {
  let v = text.trim();
  if (field.choices) {
    const hit = field.choices.find((c) => c.toLowerCase() === v.toLowerCase());
    if (!hit) return { problem: texts.notOneOf(field.flag, field.choices, v, field.near?.(v)) };
    v = hit;
  }
  return field.parse ? field.parse(v) : v;
}

const MAX_TRIES = 5;

export async function fill(fields: readonly Field[], opts: FillOptions): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const f of fields) {
    const given = opts.given[f.key];
    if (given !== undefined) {
      const v = checkValue(f, given, opts.texts);
      if (typeof v !== 'string') throw new BadValue(v.problem);
      values[f.key] = v;
      continue;
    }
    const suggestion = f.suggest?.(values);
    if (opts.acceptDefaults && suggestion !== undefined) {
      values[f.key] = suggestion;
      continue;
    }
    if (opts.prompt && (f.required || f.ask || opts.askAll)) {
      const answer = await askOne(f, suggestion, opts.prompt, opts.note, opts.texts);
      if (answer !== undefined) values[f.key] = answer;
      continue;
    }
    if (suggestion !== undefined) {
      values[f.key] = suggestion;
      continue;
    }
    if (f.required) missing.push(f.flag);
  }
  if (missing.length) throw new MissingValues(missing);
  return values;
}

async function askOne(f: Field, suggested: string | undefined, prompt: Prompt, note: (t: string) => void, texts: AskTexts): Promise<string | undefined> {
  const choices = f.choices ? ` (${f.choices.join(', ')})` : '';
  let suggestion = suggested;
  for (let i = 0; i < MAX_TRIES; i++) {
    const shown = suggestion !== undefined ? ` [${suggestion}]` : f.required ? '' : ` ${texts.optional}`;
    const answer = (await prompt(`${f.label}${choices}${shown}: `)).trim();
    if (answer === '') {
      if (suggestion !== undefined) return suggestion;
      if (!f.required) return undefined;
      note(`  ${texts.needed(f.label)}`);
      continue;
    }
    const v = checkValue(f, answer, texts);
    if (typeof v === 'string') return v;
    note(`  ${v.problem}`);
    // A code answered in words (kunjungan, Kesepakatan Bersama, Jepang): asked again with that code, Enter takes it.
    const near = f.near?.(answer);
    if (near !== undefined && typeof checkValue(f, near, texts) === 'string') suggestion = near;
  }
  throw new BadValue(texts.noValidAnswer(f.flag, MAX_TRIES));
}
