// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteCard } from '../../../components/QuoteCard';
import { indexReport, summarizeReport, type PageReport } from '../../../utils/report/page-report';
import { sampleReport, storyTabState } from '../../fixtures/sample-report';
import { renderPopup, SidebarHost } from './hosts';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The sample report with markup planted in every string a page or an imported corpus controls. */
function hostileReport(): PageReport {
  const r = structuredClone(sampleReport);
  r.title = `Title ${HOSTILE}`;
  const q = r.quotes[1]!;
  q.pageText = `They don’t ${HOSTILE} have the money.`;
  q.wordings = q.wordings.map((w) => ({ ...w, diff: [{ value: HOSTILE, added: true }, ...w.diff] }));
  for (const u of r.records.utterances) Object.assign(u, { speaker: `Speaker ${HOSTILE}`, label: `Label ${HOSTILE}`, original: HOSTILE });
  for (const w of r.records.wordings) w.text = `${w.text} ${HOSTILE}`;
  for (const s of r.records.sources) s.outlet = `Outlet ${HOSTILE}`;
  for (const d of r.records.disagreements) Object.assign(d, { topic: HOSTILE, summary: HOSTILE });
  for (const e of r.records.events) e.label = `Event ${HOSTILE}`;
  for (const f of r.records.figures) f.measure = `Measure ${HOSTILE}`;
  return r;
}

afterEach(cleanup);

describe('text from pages and corpora', () => {
  const report = hostileReport();
  const index = indexReport(report);

  it('renders markup as inert text in a quote card, the sidebar and the popup', () => {
    const views = [
      () => render(<QuoteCard match={report.quotes[1]!} report={report} index={index} />),
      () => render(<SidebarHost report={report} index={index} selectedId="q1" />),
      () => renderPopup({ ...storyTabState, report, summary: summarizeReport(report) }),
    ];
    for (const view of views) {
      const { container, unmount } = view();
      expect(container.querySelector('img')).toBeNull();
      expect(container.textContent).toContain(HOSTILE);
      unmount();
    }
  });
});
