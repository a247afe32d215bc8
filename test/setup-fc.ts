// fast-check's seed for every property of the suite: fixed, so that CI and a developer's run check the
// same cases and a failure is reproducible; FC_SEED=<n> checks others, FC_SEED=random a new set each run
// (do that when exploring: a counterexample it finds belongs in a unit test, then the fix).
import fc from 'fast-check';

const env = process.env['FC_SEED'];
if (env !== 'random') fc.configureGlobal({ seed: env !== undefined && /^-?\d+$/.test(env) ? Number(env) : 20261206 });
