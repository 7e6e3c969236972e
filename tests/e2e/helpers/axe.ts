/** axe (@axe-core/playwright) results in words, for a readable failure. */
import type AxeBuilder from '@axe-core/playwright';

/** axe's violations, each with the elements it names (the first five). */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}
