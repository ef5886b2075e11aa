import { useMemo } from 'preact/hooks';
import type { SettingsView, TabState } from '../utils/messaging/protocol';
import { foundNothing, indexReport, summarizeReport, type PageReport, type PageSummary } from '../utils/report/page-report';
import { excerpt } from './format';
import { rootLanguage, useI18n } from './i18n';
import { CoverageList } from './popup/CoverageList';
import { DisagreementLines } from './popup/DisagreementLines';
import { MatchCounts } from './popup/MatchCounts';
import { SiteSwitches } from './popup/SiteSwitches';
import { StoryReasons } from './popup/StoryReasons';
import { sourceNaming } from './source-naming';
import { RelatedHeading } from './RelatedNote';

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

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function StoryBody(props: { report: PageReport; summary: PageSummary }) {
  const tr = useI18n();
  const { report, summary } = props;
  const index = useMemo(() => indexReport(report, sourceNaming(tr)), [report, tr]);
  return (
    <>
      {report.decision.relevance === 'related' ? <RelatedHeading decision={report.decision} /> : <h2>{tr.t('popup_story_heading')}</h2>}
      <details class="sl-why">
        <summary>{tr.t('popup_why')}</summary>
        <StoryReasons decision={report.decision} />
      </details>
      <h2>{tr.t('popup_on_this_page')}</h2>
      {foundNothing(report) ? (
        <p class="sl-nothing">{tr.t('nothing_found')}</p>
      ) : (
        <>
          <MatchCounts summary={summary} />
          {summary.coverage.utterances.length > 0 && (
            <>
              <h2>{tr.t('popup_coverage_heading')}</h2>
              <CoverageList coverage={summary.coverage} index={index} />
            </>
          )}
          <DisagreementLines disagreements={summary.disagreements} index={index} />
        </>
      )}
    </>
  );
}

function StatusBody(props: { state: TabState | null; off: 'site' | 'global' | null }) {
  const tr = useI18n();
  const { state, off } = props;
  if (off === 'global') return <p class="sl-status" role="status">{tr.t('popup_off_everywhere')}</p>;
  if (off === 'site') return <p class="sl-status" role="status">{tr.t('popup_off_site')}</p>;
  return (
    <>
      <h2>{tr.t('popup_not_story_heading')}</h2>
      {state ? <StoryReasons decision={state.decision} /> : <p>{tr.t('popup_not_candidate')}</p>}
    </>
  );
}

/** The toolbar popup: what Source Lens made of the current page, and its switches. */
export function PopupSummary(props: PopupSummaryProps) {
  const tr = useI18n();
  const { state, settings } = props;
  const off = !settings.enabled ? 'global' : (state?.disabledReason ?? (settings.siteEnabled ? null : 'site'));
  const report = off ? null : (state?.report ?? null);
  // A related page is annotated too: the popup summarises it, and says what it is about.
  const isStory = report !== null && report.decision.relevance !== 'unrelated';
  const summary = useMemo(
    () => (report && isStory ? (state?.summary ?? summarizeReport(report)) : null),
    [report, isStory, state?.summary],
  );

  return (
    <main class="sl-root sl-popup" {...rootLanguage(tr)}>
      <h1>{tr.t('ext_name')}</h1>
      {report && <p class="sl-muted sl-page-title" dir="auto">
          {excerpt(report.title, 120)}
        </p>}
      <div class="sl-popup-body">
        {report && summary ? <StoryBody report={report} summary={summary} /> : <StatusBody state={state} off={off} />}
      </div>
      <div class="sl-actions">
        {isStory && (
          <button type="button" class="sl-button sl-primary" onClick={props.onOpenSidebar}>
            {tr.t('popup_open_sidebar')}
          </button>
        )}
        {isStory && props.onExportHighlights && (
          <button type="button" class="sl-button" onClick={props.onExportHighlights}>
            {tr.t('popup_export_highlights')}
          </button>
        )}
        <button type="button" class="sl-button" onClick={props.onAddPage}>
          {tr.t('popup_add_page')}
        </button>
        <button type="button" class="sl-button" onClick={props.onOpenManager}>
          {tr.t('popup_open_manager')}
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
