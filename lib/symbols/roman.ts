/** Roman numerals, as the UN writes session numbers (`XXI`, `LVII`). */

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a roman numeral written in canonical form (I..CXCIX), or undefined. */
export function romanValue(roman: string): number | undefined {
  if (!/^[IVXLC]{1,9}$/.test(roman)) return undefined;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = VALUES[roman[i] as string] ?? 0;
    const next = VALUES[roman[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  // Reject non-canonical spellings such as IIII or VX: they round-trip differently.
  return total > 0 && toRoman(total) === roman ? total : undefined;
}

/** The canonical roman numeral for 1..199. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
