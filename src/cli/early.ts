// What bin/kerjasama.js does before the CLI loads, for the commands that ask git of the register's working
// tree (validate, report, list, show): it starts git's questions now (gitLine.ts askEarly), so that git
// lists the register while Node loads the CLI, and the command finds git's answer waiting (issue 28).
// The command line is only glanced at here; commander reads it properly after. A question the command
// does not ask after all (another register, a register that became small) is ended when the run ends
// (dropEarly, in run.ts): nothing but time is lost.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE, findRegister, GIT_EARLY_MARK, mayBeInGit, registerCacheFolder } from '../load/folders.js';
import { askEarly, STATUS_ASKED, TREE_ASKED } from '../load/gitLine.js';
import { cacheHomeOf } from './cacheHome.js';

/** The commands whose cached run asks git of the working tree first (validate.ts openMemo, report.ts runReport). */
const ASKING = new Set(['validate', 'report', 'list', 'show']);
/** Options with which they read no working tree, or no memo: git is not asked. */
const NOT_ASKING = ['--no-cache', '--staged', '--at', '--recorded-as-of', '--help', '-h'];

/** Starts git's questions for the run `args` in `cwd`, when it will ask them; else nothing. */
export function gitEarly(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): void {
  if (!ASKING.has(args[0] ?? '')) return;
  let register: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') break;
    if (NOT_ASKING.some((o) => a === o || a.startsWith(`${o}=`))) return;
    if (a === '-C' || a === '--register') register = args[++i];
    else if (a.startsWith('--register=')) register = a.slice('--register='.length);
  }
  const root = register !== undefined ? resolve(cwd, register) : findRegister(cwd);
  if (root === undefined || !existsSync(join(root, CONFIG_FILE)) || !mayBeInGit(root, env)) return;
  // validate lists a register of a few hundred files itself, faster than git starts: git is asked early
  // only when its last run left the mark that this one will ask git (validate.ts openMemo).
  const home = cacheHomeOf(env);
  if (home === undefined) return;
  if (args[0] === 'validate' && !existsSync(join(registerCacheFolder(join(home, 'kerjasama'), root), GIT_EARLY_MARK))) return;
  askEarly(root, [STATUS_ASKED, TREE_ASKED], env);
}
