/**
 * The story at a glance for the sidebar: its timeline (each event with every source's words for
 * when it happened) and its figures table (each figure as each source states it, and the page).
 */
import type { Disagreement, Figure, FigureStatement, StoryEvent } from '../corpus/schema';
import type { FigureMatch } from '../match/types';
import type { PageReport, ReportIndex } from './page-report';
import { sourceLabelFor } from './source-names';

/** Two dates agree when one is as precise as the other allows: "2025-01" fits "2025-01-22". */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export interface TimelineStatement {
  sourceId: string;
  label: string;
  text: string;
  date: string | null;
  /** True when this source's date does not fit the event's best-established date. */
  differs: boolean;
}

export interface TimelineEntry {
  event: StoryEvent;
  statements: TimelineStatement[];
  /** True when at least two sources put the event on dates that cannot both be right. */
  conflicting: boolean;
}


/** One event with each source's words for when it happened. */
export function timelineEntry(event: StoryEvent, index: ReportIndex): TimelineEntry {
  const statements = event.statements.map((s) => ({
    sourceId: s.sourceId,
    label: sourceLabelFor(index, s.sourceId),
    text: s.text,
    date: s.date,
    differs: s.date !== null && event.date !== null && !datesCompatible(s.date, event.date),
  }));
  const dates = statements.flatMap((s) => (s.date ? [s.date] : []));
  const conflicting = dates.some((a) => dates.some((b) => !datesCompatible(a, b)));
  return { event, statements, conflicting };
}

/** Events by date (undated ones last); each source's words for the date. */
export function storyTimeline(report: PageReport, index: ReportIndex): TimelineEntry[] {
  return timelineOf(report.records.events, index);
}

/** Any events as a timeline: by date, undated ones last, each with every source's words. */
export function timelineOf(events: StoryEvent[], index: ReportIndex): TimelineEntry[] {
  const entries = events.map((event) => timelineEntry(event, index));
  return entries.sort((a, b) => {
    const da = a.event.date;
    const db = b.event.date;
    if (da === db) return a.event.label.localeCompare(b.event.label);
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  });
}

export interface FigureTableRow {
  figure: Figure;
  /** One cell per column source: that source's statements of the figure (often one, maybe none). */
  cells: FigureStatement[][];
  /** The page's mentions of this figure. */
  page: FigureMatch[];
}

export interface FigureTable {
  columns: { sourceId: string; label: string }[];
  rows: FigureTableRow[];
}

/** Figures × sources that state any of them, with the page's own value(s) per figure. */
export function figureTable(report: PageReport, index: ReportIndex): FigureTable {
  const columnIds: string[] = [];
  for (const f of report.records.figures)
    for (const s of f.statements) if (!columnIds.includes(s.sourceId)) columnIds.push(s.sourceId);
  columnIds.sort();
  return {
    columns: columnIds.map((sourceId) => ({ sourceId, label: sourceLabelFor(index, sourceId) })),
    rows: report.records.figures.map((figure) => ({
      figure,
      cells: columnIds.map((id) => figure.statements.filter((s) => s.sourceId === id)),
      page: report.figures.filter((m) => m.figureId === figure.id),
    })),
  };
}

/** Disagreements that name a given event (disagreementsFor covers quotes and figures). */
export function disagreementsForEvent(report: PageReport, eventId: string): Disagreement[] {
  return report.records.disagreements.filter((d) => d.records.some((r) => r.type === 'event' && r.id === eventId));
}
