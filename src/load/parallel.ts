// Reading and checking record files on two cores (issue 11). The loader's work on each file (read it,
// hash it for the cache, the fast reader or the full parser, the schema, the id rules) is a pure function
// of the file (load.ts runJob), so a large register's files are shared between the main thread and one
// worker thread, in chunks taken from a shared counter (whoever is free takes the next chunk, so a busy
// core does less). The results are put back by index: what the loader does with them afterwards, in path
// order, is unchanged, and so is every output (test/identical.test.ts runs the built CLI both ways).
//
// The loader is synchronous, so the main thread waits for the worker with Atomics.wait and takes its
// messages with receiveMessageOnPort. A worker that stops making progress (it could not start, or ran out
// of memory) is given up on: the main thread does its remaining files itself, so the answer never depends
// on the worker.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic, Kind } from '../model/types.js';

/** One file's work: where it is and what kind of record it holds. */
export interface FileJob { readonly rel: string; readonly abs: string; readonly size: number; readonly kind: Kind }

/** What the work gave: the value and diagnostics; the text only when a later message may need it (see runJob). */
export interface JobResult {
  value?: unknown;
  text?: string;
  diagnostics: Diagnostic[];
  fast?: boolean;
  /** The content hash, when the cache wants one (and the file could be read). */
  hash?: string;
}

/** What the worker is given. */
export interface WorkerInput {
  readonly jobs: readonly FileJob[];
  readonly withHash: boolean;
  readonly keepTexts: boolean;
  readonly chunk: number;
  /** [next chunk to take, files done by the worker, worker finished (1) or failed (2)] */
  readonly control: Int32Array;
  readonly port: MessagePort;
}

/** Files per chunk: small enough to share the tail well, large enough that taking one costs nothing. */
const CHUNK = 64;
/** No progress from the worker for this long: it is given up on (its chunks are done here). */
const STALL_MS = 20_000;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Whether a second thread can help: more than one core, and the worker's code is built (not when run from src/ in tests). */
export function parallelAvailable(): boolean {
  return availableParallelism() > 1 && existsSync(WORKER_URL);
}

/**
 * Runs `run` on every job, on this thread and one worker; results in the jobs' order. `progress` is told
 * how many are done. Falls back to this thread alone for anything the worker does not finish. `half`: this
 * thread takes at most half of the chunks and leaves the rest to the worker, however slow it is to start
 * (tests, so that a small register really goes through the worker).
 */
export function runParallel(jobs: readonly FileJob[], how: { withHash: boolean; keepTexts: boolean }, run: (job: FileJob) => JobResult, progress?: (done: number) => void, half = false): { results: JobResult[]; byWorker: number } {
  const results: Array<JobResult | undefined> = new Array(jobs.length);
  const chunks = Math.ceil(jobs.length / CHUNK);
  const control = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    const input: WorkerInput = { jobs, ...how, chunk: CHUNK, control, port: port2 };
    worker = new Worker(WORKER_URL, { workerData: input, transferList: [port2] });
    worker.unref();
    // An error in the worker is seen by the progress check below; never as an uncaught exception here.
    worker.on('error', () => undefined);
  } catch {
    worker = undefined;
  }
  let mine = 0;
  const report = (): void => progress?.(mine + Atomics.load(control, 1));
  let taken = 0;
  const take = (): void => {
    for (;;) {
      if (half && taken >= Math.ceil(chunks / 2)) return;
      taken++;
      const c = Atomics.add(control, 0, 1);
      if (c >= chunks) return;
      const end = Math.min(jobs.length, (c + 1) * CHUNK);
      for (let i = c * CHUNK; i < end; i++) results[i] = run(jobs[i] as FileJob);
      mine += end - c * CHUNK;
      report();
    }
  };
  take();
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const { start, out } = m.message as { start: number; out: JobResult[] };
      for (let k = 0; k < out.length; k++) results[start + k] = out[k];
    }
  };
  if (worker) {
    // Wait for the worker to finish the chunks it took, as long as it keeps moving.
    let seen = Atomics.load(control, 1);
    let quietSince = Date.now();
    while (Atomics.load(control, 2) === 0) {
      Atomics.wait(control, 2, 0, 50);
      drain();
      report();
      const now = Atomics.load(control, 1);
      if (now !== seen) {
        seen = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince > STALL_MS) break;
    }
    drain();
    void worker.terminate();
  }
  port1.close();
  // Whatever the worker took and did not send back (it failed, or was given up on) is done here.
  let byWorker = jobs.length - mine;
  for (let i = 0; i < jobs.length; i++) {
    if (results[i] === undefined) {
      results[i] = run(jobs[i] as FileJob);
      byWorker--;
    }
  }
  return { results: results as JobResult[], byWorker };
}
