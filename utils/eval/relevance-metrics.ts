/**
 * The three grades of relevance, scored: how often the engine gives a page the grade its label
 * gives it (story, related, unrelated), with the full confusion so a story page taken for related
 * (its dates and rewordings lost) is told apart from an unrelated page taken for related (a
 * highlight where none belongs).
 */
import type { Relevance } from '../match/types';
import { ratio } from './score';

export const RELEVANCE_GRADES: readonly Relevance[] = ['story', 'related', 'unrelated'];

export interface RelevanceError {
  file: string;
  expected: Relevance;
  got: Relevance;
}

export interface RelevanceReport {
  pages: number;
  correct: number;
  accuracy: number | null;
  /** confusion[labelled][predicted]: pages of each labelled grade given each grade. */
  confusion: Record<Relevance, Record<Relevance, number>>;
  errors: RelevanceError[];
}

export function evaluateRelevance(
  pages: ReadonlyArray<{ page: { file: string; relevance: Relevance }; analysis: { decision: { relevance: Relevance } } }>,
): RelevanceReport {
  const row = () => Object.fromEntries(RELEVANCE_GRADES.map((g) => [g, 0])) as Record<Relevance, number>;
  const confusion = Object.fromEntries(RELEVANCE_GRADES.map((g) => [g, row()])) as Record<Relevance, Record<Relevance, number>>;
  const errors: RelevanceError[] = [];
  for (const { page, analysis } of pages) {
    const got = analysis.decision.relevance;
    confusion[page.relevance][got] += 1;
    if (got !== page.relevance) errors.push({ file: page.file, expected: page.relevance, got });
  }
  const correct = pages.length - errors.length;
  return { pages: pages.length, correct, accuracy: ratio(correct, pages.length), confusion, errors };
}
