/**
 * The year of each Security Council resolution number. Resolutions are
 * numbered in the order of their adoption since 1946 (Dag Hammarskjöld
 * Library, research.un.org/en/docs/sc/resolutions: "consecutively numbered
 * since 1946"; the 1946-1964 numbers were assigned retroactively in 1965), so
 * the first number of each year is enough to place any number in its year.
 *
 * Sources, checked one year boundary at a time (the last resolution of the
 * year before and the first of the year):
 * - 1946-1994: the file names of the hand-corrected resolution texts in
 *   github.com/SeanFobbe/cr-unsc, `data/res_en_gold/S_RES_<number>_<year>_EN_GOLD.txt`
 *   (e.g. S_RES_0799_1992 and S_RES_0800_1993 for the 1993 boundary).
 * - 1995-2024: the resolutions' own headings and UN press releases
 *   (press.un.org, unscr.com copies of S/RES/...): e.g. 969 adopted 21 Dec 1994
 *   and 970 on 12 Jan 1995; 1580 "the final resolution adopted in 2004" and
 *   SC/8293 listing 2004 from S/RES/1522; 2560 on 29 Dec 2020 and 2561 on
 *   29 Jan 2021; 2721 the last of 2023 (CR-UNSC: 2721 resolutions to the end
 *   of 2023) and 2722 on 10 Jan 2024.
 * - 2025: 2768 = 2722 + 46, the number of resolutions adopted in 2024 according
 *   to Security Council Report ("In Hindsight: The Security Council in 2024").
 * The boundaries agree with every "<number> (<year>)" in the shared corpus.
 */

const FIRST_YEAR = 1946;

/** FIRST_NUMBER[i] is the number of the first resolution adopted in FIRST_YEAR + i. */
const FIRST_NUMBER: readonly number[] = [
  // 1946-1955
  1, 16, 38, 67, 79, 90, 97, 99, 104, 106,
  // 1956-1965
  111, 122, 127, 132, 133, 161, 171, 178, 186, 200,
  // 1966-1975
  220, 233, 245, 263, 276, 292, 308, 325, 345, 367,
  // 1976-1985
  385, 403, 423, 444, 462, 485, 500, 529, 546, 560,
  // 1986-1995
  581, 594, 607, 627, 647, 684, 726, 800, 893, 970,
  // 1996-2005
  1036, 1093, 1147, 1220, 1285, 1335, 1387, 1455, 1522, 1581,
  // 2006-2015
  1652, 1739, 1795, 1860, 1908, 1967, 2033, 2086, 2133, 2196,
  // 2016-2025
  2260, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2768,
];

/** The last year whose first resolution number is known. */
export const LAST_KNOWN_YEAR = FIRST_YEAR + FIRST_NUMBER.length - 1;

/**
 * The years a Security Council resolution number can belong to: one year for
 * numbers inside the table, `[LAST_KNOWN_YEAR, Infinity]` past its end, and
 * `undefined` for numbers that are not resolution numbers (0, negative, NaN).
 */
export function scYearRange(n: number): [number, number] | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  let lo = 0;
  let hi = FIRST_NUMBER.length - 1;
  // Binary search for the last year whose first number is <= n.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((FIRST_NUMBER[mid] ?? Infinity) <= n) lo = mid;
    else hi = mid - 1;
  }
  const year = FIRST_YEAR + lo;
  return year === LAST_KNOWN_YEAR ? [year, Infinity] : [year, year];
}

/** The year of resolution `n` when it is certain, else `undefined`. */
export function scYearOf(n: number): number | undefined {
  const range = scYearRange(n);
  return range && range[0] === range[1] ? range[0] : undefined;
}

/** True when resolution `n` can have been adopted in `year`. */
export function scYearFits(n: number, year: number): boolean {
  const range = scYearRange(n);
  return range !== undefined && year >= range[0] && year <= range[1];
}
