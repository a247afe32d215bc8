// The command line: commander wiring, and the only place that turns outcomes into exit codes.
// Command modules are imported when their command runs, so --help and --version start fast.

import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { existsSync } from 'node:fs';
import { readBytes } from '../load/read.js';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import { UsageError, type IO } from './io.js';
import { commanderText, envLang, HELP_ID, helpWords, t } from './messages.js';
import { VERSION } from './version.js';
import { fsError } from './fsError.js';
import { allNewFlags, kindFlags, OWNER_FLAGS, ownerFlagHelp, placeholder } from './newFlags.js';
import { REPORT_OPTIONS } from './reportOptions.js';
import { FORMATS_OF, REPORT_NAMES } from '../view/reportFormats.js';
import { guardWorkflowCommands } from '../render/sanitise.js';
import { chooseWidth } from './common.js';

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

/** A description of --help in the run's language (HELP_ID holds the Indonesian). */
let h: (en: string) => string = (en) => en;

function globalOptions(cmd: Command): Command {
  return cmd
    .option('-C, --register <dir>', h('the register root (default: the nearest folder above with kerjasama.yaml)'))
    .addOption(new Option('--lang <lang>', h('language of messages and labels')).choices(['en', 'id']))
    .option('--as-of <date>', h('judge dates as of this day (YYYY-MM-DD; default: today in the register time zone)'))
    .option('--color', h('force colour'))
    .option('--no-color', h('no colour'))
    .addOption(new Option('--cache', h('use the record cache (the default)')).hideHelp())
    .option('--no-cache', h('neither read nor write the cache (records and the last validation) in the user cache folder'));
}

/** --at and --recorded-as-of: every read command can read the register as it was committed. */
function recordedOptions(cmd: Command): Command {
  return cmd
    .option('--at <rev>', h('read the register as at this git revision (from git objects, no checkout)'))
    .option('--recorded-as-of <date>', h('read the register as the main line recorded it at the end of this day (YYYY-MM-DD, register time zone)'));
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
  const program = buildProgram(io, lang, (code) => { exitCode = code; });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
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
      io.stderr(fsError(errno, errno.path ?? '(unknown path)', 'use').text(lang) + '\n');
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
      return helpWords(base.optionDescription.call(this, option), lang);
    },
    argumentDescription(argument: Argument) {
      return helpWords(base.argumentDescription.call(this, argument), lang);
    },
  };
}

/** The commander program, its descriptions in `lang`; `done` receives a command's exit code. */
export function buildProgram(io: IO, lang: Lang, done: (code: number) => void): Command {
  h = (en) => (lang === 'id' ? HELP_ID[en] ?? en : en);
  const program = new Command();
  program
    .name('kerjasama')
    .description(h('Keep regional cooperation agreements (MoU, LoI, PKS), partners and activities as YAML in git: validate and report.'))
    .version(VERSION, '-V, --version', h('output the version number'))
    .showHelpAfterError(t(lang, 'runHelp'))
    .configureOutput({ writeOut: (s) => io.stdout(commanderText(s, lang)), writeErr: (s) => io.stderr(commanderText(s, lang)) })
    // Help in the run's language, laid out at the terminal's width (COLUMNS on a pipe; else 80): the words are
    // put in before commander measures the columns. Set before the commands are added, which inherit it.
    .configureHelp(helpConfiguration(io, lang))
    .helpOption('-h, --help', h('display help for command'))
    .exitOverride();
  // Global options are accepted before the command too: kerjasama -C ../register validate
  globalOptions(program);

  recordedOptions(globalOptions(program.command('validate')))
    .description(h('check every record file: YAML, schema and cross-record rules'))
    .argument('[paths...]', h('only report on these files or folders (the whole register is still read)'))
    .addOption(new Option('-f, --format <format>', h('output format (github: annotations; sarif: code scanning; junit: test reports)')).choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--changed-since <ref>', h('only report on files changed since this git ref (the whole register is still checked)'))
    .option('--staged', h('check what is staged in the git index (what the next commit records), not the working tree: for pre-commit'))
    .option('--max-warnings <n>', h('fail (exit 1) when there are more than n warnings'))
    .option('--strict', h('fail (exit 1) on any warning'))
    .option('-q, --quiet', h('report errors only'))
    .option('-o, --output <file>', h('write to a file instead of stdout'))
    .option('--force', h('with --output, overwrite an existing file'))
    .action(async (paths: string[], _o, cmd: Command) => {
      const { validateCommand } = await import('./validate.js');
      const formatGiven = cmd.getOptionValueSource('format') !== 'default';
      done(await validateCommand(io, paths, { ...cmd.optsWithGlobals(), formatGiven }));
    });

  const report = program.command('report').description(h('reports on the register: expiring, inactive, coverage, summary, periodic'));
  // One command per report of the registry (view/reports.ts), with its formats and options (cli/reports.ts).
  for (const name of REPORT_NAMES) {
    const spec = REPORT_OPTIONS[name];
    const cmd = recordedOptions(globalOptions(report.command(name)))
      .description(h(spec.description))
      .addOption(new Option('-f, --format <format>', h('output format')).choices(FORMATS_OF[name]).default('table'))
      .option('--category <list>', h('only these categories (KSDD,KSDPK,KSDPL,KSDLL,PUSAT)'))
      .option('--partner <list>', h('only these partner ids'))
      .option('--country <list>', h('only partners in these countries (ISO codes)'))
      .option('--sector <list>', h('only these sector ids'))
      .option('--unit <text>', h('only this responsible unit (OPD)'))
      .option('-o, --output <file>', h('write to a file instead of stdout'))
      .option('--force', h('with --output, overwrite an existing file'))
      .option('--strict', h('exit 1 when some records were left out because they are invalid'))
      .option('--include-loi', h('count a signed LoI as a partnership in force (inactive, coverage, summary)'));
    for (const o of spec.options((flags, description) => new Option(flags, h(description)))) cmd.addOption(o);
    cmd.action(async (_o, c: Command) => {
      const { reportCommand } = await import('./reports.js');
      done(await reportCommand(io, name, c.optsWithGlobals()));
    });
  }

  // The periodic reports: documents for a period rather than tables for a day (docs/periodic-reports.md).
  globalOptions(report.command('periodic'))
    .description(h('the periodic reports a bureau sends: a recap, an implementation report or an evaluation for a period, as .docx, .xlsx, HTML or PDF, from the built-in forms or the region\'s own (docs/periodic-reports.md)'))
    .option('--period <period>', h('the period: 2026, 2026-S1, 2026-Q3, 2026-03 or FROM..TO (default: the last whole period of reporting.frequency)'))
    .option('--template <template>', h('recap, implementation or evaluation, or a path to a .docx or .xlsx form (default: recap)'))
    .addOption(new Option('-f, --format <format>', h('output format (default: from --output, else docx)')).choices(['docx', 'xlsx', 'html', 'pdf', 'json']))
    .option('-o, --output <file>', h('write to a file instead of stdout'))
    .option('--force', h('with --output, overwrite an existing file'))
    .option('--write-template <file>', h('write the built-in form of --template (.docx or .xlsx) to start your own from, and nothing else'))
    .option('--category <list>', h('only these categories (KSDD,KSDPK,KSDPL,KSDLL,PUSAT)'))
    .option('--partner <list>', h('only these partner ids'))
    .option('--country <list>', h('only partners in these countries (ISO codes)'))
    .option('--sector <list>', h('only these sector ids'))
    .option('--unit <text>', h('only this responsible unit (OPD)'))
    .option('--strict', h('exit 1 when some records were left out because they are invalid'))
    .action(async (_o, c: Command) => {
      const { periodicCommand } = await import('./periodic.js');
      done(await periodicCommand(io, c.optsWithGlobals()));
    });

  const withFilters = (cmd: Command, formats: string[]): Command =>
    recordedOptions(globalOptions(cmd))
      .addOption(new Option('-f, --format <format>', h('output format')).choices(formats).default('table'))
      .option('--category <list>', h('only these categories')).option('--partner <list>', h('only these partner ids'))
      .option('--country <list>', h('only these countries')).option('--sector <list>', h('only these sectors')).option('--unit <text>', h('only this unit'))
      .option('-o, --output <file>', h('write to a file instead of stdout')).option('--force', h('with --output, overwrite an existing file'));

  withFilters(program.command('list').argument('<kind>', h('agreements, partners or activities')).description(h('list records, with the report filters and formats')), ['table', 'json', 'csv', 'markdown', 'xlsx'])
    .action(async (kind: string, _o, cmd: Command) => {
      const { listCommand } = await import('./records.js');
      done(await listCommand(io, kind, cmd.optsWithGlobals()));
    });

  withFilters(program.command('show').argument('<id>', h('a partner, agreement or activity id')).description(h('one record in full: its chain, its activities, its status as of the date')), ['table', 'json', 'markdown'])
    .action(async (id: string, _o, cmd: Command) => {
      const { showCommand } = await import('./records.js');
      done(await showCommand(io, id, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('remind'))
    .description(h('reminders of deadlines, by e-mail, one digest per responsible unit, on the days the schedule names (docs/reminders.md)'))
    .option('--dry-run', h('print who would get what; write and send nothing (the default)'))
    .option('--out <dir>', h('write each digest as an .eml file into this folder'))
    .option('--smtp <url>', h('send the digests: smtp://host[:port] (STARTTLS) or smtps://host[:port]; credentials from KERJASAMA_SMTP_USER and KERJASAMA_SMTP_PASSWORD'))
    .option('--recipients <file>', h('the recipients file, kept outside the register (default: $KERJASAMA_RECIPIENTS)'))
    .option('--show-addresses', h('with the dry run, print the addresses too (left out by default: CI logs may be public)'))
    .addOption(new Option('-f, --format <format>', h('the dry run as text or JSON')).choices(['text', 'json']).default('text'))
    .option('--force', h('with --out, replace .eml files of the same day'))
    .option('--category <list>', h('only these categories (KSDD,KSDPK,KSDPL,KSDLL,PUSAT)'))
    .option('--partner <list>', h('only these partner ids'))
    .option('--country <list>', h('only partners in these countries (ISO codes)'))
    .option('--sector <list>', h('only these sector ids'))
    .option('--unit <text>', h('only this responsible unit (OPD)'))
    .action(async (_o, cmd: Command) => {
      const { remindCommand } = await import('./remind.js');
      done(await remindCommand(io, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('diff'))
    .description(h('what a change does to the register, between two git revisions: records, consequences, new and fixed problems'))
    .argument('<base>', h('the revision to compare from, e.g. main or origin/main'))
    .argument('[head]', h('the revision to compare to (default: the working tree)'))
    .addOption(new Option('-f, --format <format>', h('output format (markdown: for a pull-request comment)')).choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', h('write to a file instead of stdout'))
    .option('--force', h('with --output, overwrite an existing file'))
    .action(async (base: string, head: string | undefined, _o, cmd: Command) => {
      const { diffCommand } = await import('./diff.js');
      done(diffCommand(io, base, head, cmd.optsWithGlobals()));
    });

  recordedOptions(globalOptions(program.command('site')))
    .description(h('build a static website of the register: overview, pictures, a page per record, search, JSON/CSV/calendar; both languages'))
    .option('--out <dir>', h('the folder to write the site to (default: _site); replaced only if it holds an earlier site, or with --force'))
    .option('--force', h('replace --out even when it is not an earlier site'))
    .option('--include-private', h('also publish private fields (partner contacts); left out by default'))
    .option('--source-url <url>', h('link each record page to its file, e.g. https://github.com/org/register/blob/main/'))
    .option('--no-history', h("leave out each record's history and the recent-changes page (read from git)"))
    .action(async (_o, cmd: Command) => {
      const { siteCommand } = await import('./site.js');
      done(await siteCommand(io, cmd.optsWithGlobals()));
    });

  recordedOptions(globalOptions(program.command('export')))
    .description(h('export the register for data offices and BI tools: a Data Package (CSV + datapackage.json), an SQLite file, or SQL for SQLite or PostgreSQL (docs/export.md)'))
    .addOption(new Option('-f, --format <format>', h('datapackage (a folder of CSV files with datapackage.json), sqlite (one database file) or sql (a script)')).choices(['datapackage', 'sqlite', 'sql']).default('datapackage'))
    .addOption(new Option('--dialect <dialect>', h('with --format sql: the database the script is for')).choices(['sqlite', 'postgres']))
    .option('-o, --out <path>', h('where to write: a folder for datapackage, a file for sqlite and sql (- prints the SQL)'))
    .option('--force', h('write over an earlier export (an existing file, or a folder that is not empty)'))
    .option('--include-private', h('also export private fields (partner contacts); left out by default'))
    .action(async (_o, cmd: Command) => {
      const { exportCommand } = await import('./export.js');
      done(await exportCommand(io, cmd.optsWithGlobals()));
    });

  const historyCommand = (cmd: Command): Command =>
    globalOptions(cmd)
      .addOption(new Option('-f, --format <format>', h('output format')).choices(['text', 'markdown', 'json', 'csv']).default('text'))
      .option('-o, --output <file>', h('write to a file instead of stdout'))
      .option('--force', h('with --output, overwrite an existing file'))
      .option('--at <rev>', h('the newest commit of the history (default: HEAD)'))
      .option('--show-email', h("also show the authors' e-mail addresses (personal data)"));

  historyCommand(program.command('log'))
    .description(h("a record's history, oldest first: created, renamed, status and dates changed, signed, approvals recorded …, with the commit, its date, author and pull request"))
    .argument('<id>', h('a partner, agreement or activity id'))
    .option('--since <date|rev>', h('only changes on or after this day (YYYY-MM-DD, register time zone), or after this revision'))
    .option('--until <date|rev>', h('only changes on or before this day, or up to this revision'))
    .option('--field <path>', h('only changes to this field, e.g. end, status or approvals.dprd'))
    .option('--no-follow', h('do not follow the record back through a change of its id'))
    .option('--with-related', h('also when other records came to point at it: renewed by, named as parent, its activities'))
    .action(async (id: string, _o, cmd: Command) => {
      const { logCommand } = await import('./history.js');
      done(logCommand(io, id, cmd.optsWithGlobals()));
    });

  historyCommand(program.command('blame'))
    .description(h('for each field of a record as it is now: the commit, date and author that last set it'))
    .argument('<id>', h('a partner, agreement or activity id'))
    .option('--no-follow', h('do not follow the record back through a change of its id'))
    .action(async (id: string, _o, cmd: Command) => {
      const { blameCommand } = await import('./history.js');
      done(blameCommand(io, id, cmd.optsWithGlobals()));
    });

  historyCommand(program.command('audit'))
    .description(h('every field changed over a range of commits, one row each, with what an auditor must see: removals, changes after final status or signing, back-dated commits, direct pushes'))
    .option('--since <date|rev>', h('from this day (YYYY-MM-DD, register time zone), or after this revision (default: the beginning)'))
    .option('--until <date|rev>', h('to this day, or up to this revision (default: the newest commit)'))
    .action(async (_o, cmd: Command) => {
      const { auditCommand } = await import('./history.js');
      done(auditCommand(io, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('maintenance'))
    .description(h("write git's commit-graph with changed-path filters, so that a record's history reads fast"))
    .action(async (_o, cmd: Command) => {
      const { maintenanceCommand } = await import('./history.js');
      done(maintenanceCommand(io, cmd.optsWithGlobals()));
    });

  const initSpec = globalOptions(program.command('init'))
    .description(h('start a new register: kerjasama.yaml, data/ with one example of each record, schemas, editor settings, a CI workflow, a README'))
    .argument('[dir]', h('the folder to create it in (default: the current folder); nothing that exists is overwritten'))
    .option('--name <name>', h("the region's name, e.g. \"Kabupaten Tanjung Harapan\""))
    .option('--owner <id>', h("the region's own partner id (default: from the name)"))
    .addOption(new Option('--owner-type <type>', h('the region: province, regency or city (default: from the name)')).choices(['province', 'regency', 'city']))
    .addOption(new Option('--language <lang>', h('the register language (default: id)')).choices(['id', 'en']))
    .option('--timezone <zone>', h('the time zone that decides "today" (default: Asia/Jakarta)'))
    .option('--tool <spec>', h('what the register\'s package.json installs as kerjasama: any npm install spec, e.g. a git URL with #tag or a tarball path (default: this version)'))
    .option('-y, --yes', h('take the defaults for everything not given, without asking'))
    .option('--no-examples', h('no example records: a register ready for real ones'));
  // The own region's details, from the field model's partner flags (--owner-region, --owner-aliases …).
  for (const f of OWNER_FLAGS) {
    const option = new Option(`${f.flag} <${placeholder(f)}>`, ownerFlagHelp(f, lang));
    initSpec.addOption(f.spec?.new?.repeat ? option.argParser(collect).default([]) : option);
  }
  initSpec
    .action(async (dir: string | undefined, _o, cmd: Command) => {
      const { initCommand } = await import('./init.js');
      done(await initCommand(io, dir, cmd.optsWithGlobals()));
    });

  const newCommandSpec = globalOptions(program.command('new'))
    .description(h('add one record, from flags or by asking on a terminal; checked before it is written, never overwriting'))
    .argument('<kind>', h('partner, agreement or activity'))
    .argument('[id]', h('the record id, i.e. the file name (default: suggested from the name or title)'))
    // One flag per field of the field model that `new` offers (newFlags.ts), with the help of its words.
    .option('--dry-run', h('print the YAML instead of writing the file'));
  for (const f of allNewFlags()) {
    const option = new Option(`${f.flag} <${f.value}>`, f.help(lang));
    newCommandSpec.addOption(f.repeat ? option.argParser(collect).default([]) : option);
  }
  newCommandSpec.action(async (kind: string, id: string | undefined, _o, cmd: Command) => {
    const { newCommand } = await import('./new.js');
    done(await newCommand(io, kind, id, cmd.optsWithGlobals()));
  });

  const changing = (cmd: Command): Command =>
    globalOptions(cmd)
      .option('--dry-run', h('show the change and write nothing'))
      .option('-y, --yes', h('write without asking (for scripts and CI)'));

  changing(program.command('set'))
    .description(h('change fields of a record: FIELD=VALUE (a path like end, approvals.dprd.number, signatures[shizuoka].date), FIELD+=VALUE and FIELD-=VALUE for lists; checked against the register, shown, then written keeping every other line'))
    .argument('<id>', h('the record id'))
    .argument('<changes...>', h('FIELD=VALUE, FIELD+=VALUE or FIELD-=VALUE, with the values of kerjasama new'))
    .option('--kind <kind>', h('partner, agreement or activity, when several kinds of record have the id'))
    .action(async (id: string, assignments: string[], _o, cmd: Command) => {
      const { setCommand } = await import('./set.js');
      done(await setCommand(io, id, assignments, cmd.optsWithGlobals()));
    });

  changing(program.command('unset'))
    .description(h('remove fields of a record (a path like planned_signing, approvals.dprd, signatures[shizuoka]); checked, shown, then written keeping every other line'))
    .argument('<id>', h('the record id'))
    .argument('<fields...>', h('the fields to remove'))
    .option('--kind <kind>', h('partner, agreement or activity, when several kinds of record have the id'))
    .action(async (id: string, fields: string[], _o, cmd: Command) => {
      const { unsetCommand } = await import('./set.js');
      done(await unsetCommand(io, id, fields, cmd.optsWithGlobals()));
    });

  /** The flags of `kind` (the field model's, as new takes them), for a command that makes a record of it. */
  const withFlags = (cmd: Command, kind: 'agreement' | 'activity'): Command => {
    for (const f of kindFlags(kind)) {
      const option = new Option(`${f.flag} <${f.value}>`, f.help(lang));
      cmd.addOption(f.repeat ? option.argParser(collect).default([]) : option);
    }
    return cmd;
  };

  withFlags(changing(program.command('renew'))
    .description(h('renew an agreement: a new agreement with renews:, the same parties, sectors and term suggested (each changeable by its flag or on a terminal); the old one marked superseded once the renewal is signed'))
    .argument('<id>', h('the agreement to renew'))
    .argument('[new-id]', h('the id of the renewal (default: suggested from the old one)')), 'agreement')
    .action(async (id: string, newId: string | undefined, _o, cmd: Command) => {
      const { renewCommand } = await import('./lifecycle.js');
      done(await renewCommand(io, id, newId, cmd.optsWithGlobals()));
    });

  withFlags(changing(program.command('succeed'))
    .description(h('the next document in the chain, with parent: (an MoU after an LoI, a PKS under an MoU); an LoI carried forward by a signed MoU marked superseded'))
    .argument('<id>', h('the agreement it follows'))
    .argument('[new-id]', h('the id of the new agreement (default: suggested from the old one)')), 'agreement')
    .action(async (id: string, newId: string | undefined, _o, cmd: Command) => {
      const { succeedCommand } = await import('./lifecycle.js');
      done(await succeedCommand(io, id, newId, cmd.optsWithGlobals()));
    });

  changing(program.command('terminate'))
    .description(h('end an agreement early: status terminated, with the date and the reason'))
    .argument('<id>', h('the agreement to terminate'))
    .option('--on <date>', h('the first day it is out of force'))
    .option('--reason <text>', h('why it was ended'))
    .action(async (id: string, _o, cmd: Command) => {
      const { terminateCommand } = await import('./lifecycle.js');
      done(await terminateCommand(io, id, cmd.optsWithGlobals()));
    });

  withFlags(changing(program.command('record-activity'))
    .description(h('record an activity under an agreement, or with a partner, from flags or questions; its date may be unknown'))
    .argument('<for>', h('the agreement it implements, or the partner it involves'))
    .argument('[id]', h('the id of the activity (default: suggested from its title)'))
    .option('--kind <kind>', h('agreement or partner, when both have the id')), 'activity')
    .action(async (target: string, newId: string | undefined, _o, cmd: Command) => {
      const { recordActivityCommand } = await import('./lifecycle.js');
      done(await recordActivityCommand(io, target, newId, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('migrate'))
    .description(h("the register's files from the format version kerjasama.yaml declares to the current one, comments kept (docs/migrating.md)"))
    .option('--check', h('exit 1 when files need migrating, 0 when none do'))
    .option('--dry-run', h('show the change and write nothing (the default)'))
    .option('--write', h('write every file, or none'))
    .action(async (_o, cmd: Command) => {
      const { migrateCommand } = await import('./migrate.js');
      done(await migrateCommand(io, cmd.optsWithGlobals()));
    });

  globalOptions(program.command('import'))
    .description(h('a spreadsheet (.xlsx, .csv) into the register: columns mapped, values read, partners matched, shown before anything is written (docs/importing.md)'))
    .argument('<file>', h('the workbook or CSV file'))
    .option('--sheet <name>', h('the sheet to read: its name or its number (default: the first with a header row)'))
    .option('--mapping <file>', h('a mapping file (YAML) saying which column is which field'))
    .option('--write-mapping <file>', h('write the mapping chosen to a file to edit and pass back with --mapping; imports nothing'))
    .option('--dry-run', h('show every file that would be written, with its row, and write nothing'))
    .option('-y, --yes', h('write without asking (for scripts and CI)'))
    .option('--rejects <file>', h('where the rejected rows go (default: <file>-rejects.csv beside the spreadsheet, never in the register)'))
    .option('--force', h('with --write-mapping or --rejects, replace an existing file'))
    .action(async (file: string, _o, cmd: Command) => {
      const { importCommand } = await import('./import.js');
      done(await importCommand(io, file, cmd.optsWithGlobals()));
    });

  program.command('schema')
    .description(h('print a JSON Schema (self-contained) for editors and other tools; without a name, list them'))
    .argument('[name]', h('partner, agreement, activity or config'))
    .option('-o, --output <file>', h('write to a file instead of stdout'))
    .option('--force', h('with --output, overwrite an existing file'))
    .action(async (name: string | undefined, _o, cmd: Command) => {
      const { schemaCommand } = await import('./schema.js');
      done(schemaCommand(io, name, cmd.opts(), lang));
    });

  return program;
}
