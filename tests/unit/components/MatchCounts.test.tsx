// @vitest-environment jsdom
/** The popup counts a page's quotes in translation by their class, like the others. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { MatchCounts } from '../../../components/popup/MatchCounts';
import type { PageSummary } from '../../../utils/report/page-report';
import { textOf } from './text';

afterEach(cleanup);

it('counts translated quotes beside English ones', () => {
  const summary = {
    quoteCount: 4,
    byClass: { exact: 1, close: 0, fragment: 0, split: 0, reworded: 0, translated: 3 },
    figureCount: 2,
    figuresAgreeing: 2,
    figuresDiffering: 0,
    dateCount: 0,
  } as unknown as PageSummary;
  const { container } = render(<MatchCounts summary={summary} />);
  expect([...container.querySelectorAll('li')].map(textOf)).toEqual(['4 quotes: 1 exact, 3 translated', '2 figures: 2 agreeing with the sources', '0 dates']);
});
