import { useMemo } from 'preact/hooks';
import type { SettingsView, TabState } from '../utils/messaging/protocol';
import { NOTHING_FOUND } from './labels';
import { foundNothing, indexReport, summarizeReport, type PageReport, type PageSummary } from '../utils/report/page-report';
import { DisagreementSection } from './DisagreementList';
import { excerpt } from './format';
import { CoverageTable } from './popup/CoverageTable';
import { MatchCounts } from './popup/MatchCounts';
import { SiteSwitches } from './popup/SiteSwitches';
import { StoryReasons } from './popup/StoryReasons';

export interface PopupSummaryProps {
  /** The tab's state; null when the page was never a candidate (the gate saw nothing of the story). */
  state: TabState | null;
  settings: SettingsView;
  /** The tab's site, known even when there is no state (e.g. the site is switched off). */
  hostname?: string | null;
  onOpenSidebar(): void;
  onSetSiteEnabled(enabled: boolean): void;
  onSetGlobalEnabled(enabled: boolean): void;
  onAddPage(): void;
  onOpenManager(): void;
  /** Downloads the page's highlights as Web Annotations; offered on a story page when given. */
  onExportHighlights?(): void;
  /** What the last action did or why it failed, read out as a status. */
  notice?: string | null;
}

const NOT_STORY = 'This page is not about the Stargate dispute';

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function StoryBody(props: { report: PageReport; summary: PageSummary }) {
  const { report, summary } = props;
  const index = useMemo(() => indexReport(report), [report]);
  return (
    <>
      <h2>This page is about the Stargate dispute</h2>
      <details class="sl-why">
        <summary>Why Source Lens thinks so</summary>
        <StoryReasons decision={report.decision} />
      </details>
      <h2>On this page</h2>
      {foundNothing(report) ? (
        <p class="sl-nothing">{NOTHING_FOUND}</p>
      ) : (
        <>
          <MatchCounts summary={summary} />
          <h2>Where the quotes come from</h2>
          <CoverageTable coverage={summary.coverage} />
          <DisagreementSection disagreements={summary.disagreements} index={index} level={2} />
        </>
      )}
    </>
  );
}

function StatusBody(props: { state: TabState | null; off: 'site' | 'global' | null }) {
  const { state, off } = props;
  if (off === 'global') return <p class="sl-status" role="status">Source Lens is switched off on every site.</p>;
  if (off === 'site') return <p class="sl-status" role="status">Source Lens is switched off on this site.</p>;
  if (!state)
    return (
      <>
        <h2>{NOT_STORY}</h2>
        <p>Its text does not name the people and the project of the dispute, so Source Lens did not check it further.</p>
      </>
    );
  return (
    <>
      <h2>{NOT_STORY}</h2>
      <StoryReasons decision={state.decision} />
    </>
  );
}

/** The toolbar popup: what Source Lens made of the current page, and its switches. */
export function PopupSummary(props: PopupSummaryProps) {
  const { state, settings } = props;
  const off = !settings.enabled ? 'global' : (state?.disabledReason ?? (settings.siteEnabled ? null : 'site'));
  const report = off ? null : (state?.report ?? null);
  const isStory = report?.decision.isStory === true;
  const summary = useMemo(
    () => (report && isStory ? (state?.summary ?? summarizeReport(report)) : null),
    [report, isStory, state?.summary],
  );

  return (
    <main class="sl-root sl-popup">
      <h1>Source Lens</h1>
      {report && <p class="sl-muted sl-page-title">{excerpt(report.title, 120)}</p>}
      <div class="sl-popup-body">
        {report && summary ? <StoryBody report={report} summary={summary} /> : <StatusBody state={state} off={off} />}
      </div>
      <div class="sl-actions">
        {isStory && (
          <button type="button" class="sl-button sl-primary" onClick={props.onOpenSidebar}>
            Open the sidebar
          </button>
        )}
        {isStory && props.onExportHighlights && (
          <button type="button" class="sl-button" onClick={props.onExportHighlights}>
            Export highlights
          </button>
        )}
        <button type="button" class="sl-button" onClick={props.onAddPage}>
          Add this page to the corpus
        </button>
        <button type="button" class="sl-button" onClick={props.onOpenManager}>
          Open the corpus manager
        </button>
      </div>
      <p class="sl-notice" aria-live="polite">
        {props.notice ?? ''}
      </p>
      <SiteSwitches
        settings={settings}
        hostname={props.hostname ?? hostnameOf(state?.url)}
        onSetSiteEnabled={props.onSetSiteEnabled}
        onSetGlobalEnabled={props.onSetGlobalEnabled}
      />
    </main>
  );
}
