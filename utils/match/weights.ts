/**
 * How much a word tells, as an inverse document frequency in two parts. How common the word is
 * in English: function words little, frequent words some, everything else more, numbers most
 * (the lexicon's lists stand in for a frequency table). And how many of the corpus's utterances
 * use it: a content word in one utterance keeps its weight; in more, it tells less which one is
 * quoted, down to half for a word a quarter of them share (log(N/df) / log N, floored at ½).
 * Whether the words a page shares with a wording are informative enough is decided in
 * distinctive.ts.
 */
import { F_STOP, F_COMMON, F_NUM, F_SUBST } from '../text/tokenize';

export const W_STOP = 0.15;
export const W_COMMON = 0.5;
export const W_WORD = 1;
export const W_NUMBER = 1.5;

/** A highlighted quote shares at least this many words with the corpus… */
export const MIN_QUOTE_TOKENS = 4;
/** …and, in quotation marks, at least this much weight ("great for the country" stays below it). */
export const MIN_QUOTE_WEIGHT = 2;
/** The corpus's share of a word never takes more than half its weight. */
const MIN_SHARE_FACTOR = 0.5;

export function baseWeight(flags: number): number {
  if (flags & F_NUM) return W_NUMBER;
  if (flags & F_STOP) return W_STOP;
  if (flags & F_COMMON) return W_COMMON;
  if (flags & F_SUBST) return W_WORD;
  return W_WORD;
}

/** Word weights with the corpus's own down-weighting of widely shared words. */
export class WordWeights {
  private readonly factor = new Map<number, number>();

  /** `documentFrequency`: word hash → number of utterances using it, out of `total`. */
  constructor(documentFrequency: Map<number, number>, total: number) {
    // A corpus of a handful of utterances says nothing about which words are common.
    if (total < 8) return;
    for (const [h, df] of documentFrequency) {
      if (df > 1) this.factor.set(h, Math.max(MIN_SHARE_FACTOR, Math.log(total / df) / Math.log(total)));
    }
  }

  of(hash: number, flags: number): number {
    const w = baseWeight(flags);
    return flags & F_STOP ? w : w * (this.factor.get(hash) ?? 1);
  }
}
