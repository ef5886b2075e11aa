/**
 * Word-level local alignment (Smith–Waterman) of one wording against a window of the page,
 * run only around seeded regions. Matching words score by their weight, synonyms are a free
 * substitution, other substitutions and gaps cost; the best-scoring stretch wins.
 */
import type { TokenStream } from '../text/tokenize';
import { conceptOf } from './synonyms';

const MISMATCH = -0.6;
const GAP = -0.5;
const MATCH_BONUS = 0.4;

export interface Alignment {
  /** Aligned pairs of identical words: page token index, wording token index; in order. */
  page: number[];
  target: number[];
  score: number;
}

const DIAG = 1;
const UP = 2; // wording word skipped (missing from the page)
const LEFT = 3; // page word inserted

// Alignments run hundreds of times per page: their matrices reuse one growing buffer.
let scoreBuf = new Float32Array(4096);
let dirBuf = new Uint8Array(4096);
let conceptBuf = new Int32Array(256);
function scratch(cells: number, w: number) {
  if (scoreBuf.length < cells) {
    scoreBuf = new Float32Array(cells * 2);
    dirBuf = new Uint8Array(cells * 2);
  }
  if (conceptBuf.length < w) conceptBuf = new Int32Array(w * 2);
  scoreBuf.fill(0, 0, cells);
  dirBuf.fill(0, 0, cells);
  return { score: scoreBuf, dir: dirBuf, pageConcepts: conceptBuf };
}

export function alignLocal(
  page: TokenStream,
  from: number,
  to: number,
  target: TokenStream,
  targetWeights: Float32Array,
): Alignment | null {
  const m = target.count;
  const w = to - from;
  if (m === 0 || w <= 0) return null;
  const cols = w + 1;
  const { score, dir, pageConcepts } = scratch((m + 1) * cols, w);
  for (let j = 0; j < w; j++) pageConcepts[j] = conceptOf(page.hash[from + j]!);
  let best = 0;
  let bestCell = -1;
  for (let i = 1; i <= m; i++) {
    const th = target.hash[i - 1]!;
    const tc = conceptOf(th);
    const hit = MATCH_BONUS + targetWeights[i - 1]!;
    const row = i * cols;
    const prev = row - cols;
    for (let j = 1; j <= w; j++) {
      const ph = page.hash[from + j - 1]!;
      const sub = ph === th ? hit : pageConcepts[j - 1] === tc ? 0 : MISMATCH;
      let s = score[prev + j - 1]! + sub;
      let d = DIAG;
      const up = score[prev + j]! + GAP;
      if (up > s) {
        s = up;
        d = UP;
      }
      const left = score[row + j - 1]! + GAP;
      if (left > s) {
        s = left;
        d = LEFT;
      }
      if (s <= 0) {
        s = 0;
        d = 0;
      }
      score[row + j] = s;
      dir[row + j] = d;
      if (s > best) {
        best = s;
        bestCell = row + j;
      }
    }
  }
  if (bestCell < 0) return null;
  const pagePairs: number[] = [];
  const targetPairs: number[] = [];
  let cell = bestCell;
  while (cell > 0 && dir[cell] !== 0) {
    const i = (cell / cols) | 0;
    const j = cell - i * cols;
    const d = dir[cell];
    if (d === DIAG) {
      if (page.hash[from + j - 1] === target.hash[i - 1]) {
        pagePairs.push(from + j - 1);
        targetPairs.push(i - 1);
      }
      cell -= cols + 1;
    } else if (d === UP) cell -= cols;
    else cell -= 1;
  }
  pagePairs.reverse();
  targetPairs.reverse();
  return { page: pagePairs, target: targetPairs, score: best };
}
