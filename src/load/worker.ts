// The worker thread of parallel.ts: takes chunks of files from the shared counter, does each file's work
// (load.ts runJob, the same function the main thread runs), and sends the results back chunk by chunk.
// It always says it has finished, also when something failed, so the main thread never waits in vain.
// Then it answers requests for positions on the files it read on the fast path (read again, then
// fastPositions and locateFast, as the main thread's locateLater does first), until told to stop,
// terminated with the process, or idle for a long while.

import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../model/types.js';
import type { FileJob, JobResult, LocateRequest, WorkerInput } from './parallel.js';

const { jobs, withHash, keepTexts, chunk, control, port } = workerData as WorkerInput;
/** Idle this long after the files with no request, the worker ends by itself. */
const IDLE_MS = 120_000;
/** The files read here on the fast path, by path: read again for positions, as the main thread would (no texts kept). */
const fastFiles = new Map<string, FileJob>();
let ok = false;
let readAgain: ((job: FileJob) => string | undefined) | undefined;
try {
  const { runJob, jobText } = await import('./load.js');
  readAgain = jobText;
  const chunks = Math.ceil(jobs.length / chunk);
  for (;;) {
    const c = Atomics.add(control, 0, 1);
    if (c >= chunks) break;
    const start = c * chunk;
    const end = Math.min(jobs.length, start + chunk);
    const out: JobResult[] = [];
    for (let i = start; i < end; i++) {
      const job = jobs[i];
      if (!job) continue;
      const r = runJob(job, withHash, keepTexts);
      if (r.fast) fastFiles.set(job.rel, job);
      out.push(r);
    }
    port.postMessage({ start, out });
    Atomics.add(control, 1, end - start);
  }
  Atomics.store(control, 2, 1);
  ok = true;
} catch {
  Atomics.store(control, 2, 2);
} finally {
  Atomics.notify(control, 2);
}

if (ok) {
  try {
    const { fastPositions } = await import('./fastParse.js');
    const { locateFast } = await import('./locate.js');
    let idleSince = Date.now();
    while (Atomics.load(control, 3) !== 2 && Date.now() - idleSince < IDLE_MS) {
      Atomics.wait(control, 3, 0, 1000);
      if (Atomics.load(control, 3) !== 1) continue;
      const m = receiveMessageOnPort(port);
      const requests = (m?.message ?? []) as LocateRequest[];
      const answers = requests.map((req) => {
        const job = fastFiles.get(req.rel);
        const text = job ? readAgain?.(job) : undefined;
        const at = text === undefined ? undefined : fastPositions(text);
        return req.diagnostics.map((d: Diagnostic) => (at ? locateFast(d, at) ?? null : null));
      });
      port.postMessage(answers);
      Atomics.store(control, 3, 0);
      Atomics.add(control, 4, 1);
      Atomics.notify(control, 4);
      idleSince = Date.now();
    }
  } catch {
    // Answered with nothing: the main thread locates those files itself.
    Atomics.store(control, 3, 2);
    Atomics.add(control, 4, 1);
    Atomics.notify(control, 4);
  }
}
port.close();
