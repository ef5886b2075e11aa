// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DateCard } from '../../../components/DateCard';
import { FigureCard } from '../../../components/FigureCard';
import { dateMatches, figureMatches, sampleIndex, sampleReport } from '../../fixtures/sample-report';
import { textOf } from './text';

const figure = (id: string) => figureMatches.find((f) => f.id === id)!;
/** The line of a list (figure statements, event dates) that names a source. */
const lineOf = (list: string, source: string) =>
  textOf(screen.getByText(source, { selector: `${list} .sl-source` }).closest('li'));

afterEach(cleanup);

describe('figure card', () => {
  it('names the measure, the page’s value and says the page differs from the sources that say “up to”', () => {
    render(<FigureCard match={figure('f0')} report={sampleReport} index={sampleIndex} />);
    const card = screen.getByRole('article', { name: 'Stargate’s total planned investment' });
    expect(textOf(card)).toContain('On this page: at least $500 billion (500 billion US dollars, stated as “at least”).');
    expect(textOf(card)).toContain('Differs: the page’s figure differs from 3 sources');
    expect(lineOf('.sl-figure-statements', 'NationPress')).toBe('NationPress: up to $500 billion (stated as “up to”) — differs from the page');
    expect(lineOf('.sl-figure-statements', 'Daily Caller')).toBe('Daily Caller: at least $500 billion (stated as “at least”) — agrees with the page');
  });

  it('lists the disagreement on the figure with each side’s sources', () => {
    render(<FigureCard match={figure('f0')} report={sampleReport} index={sampleIndex} />);
    expect(screen.queryByRole('heading', { name: 'Stargate’s total: “up to” or “at least” $500 billion' })).not.toBeNull();
    expect(textOf(screen.getByText('at least $500 billion', { selector: '.sl-positions q' }).closest('li'))).toBe(
      'Daily Caller: at least $500 billion',
    );
  });

  it('says in words when the page agrees, and when no corpus figure fits', () => {
    render(<FigureCard match={figure('f1')} report={sampleReport} index={sampleIndex} />);
    expect(textOf(screen.getByRole('article'))).toContain('Agrees: 3 sources give the same figure');
    cleanup();
    render(<FigureCard match={figure('f2')} report={sampleReport} index={sampleIndex} />);
    const card = screen.getByRole('article', { name: 'A figure the corpus does not cover' });
    expect(textOf(card)).toContain('Unknown: no figure in the corpus matches this one.');
  });
});

describe('date card', () => {
  it('shows every source’s words for the day, marking the ones that put it on another day', () => {
    render(<DateCard match={dateMatches[1]!} report={sampleReport} index={sampleIndex} />);
    const card = screen.getByRole('article', { name: 'Altman replies to Musk on X' });
    expect(textOf(card)).toContain('On this page: on Wednesday (Wednesday, January 22, 2025).');
    expect(textOf(card)).toContain('Agrees with the corpus date: Wednesday, January 22, 2025.');
    expect(textOf(card)).toContain('The sources put this on different days.');
    expect(lineOf('.sl-event-dates', '“A war of words between Elon Musk and Sam…”, undated')).toBe(
      '“A war of words between Elon Musk and Sam…”, undated: Thursday — Thursday, January 23, 2025 (another day)',
    );
  });
});
