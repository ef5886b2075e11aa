/**
 * Reads the figures a page prints in its own language: a number in the language's format, its
 * scale words ("Milliarden", "mil millones", "億", "млрд"), its currency before or after it
 * ("US$ 500 bilhões", "5000億ドル", "500 مليار دولار") and what it counts ("100.000
 * Arbeitsplätze", "10万人の雇用", "quatro anos"), with the bound the language puts before or
 * after it ("deutlich weniger als", "未満"). An amount in another currency ("約78兆円", "(rund 480
 * Milliarden Euro)") is the page's own conversion of a figure, not a figure: it is skipped.
 */
import type { Qualifier } from '../corpus/schema';
import type { FigureUnit } from '../match/types';
import type { FigureForm } from '../figures/parse';
import { isWordChar } from './phrases';
import { GAP, mayFollow, nextMarked, skipGap, wordAt, wordBefore, type FigureWords } from './figure-words';
import { readCjkNumerals, readDigits, type NumberToken } from './numbers';

export interface LocalFigure {
  /** Character range [start, end) of the number and its words, qualifier included. */
  start: number;
  end: number;
  /** Where the number itself starts (after a bound before it). */
  numberStart: number;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  form: FigureForm;
}

function numberAt(text: string, lower: string, i: number, fw: FigureWords): NumberToken | null {
  const digits = readDigits(text, i, fw.pack);
  if (digits) return digits;
  if (fw.cjk) {
    const cjk = readCjkNumerals(text, i);
    if (cjk) return cjk;
  }
  if (fw.wordStarts[lower.charCodeAt(i)] === 1 && (!fw.pack.spaced || !isWordChar(lower[i - 1]))) {
    const a = wordAt(lower, i, fw.approximateTexts, fw.pack.spaced, true);
    if (a) return { start: i, end: a.end, value: fw.approximate.find((x) => x.text === a.text)!.value, needsUnit: true, atLeast: true };
    const w = wordAt(lower, i, fw.numberWordTexts, fw.pack.spaced);
    if (w) return { start: i, end: w.end, value: fw.numberWords.find((x) => x.text === w.text)!.value, needsUnit: true };
  }
  return null;
}

/**
 * Scale words after a number, multiplied ("5千億" = 5 × 10³ × 10⁸) or, where a smaller number and
 * scale follow a larger one, added ("1兆5000億").
 */
function readScales(text: string, lower: string, n: NumberToken, fw: FigureWords): { value: number; end: number; scaled: boolean } {
  let value = n.value;
  let end = n.end;
  let scaled = false;
  let lastScale = Infinity;
  for (;;) {
    const at = skipGap(lower, end, 1);
    const s = wordAt(lower, at, fw.scaleTexts, fw.pack.spaced, fw.pack.inflection);
    if (!s) break;
    const scale = fw.scales.find((x) => x.text === s.text)!.value;
    value *= scale;
    end = s.end;
    scaled = true;
    if (!fw.cjk && fw.pack.spaced) continue;
    // "1兆5000億": the next number with a smaller scale adds to this one.
    lastScale = Math.min(lastScale, scale);
    const next = numberAt(text, lower, end, fw);
    if (!next) continue;
    const nextScale = wordAt(lower, next.end, fw.scaleTexts, false);
    const v = nextScale ? fw.scales.find((x) => x.text === nextScale.text)!.value : 0;
    if (!nextScale || v >= lastScale) break;
    value += next.value * v;
    end = nextScale.end;
    lastScale = v;
  }
  return { value, end, scaled };
}

/** What follows the amount: the dollar, another currency, or a unit a few words on. */
function readWhat(lower: string, end: number, fw: FigureWords): { kind: 'usd' | 'other' | 'unit' | 'age' | null; end: number; unit?: FigureUnit } {
  const spaced = fw.pack.spaced;
  const at = skipGap(lower, end);
  // The currency may follow a short linking word: "500 mil millones de dólares", "480 miliardi di euro".
  const link = spaced ? /^[\p{L}]{1,3}[\s\u00a0]+/u.exec(lower.slice(at, at + 6)) : null;
  for (const from of link ? [at, at + link[0].length] : [at]) {
    const usd = wordAt(lower, from, fw.usd, spaced, true);
    if (usd) return { kind: 'usd', end: usd.end };
    const other = wordAt(lower, from, fw.other, spaced, true);
    if (other) return { kind: 'other', end: other.end };
  }
  const age = wordAt(lower, at, fw.ageAfter, spaced, true);
  if (age) return { kind: 'age', end: age.end };
  // A unit may stand a couple of words on ("100.000 neue Arbeitsplätze", "10万人の雇用").
  let q = at;
  for (let hop = 0; hop < 3 && q < lower.length; hop++) {
    const u = wordAt(lower, q, fw.unitTexts, spaced, true);
    if (u) return { kind: 'unit', end: u.end, unit: fw.units.find((x) => x.text === u.text)!.unit };
    if (spaced) {
      let k = q;
      while (k < lower.length && isWordChar(lower[k])) k++;
      // Never past another number: "500 mld in quattro anni" is not 500 billion years.
      if (k === q || k - q > 14 || fw.numberWordTexts.includes(lower.slice(q, k)) || /\d/.test(lower.slice(q, k))) break;
      q = skipGap(lower, k, 1);
      if (q === k) break;
    } else {
      if (!isWordChar(lower[q])) break;
      q++;
    }
  }
  return { kind: null, end };
}

/** Characters within which a bare count takes the unit of the figure before it ("数十万个岗位……超过 10 万个"). */
const INHERIT_REACH = 60;

function inheritable(out: readonly LocalFigure[], start: number): boolean {
  const prev = out[out.length - 1];
  return prev !== undefined && start - prev.end <= INHERIT_REACH && (prev.unit === 'jobs' || prev.unit === 'people');
}

/** A dollar sign or code right before a number ("US$500", "USD 500", "$ 500"): checked by character first. */
function signBefore(text: string, start: number): boolean {
  let j = start - 1;
  if (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0) j--;
  const c = text.charCodeAt(j);
  return (c === 0x24 || c === 0xff04 || c === 0x44) && SIGN_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

const SIGN_BEFORE = /(?:US\$|U\$S|USD|\$|＄)\s?$/;

export function readLocalFigures(text: string, lower: string, fw: FigureWords, from = 0, to = text.length): LocalFigure[] {
  const out: LocalFigure[] = [];
  let next = from;
  // Only where a number can start: a digit, a CJK numeral, or a spelled number's first letter.
  for (let i = nextMarked(lower, from, to, fw.starts); i < to; i = nextMarked(lower, i + 1, to, fw.starts)) {
    if (i < next) continue;
    const fraction = fw.fractionStarts[lower.charCodeAt(i)] === 1 ? readFraction(lower, i, fw) : null;
    if (fraction) {
      const bound = boundAround(lower, fraction.start, fraction.end, fw);
      out.push({ start: bound.start, end: bound.end, numberStart: fraction.start, value: fraction.value, unit: 'fraction', qualifier: bound.qualifier, form: 'count' });
      next = fraction.end;
      continue;
    }
    const n = numberAt(text, lower, i, fw);
    if (!n) continue;
    // Most numbers of a page are bare (dates, scores, page numbers): nothing that makes a figure follows.
    if (!mayFollow(lower, n.end, fw) && !signBefore(text, n.start)) continue;
    const scaled = readScales(text, lower, n, fw);
    const what = readWhat(lower, scaled.end, fw);
    const sign = SIGN_BEFORE.exec(text.slice(Math.max(0, n.start - 5), n.start));
    const signStart = sign ? n.start - sign[0].length : n.start;
    next = Math.max(next, what.kind ? what.end : scaled.end);
    if (what.kind === 'other') continue;
    let unit: FigureUnit;
    let form: FigureForm = 'count';
    let end = scaled.end;
    if (what.kind === 'usd' || sign) {
      unit = 'USD';
      if (what.kind === 'usd') end = what.end;
    } else if ((what.kind === 'unit' || what.kind === 'age') && !(scaled.value >= 1e6 && (what.kind === 'age' || what.unit === 'years'))) {
      unit = what.kind === 'age' ? 'years' : what.unit!;
      form = what.kind === 'age' ? 'age' : 'count';
      end = what.end;
      if (!scaled.scaled && unit === 'years' && n.value >= 1900 && n.value <= 2100) continue; // a year: "2025年"
    } else if (scaled.scaled && scaled.value >= 1e9) unit = 'USD';
    else if ((scaled.scaled || n.atLeast) && inheritable(out, n.start)) unit = out[out.length - 1]!.unit;
    else continue;
    if (n.needsUnit && !scaled.scaled && !what.kind) continue;
    // "ein Rechenzentrum", "un único centro": one, spelled, is an article, not a count.
    if (n.needsUnit && !n.atLeast && n.value === 1 && !scaled.scaled) continue;
    if (unit === 'years' && form === 'count' && wordBefore(lower, signStart, fw.ageBefore.map((t) => ({ text: t })), fw.pack.spaced)) form = 'age';
    const bound = boundAround(lower, signStart, end, fw, scaled.end);
    const qualifier = n.atLeast && bound.qualifier === 'exact' ? 'at least' : bound.qualifier;
    out.push({ start: bound.start, end: bound.end, numberStart: n.start, value: scaled.value, unit, qualifier, form });
  }
  return out;
}

/**
 * The bound before the figure, or after it: right after the amount ("10万人以上の雇用") or after
 * its unit ("100億ドル未満").
 */
function boundAround(lower: string, start: number, end: number, fw: FigureWords, amountEnd = end): { start: number; end: number; qualifier: Qualifier } {
  const before = wordBefore(lower, start, fw.before, fw.pack.spaced);
  if (before) return { start: before.start, end, qualifier: fw.before[before.index]!.means };
  for (const from of amountEnd < end ? [end, amountEnd] : [end]) {
    const after = wordAt(lower, skipGap(lower, from, 1), fw.afterTexts, fw.pack.spaced, true);
    if (after) return { start, end: Math.max(end, after.end), qualifier: fw.after.find((x) => x.text === after.text)!.means };
  }
  return { start, end, qualifier: 'exact' };
}

/** A share in words at i ("Zehntel", "十分之一"), with the "one"/"a" before it ("ein Zehntel"). */
function readFraction(lower: string, i: number, fw: FigureWords): { start: number; end: number; value: number } | null {
  if (fw.pack.spaced && isWordChar(lower[i - 1])) return null;
  const f = wordAt(lower, i, fw.fractionTexts, fw.pack.spaced, true);
  if (!f) return null;
  let start = i;
  const before = /([\p{L}]+)[\s\u00a0]+$/u.exec(lower.slice(Math.max(0, i - 16), i));
  if (before && fw.numberWords.some((w) => w.text === before[1] && w.value === 1)) start = i - before[0].length;
  return { start, end: f.end, value: fw.fractions.find((x) => x.text === f.text)!.value };
}
