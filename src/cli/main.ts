// The command line: commander wiring, and the only place that turns outcomes into exit codes.
// Command modules are imported when their command runs, so --help and --version start fast.

import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { existsSync } from 'node:fs';
import { readBytes } from '../load/read.js';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import { chooseWidth, UsageError, type IO } from './io.js';
import { commanderText, envLang, helpWords, t } from './messages.js';
import { HELP, type HelpKey } from './help.words.js';
import { say } from '../model/words.js';
import { VERSION } from './version.js';
import { fsError } from './fsError.js';
import { allNewFlags, kindFlags, OWNER_FLAGS, ownerFlagHelp, placeholder } from './newFlags.js';
import { REPORT_OPTIONS } from './reportOptions.js';
import { FORMATS_OF, REPORT_NAMES, type ReportName } from '../view/reportFormats.js';
import { guardWorkflowCommands } from '../render/sanitise.js';

/**
 * The language of the run, before any command runs (for --help, commander's errors and usage errors):
 * --lang, else the register's `language:` (the register of -C/--register, or the nearest above the
 * folder; for init, its --language), else the environment. Commands choose the same way.
 */
export function runLanguage(argv: readonly string[], io: IO): Lang {
  const value = (names: string[]): string | undefined => {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i] as string;
      for (const n of names) {
        if (a === n) return argv[i + 1];
        if (a.startsWith(n + '=')) return a.slice(n.length + 1);
      }
    }
    return undefined;
  };
  const lang = value(['--lang']);
  if (lang === 'en' || lang === 'id') return lang;
  if (argv.includes('init')) {
    const l = value(['--language']);
    if (l === 'en' || l === 'id') return l;
  }
  try {
    const reg = value(['-C', '--register']);
    let dir: string | undefined = reg !== undefined ? resolve(io.cwd, reg) : resolve(io.cwd);
    if (reg === undefined) {
      while (dir !== undefined && !existsSync(join(dir, 'kerjasama.yaml'))) dir = dirname(dir) === dir ? undefined : dirname(dir);
    }
    // Read as the loader reads it: never through a link, never from a pipe or a device.
    const bytes = dir !== undefined && existsSync(join(dir, 'kerjasama.yaml')) ? readBytes(join(dir, 'kerjasama.yaml'), 'kerjasama.yaml') : [];
    const text = bytes instanceof Uint8Array ? Buffer.from(bytes.subarray(0, 65536)).toString('utf8') : '';
    const m = /^language:\s*["']?(en|id)["']?\s*(#.*)?$/m.exec(text);
    if (m?.[1] === 'en' || m?.[1] === 'id') return m[1];
  } catch {
    // An unreadable register is reported by the command itself.
  }
  return envLang(io.env);
}

/**
 * A command the command line does not name (`kerjasama validate …` names validate, `help report` report): only
 * what the list of commands in --help shows of it (its name, arguments, description, and whether it takes
 * options), not its options. Building every command's options (about 650 of them) was most of building the
 * program, on every run. A command outlined is never run: if commander reaches one (a command line read
 * otherwise than `namedCommand` reads it), `main` builds the whole program and parses again.
 */
class Outline extends Command {
  override createCommand(name?: string): Command {
    return new Outline(name);
  }

  override createOption(): Option {
    return Object.create(Option.prototype) as Option;
  }

  override addOption(): this {
    // One stands for all: commander's list of commands writes [options] when a command has any.
    if (this.options.length === 0) (this.options as Option[]).push(OUTLINED);
    return this;
  }

  override helpInformation(): string {
    throw new OutlineReached();
  }
}

/** Thrown when commander reaches an outlined command: the program is built whole and parsed again. */
class OutlineReached extends Error {}

/** What an outlined command's options become: never parsed, never shown. */
const OUTLINED = Object.create(Option.prototype) as Option;

/** The program, each top-level command outlined but the one named (`named` undefined: none outlined). */
class Program extends Command {
  constructor(private readonly named: string | undefined) {
    super();
  }

  override createCommand(name?: string): Command {
    outlining = this.named !== undefined && name !== this.named;
    return outlining ? new Outline(name) : new Command(name);
  }
}

/** Whether the command being defined is outlined: its options are not made (see Outline). */
let outlining = false;

/** An option of the command being defined; nothing to make for an outlined one. */
function newOption(flags: string, description?: string): Option {
  return outlining ? Outline.prototype.createOption() : new Option(flags, description);
}

/** The program's options that take a value (globalOptions): skipped when finding the command named. */
const VALUED = new Set(['-C', '--register', '--lang', '--as-of']);

/**
 * The top-level command the command line names: the first word that is not an option or an option's value,
 * or for `help <command>` the command after it. '' when there is none (kerjasama --help).
 */
export function namedCommand(argv: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a.startsWith('-') && a !== '-') {
      if (VALUED.has(a)) i++;
      continue;
    }
    words.push(a);
    if (a !== 'help') break;
  }
  return words[0] === 'help' ? words[1] ?? '' : words[0] ?? '';
}

/** A description of --help, by its key in the help catalogue (help.words.ts), in the run's language. */
let h: (key: HelpKey) => string = (key) => say(HELP, 'en', key);

function globalOptions(cmd: Command): Command {
  return cmd
    .option('-C, --register <dir>', h('global.register'))
    .addOption(newOption('--lang <lang>', h('global.lang')).choices(['en', 'id']))
    .option('--as-of <date>', h('global.as-of'))
    .option('--color', h('global.color'))
    .option('--no-color', h('global.no-color'))
    .addOption(newOption('--cache', h('global.cache')).hideHelp())
    .option('--no-cache', h('global.no-cache'));
}

/** --at and --recorded-as-of: every read command can read the register as it was committed. */
function recordedOptions(cmd: Command): Command {
  return cmd
    .option('--at <rev>', h('recorded.at'))
    .option('--recorded-as-of <date>', h('recorded.recorded-as-of'));
}

/** Collects a repeated option's values. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}


/**
 * Under GitHub Actions, no line the tool prints may start a workflow command (record text could otherwise
 * write ::error, ::add-mask or ::stop-commands); only io.commands, for the tool's own annotations, is not
 * guarded.
 */
function guardedIo(io: IO): IO {
  if (io.env['GITHUB_ACTIONS'] !== 'true') return io;
  return { ...io, stdout: (s) => io.stdout(guardWorkflowCommands(s)), stderr: (s) => io.stderr(guardWorkflowCommands(s)), commands: io.commands ?? io.stdout };
}

export async function main(argv: readonly string[], rawIo: IO): Promise<number> {
  const io = guardedIo(rawIo);
  const lang = runLanguage(argv, io);
  let exitCode = 0;
  const parse = (named: string | undefined): Promise<Command> =>
    buildProgram(io, lang, (code) => { exitCode = code; }, argv, named).parseAsync(argv as string[], { from: 'user' });
  try {
    try {
      await parse(namedCommand(argv));
    } catch (err) {
      if (!(err instanceof OutlineReached)) throw err;
      await parse(undefined);
    }
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      io.stderr(err.text(lang) + '\n');
      return err.exitCode;
    }
    const errno = err as NodeJS.ErrnoException;
    if (typeof errno.code === 'string' && /^E[A-Z]+$/.test(errno.code) && typeof errno.syscall === 'string') {
      // A file-system error that no command turned into its own message: still the path and the cause.
      io.stderr(fsError(errno, errno.path ?? t(lang, 'unknownPath'), 'use').text(lang) + '\n');
      return 2;
    }
    const e = err as Error;
    io.stderr(`kerjasama: ${t(lang, 'internalError', { message: e.message })}\n`);
    if (io.env['KERJASAMA_DEBUG']) io.stderr(String(e.stack) + '\n');
    return 2;
  }
}

/** A word cut into lines of at most `width`, after a comma, slash or bar where it can be (else where it must). */
function cutLong(word: string, width: number): string {
  const lines: string[] = [];
  let rest = word;
  while (rest.length > width) {
    const head = rest.slice(0, width);
    const at = Math.max(head.lastIndexOf(','), head.lastIndexOf('/'), head.lastIndexOf('|'));
    const cut = at > 0 ? at + 1 : width;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines.push(rest);
  return lines.join('\n');
}

/**
 * A usage error for the arguments `cmd` does not take, naming them; when the first looks like the second
 * word of an option's value (`--within 6 bulan`), how to give that value whole.
 */
function refuseExtraArguments(root: Command, cmd: Command, raw: readonly string[]): void {
  const takes = cmd.registeredArguments;
  if (takes.some((a) => a.variadic)) return;
  const extra = cmd.args.slice(takes.length);
  if (extra.length === 0) return;
  const word = extra[0] as string;
  const at = raw.lastIndexOf(word);
  const option = raw[at - 2];
  const value = raw[at - 1];
  const ofValue = at >= 2 && option !== undefined && value !== undefined && /^-/.test(option) && !option.includes('=') && !/^-/.test(value);
  const names: string[] = [];
  for (let c: Command | null = cmd; c && c !== root; c = c.parent) names.unshift(c.name());
  throw new UsageError((lang) => t(lang, 'extraArguments', { extra: extra.map((e) => `'${e}'`).join(', '), command: names.join(' '), takes: takes.length })
    + (ofValue ? t(lang, 'extraArgumentsValue', { word, option, value }) : ''));
}

/** Commander's help, its own words in `lang` (helpWords) and its width the terminal's. */
function helpConfiguration(io: IO, lang: Lang): Partial<Help> {
  const base = Help.prototype;
  const width = chooseWidth(io);
  return {
    ...(width !== undefined ? { helpWidth: Math.max(40, width) } : {}),
    // Commander leaves a description unwrapped when its column is under 40 wide (at 60 columns, with option
    // terms of 26, it is 30): the terminal then splits its words. Wrap down to 20.
    minWidthToWrap: 20,
    // A word longer than the column (party=ID,date=…,place=…, a URL) is cut after a comma, slash or bar.
    boxWrap(str: string, width: number) {
      if (width < 20) return str;
      return base.boxWrap.call(this, str.replace(/\S+/g, (w) => cutLong(w, width)), width);
    },
    styleTitle: (str: string) => helpWords(str, lang),
    commandUsage(cmd: Command) {
      return helpWords(base.commandUsage.call(this, cmd), lang);
    },
    subcommandTerm(cmd: Command) {
      return helpWords(base.subcommandTerm.call(this, cmd), lang);
    },
    subcommandDescription(cmd: Command) {
      return helpWords(base.subcommandDescription.call(this, cmd), lang);
    },
    optionDescription(option: Option) {
      // A repeatable option starts from an empty list: "(default: [])" tells the reader nothing.
      return helpWords(base.optionDescription.call(this, option).replace(/ \(default: \[\]\)/, ''), lang);
    },
    argumentDescription(argument: Argument) {
      return helpWords(base.argumentDescription.call(this, argument), lang);
    },
  };
}

/** What an option of a report means over an aggregate, where it differs: ids namespaced, no kerjasama.yaml. */
const AGGREGATE_REPORT_HELP: Partial<Record<HelpKey, HelpKey>> = {
  'option.partner': 'aggregate.report.partner',
  'report.expiring.within': 'aggregate.report.within',
  'report.inactive.since': 'aggregate.report.since',
  'report.coverage.since': 'aggregate.report.since',
};

/** A report of the registry's description, format, filters and own options (report <name>, aggregate report <name>). */
function reportOptions(cmd: Command, name: ReportName, helpKey: (key: HelpKey) => HelpKey = (key) => key): Command {
  const spec = REPORT_OPTIONS[name];
  const h2 = (key: HelpKey): string => h(helpKey(key));
  cmd
    .description(h(spec.description))
    .addOption(newOption('-f, --format <format>', h('option.format')).choices(FORMATS_OF[name]).default('table'))
    .option('--category <list>', h('option.category'))
    .option('--partner <list>', h2('option.partner'))
    .option('--country <list>', h('option.country'))
    .option('--sector <list>', h('option.sector'))
    .option('--unit <text>', h('option.unit'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .option('--strict', h('option.strict'))
    .option('--include-loi', h('report.include-loi'));
  for (const o of spec.options((flags, description) => newOption(flags, h2(description)))) cmd.addOption(o);
  return cmd;
}

/**
 * The commander program, its descriptions in `lang`; `done` receives a command's exit code. With `named`,
 * every top-level command but that one is only outlined (Outline); without it, every command is whole.
 */
export function buildProgram(io: IO, lang: Lang, done: (code: number) => void, argv: readonly string[] = [], named?: string): Command {
  h = (key) => say(HELP, lang, key);
  outlining = false;
  const program = new Program(named);
  program
    .name('kerjasama')
    .description(h('program'))
    .version(VERSION, '-V, --version', h('program.version'))
    .showHelpAfterError(t(lang, 'runHelp', { command: 'kerjasama' }))
    .configureOutput({ writeOut: (s) => io.stdout(commanderText(s, lang)), writeErr: (s) => io.stderr(commanderText(s, lang)) })
    // Help in the run's language, laid out at the terminal's width (COLUMNS on a pipe; else 80): the words are
    // put in before commander measures the columns. Set before the commands are added, which inherit it.
    .configureHelp(helpConfiguration(io, lang))
    .helpOption('-h, --help', h('program.help'))
    .exitOverride()
    // Arguments a command does not take are refused before it runs, by name (commander would only count
    // them): `--within 6 bulan` leaves bulan over. Set before the commands are added, which inherit it.
    .allowExcessArguments()
    .hook('preAction', (root, cmd) => refuseExtraArguments(root, cmd, argv))
    .hook('preSubcommand', (_root, sub) => {
      if (sub instanceof Outline) throw new OutlineReached();
    });
  // Global options are accepted before the command too: kerjasama -C ../register validate
  globalOptions(program);

  recordedOptions(globalOptions(program.command('validate')))
    .description(h('validate'))
    .argument('[paths...]', h('validate.paths'))
    .addOption(newOption('-f, --format <format>', h('validate.format')).choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--changed-since <ref>', h('validate.changed-since'))
    .option('--staged', h('validate.staged'))
    .option('--max-warnings <n>', h('validate.max-warnings'))
    .option('--strict', h('validate.strict'))
    .option('-q, --quiet', h('validate.quiet'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .action(async (paths: string[], _o, cmd: Command) => {
      const { validateCommand } = await import('./validate.js');
      const formatGiven = cmd.getOptionValueSource('format') !== 'default';
      done(await validateCommand(io, paths, { ...cmd.optsWithGlobals(), formatGiven }));
    });

  const report = program.command('report').description(h('report'));
  // One command per report of the registry (view/reports.ts), with its formats and options (cli/reports.ts).
  for (const name of REPORT_NAMES) {
    const cmd = reportOptions(recordedOptions(globalOptions(report.command(name))), name);
    cmd.action(async (_o, c: Command) => {
      const { reportCommand } = await import('./reports.js');
      done(await reportCommand(io, name, c.optsWithGlobals()));
    });
  }

  // The periodic reports: documents for a period rather than tables for a day (docs/periodic-reports.md).
  globalOptions(report.command('periodic'))
    .description(h('report.periodic'))
    .option('--period <period>', h('report.periodic.period'))
    .option('--template <template>', h('report.periodic.template'))
    .addOption(newOption('-f, --format <format>', h('report.periodic.format')).choices(['docx', 'xlsx', 'html', 'pdf', 'json']))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .option('--write-template <file>', h('report.periodic.write-template'))
    .option('--category <list>', h('option.category'))
    .option('--partner <list>', h('option.partner'))
    .option('--country <list>', h('option.country'))
    .option('--sector <list>', h('option.sector'))
    .option('--unit <text>', h('option.unit'))
    .option('--strict', h('option.strict'))
    .action(async (_o, c: Command) => {
      const { periodicCommand } = await import('./periodic.js');
      done(await periodicCommand(io, c.optsWithGlobals()));
    });

  const withFilters = (cmd: Command, formats: string[]): Command =>
    recordedOptions(globalOptions(cmd))
      .addOption(newOption('-f, --format <format>', h('option.format')).choices(formats).default('table'))
      .option('--category <list>', h('records.category')).option('--partner <list>', h('option.partner'))
      .option('--country <list>', h('records.country')).option('--sector <list>', h('records.sector')).option('--unit <text>', h('records.unit'))
      .option('-o, --output <file>', h('option.output')).option('--force', h('option.force'));

  // [kind]: list alone is answered with the kinds in words (listCommand), not commander's "missing required argument 'kind'".
  withFilters(program.command('list').argument('[kind]', h('list.kind')).description(h('list')), ['table', 'json', 'csv', 'markdown', 'xlsx'])
    .action(async (kind: string | undefined, _o, cmd: Command) => {
      const { listCommand } = await import('./records.js');
      done(await listCommand(io, kind, cmd.optsWithGlobals()));
    });

  withFilters(program.command('show').argument('<id>', h('show.id')).description(h('show')), ['table', 'json', 'markdown'])
    .action(async (id: string, _o, cmd: Command) => {
      const { showCommand } = await import('./records.js');
      done(await showCommand(io, id, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('remind'))
    .description(h('remind'))
    .option('--dry-run', h('remind.dry-run'))
    .option('--out <dir>', h('remind.out'))
    .option('--smtp <url>', h('remind.smtp'))
    .option('--recipients <file>', h('remind.recipients'))
    .option('--show-addresses', h('remind.show-addresses'))
    .addOption(newOption('-f, --format <format>', h('remind.format')).choices(['text', 'json']).default('text'))
    .option('--force', h('remind.force'))
    .option('--category <list>', h('option.category'))
    .option('--partner <list>', h('option.partner'))
    .option('--country <list>', h('option.country'))
    .option('--sector <list>', h('option.sector'))
    .option('--unit <text>', h('option.unit'))
    .action(async (_o, cmd: Command) => {
      const { remindCommand } = await import('./remind.js');
      done(await remindCommand(io, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('diff'))
    .description(h('diff'))
    .argument('<base>', h('diff.base'))
    .argument('[head]', h('diff.head'))
    .addOption(newOption('-f, --format <format>', h('diff.format')).choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .action(async (base: string, head: string | undefined, _o, cmd: Command) => {
      const { diffCommand } = await import('./diff.js');
      done(diffCommand(io, base, head, cmd.optsWithGlobals()));
    });

  recordedOptions(globalOptions(program.command('site')))
    .description(h('site'))
    .option('--out <dir>', h('site.out'))
    .option('--force', h('site.force'))
    .option('--include-private', h('site.include-private'))
    .option('--source-url <url>', h('site.source-url'))
    .option('--no-history', h('site.no-history'))
    .action(async (_o, cmd: Command) => {
      const { siteCommand } = await import('./site.js');
      done(await siteCommand(io, cmd.optsWithGlobals()));
    });

  recordedOptions(globalOptions(program.command('export')))
    .description(h('export'))
    .argument('[format]', h('export.format-arg'))
    .addOption(newOption('-f, --format <format>', h('export.format')).choices(['datapackage', 'sqlite', 'sql', 'bundle']).default('datapackage'))
    .addOption(newOption('--dialect <dialect>', h('export.dialect')).choices(['sqlite', 'postgres']))
    .option('-o, --out <path>', h('export.out'))
    .option('--force', h('export.force'))
    .option('--include-private', h('export.include-private'))
    .action(async (positional: string | undefined, _o, cmd: Command) => {
      const { exportCommand } = await import('./export.js');
      done(await exportCommand(io, { ...cmd.optsWithGlobals(), ...(positional !== undefined ? { positional } : {}), formatGiven: cmd.getOptionValueSource('format') !== 'default' }));
    });

  const aggregate = program.command('aggregate').description(h('aggregate'));
  const federationOption = (cmd: Command): Command => globalOptions(cmd).option('-F, --federation <dir>', h('aggregate.federation'));
  federationOption(aggregate.command('build'))
    .description(h('aggregate.build'))
    .addOption(newOption('-f, --format <format>', h('aggregate.format')).choices(['datapackage', 'sqlite']).default('datapackage'))
    .option('-o, --out <path>', h('aggregate.out'))
    .option('--force', h('aggregate.force'))
    .option('--locked', h('aggregate.locked'))
    .action(async (_o, cmd: Command) => {
      const { aggregateBuildCommand } = await import('./aggregate.js');
      done(await aggregateBuildCommand(io, cmd.optsWithGlobals()));
    });
  federationOption(aggregate.command('status'))
    .description(h('aggregate.status'))
    .addOption(newOption('-f, --format <format>', h('aggregate.status-format')).choices(['table', 'json']).default('table'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .option('--locked', h('aggregate.locked'))
    .action(async (_o, cmd: Command) => {
      const { aggregateStatusCommand } = await import('./aggregate.js');
      done(aggregateStatusCommand(io, cmd.optsWithGlobals()));
    });
  federationOption(aggregate.command('partners'))
    .description(h('aggregate.partners'))
    .option('--unresolved', h('aggregate.partners.unresolved'))
    .addOption(newOption('-f, --format <format>', h('aggregate.identity-format')).choices(['table', 'json']).default('table'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .option('--locked', h('aggregate.locked'))
    .action(async (_o, cmd: Command) => {
      const { aggregatePartnersCommand } = await import('./aggregateIdentity.js');
      done(aggregatePartnersCommand(io, cmd.optsWithGlobals()));
    });
  federationOption(aggregate.command('conflicts'))
    .description(h('aggregate.conflicts'))
    .addOption(newOption('-f, --format <format>', h('aggregate.identity-format')).choices(['table', 'json']).default('table'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .option('--locked', h('aggregate.locked'))
    .action(async (_o, cmd: Command) => {
      const { aggregateConflictsCommand } = await import('./aggregateIdentity.js');
      done(aggregateConflictsCommand(io, cmd.optsWithGlobals()));
    });
  // The reports of the registry over the members as one (docs/aggregate.md).
  const aggregateReport = aggregate.command('report').description(h('aggregate.report'));
  for (const name of REPORT_NAMES) {
    const cmd = reportOptions(federationOption(aggregateReport.command(name)), name, (key) => AGGREGATE_REPORT_HELP[key] ?? key)
      .option('--member <codes>', h('aggregate.report.member'), (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
      .option('--locked', h('aggregate.locked'));
    cmd.action(async (_o, c: Command) => {
      const { aggregateReportCommand } = await import('./aggregateReport.js');
      done(await aggregateReportCommand(io, name, c.optsWithGlobals()));
    });
  }
  federationOption(aggregate.command('site'))
    .description(h('aggregate.site'))
    .option('-o, --out <dir>', h('site.out'))
    .option('--force', h('site.force'))
    .option('--locked', h('aggregate.locked'))
    .action(async (_o, cmd: Command) => {
      const { aggregateSiteCommand } = await import('./aggregateSite.js');
      done(await aggregateSiteCommand(io, cmd.optsWithGlobals()));
    });
  federationOption(aggregate.command('fetch'))
    .description(h('aggregate.fetch'))
    .action(async (_o, cmd: Command) => {
      const { aggregateFetchCommand } = await import('./aggregate.js');
      done(aggregateFetchCommand(io, cmd.optsWithGlobals()));
    });

  const historyCommand = (cmd: Command): Command =>
    globalOptions(cmd)
      .addOption(newOption('-f, --format <format>', h('option.format')).choices(['text', 'markdown', 'json', 'csv']).default('text'))
      .option('-o, --output <file>', h('option.output'))
      .option('--force', h('option.force'))
      .option('--at <rev>', h('history.at'))
      .option('--show-email', h('history.show-email'));

  historyCommand(program.command('log'))
    .description(h('log'))
    .argument('<id>', h('log.id'))
    .option('--since <date|rev>', h('log.since'))
    .option('--until <date|rev>', h('log.until'))
    .option('--field <path>', h('log.field'))
    .option('--no-follow', h('option.no-follow'))
    .option('--with-related', h('log.with-related'))
    .action(async (id: string, _o, cmd: Command) => {
      const { logCommand } = await import('./history.js');
      done(logCommand(io, id, cmd.optsWithGlobals()));
    });

  historyCommand(program.command('blame'))
    .description(h('blame'))
    .argument('<id>', h('blame.id'))
    .option('--no-follow', h('option.no-follow'))
    .action(async (id: string, _o, cmd: Command) => {
      const { blameCommand } = await import('./history.js');
      done(blameCommand(io, id, cmd.optsWithGlobals()));
    });

  historyCommand(program.command('audit'))
    .description(h('audit'))
    .option('--since <date|rev>', h('audit.since'))
    .option('--until <date|rev>', h('audit.until'))
    .action(async (_o, cmd: Command) => {
      const { auditCommand } = await import('./history.js');
      done(auditCommand(io, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('maintenance'))
    .description(h('maintenance'))
    .action(async (_o, cmd: Command) => {
      const { maintenanceCommand } = await import('./history.js');
      done(maintenanceCommand(io, cmd.optsWithGlobals()));
    });

  const initSpec = globalOptions(program.command('init'))
    .description(h('init'))
    .argument('[dir]', h('init.dir'))
    .option('--name <name>', h('init.name'))
    .option('--owner <id>', h('init.owner'))
    .addOption(newOption('--owner-type <type>', h('init.owner-type')).choices(['province', 'regency', 'city']))
    .addOption(newOption('--language <lang>', h('init.language')).choices(['id', 'en']))
    .option('--timezone <zone>', h('init.timezone'))
    .option('--tool <spec>', h('init.tool'))
    .option('-y, --yes', h('init.yes'))
    .option('--no-examples', h('init.no-examples'));
  // The own region's details, from the field model's partner flags (--owner-region, --owner-aliases …).
  if (!outlining) for (const f of OWNER_FLAGS) {
    const option = newOption(`${f.flag} <${placeholder(f)}>`, ownerFlagHelp(f, lang));
    initSpec.addOption(f.spec?.new?.repeat ? option.argParser(collect).default([]) : option);
  }
  initSpec
    .action(async (dir: string | undefined, _o, cmd: Command) => {
      const { initCommand } = await import('./init.js');
      done(await initCommand(io, dir, cmd.optsWithGlobals()));
    });

  const newCommandSpec = globalOptions(program.command('new'))
    .description(h('new'))
    // [kind]: new alone is answered with the kinds in words (newCommand), not commander's "missing required argument 'kind'".
    .argument('[kind]', h('new.kind'))
    .argument('[id]', h('new.id'))
    // One flag per field of the field model that `new` offers (newFlags.ts), with the help of its words.
    .option('--dry-run', h('new.dry-run'));
  if (!outlining) for (const f of allNewFlags()) {
    const option = newOption(`${f.flag} <${f.value}>`, f.help(lang));
    newCommandSpec.addOption(f.repeat ? option.argParser(collect).default([]) : option);
  }
  newCommandSpec.action(async (kind: string | undefined, id: string | undefined, _o, cmd: Command) => {
    const { newCommand } = await import('./new.js');
    done(await newCommand(io, kind, id, cmd.optsWithGlobals()));
  });

  const changing = (cmd: Command): Command =>
    globalOptions(cmd)
      .option('--dry-run', h('change.dry-run'))
      .option('-y, --yes', h('option.yes'));

  changing(program.command('set'))
    .description(h('set'))
    .argument('<id>', h('option.id'))
    .argument('<changes...>', h('set.changes'))
    .option('--kind <kind>', h('option.kind'))
    .action(async (id: string, assignments: string[], _o, cmd: Command) => {
      const { setCommand } = await import('./set.js');
      done(await setCommand(io, id, assignments, cmd.optsWithGlobals()));
    });

  changing(program.command('unset'))
    .description(h('unset'))
    .argument('<id>', h('option.id'))
    .argument('<fields...>', h('unset.fields'))
    .option('--kind <kind>', h('option.kind'))
    .action(async (id: string, fields: string[], _o, cmd: Command) => {
      const { unsetCommand } = await import('./set.js');
      done(await unsetCommand(io, id, fields, cmd.optsWithGlobals()));
    });

  /** The flags of `kind` (the field model's, as new takes them), for a command that makes a record of it. */
  const withFlags = (cmd: Command, kind: 'agreement' | 'activity'): Command => {
    if (!outlining) for (const f of kindFlags(kind)) {
      const option = newOption(`${f.flag} <${f.value}>`, f.help(lang));
      cmd.addOption(f.repeat ? option.argParser(collect).default([]) : option);
    }
    return cmd;
  };

  withFlags(changing(program.command('renew'))
    .description(h('renew'))
    .argument('<id>', h('renew.id'))
    .argument('[new-id]', h('renew.new-id')), 'agreement')
    .action(async (id: string, newId: string | undefined, _o, cmd: Command) => {
      const { renewCommand } = await import('./lifecycle.js');
      done(await renewCommand(io, id, newId, cmd.optsWithGlobals()));
    });

  withFlags(changing(program.command('succeed'))
    .description(h('succeed'))
    .argument('<id>', h('succeed.id'))
    .argument('[new-id]', h('succeed.new-id')), 'agreement')
    .action(async (id: string, newId: string | undefined, _o, cmd: Command) => {
      const { succeedCommand } = await import('./lifecycle.js');
      done(await succeedCommand(io, id, newId, cmd.optsWithGlobals()));
    });

  changing(program.command('terminate'))
    .description(h('terminate'))
    .argument('<id>', h('terminate.id'))
    .option('--on <date>', h('terminate.on'))
    .option('--reason <text>', h('terminate.reason'))
    .action(async (id: string, _o, cmd: Command) => {
      const { terminateCommand } = await import('./lifecycle.js');
      done(await terminateCommand(io, id, cmd.optsWithGlobals()));
    });

  withFlags(changing(program.command('record-activity'))
    .description(h('record-activity'))
    .argument('<for>', h('record-activity.for'))
    .argument('[id]', h('record-activity.id'))
    .option('--kind <kind>', h('record-activity.kind')), 'activity')
    .action(async (target: string, newId: string | undefined, _o, cmd: Command) => {
      const { recordActivityCommand } = await import('./lifecycle.js');
      done(await recordActivityCommand(io, target, newId, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('migrate'))
    .description(h('migrate'))
    .option('--check', h('migrate.check'))
    .option('--dry-run', h('migrate.dry-run'))
    .option('--write', h('migrate.write'))
    .action(async (_o, cmd: Command) => {
      const { migrateCommand } = await import('./migrate.js');
      done(await migrateCommand(io, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('import'))
    .description(h('import'))
    .argument('<file>', h('import.file'))
    .option('--sheet <name>', h('import.sheet'))
    .option('--mapping <file>', h('import.mapping'))
    .option('--write-mapping <file>', h('import.write-mapping'))
    .option('--dry-run', h('import.dry-run'))
    .option('-y, --yes', h('option.yes'))
    .option('--rejects <file>', h('import.rejects'))
    .option('--force', h('import.force'))
    .action(async (file: string, _o, cmd: Command) => {
      const { importCommand } = await import('./import.js');
      done(await importCommand(io, file, cmd.optsWithGlobals()));
    });

  program.command('explain')
    .description(h('explain'))
    .argument('[code]', h('explain.code'))
    .action(async (code: string | undefined) => {
      const { explainCommand } = await import('./explain.js');
      done(explainCommand(io, code, lang));
    });

  program.command('schema')
    .description(h('schema'))
    .argument('[name]', h('schema.name'))
    .option('-o, --output <file>', h('option.output'))
    .option('--force', h('option.force'))
    .action(async (name: string | undefined, _o, cmd: Command) => {
      const { schemaCommand } = await import('./schema.js');
      done(schemaCommand(io, name, cmd.opts(), lang));
    });

  // A usage error points to its own command's help (kerjasama unset --help), which has its arguments.
  const pointHelp = (cmd: Command, name: string): void => {
    for (const sub of cmd.commands) {
      const full = `${name} ${sub.name()}`;
      sub.showHelpAfterError(t(lang, 'runHelp', { command: full }));
      pointHelp(sub, full);
    }
  };
  pointHelp(program, 'kerjasama');
  return program;
}
