#!/usr/bin/env node
// Runs addons-linter on the Firefox build. Fails on any error, and on any
// warning in a file that holds our own code (vendor chunks are reported but
// not failed: their warnings are about library internals).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = ['.output/firefox-mv3', '.output/firefox-mv2'].find((d) => existsSync(`${d}/manifest.json`));
if (!dir) {
  console.error('No Firefox build found: run `npx wxt build -b firefox` first.');
  process.exit(1);
}
const run = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const vendor = (file = '') => /(^|\/)chunks\/vendor-/.test(file);
for (const level of ['errors', 'warnings', 'notices']) {
  for (const m of report[level]) {
    console.log(
      `${level.slice(0, -1).padEnd(7)} ${m.code} ${m.file ?? ''} ${m.message}${vendor(m.file) ? ' (vendor)' : ''}`,
    );
  }
}
const ours = report.warnings.filter((w) => !vendor(w.file));
console.log(
  `addons-linter ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${ours.length} in our code)`,
);
process.exit(report.errors.length === 0 && ours.length === 0 ? 0 : 1);
