/**
 * Numbers as a language prints them: its own group and decimal separators ("500.000",
 * "500 000", "0,5"), any script's digits (full-width ５０００, Arabic-Indic ٥٠٠, Devanagari ५००),
 * Chinese and Japanese numerals alone or mixed with digits (五千, 5千), and spelled numbers the
 * pack lists ("vier", "quatro"). Scale words are read by the figure reader.
 */
import type { LanguagePack } from '../corpus/language-pack';

/** Zeros of the decimal digit blocks pages use; a digit's value is its distance from its zero. */
export const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xe50, 0xff10];

export function digitValue(c: number): number {
  for (const z of DIGIT_ZEROS) if (c >= z && c <= z + 9) return c - z;
  return -1;
}

/** Chinese/Japanese numerals below ten thousand: 一 … 九, 十, 百, 千 (and 两, 〇). */
const CJK_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CJK_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const CJK_NUMERALS = new Set([...Object.keys(CJK_DIGITS), ...Object.keys(CJK_UNITS)].map((c) => c.charCodeAt(0)));

export function isCjkNumeral(ch: string): boolean {
  return CJK_NUMERALS.has(ch.charCodeAt(0));
}

/** The value of a run of CJK numerals ("五千" 5000, "十" 10, "二十五" 25); NaN when it is not a number. */
export function cjkNumeralValue(run: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of run) {
    if (ch in CJK_DIGITS) {
      digit = digit >= 0 && digit * 10 < 1e4 ? digit * 10 + CJK_DIGITS[ch]! : CJK_DIGITS[ch]!;
    } else if (ch in CJK_UNITS) {
      total += (digit < 0 ? 1 : digit) * CJK_UNITS[ch]!;
      digit = -1;
    } else return NaN;
  }
  return total + (digit < 0 ? 0 : digit);
}

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Spelled ("vier") or CJK numerals: a number only where a scale, currency or unit follows. */
  needsUnit: boolean;
  /** A vague amount ("cientos de miles"): at least the value. */
  atLeast?: boolean;
}

const INDIAN = /^(?:[,\u066c]\d\d)+[,\u066c]\d{3}(?!\d)/;
const groupSets = new WeakMap<object, Set<string>>();
function groupsOf(pack: Pick<LanguagePack, 'numbers'>): Set<string> {
  let set = groupSets.get(pack.numbers);
  if (!set) {
    set = new Set([...pack.numbers.group, ARABIC_GROUP]);
    groupSets.set(pack.numbers, set);
  }
  return set;
}

/** Arabic's own separators read as such in every language. */
const ARABIC_GROUP = '\u066c';
const ARABIC_DECIMAL = '\u066b';
const SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && digitValue(text.charCodeAt(i)) >= 0;
}

function digitsOf(text: string, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String(digitValue(text.charCodeAt(i)));
  return s;
}

/**
 * The number of digits starting at i, in the pack's format: groups of three after a group
 * separator ("500.000", "500 000"), then a decimal part. A separator not followed by exactly
 * three digits ends the number, so "2025. 500" stays two numbers.
 */
export function readDigits(text: string, i: number, pack: Pick<LanguagePack, 'numbers'>): NumberToken | null {
  if (!isDigitAt(text, i) || (i > 0 && (isDigitAt(text, i - 1) || gluedToWord(text.charCodeAt(i - 1))))) return null;
  let j = i;
  while (isDigitAt(text, j)) j++;
  let intDigits = digitsOf(text, i, j);
  const groups = groupsOf(pack);
  // Indian grouping: "1,00,000" (lakh) and "10,00,00,000" (crore): pairs, then a last group of three.
  const indian = text[j] === ',' && isDigitAt(text, j + 2) && text[j + 3] === ',' ? INDIAN.exec(text.slice(j, j + 24)) : null;
  if (j - i <= 2 && indian && pack.numbers.group.includes(',')) {
    intDigits += indian[0].replace(/[,\u066c]/g, '');
    j += indian[0].length;
  } else if (j - i <= 3) {
    // Grouped thousands only after one to three leading digits.
    for (;;) {
      const sep = text[j];
      if (sep === undefined || !(groups.has(sep) || (SPACES.has(sep) && [...groups].some((g) => SPACES.has(g))))) break;
      let k = j + 1;
      while (k < j + 4 && isDigitAt(text, k)) k++;
      if (k !== j + 4 || isDigitAt(text, k)) break;
      intDigits += digitsOf(text, j + 1, k);
      j = k;
    }
  }
  let value = Number(intDigits);
  const dec = text[j];
  if ((dec === pack.numbers.decimal || dec === ARABIC_DECIMAL) && isDigitAt(text, j + 1) && !(groups.has(dec) && isThreeDigitGroup(text, j + 1))) {
    let k = j + 1;
    while (isDigitAt(text, k)) k++;
    value = Number(`${intDigits}.${digitsOf(text, j + 1, k)}`);
    j = k;
  }
  return { start: i, end: j, value, needsUnit: false };
}

/** A letter of a spaced script right before the digits ("X500", "B2B"): not a number of its own. CJK glues numbers to words. */
function gluedToWord(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // CJK glues numbers to words, and Arabic to its clitics ("بـ100").
  if (c >= 0x2e80 || (c >= 0x600 && c <= 0x6ff)) return false;
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;

function isThreeDigitGroup(text: string, i: number): boolean {
  return isDigitAt(text, i) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && !isDigitAt(text, i + 3);
}

/** A run of CJK numerals at i ("五千", "十"). */
export function readCjkNumerals(text: string, i: number): NumberToken | null {
  if (!isCjkNumeral(text[i]!) || (i > 0 && isCjkNumeral(text[i - 1]!))) return null;
  let j = i;
  while (j < text.length && isCjkNumeral(text[j]!)) j++;
  const value = cjkNumeralValue(text.slice(i, j));
  return Number.isFinite(value) && value > 0 ? { start: i, end: j, value, needsUnit: true } : null;
}
