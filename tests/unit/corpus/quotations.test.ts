import { describe, expect, it } from 'vitest';
import { findQuotations, type Quotation } from '../../../utils/corpus/quotations';

const texts = (found: Quotation[]) => found.map((q) => q.text);

describe('findQuotations: passages in quotation marks', () => {
  it('finds curly double quotations with offsets that point back into the text', () => {
    const text = 'The mayor said “We will rebuild the bridge,” and left. Critics called it “a stunt”.';
    const found = findQuotations(text);
    expect(texts(found)).toEqual(['We will rebuild the bridge,', 'a stunt']);
    for (const q of found) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q).toMatchObject({ kind: 'quotation', marks: 'curly-double', closed: true });
    }
  });

  it('does not mistake apostrophes for quotation marks', () => {
    const text = 'It’s the council’s plan, and the ’90s-era pier won’t survive the winter’s storms.';
    expect(findQuotations(text)).toEqual([]);
  });

  it('finds curly single quotations even when they hold apostrophes', () => {
    const found = findQuotations('Fans dubbed it the ‘people’s pier’ in the ’80s.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'people’s pier', marks: 'curly-single' });
  });

  it('reads a plural possessive inside single quotes as part of the quotation', () => {
    const found = findQuotations('She called it ‘the rowers’ last stand’ on air.');
    expect(texts(found)).toEqual(['the rowers’ last stand']);
  });

  it('pairs straight double quotes and ignores inch marks', () => {
    const text = 'He bought a 12" tablet. "It was cheap," he said, "and it works."';
    const found = findQuotations(text);
    expect(texts(found)).toEqual(['It was cheap,', 'and it works.']);
    expect(found.every((q) => q.marks === 'straight-double')).toBe(true);
  });

  it('finds straight single-quoted titles but not contractions', () => {
    const text = "The show 'Harbour Lights' isn't back, and rock 'n' roll night's off.";
    expect(texts(findQuotations(text))).toEqual(['Harbour Lights']);
  });

  it('runs an unclosed quotation to the end of its paragraph only', () => {
    const text = 'The note read: “We regret the delay and will reopen soon!  \nThe next paragraph is prose.';
    const found = findQuotations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'We regret the delay and will reopen soon!', closed: false });
  });

  it('ends an unclosed quotation where the next one opens', () => {
    const found = findQuotations('He wrote “first part, then “second part” later.');
    expect(texts(found)).toEqual(['first part, then', 'second part']);
    expect(found.map((q) => q.closed)).toEqual([false, true]);
  });

  it('keeps scare quotes and punctuation inside the marks as printed', () => {
    expect(texts(findQuotations('A so-called "plan," they said.'))).toEqual(['plan,']);
  });
});

describe('findQuotations: embedded posts', () => {
  const article = [
    'The minister replied within the hour: “Not true.”',
    'not true.',
    'the ferry runs on schedule 🚢',
    '— Jane Doe (@janedoe_ferries) March 3, 2024',
    'Readers were unconvinced.',
  ].join('\n');

  it('takes the lines above an attribution line as the post, with who posted it and when', () => {
    const posts = findQuotations(article).filter((q) => q.kind === 'embedded-post');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      text: 'not true.\nthe ferry runs on schedule 🚢',
      marks: 'none',
      attribution: { name: 'Jane Doe', handle: '@janedoe_ferries', dateText: 'March 3, 2024' },
    });
    expect(article.slice(posts[0]!.start, posts[0]!.end)).toBe(posts[0]!.text);
  });

  it('leaves the prose that quotes the post out of the post', () => {
    const found = findQuotations(article);
    expect(found.map((q) => q.kind)).toEqual(['quotation', 'embedded-post']);
    expect(found[0]!.text).toBe('Not true.');
  });

  it('stops at a blank line and accepts an abbreviated month', () => {
    const text = 'Some prose here.\n\nFerries are fine\n— Port Office (@port) Sept. 9, 2023';
    const posts = findQuotations(text).filter((q) => q.kind === 'embedded-post');
    expect(posts.map((q) => q.text)).toEqual(['Ferries are fine']);
  });

  it('does not treat an attribution line with nothing above it as a post', () => {
    expect(findQuotations('— Jane Doe (@janedoe) March 3, 2024')).toEqual([]);
  });
});
