import { describe, expect, it } from 'vitest';
import type { TermMention } from '../../../lib/terms';
import {
  combineMatchers,
  displayed,
  kindOf,
  symbolMatcher,
  termMatcher,
  type Finding,
} from '../../../lib/scan/matcher';
import { matchInWindows, WINDOW } from '../../../lib/scan/windows';
import { findingFilter } from '../../../lib/scan/filter';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/** A stub lexicon: "sexual violence" and "women" (the real one lands separately). */
function stubTerms(text: string, options?: { lang?: string }): TermMention[] {
  const out: TermMention[] = [];
  for (const [re, termId, themes] of [
    [/sexual violence/g, 'sexual-violence', ['sexual-violence']],
    [/participation of women/g, 'participation', ['participation']],
    [/gender/g, 'gender', ['gender-perspective', 'accountability']],
  ] as const) {
    for (const m of text.matchAll(re)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        termId,
        themes: [...themes],
        lang: options?.lang ?? 'en',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('termMatcher', () => {
  it('marks terms with their id and themes, and passes the passage language on', () => {
    const seen: (string | undefined)[] = [];
    const matcher = termMatcher((text, options) => {
      seen.push(options?.lang);
      return stubTerms(text, options);
    });
    const [f] = matcher('end sexual violence now', { lang: 'fr' });
    expect(f).toMatchObject({ start: 4, end: 19, text: 'sexual violence' });
    expect(f!.attrs).toEqual({
      'data-wps-kind': 'term',
      'data-wps-term': 'sexual-violence',
      'data-wps-themes': 'sexual-violence',
    });
    expect(kindOf(f!)).toBe('term');
    expect(seen).toEqual(['fr']);
  });
});

describe('symbolMatcher', () => {
  it('marks symbols with their canonical form', () => {
    const [f] = symbolMatcher()('recalling resolution 1325 (2000) today');
    expect(f!.attrs['data-wps-kind']).toBe('symbol');
    expect(f!.attrs['data-wps-symbol']).toBe('S/RES/1325 (2000)');
    expect(kindOf(f!)).toBe('symbol');
  });
});

describe('displayed', () => {
  const text = 'sexual violence and resolution 1820 (2008) on gender';
  const findings = combineMatchers(symbolMatcher(), termMatcher(stubTerms))(text);

  it('keeps every finding when nothing overlaps, sorted', () => {
    expect(displayed(findings, () => true).map((f) => f.text)).toEqual([
      'sexual violence',
      'resolution 1820 (2008)',
      'gender',
    ]);
  });

  it('gives a symbol priority over a term it overlaps, then the longer finding', () => {
    const term = (start: number, end: number, id: string): Finding => ({
      start,
      end,
      text: text.slice(start, end),
      term: { start, end, text: text.slice(start, end), termId: id, themes: ['protection'], lang: 'en' },
      attrs: {},
    });
    const overlapping = [...findings, term(16, 30, 'a'), term(0, 6, 'b')];
    const shown = displayed(overlapping, () => true).map((f) => f.text);
    expect(shown).toEqual(['sexual violence', 'resolution 1820 (2008)', 'gender']);
  });

  it('shows only what the reader left on: kinds, then themes', () => {
    const noSymbols = findingFilter({
      ...DEFAULT_SETTINGS,
      kinds: { symbol: false, term: true, saved: true },
    });
    expect(displayed(findings, noSymbols).map((f) => f.text)).toEqual(['sexual violence', 'gender']);
    const noViolence = findingFilter({
      ...DEFAULT_SETTINGS,
      themes: { ...DEFAULT_SETTINGS.themes, 'sexual-violence': false },
    });
    expect(displayed(findings, noViolence).map((f) => f.text)).toEqual(['resolution 1820 (2008)', 'gender']);
    // A term with two themes stays while one of them is on.
    const noGender = findingFilter({
      ...DEFAULT_SETTINGS,
      themes: { ...DEFAULT_SETTINGS.themes, 'gender-perspective': false },
    });
    expect(displayed(findings, noGender).map((f) => f.text)).toContain('gender');
  });
});

describe('matchInWindows', () => {
  it('matches a long text window by window, finding mentions across the cuts once, at the right offsets', () => {
    const sentence = 'The Council recalled resolution 1325 (2000) and sexual violence. ';
    const text = sentence.repeat(Math.ceil((WINDOW * 3) / sentence.length));
    const matcher = combineMatchers(symbolMatcher(), termMatcher(stubTerms));
    const walk = matchInWindows(matcher, text, {});
    let pauses = 0;
    let next = walk.next();
    while (!next.done) {
      pauses += 1;
      next = walk.next();
    }
    const found = next.value;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(found).toEqual(matcher(text));
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      const mention = f.symbol ?? f.term!;
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});
