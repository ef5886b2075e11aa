import { describe, expect, it } from 'vitest';
import type { Corpus, Figure } from '../../../utils/corpus/schema';
import { joinUserFigures } from '../../../utils/corpus/join-figures';
import { analyzePage, buildMatchIndex } from '../../../utils/match/engine';
import { buildPageReport } from '../../../utils/report/page-report';
import { miniCorpus } from '../../fixtures/mini-corpus';

const curatedTotal = miniCorpus.figures.find((f) => f.id === 'fig.total-investment')!;

/** What "Add this page" saves for a blog that put the venture at $600 billion. */
function withUserBlog(): Corpus {
  const figure: Figure = {
    id: 'user.fig.blog.1',
    origin: 'user',
    measure: curatedTotal.measure,
    unit: 'USD',
    cues: [],
    statements: [{ sourceId: 'user.src.blog', text: '$600 billion', value: 6e11, qualifier: 'exact', context: 'The venture is worth $600 billion.' }],
  };
  return {
    ...miniCorpus,
    sources: [...miniCorpus.sources, { ...miniCorpus.sources[0]!, id: 'user.src.blog', origin: 'user', outlet: 'A blog', headline: 'My take' }],
    figures: [...miniCorpus.figures, figure],
  };
}

const PAGE = `Musk and Altman clash over Stargate
Elon Musk said the backers of Stargate, the AI venture of OpenAI, SoftBank and Oracle, "don't actually have the money." The partners plan to invest up to $500 billion in AI infrastructure.`;

describe('a figure the user added for a curated measure', () => {
  it('is read as one more statement of the curated figure, and the user’s figure is not listed apart', () => {
    const joined = joinUserFigures(withUserBlog());
    expect(joined.figures.map((f) => f.id)).not.toContain('user.fig.blog.1');
    const total = joined.figures.find((f) => f.id === 'fig.total-investment')!;
    expect(total.statements.map((s) => s.sourceId)).toEqual([...curatedTotal.statements.map((s) => s.sourceId), 'user.src.blog']);
    // The stored curated record is not changed.
    expect(curatedTotal.statements.map((s) => s.sourceId)).not.toContain('user.src.blog');
  });

  it('shows the user’s source beside the curated ones on a page that prints the figure', () => {
    const corpus = joinUserFigures(withUserBlog());
    const analysis = analyzePage(PAGE, buildMatchIndex(corpus));
    const figure = analysis.figures.find((f) => f.figureId === 'fig.total-investment')!;
    expect(figure.differing.map((s) => s.sourceId)).toContain('user.src.blog');
    const report = buildPageReport(analysis, corpus, { url: 'https://example.test/a', title: 'a' });
    expect(report.records.sources.map((s) => s.id)).toContain('user.src.blog');
  });

  it('stays a figure of its own when its measure is not a curated one', () => {
    const corpus = withUserBlog();
    corpus.figures[corpus.figures.length - 1] = { ...corpus.figures.at(-1)!, measure: 'Something else' };
    expect(joinUserFigures(corpus).figures.map((f) => f.id)).toContain('user.fig.blog.1');
  });
});
