/** The counting and range arithmetic every part of the evaluation shares. */
import type { TextRange } from '../match/types';

/** found/labelled is recall, correct/predicted is precision; null when there is nothing to count. */
export interface Score {
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number | null;
  precision: number | null;
}

/** Why a prediction counts against the engine. */
export type FalsePositiveReason = 'not about the story' | 'not labelled' | 'duplicate';

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function score(labelled: number, found: number, predicted: number, correct: number): Score {
  return { labelled, found, predicted, correct, recall: ratio(found, labelled), precision: ratio(correct, predicted) };
}

export function rangeLength(ranges: readonly TextRange[]): number {
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

/** The brief's rule: a prediction finds a label when it covers at least half the labelled text. */
export const findsLabel = (ranges: readonly TextRange[], label: { ranges: readonly TextRange[] }) =>
  overlapLength(ranges, label.ranges) >= rangeLength(label.ranges) / 2;
