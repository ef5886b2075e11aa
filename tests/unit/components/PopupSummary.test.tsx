// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupSummary } from '../../../components/PopupSummary';
import type { PopupSummaryProps } from '../../../components/PopupSummary';
import type { TabState } from '../../../utils/messaging/protocol';
import { notStoryTabState, storyTabState } from '../../fixtures/sample-report';
import { renderPopup } from './hosts';
import { textOf } from './text';

const popup = (state: TabState | null, props: Partial<PopupSummaryProps> = {}) => renderPopup(state, props).callbacks;

afterEach(cleanup);

describe('popup summary', () => {
  it('says a page is not about the story, with the signals that counted and the score against the threshold', () => {
    popup(notStoryTabState);
    expect(screen.queryByRole('heading', { name: 'This page is not about the Stargate dispute' })).not.toBeNull();
    const main = textOf(screen.getByRole('main'));
    expect(main).toContain('The page scored 1.5, below the 4 needed.');
    expect([...document.querySelectorAll('.sl-signals li')].map(textOf)).toEqual([
      'Names: Elon Musk (+1)',
      'Names: SoftBank (+1)',
      'Counts against: no quote or figure from the dispute (-0.5)',
    ]);
    expect(screen.queryByRole('button', { name: 'Open the sidebar' })).toBeNull();
  });

  it('says so when names alone reached the bar but never placed the page in the story', () => {
    popup({
      ...notStoryTabState,
      decision: {
        relevance: 'unrelated', isStory: false, score: 8, threshold: 6,
        signals: [
          { kind: 'entity', label: 'Stargate', weight: 3.5 },
          { kind: 'entity', label: 'SoftBank', weight: 1 },
          { kind: 'negative', label: 'its names never meet AI, nor Musk and Altman', weight: 0 },
        ],
      },
    });
    expect(textOf(screen.getByRole('main'))).toContain('The page scored 8, enough for the 6 needed, but only on names that never place it in the story.');
    expect([...document.querySelectorAll('.sl-signals li')].map(textOf)).toEqual([
      'Names: Stargate (+3.5)',
      'Names: SoftBank (+1)',
      'Counts against: its names never meet AI, nor Musk and Altman',
    ]);
    expect(document.querySelectorAll('.sl-signal-against')).toHaveLength(1);
  });

  it('says why when the gate never let the page through', () => {
    popup(null);
    const heading = screen.getByRole('heading', { name: 'This page is not about the Stargate dispute' });
    expect(textOf(heading.nextElementSibling)).toBe(
      'Its text does not name the people and the project of the dispute, so Source Lens did not check it further.',
    );
  });

  it('counts the story page’s matches per class and its figures that agree or differ', () => {
    popup(storyTabState);
    expect(screen.queryByRole('heading', { name: 'This page is about the Stargate dispute' })).not.toBeNull();
    expect([...document.querySelectorAll('.sl-counts li')].map(textOf)).toEqual([
      '5 quotes: 1 exact, 1 close, 1 fragment, 1 split, 1 reworded',
      '3 figures: 1 agreeing with the sources, 1 differing from a source, 1 not compared',
      '2 dates',
    ]);
    expect(textOf(document.querySelector('.sl-why'))).toContain('The page scored 9, at or above the 4 needed.');
  });

  it('lists the page’s quotes one line each, with which sources carry them on demand', () => {
    popup(storyTabState);
    const region = screen.getByRole('region', { name: 'Quotes and the sources that carry them' });
    const lines = [...region.querySelectorAll('.sl-coverage > li')];
    expect(lines.map((li) => textOf(li.querySelector('summary')))).toEqual([
      'Donald Trump: Trump calls Stargate the largest AI infrastructure in history 1 source',
      'Elon Musk: Musk doubts the money 4 sources',
      'Elon Musk: Musk on what SoftBank has secured 4 sources',
      'Sam Altman: Altman answers: wrong, come visit the site 5 sources',
    ]);
    const money = lines[1]!;
    expect(money.querySelector('details')!.open).toBe(false);
    expect([...money.querySelectorAll('.sl-carriers li')].map(textOf)).toContain('“A war of words between Elon Musk and Sam…”, undated: translated');
  });

  it('lists only the disagreements that touch the page’s notes, one line each, with the positions on demand', () => {
    popup(storyTabState);
    const heading = screen.getByRole('heading', { name: /^Where sources disagree: \d+ points?$/ });
    const lines = [...document.querySelectorAll('.sl-disagreements > li')];
    expect(textOf(heading)).toBe(`Where sources disagree: ${lines.length} point${lines.length === 1 ? '' : 's'}`);
    const total = lines.find((li) => textOf(li.querySelector('summary')) === 'Stargate’s total: “up to” or “at least” $500 billion')!;
    expect(total.querySelector('details')!.open).toBe(false);
    expect([...total.querySelectorAll('.sl-positions li')].map(textOf)).toEqual([
      '“Musk And Altman Face Off Over Trump-Backed…”, 23 Jan 2025 and NationPress: up to $500 billion',
      'Daily Caller: at least $500 billion',
    ]);
    const report = storyTabState.report!;
    const touched = new Set([...report.quotes.map((q) => q.utteranceId), ...report.figures.flatMap((f) => (f.figureId ? [f.figureId] : [])), ...report.dates.flatMap((d) => (d.eventId ? [d.eventId] : []))]);
    const ofNotes = report.records.disagreements.filter((d) => d.records.some((r) => touched.has(r.id) || report.records.wordings.some((w) => w.id === r.id && touched.has(w.utteranceId))));
    expect(lines.map((li) => (li as HTMLElement).dataset.disagreement)).toEqual(ofNotes.map((d) => d.id));
  });

  it('calls back for its buttons and switches', () => {
    const calls = popup(storyTabState);
    fireEvent.click(screen.getByRole('button', { name: 'Open the sidebar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add this page to the corpus' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the corpus manager' }));
    fireEvent.click(screen.getByRole('switch', { name: 'On news.example' }));
    fireEvent.click(screen.getByRole('switch', { name: 'On every site' }));
    expect(calls.onOpenSidebar).toHaveBeenCalledTimes(1);
    expect(calls.onAddPage).toHaveBeenCalledTimes(1);
    expect(calls.onOpenManager).toHaveBeenCalledTimes(1);
    expect(calls.onSetSiteEnabled).toHaveBeenCalledWith(false);
    expect(calls.onSetGlobalEnabled).toHaveBeenCalledWith(false);
  });

  it('says when Source Lens is off for the site, and shows no analysis then', () => {
    const calls = popup({ ...storyTabState, disabledReason: 'site' }, { settings: { enabled: true, siteEnabled: false } });
    expect(textOf(screen.getByRole('status'))).toBe('Source Lens is switched off on this site.');
    expect(screen.queryByRole('table')).toBeNull();
    const site = screen.getByRole('switch', { name: 'On news.example' }) as HTMLInputElement;
    expect(site.checked).toBe(false);
    fireEvent.click(site);
    expect(calls.onSetSiteEnabled).toHaveBeenCalledWith(true);
  });

  it('offers to export a story page’s highlights, and reads out what the last action did', () => {
    const onExportHighlights = vi.fn();
    const { rerender } = renderPopup(storyTabState, { onExportHighlights, notice: null });
    fireEvent.click(screen.getByRole('button', { name: 'Export highlights' }));
    expect(onExportHighlights).toHaveBeenCalledTimes(1);
    rerender(
      <PopupSummary state={storyTabState} settings={{ enabled: true, siteEnabled: true }} onOpenSidebar={vi.fn()} onSetSiteEnabled={vi.fn()}
        onSetGlobalEnabled={vi.fn()} onAddPage={vi.fn()} onOpenManager={vi.fn()} notice="Exported 9 highlights as x.jsonld." />,
    );
    expect(textOf(document.querySelector('[aria-live="polite"]'))).toBe('Exported 9 highlights as x.jsonld.');
  });

  it('has no highlights to export on a page that is not about the story', () => {
    renderPopup(notStoryTabState, { onExportHighlights: vi.fn() });
    expect(screen.queryByRole('button', { name: 'Export highlights' })).toBeNull();
  });
});
