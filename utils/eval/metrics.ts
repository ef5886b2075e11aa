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
 * Figures. Matched one to one: same figureId, overlap of at least half the labelled text.
 * Predictions with figureId null ("a number the corpus does not know") are not claims and are
 * not scored. Agreement accuracy is over matched figures.
 */
import type { FigureMatch, MatchClass, PageAnalysis, QuoteMatch, TextRange } from '../match/types';
import type { ResolvedFigure, ResolvedPage, ResolvedQuote } from './labels';

export const MATCH_CLASSES: readonly MatchClass[] = ['exact', 'close', 'fragment', 'split', 'reworded'];
/** The classes whose words are the speaker's own: held to the strict threshold together. */
export const VERBATIM_CLASSES: readonly MatchClass[] = ['exact', 'close', 'fragment', 'split'];

export interface EvaluatedPage {
  page: ResolvedPage;
  /** The page text the labels were resolved in and the engine analysed. */
  text: string;
  analysis: PageAnalysis;
}

/** found/labelled is recall, correct/predicted is precision; null when there is nothing to count. */
export interface Score {
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number | null;
  precision: number | null;
}

export interface QuoteMiss {
  file: string;
  utteranceId: string;
  matchClass: MatchClass;
  text: string;
}

export type FalsePositiveReason = 'not about the story' | 'not labelled' | 'duplicate';

export interface QuoteFalsePositive extends QuoteMiss {
  reason: FalsePositiveReason;
  /** The utterances labelled where the prediction lies, when it names another one. */
  labelledAs: string[];
}

export interface FigureMiss {
  file: string;
  figureId: string;
  text: string;
}

export interface FigureFalsePositive {
  file: string;
  figureId: string | null;
  text: string;
  reason: FalsePositiveReason;
}

export interface AgreementError extends FigureMiss {
  expected: 'agrees' | 'differs';
  got: FigureMatch['agreement'];
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
  figures: Score & {
    agreementCorrect: number;
    agreementAccuracy: number | null;
    misses: FigureMiss[];
    falsePositives: FigureFalsePositive[];
    agreementErrors: AgreementError[];
  };
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function score(labelled: number, found: number, predicted: number, correct: number): Score {
  return { labelled, found, predicted, correct, recall: ratio(found, labelled), precision: ratio(correct, predicted) };
}

function rangeLength(ranges: readonly TextRange[]): number {
  return ranges.reduce((sum, r) => sum + Math.max(0, r.end - r.start), 0);
}

/** Characters the two sets of ranges have in common (each set is assumed not to self-overlap). */
export function overlapLength(a: readonly TextRange[], b: readonly TextRange[]): number {
  let shared = 0;
  for (const x of a) {
    for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
}

const findsLabel = (ranges: readonly TextRange[], label: { ranges: readonly TextRange[] }) =>
  overlapLength(ranges, label.ranges) >= rangeLength(label.ranges) / 2;

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
  if (!page.page.about) return { correct: false, reason: 'not about the story', labelledAs };
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

function matchFigures(labels: readonly ResolvedFigure[], predictions: readonly FigureMatch[]): Map<ResolvedFigure, FigureMatch> {
  const pairs: Array<{ label: ResolvedFigure; prediction: FigureMatch; shared: number }> = [];
  for (const label of labels) {
    for (const prediction of predictions) {
      if (prediction.figureId !== label.figureId || !findsLabel([prediction.range], { ranges: [label.range] })) continue;
      pairs.push({ label, prediction, shared: overlapLength([prediction.range], [label.range]) });
    }
  }
  pairs.sort((a, b) => b.shared - a.shared);
  const matched = new Map<ResolvedFigure, FigureMatch>();
  const used = new Set<FigureMatch>();
  for (const { label, prediction } of pairs) {
    if (matched.has(label) || used.has(prediction)) continue;
    matched.set(label, prediction);
    used.add(prediction);
  }
  return matched;
}

function evaluateFigures(pages: readonly EvaluatedPage[]): EvalReport['figures'] {
  const out = { labelled: 0, predicted: 0, matched: 0, agreementCorrect: 0 };
  const misses: FigureMiss[] = [];
  const falsePositives: FigureFalsePositive[] = [];
  const agreementErrors: AgreementError[] = [];
  for (const { page, analysis } of pages) {
    const predictions = analysis.figures.filter((f) => f.figureId !== null);
    const matched = matchFigures(page.figures, predictions);
    out.labelled += page.figures.length;
    out.predicted += predictions.length;
    out.matched += matched.size;
    for (const label of page.figures) {
      const prediction = matched.get(label);
      if (!prediction) {
        misses.push({ file: page.file, figureId: label.figureId, text: label.text });
      } else if (prediction.agreement === label.agreement) {
        out.agreementCorrect += 1;
      } else {
        agreementErrors.push({ file: page.file, figureId: label.figureId, text: label.text, expected: label.agreement, got: prediction.agreement });
      }
    }
    const used = new Set(matched.values());
    for (const p of predictions) {
      if (used.has(p)) continue;
      const reason = page.about ? 'not labelled' : 'not about the story';
      falsePositives.push({ file: page.file, figureId: p.figureId, text: p.text, reason });
    }
  }
  return {
    ...score(out.labelled, out.matched, out.predicted, out.matched),
    agreementCorrect: out.agreementCorrect,
    agreementAccuracy: ratio(out.agreementCorrect, out.matched),
    misses,
    falsePositives,
    agreementErrors,
  };
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
  };
}
