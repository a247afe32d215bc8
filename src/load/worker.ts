// The worker thread of parallel.ts: takes chunks of files from the shared counter, does each file's work
// (load.ts runJob, the same function the main thread runs), and sends the results back chunk by chunk.
// It always says it has finished, also when something failed, so the main thread never waits in vain.

import { workerData } from 'node:worker_threads';
import type { JobResult, WorkerInput } from './parallel.js';

const { jobs, withHash, keepTexts, chunk, control, port } = workerData as WorkerInput;
try {
  const { runJob } = await import('./load.js');
  const chunks = Math.ceil(jobs.length / chunk);
  for (;;) {
    const c = Atomics.add(control, 0, 1);
    if (c >= chunks) break;
    const start = c * chunk;
    const end = Math.min(jobs.length, start + chunk);
    const out: JobResult[] = [];
    for (let i = start; i < end; i++) {
      const job = jobs[i];
      if (job) out.push(runJob(job, withHash, keepTexts));
    }
    port.postMessage({ start, out });
    Atomics.add(control, 1, end - start);
  }
  Atomics.store(control, 2, 1);
} catch {
  Atomics.store(control, 2, 2);
} finally {
  Atomics.notify(control, 2);
  port.close();
}
