/** How much each word a page shares with a wording counts towards highlighting it. */
import { describe, expect, it } from 'vitest';
import { WordWeights, W_COMMON, W_STOP, W_WORD } from '../../../utils/match/weights';
import { F_COMMON, F_STOP } from '../../../utils/text/tokenize';

const RARE = 1;
const TWICE = 2;
const QUARTER = 3;
const EVERYWHERE = 4;
const weights = new WordWeights(new Map([[RARE, 1], [TWICE, 2], [QUARTER, 4], [EVERYWHERE, 16]]), 16);

describe('word weights', () => {
  it('weigh a word by how common it is in English', () => {
    expect(weights.of(RARE, 0)).toBe(W_WORD);
    expect(weights.of(RARE, F_COMMON)).toBe(W_COMMON);
    expect(weights.of(RARE, F_STOP)).toBe(W_STOP);
  });

  it('weigh a word less the more of the corpus’s utterances use it, down to half', () => {
    const twice = weights.of(TWICE, 0);
    expect(twice).toBeLessThan(W_WORD);
    expect(weights.of(QUARTER, 0)).toBeLessThan(twice);
    expect(weights.of(QUARTER, 0)).toBeCloseTo(W_WORD / 2);
    expect(weights.of(EVERYWHERE, 0)).toBe(W_WORD / 2);
  });

  it('leave function words and a tiny corpus alone', () => {
    expect(weights.of(EVERYWHERE, F_STOP)).toBe(W_STOP);
    expect(new WordWeights(new Map([[TWICE, 2]]), 3).of(TWICE, 0)).toBe(W_WORD);
  });
});
