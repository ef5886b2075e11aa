import { useEffect, useId, useRef } from 'preact/hooks';
import { foundNothing, type PageReport, type ReportIndex } from '../utils/report/page-report';
import type { NoteFilter } from '../utils/report/notes';
import { SIDEBAR_WIDTH } from '../utils/storage/settings';
import { excerpt } from './format';
import { rootLanguage, useI18n } from './i18n';
import { FigureTable } from './sidebar/FigureTable';
import { NoteList } from './sidebar/NoteList';
import { ResizeHandle } from './sidebar/ResizeHandle';
import { Section } from './sidebar/Section';
import { StoryTimeline } from './sidebar/StoryTimeline';
import { RelatedNote } from './RelatedNote';

export interface SidebarProps {
  report: PageReport;
  index: ReportIndex;
  /** Nothing is rendered while closed. */
  open: boolean;
  /** In CSS pixels; the host keeps it (e.g. in settings) and passes it back. */
  width: number;
  filter: NoteFilter;
  onFilterChange(filter: NoteFilter): void;
  /** The note whose card is shown under its button; the host sets it after onSelect. */
  selectedId?: string | null;
  /** A note was chosen: the host scrolls to its highlight and usually sets selectedId. */
  onSelect(matchId: string): void;
  onClose(): void;
  onResize(width: number): void;
  /** Where focus returns on close; by default the element that had focus when the sidebar opened. */
  returnFocusTo?: HTMLElement | null;
  /** "Add this page to the corpus" in the footer; no footer without it. */
  onAddPage?(): void;
}

/** The focused element, looking inside shadow roots (the sidebar itself lives in one). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Moves focus to the sidebar's heading when it opens and gives it back when it closes, so keyboard
 * and screen-reader users land in the sidebar and return to where they were.
 */
function useFocusHandOff(open: boolean, target: { current: HTMLElement | null }, returnTo: HTMLElement | null | undefined) {
  useEffect(() => {
    if (!open) return;
    const previous = returnTo ?? deepActiveElement(document);
    target.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [open]);
}

/** Source Lens beside the article: the page's notes, the story's timeline and its figures. */
export function Sidebar(props: SidebarProps) {
  const tr = useI18n();
  const { report, index } = props;
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHandOff(props.open, headingRef, props.returnFocusTo);
  if (!props.open) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    props.onClose();
  };

  return (
    <aside class="sl-root sl-sidebar" {...rootLanguage(tr)} aria-labelledby={titleId} style={{ width: `${props.width}px` }} onKeyDown={onKeyDown}>
      <ResizeHandle
        width={props.width}
        min={SIDEBAR_WIDTH.min}
        max={SIDEBAR_WIDTH.max}
        onResize={props.onResize}
        label={tr.t('sidebar_resize')}
      />
      <header class="sl-sidebar-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {tr.t('ext_name')}
        </h2>
        <button type="button" class="sl-button sl-close" aria-label={tr.t('sidebar_close_label')} onClick={props.onClose}>
          {tr.t('sidebar_close')}
        </button>
        <p class="sl-muted sl-page-title">{excerpt(report.title, 120)}</p>
      </header>
      <div class="sl-sidebar-body">
        <RelatedNote report={report} full />
        {foundNothing(report) && (
          <p class="sl-nothing" role="status">
            {tr.t('nothing_found')}
          </p>
        )}
        <Section title={tr.t('sidebar_notes_heading')} level={3}>
          <NoteList
            report={report}
            index={index}
            filter={props.filter}
            onFilterChange={props.onFilterChange}
            selectedId={props.selectedId ?? null}
            onSelect={props.onSelect}
            level={4}
          />
        </Section>
        <Section title={tr.t('sidebar_timeline_heading')} level={3}>
          <StoryTimeline report={report} index={index} level={4} />
        </Section>
        <Section title={tr.t('sidebar_figures_heading')} level={3}>
          <FigureTable report={report} index={index} />
        </Section>
      </div>
      {props.onAddPage && (
        <footer class="sl-sidebar-foot">
          <button type="button" class="sl-button" onClick={props.onAddPage}>
            {tr.t('sidebar_add_page')}
          </button>
        </footer>
      )}
    </aside>
  );
}
