/**
 * The naive way to highlight, kept only as the benchmark's baseline
 * (`npm run bench:annotate`): mark.js's `markRegExp` once per lexicon term,
 * each call walking the whole page again. Never used by the extension.
 */
import Mark from 'mark.js';

/** Marks every match of each pattern under `root`, one full pass per pattern; returns the marks made. */
export function markEachPattern(root: Element, patterns: readonly RegExp[]): number {
  let marks = 0;
  const instance = new Mark(root as HTMLElement);
  for (const pattern of patterns) {
    instance.markRegExp(pattern, {
      element: 'mark',
      acrossElements: false,
      each: () => {
        marks += 1;
      },
    } as Mark.MarkRegExpOptions);
  }
  return marks;
}
