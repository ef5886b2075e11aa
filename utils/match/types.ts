/**
 * What the matching engine reports about a page. Offsets are UTF-16 indices into the page text
 * the engine was given (the text the annotator built from the DOM), so the annotator can turn
 * each range back into DOM ranges.
 */
import type { Qualifier } from '../corpus/schema';

/** A half-open range [start, end) of the page text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * exact: the wording after normalisation; close: a few words or punctuation differ;
 * reworded: the same utterance in other words (paraphrase, re-translation);
 * fragment: a distinctive part (4+ words) of a longer utterance;
 * split: one utterance interrupted by attribution ("…," he added, "…").
 */
export type MatchClass = 'exact' | 'close' | 'reworded' | 'fragment' | 'split' | 'translated';

/** How faithful the page's text is, whatever its shape: the `data-match` attribute. */
export type Fidelity = 'exact' | 'close' | 'reworded' | 'translated';

/** One part of a word-level diff from a corpus wording (removed) to the page's text (added). */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface WordingComparison {
  wordingId: string;
  /** 0..1, 1 when the normalised words are identical. */
  similarity: number;
  /** Word diff from the corpus wording to the page's text. */
  diff: DiffPart[];
}

export interface QuoteMatch {
  kind: 'quote';
  /** Stable within one analysis, in page order: "q0", "q1", … */
  id: string;
  matchClass: MatchClass;
  fidelity: Fidelity;
  /** One range, or several for a split quote, in page order. */
  ranges: TextRange[];
  utteranceId: string;
  /** 0..1 similarity with the closest wording. */
  score: number;
  /** Closest corpus wordings of the utterance first. */
  wordings: WordingComparison[];
  /** The page's text of the match (parts of a split quote joined with " … "). */
  pageText: string;
  /** A quote in translation: its language and which of the utterance's ideas it carries. */
  translation?: QuoteTranslation;
}

export interface QuoteTranslation {
  /** BCP 47 code of the page's language. */
  language: string;
  /** Idea labels (the corpus's words) the translation carries, and those it leaves out. */
  matched: string[];
  missing: string[];
}

export type FigureUnit = 'USD' | 'jobs' | 'years' | 'people' | 'companies' | 'data centers' | 'fraction' | 'count';

export interface FigureValueSource {
  sourceId: string;
  text: string;
  value: number;
  qualifier: Qualifier;
}

export interface FigureMatch {
  kind: 'figure';
  /** "f0", "f1", … in page order. */
  id: string;
  range: TextRange;
  /** The page's words for the figure. */
  text: string;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  /** The corpus figure this one speaks of; null when none fits. */
  figureId: string | null;
  /** exact: printed as a source prints it; close: same value in another form. */
  fidelity: 'exact' | 'close';
  agreement: 'agrees' | 'differs' | 'unknown';
  /** Sources that give the same value and qualifier, and those that differ. */
  agreeing: FigureValueSource[];
  differing: FigureValueSource[];
  /** Set when the page prints the figure in another language's format ("500.000 millones de dólares"): its BCP 47 code. */
  language?: string;
}

export interface DateMatch {
  kind: 'date';
  id: string;
  range: TextRange;
  text: string;
  /**
   * The date at the precision the page gives it: YYYY-MM-DD, or YYYY-MM ("March 2024") or YYYY
   * ("in 2015") when the page gives only a month or a year; for a relative date, the day, month
   * or year it comes to (`resolved`); null when it pins none down ("last week", "the next day"
   * with no date before it).
   */
  date: string | null;
  weekday: string | null;
  /** The corpus event this date speaks of, when the context ties it to one. */
  eventId: string | null;
  agreement: 'agrees' | 'differs' | 'unknown';
  /** For a relative date ("Tuesday", "last week", "the following day"): what it counts from and comes to. */
  resolved?: DateResolution;
}

/** Where the page's own date was found; 'read': the page gives none, so the day it was read. */
export type PageDateSource = 'json-ld' | 'meta' | 'time' | 'dateline' | 'read';

/** The page's date (YYYY-MM-DD), which relative dates in its text count from. */
export interface PageDate {
  date: string;
  from: PageDateSource;
}

export interface DateResolution {
  /** The day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) it comes to; a week's Monday. */
  date: string;
  /** The last day, when the words name a span of days ("last week", "earlier this week"). */
  until?: string;
  /** The page's date and where the page gives it, or 'text': the date the text gave before it. */
  from: PageDateSource | 'text';
}

export interface StorySignal {
  kind: 'entity' | 'quote' | 'figure' | 'negative';
  /** What was seen, for the popup's "why": "Stargate", "Sam Altman", "“They don’t actually have the money”". */
  label: string;
  /** The cue's id ("musk-bid", "stargate-partners"), so the UI can word it in the reader's language. */
  cue?: string;
  weight: number;
}

/**
 * story: the Musk–Altman dispute over Stargate itself; related: the venture's other news or the two
 * men's other fights, where only what the corpus can truly speak to is shown; unrelated: the rest.
 */
export type Relevance = 'story' | 'related' | 'unrelated';

/** Why a page is related, for the UI to put in words: the venture's other news, the principals' other fights. */
export type RelatedReason = 'venture' | 'principals';

export interface StoryDecision {
  relevance: Relevance;
  /** Set exactly when relevance is 'story'. */
  isStory: boolean;
  /** Only on a related page: what it is about (one or both reasons), as codes for the UI to word. */
  relatedBecause?: RelatedReason[];
  /** Only on a related page: the ids of the related cues it names ("stargate-uae", "lawsuit"), most named first. */
  relatedCues?: string[];
  score: number;
  threshold: number;
  signals: StorySignal[];
}

export interface PageAnalysis {
  decision: StoryDecision;
  /** Empty on an unrelated page; on a related page only corpus quotes and figures the corpus can vouch for, and no dates. */
  quotes: QuoteMatch[];
  figures: FigureMatch[];
  dates: DateMatch[];
}
