/**
 * Figures are matched one to one: same figureId, overlap of at least half the labelled text.
 * Predictions with figureId null ("a number the corpus does not know") are not claims and are
 * not scored. Agreement accuracy is over matched figures.
 */
import type { FigureMatch } from '../match/types';
import type { ResolvedFigure, ResolvedPage } from './labels';
import { findsLabel, overlapLength, ratio, score, type FalsePositiveReason, type Score } from './score';

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

export type FigureReport = Score & {
  agreementCorrect: number;
  agreementAccuracy: number | null;
  misses: FigureMiss[];
  falsePositives: FigureFalsePositive[];
  agreementErrors: AgreementError[];
};

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

export function evaluateFigures(pages: ReadonlyArray<{ page: ResolvedPage; analysis: { figures: FigureMatch[] } }>): FigureReport {
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
      const reason = page.relevance === 'unrelated' ? 'not about the story' : 'not labelled';
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
