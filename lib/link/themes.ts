/**
 * The theme rules: how words and references become themes, following
 * THEMES.md and the labelling rules in ../shared/corpus/gold/THEMES-LABELS.md.
 *
 * A context word alone (women, gender, elections, conflict) carries no theme,
 * so a passing mention ("men and women", "gender equality" in a list of
 * development goals, "UN-Women" among agencies) is left without one. A theme
 * needs a term that points to it, or context words that together say
 * something about one of the rows: women + elections is participation,
 * women's rights + armed conflict is protection, prevent + sexual violence is
 * prevention. Each rule says why in words a reader can check.
 */
import { THEME_IDS, type ThemeId } from '../model/themes';
import type { TermMention } from '../terms';
import { any, cue, listed, near, quote, sameSentence, type Evidence } from './evidence';
import type { Setting } from './setting';

export interface ThemeReason {
  theme: ThemeId;
  /** e.g. `"violence against women" → sexual-violence (sexual or gender-based violence)` */
  why: string;
}

export interface ThemeContext {
  ev: Evidence;
  setting: Setting;
  /** Themes the passage's cited documents stand for, with the symbols that cite them. */
  symbolThemes: Map<ThemeId, string[]>;
}

interface Rule {
  theme: ThemeId;
  /** What the rule recognizes, in a reader's words. */
  because: string;
  /** The mentions that fire it, or undefined. */
  fire(ctx: ThemeContext, found: Set<ThemeId>): (TermMention | undefined)[] | undefined;
}

/** Candidate terms of a theme, except those the filter rejects. */
function candidates(
  ctx: ThemeContext,
  theme: ThemeId,
  keep: (m: TermMention, ctx: ThemeContext) => boolean = () => true,
): TermMention[] {
  return (ctx.ev.byTheme.get(theme) ?? []).filter((m) => keep(m, ctx));
}

const direct = (
  theme: ThemeId,
  because: string,
  keep?: (m: TermMention, ctx: ThemeContext) => boolean,
): Rule => ({
  theme,
  because,
  fire: (ctx) => {
    const list = candidates(ctx, theme, keep);
    return list.length ? list : undefined;
  },
});

/** Women as people who act, not as the object of a violence term. */
const agents = (ctx: ThemeContext): TermMention[] =>
  cue(ctx.ev, 'women').filter((m) => !m.cues?.includes('violence'));

const womenOrGender = (ctx: ThemeContext): TermMention[] => [...agents(ctx), ...cue(ctx.ev, 'gender')];

/** A conflict or crisis setting: named in the text, or a Security Council document. */
function conflictSetting(ctx: ThemeContext): TermMention | 'council' | undefined {
  // "armed conflict" as one of the Beijing Platform's twelve areas is not a setting.
  const named = cue(ctx.ev, 'conflict').find((m) => !listed(ctx.ev, m));
  if (named) return named;
  return ctx.setting === 'council' ? 'council' : undefined;
}

/** The sexual-violence terms, once that theme is found (empty when only a citation gave it). */
const sv = (ctx: ThemeContext, found: Set<ThemeId>): TermMention[] | undefined =>
  found.has('sexual-violence') ? candidates(ctx, 'sexual-violence') : undefined;

/** Context words that are not one item of a list (a list item is a mention in passing). */
const unlisted = (ctx: ThemeContext, id: Parameters<typeof cue>[1]): TermMention[] =>
  cue(ctx.ev, id).filter((m) => !listed(ctx.ev, m));

const RULES: Rule[] = [
  // Violence named as one item of a list of other matters ("poverty, education,
  // health, violence against women, armed conflict…", or early marriage among
  // cultural obstacles) is a mention in passing; a list of several forms of
  // violence is not (THEMES-LABELS.md), nor is the Council's own list of the
  // violations it condemns ("mass killings, detention and rape of women").
  direct('sexual-violence', 'sexual or gender-based violence', (m, ctx) => {
    if (ctx.setting === 'council' || !listed(ctx.ev, m)) return true;
    return (ctx.ev.byTheme.get('sexual-violence') ?? []).some((o) => o !== m);
  }),

  {
    theme: 'participation',
    because: "women's participation in public life",
    fire: (ctx) => {
      // "women's participation in the labour market" is economic, not political;
      // so are women in corporate leadership (THEMES-LABELS.md).
      const economic = cue(ctx.ev, 'economic');
      const list = candidates(ctx, 'participation', (m) => !near(ctx.ev, [m], economic, 0.5));
      return list.length ? list : undefined;
    },
  },
  {
    theme: 'participation',
    because: 'women in political life or decision-making',
    // Not in a list ("health, violence, power and decision-making"); decision-making
    // and leadership next to business words are about corporate life.
    fire: (ctx) => {
      const economic = cue(ctx.ev, 'economic');
      const decision = unlisted(ctx, 'decision').filter((m) => !near(ctx.ev, [m], economic, 0.5));
      return near(ctx.ev, agents(ctx), [...unlisted(ctx, 'political'), ...decision]);
    },
  },
  {
    theme: 'participation',
    because: 'women in peace processes',
    fire: (ctx) => near(ctx.ev, agents(ctx), unlisted(ctx, 'peace')),
  },

  direct('protection', 'women human rights defenders', (m) => m.termId === 'whrd'),
  {
    theme: 'protection',
    because: "women's and girls' rights and safety in conflict or crisis",
    fire: (ctx) => {
      const list = candidates(ctx, 'protection', (m) => m.termId !== 'whrd');
      const setting = conflictSetting(ctx);
      return list.length && setting ? [list[0], setting === 'council' ? undefined : setting] : undefined;
    },
  },
  {
    theme: 'protection',
    because: 'women singled out in a conflict setting',
    fire: (ctx) => {
      const singled = any(ctx.ev, 'singled');
      const setting = conflictSetting(ctx);
      return singled && setting ? [singled, setting === 'council' ? undefined : setting] : undefined;
    },
  },
  {
    theme: 'protection',
    because: 'harm to women in armed conflict',
    fire: (ctx) => {
      const pair = sameSentence(ctx.ev, agents(ctx), cue(ctx.ev, 'conflict'));
      const harm = any(ctx.ev, 'harm');
      return pair && harm ? [...pair, harm] : undefined;
    },
  },

  direct('prevention', 'prevention with a gender lens'),
  {
    theme: 'prevention',
    because: 'preventing sexual and gender-based violence',
    fire: (ctx, found) => {
      const violence = sv(ctx, found);
      const prevent = any(ctx.ev, 'prevent');
      return violence && prevent ? [prevent, violence[0]] : undefined;
    },
  },
  {
    theme: 'prevention',
    because: 'conflict prevention with women or a gender lens',
    fire: (ctx) => {
      const prevent = cue(ctx.ev, 'prevent');
      const pair = sameSentence(ctx.ev, prevent, cue(ctx.ev, 'conflict'));
      const who = womenOrGender(ctx)[0];
      return pair && who ? [...pair, who] : undefined;
    },
  },
  {
    theme: 'prevention',
    because: 'violent extremism or arms with a gender dimension',
    fire: (ctx, found) => {
      const risk = any(ctx.ev, 'security-risk');
      const violence = sv(ctx, found);
      const prevent = any(ctx.ev, 'prevent');
      const who = womenOrGender(ctx)[0] ?? violence?.[0];
      return risk && (prevent || violence) && who ? [risk, prevent, who] : undefined;
    },
  },

  direct('relief-recovery', 'relief and recovery for women'),
  {
    theme: 'relief-recovery',
    because: 'women or gender in relief and recovery',
    // In one phrase ("women in recovery efforts"), and not one group in a list of many.
    fire: (ctx) => near(ctx.ev, womenOrGender(ctx), unlisted(ctx, 'recovery'), 0.66),
  },
  {
    theme: 'relief-recovery',
    because: 'services for survivors of sexual or gender-based violence',
    fire: (ctx, found) => {
      const violence = sv(ctx, found);
      const services = any(ctx.ev, 'services');
      const survivor = any(ctx.ev, 'survivor');
      return violence && services && survivor ? [services, survivor, violence[0]] : undefined;
    },
  },

  direct('gender-perspective', 'a gender perspective or gender mainstreaming'),
  {
    theme: 'gender-perspective',
    because: "working with women's organizations and civil society",
    fire: (ctx) => {
      const consult = cue(ctx.ev, 'consult');
      const womensOrgs = cue(ctx.ev, 'orgs').filter((m) => m.cues?.includes('women'));
      const pair = sameSentence(ctx.ev, consult, womensOrgs);
      if (pair) return pair;
      const civil = sameSentence(ctx.ev, consult, cue(ctx.ev, 'orgs'));
      const who =
        civil &&
        near(
          ctx.ev,
          [civil[1]],
          womenOrGender(ctx).filter((m) => !listed(ctx.ev, m)),
        );
      return civil && who ? [...civil, who[1]] : undefined;
    },
  },
  {
    theme: 'gender-perspective',
    because: "integrating gender or women's rights",
    fire: (ctx) => {
      // Gender itself or women's rights; "women and men" alone is not the subject.
      const gender = cue(ctx.ev, 'gender').filter((m) => m.termId !== 'women-and-men');
      const subject = [...gender, ...cue(ctx.ev, 'rights').filter((m) => m.cues?.includes('women'))];
      return near(ctx.ev, cue(ctx.ev, 'mainstream'), subject);
    },
  },

  direct('accountability', 'justice and accountability for women'),
  {
    theme: 'accountability',
    because: 'reporting, investigation or sanctions on sexual violence',
    fire: (ctx, found) => {
      const violence = sv(ctx, found);
      if (!violence) return undefined;
      const act = [...cue(ctx.ev, 'report'), ...cue(ctx.ev, 'sanction')];
      if (!act.length) return undefined;
      // In the same sentence as the violence when the violence is named here.
      if (!violence.length) return [act[0]];
      const pair = sameSentence(ctx.ev, act, violence);
      return pair;
    },
  },
  {
    theme: 'accountability',
    because: "women's access to justice",
    fire: (ctx) => near(ctx.ev, cue(ctx.ev, 'justice'), agents(ctx), 0.5),
  },
  {
    theme: 'accountability',
    because: 'reporting on women and peace and security',
    fire: (ctx) => sameSentence(ctx.ev, cue(ctx.ev, 'report'), cue(ctx.ev, 'wps')),
  },

  direct('leadership', "UN personnel's responsibility for women and peace and security"),
  {
    theme: 'leadership',
    because: 'conduct of UN personnel on sexual exploitation and abuse',
    fire: (ctx, found) => {
      const conduct = any(ctx.ev, 'conduct');
      const violence = sv(ctx, found);
      return conduct && violence ? [conduct, violence[0]] : undefined;
    },
  },
  {
    theme: 'leadership',
    because: 'training and responsibilities of UN personnel',
    fire: (ctx, found) => {
      const personnel = any(ctx.ev, 'personnel');
      const training = any(ctx.ev, 'training');
      const subject = any(ctx.ev, 'gender', 'wps') ?? sv(ctx, found)?.[0];
      // UN personnel: named with the UN or a mission, or in a Council or UN document.
      const un =
        any(ctx.ev, 'un') ?? (ctx.setting === 'council' || ctx.setting === 'un' ? personnel : undefined);
      return personnel && training && subject && un ? [personnel, training, subject] : undefined;
    },
  },

  direct('oversight', 'machinery to oversee women and peace and security'),
  {
    theme: 'oversight',
    because: 'a national action plan on women and peace and security',
    fire: (ctx) => sameSentence(ctx.ev, cue(ctx.ev, 'nap'), cue(ctx.ev, 'wps')),
  },
];

/** The themes of a passage, in THEMES.md order, each with the first reason found. */
export function judgeThemes(ctx: ThemeContext): ThemeReason[] {
  const reasons = new Map<ThemeId, string>();
  const found = new Set<ThemeId>();
  // Cited documents first: a passage citing 1820 (2008) is about sexual violence.
  for (const [theme, symbols] of ctx.symbolThemes) {
    reasons.set(theme, `cites ${symbols.join(', ')} → ${theme}`);
    found.add(theme);
  }
  for (const rule of RULES) {
    const fired = rule.fire(ctx, found);
    if (!fired) continue;
    const words = quote(...fired);
    const why = `${words ? `${words} → ` : ''}${rule.theme} (${rule.because})`;
    const prior = reasons.get(rule.theme);
    // Words come first in the reason; a citation that agrees is added to them.
    if (!prior) reasons.set(rule.theme, why);
    else if (!found.has(rule.theme) || prior.startsWith('cites '))
      reasons.set(rule.theme, `${why}; ${prior}`);
    found.add(rule.theme);
  }
  return THEME_IDS.filter((t) => reasons.has(t)).map((theme) => ({ theme, why: reasons.get(theme)! }));
}
