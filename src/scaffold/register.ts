// Every file of a new register, as text: the pure half of `kerjasama init` (the CLI checks and writes them).
// The example records are dated relative to the as-of day, so the new register validates clean that day.

import { addDuration, iso, parseDuration, type Duration } from '../model/dates.js';
import type { Lang } from '../model/types.js';
import { schemaModeline, toYaml } from './yaml.js';
import { PARTNER_FIELDS } from '../model/fields.js';
import { CURRENT_VERSION } from '../model/versions.js';
import { REMIND_WORKFLOW, remindWorkflowYaml, workflowYaml } from './workflow.js';
import { say } from '../model/words.js';
import { REGISTER_WORDS } from './register.words.js';

export type RegionType = 'province' | 'regency' | 'city';

export interface RegisterInput {
  /** The region that keeps the register, e.g. Kabupaten Tanjung Harapan. */
  regionName: string;
  /** Its partner id, written as owner: in kerjasama.yaml. */
  owner: string;
  ownerType: RegionType;
  language: Lang;
  timezone: string;
  /** The day the examples are dated from (a day number). */
  asOf: number;
  /** The kerjasama version that made the register (named in the workflow and the README). */
  version: string;
  /** What the register's package.json installs as kerjasama: an npm install spec (default: the version). */
  tool: string;
  /** Self-contained schemas to copy into schemas/ for editors. */
  schemas: Readonly<Record<'config' | 'partner' | 'agreement' | 'activity', Record<string, unknown>>>;
  /** One example of each record (default); false: none, a register ready for real records (init --no-examples). */
  examples?: boolean;
  /** The own region's partner fields beyond name, type and country, as the partner holds them (aliases, region, website …). */
  ownerDetails?: Readonly<Record<string, unknown>>;
}

export interface ScaffoldFile { path: string; text: string }

/** Where staff find the tool's own documentation. */
export const DOCS_URL = 'https://www.npmjs.com/package/kerjasama';

const dur = (t: string): Duration => parseDuration(t) as Duration;

/** The tool's command, as package.json's script runs it. */
const TOOL = 'kerjasama';

export function exampleIds(lang: Lang): { partner: string; agreement: string; activity: string } {
  return lang === 'id'
    ? { partner: 'contoh-kitahama', agreement: 'contoh-mou-kitahama', activity: 'contoh-rapat-kitahama' }
    : { partner: 'example-kitahama', agreement: 'example-mou-kitahama', activity: 'example-meeting-kitahama' };
}

export function registerName(regionName: string, lang: Lang): string {
  return say(REGISTER_WORDS, lang, 'name', { region: regionName });
}

/**
 * The region's name in a name given for the register's (`Register Kerja Sama Kabupaten Sleman`,
 * `Kabupaten Sleman cooperation register`, in either language, whatever the case, `Kerjasama` as one word
 * too): the words registerName adds taken off, and those words as given; undefined when the name has none
 * of them. The region is '' when nothing is left.
 */
export function regionInRegisterName(given: string): { region: string; words: string } | undefined {
  const marker = '\u0000';
  for (const lang of ['id', 'en'] as const) {
    const [before = '', after = ''] = registerName(marker, lang).split(marker);
    const words = (affix: string): string => affix.trim().split(/\s+/).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
    const text = given.trim();
    const m = before.trim()
      ? new RegExp(`^(${words(before)})(?:\\s+|$)`, 'i').exec(text)
      : new RegExp(`(?:^|\\s+)(${words(after)})$`, 'i').exec(text);
    if (m) return { region: (before.trim() ? text.slice(m[0].length) : text.slice(0, m.index)).trim(), words: m[1] as string };
  }
  return undefined;
}

const CONFIG = 'kerjasama.yaml';

/**
 * The register's package.json: kerjasama pinned as a dev dependency, so `npm ci` installs the same tool for
 * CI, the pre-commit hook and every member of staff (package-lock.json, made by the first npm install, pins
 * it exactly). Private: a register is not a package to publish.
 */
export function packageJson(input: Pick<RegisterInput, 'regionName' | 'language' | 'tool'>): string {
  const pkg = {
    name: 'kerjasama-register',
    private: true,
    description: registerName(input.regionName, input.language),
    scripts: { validate: `${TOOL} validate` },
    devDependencies: { kerjasama: input.tool },
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}

/**
 * The register's .pre-commit-config.yaml: a local hook that runs the kerjasama installed by `npm ci`
 * (node_modules/.bin), so a commit never waits for an install. It reads what is staged (--staged), and it
 * runs on every commit (always_run): a commit that only deletes a partner stages no file that `files:` could
 * match, yet breaks every agreement naming it. pre-commit hides what a passing hook prints; verbose shows it,
 * and --quiet keeps it to one line that says how many warnings there are (the errors, when there are any,
 * in full), so a commit that passes still says "8 warnings not shown".
 */
export function preCommitConfig(lang: Lang): string {
  return say(REGISTER_WORDS, lang, 'preCommit');
}

export function registerFiles(input: RegisterInput): ScaffoldFile[] {
  const { regionName, owner, ownerType, language: lang, timezone, asOf, version } = input;
  const ids = exampleIds(lang);
  const id = lang === 'id';
  const exampleNote = say(REGISTER_WORDS, lang, 'exampleNote');
  const signed = addDuration(asOf, dur('6m'), -1);
  const province = ownerType === 'province';
  const counterpartName = province ? 'Prefektur Kitahama' : 'Kota Kitahama';

  const config = toYaml(
    { schema_version: CURRENT_VERSION, name: registerName(regionName, lang), owner, language: lang, timezone },
    say(REGISTER_WORDS, lang, 'configComment', { modeline: schemaModeline('config', CONFIG), docs: DOCS_URL }),
  ) + say(REGISTER_WORDS, lang, 'thresholds');

  const path = { owner: `data/partners/${owner}.yaml`, partner: `data/partners/${ids.partner}.yaml`, agreement: `data/agreements/${ids.agreement}.yaml`, activity: `data/activities/${ids.activity}.yaml` };
  // The own region: what init was given of it, in the field model's order; its note names what is left to complete.
  const details = input.ownerDetails ?? {};
  const missing = ['aliases', 'region', 'website', 'contacts'].filter((k) => details[k] === undefined);
  const ownerNote = say(REGISTER_WORDS, lang, 'ownerNote', { missing: missing.join(', ') });
  const ownerValues: Record<string, unknown> = { ...details, name: regionName, type: ownerType, country: 'ID', notes: details['notes'] ?? ownerNote };
  const ownerRecord = toYaml(
    Object.fromEntries(Object.keys(PARTNER_FIELDS).filter((k) => ownerValues[k] !== undefined).map((k) => [k, ownerValues[k]])),
    schemaModeline('partner', path.owner),
  );
  const partner = toYaml(
    { name: counterpartName, name_local: province ? '北浜県' : '北浜市', type: 'foreign_subnational', country: 'JP', example: true, notes: exampleNote },
    `${schemaModeline('partner', path.partner)}\n${exampleNote}`,
  );
  const agreement = toYaml(
    {
      title: say(REGISTER_WORDS, lang, 'agreementTitle', { region: regionName, province: province ? 1 : 0 }),
      category: 'KSDPL',
      subform: province ? 'provinsi_kembar' : 'kabupaten_kota_kembar',
      document_type: 'mou',
      partners: [ids.partner],
      signatures: [
        { party: owner, date: iso(signed), number: id ? 'CONTOH/000/KS' : 'EXAMPLE/000/KS' },
        { party: ids.partner, date: iso(signed) },
      ],
      effective: iso(signed),
      end: { term: '5y' },
      status: 'active',
      sectors: ['pendidikan', 'pariwisata'],
      objects: ['pertukaran_budaya', 'promosi_potensi'],
      approvals: {
        dprd: { number: id ? 'CONTOH/DPRD/000' : 'EXAMPLE/DPRD/000', date: iso(addDuration(signed, dur('3m'), -1)) },
        central: { number: id ? 'CONTOH/OTDA/000' : 'EXAMPLE/OTDA/000', date: iso(addDuration(signed, dur('1m'), -1)), by: 'Kementerian Dalam Negeri' },
      },
      example: true,
      notes: exampleNote,
    },
    `${schemaModeline('agreement', path.agreement)}\n${exampleNote}`,
  );
  const activity = toYaml(
    {
      title: say(REGISTER_WORDS, lang, 'activityTitle'),
      type: 'meeting',
      agreements: [ids.agreement],
      start: iso(addDuration(asOf, dur('1m'), -1)),
      sectors: ['pendidikan'],
      example: true,
      notes: exampleNote,
    },
    `${schemaModeline('activity', path.activity)}\n${exampleNote}`,
  );

  const schemaFiles = (['config', 'partner', 'agreement', 'activity'] as const).map((n) => ({
    path: `schemas/${n}.schema.json`,
    text: JSON.stringify(input.schemas[n], null, 2) + '\n',
  }));
  const settings = {
    'yaml.schemas': {
      './schemas/config.schema.json': ['kerjasama.yaml'],
      './schemas/partner.schema.json': ['data/partners/**/*.yaml', 'data/partners/**/*.yml'],
      './schemas/agreement.schema.json': ['data/agreements/**/*.yaml', 'data/agreements/**/*.yml'],
      './schemas/activity.schema.json': ['data/activities/**/*.yaml', 'data/activities/**/*.yml'],
    },
  };

  const examples = input.examples !== false;
  return [
    { path: CONFIG, text: config },
    { path: path.owner, text: ownerRecord },
    ...(examples ? [{ path: path.partner, text: partner }, { path: path.agreement, text: agreement }, { path: path.activity, text: activity }] : []),
    ...schemaFiles,
    { path: '.vscode/settings.json', text: JSON.stringify(settings, null, 2) + '\n' },
    { path: '.vscode/extensions.json', text: JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2) + '\n' },
    { path: 'package.json', text: packageJson(input) },
    { path: '.pre-commit-config.yaml', text: preCommitConfig(lang) },
    { path: '.github/workflows/kerjasama.yml', text: workflowYaml(version, lang) },
    { path: `.github/workflows/${REMIND_WORKFLOW}`, text: remindWorkflowYaml(version, lang) },
    { path: '.gitignore', text: say(REGISTER_WORDS, lang, 'gitignore') },
    { path: 'README.md', text: readme(input, ids) },
  ];
}

function readme(input: RegisterInput, ids: ReturnType<typeof exampleIds>): string {
  const examples = [`data/partners/${ids.partner}.yaml`, `data/agreements/${ids.agreement}.yaml`, `data/activities/${ids.activity}.yaml`];
  return say(REGISTER_WORDS, input.language, 'readme', {
    name: registerName(input.regionName, input.language), region: input.regionName, tool: input.tool, owner: input.owner, docs: DOCS_URL,
    examples: input.examples === false ? '' : examples.map((e) => `- \`${e}\``).join('\n'),
  });
}
