/**
 * A language pack's words for figures, made ready for reading a page: each list longest first and
 * lower-cased, and tables of the characters they start with (one array read per character of a
 * page), with the helpers that find them at a place in the text.
 */
import type { LanguagePack } from '../corpus/language-pack';
import type { Qualifier } from '../corpus/schema';
import type { FigureUnit } from '../match/types';
import { isWordChar } from './phrases';
import { DIGIT_ZEROS } from './numbers';

export interface Word {
  text: string;
  value: number;
}

/** A pack's words made ready for reading figures: each list longest first, lower-cased. */
export interface FigureWords {
  pack: LanguagePack;
  scales: Word[];
  usd: string[];
  other: string[];
  units: Array<{ text: string; unit: FigureUnit }>;
  before: Array<{ text: string; means: Qualifier }>;
  after: Array<{ text: string; means: Qualifier }>;
  numberWords: Word[];
  ageAfter: string[];
  ageBefore: string[];
  cjk: boolean;
  /** The same lists as plain texts, and the first letters a spelled number can start with. */
  scaleTexts: string[];
  unitTexts: string[];
  afterTexts: string[];
  numberWordTexts: string[];
  /** 1 where a number can start: digits of any script, CJK numerals, spelled numbers' first letters. */
  starts: Uint8Array;
  /** 1 for each character a word that makes a number a figure starts with. */
  follow: Uint8Array;
  /** 1 for each character a fraction word, or a spelled or vague number, starts with. */
  fractionStarts: Uint8Array;
  wordStarts: Uint8Array;
  approximate: Word[];
  approximateTexts: string[];
  fractions: Word[];
  fractionTexts: string[];
}

const byLength = <T extends { text: string }>(a: T, b: T) => b.text.length - a.text.length;
const lowerList = (xs: readonly string[]) => [...new Set(xs.map((x) => x.toLowerCase()))].sort((a, b) => b.length - a.length);

export function figureWords(pack: LanguagePack): FigureWords {
  const lower = (s: string) => s.toLowerCase();
  const approximate = Object.entries(pack.approximateNumbers).map(([text, value]) => ({ text: lower(text), value })).sort(byLength);
  const fractions = Object.entries(pack.fractions).map(([text, value]) => ({ text: lower(text), value })).sort(byLength);
  const fw = {
    pack,
    scales: Object.entries(pack.scales).map(([text, value]) => ({ text: lower(text), value })).sort(byLength),
    usd: lowerList(pack.currency.usd),
    other: lowerList(pack.currency.other),
    units: Object.entries(pack.units).flatMap(([unit, ws]) => ws.map((text) => ({ text: lower(text), unit: unit as FigureUnit }))).sort(byLength),
    before: pack.qualifiers.filter((q) => q.position === 'before').map((q) => ({ text: lower(q.words), means: q.means })).sort(byLength),
    after: pack.qualifiers.filter((q) => q.position === 'after').map((q) => ({ text: lower(q.words), means: q.means })).sort(byLength),
    numberWords: Object.entries(pack.numberWords).map(([text, value]) => ({ text: lower(text), value })).sort(byLength),
    ageAfter: lowerList(pack.ageWords.filter((a) => a.position === 'after').map((a) => a.words)),
    ageBefore: lowerList(pack.ageWords.filter((a) => a.position === 'before').map((a) => a.words)),
    cjk: pack.script === 'Jpan' || pack.script === 'Hans' || pack.script === 'Hant',
  };
  return {
    ...fw,
    scaleTexts: fw.scales.map((x) => x.text),
    unitTexts: fw.units.map((x) => x.text),
    afterTexts: fw.after.map((x) => x.text),
    numberWordTexts: fw.numberWords.map((x) => x.text),
    fractionStarts: firstChars(fractions.map((x) => x.text)),
    wordStarts: firstChars([...fw.numberWords, ...approximate].map((x) => x.text)),
    follow: firstChars([fw.scales.map((x) => x.text), fw.usd, fw.other, fw.units.map((x) => x.text), fw.ageAfter, fw.after.map((x) => x.text)].flat()),
    starts: startsTable([...fw.numberWords, ...approximate, ...fractions].map((x) => x.text[0]!), fw.cjk),
    approximate,
    approximateTexts: approximate.map((x) => x.text),
    fractions,
    fractionTexts: fractions.map((x) => x.text),
  };
}

/** The first index from `i` whose character the table marks; `to` when none. A tight loop of its own, so it stays fast. */
export function nextMarked(s: string, i: number, to: number, table: Uint8Array): number {
  while (i < to && table[s.charCodeAt(i)] === 0) i++;
  return i;
}

export function firstChars(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(65536);
  for (const w of words) if (w.length > 0) table[w.charCodeAt(0)] = 1;
  return table;
}

/** The digit blocks of numbers.ts, CJK numerals and spelled numbers' first letters, as a table read once per character. */
function startsTable(firstLetters: string[], cjk: boolean): Uint8Array {
  const table = new Uint8Array(65536);
  for (const zero of DIGIT_ZEROS) table.fill(1, zero, zero + 10);
  for (const c of `${cjk ? '〇零一二三四五六七八九十百千两兩' : ''}${firstLetters.join('')}`) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Whether a scale, currency, unit or age word, or a bound, may start right after a number (one array read). */
export function mayFollow(lower: string, end: number, fw: FigureWords): boolean {
  let j = end;
  while (j < lower.length && j - end < 2 && GAP.test(lower[j]!)) j++;
  // A unit may stand a word or two on ("100.000 neue Arbeitsplätze"): spaced languages read on.
  return fw.follow[lower.charCodeAt(j)] === 1 || (fw.pack.spaced && j > end);
}

export const GAP = /[\s\u00a0\u202f\u2009-]/;

/** Index after the spaces (and a hyphen: "US-Dollar", "39-jährige") at i. */
export function skipGap(lower: string, i: number, max = 2): number {
  let j = i;
  while (j < lower.length && j - i < max && GAP.test(lower[j]!)) j++;
  return j;
}

/**
 * The longest word of `list` that starts at i and, in a spaced language, ends a word (a stem
 * may go on: `stem`). Returns its end, or -1.
 */
export function wordAt(lower: string, i: number, list: readonly string[], spaced: boolean, stem: boolean | number = false): { end: number; text: string } | null {
  for (const w of list) {
    if (!lower.startsWith(w, i)) continue;
    let end = i + w.length;
    if (spaced && isWordChar(w[w.length - 1]) && isWordChar(lower[end])) {
      if (stem === false) continue;
      while (isWordChar(lower[end])) end++;
      // A number of letters: the language's inflection ("миллиард|ах", "Milliarde|n").
      if (typeof stem === 'number' && end - i - w.length > stem) continue;
    }
    return { end, text: w };
  }
  return null;
}

/** The word of `list` that ends right at i (skipping spaces), for what stands before a number. */
export function wordBefore(lower: string, i: number, list: ReadonlyArray<{ text: string }>, spaced: boolean): { start: number; index: number } | null {
  let j = i;
  while (j > 0 && GAP.test(lower[j - 1]!) && i - j < 2) j--;
  for (let n = 0; n < list.length; n++) {
    const w = list[n]!.text;
    const s = j - w.length;
    if (s < 0 || !lower.startsWith(w, s)) continue;
    if (spaced && isWordChar(w[0]) && isWordChar(lower[s - 1])) continue;
    return { start: s, index: n };
  }
  return null;
}
