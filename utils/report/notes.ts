/**
 * The page's notes for the sidebar: every quote, figure and date the engine found, in page order,
 * gathered so that one utterance (or one figure, one event) is one group with all its occurrences.
 */
import type { DateMatch, FigureMatch, QuoteMatch } from '../match/types';
import type { PageReport, ReportIndex } from './page-report';

export type NoteKind = 'quote' | 'figure' | 'date';
export type AnyMatch = QuoteMatch | FigureMatch | DateMatch;

export interface Note {
  id: string;
  kind: NoteKind;
  /** Where the note starts in the page text: the order readers meet it. */
  start: number;
  /** The page's own words. */
  text: string;
  match: AnyMatch;
}

export interface NoteGroup {
  /** Stable key: the utterance, figure or event id, or the match id when nothing ties it. */
  key: string;
  kind: NoteKind;
  /** The record's own label; null for a figure or date the corpus does not cover (the UI words it). */
  title: string | null;
  /** Who said it; null for figures, dates and terms nobody said. */
  speaker: string | null;
  notes: Note[];
}

export interface NoteFilter {
  /** Only this speaker's quotes (figures and dates have no speaker, so they are hidden). */
  speaker: string | null;
  kind: NoteKind | 'all';
}

export const ALL_NOTES: NoteFilter = { speaker: null, kind: 'all' };

function notesOf(report: PageReport): Note[] {
  const notes: Note[] = [
    ...report.quotes.map((m) => ({ id: m.id, kind: 'quote' as const, start: m.ranges[0]?.start ?? 0, text: m.pageText, match: m })),
    ...report.figures.map((m) => ({ id: m.id, kind: 'figure' as const, start: m.range.start, text: m.text, match: m })),
    ...report.dates.map((m) => ({ id: m.id, kind: 'date' as const, start: m.range.start, text: m.text, match: m })),
  ];
  return notes.sort((a, b) => a.start - b.start);
}

function groupHead(note: Note, index: ReportIndex): Omit<NoteGroup, 'notes'> {
  const m = note.match;
  if (m.kind === 'quote') {
    const u = index.utterances.get(m.utteranceId);
    return { key: `quote:${m.utteranceId}`, kind: 'quote', title: u?.label ?? m.utteranceId, speaker: u?.speaker ?? null };
  }
  if (m.kind === 'figure') {
    const f = m.figureId ? index.figures.get(m.figureId) : undefined;
    const key = m.figureId ? `figure:${m.figureId}` : `figure:${m.id}`;
    return { key, kind: 'figure', title: f?.measure ?? null, speaker: null };
  }
  const e = m.eventId ? index.events.get(m.eventId) : undefined;
  const key = m.eventId ? `date:${m.eventId}` : `date:${m.id}`;
  return { key, kind: 'date', title: e?.label ?? null, speaker: null };
}

export function noteMatchesFilter(group: Pick<NoteGroup, 'kind' | 'speaker'>, filter: NoteFilter): boolean {
  if (filter.kind !== 'all' && group.kind !== filter.kind) return false;
  return filter.speaker === null || group.speaker === filter.speaker;
}

/** Groups in the order of their first occurrence; occurrences in page order. */
export function noteGroups(report: PageReport, index: ReportIndex, filter: NoteFilter = ALL_NOTES): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const note of notesOf(report)) {
    const head = groupHead(note, index);
    const group = groups.get(head.key) ?? { ...head, notes: [] };
    group.notes.push(note);
    groups.set(head.key, group);
  }
  return [...groups.values()].filter((g) => noteMatchesFilter(g, filter));
}

/** The people quoted on the page, in the order they are first quoted. */
export function speakersOf(report: PageReport, index: ReportIndex): string[] {
  const seen = new Set<string>();
  for (const note of notesOf(report)) {
    if (note.match.kind !== 'quote') continue;
    const speaker = index.utterances.get(note.match.utteranceId)?.speaker;
    if (speaker) seen.add(speaker);
  }
  return [...seen];
}

/** The match with a given id, whatever its kind. */
export function findMatch(report: PageReport, id: string): AnyMatch | undefined {
  return report.quotes.find((m) => m.id === id) ?? report.figures.find((m) => m.id === id) ?? report.dates.find((m) => m.id === id);
}
