// What the CLI may know of the outside world, passed in so that tests can give a fake one.

export interface IO {
  readonly argv0?: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock: read only by the CLI layer, to default --as-of. */
  readonly now: () => Date;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The terminal's width in columns when stdout is a terminal (process.stdout.columns). */
  readonly stdoutColumns?: number;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Prints workflow commands that the tool itself built (validate --format github), past the guard that
   * keeps every other printed line from starting one under GitHub Actions (see guardedIo in main.ts).
   */
  readonly commands?: (text: string) => void;
  /**
   * Asks one question on the terminal and returns the answer (without the newline). Present only when
   * stdin is a terminal: commands that could ask (init, new) otherwise say which flags to pass.
   */
  readonly prompt?: (question: string) => Promise<string>;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) instead of ending the process, until the returned function is
   * called; for a command that must clean up (init's staging folder). Absent: Ctrl-C ends the process.
   */
  readonly onInterrupt?: (handler: () => void) => () => void;
  /**
   * The folder the running kerjasama is installed in (its package.json's folder); init asks npm's records
   * there where it came from (src/cli/toolOrigin.ts). Absent: this module's own package.
   */
  readonly toolRoot?: string;
}

/**
 * An error the CLI reports in one line with exit code 2 (usage, configuration, no register). Given a
 * message of the catalogue (src/cli/messages.ts, `say(key, params)`), main prints it in the language of
 * the run, prefixed `kerjasama: `; a plain string is printed as it is.
 */
export class UsageError extends Error {
  readonly text: (lang: 'en' | 'id') => string;
  constructor(message: string | ((lang: 'en' | 'id') => string), readonly exitCode = 2, prefix = 'kerjasama: ') {
    super(typeof message === 'string' ? message : `${prefix}${message('en')}`);
    this.text = typeof message === 'string' ? () => message : (lang) => `${prefix}${message(lang)}`;
  }
}

/**
 * The width terminal tables must fit: the terminal's width when stdout is one, else COLUMNS when set
 * (a whole number); none (whole rows) for a pipe or a file without COLUMNS, and for --output.
 */
export function chooseWidth(io: IO, output?: string): number | undefined {
  if (output !== undefined && output !== '-') return undefined;
  if (io.stdoutIsTTY && io.stdoutColumns !== undefined && io.stdoutColumns > 0) return io.stdoutColumns;
  const env = io.env['COLUMNS']?.trim();
  return env !== undefined && /^[1-9]\d*$/.test(env) ? Number(env) : undefined;
}

/** The width to wrap problems shown on stderr to (new, set …), as validate wraps them: none for a pipe without COLUMNS. */
export function widthOption(io: IO): { width?: number } {
  const width = chooseWidth(io);
  return width !== undefined ? { width } : {};
}
