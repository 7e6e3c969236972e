/**
 * Judging a passage (issue #4): its themes, the 2007 letter's recommendations
 * and the resolution provisions it bears on, each ranked and with why. Runs
 * in the side panel and the background (it reads the knowledge base), never
 * in the page.
 */
import * as kbModule from '../kb';
import type { ThemeId } from '../model/themes';
import { findSymbols } from '../symbols';
import { detectLanguage, findTerms, lexiconLanguage } from '../terms';
import { any, collectEvidence, cue, near } from './evidence';
import { dominantThemes, rankProvisions, type KbLookups } from './provisions';
import { rankRecommendations } from './recommend';
import { settingOf } from './setting';
import { judgeThemes } from './themes';
import type { AnalyzeOptions, PassageAnalysis } from './types';

export type * from './types';
export type { KbLookups } from './provisions';
export type { Setting } from './setting';
export { documentOverview } from './overview';
export { settingOf } from './setting';

/**
 * An analyzer over the given knowledge-base lookups. `analyzePassage` uses
 * lib/kb; tests and tools may pass another.
 */
export function createAnalyzer(kb: KbLookups): (text: string, options?: AnalyzeOptions) => PassageAnalysis {
  return (text, options = {}) => {
    const lang = lexiconLanguage(options.lang) ?? detectLanguage(text) ?? 'en';
    const all = findTerms(text, { lang, cues: true });
    const symbols = safeSymbols(text, lang);
    const ev = collectEvidence(text, lang, all);
    const setting = settingOf(options.documentSymbol);

    const cited = [...new Set(symbols.flatMap((s) => s.canonical))];
    const symbolThemes = new Map<ThemeId, string[]>();
    let citesWps = false;
    for (const symbol of cited) {
      const doc = kb.getDocument(symbol);
      if (!doc) continue;
      citesWps = true;
      for (const t of dominantThemes(doc)) symbolThemes.set(t, [...(symbolThemes.get(t) ?? []), symbol]);
    }

    const reasons = judgeThemes({ ev, setting, symbolThemes });
    const themes = reasons.map((r) => r.theme);
    const recommendations = rankRecommendations({
      ev,
      themes: reasons,
      setting,
      documentSymbol: options.documentSymbol,
    });
    const provisions = rankProvisions(
      kb,
      themes,
      cited.filter((s) => kb.getDocument(s)),
    );
    const wps =
      themes.length > 0 ||
      citesWps ||
      any(ev, 'wps') !== undefined ||
      // "women in conflict situations": women and a conflict in one phrase.
      near(ev, cue(ev, 'women'), cue(ev, 'conflict'), 0.4) !== undefined;

    return {
      themes,
      recommendations,
      provisions,
      symbols,
      terms: all.filter((m) => m.themes.length > 0).map(({ cues: _cues, ...m }) => m),
      themeReasons: reasons,
      wps,
      lang,
    };
  };
}

function safeSymbols(text: string, lang: string) {
  try {
    return findSymbols(text, { lang });
  } catch {
    // The recognizer must never throw; if it does, the terms still stand.
    return [];
  }
}

/**
 * Analyzes one passage: themes from its terms and cited documents together
 * (a passage citing 1820 (2008) is about sexual violence with no term), with
 * the rule that a passing mention carries no theme; ranked recommendations
 * and provisions, each with why. `documentSymbol` is the canonical symbol of
 * the document the passage is in, which sets the context (a Security Council
 * report, a treaty body's observations).
 */
export const analyzePassage = createAnalyzer({
  getDocument: (symbol) => kbModule.getDocument(symbol),
  provisionsByTheme: (theme) => kbModule.provisionsByTheme(theme),
});
