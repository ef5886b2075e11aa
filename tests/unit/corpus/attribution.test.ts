import { describe, expect, it } from 'vitest';
import { attributeQuotations } from '../../../utils/corpus/attribution';
import { findQuotations } from '../../../utils/corpus/quotations';

/** Each quotation of `text` with the speaker (and handle) found for it. */
function speakers(text: string): Array<[string, string | null, string | null]> {
  const found = findQuotations(text);
  return attributeQuotations(text, found).map((a, i) => [found[i]!.text, a.speaker, a.handle]);
}

describe('who a quotation is attributed to', () => {
  it('reads “Name wrote” and “said Name” right after the quote', () => {
    expect(speakers('“They don’t actually have the money,” Elon Musk wrote on X.')).toEqual([
      ['They don’t actually have the money,', 'Elon Musk', null],
    ]);
    expect(speakers('“wrong, as you surely know,” replied Sam Altman, the chief executive of OpenAI.')).toEqual([
      ['wrong, as you surely know,', 'Sam Altman', null],
    ]);
    expect(speakers('“More compute leads to better models,” OpenAI’s Kevin Weil said.')).toEqual([
      ['More compute leads to better models,', 'Kevin Weil', null],
    ]);
  });

  it('reads “Name said/told/posted …:” earlier in the sentence, past an apposition', () => {
    expect(speakers('Marta Velasquez, an energy analyst, told the paper: “The grid can carry it.”')).toEqual([
      ['The grid can carry it.', 'Marta Velasquez', null],
    ]);
    expect(speakers('On Wednesday Musk posted that “SoftBank has well under $10B secured.”')).toEqual([
      ['SoftBank has well under $10B secured.', 'Musk', null],
    ]);
    expect(speakers('President Donald Trump said it would be “the largest AI infrastructure, by far, in history.”')).toEqual([
      ['the largest AI infrastructure, by far, in history.', 'Donald Trump', null],
    ]);
  });

  it('gives a pronoun the last speaker named, in the same paragraph or an earlier one', () => {
    const text = '“They don’t actually have the money,” Musk wrote.\nHe added: “SoftBank has well under $10B secured.”\n“I have that on good authority,” he said.';
    expect(speakers(text).map(([, who]) => who)).toEqual(['Musk', 'Musk', 'Musk']);
  });

  it('leaves a pronoun unattributed when nobody was named before it', () => {
    expect(speakers('“Nobody builds that fast,” she said.')).toEqual([['Nobody builds that fast,', null, null]]);
  });

  it('reads embedded posts and inline “— Name (@handle)” attributions, with the handle', () => {
    const post = 'They don’t actually have the money\n— Elon Musk (@elonmusk) January 22, 2025';
    expect(speakers(post)).toEqual([['They don’t actually have the money', 'Elon Musk', '@elonmusk']]);
    expect(speakers('“Sam Altman is Little Finger” — Elon Musk (@elonmusk)')).toEqual([
      ['Sam Altman is Little Finger', 'Elon Musk', '@elonmusk'],
    ]);
  });

  it('attributes each of two quotes around one attribution, and none to a name in quotation marks', () => {
    const text = '“They don’t actually have the money,” Musk posted, adding in a second post: “SoftBank has well under $10B secured.” The venture, called “Stargate,” is new.';
    expect(speakers(text).map(([, who]) => who)).toEqual(['Musk', 'Musk', null]);
  });

  it('does not take an opening word of the sentence for a name', () => {
    expect(speakers('But Altman replied: “wrong, as you surely know.”')[0]![1]).toBe('Altman');
    expect(speakers('The report said the site was “already under way.”')[0]![1]).toBeNull();
  });
});
