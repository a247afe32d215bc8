// The process edge: real streams, environment and clock; EPIPE (output piped into head) ends quietly.

import { createInterface } from 'node:readline/promises';
import { UsageError } from './io.js';
import { main } from './main.js';
import { say } from './messages.js';

/** One question on the terminal; Ctrl-C or Ctrl-D cancels the command (exit 2) instead of hanging. */
async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return await new Promise<string>((resolve, reject) => {
      const cancel = (): void => {
        process.stderr.write('\n');
        reject(new UsageError(say('cancelled')));
      };
      rl.on('SIGINT', cancel);
      rl.on('close', cancel);
      rl.question(question).then(resolve, reject);
    });
  } finally {
    rl.close();
  }
}

export async function run(): Promise<void> {
  const quietOnEpipe = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  };
  process.stdout.on('error', quietOnEpipe);
  process.stderr.on('error', quietOnEpipe);
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    ...(process.stdin.isTTY ? { prompt: ask } : {}),
  });
  process.exitCode = code;
}
