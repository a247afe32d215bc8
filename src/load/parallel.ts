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
//
// After the files, the worker stays (unref'd: it never keeps the process alive), knowing which files it
// read on the fast path, for a second, smaller job: the positions of cross-record diagnostics on those files
// (RemoteFiles.locate), which are known only once every record is loaded and checked. Each thread then
// locates the files it read; whatever the worker does not answer, the main thread locates itself.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic, Kind } from '../model/types.js';

/** One file's work: where it is and what kind of record it holds. */
/** `size` as listed; none when listed without it (no cache): measured when read. */
export interface FileJob { readonly rel: string; readonly abs: string; readonly size?: number; readonly kind: Kind }

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
  /** [next chunk to take, files done by the worker, worker finished (1) or failed (2), a positions request (1) or quit (2), requests answered] */
  readonly control: Int32Array;
  readonly port: MessagePort;
}

/** Files per chunk: small enough to share the tail well, large enough that taking one costs nothing. */
const CHUNK = 64;
/** No progress from the worker for this long: it is given up on (its chunks are done here). */
const STALL_MS = 20_000;

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Diagnostics to locate on one file the worker read (fast path), by their index in the caller's list. */
export interface LocateRequest { readonly rel: string; readonly diagnostics: readonly Diagnostic[] }

/** The worker after the files: it knows the fast-read files it checked, by path, and reads them again to locate. */
export interface RemoteFiles {
  /** Whether the worker read this file on the fast path (and so can locate on it). */
  has(rel: string): boolean;
  /**
   * Posts the requests; `meanwhile` runs here while the worker works; then each request's diagnostics,
   * located, or undefined where the worker could not (the caller locates those itself).
   */
  locate(requests: readonly LocateRequest[], meanwhile: () => void): Array<Array<Diagnostic | undefined>>;
}

/** Whether a second thread can help: more than one core, and the worker's code is built (not when run from src/ in tests). */
export function parallelAvailable(): boolean {
  return availableParallelism() > 1 && existsSync(WORKER_URL);
}

/**
 * Runs `run` on every job, on this thread and one worker; results in the jobs' order. `progress` is told
 * how many are done. Falls back to this thread alone for anything the worker does not finish. `half`: this
 * thread takes at most half of the chunks and leaves the rest to the worker, however slow it is to start
 * (tests, so that a small register really goes through the worker). `stay`: the worker stays after the
 * files, to find positions on the files it read (RemoteFiles); else it ends with them.
 */
export function runParallel(jobs: readonly FileJob[], how: { withHash: boolean; keepTexts: boolean; stay: boolean }, run: (job: FileJob) => JobResult, progress?: (done: number) => void, half = false): { results: JobResult[]; byWorker: number; remote?: RemoteFiles } {
  const results: Array<JobResult | undefined> = new Array(jobs.length);
  const chunks = Math.ceil(jobs.length / CHUNK);
  const control = new Int32Array(new SharedArrayBuffer(20));
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
  const ranHere = new Uint8Array(jobs.length);
  const report = (): void => progress?.(mine + Atomics.load(control, 1));
  let taken = 0;
  const take = (): void => {
    for (;;) {
      if (half && taken >= Math.ceil(chunks / 2)) return;
      taken++;
      const c = Atomics.add(control, 0, 1);
      if (c >= chunks) return;
      const end = Math.min(jobs.length, (c + 1) * CHUNK);
      for (let i = c * CHUNK; i < end; i++) {
        results[i] = run(jobs[i] as FileJob);
        ranHere[i] = 1;
      }
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
  if (worker && mine === jobs.length) {
    // This thread did every chunk before the worker took one (a small register, or a slow start): no wait.
    void worker.terminate();
    port1.close();
    return { results: results as JobResult[], byWorker: 0 };
  }
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
  }
  // Whatever the worker took and did not send back (it failed, or was given up on) is done here.
  const fromWorker = new Set<string>();
  for (let i = 0; i < jobs.length; i++) {
    if (results[i] !== undefined && ranHere[i] === 0 && (results[i] as JobResult).fast) fromWorker.add((jobs[i] as FileJob).rel);
  }
  let byWorker = jobs.length - mine;
  for (let i = 0; i < jobs.length; i++) {
    if (results[i] === undefined) {
      results[i] = run(jobs[i] as FileJob);
      byWorker--;
    }
  }
  const finished = worker !== undefined && Atomics.load(control, 2) === 1;
  // Not asked to stay (a large register, where memory counts more than a little time): the worker ends with
  // the files, and its memory with it; positions on its files are found here.
  if (!finished || !how.stay) {
    void worker?.terminate();
    port1.close();
    return { results: results as JobResult[], byWorker };
  }
  return { results: results as JobResult[], byWorker, remote: remoteFiles(worker as Worker, control, port1, fromWorker) };
}

/** The finished worker as RemoteFiles; given up on (and terminated) if it stops answering. */
function remoteFiles(worker: Worker, control: Int32Array, port: MessagePort, files: ReadonlySet<string>): RemoteFiles {
  let alive = true;
  const stop = (): void => {
    alive = false;
    Atomics.store(control, 3, 2);
    Atomics.notify(control, 3);
    void worker.terminate();
    port.close();
  };
  return {
    has: (rel) => alive && files.has(rel),
    locate(requests, meanwhile) {
      const none = (): Array<Array<Diagnostic | undefined>> => requests.map((r) => r.diagnostics.map(() => undefined));
      if (!alive || requests.length === 0) {
        meanwhile();
        return none();
      }
      const answered = Atomics.load(control, 4);
      port.postMessage(requests);
      Atomics.store(control, 3, 1);
      Atomics.notify(control, 3);
      meanwhile();
      const since = Date.now();
      while (Atomics.load(control, 4) === answered) {
        Atomics.wait(control, 4, answered, 50);
        if (Atomics.load(control, 4) === answered && Date.now() - since > STALL_MS) {
          stop();
          return none();
        }
      }
      const m = receiveMessageOnPort(port);
      if (!m || !Array.isArray(m.message) || m.message.length !== requests.length) {
        stop();
        return none();
      }
      return (m.message as Array<Array<Diagnostic | null>>).map((row) => row.map((d) => d ?? undefined));
    },
  };
}
