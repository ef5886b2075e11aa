// @vitest-environment jsdom
/**
 * A page about Stargate that is not the dispute: the popup, the pill, the sidebar and the cards
 * say so, and why, in the reader's words for what the page reports instead.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotatorApp } from '../../../components/AnnotatorApp';
import { NoteCard } from '../../../components/NoteCard';
import type { StoryDecision } from '../../../utils/match/types';
import type { PageReport } from '../../../utils/report/page-report';
import { indexReport } from '../../../utils/report/page-report';
import { sampleReport, storyTabState } from '../../fixtures/sample-report';
import { renderPopup } from './hosts';
import { textOf } from './text';

const decision: StoryDecision = {
  relevance: 'related', isStory: false, score: 9, threshold: 6,
  relatedBecause: ['venture'], relatedCues: ['stargate-uae', 'power-capacity'],
  signals: [{ kind: 'entity', label: 'Stargate', cue: 'stargate', weight: 3.5 }, { kind: 'entity', label: 'AI infrastructure', cue: 'ai-infrastructure', weight: 1 }],
};
const report: PageReport = { ...sampleReport, decision, quotes: [], dates: [] };
const index = indexReport(report);
const WHY = 'It reports the venture’s other news (Stargate UAE and gigawatts of capacity), not the January 2025 exchange between Musk and Altman.';

afterEach(cleanup);

describe('a page related to the story, not the dispute', () => {
  it('has the popup say what it is about and why, and summarise what the corpus speaks to', () => {
    renderPopup({ ...storyTabState, decision, report, summary: null });
    expect(screen.getByRole('heading', { name: 'This page is about Stargate, not the Musk–Altman dispute' })).not.toBeNull();
    const main = textOf(screen.getByRole('main'));
    expect(main).toContain(WHY);
    expect(main).not.toContain('This page is about the Stargate dispute');
    expect(main).toContain('The page scored 9 (the bar is 6), but what it reports is not the dispute.');
    expect(screen.getByRole('button', { name: 'Open the sidebar' })).not.toBeNull();
  });

  it('has the pill, the sidebar and every card say so', () => {
    const props = {
      report, index, anchoredIds: report.figures.map((f) => f.id), card: null, viewport: { width: 1200, height: 800 },
      onCardEnter() {}, onCardLeave() {}, onDismissCard() {}, onSelect() {}, onSidebarOpenChange() {}, onSidebarResize() {},
    };
    const pill = render(<AnnotatorApp {...props} sidebar={{ open: false, width: 400 }} />);
    const launcher = pill.container.querySelector('.sl-launcher')!;
    expect(textOf(launcher)).toBe(`❝ Source Lens · ${report.figures.length} notes · about Stargate, not the Musk–Altman dispute`);
    expect(launcher.getAttribute('title')).toBe(WHY);
    pill.unmount();

    const sidebar = render(<AnnotatorApp {...props} sidebar={{ open: true, width: 400 }} />);
    expect(textOf(sidebar.container.querySelector('.sl-sidebar .sl-related-note'))).toContain(WHY);
    sidebar.unmount();

    const card = render(<NoteCard match={report.figures[0]!} report={report} index={index} />);
    expect(textOf(card.container.querySelector('.sl-card .sl-related-note strong'))).toBe('About Stargate, not the Musk–Altman dispute');
    expect(textOf(card.container.querySelector('.sl-card .sl-related-note'))).toContain(WHY);
  });
});
