/**
 * The evaluator's arithmetic on small hand-made pages and predictions, so the numbers an engine
 * developer reads are the ones the rules promise.
 */
import { describe, expect, it } from 'vitest';
import { resolvePageLabel, type PageLabel } from '../../../utils/eval/labels';
import { evaluate, type EvaluatedPage } from '../../../utils/eval/metrics';
import { formatReport } from '../../../utils/eval/report-text';
import { EVAL_THRESHOLDS, thresholdFailures } from '../../../utils/eval/thresholds';
import type { FigureMatch, MatchClass, PageAnalysis, QuoteMatch, TextRange } from '../../../utils/match/types';

const STORY =
  'Musk wrote “They don’t actually have the money” on X. ' +
  '“SoftBank has well under $10B secured,” he said. “I have that on good authority.” ' +
  'Altman called OpenAI’s critic wrong, and Musk once called it “evil”. The plan is $500 billion.';
const OTHER = 'A council member said “They don’t actually have the money” about the arena.';

function rangeOf(text: string, sub: string, from = 0): TextRange {
  const start = text.indexOf(sub, from);
  if (start < 0) throw new Error(`test setup: "${sub}" not in text`);
  return { start, end: start + sub.length };
}

let nextId = 0;
function quote(text: string, utteranceId: string, matchClass: MatchClass, ...parts: string[]): QuoteMatch {
  const ranges = parts.map((p) => rangeOf(text, p));
  return {
    kind: 'quote', id: `q${nextId++}`, matchClass, fidelity: 'exact', ranges, utteranceId,
    score: 1, wordings: [], pageText: parts.join(' … '),
  };
}

function figure(text: string, sub: string, figureId: string | null, agreement: FigureMatch['agreement']): FigureMatch {
  return {
    kind: 'figure', id: `f${nextId++}`, range: rangeOf(text, sub), text: sub, value: 0, unit: 'USD',
    qualifier: 'exact', figureId, fidelity: 'exact', agreement, agreeing: [], differing: [],
  };
}

function analysis(isStory: boolean, quotes: QuoteMatch[] = [], figures: FigureMatch[] = []): PageAnalysis {
  return { decision: { relevance: isStory ? 'story' : 'unrelated', isStory, score: isStory ? 9 : 1, threshold: 5, signals: [] }, quotes, figures, dates: [] };
}

const storyLabel: PageLabel = {
  file: 'story.html',
  style: 'test',
  language: 'en',
  about: true,
  quotes: [
    { utteranceId: 'musk.no-money', class: 'exact', parts: ['They don’t actually have the money'] },
    {
      utteranceId: 'musk.softbank-10b',
      class: 'split',
      parts: ['SoftBank has well under $10B secured', 'I have that on good authority.'],
    },
  ],
  figures: [
    { text: 'well under $10B', figureId: 'fig.softbank-secured', agreement: 'agrees' },
    { text: '$500 billion', figureId: 'fig.total-investment', agreement: 'agrees' },
  ],
  ignored: [{ utteranceId: 'musk.evil', text: 'evil', reason: 'one word' }],
};
const otherLabel: PageLabel = { file: 'other.html', style: 'negative', language: 'en', about: false, quotes: [], figures: [] };

function storyPage(a: PageAnalysis): EvaluatedPage {
  return { page: resolvePageLabel(storyLabel, STORY), text: STORY, analysis: a };
}
function otherPage(a: PageAnalysis): EvaluatedPage {
  return { page: resolvePageLabel(otherLabel, OTHER), text: OTHER, analysis: a };
}

const noMoney = (cls: MatchClass = 'exact') => quote(STORY, 'musk.no-money', cls, 'They don’t actually have the money');
/** Both labelled figures found and rightly compared: the figure thresholds are met. */
const bothFigures = () => [
  figure(STORY, 'well under $10B', 'fig.softbank-secured', 'agrees'),
  figure(STORY, '$500 billion', 'fig.total-investment', 'agrees'),
];
const softbankSplit = () =>
  quote(STORY, 'musk.softbank-10b', 'split', 'SoftBank has well under $10B secured', 'I have that on good authority.');

describe('quote scores', () => {
  it('gives full marks when every labelled quote is found and nothing else is', () => {
    const report = evaluate([storyPage(analysis(true, [noMoney(), softbankSplit()], bothFigures())), otherPage(analysis(false))]);
    expect(report.quotes.verbatim).toMatchObject({ labelled: 2, found: 2, predicted: 2, correct: 2, recall: 1, precision: 1 });
    expect(report.quotes.misses).toEqual([]);
    expect(report.quotes.falsePositives).toEqual([]);
    expect(thresholdFailures(report)).toEqual([]);
  });

  it('finds a label with a prediction covering at least half of it, not less', () => {
    const half = quote(STORY, 'musk.no-money', 'fragment', 'They don’t actually');
    const third = quote(STORY, 'musk.no-money', 'fragment', 'They don’t');
    expect(evaluate([storyPage(analysis(true, [half]))]).quotes.byClass.exact.found).toBe(1);
    const short = evaluate([storyPage(analysis(true, [third]))]).quotes;
    expect(short.byClass.exact).toMatchObject({ labelled: 1, found: 0 });
    // Lying inside a labelled quote of its utterance, it is not a wrong highlight.
    expect(short.byClass.fragment).toMatchObject({ predicted: 1, correct: 1 });
  });

  it('counts recall by the labelled class and precision by the predicted class', () => {
    const report = evaluate([storyPage(analysis(true, [noMoney('close'), softbankSplit()]))]).quotes;
    expect(report.byClass.exact).toMatchObject({ labelled: 1, found: 1, predicted: 0, recall: 1, precision: null });
    expect(report.byClass.close).toMatchObject({ labelled: 0, predicted: 1, correct: 1, precision: 1 });
    expect(report.confusion.exact.close).toBe(1);
    expect(report.confusion.split.split).toBe(1);
  });

  it('finds a split quote from one highlight per part when the longer part is over half', () => {
    const first = quote(STORY, 'musk.softbank-10b', 'fragment', 'SoftBank has well under $10B secured');
    const second = quote(STORY, 'musk.softbank-10b', 'fragment', 'I have that on good authority.');
    const report = evaluate([storyPage(analysis(true, [noMoney(), first, second]))]).quotes;
    expect(report.byClass.split).toMatchObject({ labelled: 1, found: 1 });
    expect(report.verbatim).toMatchObject({ predicted: 3, correct: 3 });
  });

  it('reports a quote given to the wrong utterance as both a miss and a false positive', () => {
    const wrong = quote(STORY, 'altman.wrong-reply', 'exact', 'They don’t actually have the money');
    const report = evaluate([storyPage(analysis(true, [wrong, softbankSplit()]))]).quotes;
    expect(report.misses).toEqual([
      { file: 'story.html', utteranceId: 'musk.no-money', matchClass: 'exact', text: 'They don’t actually have the money' },
    ]);
    expect(report.falsePositives).toMatchObject([{ utteranceId: 'altman.wrong-reply', reason: 'not labelled', labelledAs: ['musk.no-money'] }]);
    expect(report.verbatim).toMatchObject({ recall: 0.5, precision: 0.5 });
  });

  it('counts the same quote highlighted twice as a duplicate', () => {
    const report = evaluate([storyPage(analysis(true, [noMoney(), noMoney(), softbankSplit()]))]).quotes;
    expect(report.falsePositives.map((p) => p.reason)).toEqual(['duplicate']);
    expect(report.verbatim).toMatchObject({ predicted: 3, correct: 2 });
  });

  it('neither rewards nor punishes ignored passages and terms', () => {
    const evil = quote(STORY, 'musk.evil', 'exact', 'evil');
    const term = quote(STORY, 'term.stargate', 'exact', 'OpenAI');
    const report = evaluate([storyPage(analysis(true, [noMoney(), softbankSplit(), evil, term]))], new Set(['term.stargate']));
    expect(report.quotes.unscored).toBe(2);
    expect(report.quotes.verbatim).toMatchObject({ predicted: 2, correct: 2 });
  });

  it('counts every quote on a page about something else as a false positive', () => {
    const onOther = quote(OTHER, 'musk.no-money', 'exact', 'They don’t actually have the money');
    const report = evaluate([otherPage(analysis(true, [onOther]))]);
    expect(report.quotes.falsePositives).toMatchObject([{ file: 'other.html', reason: 'not about the story' }]);
    expect(report.quotes.verbatim.precision).toBe(0);
  });
});

describe('detection scores', () => {
  it('computes precision over flagged pages and recall over story pages', () => {
    const report = evaluate([storyPage(analysis(true)), otherPage(analysis(true))]);
    expect(report.detection).toMatchObject({ labelled: 1, found: 1, predicted: 2, correct: 1, recall: 1, precision: 0.5 });
    expect(report.detection.errors).toEqual([{ file: 'other.html', expected: false, score: 9, threshold: 5 }]);
    expect(thresholdFailures(report)).toContain('detection precision 50.0% is below 100.0%');
  });

  it('fails the recall threshold when a story page is missed', () => {
    const report = evaluate([storyPage(analysis(false)), otherPage(analysis(false))]);
    expect(report.detection.recall).toBe(0);
    expect(thresholdFailures(report)).toContain('detection recall 0.0% is below 100.0%');
  });
});

describe('relevance scores', () => {
  const relatedLabel: PageLabel = { ...otherLabel, file: 'related.html', relevance: 'related', quotes: [{ utteranceId: 'musk.no-money', class: 'exact', parts: ['They don’t actually have the money'] }] };
  const relatedPage = (a: PageAnalysis): EvaluatedPage => ({ page: resolvePageLabel(relatedLabel, OTHER), text: OTHER, analysis: a });
  const graded = (relevance: PageAnalysis['decision']['relevance'], quotes: QuoteMatch[] = []): PageAnalysis => ({
    ...analysis(relevance === 'story', quotes),
    decision: { ...analysis(relevance === 'story').decision, relevance },
  });

  it('fills the confusion of grades and fails below the accuracy reached', () => {
    const report = evaluate([storyPage(graded('story')), relatedPage(graded('story')), otherPage(graded('related'))]);
    expect(report.relevance.confusion.story.story).toBe(1);
    expect(report.relevance.confusion.related.story).toBe(1);
    expect(report.relevance.confusion.unrelated.related).toBe(1);
    expect(report.relevance.errors).toEqual([
      { file: 'related.html', expected: 'related', got: 'story' },
      { file: 'other.html', expected: 'unrelated', got: 'related' },
    ]);
    expect(thresholdFailures(report)).toContain('relevance accuracy 33.3% is below 100.0%');
    expect(formatReport(report, 'test')).toMatch(/labelled \\ predicted\s+story\s+related\s+unrelated/);
  });

  it('judges a related page’s highlights against its labels, not as a page about something else', () => {
    const onRelated = quote(OTHER, 'musk.no-money', 'exact', 'They don’t actually have the money');
    const report = evaluate([relatedPage(graded('related', [onRelated]))]);
    expect(report.quotes.falsePositives).toEqual([]);
    expect(report.quotes.verbatim).toMatchObject({ labelled: 1, found: 1, predicted: 1, correct: 1 });
  });

  it('refuses a label whose grade contradicts about', () => {
    expect(() => resolvePageLabel({ ...storyLabel, relevance: 'related' }, STORY)).toThrow(/about/);
  });
});

describe('figure scores', () => {
  it('matches figures one to one by id and overlap, and scores agreement on the matched ones', () => {
    const figures = [
      figure(STORY, 'well under $10B', 'fig.softbank-secured', 'agrees'),
      figure(STORY, '$500 billion', 'fig.total-investment', 'differs'),
      figure(STORY, '$500 billion', 'fig.total-investment', 'agrees'),
      figure(STORY, '$10B', null, 'unknown'),
    ];
    const report = evaluate([storyPage(analysis(true, [], figures))]).figures;
    expect(report).toMatchObject({ labelled: 2, found: 2, predicted: 3, correct: 2, agreementCorrect: 1, agreementAccuracy: 0.5 });
    expect(report.falsePositives).toMatchObject([{ text: '$500 billion', reason: 'not labelled' }]);
    expect(report.agreementErrors).toMatchObject([{ text: '$500 billion', expected: 'agrees', got: 'differs' }]);
  });

  it('misses a figure tied to the wrong corpus figure', () => {
    const report = evaluate([storyPage(analysis(true, [], [figure(STORY, '$500 billion', 'fig.initial-investment', 'agrees')]))]).figures;
    expect(report.misses.map((m) => m.text)).toEqual(['well under $10B', '$500 billion']);
    expect(report.precision).toBe(0);
  });
});

describe('thresholds', () => {
  it('names the quote group and the reworded class when they fall short', () => {
    const reworded: PageLabel = {
      ...storyLabel,
      quotes: [{ utteranceId: 'musk.no-money', class: 'reworded', parts: ['They don’t actually have the money'] }],
    };
    const page = { page: resolvePageLabel(reworded, STORY), text: STORY, analysis: analysis(true, [softbankSplit()], bothFigures()) };
    // The English floor (today's English scores) is left out here: this page is not the English set.
    const noFloor = { ...EVAL_THRESHOLDS, english: { verbatimRecall: 0, verbatimPrecision: 0, rewordedRecall: 0, figureRecall: 0, figurePrecision: 0 } };
    expect(thresholdFailures(evaluate([page]), noFloor)).toEqual([
      'exact+close+fragment+split precision 0.0% is below 98.0%',
      'reworded recall 0.0% is below 70.0%',
    ]);
  });
});

describe('printed report', () => {
  it('lists each miss and false positive with its page and words, and says why it fails', () => {
    const wrong = quote(STORY, 'altman.wrong-reply', 'close', 'They don’t actually have the money');
    const text = formatReport(evaluate([storyPage(analysis(true, [wrong, softbankSplit()]))]), 'mini corpus');
    expect(text).toContain('story.html  musk.no-money [exact]  “They don’t actually have the money”');
    expect(text).toContain('story.html  altman.wrong-reply [close] (not labelled, labelled musk.no-money)');
    expect(text).toContain('story.html  fig.softbank-secured  “well under $10B”');
    expect(text).toMatch(/FAIL:\n {2}exact\+close\+fragment\+split recall 50\.0% is below 98\.0%/);
  });

  it('says PASS when every threshold is met', () => {
    const text = formatReport(evaluate([storyPage(analysis(true, [noMoney(), softbankSplit()], bothFigures()))]), 'mini corpus');
    expect(text).toMatch(/quotes: exact\+close\+fragment\+split +2 +2 +0 +2 +2 +0 +100\.0% +100\.0%/);
    expect(text.trimEnd().endsWith('PASS: every threshold is met.')).toBe(true);
  });
});
