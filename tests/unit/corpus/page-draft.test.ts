import { describe, expect, it } from 'vitest';
import { createCrossReferencer } from '../../../utils/corpus/cross-reference';
import { dateOfTimestamp, proposeDraft, rematchQuotation, sentenceAround, sourceUrl } from '../../../utils/corpus/page-draft';
import { harborArticle, shippedCorpus } from '../../fixtures/manager/pages';

const referencer = createCrossReferencer(shippedCorpus());
const article = harborArticle();
const draft = proposeDraft(article, referencer);
const quotation = (start: string) => draft.quotations.find((q) => q.text.startsWith(start))!;

describe('what “Add this page” proposes for an article', () => {
  it('fills the source from the page’s metadata', () => {
    expect(draft.source).toEqual({
      outlet: 'The Harbor Courier',
      headline: 'Stargate’s money questioned as Musk and Altman trade barbs',
      author: 'Dana Whitlock',
      published: '2025-01-24',
      url: 'https://courier.example/tech/stargate-money',
      remark: '',
    });
  });

  it('proposes every quotation with its speaker and the utterance it belongs to', () => {
    const rows = draft.quotations.map((q) => [q.text, q.speaker, q.utteranceId]);
    expect(rows).toEqual([
      ['They don’t actually have the money,', 'Elon Musk', 'musk.no-money'],
      ['SoftBank has well under $10B secured. I have that on good authority.', 'Elon Musk', 'musk.softbank-10b'],
      ['wrong, as you surely know,', 'Sam Altman', 'altman.wrong-reply'],
      ['They don’t actually have the money', 'Elon Musk', 'musk.no-money'],
      ['The grid in Texas can carry it, but not in four years.', 'Marta Velasquez', null],
      ['Nobody builds that much that fast,', 'Marta Velasquez', null],
      ['Stargate,', '', 'term.stargate'],
      ['the largest AI infrastructure, by far, in history.', 'Donald Trump', 'trump.largest'],
    ]);
    expect(quotation('They don’t').context).toBe(
      '“They don’t actually have the money,” Elon Musk wrote on X the day after the announcement, a post that quickly drew millions of views.',
    );
    expect(draft.quotations[3]).toMatchObject({ kind: 'embedded-post', handle: '@elonmusk' });
  });

  it('proposes the figures the engine reads, tied to the corpus figures they speak of', () => {
    expect(draft.figures.map((f) => [f.text, f.qualifier, f.figureId])).toEqual([
      ['up to $500 billion', 'up to', 'fig.total-investment'],
      ['$100 billion', 'exact', 'fig.initial-investment'],
      ['over 100,000 jobs', 'over', 'fig.jobs'],
      ['four years', 'exact', 'fig.timeframe'],
      ['well under $10B', 'well under', 'fig.softbank-secured'],
      ['four years', 'exact', 'fig.timeframe'],
    ]);
    expect(draft.figures[0]!.measure).toBe('Stargate’s total planned investment');
  });

  it('matches an edited quotation again on its own words', () => {
    const edited = rematchQuotation(quotation('Nobody'), 'They don’t actually have the money', article, referencer);
    expect(edited.utteranceId).toBe('musk.no-money');
    const back = rematchQuotation(quotation('They don’t'), 'Something nobody in the corpus ever said at all', article, referencer);
    expect(back).toMatchObject({ utteranceId: null, match: { kind: 'new' } });
  });

  it('reads dates and sentences as printed', () => {
    expect(dateOfTimestamp('2025-01-24T08:30:00Z')).toBe('2025-01-24');
    expect(dateOfTimestamp('Friday')).toBe('');
    expect(dateOfTimestamp('2025-13-01')).toBe('');
    const text = 'First one. He said “x.” Then more.\nNext line.';
    expect(sentenceAround(text, 20, 22)).toBe('He said “x.”');
  });

  it('keeps an address within the corpus’s 300 characters by dropping its query', () => {
    const long = `https://news.example/stargate?${'utm=x&'.repeat(60)}#top`;
    expect(sourceUrl(long)).toBe('https://news.example/stargate');
    expect(sourceUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
  });
});
