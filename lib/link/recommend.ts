/**
 * Ranks the 2007 open letter's recommendations (THEMES.md) for a passage.
 * A recommendation needs its themes and, for the reporting (-2a, -2b) and
 * country-work (-3) ones, a peace-and-security or UN setting: Commission on
 * the Status of Women and treaty-body texts earn them only when they appeal
 * to the United Nations or the Council themselves (THEMES-LABELS.md).
 */
import type { RecommendationId, ThemeId } from '../model/themes';
import { any, type Evidence } from './evidence';
import { describeSetting, isCouncilReport, type Setting } from './setting';
import type { ThemeReason } from './themes';
import type { RankedRecommendation } from './types';

export interface RecommendContext {
  ev: Evidence;
  themes: ThemeReason[];
  setting: Setting;
  documentSymbol?: string;
}

function words(reasons: ThemeReason[], theme: ThemeId): string {
  const why = reasons.find((r) => r.theme === theme)?.why ?? '';
  const arrow = why.indexOf(' → ');
  return arrow > 0 ? `${why.slice(0, arrow)} (${theme})` : theme;
}

export function rankRecommendations(ctx: RecommendContext): RankedRecommendation[] {
  const has = new Set(ctx.themes.map((t) => t.theme));
  const out: RankedRecommendation[] = [];
  const add = (id: RecommendationId, score: number, why: string) =>
    out.push({ id, score: round(score), why });

  const council = any(ctx.ev, 'council');
  const un = any(ctx.ev, 'un');
  // A UN or peace-and-security setting: the document's, or the text naming the Council or the UN.
  const unSetting =
    ctx.setting === 'council' ||
    ctx.setting === 'un' ||
    (ctx.setting !== 'csw' && ctx.setting !== 'treaty-body' && (council || un));
  const where =
    ctx.setting === 'council' || ctx.setting === 'un'
      ? describeSetting(ctx.setting, ctx.documentSymbol)
      : council || un
        ? `naming "${(council ?? un)!.text}"`
        : '';
  const inCouncilDoc = ctx.setting === 'council';
  const inCouncilReport = isCouncilReport(ctx.documentSymbol);
  const accountability = has.has('accountability');

  if (has.has('oversight')) {
    add('ngowg-2007-1', 0.9, `${words(ctx.themes, 'oversight')}: oversight machinery for resolution 1325`);
  }
  if (has.has('leadership')) {
    add('ngowg-2007-4', 0.85, `${words(ctx.themes, 'leadership')}: responsibility of UN personnel`);
  }
  if (unSetting && (accountability || inCouncilReport)) {
    const info = accountability
      ? words(ctx.themes, 'accountability')
      : 'information given in a report to the Council';
    if (has.has('sexual-violence')) {
      add(
        'ngowg-2007-2b',
        0.7 + (accountability ? 0.1 : 0) + (inCouncilReport ? 0.05 : 0),
        `${words(ctx.themes, 'sexual-violence')} with ${info} ${where}: reporting on sexual violence`.trim(),
      );
    }
    if (has.has('sexual-violence') || has.has('participation')) {
      const subject = has.has('participation') ? 'participation' : 'sexual-violence';
      add(
        'ngowg-2007-2a',
        (subject === 'participation' ? 0.75 : 0.6) + (accountability ? 0.05 : 0),
        `${words(ctx.themes, subject)} with ${info} ${where}: information in reports to the Council`.trim(),
      );
    }
  }
  // -3: the Council, a mission or an appeal to the UN on women's rights or a gender perspective.
  const appeal = council ?? un;
  const country =
    inCouncilDoc ||
    (appeal !== undefined && (unSetting || ctx.setting === 'csw' || ctx.setting === 'treaty-body'));
  if (country) {
    const subject = (['protection', 'gender-perspective'] as const).filter((t) => has.has(t));
    if (subject.length) {
      add(
        'ngowg-2007-3',
        0.55 + 0.1 * subject.length,
        `${subject.map((t) => words(ctx.themes, t)).join(' and ')} ${appeal ? `naming "${appeal.text}"` : where}: gender perspective and women's rights in the Council's work`,
      );
    } else if (has.has('sexual-violence') && inCouncilDoc) {
      add(
        'ngowg-2007-3',
        0.4,
        `${words(ctx.themes, 'sexual-violence')} ${where}: women's rights in a country situation`,
      );
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}
