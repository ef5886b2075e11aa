import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../utils/match/engine';
import type { QuoteMatch } from '../../../utils/match/types';
import { miniIndex } from '../../fixtures/mini-corpus';

/** A story page we write: enough of the story around the quote for the detector to say yes. */
function storyPage(body: string): string {
  return [
    'Elon Musk and Sam Altman traded barbs over Stargate, the AI infrastructure venture of OpenAI, SoftBank and Oracle.',
    body,
    'Stargate was announced at the White House this week.',
  ].join('\n');
}

function quotesIn(body: string): QuoteMatch[] {
  const analysis = analyzePage(storyPage(body), miniIndex());
  expect(analysis.decision.isStory).toBe(true);
  return analysis.quotes;
}

function only(body: string, utteranceId: string): QuoteMatch {
  const found = quotesIn(body).filter((q) => q.utteranceId === utteranceId);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const highlighted = (page: string, q: QuoteMatch) => q.ranges.map((r) => page.slice(r.start, r.end));

describe('quote classes', () => {
  it('finds an exact quote despite other quotation marks and case', () => {
    const q = only('Musk posted that "they don\'t actually have the money."', 'musk.no-money');
    expect(q.matchClass).toBe('exact');
    expect(q.fidelity).toBe('exact');
    expect(q.score).toBe(1);
  });

  it('finds an exact quote with the sum written out and a British spelling', () => {
    const q = only('Altman answered: “wrong, as you surely know. want to come visit the first site already underway? this is great for the country. i realise what is great for the country isn’t always what’s optimal for your companies, but in your new role i hope you’ll mostly put [America] first.”', 'altman.wrong-reply');
    expect(q.matchClass).toBe('exact');
  });

  it('calls a quote with a word dropped close, and shows the dropped word in the diff', () => {
    const q = only('Musk wrote: “SoftBank has well under $10B secured. I have it on authority.”', 'musk.softbank-10b');
    expect(q.matchClass).toBe('close');
    expect(q.fidelity).toBe('close');
    const diff = q.wordings[0]!.diff;
    expect(diff.filter((d) => d.removed).map((d) => d.value).join(' ')).toMatch(/that.*good/);
    expect(diff.filter((d) => d.added).map((d) => d.value)).toContain('it');
  });

  it('calls a re-translated quote reworded, with synonyms swapped', () => {
    const q = only('Altman also wrote: “I sincerely respect your achievements and think you are the most inspiring entrepreneur of our time.”', 'altman.respect');
    expect(q.matchClass).toBe('reworded');
    expect(q.fidelity).toBe('reworded');
  });

  it('finds a reworded quote that shares hardly any word sequence with the original', () => {
    const q = only('“SoftBank got way less than $10 billion. I have it on good authority,” Musk said.', 'musk.softbank-10b');
    expect(q.fidelity).toBe('reworded');
    const q2 = only('Musk wrote on X: “Actually, they don’t have the money.”', 'musk.no-money');
    expect(q2.fidelity).toBe('reworded');
  });

  it('calls a distinctive part of a longer quote a fragment', () => {
    const page = storyPage('Musk said SoftBank has “well under $10B secured” for the project.');
    const q = analyzePage(page, miniIndex()).quotes.find((x) => x.utteranceId === 'musk.softbank-10b')!;
    expect(q.matchClass).toBe('fragment');
    expect(q.fidelity).toBe('exact');
    expect(highlighted(page, q)).toEqual(['well under $10B secured']);
  });

  it('joins a quote interrupted by its attribution into one split match with two ranges', () => {
    const page = storyPage('“Wrong, as you surely know,” Altman wrote. “Want to come visit the first site already under way?”');
    const q = analyzePage(page, miniIndex()).quotes.find((x) => x.utteranceId === 'altman.wrong-reply')!;
    expect(q.matchClass).toBe('split');
    expect(q.fidelity).toBe('exact');
    expect(highlighted(page, q)).toEqual(['Wrong, as you surely know', 'Want to come visit the first site already under way']);
    expect(q.pageText).toContain(' … ');
  });

  it('keeps a reply quoted in four parts across two paragraphs as one split match', () => {
    const page = storyPage('"Wrong, as you surely know," Altman wrote. "Want to come visit the first site already under way?"\n"This is great for the country," he added. "I realize what is great for the country isn\'t always what\'s optimal for your companies, but in your new role I hope you\'ll mostly put [America] first."');
    const found = analyzePage(page, miniIndex()).quotes.filter((x) => x.utteranceId === 'altman.wrong-reply');
    expect(found).toHaveLength(1);
    expect(found[0]!.matchClass).toBe('split');
    expect(found[0]!.fidelity).toBe('exact');
    expect(found[0]!.ranges).toHaveLength(4);
  });

  it('joins a quote split by attribution in British single quotation marks', () => {
    const q = only('‘SoftBank has well under $10B secured,’ Musk said in a second post. ‘I have that on good authority.’', 'musk.softbank-10b');
    expect(q.matchClass).toBe('split');
  });

  it('does not make a split of a quote and the page’s own words after it', () => {
    const page = storyPage('Altman’s answer, “Wrong, as you surely know,” came with an offer to visit the first site in Texas.');
    const q = analyzePage(page, miniIndex()).quotes.find((x) => x.utteranceId === 'altman.wrong-reply')!;
    expect(q.matchClass).toBe('fragment');
    expect(highlighted(page, q)).toEqual(['Wrong, as you surely know']);
  });

  it('highlights the whole of a statement printed without marks, though a later part of it was found first', () => {
    const body = 'His reply began:\nWrong, as you surely know. Want to come visit the first site already under way?\nThen he turned to the interests of Musk’s own firms:\nThis is great for the country. I realize what is great for the country isn’t always what’s optimal for your companies, but in your new role I hope you’ll mostly put [America] first.';
    const page = storyPage(body);
    const found = analyzePage(page, miniIndex()).quotes.filter((x) => x.utteranceId === 'altman.wrong-reply');
    expect(found.map((q) => highlighted(page, q)[0])).toContain('Wrong, as you surely know. Want to come visit the first site already under way');
  });

  it('takes in the rest of the quotation where it goes on with the statement in other words', () => {
    const page = storyPage('Musk wrote: “SoftBank has well under $10B secured. I heard that from good people.”');
    const q = analyzePage(page, miniIndex()).quotes.find((x) => x.utteranceId === 'musk.softbank-10b')!;
    expect(highlighted(page, q)).toEqual(['SoftBank has well under $10B secured. I heard that from good people']);
    expect(q.fidelity).toBe('reworded');
  });

  it('does not join two quotes of one reply that the page separates by a whole sentence', () => {
    const found = quotesIn('Altman replied: “Wrong, as you surely know.” He then said the venture was good for the nation and went on at length about it, writing, “I realize what is great for the country isn’t always what’s optimal for your companies.”');
    const parts = found.filter((q) => q.utteranceId === 'altman.wrong-reply');
    expect(parts.map((q) => q.matchClass)).toEqual(['fragment', 'fragment']);
  });
});

describe('what is never highlighted', () => {
  it('skips phrases of fewer than four words even when the corpus quotes them', () => {
    const found = quotesIn('Trump said it would start “almost immediately” and called Altman a “leading expert.” Musk has called OpenAI “evil.”');
    expect(found).toEqual([]);
  });

  it('takes four ordinary words for the speaker’s when the page puts them in his mouth', () => {
    const q = only('The venture, Altman insisted, was “great for the country.”', 'altman.wrong-reply');
    expect(q.matchClass).toBe('fragment');
  });

  it('does not take them for the speaker’s when the page gives them to someone else it quotes', () => {
    expect(quotesIn('At the White House, Donald Trump said the venture was “great for the country.”')).toEqual([]);
    expect(quotesIn('The venture is “great for the country,” said Trump at the White House.')).toEqual([]);
  });

  it('reads who said it in the quote’s own sentence, not in the next one', () => {
    const q = only('On Wednesday Musk wrote that the backers “don’t actually have the money.” Altman answered within hours.', 'musk.no-money');
    expect(q.matchClass).toBe('fragment');
  });

  it('skips terms such as Stargate in quotation marks', () => {
    expect(quotesIn('The project, dubbed “Stargate,” is a joint venture.')).toEqual([]);
  });

  it('does not take someone else’s words about money for Musk’s', () => {
    expect(quotesIn('A senator said: “We don’t have the money for this bill.”')).toEqual([]);
  });
});

describe('diffs and wordings', () => {
  it('lists every wording of the utterance, closest first, with its similarity', () => {
    const q = only('“SoftBank has well under $10B secured. I have that on good authority.”', 'musk.softbank-10b');
    const ids = q.wordings.map((w) => w.wordingId);
    expect(ids).toContain('w.002.softbank-10b');
    expect(q.wordings[0]!.similarity).toBe(1);
    const sims = q.wordings.map((w) => w.similarity);
    expect([...sims].sort((a, b) => b - a)).toEqual(sims);
    const translated = q.wordings.find((w) => w.wordingId === 'w.002.softbank-10b')!;
    expect(translated.similarity).toBeLessThan(1);
    expect(translated.diff.some((d) => d.removed && d.value.includes('got'))).toBe(true);
  });

  it('shows each side in its own words: the page’s printing, the wording’s printing', () => {
    const q = only('Musk: “SoftBank has well under $10 billion secured. I have that on good authority.”', 'musk.softbank-10b');
    expect(q.matchClass).toBe('exact');
    expect(q.wordings[0]!.diff.map((d) => d.value).join(' ')).toContain('$10 billion');
  });

  it('maps ranges back to the page text exactly, past emoji and accents', () => {
    const page = storyPage('🇺🇸 Café 🚀 — as Musk put it, “They don’t actually have the money.”');
    const q = analyzePage(page, miniIndex()).quotes[0]!;
    expect(highlighted(page, q)).toEqual(['They don’t actually have the money']);
    expect(q.pageText).toBe('They don’t actually have the money');
  });
});
