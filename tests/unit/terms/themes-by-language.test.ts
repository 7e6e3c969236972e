/**
 * Every theme of THEMES.md has a term in every language, and the lexicon finds
 * it in the forms real documents use (cases, prefixes, plurals, gender).
 * The phrases are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../lib/terms';
import type { ThemeId } from '../../../lib/model/themes';

type Row = [theme: ThemeId, text: string, termId: string];

const EXAMPLES: Record<string, Row[]> = {
  en: [
    ['sexual-violence', 'The mission documented conflict-related sexual violence in the east.', 'crsv'],
    [
      'participation',
      "It calls for women's full and equal participation in the talks.",
      'participation-of-women',
    ],
    ['protection', 'Women human rights defenders face reprisals.', 'whrd'],
    ['prevention', 'A gender-sensitive early warning system was set up.', 'gender-early-warning'],
    ['relief-recovery', 'Displaced women and girls need shelter.', 'displaced-women'],
    ['gender-perspective', 'Gender mainstreaming in all mission planning.', 'gender-perspective'],
    ['accountability', 'Barriers to the access of women to justice remain.', 'justice-for-women'],
    ['leadership', 'He urges the appointment of more women as special representatives.', 'women-senior-un'],
    ['oversight', 'Twelve States adopted national action plans on resolution 1325.', 'wps-nap'],
  ],
  fr: [
    ['sexual-violence', 'La mission a recensé des violences sexuelles liées aux conflits.', 'crsv'],
    [
      'participation',
      'Il demande la participation pleine et égale des femmes aux négociations.',
      'participation-of-women',
    ],
    ['protection', 'Les défenseuses des droits humains sont menacées.', 'whrd'],
    [
      'prevention',
      "Un système d'alerte rapide tenant compte de la problématique hommes-femmes.",
      'gender-early-warning',
    ],
    ['relief-recovery', 'Les femmes réfugiées ont besoin de soins.', 'displaced-women'],
    [
      'gender-perspective',
      "Une perspective de genre dans la planification de l'opération.",
      'gender-perspective',
    ],
    ['accountability', "L'accès des femmes à la justice reste limité.", 'justice-for-women'],
    ['leadership', 'Il faut nommer davantage de femmes comme représentantes spéciales.', 'women-senior-un'],
    ['oversight', "Un plan d'action national pour la mise en œuvre de la résolution 1325.", 'wps-nap'],
  ],
  es: [
    ['sexual-violence', 'La misión documentó violencia sexual relacionada con los conflictos.', 'crsv'],
    [
      'participation',
      'Pide la participación plena de las mujeres en las negociaciones.',
      'participation-of-women',
    ],
    ['protection', 'Las defensoras de los derechos humanos sufren represalias.', 'whrd'],
    ['prevention', 'Un sistema de alerta temprana con perspectiva de género.', 'gender-early-warning'],
    ['relief-recovery', 'Las mujeres refugiadas necesitan atención.', 'displaced-women'],
    [
      'gender-perspective',
      'La incorporación de la perspectiva de género en la misión.',
      'gender-perspective',
    ],
    ['accountability', 'El acceso de las mujeres a la justicia sigue siendo limitado.', 'justice-for-women'],
    ['leadership', 'Hay que nombrar a más mujeres como representantes especiales.', 'women-senior-un'],
    [
      'oversight',
      'Doce Estados aprobaron planes de acción nacionales para aplicar la resolución 1325.',
      'wps-nap',
    ],
  ],
  ru: [
    ['sexual-violence', 'Миссия зафиксировала случаи сексуального насилия в условиях конфликта.', 'crsv'],
    ['participation', 'Он призывает к расширению участия женщин в переговорах.', 'participation-of-women'],
    ['protection', 'Правозащитницы подвергаются преследованиям.', 'whrd'],
    [
      'prevention',
      'Создана система раннего предупреждения с учетом гендерных факторов.',
      'gender-early-warning',
    ],
    ['relief-recovery', 'Помощь женщинам из числа беженцев.', 'displaced-women'],
    ['gender-perspective', 'Обеспечение учета гендерной проблематики в работе миссии.', 'gender-perspective'],
    ['accountability', 'Сохраняются препятствия для доступа женщин к правосудию.', 'justice-for-women'],
    [
      'leadership',
      'Он призывает к назначению большего числа женщин на должности специальных представителей.',
      'women-senior-un',
    ],
    [
      'oversight',
      'Двенадцать государств приняли национальные планы действий по осуществлению резолюции 1325.',
      'wps-nap',
    ],
  ],
  ar: [
    ['sexual-violence', 'وثقت البعثة حالات العنف الجنسي المرتبط بالنزاعات.', 'crsv'],
    ['participation', 'ويدعو إلى مشاركة المرأة الكاملة في المفاوضات.', 'participation-of-women'],
    ['protection', 'وتتعرض المدافعات عن حقوق الإنسان للانتقام.', 'whrd'],
    ['prevention', 'أنشئ نظام للإنذار المبكر المراعي للمنظور الجنساني.', 'gender-early-warning'],
    ['relief-recovery', 'تحتاج النساء اللاجئات إلى المأوى.', 'displaced-women'],
    ['gender-perspective', 'ويجب الأخذ بالمنظور الجنساني في تخطيط البعثة.', 'gender-perspective'],
    ['accountability', 'ولا تزال هناك عقبات أمام وصول المرأة إلى العدالة.', 'justice-for-women'],
    ['leadership', 'ويحث على تعيين مزيد من النساء ممثلات خاصات.', 'women-senior-un'],
    ['oversight', 'اعتمدت اثنتا عشرة دولة خطط عمل وطنية لتنفيذ قرار مجلس الأمن 1325.', 'wps-nap'],
  ],
  zh: [
    ['sexual-violence', '特派团记录了与冲突有关的性暴力事件。', 'crsv'],
    ['participation', '呼吁妇女充分平等参与谈判。', 'participation-of-women'],
    ['protection', '妇女人权维护者遭到报复。', 'whrd'],
    ['prevention', '建立了促进性别平等的早期预警系统。', 'gender-early-warning'],
    ['relief-recovery', '妇女难民需要住所。', 'displaced-women'],
    ['gender-perspective', '在特派团规划中纳入性别观点。', 'gender-perspective'],
    ['accountability', '妇女获得司法救助仍有障碍。', 'justice-for-women'],
    ['leadership', '敦促任命更多妇女担任特别代表。', 'women-senior-un'],
    ['oversight', '十二个国家制定了执行第1325号决议的国家行动计划。', 'wps-nap'],
  ],
};

describe('every theme has a term in every language', () => {
  for (const [lang, rows] of Object.entries(EXAMPLES)) {
    it(`covers all nine themes in ${lang}`, () => {
      expect(new Set(rows.map((r) => r[0])).size).toBe(9);
    });
    for (const [theme, text, termId] of rows) {
      it(`${lang}: ${theme} — "${text}"`, () => {
        // Detected, not told: the language comes from the text itself.
        const found = findTerms(text);
        const hit = found.find((m) => m.termId === termId);
        expect(hit, JSON.stringify(found)).toBeDefined();
        expect(hit!.themes).toContain(theme);
        expect(hit!.lang).toBe(lang);
        expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      });
    }
  }
});
