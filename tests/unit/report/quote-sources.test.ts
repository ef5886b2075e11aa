import { describe, expect, it } from 'vitest';
import { diffWording, firstInCorpus, quoteSources } from '../../../utils/report/quote-sources';
import { quotes, sampleIndex } from '../../fixtures/sample-report';

const quote = (id: string) => quotes.find((q) => q.id === id)!;

describe('quote sources', () => {
  it('diffs a corpus wording against the page: removed words are the source’s, added words the page’s', () => {
    const parts = diffWording('SoftBank has well under $10B secured.', 'SoftBank has well under $10 billion secured.');
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['10B']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['10 billion']);
    expect(parts.map((p) => (p.added ? '' : p.value)).join('')).toBe('SoftBank has well under $10B secured.');
  });

  it('lists each source carrying the quote once, dated sources first, earliest first', () => {
    const views = quoteSources(quote('q1'), sampleIndex);
    expect(views.map((v) => v.sourceId)).toEqual(['src.000', 'src.001', 'src.002', 'src.003']);
    expect(views[0]!.wordings).toHaveLength(2);
  });

  it('keeps the engine’s diff and computes one for a wording the engine did not compare', () => {
    const src000 = quoteSources(quote('q1'), sampleIndex).find((v) => v.sourceId === 'src.000')!;
    const [compared, post] = src000.wordings;
    expect(compared!.wording.id).toBe('w.musk.no-money.000');
    expect(compared!.similarity).toBe(0.97);
    expect(post!.wording.presentation).toBe('embedded-post');
    expect(post!.similarity).toBeNull();
    expect(post!.diff.filter((p) => p.added).map((p) => p.value)).toEqual(['.']);
  });

  it('names the sources that carried the quote first, all of them when they share the date', () => {
    const first = firstInCorpus(quoteSources(quote('q1'), sampleIndex));
    expect(first.map((v) => v.label)).toEqual(['“Musk And Altman Face Off Over Trump-Backed…”, 23 Jan 2025', 'NationPress']);
  });

  it('names no first source when no carrier has a publication date', () => {
    expect(firstInCorpus(quoteSources(quote('q0'), sampleIndex))).toEqual([]);
  });
});
