/** Which findings the reader wants marked, from the settings. */
import type { Settings } from '../settings';
import { kindOf, type Finding } from './matcher';

/**
 * A finding shows when its kind is on and, for a term, when one of its themes
 * is on. A term with no theme (a context word) shows only while every theme
 * is on, so switching any theme off never leaves unexplained marks.
 */
export function findingFilter(settings: Settings): (finding: Finding) => boolean {
  const allThemes = Object.values(settings.themes).every(Boolean);
  return (finding) => {
    const kind = kindOf(finding);
    if (!settings.kinds[kind]) return false;
    if (kind !== 'term') return true;
    const themes = finding.term?.themes ?? [];
    return themes.length === 0 ? allThemes : themes.some((t) => settings.themes[t]);
  };
}

/** A key that changes exactly when `findingFilter` would decide differently. */
export function filterKey(settings: Settings): string {
  return JSON.stringify([settings.kinds.symbol, settings.kinds.term, settings.themes]);
}
