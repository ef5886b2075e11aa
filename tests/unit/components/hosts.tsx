/** The sidebar and the popup mounted as a host would mount them, with callbacks a test can inspect. */
import { render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { PopupSummary, type PopupSummaryProps } from '../../../components/PopupSummary';
import { Sidebar, type SidebarProps } from '../../../components/Sidebar';
import { SIDEBAR_WIDTH } from '../../../utils/storage/settings';
import type { TabState } from '../../../utils/messaging/protocol';
import { ALL_NOTES } from '../../../utils/report/notes';
import { sampleIndex, sampleReport } from '../../fixtures/sample-report';

/** The sample report's sidebar, open; the host keeps the filter, as the content script will. */
export function SidebarHost(props: Partial<SidebarProps>) {
  const [filter, setFilter] = useState(ALL_NOTES);
  return (
    <Sidebar
      report={sampleReport}
      index={sampleIndex}
      open
      width={SIDEBAR_WIDTH.initial}
      filter={filter}
      onFilterChange={setFilter}
      onSelect={() => {}}
      onClose={() => {}}
      onResize={() => {}}
      {...props}
    />
  );
}

export function renderPopup(state: TabState | null, props: Partial<PopupSummaryProps> = {}) {
  const callbacks = {
    onOpenSidebar: vi.fn(),
    onSetSiteEnabled: vi.fn(),
    onSetGlobalEnabled: vi.fn(),
    onAddPage: vi.fn(),
    onOpenManager: vi.fn(),
  };
  const view = render(<PopupSummary state={state} settings={{ enabled: true, siteEnabled: true }} {...callbacks} {...props} />);
  return { ...view, callbacks };
}
