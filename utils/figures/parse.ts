/**
 * Reads the figures a page prints: money and counts with their scale words and units
 * ("$500 billion", "$100bn", "half a trillion", "a quarter of a billion dollars", "100,000 jobs",
 * "hundreds of thousands", "one tenth", "39-year-old") and the qualifier before each.
 */
import type { Qualifier } from '../corpus/schema';
import type { FigureUnit } from '../match/types';
import { F_CAP, F_FOREIGN, F_MONEY, F_NUM, F_PERCENT, G_HYPHEN, type TokenStream } from '../text/tokenize';
import { wordMap, wordSet } from '../text/words';
import { HashFilter } from '../text/hash';
import { qualifierBefore } from './qualifiers';
import { isDateNumber } from './dates-words';
import { NUMBER_WORDS as NUMBER_WORD_VALUES } from '../text/lexicon';
import { FOREIGN_CURRENCY_WORDS } from '../text/currency';

export interface FigureMention {
  /** Token range [from, to) including the qualifier. */
  from: number;
  to: number;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  /**
   * age: "39-year-old"; span: a stretch of time ("over the next four years", "a four-year
   * plan"); point: time before or after ("two years later"); else count.
   */
  form: FigureForm;
}

export type FigureForm = 'age' | 'span' | 'point' | 'count';

const NUMBER_WORDS = wordMap(NUMBER_WORD_VALUES);
const SCALES = wordMap({ hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
/** "hundreds of thousands": at least two of each. */
const PLURAL_SCALES = wordMap({ hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12, dozens: 12 });
const FRACTIONS = wordMap({ half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, tenth: 10, tenths: 10, fifth: 5, fifths: 5 });
const ARTICLES = wordSet(['a', 'an']);
const OF = wordSet(['of']);
const CURRENCY = wordSet(['dollars', 'dollar', 'usd']);
const FOREIGN_CURRENCY = wordSet(FOREIGN_CURRENCY_WORDS);
const UNITS: Map<number, FigureUnit> = wordMap<FigureUnit>({
  jobs: 'jobs', job: 'jobs', positions: 'jobs',
  years: 'years', year: 'years',
  companies: 'companies', company: 'companies', firms: 'companies', partners: 'companies', partner: 'companies',
  people: 'people', billionaires: 'people', employees: 'people', workers: 'people', executives: 'people',
  centers: 'data centers', datacenters: 'data centers', campuses: 'data centers',
});
/** Words that may stand between a count and its unit: "100,000 new American jobs". */
const UNIT_ADJECTIVES = wordSet(['new', 'american', 'us', 'direct', 'more', 'additional', 'data', 'tech', 'technology', 'major', 'big', 'ai', 'full', 'time', 'high', 'paying', 'of']);
const OLD = wordSet(['old']);
const SPAN_WORDS = wordSet(['over', 'within', 'in', 'for', 'during', 'across', 'throughout']);
const SPAN_FILLERS = wordSet(['the', 'next', 'coming', 'following', 'first']);
const POINT_WORDS = wordSet(['ago', 'later', 'earlier', 'before', 'after', 'since']);
/** A bare count takes the unit of a figure at most this many tokens before it. */
const INHERIT_REACH = 8;

function isArticle(ts: TokenStream, k: number): boolean {
  return k < ts.count && ARTICLES.has(ts.hash[k]!);
}

/** Reads the number that starts at k: its value, where it ends, whether it is money or a share. */
function readNumber(ts: TokenStream, k: number): { value: number; end: number; money: boolean; fraction: boolean; atLeast: boolean } | null {
  const h = ts.hash[k]!;
  let value: number;
  let j = k + 1;
  let money = false;
  let atLeast = false;
  if (ts.flags[k]! & F_NUM) {
    // A share is no amount, and money in another currency is never the corpus's dollars.
    if (ts.flags[k]! & (F_PERCENT | F_FOREIGN)) return null;
    value = ts.values.get(k) ?? 0;
    money = (ts.flags[k]! & F_MONEY) !== 0;
  } else if (NUMBER_WORDS.has(h)) {
    value = NUMBER_WORDS.get(h)!;
    if (j < ts.count && NUMBER_WORDS.has(ts.hash[j]!) && value >= 20 && value % 10 === 0) value += NUMBER_WORDS.get(ts.hash[j++]!)!;
  } else if (PLURAL_SCALES.has(h) && j + 1 < ts.count && OF.has(ts.hash[j]!) && PLURAL_SCALES.has(ts.hash[j + 1]!)) {
    value = 2 * PLURAL_SCALES.get(h)! * PLURAL_SCALES.get(ts.hash[j + 1]!)!;
    j += 2;
    atLeast = true;
  } else if (ARTICLES.has(h) && j < ts.count && (SCALES.has(ts.hash[j]!) || FRACTIONS.has(ts.hash[j]!))) {
    value = 1;
  } else if (FRACTIONS.get(h) === 2) {
    value = 1;
    j = k; // "half a trillion": the fraction is read below
  } else return null;
  // Fractions: "one tenth", "half a trillion", "a quarter of a billion".
  let fraction = false;
  if (j < ts.count && FRACTIONS.has(ts.hash[j]!) && !(ts.flags[k]! & F_NUM)) {
    value /= FRACTIONS.get(ts.hash[j]!)!;
    j++;
    fraction = true;
    if (OF.has(ts.hash[j]!) && isArticle(ts, j + 1) && SCALES.has(ts.hash[j + 2]!)) j += 2;
    else if (isArticle(ts, j) && SCALES.has(ts.hash[j + 1]!)) j += 1;
  }
  while (j < ts.count && SCALES.has(ts.hash[j]!)) {
    value *= SCALES.get(ts.hash[j++]!)!;
    fraction = false;
  }
  if (j < ts.count && CURRENCY.has(ts.hash[j]!)) {
    money = true;
    j++;
  } else if (j < ts.count && FOREIGN_CURRENCY.has(ts.hash[j]!)) return null;
  return { value, end: j, money, fraction, atLeast };
}

/** The unit after a count: "jobs", "years", "-year-old", "companies". */
function readUnit(ts: TokenStream, j: number): { unit: FigureUnit; end: number; form: FigureForm } | null {
  for (let q = j; q < Math.min(ts.count, j + 4); q++) {
    const u = UNITS.get(ts.hash[q]!);
    if (u) {
      if (u === 'years' && q === j && ts.gap[q] === G_HYPHEN) {
        if (OLD.has(ts.hash[q + 1]!)) return { unit: 'years', end: q + 2, form: 'age' };
        return { unit: 'years', end: q + 1, form: 'span' };
      }
      // "39 years old"
      if (u === 'years' && q === j && OLD.has(ts.hash[q + 1]!)) return { unit: 'years', end: q + 2, form: 'age' };
      const form = u === 'years' && POINT_WORDS.has(ts.hash[q + 1]!) ? 'point' : 'count';
      return { unit: u, end: q + 1, form };
    }
    if (!UNIT_ADJECTIVES.has(ts.hash[q]!)) return null;
  }
  return null;
}

const AGED = wordSet(['aged', 'age']);
const WHO = wordSet(['who']);
const IS = wordSet(['is', 'was', 'turned', 'now']);
const AGE_RANGE = [16, 110] as const;

/**
 * A number printed as someone's age without a unit: "aged 39", "Sam Altman, 39, replied",
 * "Altman, who is 39, has…". The apposition needs a capitalised name before the comma and a
 * comma, stop or bracket after it, so "in 2025, 39 companies" is not read as an age.
 */
function bareAge(ts: TokenStream, k: number, end: number, value: number): boolean {
  if (end !== k + 1 || !(ts.flags[k]! & F_NUM) || !Number.isInteger(value) || value < AGE_RANGE[0] || value > AGE_RANGE[1]) return false;
  if (k >= 1 && AGED.has(ts.hash[k - 1]!)) return true;
  const after = ts.text.slice(ts.end[k]!, ts.end[k]! + 2).trimStart()[0];
  if (after !== ',' && after !== '.' && after !== ')' && after !== ';') return false;
  const commaBefore = (q: number) => q >= 1 && /^\s*,\s*$/.test(ts.text.slice(ts.end[q - 1]!, ts.start[q]!));
  const name = (q: number) => q >= 0 && (ts.flags[q]! & F_CAP) !== 0 && !(ts.flags[q]! & F_NUM);
  if (commaBefore(k) && name(k - 1)) return true;
  return k >= 3 && IS.has(ts.hash[k - 1]!) && WHO.has(ts.hash[k - 2]!) && commaBefore(k - 2) && name(k - 3);
}

let starts: HashFilter | null = null;
/** Words that can begin a figure, as a bit filter: most tokens are rejected by one array read. */
function figureStarts(): HashFilter {
  if (starts) return starts;
  starts = new HashFilter();
  for (const m of [NUMBER_WORDS, PLURAL_SCALES, FRACTIONS]) for (const h of m.keys()) starts.add(h);
  for (const h of ARTICLES) starts.add(h);
  return starts;
}

/** "over", "within", "in the next": the words that make a number of years a stretch of time. */
function spanBefore(ts: TokenStream, k: number): boolean {
  let q = k - 1;
  while (q >= 0 && k - q <= 3 && SPAN_FILLERS.has(ts.hash[q]!)) q--;
  return q >= 0 && SPAN_WORDS.has(ts.hash[q]!);
}

/**
 * The unit a bare count takes from the figure just before it: "over 100,000 jobs. OpenAI spoke
 * of hundreds of thousands." Only counts that cannot be a date or a small ordinary number.
 */
function inheritedUnit(out: FigureMention[], k: number, value: number, vague: boolean): FigureUnit | null {
  const prev = out[out.length - 1];
  if (!prev || k - prev.to > INHERIT_REACH || !(vague || value >= 1000)) return null;
  return prev.unit === 'USD' || prev.unit === 'fraction' ? null : prev.unit;
}

/**
 * "100.000 jobs", "12.000 US-Dollar": a point before exactly three digits, with no scale word
 * after, is a thousands separator when a unit word names what is counted — nobody counts jobs,
 * or dollars by their currency word, to three decimals. "$1.500" keeps its decimals.
 */
function pointThousands(ts: TokenStream, k: number, value: number): number {
  if (!(ts.flags[k]! & F_NUM)) return value;
  const m = /^(\d{1,3})\.(\d{3})(?![\d.,])/.exec(ts.text.slice(ts.start[k]!, ts.end[k]!));
  if (!m || value !== Number(m[0])) return value;
  return Number(m[1]! + m[2]!);
}

export function readFigures(ts: TokenStream): FigureMention[] {
  const out: FigureMention[] = [];
  const filter = figureStarts();
  const H = ts.hash;
  const F = ts.flags;
  for (let k = 0; k < ts.count; k++) {
    if (!(F[k]! & F_NUM) && !filter.mayHave(H[k]!)) continue;
    if (isDateNumber(ts, k)) continue;
    const n = readNumber(ts, k);
    if (!n || n.end <= k) continue;
    let unit: FigureUnit;
    let end = n.end;
    let form: FigureForm = 'count';
    if (n.money) {
      unit = 'USD';
      n.value = pointThousands(ts, k, n.value);
    } else {
      const u = readUnit(ts, n.end);
      const inherited = u ? null : inheritedUnit(out, k, n.value, n.atLeast);
      if (u) {
        n.value = pointThousands(ts, k, n.value);
        unit = u.unit;
        end = u.end;
        form = u.form;
      } else if (bareAge(ts, k, n.end, n.value)) {
        unit = 'years';
        form = 'age';
      } else if (n.fraction) unit = 'fraction';
      else if (n.value >= 1e9) unit = 'USD'; // "half a trillion" in a money story is money
      else if (inherited) unit = inherited;
      else continue;
    }
    let q = qualifierBefore(ts, k);
    if (unit === 'years' && form === 'count' && spanBefore(ts, k)) {
      form = 'span';
      // "over four years" is a span of time, not "more than four years".
      if (q.qualifier === 'over') q = { qualifier: 'exact', from: k };
    }
    out.push({ from: q.from, to: end, value: n.value, unit, qualifier: n.atLeast && q.qualifier === 'exact' ? 'at least' : q.qualifier, form });
    k = end - 1;
  }
  return out;
}
