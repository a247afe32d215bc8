// The process edge: real streams, environment and clock. A closed stdout (output piped into head) ends
// the run quietly with the command's own exit code; a stdout that cannot be written (a full disk) says so
// on stderr and exits 2. No stack trace either way.

import { main, runLanguage } from './main.js';
import { t, type MessageKey } from './messages.js';
import { dropEarly } from '../load/gitLine.js';
import type { Lang } from '../model/types.js';

export async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  // The language of the message about a stdout that cannot be written: the run's (as main chooses it).
  let lang: Lang | undefined;
  const language = (): Lang => (lang ??= runLanguage(argv, { cwd: process.cwd(), env: process.env, now: () => new Date(), stdoutIsTTY: false, stderrIsTTY: false, stdout: () => undefined, stderr: () => undefined }));
  let broken: { stream: string; code: string } | undefined;
  const onError = (stream: string) => (err: NodeJS.ErrnoException): void => {
    if (broken) return;
    broken = { stream, code: err.code ?? err.message };
    if (err.code !== 'EPIPE' && stream === 'stdout') {
      try {
        process.stderr.write(`kerjasama: ${t(language(), 'stdoutFailed', { cause: describe(err, language()) })}\n`);
      } catch {
        // stderr is gone too
      }
    }
    if (err.code !== 'EPIPE') process.exitCode = 2;
  };
  process.stdout.on('error', onError('stdout'));
  process.stderr.on('error', onError('stderr'));
  const write = (stream: NodeJS.WriteStream) => (s: string): void => {
    if (broken) return;
    try {
      stream.write(s);
    } catch (err) {
      onError(stream === process.stdout ? 'stdout' : 'stderr')(err as NodeJS.ErrnoException);
    }
  };
  // One interface for the whole run, opened at the first question, so answers typed ahead are kept.
  // Loaded only for a terminal (readline is not needed to read a pipe, or nothing).
  const prompter = process.stdin.isTTY ? (await import('./prompt.js')).linePrompter(process.stdin, process.stderr, true) : undefined;
  try {
    const code = await main(argv, {
      cwd: process.cwd(),
      env: process.env,
      now: () => new Date(),
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      ...(process.stdout.isTTY && process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {}),
      stdout: write(process.stdout),
      stderr: write(process.stderr),
      ...(prompter ? { prompt: (q: string) => prompter.ask(q) } : {}),
      onInterrupt: (handler) => {
        process.on('SIGINT', handler);
        return () => void process.off('SIGINT', handler);
      },
    });
    // A write error already decided the code (2), except a closed pipe, which keeps the command's.
    if (!broken || broken.code === 'EPIPE') process.exitCode = code;
  } finally {
    prompter?.close();
    // git's questions bin/kerjasama.js asked for a command that did not need them: not waited for.
    dropEarly();
  }
}

function describe(err: NodeJS.ErrnoException, lang: Lang): string {
  if (err.code === 'ENOSPC' || err.code === 'EDQUOT' || err.code === 'EIO') return t(lang, `fs.${err.code}` as MessageKey);
  return err.code ? `${err.code} (${err.message})` : err.message;
}
