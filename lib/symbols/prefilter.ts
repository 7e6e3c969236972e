/**
 * The places worth a look and the scanner each one wakes: a slash (explicit
 * symbols), the middle of a word for "resolution"/"decision" in the
 * Latin-script languages (re-sol-ution, dé-cisi-on), the Russian, Arabic and
 * Chinese words, "SCR", and a hyphen at the end of a line (a word split by PDF
 * text extraction, "resolu-\ntion"). Plain literals keep the engine's fast
 * search; each hit is checked by the scanner it wakes.
 *
 * `scanEveryHit` visits every hit in the text; in Latin-1 text,
 * `scanLatin1NearDigits` (digits.ts) visits only the hits that can lead to a
 * mention, in the same order and with the same resume rule, so both give the
 * same mentions.
 */
import { scanChinese } from './chinese';
import type { ScanContext } from './draft';
import { scanExplicit } from './explicit';
import { hyphenatedTriggerAt, scanProse, triggerAt } from './prose';

export const PREFILTER_SOURCE = '\\/|sol|SOL|cisi|CISI|SCR|езолюц|ЕЗОЛЮЦ|ешени|ЕШЕНИ|قرار|مقرر|[决決]|-\\n';
const PREFILTER = new RegExp(PREFILTER_SOURCE, 'g');

/**
 * Runs the scanner woken by the prefilter's hit `word` at `hit`; returns where
 * the prefilter resumes (past the hit, and past whatever the scanner read).
 */
export function wake(ctx: ScanContext, hit: number, word: string): number {
  const { text } = ctx;
  let resume: number;
  if (word === '/') resume = scanExplicit(ctx, hit);
  else if (word === '决' || word === '決') {
    const next = text[hit + 1];
    resume = next === '议' || next === '議' || next === '定' ? scanChinese(ctx, hit, word + next) : hit + 1;
  } else {
    const trigger = word === '-\n' ? hyphenatedTriggerAt(text, hit) : triggerAt(text, hit, word);
    resume = trigger ? scanProse(ctx, trigger) : hit + 1;
  }
  return Math.max(resume, hit + word.length);
}

/** Wakes the scanner of every prefilter hit, in order, skipping what an earlier scanner read. */
export function scanEveryHit(ctx: ScanContext): void {
  const re = PREFILTER;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) re.lastIndex = wake(ctx, m.index, m[0]);
}
