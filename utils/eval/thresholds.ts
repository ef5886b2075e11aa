/**
 * The bar the matching engine must clear on the evaluation set. Shared by `npm run eval` (exit
 * code) and the threshold test, so both judge the same way.
 */
import type { EvalReport, Score } from './metrics';

export const EVAL_THRESHOLDS = {
  /** A page about something else must never be annotated, and no story page may be missed. */
  detectionPrecision: 1,
  detectionRecall: 1,
  /** Quotes in the speaker's own words (exact, close, fragment, split), taken together. */
  verbatimRecall: 0.98,
  verbatimPrecision: 0.98,
  rewordedRecall: 0.7,
} as const;

/** Nothing to count means nothing went wrong. */
const below = (value: number | null, bar: number) => value !== null && value < bar;

/** A share as a percentage for people; "–" when there was nothing to count. */
export function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}

function check(failures: string[], what: string, score: Score, key: 'recall' | 'precision', bar: number): void {
  const value = score[key];
  if (below(value, bar)) failures.push(`${what} ${key} ${percent(value)} is below ${percent(bar)}`);
}

/** One readable line per threshold the report falls short of; empty when all are met. */
export function thresholdFailures(report: EvalReport, t = EVAL_THRESHOLDS): string[] {
  const failures: string[] = [];
  check(failures, 'detection', report.detection, 'precision', t.detectionPrecision);
  check(failures, 'detection', report.detection, 'recall', t.detectionRecall);
  check(failures, 'exact+close+fragment+split', report.quotes.verbatim, 'recall', t.verbatimRecall);
  check(failures, 'exact+close+fragment+split', report.quotes.verbatim, 'precision', t.verbatimPrecision);
  check(failures, 'reworded', report.quotes.byClass.reworded, 'recall', t.rewordedRecall);
  return failures;
}
