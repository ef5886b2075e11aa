import { describe, expect, it } from 'vitest';
import { createCrossReferencer, crossReference } from '../../../utils/corpus/cross-reference';
import { shippedCorpus } from '../../fixtures/manager/pages';

const referencer = createCrossReferencer(shippedCorpus());
const one = (text: string) => crossReference(referencer, [{ text }])[0]!;

describe('cross-referencing a new source’s quotations with the corpus', () => {
  it('finds the utterance an exact quotation belongs to, with its closest wording', () => {
    const found = one('They don’t actually have the money');
    expect(found).toMatchObject({ kind: 'existing', utteranceId: 'musk.no-money', matchClass: 'exact', fidelity: 'exact' });
    expect(found.kind === 'existing' && found.diff.every((p) => !p.added && !p.removed)).toBe(true);
  });

  it('marks a close quotation close, with a word diff from the corpus wording to the new words', () => {
    const found = one('the largest AI infrastructure project in history');
    expect(found).toMatchObject({ kind: 'existing', utteranceId: 'trump.largest', fidelity: 'close' });
    if (found.kind !== 'existing') return;
    expect(found.diff.filter((p) => p.added).map((p) => p.value.trim())).toContain('project');
    expect(found.diff.filter((p) => p.removed).map((p) => p.value.trim()).join(' ')).toContain('by far');
  });

  it('knows a part of a longer utterance for a fragment', () => {
    expect(one('the most inspiring entrepreneur of our time')).toMatchObject({ utteranceId: 'altman.respect', matchClass: 'fragment' });
  });

  it('matches quotations too short for the engine when their words are exactly a wording’s', () => {
    expect(one('Stargate')).toMatchObject({ kind: 'existing', utteranceId: 'term.stargate', matchClass: 'exact' });
  });

  it('calls anything else a new utterance', () => {
    expect(one('The grid in Texas can carry it, but not in four years.')).toEqual({ kind: 'new' });
    expect(one('money')).toEqual({ kind: 'new' });
  });

  it('uses the whole article when the quotation is still in place, so a split quote is seen whole', () => {
    const article = '“wrong, as you surely know,” Altman wrote. “want to come visit the first site already under way?”';
    const first = { text: 'wrong, as you surely know,', range: { start: 1, end: 27 } };
    const [found] = crossReference(referencer, [first], article);
    expect(found).toMatchObject({ kind: 'existing', utteranceId: 'altman.wrong-reply', matchClass: 'split' });
  });
});
