// Bundles bench/run.ts (and the engine it imports) with esbuild, then runs it with the
// garbage collector exposed (a collection between corpora) and bytecode flushing off: while
// one tool runs, the others' code must not be thrown away and recompiled inside their next
// sample (an editor's linter stays hot). These are V8 flags, set for the whole process, so they
// hold in the worker threads of `--workers` too. Node 20 cannot run TypeScript itself. Packages stay external: they load from node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { nodeBundle } from '../scripts/nodeBundle.mjs';

// In this checkout's out/, not node_modules/.cache: git worktrees may share one node_modules, and
// the bundle is loaded again after the run starts (by every worker thread and the memory probes'
// processes), so another checkout's bench must not overwrite it. Packages still resolve from the node_modules above it.
const outfile = 'out/bench/run.mjs';
// The story bank report scores, so the shipped rubrics come in as parsed YAML (nodeBundle).
await build({ ...nodeBundle, entryPoints: ['bench/run.ts'], outfile });
const r = spawnSync(process.execPath, ['--expose-gc', '--no-flush-bytecode', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
