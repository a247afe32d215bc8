// Rules: renews and parent links must form chains, never loops.

import type { Agreement, Diagnostic } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

function loops(ctx: CheckContext, field: 'renews' | 'parent', code: string): Diagnostic[] {
  const agreements = ctx.dataset.agreements;
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const start of agreements.values()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: Agreement | undefined = start;
    while (cur && !onPath.has(cur.id)) {
      onPath.add(cur.id);
      path.push(cur.id);
      const next: string | undefined = cur.data[field];
      cur = next === undefined ? undefined : agreements.get(next);
    }
    if (!cur) continue;
    const cycle = path.slice(path.indexOf(cur.id));
    const key = [...cycle].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    const first = [...cycle].sort()[0] as string;
    const rec = agreements.get(first) as Agreement;
    const from = cycle.indexOf(first);
    const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
    out.push(diag(code, 'error', rec.file, `/${field}`, { cycle: ordered.join(' → ') }));
  }
  return out;
}

export const renewalLoop = (ctx: CheckContext): Diagnostic[] => loops(ctx, 'renews', 'renewal-loop');
export const parentLoop = (ctx: CheckContext): Diagnostic[] => loops(ctx, 'parent', 'parent-loop');
