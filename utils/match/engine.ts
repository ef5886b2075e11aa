/**
 * The matching engine's entry points. buildMatchIndex prepares everything that depends on the
 * corpus once; analyzePage normalises the page in one pass and runs every reader on the same
 * tokens: quotes, figures, story signals, and — on a story page — dates.
 */
import type { Corpus } from '../corpus/schema';
import { normalizeText } from '../text/normalize';
import type { TokenStream } from '../text/tokenize';
import { matchDates, prepareEvents, type PreparedEvents } from '../figures/dates';
import { matchFigures, prepareFigures, type PreparedFigure } from '../figures/tie';
import { countCues, decideStory, indexCues, type CueIndex } from './detect';
import { buildQuoteIndex, type QuoteIndex } from './quote-index';
import { findQuotes } from './quotes';
import { buildStoryCues, storyNames } from './story-profile';
import type { FigureMatch, PageAnalysis, QuoteMatch, StoryDecision } from './types';

export interface MatchIndex {
  quotes: QuoteIndex;
  figures: PreparedFigure[];
  events: PreparedEvents;
  cues: CueIndex;
  /** The words that name the story's venture, partners and people. */
  storyNames: Set<number>;
  /** Utterance id → the quote as printed, for the popup's "why". */
  quoteLabels: Map<string, string>;
}

export function buildMatchIndex(corpus: Corpus): MatchIndex {
  const quotes = buildQuoteIndex(corpus);
  const tables = quotes.tables;
  const storyCues = buildStoryCues(corpus, tables);
  const quoteLabels = new Map(corpus.utterances.map((u) => [u.id, `“${u.original.length > 80 ? u.original.slice(0, 77) + '…' : u.original}”`]));
  return {
    quotes,
    figures: prepareFigures(corpus, tables),
    events: prepareEvents(corpus, tables),
    cues: indexCues(storyCues),
    storyNames: storyNames(storyCues),
    quoteLabels,
  };
}

interface Evidence {
  ts: TokenStream;
  decision: StoryDecision;
  quotes: QuoteMatch[];
  figures: FigureMatch[];
}

function gather(text: string, index: MatchIndex): Evidence {
  const ts = normalizeText(text, index.quotes.tables);
  const quotes = findQuotes(ts, index.quotes);
  const figures = matchFigures(ts, index.figures, index.storyNames);
  const decision = decideStory(countCues(ts, index.cues), index.cues, quotes, figures, index.quoteLabels);
  return { ts, decision, quotes, figures };
}

export function detectStory(text: string, index: MatchIndex): StoryDecision {
  return gather(text, index).decision;
}

export function analyzePage(text: string, index: MatchIndex): PageAnalysis {
  const { ts, decision, quotes, figures } = gather(text, index);
  if (!decision.isStory) return { decision, quotes: [], figures: [], dates: [] };
  return { decision, quotes, figures, dates: matchDates(ts, index.events, quotes, index.storyNames) };
}
