import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../utils/text/normalize';
import { readFigures } from '../../../utils/figures/parse';
import { analyzePage } from '../../../utils/match/engine';
import type { FigureMatch } from '../../../utils/match/types';
import { miniIndex } from '../../fixtures/mini-corpus';

function figures(text: string) {
  return readFigures(normalizeText(text)).map((f) => ({ value: f.value, unit: f.unit, qualifier: f.qualifier }));
}
const one = (text: string) => {
  const found = figures(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('reading figures', () => {
  it('reads money with scale words in every form', () => {
    for (const text of ['$500 billion', '$500B', '$500bn', '500 billion dollars', 'five hundred billion dollars', 'half a trillion', 'a full half trillion']) {
      expect(one(`It will cost ${text} in all.`)).toMatchObject({ value: 5e11, unit: 'USD' });
    }
    expect(one('over a quarter of a billion dollars')).toEqual({ value: 2.5e8, unit: 'USD', qualifier: 'over' });
    expect(one('Musk spent $100bn.')).toMatchObject({ value: 1e11, unit: 'USD' });
  });

  it('reads counts with their units', () => {
    expect(one('over 100,000 jobs')).toEqual({ value: 1e5, unit: 'jobs', qualifier: 'over' });
    expect(one('create hundreds of thousands of American jobs')).toEqual({ value: 2e5, unit: 'jobs', qualifier: 'at least' });
    expect(one('the 39-year-old chief executive')).toEqual({ value: 39, unit: 'years', qualifier: 'exact' });
    expect(one('over the next four years')).toEqual({ value: 4, unit: 'years', qualifier: 'exact' });
    expect(one('one of the three companies')).toMatchObject({ value: 3, unit: 'companies' });
  });

  it('reads fractions', () => {
    expect(one('one tenth of the funding')).toEqual({ value: 0.1, unit: 'fraction', qualifier: 'exact' });
    expect(one('did not have even one tenth of the funding')).toEqual({ value: 0.1, unit: 'fraction', qualifier: 'less than' });
    expect(one('has not lined up even a tenth of it')).toEqual({ value: 0.1, unit: 'fraction', qualifier: 'less than' });
    expect(one('has lined up even a tenth of it')).toEqual({ value: 0.1, unit: 'fraction', qualifier: 'exact' });
  });

  it('reads "pass" as a lower bound', () => {
    expect(one('spending could pass $1 trillion')).toEqual({ value: 1e12, unit: 'USD', qualifier: 'over' });
  });

  it('reads a point before three digits as thousands where a unit word says what is counted', () => {
    expect(one('more than 100.000 jobs')).toEqual({ value: 1e5, unit: 'jobs', qualifier: 'more than' });
    expect(one('12.000 US-Dollar')).toMatchObject({ value: 12000, unit: 'USD' });
    expect(one('$1.500 each')).toMatchObject({ value: 1.5, unit: 'USD' });
    expect(one('2.125 billion dollars')).toMatchObject({ value: 2.125e9, unit: 'USD' });
  });

  it('reads amounts with a US currency code as dollars and leaves other currencies out', () => {
    expect(one('up to $US500 billion')).toEqual({ value: 5e11, unit: 'USD', qualifier: 'up to' });
    expect(one('some US$12bn')).toMatchObject({ value: 1.2e10, unit: 'USD' });
    expect(figures('A$500 billion, €500bn, 500 billion euros and half a trillion yen')).toEqual([]);
  });

  it('reads the qualifier before a figure', () => {
    const q = (text: string) => one(text).qualifier;
    expect(q('up to $500 billion')).toBe('up to');
    expect(q('at least $500 billion')).toBe('at least');
    expect(q('well under $10B')).toBe('well under');
    expect(q('way less than $10 billion')).toBe('way less than');
    expect(q('more than $1 million')).toBe('more than');
    expect(q('as much as $500 billion')).toBe('up to');
    expect(q('could top $1 trillion')).toBe('over');
    expect(q('just shy of $10 billion')).toBe('under');
  });

  it('leaves the numbers of dates and bare numbers alone', () => {
    expect(figures('On January 22, 2025, in 2015, one day after the event.')).toEqual([]);
  });
});

function storyFigures(body: string): FigureMatch[] {
  const page = `Elon Musk and Sam Altman clashed over Stargate, the venture of OpenAI, SoftBank and Oracle.\n${body}\nStargate was announced on Tuesday.`;
  const analysis = analyzePage(page, miniIndex());
  expect(analysis.decision.isStory).toBe(true);
  return analysis.figures;
}

describe('tying figures to the corpus and classing them', () => {
  it('agrees with the sources that give the same value and qualifier, and differs from the others', () => {
    const f = storyFigures('Stargate plans to invest up to $500 billion.').find((x) => x.figureId === 'fig.total-investment')!;
    expect(f.agreement).toBe('agrees');
    expect(f.fidelity).toBe('exact');
    expect(f.agreeing.map((s) => s.sourceId).sort()).toEqual(['src.000', 'src.001']);
    expect(f.differing.map((s) => s.qualifier)).toContain('at least');
  });

  it('treats "up to" and "at least" as different claims about the same value', () => {
    const f = storyFigures('Stargate will invest at least $500 billion.').find((x) => x.figureId === 'fig.total-investment')!;
    expect(f.agreeing.map((s) => s.sourceId)).toEqual(['src.003']);
    expect(f.differing.some((s) => s.qualifier === 'up to')).toBe(true);
  });

  it('treats "far less than" and "well under" as the same claim, printed differently', () => {
    const f = storyFigures('Musk said SoftBank has far less than $10B secured.').find((x) => x.figureId === 'fig.softbank-secured')!;
    expect(f.agreement).toBe('agrees');
    expect(f.fidelity).toBe('close');
    expect(f.agreeing).toHaveLength(4);
  });

  it('says a figure differs when no source gives its value', () => {
    const f = storyFigures('Stargate will invest $400 billion in the project.').find((x) => x.figureId === 'fig.total-investment')!;
    expect(f.agreement).toBe('differs');
    expect(f.agreeing).toEqual([]);
  });

  it('uses the words near a figure to tell which measure it is', () => {
    const found = storyFigures('The initial commitment is $100 billion. Musk said SoftBank has well under $10B secured.');
    expect(found.map((f) => f.figureId)).toEqual(['fig.initial-investment', 'fig.softbank-secured']);
  });

  it('leaves a figure untied when nothing near it names a measure', () => {
    const f = storyFigures('A sandwich costs $12 in the city.').find((x) => x.value === 12)!;
    expect(f.figureId).toBeNull();
    expect(f.agreement).toBe('unknown');
  });

  it('highlights the figure with its qualifier and currency sign', () => {
    const page = `Elon Musk and Sam Altman clashed over Stargate, the venture of OpenAI, SoftBank and Oracle.\nStargate aims to invest up to $500 billion.`;
    const f = analyzePage(page, miniIndex()).figures[0]!;
    expect(page.slice(f.range.start, f.range.end)).toBe('up to $500 billion');
    expect(f.text).toBe('up to $500 billion');
  });
});
