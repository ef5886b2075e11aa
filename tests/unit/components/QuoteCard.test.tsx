// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteCard } from '../../../components/QuoteCard';
import { indexReport } from '../../../utils/report/page-report';
import { textOf } from './text';
import { quotes, sampleIndex, sampleReport } from '../../fixtures/sample-report';

const quote = (id: string) => quotes.find((q) => q.id === id)!;
const card = (id: string) => render(<QuoteCard match={quote(id)} report={sampleReport} index={sampleIndex} />);

afterEach(cleanup);

describe('quote card', () => {
  it('names the speaker, the match class, and the original post with its platform, handle and date', () => {
    card('q1');
    const article = screen.getByRole('article', { name: 'Elon Musk' });
    expect(textOf(article)).toContain('Exact quote');
    expect(textOf(article)).toContain('First said on X, @elonmusk, Wednesday, January 22, 2025.');
  });

  it('says where the quote first appeared in the corpus and which sources carry it', () => {
    card('q1');
    expect(textOf(screen.getByText(/^First in the corpus:/))).toContain(
      'First in the corpus: “Musk And Altman Face Off Over Trump-Backed…”, 23 Jan 2025 and NationPress, Thursday, January 23, 2025.',
    );
    expect(textOf(screen.getByText(/^Carried by/))).toContain(
      'Carried by 4 sources: “Musk And Altman Face Off Over Trump-Backed…”, 23 Jan 2025, NationPress, “A war of words between Elon Musk and Sam…”, undated, and Daily Caller.',
    );
  });

  it('shows the re-translated wording’s diff: struck words the source’s, underlined words the page’s, labelled for screen readers', () => {
    card('q1');
    const source = screen.getByRole('heading', { name: '“A war of words between Elon Musk and Sam…”, undated' }).closest('li')!;
    expect(textOf(source)).toContain('translated wording');
    const removed = [...source.querySelectorAll('del')].map((d) => d.textContent);
    const added = [...source.querySelectorAll('ins')].map((d) => d.textContent);
    expect(removed).toContain('[source only: Actually, they]');
    expect(added).toContain('[page only: actually ]');
  });

  it('computes a diff for a wording the engine did not compare', () => {
    card('q1');
    const source = screen.getByRole('heading', { name: /Musk And Altman Face Off/ }).closest('li')!;
    const wordings = within(source).getAllByText(/full wording/);
    expect(wordings.map((w) => w.textContent)).toEqual([
      'full wording, quoted, 97% similar to the page',
      'full wording, embedded post',
    ]);
    expect([...source.querySelectorAll('ins')].map((i) => i.textContent)).toEqual(['[page only: .]', '[page only: .]']);
  });

  it('names a split quote and a fragment in words, and lists the disagreements involving the utterance', () => {
    card('q3');
    expect(textOf(screen.getByRole('article', { name: 'Sam Altman' }))).toContain('Split by attribution');
    expect(screen.queryByRole('heading', { name: 'The day Altman replied' })).not.toBeNull();
    expect(textOf(screen.getByText(/the following day \/ Thursday/).closest('li'))).toContain(
      'NationPress and “A war of words between Elon Musk and Sam…”, undated: the following day / Thursday',
    );
    cleanup();
    card('q4');
    expect(textOf(screen.getByRole('article'))).toContain('Fragment of a longer quote');
  });

  it('says when no carrier is dated, so the first source cannot be told', () => {
    card('q0');
    expect(textOf(screen.getByRole('article', { name: 'Donald Trump' }))).toContain(
      'No source carrying it has a publication date',
    );
    expect(textOf(screen.getByRole('article'))).toContain('Reworded or re-translated');
  });

  it('presents a term in quotation marks as nobody’s words', () => {
    const report = structuredClone(sampleReport);
    Object.assign(report.records.utterances[0]!, { kind: 'term', speaker: null, platform: null, handle: null });
    render(<QuoteCard match={report.quotes[0]!} report={report} index={indexReport(report)} />);
    const article = screen.getByRole('article', { name: 'A term in quotation marks' });
    expect(textOf(article)).toContain('nobody is quoted');
    expect(textOf(article)).not.toContain('First said');
  });
});
