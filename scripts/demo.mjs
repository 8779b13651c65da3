// The main job in one command: lint, then score, the sample answers in examples/
// (strong and weak drafts side by side). Exits non-zero only when a command breaks.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const files = readdirSync('examples')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `examples/${f}`);

function run(title, args) {
  process.stdout.write(`\n=== ${title}: interview-lint ${args.join(' ')}\n\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
  // 0 = clean, 1 = findings at error severity; both mean the tool did its job.
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`demo: "${args[0]}" exited with ${r.status}\n`);
    process.exitCode = 1;
  }
}

run('Lint', ['lint', ...files]);
run('Score', ['score', ...files]);
