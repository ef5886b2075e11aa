/**
 * Everything the annotator shows inside its shadow root: the card of the highlight under the
 * pointer or focus, the sidebar, and the small launcher that opens it. The host owns the state
 * that outlives a render (which card, sidebar open and width); this component only draws it.
 */
import { useState } from 'preact/hooks';
import type { PageReport, ReportIndex } from '../utils/report/page-report';
import { ALL_NOTES, findMatch, type NoteFilter } from '../utils/report/notes';
import { NoteCard } from './NoteCard';
import { rootLanguage, useI18n } from './i18n';
import { Sidebar } from './Sidebar';
import { isRelated, relatedWhy } from './RelatedNote';

/** Where the card points: the highlight's box in viewport coordinates. */
export interface CardAnchor {
  matchId: string;
  rect: { top: number; left: number; bottom: number; right: number };
}

export interface AnnotatorAppProps {
  report: PageReport;
  index: ReportIndex;
  /** The matches that made it into the page as highlights, in page order. */
  anchoredIds: string[];
  card: CardAnchor | null;
  sidebar: { open: boolean; width: number };
  /** Viewport size, so the card stays on screen. */
  viewport: { width: number; height: number };
  onCardEnter(): void;
  onCardLeave(): void;
  onDismissCard(): void;
  onSelect(matchId: string): void;
  onSidebarOpenChange(open: boolean): void;
  onSidebarResize(width: number): void;
  /** The sidebar's "Add this page to the corpus"; no button without it. */
  onAddPage?(): void;
}

const CARD_WIDTH = 380;
const MARGIN = 8;

/** Below the highlight when there is room, else above it; never under the open sidebar. */
export function cardPosition(anchor: CardAnchor, viewport: { width: number; height: number }, reservedRight: number) {
  const usableWidth = viewport.width - reservedRight;
  const left = Math.max(MARGIN, Math.min(anchor.rect.left, usableWidth - CARD_WIDTH - MARGIN));
  const roomBelow = viewport.height - anchor.rect.bottom;
  const below = roomBelow >= viewport.height * 0.4 || roomBelow >= anchor.rect.top;
  const maxHeight = Math.max(160, (below ? roomBelow : anchor.rect.top) - 2 * MARGIN);
  return below
    ? { left, top: anchor.rect.bottom + MARGIN / 2, maxHeight }
    : { left, bottom: viewport.height - anchor.rect.top + MARGIN / 2, maxHeight };
}

export function AnnotatorApp(props: AnnotatorAppProps) {
  const tr = useI18n();
  const { report, index, card, sidebar } = props;
  const [filter, setFilter] = useState<NoteFilter>(ALL_NOTES);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const cardMatch = card ? findMatch(report, card.matchId) : undefined;
  const notes = props.anchoredIds.length;
  const position = card ? cardPosition(card, props.viewport, sidebar.open ? sidebar.width : 0) : null;

  return (
    <>
      {card && cardMatch && position && (
        <div
          class="sl-root sl-hover-card"
          {...rootLanguage(tr)}
          role="dialog"
          aria-label={tr.t('annotator_card_label')}
          style={{
            left: `${position.left}px`,
            ...('top' in position ? { top: `${position.top}px` } : { bottom: `${position.bottom}px` }),
            maxHeight: `${position.maxHeight}px`,
          }}
          onMouseEnter={props.onCardEnter}
          onMouseLeave={props.onCardLeave}
          onKeyDown={(e) => e.key === 'Escape' && props.onDismissCard()}
        >
          <NoteCard match={cardMatch} report={report} index={index} headingLevel={2} />
        </div>
      )}
      {sidebar.open ? (
        <Sidebar
          report={report}
          index={index}
          open
          width={sidebar.width}
          filter={filter}
          onFilterChange={setFilter}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            props.onSelect(id);
          }}
          onClose={() => props.onSidebarOpenChange(false)}
          onResize={props.onSidebarResize}
          onAddPage={props.onAddPage}
        />
      ) : (
        <button
          type="button"
          class="sl-root sl-launcher"
          {...rootLanguage(tr)}
          aria-label={notes === 0 ? tr.t('pill_open_nothing') : tr.count('pill_open_notes', notes)}
          title={isRelated(report) ? relatedWhy(tr, report.decision) : undefined}
          onClick={() => props.onSidebarOpenChange(true)}
        >
          <span aria-hidden="true">❝</span>{' '}
          {isRelated(report)
            ? notes === 0
              ? tr.t('pill_related_nothing')
              : tr.count('pill_related_notes', notes)
            : notes === 0
              ? tr.t('pill_nothing')
              : tr.count('pill_notes', notes)}
        </button>
      )}
    </>
  );
}
