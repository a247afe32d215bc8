// What the CLI may know of the outside world, passed in so that tests can give a fake one.

export interface IO {
  readonly argv0?: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock: read only by the CLI layer, to default --as-of. */
  readonly now: () => Date;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
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
}

/** An error the CLI reports in one line with exit code 2 (usage, configuration, no register). */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
