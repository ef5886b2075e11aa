/**
 * How much a word tells: function words little, frequent words some, everything else more,
 * numbers most. Content words that a quarter or more of the corpus's utterances share weigh half:
 * the corpus decides what is distinctive in it. A quote is highlighted only when the words it shares
 * with the corpus are both numerous and informative enough.
 */
import { F_STOP, F_COMMON, F_NUM, F_SUBST } from '../text/tokenize';

export const W_STOP = 0.15;
export const W_COMMON = 0.5;
export const W_WORD = 1;
export const W_NUMBER = 1.5;

/** A highlighted quote shares at least this many words with the corpus… */
export const MIN_QUOTE_TOKENS = 4;
/** …and at least this much weight (e.g. "great for the country" alone stays below it). */
export const MIN_QUOTE_WEIGHT = 2;

export function baseWeight(flags: number): number {
  if (flags & F_NUM) return W_NUMBER;
  if (flags & F_STOP) return W_STOP;
  if (flags & F_COMMON) return W_COMMON;
  if (flags & F_SUBST) return W_WORD;
  return W_WORD;
}

/** Word weights with the corpus's own down-weighting of widely shared words. */
export class WordWeights {
  private readonly shared = new Set<number>();

  /** `documentFrequency`: word hash → number of utterances using it, out of `total`. */
  constructor(documentFrequency: Map<number, number>, total: number) {
    if (total >= 8) {
      for (const [h, df] of documentFrequency) if (df / total >= 0.25) this.shared.add(h);
    }
  }

  of(hash: number, flags: number): number {
    const w = baseWeight(flags);
    return this.shared.has(hash) && !(flags & F_STOP) ? w / 2 : w;
  }
}
