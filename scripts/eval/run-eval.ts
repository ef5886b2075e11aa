/**
 * Runs the matching engine over the evaluation set and scores it. The corpus is the curated
 * file the extension ships; the test fixture stands in while that file does not exist yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { CorpusSchema, type Corpus } from '../../utils/corpus/schema';
import { evaluate, type EvalReport } from '../../utils/eval/metrics';
import { buildMatchIndex, analyzePage } from '../../utils/match/engine';
import type { DateReport } from '../../utils/eval/date-metrics';
import { runDateCheck } from './date-check';
import { loadEvalSet, PROJECT_ROOT, type LoadedPage } from './eval-set';

export const CORPUS_CANDIDATES = ['public/corpus/curated.json', 'tests/fixtures/mini-corpus.json'] as const;

export function loadEvalCorpus(): { corpus: Corpus; path: string } {
  const path = CORPUS_CANDIDATES.find((p) => existsSync(`${PROJECT_ROOT}${p}`));
  if (!path) throw new Error(`No corpus to evaluate against: none of ${CORPUS_CANDIDATES.join(', ')} exists`);
  const corpus = v.parse(CorpusSchema, JSON.parse(readFileSync(`${PROJECT_ROOT}${path}`, 'utf8')));
  return { corpus, path };
}

/** Label ids the corpus does not know: such labels can never be found, so say so up front. */
export function idsMissingFromCorpus(pages: readonly LoadedPage[], corpus: Corpus): string[] {
  const known = new Set([...corpus.utterances.map((u) => u.id), ...corpus.figures.map((f) => f.id)]);
  const used = pages.flatMap(({ resolved }) => [
    ...resolved.quotes.map((q) => q.utteranceId),
    ...resolved.figures.map((f) => f.figureId),
  ]);
  return [...new Set(used)].filter((id) => !known.has(id)).sort();
}

export interface EvalRun {
  report: EvalReport;
  /** The date check set, scored apart: its pages are not all in the labelled set. */
  dates: DateReport;
  corpusPath: string;
  missingIds: string[];
}

export function runEvaluation(): EvalRun {
  const { corpus, path } = loadEvalCorpus();
  const pages = loadEvalSet();
  const index = buildMatchIndex(corpus);
  const evaluated = pages.map(({ resolved, text, pageDate }) => ({ page: resolved, text, analysis: analyzePage(text, index, { pageDate }) }));
  const terms = new Set(corpus.utterances.filter((u) => u.kind === 'term').map((u) => u.id));
  return { report: evaluate(evaluated, terms), dates: runDateCheck(index), corpusPath: path, missingIds: idsMissingFromCorpus(pages, corpus) };
}
