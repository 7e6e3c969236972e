// Page content and notes are untrusted, so no HTML sink may take them. The
// project's ESLint config enforces it with eslint-plugin-no-unsanitized: this
// proves the config catches each sink, that the code base has none, and
// scans for the sinks the plugin does not know (srcdoc, eval, inline handlers).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

const eslint = new ESLint({ cwd: ROOT });

/** The rules that guard HTML sinks, and the message of the JSX one. */
function isSinkMessage(m: { ruleId: string | null; message: string }): boolean {
  return (
    m.ruleId?.startsWith('no-unsanitized/') === true ||
    (m.ruleId === 'no-restricted-syntax' && /untrusted/.test(m.message))
  );
}

describe('the lint config', () => {
  const untrusted =
    'declare const note: string; declare const el: HTMLElement; declare const range: Range;\n';
  it.each([
    ['innerHTML', 'el.innerHTML = note;'],
    ['innerHTML +=', 'el.innerHTML += note;'],
    ['outerHTML', 'el.outerHTML = note;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', note);"],
    ['document.write', 'document.write(note);'],
    ['document.writeln', 'document.writeln(note);'],
    ['createContextualFragment', 'range.createContextualFragment(note);'],
    ['setHTMLUnsafe', 'el.setHTMLUnsafe(note);'],
  ])('refuses %s with untrusted text', async (_name, line) => {
    for (const filePath of ['lib/scan/probe.ts', 'components/shared/probe.tsx', 'entrypoints/probe.ts']) {
      const [result] = await eslint.lintText(untrusted + line, { filePath: join(ROOT, filePath) });
      expect(result!.messages.filter(isSinkMessage).length, `${line} in ${filePath}`).toBeGreaterThan(0);
    }
  });

  it('refuses dangerouslySetInnerHTML in views', async () => {
    const code =
      'declare const note: string;\nexport const X = () => <div dangerouslySetInnerHTML={{ __html: note }} />;';
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'components/shared/probe.tsx') });
    expect(result!.messages.filter(isSinkMessage).length).toBeGreaterThan(0);
  });

  it('allows text, which is how notes and page text are rendered', async () => {
    const code =
      'declare const note: string; declare const el: HTMLElement;\nel.textContent = note;\nel.append(note);';
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'lib/scan/probe.ts') });
    expect(result!.messages.filter(isSinkMessage)).toEqual([]);
  });
});

describe('the code base', () => {
  it('has no HTML sink the lint rules report', async () => {
    const results = await eslint.lintFiles(SOURCE_DIRS.map((d) => join(ROOT, d)));
    const found = results.flatMap((r) =>
      r.messages.filter(isSinkMessage).map((m) => `${relative(ROOT, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(found).toEqual([]);
  }, 180_000);

  it('has no sink the plugin does not know: srcdoc, eval, new Function, inline handlers, javascript: URLs', () => {
    const patterns: [string, RegExp][] = [
      ['srcdoc', /\bsrcdoc\b/i],
      ['parseHTMLUnsafe', /\bparseHTMLUnsafe\b/],
      ['eval', /(?<![\w.])eval\s*\(/],
      ['new Function', /\bnew\s+Function\s*\(/],
      ['string timers', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
      ['inline handler attribute', /setAttribute\s*\(\s*['"`]on[a-z]/i],
      ['javascript: URL', /['"`]\s*javascript:/i],
    ];
    const found: string[] = [];
    for (const file of sourceFiles()) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (/^\s*(\*|\/\*)/.test(code)) return; // comments may name what they guard against
        for (const [name, re] of patterns)
          if (re.test(code)) found.push(`${relative(ROOT, file)}:${i + 1} ${name}`);
      });
    }
    expect(found).toEqual([]);
  });
});

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|js|mjs|html)$/.test(entry.name)) out.push(full);
    }
  };
  for (const d of SOURCE_DIRS) walk(join(ROOT, d));
  return out;
}
