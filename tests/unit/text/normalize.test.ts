import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWords } from '../../../utils/text/normalize';
import { G_QCLOSE, G_QOPEN } from '../../../utils/text/tokenize';

const words = (text: string) => normalizeWords(text).join(' ');
const sameWords = (a: string, b: string) => expect(words(a)).toBe(words(b));

describe('normalisation: what compares equal', () => {
  it('folds curly and straight quotes and apostrophes, and case', () => {
    sameWords('They don’t actually have the money', "they don't actually have the money");
    sameWords('what’s optimal', 'What´s optimal');
    sameWords('isn‘t', "isn`t");
  });

  it('treats dashes and runs of whitespace as word breaks', () => {
    sameWords('Musk — again — wrote', 'Musk - again  -  wrote');
    sameWords('the first\u00a0site', 'the first   site');
  });

  it('reads Unicode compatibility forms as their plain letters', () => {
    sameWords('ﬁrst ｓｉｔｅ', 'first site');
    sameWords('Élan café', 'elan cafe');
  });

  it('reads the flag emoji and its bracketed stand-ins as one token', () => {
    const flag = words('put 🇺🇸 first');
    for (const stand of ['put [America] first', 'put (America) first', 'put [US] first', 'put (American flag emoji) first']) {
      expect(words(stand)).toBe(flag);
    }
    expect(normalizeWords('put 🇺🇸 first')).toHaveLength(3);
  });

  it('keeps ordinary brackets as they are', () => {
    expect(normalizeWords('the company (NationPress) said')).toEqual(['the', 'company', 'nationpress', 'said']);
  });

  it('reads every printed form of a sum of money as the same amount', () => {
    const tenBillion = words('$10B');
    for (const form of ['$10 billion', '$10bn', '10 billion dollars', '$10,000,000,000', '$10 Billion']) {
      expect(words(form)).toBe(tenBillion);
    }
    expect(words('$100 billion')).not.toBe(tenBillion);
    expect(words('100,000')).toBe(words('100000'));
  });

  it('reads a dollar sign with a US code as US dollars', () => {
    const fiveHundred = words('$500 billion');
    for (const form of ['$US500 billion', 'US$500 billion', 'U.S.$500bn', '500 billion US dollars', '500 billion US-Dollar']) {
      expect(words(form)).toBe(fiveHundred);
    }
  });

  it('keeps other currencies apart from US dollars', () => {
    const fiveHundred = words('$500 billion');
    for (const form of ['A$500 billion', '$A500 billion', 'NZ$500bn', '€500bn', '£500 billion', '500 billion euros', '500 billion Australian dollars', '500 billion Hong Kong dollars']) {
      expect(words(form)).not.toBe(fiveHundred);
      expect(normalizeWords(form)).toHaveLength(1);
    }
  });

  it('reads thousands separated by a no-break or thin space, an apostrophe, or several points', () => {
    for (const form of ['100\u00a0000', '100\u2009000', '100\u202f000', "100'000", '100,000']) expect(words(form)).toBe(words('100000'));
    expect(words('1.000.000')).toBe(words('1000000'));
    expect(words('2.5 billion')).toBe(words('2,500,000,000'));
  });

  it('reads British and American spellings alike', () => {
    sameWords('I realise', 'I realize');
    sameWords('fuelling his latest project', 'fueling his latest project');
    sameWords('the organisation’s labour centre', 'the organization’s labor center');
    sameWords('re-industrialisation', 're-industrialization');
  });

  it('does not mistake -ise words that have no -ize form', () => {
    expect(normalizeWords('a promise and an enterprise')).toEqual(['a', 'promise', 'and', 'an', 'enterprise']);
  });

  it('joins compounds printed open or hyphenated', () => {
    sameWords('already under way', 'already underway');
    sameWords('a co-founder of OpenAI', 'a cofounder of OpenAI');
    sameWords('a non-profit', 'a nonprofit');
  });

  it('reads abbreviations with dots as one word', () => {
    sameWords('the U.S. market', 'the US market');
  });

  it('reads a spelled-out contraction as the contraction', () => {
    sameWords('they do not have the money', 'they don’t have the money');
    sameWords('what is optimal is not always', 'what’s optimal isn’t always');
    sameWords('I cannot say', 'I can’t say');
    expect(normalizeWords('they do not')).toHaveLength(2);
  });

  it('leaves alone open forms that would collide with another word', () => {
    expect(normalizeWords('we are sure it is')).toEqual(['we', 'are', 'sure', 'it', 'is']);
  });

  it('reads a sum spelled in words as the same amount', () => {
    sameWords('ten billion dollars', '$10 billion');
    sameWords('five hundred billion dollars', '$500B');
    expect(words('ten billion')).toBe(words('10 billion'));
  });

  it('keeps a number word without a scale word a word', () => {
    expect(normalizeWords('ten people and one more')).toEqual(['ten', 'people', 'and', 'one', 'more']);
  });
});

describe('normalisation: which quotation marks open and which close', () => {
  /** The text of each stretch between an opening and the next closing mark. */
  function quoted(text: string): string[] {
    const ts = normalizeText(text);
    const out: string[] = [];
    let open = -1;
    for (let k = 0; k <= ts.count; k++) {
      const gap = k < ts.count ? ts.gap[k]! : ts.trailingGap;
      if (open >= 0 && gap & G_QCLOSE) {
        out.push(text.slice(ts.start[open], ts.end[k - 1]));
        open = -1;
      }
      if (gap & G_QOPEN) open = k;
    }
    return out;
  }

  it('pairs the marks of every language by where they stand', () => {
    expect(quoted('He wrote „we are not ready“, and left.')).toEqual(['we are not ready']);
    expect(quoted('Sie schrieb: »Das reicht nicht«. Dann ging sie.')).toEqual(['Das reicht nicht']);
    expect(quoted('Il a dit « pas encore » hier.')).toEqual(['pas encore']);
    expect(quoted('Er sagte ‹nie wieder› leise.')).toEqual(['nie wieder']);
    expect(quoted('She said “not yet” twice.')).toEqual(['not yet']);
    expect(quoted('She said: "not yet" twice.')).toEqual(['not yet']);
  });
});

describe('normalisation: offsets into the original text', () => {
  it('gives every token the range of the original characters it stands for', () => {
    const text = 'SoftBank has “well under $10B secured.” I realise — under way.';
    const ts = normalizeText(text);
    const spans = Array.from({ length: ts.count }, (_, k) => text.slice(ts.start[k], ts.end[k]));
    expect(spans).toEqual(['SoftBank', 'has', 'well', 'under', '$10B', 'secured', 'I', 'realise', 'under way']);
  });

  it('keeps offsets in UTF-16 units past emoji', () => {
    const text = 'put 🇺🇸 first';
    const ts = normalizeText(text);
    expect(text.slice(ts.start[1], ts.end[1])).toBe('🇺🇸');
    expect(text.slice(ts.start[2], ts.end[2])).toBe('first');
  });

  it('covers a currency code with its amount', () => {
    for (const text of ['spent US$12 billion here', 'spent $US12 billion here', 'spent A$12 billion here']) {
      const ts = normalizeText(text);
      expect(text.slice(ts.start[1], ts.end[1])).toBe(text.split(' ').slice(1, 3).join(' '));
    }
  });

  it('covers a multi-word sum of money with one range', () => {
    const text = 'spent 10 billion dollars on it';
    const ts = normalizeText(text);
    expect(text.slice(ts.start[1], ts.end[1])).toBe('10 billion dollars');
  });

  it('covers a spelled-out contraction or sum with one range', () => {
    const text = 'they do not have ten billion dollars';
    const ts = normalizeText(text);
    const spans = Array.from({ length: ts.count }, (_, k) => text.slice(ts.start[k], ts.end[k]));
    expect(spans).toEqual(['they', 'do not', 'have', 'ten billion dollars']);
  });
});

describe('normalisation: other scripts', () => {
  it('folds case in other alphabets and keeps ideographs as words', () => {
    sameWords('ПРИВЕТ Мир', 'привет мир');
    expect(normalizeWords('星际之门 project')).toEqual(['星际之门', 'project']);
  });
});
