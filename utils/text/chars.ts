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
export const C_APOS = 5; // ' ’ ‘ ‚ ´ ` ′ ʼ: apostrophe inside a word, single quote outside
export const C_DQUOTE = 6; // quotation marks that are never apostrophes: " “ ” „ ″ « » ‹ › 「 」 ‟
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

const DQUOTES = '"“”„‟″«»‹›「」『』〝〞＂';
const APOSTROPHES = "'’‘‚‛´`′ʼʻ＇";
const DASHES = '-‐‑‒–—―−﹘﹣－';
const CURRENCIES = '$£€¥₹';

/** Large blocks of caseless letters that fold to themselves: no need to decompose each. */
function isPlainIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3);
}

/**
 * The code units the regexes need to see, as one string, with a map back to code units. Large
 * blocks of ideographs are letters without asking; private use has no letters.
 */
const SCANNED: Array<[number, number]> = [
  [0x80, 0x3400],
  [0x4dc0, 0x4e00],
  [0xa4d0, 0xac00],
  [0xd7a4, 0xd800],
  [0xf900, 0x10000],
];

function scannedCodeUnits(): { text: string; codes: Uint16Array } {
  const total = SCANNED.reduce((n, [a, b]) => n + b - a, 0);
  const codes = new Uint16Array(total);
  let i = 0;
  for (const [a, b] of SCANNED) for (let c = a; c < b; c++) codes[i++] = c;
  let text = '';
  for (let q = 0; q < total; q += 4096) text += String.fromCharCode.apply(null, Array.from(codes.subarray(q, q + 4096)));
  return { text, codes };
}

function classifyDigit(c: number, cls: Uint8Array, fold: Uint16Array): void {
  const base = String.fromCharCode(c).normalize('NFKD');
  cls[c] = base >= '0' && base <= '9' && base.length === 1 ? C_DIGIT : C_LETTER;
  if (base.length === 1) fold[c] = base.charCodeAt(0);
}

/** Lower case, compatibility decomposition, accents dropped: "É" → "e", "ﬁ" → "fi". */
function classifyLetter(c: number, cls: Uint8Array, fold: Uint16Array): void {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  cls[c] = C_LETTER | (lower !== ch ? UPPER_BIT : 0);
  if (base.length === 1) fold[c] = base.charCodeAt(0);
  else if (base.length > 1 && base.length <= 4 && /^[\p{L}\p{Nd}]+$/u.test(base)) {
    fold[c] = FOLD_EXPANDS;
    expansions.set(c, base);
  } else if (lower.length === 1) fold[c] = lower.charCodeAt(0);
}

function build(): void {
  const cls = new Uint8Array(65536);
  const fold = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) fold[c] = c;
  for (let c = 0xd800; c <= 0xdfff; c++) cls[c] = c <= 0xdbff ? C_SURROGATE : C_MARK;
  for (let c = 0; c < 128; c++) {
    if (c >= 97 && c <= 122) cls[c] = C_LETTER;
    else if (c >= 65 && c <= 90) {
      cls[c] = C_LETTER | UPPER_BIT;
      fold[c] = c + 32;
    } else if (c >= 48 && c <= 57) cls[c] = C_DIGIT;
    else if (c === 10 || c === 13) cls[c] = C_NEWLINE;
    else if (c === 32 || c === 9 || c === 11 || c === 12) cls[c] = C_SPACE;
  }
  for (let c = 0; c < 65536; c++) if (isPlainIdeograph(c)) cls[c] = C_LETTER;
  const { text, codes } = scannedCodeUnits();
  // One regex pass classifies the rest of the non-ASCII code units.
  for (const m of text.matchAll(/(\s)|([\p{M}\p{Cf}])|(\p{Nd})|(\p{L})/gu)) {
    const c = codes[m.index!]!;
    if (m[1]) cls[c] = C_SPACE;
    else if (m[2]) cls[c] = C_MARK;
    else if (m[3]) classifyDigit(c, cls, fold);
    else classifyLetter(c, cls, fold);
  }
  for (const c of [0x2028, 0x2029, 0x85]) cls[c] = C_NEWLINE;
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
