// kerjasama init [dir]: a new register with example records, schemas for editors, a CI workflow and a README.
// Nothing is written unless every file is new and the whole register validates clean on the day; the files
// are staged in a temporary folder and moved into place, so Ctrl-C or a full disk leaves nothing.

import { codeByWords } from '../load/similar.js';
import { linkSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { runChecks } from '../check/index.js';
import { CONFIG_FILE } from '../load/config.js';
import { loadFrom, type FoundFile, type RegisterSource } from '../load/load.js';
import { readSchema, SCHEMA_NAMES } from '../load/schemas.js';
import { isValidTimeZone } from '../model/dates.js';
import { zoneByWords } from '../model/written.js';
import { finalise } from '../model/diagnostics.js';
import type { Kind, Lang } from '../model/types.js';
import { diagnosticsAsStylish } from '../render/diagnosticsStylish.js';
import { BadValue, fill, MissingValues, type Field } from '../scaffold/ask.js';
import { ID_PATTERN } from '../model/ids.js';
import { regionId, regionTypeOf } from '../scaffold/ids.js';
import { exampleIds, regionInRegisterName, registerFiles, type RegionType, type ScaffoldFile } from '../scaffold/register.js';
import { bundleSchema } from '../scaffold/schemaBundle.js';
import { chooseAsOf, chooseLang, chooseStyle, fsError, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';
import { askTexts, say, t } from './messages.js';
import { OWNER_FLAGS } from './newFlags.js';
import { checkOf, ITEM, valueOf } from './values.js';
import { VERSION } from './version.js';
import { gitSpecProblem, isGitSpec, originSpec, toolOrigin } from './toolOrigin.js';
import { fileURLToPath } from 'node:url';

export interface InitOptions extends GlobalOptions {
  name?: string;
  owner?: string;
  ownerType?: string;
  language?: string;
  timezone?: string;
  yes?: boolean;
  /** --tool: the npm install spec package.json gives for kerjasama (default: this version). */
  tool?: string;
  /** false with --no-examples: no example records. */
  examples?: boolean;
  /** --owner-region, --owner-aliases …: the own region's partner fields (OWNER_FLAGS), by commander key. */
  [ownerFlag: string]: unknown;
}

/** The own region's details: from the --owner-… flags, or asked on a terminal when the user wants to add them now. */
async function ownerDetails(io: IO, opts: InitOptions, lang: Lang, ask: boolean): Promise<Record<string, unknown>> {
  const given: Record<string, string | undefined> = Object.fromEntries(OWNER_FLAGS.map((f) => {
    const v = opts[f.key] as string | string[] | undefined;
    return [f.key, Array.isArray(v) ? (v.length ? v.join(ITEM) : undefined) : v];
  }));
  const fields: Field[] = OWNER_FLAGS.map((f) => ({ key: f.key, flag: f.flag, label: f.words?.ask[lang] ?? f.flag, required: false, ...checkOf(f.spec, f.flag, lang) }));
  const details = ask && io.prompt !== undefined && /^(y|yes|ya)$/i.test((await io.prompt(t(lang, 'initDetails'))).trim());
  const values = await fill(fields, { given, texts: askTexts(lang), note: (x) => io.stderr(x + '\n'), ...(details && io.prompt ? { prompt: io.prompt, askAll: true } : {}) });
  return Object.fromEntries(OWNER_FLAGS.flatMap((f) => (values[f.key] !== undefined && f.spec ? [[f.path, valueOf(f.spec, values[f.key] as string)]] : [])));
}


/**
 * --name: the region's name. A name given for the register's (Register Kerja Sama Kabupaten Sleman, Kabupaten
 * Sleman cooperation register) is taken as the region's, the tool's words taken off, with a note saying so,
 * as `npm init` and `gh repo create` take a name they can tidy unambiguously and show what they used;
 * refused when nothing is left of it.
 */
function regionName(lang: Lang, note: (text: string) => void): (x: string) => string | { problem: string } {
  return (x) => {
    if (!x) return { problem: t(lang, 'problem.nameEmpty') };
    const inName = regionInRegisterName(x);
    if (inName === undefined) return x;
    if (inName.region === '') return { problem: t(lang, 'problem.nameIsRegister', { words: inName.words }) };
    note(t(lang, 'initNameIsRegion', { words: inName.words, region: inName.region }));
    return inName.region;
  };
}

function fields(lang: Lang, note: (text: string) => void): Field[] {
  return [
    { key: 'name', flag: '--name', label: t(lang, 'ask.init.name'), required: true, suggest: () => undefined, parse: regionName(lang, note) },
    {
      key: 'owner', flag: '--owner', label: t(lang, 'ask.init.owner'), required: true,
      suggest: (v) => (v['name'] ? regionId(v['name']) || undefined : undefined),
      parse: (x) => (ID_PATTERN.test(x) ? x : { problem: t(lang, 'problem.ownerId', { value: x }) }),
    },
    { key: 'ownerType', flag: '--owner-type', label: t(lang, 'ask.init.ownerType'), required: true, choices: ['province', 'regency', 'city'], near: (x) => codeByWords('partner.type', x, ['province', 'regency', 'city']), suggest: (v) => regionTypeOf(v['name'] ?? '') ?? 'province' },
    { key: 'language', flag: '--language', label: t(lang, 'ask.init.language'), required: true, choices: ['id', 'en'], suggest: () => 'id' },
    {
      key: 'timezone', flag: '--timezone', label: t(lang, 'ask.init.timezone'), required: true, suggest: () => 'Asia/Jakarta',
      // WIB, WITA, WIT: the IANA zone each is.
      parse: (x) => (isValidTimeZone(x) ? x : { problem: t(lang, 'problem.timezone', { value: x }) + (zoneByWords(x) ? `; ${t(lang, 'didYouMean', { near: zoneByWords(x) as string })}` : '') }),
      near: zoneByWords,
    },
  ];
}

export async function initCommand(io: IO, dir: string | undefined, opts: InitOptions): Promise<number> {
  const target = resolve(io.cwd, dir ?? opts.register ?? '.');
  const shownTarget = relative(io.cwd, target) || '.';
  if (exists(target) && !lstatSync(target).isDirectory()) throw new UsageError(say('initNotFolder', { target: shownTarget }));
  // Questions in the language asked for (--lang, --language), else the environment's.
  const askLang = chooseLang(io, opts, opts.language === 'en' || opts.language === 'id' ? opts.language : undefined);

  const defaultsLang: Lang = opts.language === 'en' ? 'en' : 'id';
  const given = { name: opts.name ?? (opts.yes ? (defaultsLang === 'id' ? 'Provinsi Contoh' : 'Example Province') : undefined), owner: opts.owner, ownerType: opts.ownerType, language: opts.language, timezone: opts.timezone };
  let values: Record<string, string>;
  let details: Record<string, unknown>;
  try {
    values = await fill(fields(askLang, (x) => io.stderr(x + '\n')), { given, texts: askTexts(askLang), note: (x) => io.stderr(x + '\n'), acceptDefaults: opts.yes === true, ...(opts.yes || !io.prompt ? {} : { prompt: io.prompt }) });
    details = await ownerDetails(io, opts, askLang, !opts.yes);
  } catch (err) {
    // --owner follows from --name: only --name is asked for when both are missing.
    if (err instanceof MissingValues) throw new UsageError(say('initNeeds', { flags: err.flags.filter((f) => f !== '--owner' || !err.flags.includes('--name')).join(', ') }));
    if (err instanceof BadValue) throw new UsageError(`kerjasama: ${err.message}`);
    throw err;
  }
  const lang = values['language'] as Lang;
  const owner = values['owner'] as string;
  const ex = exampleIds(lang);
  if (owner === ex.partner) throw new UsageError(say('initOwnerIsExample', { owner }));
  const timezone = values['timezone'] as string;
  const asOf = chooseAsOf(io, opts, timezone);

  const defs = readSchema('defs');
  const schemas = Object.fromEntries(SCHEMA_NAMES.map((n) => [n, bundleSchema(readSchema(n), defs, lang)])) as Parameters<typeof registerFiles>[0]['schemas'];
  const tool = toolSpec(io, target, opts.tool);
  const examples = opts.examples !== false;
  const files = registerFiles({ regionName: values['name'] as string, owner, ownerType: values['ownerType'] as RegionType, language: lang, timezone, asOf, version: VERSION, tool, schemas, examples, ownerDetails: details });

  // 1. Nothing may exist where a file goes (nor a file where a folder goes).
  const conflicts = files.flatMap((f) => blockers(target, f.path));
  if (conflicts.length) {
    const unique = [...new Set(conflicts)];
    throw new UsageError((l) => t(l, 'initConflicts', { where: shownTarget === '.' ? t(l, 'thisFolder') : shownTarget, list: unique.map((c) => `  ${c}`).join('\n') }));
  }

  // 2. The register must validate clean on the day, before anything is written.
  const msgLang = chooseLang(io, opts, lang);
  const diags = selfCheck(files, asOf, msgLang);
  if (diags.length) {
    const byFile = new Map(files.map((f) => [f.path, f.text]));
    io.stderr(diagnosticsAsStylish(diags, { lang: msgLang, style: chooseStyle(io, opts, 'stderr'), source: (file) => byFile.get(file), fileCount: examples ? 4 : 1 }));
    throw new UsageError(say('initWouldNotValidate'));
  }

  // 3. Stage every file in a temporary folder, then move it into place: an interruption (Ctrl-C) or a
  //    failure (a full disk) leaves nothing behind.
  await stageAndPlace(io, target, shownTarget, files);

  // The register's language is the bureau's, not the machine's (LANG, often English or unset on whoever sets
  // it up): taken by default, it is said plainly, in the language init has been speaking, with how to change it.
  if (opts.language === undefined && (opts.yes || !io.prompt) && lang === 'id') io.stderr(t(askLang, 'initLanguageDefault') + '\n');
  const cd = shownTarget === '.' ? '' : `  cd ${shownTarget.includes(' ') ? JSON.stringify(shownTarget) : shownTarget}\n`;
  const git = exists(join(target, '.git')) ? '' : t(msgLang, 'initGit', { message: t(msgLang, 'initCommit') });
  io.stdout(
    `${t(msgLang, 'initCreated', { target: shownTarget })}\n${files.map((f) => `  ${f.path}`).join('\n')}\n\n` +
      `${t(msgLang, 'initPinned', { spec: tool })}\n` +
      (examples ? `${t(msgLang, 'initExamples', { ids: `${ex.partner}, ${ex.agreement}, ${ex.activity}` })}\n\n` : '\n') +
      `${t(msgLang, 'initNext')}\n${t(msgLang, 'initSteps', { cd, git })}`,
  );
  return 0;
}

/**
 * Writes the files into a temporary folder beside (or, for an existing folder, inside) the target, each
 * fsynced, checking for Ctrl-C between files; then renames the folder into place (one rename when the
 * target is new) or links each file into the existing folder, taking back what was placed on a failure.
 */
async function stageAndPlace(io: IO, target: string, shown: string, files: ScaffoldFile[]): Promise<void> {
  const targetExists = exists(target);
  let staging: string | undefined;
  let interrupted = false;
  const release = io.onInterrupt?.(() => {
    interrupted = true;
  });
  const stop = (): void => {
    if (interrupted) throw new UsageError(say('initCancelled'), 2, '\nkerjasama: ');
  };
  try {
    try {
      // mkdir (not mkdtemp, whose folder is 700): the register gets the folder mode the user's umask gives.
      const name = `${targetExists ? '' : `.${basename(target)}`}.kerjasama-init-${randomBytes(6).toString('hex')}`;
      staging = join(targetExists ? target : dirname(target), name);
      await mkdir(staging, { mode: 0o777 });
    } catch (err) {
      throw fsError(err, targetExists ? shown : dirname(shown) || '.', 'create');
    }
    for (const f of files) {
      stop();
      const abs = join(staging, ...f.path.split('/'));
      try {
        await mkdir(dirname(abs), { recursive: true });
        const fh = await open(abs, 'wx', 0o666);
        try {
          await fh.writeFile(f.text);
          await fh.sync();
        } finally {
          await fh.close();
        }
      } catch (err) {
        throw fsError(err, join(shown, f.path), 'write');
      }
    }
    stop();
    // From here on, synchronous: no Ctrl-C can come between the moves.
    if (!targetExists) {
      try {
        renameSync(staging, target);
      } catch (err) {
        throw fsError(err, shown, 'create');
      }
      staging = undefined;
      return;
    }
    placeInto(staging, target, shown, files);
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
    release?.();
  }
}

/** Links each staged file into the existing target, never overwriting; on any failure, takes all back. */
function placeInto(staging: string, target: string, shown: string, files: ScaffoldFile[]): void {
  const placed: string[] = [];
  const madeDirs: string[] = [];
  try {
    for (const f of files) {
      const parts = f.path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const d = join(target, ...parts.slice(0, i));
        if (!exists(d)) {
          mkdirSync(d);
          madeDirs.push(d);
        }
      }
      const to = join(target, ...parts);
      try {
        linkSync(join(staging, ...parts), to);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UsageError(say('initAppeared', { path: join(shown, f.path) }));
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw fsError(err, join(shown, f.path), 'create');
        if (exists(to)) throw new UsageError(say('initAppeared', { path: join(shown, f.path) }));
        renameSync(join(staging, ...parts), to);
      }
      placed.push(to);
    }
  } catch (err) {
    for (const p of placed) rmSync(p, { force: true });
    for (const d of madeDirs.reverse()) rmSync(d, { recursive: true, force: true });
    throw err instanceof UsageError ? err : fsError(err, shown, 'write');
  }
}

/**
 * What package.json installs as kerjasama: --tool as given (a version or range, a git URL with #tag, a
 * tarball URL, any npm spec), except that a local path (./kerjasama-0.2.0.tgz, /srv/mirror/kerjasama.tgz, a
 * folder) becomes file: and relative to the register, as npm reads it there. Without --tool: what the running
 * copy is (toolOrigin: the registry version, the git URL and tag, the tarball it was installed from), or a
 * usage error listing the --tool choices when that cannot be known. A local path must exist and a git URL
 * must answer with its tag, before anything is written.
 */
export function toolSpec(io: IO, target: string, given: string | undefined): string {
  if (given === undefined) {
    const root = io.toolRoot ?? fileURLToPath(new URL('../../', import.meta.url));
    const origin = toolOrigin(root, 'kerjasama', VERSION, io.env);
    if (origin.kind === 'unknown') {
      throw new UsageError((l) => t(l, 'toolUnknown', { why: t(l, `toolUnknown.${origin.why}`, { root: root.replace(/[\\/]$/, ''), version: VERSION }), choices: t(l, 'toolChoices', { version: VERSION }) }));
    }
    const spec = originSpec(origin);
    if (origin.kind === 'tarball' && !/^https?:/.test(spec)) return pathSpec(target, spec, spec);
    if (origin.kind === 'git') checkGit(spec);
    return spec;
  }
  const spec = given.trim();
  if (spec === '' || /[\s\u0000-\u001f]/.test(spec)) throw new UsageError(say('toolInvalid', { value: JSON.stringify(given) }));
  const isPath = /^(\.{1,2}[\\/]|[\\/]|~[\\/])/.test(spec) || (!/^[a-z][a-z0-9+.-]*:/i.test(spec) && /\.(tgz|tar\.gz)$/i.test(spec));
  if (isPath) return pathSpec(target, resolve(io.cwd, spec.replace(/^~(?=[\\/])/, io.env['HOME'] ?? '~')), spec);
  if (isGitSpec(spec)) checkGit(spec);
  return spec;
}

/** A local tarball or folder as npm reads it from the register: file:, relative to it; it must exist. */
function pathSpec(target: string, abs: string, shown: string): string {
  if (!exists(abs)) throw new UsageError(say('toolMissing', { spec: shown }));
  const rel = relative(target, abs).split('\\').join('/');
  return `file:${rel.startsWith('.') || rel.startsWith('/') ? rel : './' + rel}`;
}

/** A git URL must reach its repository and name a tag or branch it has (npm install would fail otherwise). */
function checkGit(spec: string): void {
  const why = gitSpecProblem(spec);
  if (why !== undefined) throw new UsageError((l) => t(l, 'toolUnresolved', { spec, why: why(l) }));
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** What stops one file from being written: the file itself, or a non-folder where one of its folders goes. */
function blockers(root: string, rel: string): string[] {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const sub = parts.slice(0, i).join('/');
    const abs = join(root, ...parts.slice(0, i));
    if (exists(abs) && !lstatSync(abs).isDirectory()) return [sub];
  }
  return exists(join(root, ...parts)) ? [rel] : [];
}

/** Loads the files from memory, exactly as validate would read them from disk, and runs every check. */
function selfCheck(files: ScaffoldFile[], asOf: number, lang: Lang): ReturnType<typeof finalise> {
  const bytes = new Map(files.map((f) => [f.path, new TextEncoder().encode(f.text)]));
  const kinds: Record<string, Kind> = { partners: 'partner', agreements: 'agreement', activities: 'activity' };
  const listed: FoundFile[] = files
    .filter((f) => f.path.startsWith('data/'))
    .map((f) => ({ rel: f.path, kind: kinds[f.path.split('/')[1] ?? ''] as Kind }))
    .sort((a, b) => (a.rel < b.rel ? -1 : 1));
  const source: RegisterSource = {
    root: t(lang, 'newRegister'),
    readConfig: () => bytes.get(CONFIG_FILE) as Uint8Array,
    list: () => listed,
    read: (f) => bytes.get(f.rel) as Uint8Array,
  };
  const loaded = loadFrom(source);
  return finalise([...loaded.diagnostics, ...loaded.locateAll(runChecks(loaded.dataset, asOf))]);
}
