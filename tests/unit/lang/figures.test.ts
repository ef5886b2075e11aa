/**
 * Figures as each language prints them are read as the corpus's measures: separators, scale
 * words, currencies before or after, CJK numerals and full-width digits, counts and bounds; and a
 * conversion into another currency is the page's gloss, never a figure.
 */
import { describe, expect, it } from 'vitest';
import { languagePacks } from '../../../utils/lang/packs';
import { readLocalFigures, type LocalFigure } from '../../../utils/lang/figures';
import { figureWords } from '../../../utils/lang/figure-words';
import { lowerKeepingOffsets } from '../../../utils/lang/phrases';
import { sameClaim } from '../../../utils/figures/qualifiers';

function read(language: string, text: string): Array<Pick<LocalFigure, 'value' | 'unit' | 'qualifier'> & { text: string }> {
  const pack = languagePacks().find((p) => p.language === language)!;
  return readLocalFigures(text, lowerKeepingOffsets(text), figureWords(pack)).map((f) => ({
    text: text.slice(f.start, f.end),
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
  }));
}

describe('figures in local formats', () => {
  it.each([
    ['es', 'El plan prevé hasta 500.000 millones de dólares.', 5e11, 'USD', 'up to'],
    ['de', 'Insgesamt sollen 500 Milliarden Dollar fließen.', 5e11, 'USD', 'exact'],
    ['pt', 'O projeto de US$ 500 bilhões foi anunciado.', 5e11, 'USD', 'exact'],
    ['fr', 'Un projet de 500 milliards de dollars.', 5e11, 'USD', 'exact'],
    ['ja', 'スターゲートは最大5000億ドルを投じる。', 5e11, 'USD', 'up to'],
    ['ja', '総額５０００億ドルの計画だ。', 5e11, 'USD', 'exact'],
    ['zh-Hans', '该项目将投资5,000亿美元。', 5e11, 'USD', 'exact'],
    ['zh-Hant', '計畫總額五千億美元。', 5e11, 'USD', 'exact'],
    ['ko', '총 5000억달러를 투자한다.', 5e11, 'USD', 'exact'],
    ['ru', 'Проект стоит 500 млрд долларов.', 5e11, 'USD', 'exact'],
    ['ar', 'استثمار بقيمة 500 مليار دولار', 5e11, 'USD', 'exact'],
    ['ar', 'استثمار بقيمة ٥٠٠ مليار دولار', 5e11, 'USD', 'exact'],
    ['hi', 'इस परियोजना में 500 अरब डॉलर का निवेश होगा।', 5e11, 'USD', 'exact'],
    ['tr', 'Proje 500 milyar dolarlık bir yatırım.', 5e11, 'USD', 'exact'],
    ['it', 'Un piano da 0,5 bilioni di dollari.', 5e11, 'USD', 'exact'],
  ])('%s: %s', (language, text, value, unit, qualifier) => {
    const found = read(language, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, unit, qualifier });
  });

  it('reads counts and spans with what they count', () => {
    expect(read('de', 'Es sollen 100.000 Arbeitsplätze entstehen.')[0]).toMatchObject({ value: 1e5, unit: 'jobs' });
    expect(read('ja', '10万人の雇用を生む。')[0]).toMatchObject({ value: 1e5, unit: 'jobs' });
    expect(read('pt', 'ao longo de quatro anos')[0]).toMatchObject({ value: 4, unit: 'years' });
    expect(read('ja', '今後4年間で投資する')[0]).toMatchObject({ value: 4, unit: 'years' });
    expect(read('pl', 'ponad 100 tys. miejsc pracy')[0]).toMatchObject({ value: 1e5, unit: 'jobs', qualifier: 'over' });
  });

  it('reads the bound each language puts before or after the number as a ceiling', () => {
    for (const [language, text] of [
      ['de', 'SoftBank habe deutlich weniger als 10 Milliarden Dollar.'],
      ['es', 'menos de 10.000 millones de dólares'],
      ['ja', '100億ドル未満しか確保していない'],
      ['zh-Hans', '软银手上不到100亿美元'],
      ['ko', '100억 달러에 훨씬 못 미친다'],
    ] as const) {
      const [found] = read(language, text);
      expect(found?.value, text).toBe(1e10);
      expect(sameClaim(found!.qualifier, 'under'), `${text}: ${found!.qualifier}`).toBe(true);
    }
    expect(read('ja', '10万人以上の雇用')[0]).toMatchObject({ value: 1e5, unit: 'jobs' });
    expect(sameClaim(read('ja', '10万人以上の雇用')[0]!.qualifier, 'over')).toBe(true);
  });

  it('skips an amount in another currency: the page’s own conversion', () => {
    expect(read('ja', '最大5000億ドル（約78兆円）')).toEqual([expect.objectContaining({ value: 5e11, unit: 'USD' })]);
    expect(read('ko', '5000억달러(약 718조 원)')).toEqual([expect.objectContaining({ value: 5e11, unit: 'USD' })]);
    expect(read('de', '500 Milliarden Dollar (rund 480 Milliarden Euro)')).toEqual([expect.objectContaining({ value: 5e11 })]);
  });

  it('does not take a year or a spelled "one" for a figure', () => {
    expect(read('ja', '2025年1月21日に発表された')).toEqual([]);
    expect(read('de', 'ein Rechenzentrum in Texas')).toEqual([]);
  });
});
