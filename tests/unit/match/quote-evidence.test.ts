/**
 * How the way a page presents a quote decides whether it is highlighted: quotation marks, the
 * speaker named nearby, how much of the marks the words fill, repeated occurrences, and quotes
 * said in other words.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/match/engine';
import type { QuoteMatch } from '../../../utils/match/types';
import { miniIndex } from '../../fixtures/mini-corpus';

const LEAD = 'Elon Musk and Sam Altman traded barbs over Stargate, the AI infrastructure venture of OpenAI, SoftBank and Oracle.';
/** Enough unrelated words that the lead's names are no longer "nearby". */
const FILLER = Array.from({ length: 6 }, () => 'The county fair opened on a sunny morning and the bakery tent sold out of pies before noon.').join(' ');

function quotesOn(page: string, utteranceId?: string): QuoteMatch[] {
  const analysis = analyzePage(page, miniIndex());
  expect(analysis.decision.isStory).toBe(true);
  return analysis.quotes.filter((q) => !utteranceId || q.utteranceId === utteranceId);
}

const highlighted = (page: string, q: QuoteMatch) => q.ranges.map((r) => page.slice(r.start, r.end)).join(' … ');

describe('a quote of ordinary words', () => {
  it('is highlighted when its marks hold just those words and the speaker is named', () => {
    const page = `${LEAD}\nMusk’s whole case was that the backers “don’t have the money.”`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(highlighted(page, q!)).toBe('don’t have the money');
  });

  it('is highlighted in British single quotation marks', () => {
    const page = `${LEAD}\nMusk wrote that the backers ‘don’t actually have the money’. Nobody at the venture replied.`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(q!.matchClass).toBe('fragment');
    expect(q!.fidelity).toBe('exact');
  });

  it('is not highlighted when the marks hold a longer sentence of someone else', () => {
    const page = `${LEAD}\nA harbour official said: “They don’t have the money for a new pier this year.”`;
    expect(quotesOn(page, 'musk.no-money')).toEqual([]);
  });

  it('is not highlighted when nobody near it is the speaker', () => {
    const page = `${LEAD}\n${FILLER}\nA farmer shrugged: “they don’t have the money.”`;
    expect(quotesOn(page, 'musk.no-money')).toEqual([]);
  });

  it('is highlighted when a verb of saying gives it to someone the page does not name', () => {
    const page = `${LEAD}\n${FILLER}\nA rival investor claimed on Friday that the backers “don’t actually have the money” for any of it.`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(highlighted(page, q!)).toBe('don’t actually have the money');
  });

  it('is the speaker’s when the name beside the verb is the object, not the subject', () => {
    const page = `${LEAD}\nAltman was blunt. He told Musk the venture was “great for the country” and left it there.`;
    expect(quotesOn(page, 'altman.wrong-reply')).toHaveLength(1);
  });

  it('is highlighted where the page already quoted the whole statement', () => {
    const reply = '“wrong, as you surely know. want to come visit the first site already under way? this is great for the country. i realize what is great for the country isn’t always what’s optimal for your companies, but in your new role i hope you’ll mostly put 🇺🇸 first.”';
    const later = `${FILLER}\nThe words “optimal for your companies” carry the sting.`;
    const page = `${LEAD}\nAltman replied:\n${reply}\n${later}`;
    expect(quotesOn(page, 'altman.wrong-reply').map((q) => highlighted(page, q))).toContain('optimal for your companies');
    expect(quotesOn(`${LEAD}\n${later}`, 'altman.wrong-reply')).toEqual([]);
  });

  it('is highlighted when it is long enough, though its words are common', () => {
    const page = `${LEAD}\nAltman answered that Musk was wrong and that “this is great for the country”.`;
    const [q] = quotesOn(page, 'altman.wrong-reply');
    expect(highlighted(page, q!)).toBe('this is great for the country');
    expect(q!.matchClass).toBe('fragment');
  });
});

describe('a few distinctive words of a statement', () => {
  it('are not a quote when they sit in a longer quotation of other words', () => {
    const page = `${LEAD}\nA neighbour said of the baker: “Our Marta is the most inspiring entrepreneur this valley has seen, and I mean it.”`;
    expect(quotesOn(page, 'altman.respect')).toEqual([]);
  });

  it('are a quote when the quotation holds just them', () => {
    const page = `${LEAD}\nAltman later called Musk “the most inspiring entrepreneur” of the age.`;
    expect(quotesOn(page, 'altman.respect')).toHaveLength(1);
  });
});

describe('words of a quote in running prose', () => {
  it('are not a quote when the page only borrows a phrase', () => {
    const page = `${LEAD}\nAltman invited him to visit the first site in Texas, where work had begun.`;
    expect(quotesOn(page, 'altman.wrong-reply')).toEqual([]);
  });

  it('are a quote when they are the whole statement, as in an embedded post', () => {
    const page = `${LEAD}\nThey don’t actually have the money\n— Elon Musk (@elonmusk) January 22, 2025`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(q!.matchClass).toBe('exact');
  });
});

describe('a quote printed twice', () => {
  it('is found both times: in the sentence and in the post embedded after it', () => {
    const page = `${LEAD}\nMusk replied to the announcement: “They don’t actually have the money.”\nThey don’t actually have the money\n— Elon Musk (@elonmusk)`;
    const found = quotesOn(page, 'musk.no-money');
    expect(found.map((q) => highlighted(page, q))).toEqual(['They don’t actually have the money', 'They don’t actually have the money']);
  });
});

describe('how far the page departs from the words', () => {
  it('calls one word changed for a synonym a close misquote', () => {
    const [q] = quotesOn(`${LEAD}\nMusk wrote: “They don’t really have the money.”`, 'musk.no-money');
    expect(q!.matchClass).toBe('close');
  });

  it('calls the same words in another order reworded', () => {
    const [q] = quotesOn(`${LEAD}\nMusk wrote: “Really, they do not have the money.”`, 'musk.no-money');
    expect(q!.fidelity).toBe('reworded');
    expect(q!.matchClass).toBe('reworded');
  });

  it('calls a page that copies an outlet’s whole re-translation reworded', () => {
    const page = `${LEAD}\nAltman wrote: “I realize that what is great for the country is not always what is optimal for your businesses, but in your new role, I hope you will put (America) first.”`;
    const [q] = quotesOn(page, 'altman.wrong-reply');
    expect(q!.fidelity).toBe('reworded');
  });

  it('highlights the whole quotation when the words fill most of it', () => {
    const page = `${LEAD}\nMusk wrote: “Frankly, they don’t actually have the money.”`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(highlighted(page, q!)).toBe('Frankly, they don’t actually have the money');
    expect(q!.matchClass).toBe('close');
  });

  it('does not take in a further sentence of the quotation', () => {
    const page = `${LEAD}\nMusk wrote: “They don’t actually have the money. Everyone in finance knows it.”`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(highlighted(page, q!)).toBe('They don’t actually have the money');
  });

  it('shows a quotation reworded as a whole as one quote', () => {
    const page = `${LEAD}\nAltman hit back: “Mistaken, as you certainly know. Would you care to tour the first site, which is already under way?”`;
    const found = quotesOn(page, 'altman.wrong-reply');
    expect(found).toHaveLength(1);
    expect(highlighted(page, found[0]!)).toBe('Mistaken, as you certainly know. Would you care to tour the first site, which is already under way?'.slice(0, -1));
  });

  it('finds a word-for-word translation in German quotation marks as one quote, its words in German order', () => {
    const quotation = 'Very great for the land is this. Not always optimal for your enterprises is, what for the land great is, but in your new role I hope, you will mostly put America first.';
    const page = `${LEAD}\nAltman answered: „${quotation}“`;
    const found = quotesOn(page, 'altman.wrong-reply');
    expect(found).toHaveLength(1);
    expect(found[0]!.matchClass).toBe('reworded');
    expect(highlighted(page, found[0]!)).toBe(quotation.slice(0, -1));
  });

  it('reads “not” where the speaker wrote “don’t” in a reworded quote', () => {
    const page = `${LEAD}\nMusk wrote: »The money have they actually not«.`;
    const [q] = quotesOn(page, 'musk.no-money');
    expect(q!.matchClass).toBe('reworded');
  });

  it('does not take a paraphrase nobody is said to have said for a reworded quote', () => {
    const page = `${LEAD}\n${FILLER}\nThe banner over the stand: “Truly, the most inspiring businessman of our era.”`;
    expect(quotesOn(page, 'altman.respect')).toEqual([]);
  });
});
