/**
 * Scores the engine's analyses against the labelled pages. Pure: pages in, report out.
 *
 * Quotes. A label is found when one predicted quote of the same utterance overlaps the labelled
 * parts by at least half the labelled length. A prediction is correct when it finds a label, or
 * when at least half of it lies inside a label of its utterance (an engine may show one split
 * quote as two highlights, or two adjacent quotes as one; neither is a wrong highlight). A
 * prediction that overlaps an earlier one of the same utterance is a duplicate and counts as a
 * false positive; one on a passage the labels deliberately ignore ("evil") counts for nothing;
 * so do predictions of `term` utterances, which the labels do not cover. Recall is counted by the
 * labelled class, precision by the predicted class.
 *
 * Figures are scored in figure-metrics.ts.
 */
import type { MatchClass, PageAnalysis, QuoteMatch, TextRange } from '../match/types';
import { evaluateFigures, type FigureReport } from './figure-metrics';
import { evaluateRelevance, type RelevanceReport } from './relevance-metrics';
import type { ResolvedPage, ResolvedQuote } from './labels';
import { findsLabel, overlapLength, rangeLength, score, type FalsePositiveReason, type Score } from './score';

export type { FalsePositiveReason, Score } from './score';
export type { FigureReport } from './figure-metrics';
export type { RelevanceReport } from './relevance-metrics';

export const MATCH_CLASSES: readonly MatchClass[] = ['exact', 'close', 'fragment', 'split', 'reworded', 'translated'];
/** The classes whose words are the speaker's own: held to the strict threshold together. */
export const VERBATIM_CLASSES: readonly MatchClass[] = ['exact', 'close', 'fragment', 'split'];

export interface EvaluatedPage {
  page: ResolvedPage;
  /** The page text the labels were resolved in and the engine analysed. */
  text: string;
  analysis: PageAnalysis;
}

export interface QuoteMiss {
  file: string;
  utteranceId: string;
  matchClass: MatchClass;
  text: string;
}

export interface QuoteFalsePositive extends QuoteMiss {
  reason: FalsePositiveReason;
  /** The utterances labelled where the prediction lies, when it names another one. */
  labelledAs: string[];
}

export interface DetectionError {
  file: string;
  expected: boolean;
  score: number;
  threshold: number;
}

export interface EvalReport {
  pages: number;
  detection: Score & { errors: DetectionError[] };
  quotes: {
    byClass: Record<MatchClass, Score>;
    verbatim: Score;
    /** confusion[labelled][predicted]: how often a found label was given each class. */
    confusion: Record<MatchClass, Record<MatchClass, number>>;
    misses: QuoteMiss[];
    falsePositives: QuoteFalsePositive[];
    /** Predictions left out of the scores (terms, ignored passages). */
    unscored: number;
  };
  figures: FigureReport;
  /** Story, related or unrelated: each page's grade against its label's. */
  relevance: RelevanceReport;
  /** The same scores for each language of the set (BCP 47 code → scores). */
  byLanguage: Record<string, LanguageScores>;
  /** The same scores for each set of pages (its label file: the English set, each group, each blind round). */
  bySet: Record<string, LanguageScores>;
  /** Every language but English, together. */
  nonEnglish: LanguageScores | null;
}

export interface LanguageScores {
  pages: number;
  detection: Score;
  verbatim: Score;
  reworded: Score;
  translated: Score;
  figures: Score;
  /** Pages given their labelled grade, of all pages. */
  relevance: { correct: number; pages: number; accuracy: number | null };
}

const pageSlice = (text: string, ranges: readonly TextRange[]) =>
  ranges.map((r) => text.slice(r.start, r.end)).join(' … ');

function emptyConfusion(): Record<MatchClass, Record<MatchClass, number>> {
  const row = () => Object.fromEntries(MATCH_CLASSES.map((c) => [c, 0])) as Record<MatchClass, number>;
  return Object.fromEntries(MATCH_CLASSES.map((c) => [c, row()])) as Record<MatchClass, Record<MatchClass, number>>;
}

interface QuoteTally {
  /** Per labelled class: [labelled, found]; per predicted class: [predicted, correct]. */
  labels: Map<MatchClass, [number, number]>;
  predictions: Map<MatchClass, [number, number]>;
  confusion: Record<MatchClass, Record<MatchClass, number>>;
  misses: QuoteMiss[];
  falsePositives: QuoteFalsePositive[];
  unscored: number;
}

function bump(map: Map<MatchClass, [number, number]>, key: MatchClass, hit: boolean): void {
  const entry = map.get(key) ?? [0, 0];
  entry[0] += 1;
  if (hit) entry[1] += 1;
  map.set(key, entry);
}

function bestFinder(label: ResolvedQuote, predictions: readonly QuoteMatch[]): QuoteMatch | undefined {
  let best: QuoteMatch | undefined;
  let bestOverlap = -1;
  for (const p of predictions) {
    if (p.utteranceId !== label.utteranceId || !findsLabel(p.ranges, label)) continue;
    const shared = overlapLength(p.ranges, label.ranges);
    if (shared > bestOverlap) [best, bestOverlap] = [p, shared];
  }
  return best;
}

function judgePrediction(
  p: QuoteMatch,
  page: EvaluatedPage,
  kept: readonly QuoteMatch[],
): { correct: boolean; reason: FalsePositiveReason; labelledAs: string[] } {
  const labels = page.page.quotes;
  const labelledAs = labels.filter((l) => overlapLength(p.ranges, l.ranges) > 0).map((l) => l.utteranceId);
  // A related page is labelled with what it should show; only an unrelated one shows nothing.
  if (page.page.relevance === 'unrelated') return { correct: false, reason: 'not about the story', labelledAs };
  const sameUtterance = labels.filter((l) => l.utteranceId === p.utteranceId);
  if (kept.some((k) => k.utteranceId === p.utteranceId && overlapLength(k.ranges, p.ranges) > 0)) {
    return { correct: false, reason: 'duplicate', labelledAs };
  }
  const inside = sameUtterance.some((l) => overlapLength(p.ranges, l.ranges) >= rangeLength(p.ranges) / 2);
  const correct = inside || sameUtterance.some((l) => findsLabel(p.ranges, l));
  return { correct, reason: 'not labelled', labelledAs: labelledAs.filter((id) => id !== p.utteranceId) };
}

function tallyQuotes(page: EvaluatedPage, terms: ReadonlySet<string>, tally: QuoteTally): void {
  const predictions = page.analysis.quotes.filter((p) => !terms.has(p.utteranceId));
  tally.unscored += page.analysis.quotes.length - predictions.length;
  for (const label of page.page.quotes) {
    const finder = bestFinder(label, predictions);
    bump(tally.labels, label.matchClass, finder !== undefined);
    if (finder) tally.confusion[label.matchClass][finder.matchClass] += 1;
    else tally.misses.push({ file: page.page.file, utteranceId: label.utteranceId, matchClass: label.matchClass, text: label.text });
  }
  const kept: QuoteMatch[] = [];
  for (const p of predictions) {
    const onIgnored = page.page.ignored.some(
      (g) => g.utteranceId === p.utteranceId && overlapLength(p.ranges, [g.range]) > 0,
    );
    const verdict = judgePrediction(p, page, kept);
    if (onIgnored && !verdict.correct && verdict.reason === 'not labelled') {
      tally.unscored += 1;
      continue;
    }
    kept.push(p);
    bump(tally.predictions, p.matchClass, verdict.correct);
    if (!verdict.correct) {
      tally.falsePositives.push({
        file: page.page.file,
        utteranceId: p.utteranceId,
        matchClass: p.matchClass,
        text: pageSlice(page.text, p.ranges),
        reason: verdict.reason,
        labelledAs: verdict.labelledAs,
      });
    }
  }
}

function groupScore(tally: QuoteTally, classes: readonly MatchClass[]): Score {
  const sum = (map: Map<MatchClass, [number, number]>, i: 0 | 1) =>
    classes.reduce((s, c) => s + (map.get(c)?.[i] ?? 0), 0);
  return score(sum(tally.labels, 0), sum(tally.labels, 1), sum(tally.predictions, 0), sum(tally.predictions, 1));
}

function evaluateQuotes(pages: readonly EvaluatedPage[], terms: ReadonlySet<string>): EvalReport['quotes'] {
  const tally: QuoteTally = {
    labels: new Map(),
    predictions: new Map(),
    confusion: emptyConfusion(),
    misses: [],
    falsePositives: [],
    unscored: 0,
  };
  for (const page of pages) tallyQuotes(page, terms, tally);
  const byClass = Object.fromEntries(MATCH_CLASSES.map((c) => [c, groupScore(tally, [c])])) as Record<MatchClass, Score>;
  const { confusion, misses, falsePositives, unscored } = tally;
  return { byClass, verbatim: groupScore(tally, VERBATIM_CLASSES), confusion, misses, falsePositives, unscored };
}

function evaluateDetection(pages: readonly EvaluatedPage[]): EvalReport['detection'] {
  const about = pages.filter((p) => p.page.about);
  const flagged = pages.filter((p) => p.analysis.decision.isStory);
  const errors = pages
    .filter((p) => p.page.about !== p.analysis.decision.isStory)
    .map((p) => ({
      file: p.page.file,
      expected: p.page.about,
      score: p.analysis.decision.score,
      threshold: p.analysis.decision.threshold,
    }));
  const hits = about.filter((p) => p.analysis.decision.isStory).length;
  return { ...score(about.length, hits, flagged.length, hits), errors };
}

/** `termUtteranceIds`: utterances of kind `term`, whose predictions are not scored. */
export function evaluate(pages: readonly EvaluatedPage[], termUtteranceIds: ReadonlySet<string> = new Set()): EvalReport {
  return {
    pages: pages.length,
    detection: evaluateDetection(pages),
    quotes: evaluateQuotes(pages, termUtteranceIds),
    figures: evaluateFigures(pages),
    relevance: evaluateRelevance(pages),
    byLanguage: scoresBy(pages, (p) => p.page.language, termUtteranceIds),
    bySet: scoresBy(pages, (p) => p.page.set, termUtteranceIds),
    nonEnglish: scoresBy(pages.filter((p) => p.page.language !== 'en'), () => 'all', termUtteranceIds).all ?? null,
  };
}

function scoresBy(pages: readonly EvaluatedPage[], key: (p: EvaluatedPage) => string, termUtteranceIds: ReadonlySet<string>): Record<string, LanguageScores> {
  const out: Record<string, LanguageScores> = {};
  for (const name of [...new Set(pages.map(key))].sort()) {
    const subset = pages.filter((p) => key(p) === name);
    const quotes = evaluateQuotes(subset, termUtteranceIds);
    const { labelled, found, predicted, correct, recall, precision } = evaluateFigures(subset);
    const relevance = evaluateRelevance(subset);
    out[name] = {
      pages: subset.length,
      detection: evaluateDetection(subset),
      verbatim: quotes.verbatim,
      reworded: quotes.byClass.reworded,
      translated: quotes.byClass.translated,
      figures: { labelled, found, predicted, correct, recall, precision },
      relevance: { correct: relevance.correct, pages: relevance.pages, accuracy: relevance.accuracy },
    };
  }
  return out;
}
