/**
 * Month and weekday names, and the test that keeps the numbers of a date ("Jan 22, 2025") out of
 * the figures.
 */
import { F_CAP, F_NUM, F_MONEY, type TokenStream } from '../text/tokenize';
import { wordMap, wordSet } from '../text/words';

export const MONTHS = wordMap({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});
/** Short or ambiguous month names count only when capitalised ("May", "Mar"). */
const AMBIGUOUS_MONTHS = wordSet(['may', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'sept', 'march']);

const ABBREVIATED_MONTHS = wordSet(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** "Jun", "Sept": a month only with a day or a year beside it. */
export function isAbbreviatedMonth(ts: TokenStream, k: number): boolean {
  return ABBREVIATED_MONTHS.has(ts.hash[k]!);
}

export const WEEKDAYS = wordMap({
  monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday',
  friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday',
});

/** "Tuesday's announcement": a weekday's possessive reads as one word, "tuesdays". */
export const WEEKDAY_POSSESSIVES = wordMap({
  mondays: 'Monday', tuesdays: 'Tuesday', wednesdays: 'Wednesday', thursdays: 'Thursday',
  fridays: 'Friday', saturdays: 'Saturday', sundays: 'Sunday',
});

/** The weekday a token names, its possessive included but not a plural ("on Tuesdays" is every week). */
export function weekdayAt(ts: TokenStream, k: number): string | undefined {
  const h = ts.hash[k]!;
  const possessive = WEEKDAY_POSSESSIVES.get(h);
  if (possessive) return /['’]s$/i.test(ts.text.slice(ts.start[k]!, ts.end[k]!)) ? possessive : undefined;
  return WEEKDAYS.get(h);
}

export function monthAt(ts: TokenStream, k: number): number {
  if (k < 0 || k >= ts.count) return 0;
  const m = MONTHS.get(ts.hash[k]!);
  if (m === undefined) return 0;
  if (AMBIGUOUS_MONTHS.has(ts.hash[k]!) && !(ts.flags[k]! & F_CAP)) return 0;
  return m;
}

/** A plain number that reads as a year. */
export function yearAt(ts: TokenStream, k: number): number {
  if (k < 0 || k >= ts.count) return 0;
  const f = ts.flags[k]!;
  if (!(f & F_NUM) || f & F_MONEY) return 0;
  const v = ts.values.get(k) ?? 0;
  const raw = ts.end[k]! - ts.start[k]!;
  return raw === 4 && Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : 0;
}

/** A plain number that reads as a day of the month. */
export function dayAt(ts: TokenStream, k: number): number {
  if (k < 0 || k >= ts.count) return 0;
  const f = ts.flags[k]!;
  if (!(f & F_NUM) || f & F_MONEY) return 0;
  const v = ts.values.get(k) ?? 0;
  return Number.isInteger(v) && v >= 1 && v <= 31 ? v : 0;
}

/** True for the day or the year of a date, and for bare years: numbers that are not figures. */
export function isDateNumber(ts: TokenStream, k: number): boolean {
  if (yearAt(ts, k)) return true;
  if (!dayAt(ts, k)) return false;
  return monthAt(ts, k - 1) > 0 || monthAt(ts, k + 1) > 0 || (monthAt(ts, k + 2) > 0 && ts.hash[k + 1] === OF_HASH);
}

const OF_HASH = [...wordSet(['of'])][0]!;
