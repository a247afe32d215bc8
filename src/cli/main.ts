// The command line: commander wiring, and the only place that turns outcomes into exit codes.
// Command modules are imported when their command runs, so --help and --version start fast.

import { Command, CommanderError, Option } from 'commander';
import { UsageError, type IO } from './io.js';
import { VERSION } from './version.js';
import { fsError } from './fsError.js';
import { guardWorkflowCommands } from '../render/sanitise.js';

function globalOptions(cmd: Command): Command {
  return cmd
    .option('-C, --register <dir>', 'the register root (default: the nearest folder above with kerjasama.yaml)')
    .addOption(new Option('--lang <lang>', 'language of messages and labels').choices(['en', 'id']))
    .option('--as-of <date>', 'judge dates as of this day (YYYY-MM-DD; default: today in the register time zone)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .addOption(new Option('--cache', 'use the record cache (the default)').hideHelp())
    .option('--no-cache', 'neither read nor write the cache (records and the last validation) in the user cache folder');
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
  const program = new Command();
  let exitCode = 0;
  program
    .name('kerjasama')
    .description('Keep regional cooperation agreements (MoU, LoI, PKS), partners and activities as YAML in git: validate and report.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run kerjasama --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();
  // Global options are accepted before the command too: kerjasama -C ../register validate
  globalOptions(program);

  globalOptions(program.command('validate'))
    .description('check every record file: YAML, schema and cross-record rules')
    .argument('[paths...]', 'only report on these files or folders (the whole register is still read)')
    .addOption(new Option('-f, --format <format>', 'output format (github: annotations; sarif: code scanning; junit: test reports)').choices(['stylish', 'json', 'github', 'sarif', 'junit']).default('stylish'))
    .option('--changed-since <ref>', 'only report on files changed since this git ref (the whole register is still checked)')
    .option('--staged', 'check what is staged in the git index (what the next commit records), not the working tree: for pre-commit')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings')
    .option('--strict', 'fail (exit 1) on any warning')
    .option('-q, --quiet', 'report errors only')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--force', 'with --output, overwrite an existing file')
    .action(async (paths: string[], _o, cmd: Command) => {
      const { validateCommand } = await import('./validate.js');
      const formatGiven = cmd.getOptionValueSource('format') !== 'default';
      exitCode = await validateCommand(io, paths, { ...cmd.optsWithGlobals(), formatGiven });
    });

  const report = program.command('report').description('reports on the register: expiring, inactive, coverage, summary');
  const reportCommand = (name: string, description: string, formats: string[]): Command =>
    globalOptions(report.command(name))
      .description(description)
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('table'))
      .option('--category <list>', 'only these categories (KSDD,KSDPK,KSDPL,KSDLL,PUSAT)')
      .option('--partner <list>', 'only these partner ids')
      .option('--country <list>', 'only partners in these countries (ISO codes)')
      .option('--sector <list>', 'only these sector ids')
      .option('--unit <text>', 'only this responsible unit (OPD)')
      .option('-o, --output <file>', 'write to a file instead of stdout')
      .option('--force', 'with --output, overwrite an existing file')
      .option('--strict', 'exit 1 when some records were left out because they are invalid')
      .option('--include-loi', 'count a signed LoI as a partnership in force (inactive, coverage, summary)');

  reportCommand('expiring', 'agreements in force that end within the horizon, and overdue ones', ['table', 'json', 'csv', 'markdown', 'ics', 'xlsx'])
    .option('--within <duration>', 'horizon, e.g. 90d, 6m, 1y (default: thresholds.expiry_horizon, else 180d)')
    .option('--all', 'also list agreements already renewed, marked "renewed by"')
    .action(async (_o, cmd: Command) => {
      const { expiringCommand } = await import('./expiring.js');
      exitCode = await expiringCommand(io, cmd.optsWithGlobals());
    });

  reportCommand('inactive', 'partnerships in force with no activity in the window, most dormant first', ['table', 'json', 'csv', 'markdown', 'xlsx'])
    .option('--since <duration>', 'the window, e.g. 12m, 365d, 2y (default: thresholds.inactivity_window, else 12m)')
    .action(async (_o, cmd: Command) => {
      const { inactiveCommand } = await import('./inactive.js');
      exitCode = await inactiveCommand(io, cmd.optsWithGlobals());
    });

  reportCommand('coverage', 'sectors covered by agreements in force, and the gaps', ['table', 'json', 'csv', 'markdown', 'xlsx'])
    .option('--since <duration>', 'window for counting activities (default: thresholds.inactivity_window, else 12m)')
    .addOption(new Option('--by <pivot>', 'rows by sector, country or category').choices(['sector', 'country', 'category']).default('sector'))
    .option('--matrix', 'sector × country counts of agreements in force')
    .action(async (_o, cmd: Command) => {
      const { coverageCommand } = await import('./coverage.js');
      exitCode = await coverageCommand(io, cmd.optsWithGlobals());
    });

  reportCommand('summary', 'a one-screen overview of the register', ['table', 'json', 'markdown', 'xlsx']).action(async (_o, cmd: Command) => {
    const { summaryCommand } = await import('./coverage.js');
    exitCode = await summaryCommand(io, cmd.optsWithGlobals());
  });

  const withFilters = (cmd: Command, formats: string[]): Command =>
    globalOptions(cmd)
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('table'))
      .option('--category <list>', 'only these categories').option('--partner <list>', 'only these partner ids')
      .option('--country <list>', 'only these countries').option('--sector <list>', 'only these sectors').option('--unit <text>', 'only this unit')
      .option('-o, --output <file>', 'write to a file instead of stdout').option('--force', 'with --output, overwrite an existing file');

  withFilters(program.command('list').argument('<kind>', 'agreements, partners or activities').description('list records, with the report filters and formats'), ['table', 'json', 'csv', 'markdown', 'xlsx'])
    .action(async (kind: string, _o, cmd: Command) => {
      const { listCommand } = await import('./records.js');
      exitCode = await listCommand(io, kind, cmd.optsWithGlobals());
    });

  withFilters(program.command('show').argument('<id>', 'a partner, agreement or activity id').description('one record in full: its chain, its activities, its status as of the date'), ['table', 'json', 'markdown'])
    .action(async (id: string, _o, cmd: Command) => {
      const { showCommand } = await import('./records.js');
      exitCode = await showCommand(io, id, cmd.optsWithGlobals());
    });

  globalOptions(program.command('diff'))
    .description('what a change does to the register, between two git revisions: records, consequences, new and fixed problems')
    .argument('<base>', 'the revision to compare from, e.g. main or origin/main')
    .argument('[head]', 'the revision to compare to (default: the working tree)')
    .addOption(new Option('-f, --format <format>', 'output format (markdown: for a pull-request comment)').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--force', 'with --output, overwrite an existing file')
    .action(async (base: string, head: string | undefined, _o, cmd: Command) => {
      const { diffCommand } = await import('./diff.js');
      exitCode = diffCommand(io, base, head, cmd.optsWithGlobals());
    });

  globalOptions(program.command('site'))
    .description('build a static website of the register: overview, pictures, a page per record, search, JSON/CSV/calendar; both languages')
    .option('--out <dir>', 'the folder to write the site to (default: _site); replaced only if it holds an earlier site, or with --force')
    .option('--force', 'replace --out even when it is not an earlier site')
    .option('--include-private', 'also publish private fields (partner contacts); left out by default')
    .option('--source-url <url>', 'link each record page to its file, e.g. https://github.com/org/register/blob/main/')
    .action(async (_o, cmd: Command) => {
      const { siteCommand } = await import('./site.js');
      exitCode = await siteCommand(io, cmd.optsWithGlobals());
    });

  globalOptions(program.command('init'))
    .description('start a new register: kerjasama.yaml, data/ with one example of each record, schemas, editor settings, a CI workflow, a README')
    .argument('[dir]', 'the folder to create it in (default: the current folder); nothing that exists is overwritten')
    .option('--name <name>', "the region's name, e.g. \"Kabupaten Tanjung Harapan\"")
    .option('--owner <id>', "the region's own partner id (default: from the name)")
    .addOption(new Option('--owner-type <type>', 'the region: province, regency or city (default: from the name)').choices(['province', 'regency', 'city']))
    .addOption(new Option('--language <lang>', 'the register language (default: id)').choices(['id', 'en']))
    .option('--timezone <zone>', 'the time zone that decides "today" (default: Asia/Jakarta)')
    .option('--tool <spec>', 'what the register\'s package.json installs as kerjasama: any npm install spec, e.g. a git URL with #tag or a tarball path (default: this version)')
    .option('-y, --yes', 'take the defaults for everything not given, without asking')
    .action(async (dir: string | undefined, _o, cmd: Command) => {
      const { initCommand } = await import('./init.js');
      exitCode = await initCommand(io, dir, cmd.optsWithGlobals());
    });

  globalOptions(program.command('new'))
    .description('add one record, from flags or by asking on a terminal; checked before it is written, never overwriting')
    .argument('<kind>', 'partner, agreement or activity')
    .argument('[id]', 'the record id, i.e. the file name (default: suggested from the name or title)')
    .option('--name <text>', 'partner: the name used in reports')
    .option('--type <type>', 'partner or activity: the type (kerjasama schema partner|activity lists them)')
    .option('--country <code>', 'partner: ISO 3166-1 code, e.g. ID, JP')
    .option('--region <text>', 'partner: region, state or island')
    .option('--title <text>', 'agreement or activity: the short title')
    .option('--category <cat>', 'agreement: KSDD, KSDPK, KSDPL, KSDLL or PUSAT')
    .option('--subform <subform>', 'agreement: e.g. provinsi_kembar, sukarela')
    .option('--document-type <type>', 'agreement: loi, mou, pks, action_plan, addendum or renewal')
    .option('--partners <ids>', 'agreement: the counterparts; activity: partners involved (comma-separated ids)')
    .option('--signed <date>', 'agreement: the signing date (one signature entry per party)')
    .option('--end <end>', 'agreement: a date, a term like 5y, or none; activity: the last day')
    .option('--status <status>', 'agreement: default active once signed, else draft; activity: planned, held or cancelled')
    .option('--parent <id>', 'agreement: the agreement it implements')
    .option('--renews <id>', 'agreement: the agreement it renews')
    .option('--agreements <ids>', 'activity: the agreements it implements (comma-separated ids)')
    .option('--start <date>', 'activity: the date, or first day')
    .option('--sectors <ids>', 'agreement or activity: sector ids, comma-separated')
    .option('--location <text>', 'activity: where')
    .option('--unit <text>', 'agreement or activity: the responsible unit (OPD)')
    .option('--name-local <text>', 'partner: the name in its own language and script')
    .option('--aliases <list>', 'partner: other names and spellings, comma-separated')
    .option('--website <url>', 'partner: its website')
    .option('--original-title <text>', 'agreement: the title exactly as on the document')
    .option('--owner <id>', 'agreement or activity: our own region, where the register holds several')
    .option('--signature <pairs>', 'agreement: one party\'s signature, party=ID,date=…,place=…,signatory=…,title=…,number=… (repeat per party)', collect, [])
    .option('--planned-signing <date>', 'agreement: the planned signing date')
    .option('--effective <date>', 'agreement: the day it takes effect, if not the last signature')
    .option('--renews-every <period>', 'agreement: the tie renews every so long, e.g. 5y')
    .option('--confirmed <date>', 'agreement: when its status was last confirmed')
    .option('--termination <pairs>', 'agreement: date=…,reason=…')
    .option('--objects <list>', 'agreement: objects of UU 23/2014 Pasal 367, comma-separated')
    .option('--scope <text>', 'agreement: a scope item (ruang lingkup); repeat for each', collect, [])
    .option('--dprd <pairs>', 'agreement: the DPRD approval, number=…,date=…,by=… (or status=unknown|not_applicable,reason=…)')
    .option('--central <pairs>', 'agreement: the central approval, number=…,date=…,by=… (or status=…,reason=…)')
    .option('--full-powers <pairs>', 'agreement: the Full Powers from Kemlu, number=…,date=…')
    .option('--document <link>', 'agreement: a signed document, a path in the register or a web address; repeat for each', collect, [])
    .option('--participants <pairs>', 'activity: count=…,description=…')
    .option('--budget <pairs>', 'activity: amount=…,currency=IDR,source=…')
    .option('--outputs <text>', 'activity: an output or result; repeat for each', collect, [])
    .option('--evidence <link>', 'activity: a path or web address; repeat for each', collect, [])
    .option('--source <text>', 'any: a source, a web address or a citation such as a letter number; repeat for each', collect, [])
    .option('--notes <text>', 'any: notes, e.g. open or disputed facts')
    .option('--dry-run', 'print the YAML instead of writing the file')
    .action(async (kind: string, id: string | undefined, _o, cmd: Command) => {
      const { newCommand } = await import('./new.js');
      exitCode = await newCommand(io, kind, id, cmd.optsWithGlobals());
    });

  globalOptions(program.command('import'))
    .description('a spreadsheet (.xlsx, .csv) into the register: columns mapped, values read, partners matched, shown before anything is written (docs/importing.md)')
    .argument('<file>', 'the workbook or CSV file')
    .option('--sheet <name>', 'the sheet to read: its name or its number (default: the first with a header row)')
    .option('--mapping <file>', 'a mapping file (YAML) saying which column is which field')
    .option('--write-mapping <file>', 'write the mapping chosen to a file to edit and pass back with --mapping; imports nothing')
    .option('--dry-run', 'show every file that would be written, with its row, and write nothing')
    .option('-y, --yes', 'write without asking (for scripts and CI)')
    .option('--rejects <file>', 'where the rejected rows go (default: <file>-rejects.csv here)')
    .option('--force', 'with --write-mapping, overwrite an existing file')
    .action(async (file: string, _o, cmd: Command) => {
      const { importCommand } = await import('./import.js');
      exitCode = await importCommand(io, file, cmd.optsWithGlobals());
    });

  program.command('schema')
    .description('print a JSON Schema (self-contained) for editors and other tools; without a name, list them')
    .argument('[name]', 'partner, agreement, activity or config')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--force', 'with --output, overwrite an existing file')
    .action(async (name: string | undefined, _o, cmd: Command) => {
      const { schemaCommand } = await import('./schema.js');
      exitCode = schemaCommand(io, name, cmd.opts());
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      io.stderr(err.message + '\n');
      return err.exitCode;
    }
    const errno = err as NodeJS.ErrnoException;
    if (typeof errno.code === 'string' && /^E[A-Z]+$/.test(errno.code) && typeof errno.syscall === 'string') {
      // A file-system error that no command turned into its own message: still the path and the cause.
      io.stderr(fsError(errno, errno.path ?? '(unknown path)', 'use').message + '\n');
      return 2;
    }
    const e = err as Error;
    io.stderr(`kerjasama: internal error: ${e.message}\n(This is a bug. Please report it with the command you ran; set KERJASAMA_DEBUG=1 for details.)\n`);
    if (io.env['KERJASAMA_DEBUG']) io.stderr(String(e.stack) + '\n');
    return 2;
  }
}
