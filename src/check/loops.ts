// Rules: renews and parent links must form chains, never loops.

import type { Agreement, Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

/**
 * Each agreement is walked once (linear in agreements): a walk stops at an agreement already finished by
 * an earlier walk, and finds a loop only when it meets one on its own path. Each loop is reported once,
 * on its smallest id, listed from there.
 */
function loops(ctx: CheckContext, field: 'renews' | 'parent', code: string): Diagnostic[] {
  const agreements = ctx.dataset.agreements;
  const out: Diagnostic[] = [];
  /** 1: on the current walk's path; 2: finished. */
  const state = new Map<string, 1 | 2>();
  for (const start of agreements.values()) {
    if (state.has(start.id)) continue;
    const path: string[] = [];
    let cur: Agreement | undefined = start;
    while (cur && !state.has(cur.id)) {
      state.set(cur.id, 1);
      path.push(cur.id);
      const next: string | undefined = cur.data[field];
      cur = next === undefined ? undefined : agreements.get(next);
    }
    const loopStart = cur && state.get(cur.id) === 1 ? path.indexOf(cur.id) : -1;
    for (const id of path) state.set(id, 2);
    if (loopStart < 0) continue;
    const cycle = path.slice(loopStart);
    let from = 0;
    for (let i = 1; i < cycle.length; i++) if ((cycle[i] as string) < (cycle[from] as string)) from = i;
    const first = cycle[from] as string;
    const rec = agreements.get(first) as Agreement;
    const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
    out.push(diag(code, 'error', rec.file, `/${field}`, { cycle: ordered.join(' → ') }));
  }
  return out;
}

export const renewalLoop = (ctx: CheckContext): Diagnostic[] => loops(ctx, 'renews', 'renewal-loop');
export const parentLoop = (ctx: CheckContext): Diagnostic[] => loops(ctx, 'parent', 'parent-loop');
