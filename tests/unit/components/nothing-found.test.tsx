// @vitest-environment jsdom
/**
 * A story page on which nothing from the corpus was found says so plainly and offers to add the
 * page, in the popup and the sidebar, instead of counting "0 notes".
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeReport, type PageReport } from '../../../utils/report/page-report';
import type { TabState } from '../../../utils/messaging/protocol';
import { sampleReport, storyTabState } from '../../fixtures/sample-report';
import { renderPopup, SidebarHost } from './hosts';
import { textOf } from './text';

afterEach(cleanup);

const emptyReport: PageReport = { ...sampleReport, quotes: [], figures: [], dates: [] };
const emptyState: TabState = { ...storyTabState, report: emptyReport, summary: summarizeReport(emptyReport), anchored: 0 };

describe('a story page with nothing from the corpus', () => {
  it('says so in the popup, with the button to add the page, and no empty counts', () => {
    renderPopup(emptyState);
    expect(screen.queryByRole('heading', { name: 'This page is about the Stargate dispute' })).not.toBeNull();
    expect(textOf(document.querySelector('.sl-nothing'))).toContain('Nothing from the corpus was found on this page');
    expect(document.querySelector('.sl-counts')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add this page to the corpus' })).not.toBeNull();
  });

  it('says so in the sidebar', () => {
    render(<SidebarHost report={emptyReport} onAddPage={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('Nothing from the corpus was found on this page');
  });

  it('keeps the counts on a page where something was found', () => {
    renderPopup(storyTabState);
    expect(document.querySelector('.sl-nothing')).toBeNull();
  });
});
