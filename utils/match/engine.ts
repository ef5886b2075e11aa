/**
 * The matching engine's entry points. buildMatchIndex prepares everything that depends on the
 * corpus once; analyzePage normalises the page in one pass and runs every reader on the same
 * tokens: quotes, figures, story signals, and — on a story page — dates; a related page keeps
 * only what the corpus can vouch for (relevance.ts).
 */
import type { Corpus } from '../corpus/schema';
import { normalizeText } from '../text/normalize';
import type { TokenStream } from '../text/tokenize';
import { matchDates, prepareEvents, type PreparedEvents } from '../figures/dates';
import { matchFigures, prepareFigures, type PreparedFigure } from '../figures/tie';
import { countCues, decideStory, indexCues, type CueIndex } from './detect';
import { buildQuoteIndex, type QuoteIndex } from './quote-index';
import { findQuotes } from './quotes';
import { buildRelevanceProfile, shownOnRelatedPage } from './relevance';
import { buildStoryCues, storyNames } from './story-profile';
import type { FigureMatch, PageAnalysis, PageDate, QuoteMatch, StoryDecision } from './types';
import { buildForeignIndex, readForeign, type ForeignIndex } from '../lang/foreign';

export interface MatchIndex {
  quotes: QuoteIndex;
  figures: PreparedFigure[];
  events: PreparedEvents;
  cues: CueIndex;
  /** The words that name the story's venture, partners and people. */
  storyNames: Set<number>;
  /** Utterance id → the quote as printed, for the popup's "why". */
  quoteLabels: Map<string, string>;
  /** The readers of the other languages, prepared when a page in one is first read. */
  foreign: ForeignIndex;
}

export function buildMatchIndex(corpus: Corpus): MatchIndex {
  const quotes = buildQuoteIndex(corpus);
  const tables = quotes.tables;
  const storyCues = buildStoryCues(corpus, tables);
  const quoteLabels = new Map(corpus.utterances.map((u) => [u.id, `“${u.original.length > 80 ? u.original.slice(0, 77) + '…' : u.original}”`]));
  const figures = prepareFigures(corpus, tables);
  return {
    quotes,
    figures,
    foreign: buildForeignIndex(corpus, storyCues, figures),
    events: prepareEvents(corpus, tables),
    cues: indexCues(storyCues, buildRelevanceProfile(corpus, storyCues)),
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
  let quotes = findQuotes(ts, index.quotes);
  let figures = matchFigures(ts, index.figures, index.storyNames);
  const counts = countCues(ts, index.cues);
  const foreign = readForeign(text, index.foreign, { quotes, figures });
  if (foreign) {
    // A name counted in English spelling and in the page's own is one name: take the larger count.
    foreign.counts.forEach((n, i) => (counts[i] = Math.max(counts[i]!, n)));
    quotes = renumber([...quotes, ...foreign.quotes], (q) => q.ranges[0]!.start, 'q');
    const superseded = new Set(foreign.supersedes);
    figures = renumber([...figures.filter((f) => !superseded.has(f)), ...foreign.figures], (f) => f.range.start, 'f');
  }
  // A figure read in another language confirms the story only where a source gives its value:
  // near values are how lookalikes (another bid, another plan) read too.
  const confirming = foreign ? figures.filter((f) => f.language === undefined || f.agreement === 'agrees') : figures;
  const decision = decideStory(counts, index.cues, quotes, confirming, index.quoteLabels);
  return { ts, decision, quotes, figures };
}

/** Matches of both readers in page order, with ids "q0", "q1"… again. */
function renumber<T extends { id: string }>(items: T[], start: (t: T) => number, prefix: string): T[] {
  return items.sort((a, b) => start(a) - start(b)).map((t, i) => ({ ...t, id: `${prefix}${i}` }));
}

export function detectStory(text: string, index: MatchIndex): StoryDecision {
  return gather(text, index).decision;
}

export interface AnalyzeOptions {
  /**
   * The page's own date, which "Tuesday" and "last week" count from (the browser reads it from
   * the page's markup, else gives the day it is read). Without it: the dateline in the text,
   * else today.
   */
  pageDate?: PageDate;
}

export function analyzePage(text: string, index: MatchIndex, options: AnalyzeOptions = {}): PageAnalysis {
  const { ts, decision, quotes, figures } = gather(text, index);
  if (decision.relevance === 'unrelated') return { decision, quotes: [], figures: [], dates: [] };
  // A related page (the venture's other news, the principals' other fights): no timeline dates.
  if (decision.relevance === 'related') return { decision, ...shownOnRelatedPage(decision, quotes, figures, index.cues.relevance), dates: [] };
  return { decision, quotes, figures, dates: matchDates(ts, index.events, quotes, index.storyNames, options.pageDate) };
}
