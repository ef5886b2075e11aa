/**
 * Which corpus figure a page's number speaks of when the page's value differs, when nothing but
 * the value names it, when the page prints it twice, and when the number is an age, a stretch of
 * time or a bare count.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/match/engine';
import { normalizeText } from '../../../utils/text/normalize';
import { readFigures } from '../../../utils/figures/parse';
import type { FigureMatch } from '../../../utils/match/types';
import { miniIndex } from '../../fixtures/mini-corpus';

const LEAD = 'Elon Musk and Sam Altman clashed over Stargate, the venture of OpenAI, SoftBank and Oracle.';

function figuresOn(body: string): FigureMatch[] {
  const analysis = analyzePage(`${LEAD}\n${body}`, miniIndex());
  expect(analysis.decision.isStory).toBe(true);
  return analysis.figures;
}

const tiedTo = (found: FigureMatch[], text: string) => found.find((f) => f.text.includes(text))?.figureId ?? null;

describe('a value that differs from every source', () => {
  it('still speaks of the measure its words name, and differs', () => {
    const found = figuresOn('Trump says the venture will see $600 billion invested. OpenAI and SoftBank put in $50 billion at the start.');
    const total = found.find((f) => f.value === 6e11)!;
    expect(total).toMatchObject({ figureId: 'fig.total-investment', agreement: 'differs' });
    expect(found.find((f) => f.value === 5e10)).toMatchObject({ figureId: 'fig.initial-investment', agreement: 'differs' });
  });

  it('speaks of no corpus figure when it is far from every source’s value', () => {
    const found = figuresOn('SoftBank, the stadium’s sponsor, has well under $10 million secured for the roof.');
    expect(tiedTo(found, '$10 million')).toBeNull();
  });

  it('is another company’s own figure when its sentence does not name the story', () => {
    const found = figuresOn('Separately, a cloud company set an initial $80 billion for new data centers this year.');
    expect(tiedTo(found, '$80 billion')).toBeNull();
  });

  it('needs its own sentence to name the measure when it is merely near a source’s value', () => {
    const found = figuresOn('Stargate is the venture of the week. Separately, a retailer put $450 billion aside for its stores.');
    expect(tiedTo(found, '$450 billion')).toBeNull();
  });

  it('is an age when printed as one, and a stretch of time when printed as one', () => {
    const found = figuresOn('The 41-year-old Altman said the money would be spent over five years.');
    expect(found.find((f) => f.value === 41)).toMatchObject({ figureId: 'fig.altman-age', agreement: 'differs' });
    const span = found.find((f) => f.value === 5)!;
    expect(span).toMatchObject({ figureId: 'fig.timeframe', agreement: 'differs', qualifier: 'exact' });
  });

  it('is an age however the page prints one', () => {
    for (const printed of ['Sam Altman, 39, replied within hours.', 'Altman, who is 39, replied within hours.', 'Altman, then 39 years old, replied.', 'Altman, aged 39, replied.']) {
      expect(figuresOn(printed).find((f) => f.value === 39), printed).toMatchObject({ figureId: 'fig.altman-age', agreement: 'agrees' });
    }
  });

  it('is no age when a number merely follows a comma', () => {
    expect(figuresOn('By Friday, 39 had signed the letter.').find((f) => f.value === 39)).toBeUndefined();
  });

  it('is neither when the years count back from something', () => {
    const found = figuresOn('Musk left the board of OpenAI three years later.');
    expect(found.filter((f) => f.figureId !== null)).toEqual([]);
  });

  it('needs more than its own unit word when it is merely near a source’s value', () => {
    const found = figuresOn('It is a row between two tech billionaires over money.');
    expect(found.filter((f) => f.figureId !== null)).toEqual([]);
  });
});

describe('where a figure’s words may stand', () => {
  it('a value a source gives is cued anywhere in its paragraph', () => {
    const para = 'Musk questioned whether the backers of Stargate could pay, and Altman invited him to see the site in Texas, where cranes have worked for months and the first buildings are nearly finished, according to local officials who asked for patience. The partners plan to spend $500 billion on data centers.';
    expect(tiedTo(figuresOn(para), '$500 billion')).toBe('fig.total-investment');
  });

  it('a cue word beside another figure is that figure’s', () => {
    const found = figuresOn('The plan: an initial $100 billion, growing to as much as $500 billion over four years.');
    expect(found.find((f) => f.value === 5e11)).toMatchObject({ figureId: 'fig.total-investment', agreement: 'agrees' });
    expect(tiedTo(found, '$100 billion')).toBe('fig.initial-investment');
  });

  it('a value near a source’s is tied by its own measure’s words even where its sentence names no one of the story', () => {
    const found = figuresOn('For comparison, xAI has reportedly sunk $15 billion into its Memphis data center.');
    expect(found.find((f) => f.value === 1.5e10)).toMatchObject({ figureId: 'fig.xai-memphis', agreement: 'differs' });
  });
});

describe('a value printed again without its bound', () => {
  it('refers back to the claim the page made with the bound', () => {
    const found = figuresOn('Musk said SoftBank has well under $10B secured. Nobody outside the firm knows whether his $10B figure is right.');
    const again = found.filter((f) => f.figureId === 'fig.softbank-secured')[1]!;
    expect(again).toMatchObject({ text: '$10B', qualifier: 'well under', agreement: 'agrees' });
  });

  it('takes the bound the page gives it later, as a fact-check states a claim before quoting it', () => {
    const found = figuresOn('Claim: the project will create 100,000 jobs. Verdict: Trump said over 100,000 jobs would come.');
    const bare = found.find((f) => f.text === '100,000 jobs')!;
    expect(bare).toMatchObject({ figureId: 'fig.jobs', qualifier: 'over', agreement: 'agrees' });
  });

  it('agrees when it rounds a source’s “over” to the value, not when it drops a ceiling', () => {
    const jobs = figuresOn('Trump said the venture would create 100,000 jobs.').find((f) => f.figureId === 'fig.jobs');
    expect(jobs).toMatchObject({ qualifier: 'exact', agreement: 'agrees' });
    const hundreds = figuresOn('Trump said the venture would create 200,000 jobs.').find((f) => f.figureId === 'fig.jobs');
    expect(hundreds).toMatchObject({ agreement: 'differs' });
  });

  it('is a claim of its own when the page never gave the bound', () => {
    const [f] = figuresOn('Musk said SoftBank has $10B secured.').filter((x) => x.figureId === 'fig.softbank-secured');
    expect(f).toMatchObject({ qualifier: 'exact', agreement: 'differs' });
  });
});

describe('a value and nothing else', () => {
  it('names a figure most sources print, where no other figure’s words share its sentence', () => {
    expect(tiedTo(figuresOn('THE $500 BILLION BET'), '$500 BILLION')).toBe('fig.total-investment');
  });

  it('names nothing when its sentence speaks of another measure', () => {
    // $10 billion is SoftBank's well-known figure, but this sentence is about an investment.
    expect(tiedTo(figuresOn('Separately, a chipmaker said it would invest $10 billion in a new plant.'), '$10 billion')).toBeNull();
  });
});

describe('a figure printed twice', () => {
  it('is the same figure in the headline as in the sentence that names it', () => {
    const found = figuresOn('Musk mocks $600 billion AI plan\nTrump says the venture will see $600 billion invested.');
    expect(found.filter((f) => f.value === 6e11).map((f) => f.figureId)).toEqual(['fig.total-investment', 'fig.total-investment']);
  });
});

describe('a bare count after a figure', () => {
  it('takes the unit of the figure before it', () => {
    const [, vague] = readFigures(normalizeText('Trump said over 100,000 jobs. OpenAI spoke of hundreds of thousands.'));
    expect(vague).toMatchObject({ unit: 'jobs', value: 2e5, qualifier: 'at least' });
  });

  it('stays unread without such a figure', () => {
    expect(readFigures(normalizeText('The forum had hundreds of thousands of readers.'))).toEqual([]);
  });
});
