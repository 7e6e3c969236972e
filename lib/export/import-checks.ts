/**
 * Checks on a parsed JSON value before any of it is read: keys that could
 * reach an object's prototype if a later step copied them (`__proto__`,
 * `constructor`, `prototype`), and nesting deeper than any real file needs.
 */
import { LIMITS } from './limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why `value` is unsafe to read (a forbidden key, with its path, or too deep
 * nesting), or null. `skip` names top-level keys whose contents are checked
 * elsewhere (the records, one by one, so each gets its own reason).
 */
export function hostileReason(
  value: unknown,
  skip: readonly string[] = [],
  maxDepth: number = LIMITS.depth,
): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > maxDepth) return `nested more than ${maxDepth} levels deep${path ? ` at ${path}` : ''}`;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}" at ${at}`;
      if (depth === 0 && skip.includes(key)) continue;
      stack.push({ value: (current as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** UTF-8 length of `text` without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
