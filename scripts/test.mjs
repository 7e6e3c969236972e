#!/usr/bin/env node
// `npm test`: every check the project has, in order, on this machine.
// Each step's output streams through; the summary at the end says what failed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build (Chrome)', 'npx', ['wxt', 'build']],
  ['build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['addons-linter (Firefox build)', 'node', ['scripts/lint-firefox.mjs']],
  ['end-to-end tests (Chromium)', 'npx', ['playwright', 'test']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  const needsBuild = name.startsWith('end-to-end') || name.startsWith('addons');
  if (needsBuild && results.some((r) => r.name.startsWith('build') && !r.ok)) {
    results.push({ name, ok: false, skipped: true });
    continue;
  }
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  results.push({ name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\nSummary');
for (const r of results) {
  const status = r.skipped ? 'SKIPPED (build failed)' : r.ok ? 'ok' : 'FAILED';
  console.log(`  ${status.padEnd(22)} ${r.name}${r.seconds ? ` (${r.seconds.toFixed(1)} s)` : ''}`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
