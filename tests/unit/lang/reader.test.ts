/**
 * A reader meets the story in German or Japanese: the page is recognised, Musk's and Altman's
 * words in translation are tied to what they said, with which of its ideas each translation
 * keeps, and the figures in local formats are tied and compared like English ones. A page about
 * face masks (マスク) is left alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CorpusSchema } from '../../../utils/corpus/schema';
import { analyzePage, buildMatchIndex } from '../../../utils/match/engine';
import { GERMAN_STORY, JAPANESE_MASKS, JAPANESE_STORY } from '../../fixtures/i18n-articles';

const corpus = v.parse(CorpusSchema, JSON.parse(readFileSync('public/corpus/curated.json', 'utf8')));
const index = buildMatchIndex(corpus);

function translated(text: string) {
  return analyzePage(text, index).quotes.filter((q) => q.matchClass === 'translated');
}

describe('the story in German', () => {
  const analysis = analyzePage(GERMAN_STORY, index);

  it('is recognised as the story', () => {
    expect(analysis.decision.isStory).toBe(true);
  });

  it('ties the translated quotes to the utterances they translate', () => {
    const quotes = translated(GERMAN_STORY);
    expect(quotes.map((q) => q.utteranceId)).toEqual(['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply']);
    expect(quotes[0]!.pageText).toBe('Die haben das Geld eigentlich gar nicht.');
    expect(quotes.every((q) => q.fidelity === 'translated' && q.translation?.language === 'de')).toBe(true);
  });

  it('says which ideas a partial translation carries and which it leaves out', () => {
    const reply = translated(GERMAN_STORY).find((q) => q.utteranceId === 'altman.wrong-reply')!;
    expect(reply.translation!.matched).toEqual(expect.arrayContaining(['wrong', 'as you surely know', 'the first site']));
    expect(reply.translation!.missing).toEqual(expect.arrayContaining(['put America first', 'your new role']));
    const softbank = translated(GERMAN_STORY).find((q) => q.utteranceId === 'musk.softbank-10b')!;
    expect(softbank.translation!.matched).toContain('under $10B');
  });

  it('leaves an indirect paraphrase without quotation marks alone', () => {
    expect(translated(GERMAN_STORY).some((q) => q.pageText.includes('optimal für Musks Firmen'))).toBe(false);
  });

  it('ties the figures in German format and compares them with the sources', () => {
    const byText = new Map(analysis.figures.map((f) => [f.text, f]));
    expect(byText.get('bis zu 500 Milliarden Dollar')).toMatchObject({ figureId: 'fig.total-investment', agreement: 'agrees', value: 5e11, language: 'de' });
    expect(byText.get('100.000 Arbeitsplätze')).toMatchObject({ figureId: 'fig.jobs', value: 1e5 });
    expect(byText.get('deutlich weniger als 10 Milliarden Dollar')).toMatchObject({ figureId: 'fig.softbank-secured', agreement: 'agrees' });
  });
});

describe('the story in Japanese', () => {
  const analysis = analyzePage(JAPANESE_STORY, index);

  it('is recognised, with its translated quotes and figures', () => {
    expect(analysis.decision.isStory).toBe(true);
    expect(translated(JAPANESE_STORY).map((q) => q.utteranceId)).toEqual(['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply']);
    const total = analysis.figures.find((f) => f.figureId === 'fig.total-investment')!;
    expect(total).toMatchObject({ text: '最大5000億ドル', value: 5e11, agreement: 'agrees' });
  });

  it('never takes the yen conversion for a figure', () => {
    expect(analysis.figures.some((f) => f.text.includes('兆円'))).toBe(false);
  });
});

describe('a Japanese page about face masks', () => {
  it('is not about the story and gets nothing', () => {
    const analysis = analyzePage(JAPANESE_MASKS, index);
    expect(analysis.decision.isStory).toBe(false);
    expect(analysis.quotes).toEqual([]);
    expect(analysis.figures).toEqual([]);
  });
});
