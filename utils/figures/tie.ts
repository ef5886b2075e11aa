/**
 * Ties each figure a page prints to the corpus figure it speaks of — by unit, by the figure's
 * cue words near the number, and by value — and classes it against every source's statement:
 * it agrees with those that give the same value with a qualifier making the same claim.
 */
import type { Corpus, Figure } from '../corpus/schema';
import type { FigureMatch, FigureValueSource } from '../match/types';
import { normalizeText, normalizeWords, tokenWord, type NormalizerTables } from '../text/normalize';
import { windowAround } from '../text/words';
import { G_BLOCK, type TokenStream } from '../text/tokenize';
import { readFigures, type FigureMention } from './parse';
import { stem } from '../text/stem';
import { sameClaim } from './qualifiers';

/** Cue words count within this many tokens of the figure (never across a paragraph). */
const CUE_WINDOW = 20;
const MIN_TIE_SCORE = 2;
/** A value a source gives is strong evidence, but only next to at least one cue word. */
const VALUE_MATCH = 3;

export interface PreparedFigure {
  figure: Figure;
  /** Each cue as the stems of its words ("starting" and "start" both cue "start"). */
  cues: string[][];
  /** Each statement's words, normalised, to spot a figure printed exactly as a source prints it. */
  statementWords: string[];
}

function wordsKey(ts: TokenStream, from = 0, to = ts.count): string {
  return Array.from(ts.hash.subarray(from, to)).join(',');
}

export function prepareFigures(corpus: Corpus, tables: NormalizerTables): PreparedFigure[] {
  return corpus.figures.map((figure) => ({
    figure,
    cues: figure.cues.map((c) => normalizeWords(c, tables).map(stem)).filter((c) => c.length > 0),
    statementWords: figure.statements.map((s) => wordsKey(normalizeText(s.text, tables))),
  }));
}

function closeValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

/** The stems of the words around a figure, within its paragraph. */
function windowStems(ts: TokenStream, m: FigureMention): string[] {
  const [lo, hi] = windowAround(ts, m.from, m.to, CUE_WINDOW, G_BLOCK);
  const out: string[] = [];
  for (let k = lo; k < hi; k++) out.push(stem(tokenWord(ts, k)));
  return out;
}

function cueScore(stems: string[], cues: string[][]): number {
  let score = 0;
  for (const cue of cues) {
    for (let k = 0; k + cue.length <= stems.length; k++) {
      if (cue.every((w, q) => stems[k + q] === w)) {
        score += cue.length > 1 ? 1.5 : 1;
        break;
      }
    }
  }
  return score;
}

function tieMention(ts: TokenStream, m: FigureMention, figures: PreparedFigure[]): PreparedFigure | null {
  let best: PreparedFigure | null = null;
  let bestScore = 0;
  let stems: string[] | null = null;
  for (const f of figures) {
    if (f.figure.unit !== m.unit) continue;
    stems ??= windowStems(ts, m);
    let score = cueScore(stems, f.cues);
    if (score === 0) continue;
    if (f.figure.statements.some((s) => closeValue(s.value, m.value))) score += VALUE_MATCH;
    if (score > bestScore) {
      bestScore = score;
      best = f;
    }
  }
  return bestScore >= MIN_TIE_SCORE ? best : null;
}

export function matchFigures(ts: TokenStream, figures: PreparedFigure[]): FigureMatch[] {
  return readFigures(ts).map((m, i) => {
    const tied = tieMention(ts, m, figures);
    const agreeing: FigureValueSource[] = [];
    const differing: FigureValueSource[] = [];
    let exact = false;
    if (tied) {
      const printed = wordsKey(ts, m.from, m.to);
      tied.figure.statements.forEach((s, q) => {
        const words = tied.statementWords[q]!;
        const same = words === printed;
        exact ||= `,${words},`.includes(`,${printed},`);
        const entry = { sourceId: s.sourceId, text: s.text, value: s.value, qualifier: s.qualifier };
        if (same || (closeValue(s.value, m.value) && sameClaim(s.qualifier, m.qualifier))) agreeing.push(entry);
        else differing.push(entry);
      });
    }
    const start = ts.start[m.from]!;
    const end = ts.end[m.to - 1]!;
    return {
      kind: 'figure',
      id: `f${i}`,
      range: { start, end },
      text: ts.text.slice(start, end),
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
      figureId: tied ? tied.figure.id : null,
      fidelity: exact ? 'exact' : 'close',
      agreement: !tied ? 'unknown' : agreeing.length > 0 ? 'agrees' : 'differs',
      agreeing,
      differing,
    } satisfies FigureMatch;
  });
}
