/**
 * Edit distance (Levenshtein: insert, delete, substitute, each costing 1) for
 * the fuzzy stage of re-anchoring, written for this project and tested against
 * the textbook dynamic programme (tests/unit/anchoring/edit-distance.test.ts).
 *
 * `searchApprox` finds where a pattern occurs in a text with at most k errors
 * using Myers' bit-parallel algorithm (Myers 1999) in Hyyrö's block form with
 * Ukkonen's cut-off, as edlib and hypothesis's approx-string-match do: 32 rows
 * of the dynamic programme per machine word, and only the blocks that can
 * still hold a value <= k are computed. Time is about n * (k / 32 + 1) word
 * steps for a text of n characters, rather than n * m cells.
 *
 * Every function adds the work it did to an optional counter, so tests can
 * show the cost on a long page by counting steps rather than timing them.
 */

/** Counts units of work: one per dynamic-programme cell or per 32-row block step. */
export interface WorkCounter {
  steps: number;
}

const W = 32;

/**
 * Character code -> slot of its match masks, for the pattern being searched
 * (0 = the character is not in the pattern). One table for the module,
 * filled for a search and cleared after it: a lookup per text character must
 * be an array read, not a Map's.
 */
const slotTable = new Int32Array(0x10000);

/** A place where the pattern matches: the end offset in the text (exclusive) and the errors. */
export interface ApproxEnd {
  end: number;
  errors: number;
}

/**
 * Every end offset in `text[from, to)` where `pattern` matches a substring
 * ending there with at most `maxErrors` edits, with the fewest errors for that
 * end. `pattern` must not be empty. With `anchored`, matches must start at
 * `from` (the programme's top row counts skipped text as errors).
 */
export function searchApprox(
  pattern: string,
  text: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  work?: WorkCounter,
  anchored = false,
): ApproxEnd[] {
  const m = pattern.length;
  if (m === 0) throw new RangeError('searchApprox: empty pattern');
  const k = Math.max(0, Math.min(maxErrors, m));
  const blocks = Math.ceil(m / W);
  const lastBlock = blocks - 1;
  const lastRows = m - lastBlock * W; // rows in the last block, 1..32

  // Match masks: for slot s (1-based) and block b, bit i is set where the pattern has that character.
  let slots = 0;
  const codes: number[] = [];
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if (slotTable[code] === 0) {
      slotTable[code] = ++slots;
      codes.push(code);
    }
  }
  const peq = new Int32Array((slots + 1) * blocks);
  for (let i = 0; i < m; i++)
    peq[slotTable[pattern.charCodeAt(i)]! * blocks + ((i / W) | 0)]! |= 1 << (i % W);

  const lastBit = new Int32Array(blocks).fill(1 << (W - 1));
  lastBit[lastBlock] = 1 << (lastRows - 1);
  const pv = new Int32Array(blocks);
  const mv = new Int32Array(blocks);
  const score = new Int32Array(blocks);

  // Column 0 of the search programme: D[i][0] = i. Blocks that may hold a
  // value <= k there are active; the rest start when a column needs them.
  let y = Math.min(lastBlock, Math.max(0, Math.ceil((k + 1) / W) - 1));
  for (let b = 0; b <= y; b++) {
    pv[b] = -1;
    score[b] = Math.min(m, (b + 1) * W);
  }

  const found: ApproxEnd[] = [];
  let steps = 0;
  try {
    for (let j = from; j < to; j++) {
      const base = slotTable[text.charCodeAt(j)]! * blocks;
      let carry = anchored ? 1 : 0;
      for (let b = 0; b <= y; b++) {
        // One 32-row block, one column (Hyyrö's formulation of Myers' step;
        // `carry` is the horizontal delta entering the block's top row).
        const eqIn = peq[base + b]!;
        const p = pv[b]!;
        const n = mv[b]!;
        const negative = carry < 0 ? 1 : 0;
        const xv = eqIn | n;
        const eq = eqIn | negative;
        const xh = ((((eq & p) + p) | 0) ^ p) | eq;
        let ph = n | ~(xh | p);
        let mh = p & xh;
        const bit = lastBit[b]!;
        const out = (ph & bit) !== 0 ? 1 : (mh & bit) !== 0 ? -1 : 0;
        ph = (ph << 1) | (carry > 0 ? 1 : 0);
        mh = (mh << 1) | negative;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        score[b]! += out;
        carry = out;
      }
      steps += y + 1;
      // Ukkonen's cut-off: start the next block when its top can reach <= k,
      // drop trailing blocks whose every value is > k.
      if (y < lastBlock && score[y]! - carry <= k && ((peq[base + y + 1]! & 1) !== 0 || carry < 0)) {
        const b = ++y;
        // The new block's column j-1 is taken as +1 per row below the block above.
        const eqIn = peq[base + b]!;
        const negative = carry < 0 ? 1 : 0;
        const p = -1;
        const eq = eqIn | negative;
        const xh = ((((eq & p) + p) | 0) ^ p) | eq;
        let ph = ~(xh | p);
        let mh = p & xh;
        const bit = lastBit[b]!;
        const out = (ph & bit) !== 0 ? 1 : (mh & bit) !== 0 ? -1 : 0;
        ph = (ph << 1) | (carry > 0 ? 1 : 0);
        mh = (mh << 1) | negative;
        pv[b] = mh | ~(eqIn | ph);
        mv[b] = ph & eqIn;
        score[b] = score[b - 1]! - carry + (b === lastBlock ? lastRows : W) + out;
        steps++;
      } else {
        while (y > 0 && score[y]! >= k + W) y--;
      }
      if (y === lastBlock && score[y]! <= k) found.push({ end: j + 1, errors: score[y]! });
      // Anchored: past m + k characters every value of the last row is > k.
      if (anchored && j - from >= m + k) break;
    }
  } finally {
    for (const code of codes) slotTable[code] = 0;
  }
  if (work) work.steps += steps;
  return found;
}

/** Levenshtein distance of `a` and `b` (two-row dynamic programme; for short strings). */
export function editDistance(a: string, b: string, work?: WorkCounter): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  if (work) work.steps += a.length * b.length;
  return previous[b.length]!;
}

function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/**
 * Where the best match of `pattern` ending at `end` starts: matches the
 * reversed pattern against the reversed text before `end`, anchored at `end`.
 * Returns the start and the errors of `text[start, end)` against the pattern,
 * preferring the length closest to the pattern's when several starts tie.
 */
export function matchStart(
  pattern: string,
  text: string,
  end: number,
  maxErrors: number,
  work?: WorkCounter,
): { start: number; errors: number } | null {
  const windowStart = Math.max(0, end - pattern.length - maxErrors);
  const window = reverse(text.slice(windowStart, end));
  const ends = searchApprox(reverse(pattern), window, maxErrors, 0, window.length, work, true);
  // Column 0 (the empty match) is not reported by the search.
  let best: { start: number; errors: number } | null =
    pattern.length <= maxErrors ? { start: end, errors: pattern.length } : null;
  for (const { end: reversedEnd, errors } of ends) {
    const start = end - reversedEnd;
    if (
      !best ||
      errors < best.errors ||
      (errors === best.errors &&
        Math.abs(end - start - pattern.length) < Math.abs(end - best.start - pattern.length))
    ) {
      best = { start, errors };
    }
  }
  return best;
}
