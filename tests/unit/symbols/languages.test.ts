import { describe, expect, it } from 'vitest';
import { found, symbols } from './helpers';

const WPS = ['S/RES/1820 (2008)', 'S/RES/1888 (2009)', 'S/RES/2467 (2019)'];

describe('references in the six UN languages', () => {
  it('French: résolution, résolutions, with the organ after the number', () => {
    expect(found('Rappelant sa résolution 1325 (2000) du 31 octobre 2000')).toEqual([
      ['résolution 1325 (2000)', 'S/RES/1325 (2000)'],
    ]);
    expect(symbols('Rappelant ses résolutions 1820 (2008), 1888 (2009) et 2467 (2019),')).toEqual(WPS);
    expect(symbols('par la résolution 9 (I) du Conseil économique et social')).toEqual(['E/RES/9 (I)']);
    expect(symbols("la résolution 70/1 de l'Assemblée générale")).toEqual(['A/RES/70/1']);
    expect(
      symbols('Rappelant ses résolutions 1261 (1999) du 25 août 1999, 1265 (1999) du\n17 septembre 1999'),
    ).toEqual(['S/RES/1261 (1999)', 'S/RES/1265 (1999)']);
  });

  it('Spanish: resolución, resoluciones', () => {
    expect(found('la resolución 1325 (2000) del Consejo de Seguridad')).toEqual([
      ['resolución 1325 (2000)', 'S/RES/1325 (2000)'],
    ]);
    expect(symbols('Recordando sus resoluciones 1820 (2008), 1888 (2009) y 2467 (2019),')).toEqual(WPS);
    expect(symbols('la resolución 1251 (1999), de 29 de junio de 1999, y la resolución 2140 (2014)')).toEqual(
      ['S/RES/1251 (1999)', 'S/RES/2140 (2014)'],
    );
  });

  it('Russian: резолюция in its cases, the organ between the word and the number', () => {
    expect(found('резолюция 1325 (2000)')).toEqual([['резолюция 1325 (2000)', 'S/RES/1325 (2000)']]);
    expect(symbols('ссылаясь на свои резолюции 1820 (2008), 1888 (2009) и 2467 (2019),')).toEqual(WPS);
    expect(symbols('по осуществлению резолюции Совета Безопасности 1325 (2000)')).toEqual([
      'S/RES/1325 (2000)',
    ]);
    expect(symbols('в его резолюции 1894 (LVII) Экономического и Социального Совета')).toEqual([
      'E/RES/1894 (LVII)',
    ]);
    expect(symbols('в соответствии с решением 267 (2009) Совета управляющих')).toEqual([
      'S/AC.26/Dec.267 (2009)',
    ]);
  });

  it('Arabic: القرار and its attached forms, Arabic-Indic digits, session numbers (د-21)', () => {
    expect(found('القرار 1325 (2000)')).toEqual([['القرار 1325 (2000)', 'S/RES/1325 (2000)']]);
    expect(symbols('وإذ يشير إلى قراراته 1820 (2008) و 1888 (2009) و2467 (2019)')).toEqual(WPS);
    expect(symbols('قرار مجلس الأمن ١٣٢٥ (٢٠٠٠)')).toEqual(['S/RES/1325 (2000)']);
    expect(symbols('قرار مجلس الأمن التابع للأمم المتحدة رقم 1325')).toEqual(['S/RES/1325 (2000)']);
    expect(symbols('في قراره 2200 (د-21)')).toEqual(['A/RES/2200 (XXI)']);
    expect(symbols('قرار المجلس الاقتصادي والاجتماعي 1894 (د-57)')).toEqual(['E/RES/1894 (LVII)']);
  });

  it('Arabic: "استقرار" (stability) and dates after other bodies are not references', () => {
    expect(symbols('تحقيق الاستقرار 2015 (2015)')).toEqual([]);
    expect(symbols('لقرار المجلس التنفيذي المؤرخ 4 آذار/مارس')).toEqual([]);
  });

  it('Chinese: 第1325(2000)号决议 and its lists, full-width brackets, the organ before the number', () => {
    expect(found('安全理事会第1325(2000)号决议')).toEqual([['第1325(2000)号决议', 'S/RES/1325 (2000)']]);
    expect(found('回顾第1820(2008)、1888(2009)和第2467(2019)号决议')).toEqual([
      ['第1820(2008)', 'S/RES/1820 (2008)'],
      ['1888(2009)', 'S/RES/1888 (2009)'],
      ['第2467(2019)号决议', 'S/RES/2467 (2019)'],
    ]);
    expect(symbols('第2164（2014)号决议')).toEqual(['S/RES/2164 (2014)']);
    expect(symbols('联合国安全理事会第1325号决议')).toEqual(['S/RES/1325 (2000)']);
    expect(symbols('大会第70/1号决议')).toEqual(['A/RES/70/1']);
    expect(symbols('按经济及社会理事会1946年2月16日第9 (I)号决议设立')).toEqual(['E/RES/9 (I)']);
    expect(symbols('按照理事会第267(2009)号决定')).toEqual(['S/AC.26/Dec.267 (2009)']);
  });

  it('Chinese: numbered laws and recommendations are not resolutions', () => {
    expect(symbols('第10364号共和国法和第9号一般性建议')).toEqual([]);
  });

  it('Swedish and English headings share the word "resolution"', () => {
    expect(symbols('Öppen debatt i FN:s säkerhetsråd om resolution 1325')).toEqual(['S/RES/1325 (2000)']);
  });
});
