/** The helpers behind the rules: lists, proximity and settings. */
import { describe, expect, it } from 'vitest';
import { settingOf } from '../../../lib/link';
import { collectEvidence, listed, near } from '../../../lib/link/evidence';
import { isCouncilReport } from '../../../lib/link/setting';
import { findTerms } from '../../../lib/terms';

const evidence = (text: string, lang = 'en') =>
  collectEvidence(text, lang, findTerms(text, { lang, cues: true }));

describe('listed', () => {
  it('sees a short item among others', () => {
    const ev = evidence(
      'It covers poverty, health, education, armed conflict, the economy and the environment.',
    );
    const conflict = ev.byCue.get('conflict')![0]!;
    expect(listed(ev, conflict)).toBe(true);
  });

  it('does not take an elaboration for an item', () => {
    const ev = evidence(
      'They face many forms of violence, including sexual violence, by guards and officials.',
    );
    expect(listed(ev, ev.byTheme.get('sexual-violence')![0]!)).toBe(false);
  });

  it('does not take a clause for an item', () => {
    const ev = evidence(
      'We urge the Commission to act soon, at its next session, because violence against women is a crisis.',
    );
    expect(listed(ev, ev.byTheme.get('sexual-violence')![0]!)).toBe(false);
  });
});

describe('near', () => {
  it('pairs words in one clause and not across a sentence end', () => {
    const close = evidence('Women won seats in the elections.');
    expect(near(close, close.byCue.get('women')!, close.byCue.get('political')!)).toBeDefined();
    const apart = evidence('Women met. Elections follow.');
    expect(near(apart, apart.byCue.get('women')!, apart.byCue.get('political')!)).toBeUndefined();
  });
});

describe('settings', () => {
  it.each([
    ['S/2015/172', 'council', true],
    ['S/RES/1325 (2000)', 'council', false],
    ['A/69/779', 'un', false],
    ['CEDAW/C/AZE/CO/5', 'treaty-body', false],
    ['E/CN.6/2015/NGO/169', 'csw', false],
    ['E/CN.15/2015/8', 'other', false],
  ])('%s is %s', (symbol, setting, report) => {
    expect(settingOf(symbol)).toBe(setting);
    expect(isCouncilReport(symbol)).toBe(report);
  });

  it('is unknown without a symbol', () => {
    expect(settingOf(undefined)).toBe('unknown');
  });
});
