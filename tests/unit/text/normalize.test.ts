import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWords } from '../../../utils/text/normalize';

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
