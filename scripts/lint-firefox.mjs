#!/usr/bin/env node
// Runs addons-linter on the Firefox build. Fails on any error, and on any
// warning that points at our own code. Library code is reported but not
// failed: third-party chunks (`chunks/vendor-*`), and the two known library
// patterns inlined into the single-file background and content scripts,
// recognized by the code the linter points at (so anything else still fails).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LIBRARY_PATTERNS = [
  // Preact's support for dangerouslySetInnerHTML, which our lint forbids us to use.
  { code: 'UNSAFE_VAR_ASSIGNMENT', library: 'preact', pattern: /dangerouslySetInnerHTML[^]{0,200}\.__html/ },
  // zod's check whether eval is allowed (it is not, in extensions; zod then parses without it).
  { code: 'DANGEROUS_EVAL', library: 'zod', pattern: /jitless[^]{0,120}Cloudflare[^]{0,80}Function\(``\)/ },
];

/** True when a linter message points at library code rather than ours. */
export function isLibraryCode(dir, message) {
  if (/(^|\/)chunks\/vendor-/.test(message.file ?? '')) return true;
  if (!message.file || message.line === undefined || message.column === undefined) return false;
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const around = line.slice(Math.max(0, message.column - 400), message.column + 200);
  return LIBRARY_PATTERNS.some((p) => p.code === message.code && p.pattern.test(around));
}

function main() {
  const out = process.env.WXT_OUT_DIR ?? '.output';
  const dir = [`${out}/firefox-mv3`, `${out}/firefox-mv2`].find((d) => existsSync(`${d}/manifest.json`));
  if (!dir) {
    console.error(`No Firefox build found in ${out}: run \`npx wxt build -b firefox\` first.`);
    process.exit(1);
  }
  const run = spawnSync('npx', ['addons-linter', '--output', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  for (const level of ['errors', 'warnings', 'notices']) {
    for (const m of report[level]) {
      const where = `${m.file ?? ''}${m.line ? `:${m.line}` : ''}`;
      const library = level === 'warnings' && isLibraryCode(dir, m) ? ' (library code)' : '';
      console.log(`${level.slice(0, -1).padEnd(7)} ${m.code} ${where} ${m.message}${library}`);
    }
  }
  const ours = report.warnings.filter((w) => !isLibraryCode(dir, w));
  console.log(
    `addons-linter ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${ours.length} in our code)`,
  );
  process.exit(report.errors.length === 0 && ours.length === 0 ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
