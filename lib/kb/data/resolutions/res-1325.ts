/** S/RES/1325 (2000). Paragraph numbers from the UN's French text in the shared corpus. */
import type { KbDocument, Provision } from '../../types';
import { fromFacts, res1325Paragraph, RES_1325_EN_QUOTE_URL } from '../sources';

const SYMBOL = 'S/RES/1325 (2000)';

/** OP1-10 are also quoted in English by Disarmament Diplomacy; OP11-17 are read in French only. */
const op = (n: number, summary: string, themes: Provision['themes']): Provision => ({
  paragraph: `OP${n}`,
  summary,
  themes,
  cites: [res1325Paragraph(`OP${n}`, n <= 10)],
});

export const res1325: KbDocument = {
  symbol: SYMBOL,
  kind: 'sc-resolution',
  title: 'Resolution 1325 (2000) on women and peace and security',
  date: '2000-10-31',
  meeting: 'S/PV.4213',
  vote: 'unanimous',
  summary:
    "The Council's first resolution on women and peace and security. It asks Member States and the Secretary-General to bring more women into decisions on preventing and settling conflict, into senior envoy posts and into UN field missions; calls on every party to an armed conflict to respect the rights of women and girls and shield them from gender-based violence; asks that peace agreements, peacekeeping and demobilization take the different needs of women and men into account; and asks the Secretary-General to study how conflict affects women and girls and to report on gender mainstreaming in missions.",
  themes: [
    'participation',
    'protection',
    'sexual-violence',
    'prevention',
    'relief-recovery',
    'gender-perspective',
    'accountability',
    'leadership',
  ],
  provisions: [
    op(
      1,
      'Member States should give women a larger share of decision-making posts in the national, regional and international bodies that prevent, manage and settle conflicts.',
      ['participation', 'prevention'],
    ),
    op(
      2,
      'The Secretary-General is encouraged to carry out his strategic plan of action (A/49/587) for more women in decision-making on conflict resolution and peace processes.',
      ['participation'],
    ),
    op(
      3,
      'The Secretary-General should name more women as his special representatives and envoys, and States should put forward women candidates for a central roster.',
      ['leadership', 'participation'],
    ),
    op(
      4,
      'The Secretary-General should widen the part women play in UN field operations, notably as military observers, civilian police, and human rights and humanitarian staff.',
      ['participation'],
    ),
    op(
      5,
      'The Council is willing to build a gender perspective into peacekeeping, and field operations should have a gender component where it fits.',
      ['gender-perspective'],
    ),
    op(
      6,
      'The Secretary-General should give States training material on the protection, rights and needs of women and on why their participation matters, for use in preparing military, police and civilian peacekeepers.',
      ['leadership', 'protection'],
    ),
    op(
      7,
      'Member States should give more financial, technical and logistical support to gender-sensitive training, including through UN funds and programmes.',
      ['gender-perspective'],
    ),
    op(
      8,
      "Those negotiating and carrying out peace agreements should adopt a gender perspective: meet women's and girls' needs in return, resettlement and reconstruction, back local women's peace initiatives and involve women in implementation, and secure women's rights in the constitution, elections, police and courts.",
      ['gender-perspective', 'participation', 'relief-recovery', 'protection'],
    ),
    op(
      9,
      'Parties to armed conflict must fully respect the international law that protects women and girls as civilians, from the Geneva Conventions to the refugee, CEDAW and child-rights treaties and the Rome Statute.',
      ['protection'],
    ),
    op(
      10,
      'Parties to armed conflict should take special measures to shield women and girls from gender-based violence, rape and other sexual abuse above all.',
      ['sexual-violence', 'protection'],
    ),
    op(
      11,
      'States must end impunity and prosecute genocide, crimes against humanity and war crimes, sexual violence against women and girls included, keeping such crimes out of amnesties where possible.',
      ['accountability', 'sexual-violence'],
    ),
    op(
      12,
      'Parties should respect the civilian and humanitarian nature of refugee camps and settlements and account for the needs of women and girls, in their design too.',
      ['relief-recovery', 'protection'],
    ),
    op(
      13,
      'Planners of disarmament, demobilization and reintegration should consider the different needs of female and male ex-combatants and of their dependants.',
      ['relief-recovery', 'gender-perspective'],
    ),
    op(
      14,
      'When adopting measures under Article 41 of the Charter, the Council will weigh their effect on civilians, with the needs of women and girls in mind, and consider humanitarian exemptions.',
      ['gender-perspective', 'protection'],
    ),
    op(
      15,
      "Council missions should take gender and women's rights into account, among other ways by consulting local and international women's groups.",
      ['gender-perspective', 'protection'],
    ),
    op(
      16,
      'The Secretary-General is invited to study how armed conflict affects women and girls, what role women play in building peace and the gender side of peace processes, and to report on it to the Council and all Member States.',
      ['accountability'],
    ),
    op(
      17,
      'The Secretary-General should include in his reports to the Council progress on gender mainstreaming in peacekeeping missions and on everything else concerning women and girls.',
      ['accountability', 'gender-perspective'],
    ),
  ],
  cites: [
    fromFacts(
      undefined,
      'adopted 31 October 2000 at the 4213th meeting (UN French text, fixture S_RES_1325_2000_FR.pdf)',
      SYMBOL,
    ),
    fromFacts(
      'https://wilpf.org/security-council-resolution-1325/',
      'adopted unanimously (also Disarmament Diplomacy no. 52)',
    ),
    {
      url: RES_1325_EN_QUOTE_URL,
      note: "Disarmament Diplomacy no. 52: the Council's first resolution on the theme; English wording of OP1-10",
    },
  ],
};
