/**
 * Per-character tables for the tokenizer: a class for every BMP code unit and the folded
 * (lower-cased, accent-free, compatibility-decomposed) code unit it hashes as. Built once, lazily,
 * so the scanner does two array reads per character and never allocates.
 */

export const C_OTHER = 0; // punctuation with no meaning for matching
export const C_LETTER = 1;
export const C_DIGIT = 2;
export const C_SPACE = 3;
export const C_NEWLINE = 4;
export const C_APOS = 5; // ' ’ ‘ ´ ` ′ ʼ: apostrophe inside a word, single quote outside
export const C_DQUOTE = 6; // " “ ” „ ″ « » ‟
export const C_DASH = 7;
export const C_PERIOD = 8;
export const C_COMMA = 9;
export const C_OPEN = 10; // ( [ {
export const C_CLOSE = 11;
export const C_CURRENCY = 12;
export const C_SENTENCE = 13; // ! ? ; :
export const C_SURROGATE = 14; // high surrogate: emoji and other astral characters
export const C_MARK = 15; // combining marks and joiners: invisible inside a word
export const C_PERCENT = 16;
/** Set on letters that are upper case in the original, for capitalisation cues. */
export const UPPER_BIT = 0x80;
export const CLASS_MASK = 0x7f;

/** FOLD value for characters that fold to more than one character (ligatures, ß, æ). */
export const FOLD_EXPANDS = 0xffff;

let classTable: Uint8Array | null = null;
let foldTable: Uint16Array | null = null;
const expansions = new Map<number, string>();

const DQUOTES = '"“”„‟″«»〝〞＂';
const APOSTROPHES = "'’‘‛´`′ʼʻ＇";
const DASHES = '-‐‑‒–—―−﹘﹣－';
const CURRENCIES = '$£€¥₹';

function build(): void {
  const cls = new Uint8Array(65536);
  const fold = new Uint16Array(65536);
  const letter = /\p{L}/u;
  const digit = /\p{Nd}/u;
  const mark = /\p{M}|\p{Cf}/u;
  const space = /\s/u;
  for (let c = 0; c < 65536; c++) {
    fold[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      cls[c] = c <= 0xdbff ? C_SURROGATE : C_MARK;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (c < 128) {
      if (c >= 97 && c <= 122) cls[c] = C_LETTER;
      else if (c >= 65 && c <= 90) {
        cls[c] = C_LETTER | UPPER_BIT;
        fold[c] = c + 32;
      } else if (c >= 48 && c <= 57) cls[c] = C_DIGIT;
      else if (c === 10 || c === 13) cls[c] = C_NEWLINE;
      else if (c === 32 || c === 9 || c === 11 || c === 12) cls[c] = C_SPACE;
      else cls[c] = C_OTHER;
      continue;
    }
    if (c === 0x2028 || c === 0x2029 || c === 0x85) cls[c] = C_NEWLINE;
    else if (space.test(ch)) cls[c] = C_SPACE;
    else if (mark.test(ch)) cls[c] = C_MARK;
    else if (letter.test(ch) || digit.test(ch)) {
      const lower = ch.toLowerCase();
      const base = lower.normalize('NFKD').replace(/\p{M}/gu, '');
      const isUpper = lower !== ch;
      if (digit.test(ch)) {
        cls[c] = base.length === 1 && base >= '0' && base <= '9' ? C_DIGIT : C_LETTER;
      } else cls[c] = C_LETTER | (isUpper ? UPPER_BIT : 0);
      if (base.length === 1) fold[c] = base.charCodeAt(0);
      else if (base.length > 1 && base.length <= 4 && /^[\p{L}\p{Nd}]+$/u.test(base)) {
        fold[c] = FOLD_EXPANDS;
        expansions.set(c, base);
      } else if (lower.length === 1) fold[c] = lower.charCodeAt(0);
    } else cls[c] = C_OTHER;
  }
  const set = (chars: string, k: number) => {
    for (const ch of chars) cls[ch.charCodeAt(0)] = k;
  };
  set(DQUOTES, C_DQUOTE);
  set(APOSTROPHES, C_APOS);
  set(DASHES, C_DASH);
  set('.．。', C_PERIOD);
  set(',，', C_COMMA);
  set('([{（［', C_OPEN);
  set(')]}）］', C_CLOSE);
  set(CURRENCIES, C_CURRENCY);
  set('!?;:！？；：', C_SENTENCE);
  set('%％', C_PERCENT);
  // Joiners and variation selectors sit inside emoji sequences and words alike.
  for (const c of [0x200b, 0x200c, 0x200d, 0xfe0e, 0xfe0f, 0x00ad, 0x2060]) cls[c] = C_MARK;
  classTable = cls;
  foldTable = fold;
}

export function charClasses(): Uint8Array {
  if (!classTable) build();
  return classTable!;
}

export function foldCodes(): Uint16Array {
  if (!foldTable) build();
  return foldTable!;
}

/** The folded characters of a character that expands (ligature, ß → ss). */
export function expansionOf(code: number): string {
  return expansions.get(code) ?? '';
}

/** Folds a string the way the tokenizer folds each character (for building tables). */
export function foldString(s: string): string {
  const fold = foldCodes();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = fold[s.charCodeAt(i)]!;
    out += f === FOLD_EXPANDS ? expansionOf(s.charCodeAt(i)) : String.fromCharCode(f);
  }
  return out;
}
