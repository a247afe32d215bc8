// Questions on the terminal, through one readline interface for the whole run: answers typed ahead or
// pasted before a question is asked are queued, not lost (a new interface per question dropped them).

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './io.js';
import { say } from './messages.js';

export interface Prompter {
  /** Asks one question and returns the next line typed (without the newline). */
  ask(question: string): Promise<string>;
  /** Releases the terminal; pending and later questions are cancelled. */
  close(): void;
}

// The question's line is still open: the message starts on a line of its own.
const cancelled = (): UsageError => new UsageError(say('cancelled'), 2, '\nkerjasama: ');

/** A prompter on `input`/`output`; Ctrl-C or end of input cancels the command (exit 2) instead of hanging. */
export function linePrompter(input: Readable, output: Writable, terminal: boolean): Prompter {
  let rl: ReturnType<typeof createInterface> | undefined;
  const lines: string[] = [];
  let ended = false;
  let waiting: { resolve: (s: string) => void; reject: (e: Error) => void } | undefined;
  const open = (): ReturnType<typeof createInterface> => {
    if (rl) return rl;
    rl = createInterface({ input, output, terminal });
    rl.on('line', (line) => {
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w.resolve(line);
      } else lines.push(line);
    });
    const stop = (): void => {
      ended = true;
      const w = waiting;
      waiting = undefined;
      w?.reject(cancelled());
    };
    rl.on('SIGINT', () => {
      // Ctrl-C cancels even answers queued ahead.
      lines.length = 0;
      stop();
      rl?.close();
    });
    rl.on('close', stop);
    return rl;
  };
  return {
    ask(question) {
      const r = open();
      const next = lines.shift();
      if (next !== undefined) {
        output.write(question + next + '\n');
        return Promise.resolve(next);
      }
      if (ended) return Promise.reject(cancelled());
      return new Promise<string>((resolve, reject) => {
        waiting = { resolve, reject };
        r.setPrompt(question);
        r.prompt();
      });
    },
    close() {
      ended = true;
      rl?.close();
    },
  };
}
