/**
 * Reads the dates and weekdays a page prints: "Jan 22, 2025", "22 January", "March 2024",
 * "in 2015", "Tuesday", "Wednesday evening", "early February", "the following day". A month
 * stands alone only written out and after a word that leads a date ("in November"): "By Jun Lee"
 * is a name.
 */
import { F_NUM, type TokenStream } from '../text/tokenize';
import { phraseAt, phraseHashes, wordSet } from '../text/words';
import { HashFilter } from '../text/hash';
import { MONTHS, WEEKDAYS, dayAt, isAbbreviatedMonth, monthAt, yearAt } from './dates-words';

const YEAR_LEADS = wordSet(['in', 'since', 'from', 'until', 'by', 'of', 'early', 'late', 'mid', 'around', 'before', 'after']);
const PART_OF_MONTH = wordSet(['early', 'late', 'mid']);
const PART_OF_DAY = wordSet(['morning', 'night', 'evening', 'afternoon']);
const RELATIVE = [
  'the following day', 'the next day', 'a day later', 'the day after', 'hours later', 'earlier this week',
  'later that day', 'this week', 'last week', 'last year', 'last month', 'this month', 'yesterday', 'today',
];

export interface DateMention {
  from: number;
  to: number;
  year: number;
  month: number;
  day: number;
  weekday: string | null;
  relative: boolean;
}

let relative: number[][] | null = null;

function readAt(ts: TokenStream, k: number): DateMention | null {
  const blank = { from: k, to: k + 1, year: 0, month: 0, day: 0, weekday: null, relative: false };
  const lead = k > 0 && PART_OF_MONTH.has(ts.hash[k - 1]!) ? k - 1 : k;
  const month = monthAt(ts, k);
  if (month) {
    const day = dayAt(ts, k + 1);
    if (day) {
      const year = yearAt(ts, k + 2);
      return { ...blank, from: lead, to: k + (year ? 3 : 2), month, day, year };
    }
    const year = yearAt(ts, k + 1);
    if (year) return { ...blank, from: lead, to: k + 2, month, year };
    const led = lead < k || (k > 0 && YEAR_LEADS.has(ts.hash[k - 1]!));
    if (led && !isAbbreviatedMonth(ts, k)) return { ...blank, from: lead, month };
    return null;
  }
  const day = dayAt(ts, k);
  if (day && monthAt(ts, k + 1)) {
    const year = yearAt(ts, k + 2);
    return { ...blank, to: k + (year ? 3 : 2), day, month: monthAt(ts, k + 1), year };
  }
  const weekday = WEEKDAYS.get(ts.hash[k]!);
  if (weekday) {
    const to = k + 1 < ts.count && PART_OF_DAY.has(ts.hash[k + 1]!) ? k + 2 : k + 1;
    return { ...blank, from: lead, to, weekday };
  }
  const year = yearAt(ts, k);
  if (year && k > 0 && YEAR_LEADS.has(ts.hash[k - 1]!) && !monthAt(ts, k - 1)) return { ...blank, year };
  relative ??= RELATIVE.map((p) => phraseHashes(p));
  for (const p of relative) if (phraseAt(ts, k, p)) return { ...blank, to: k + p.length, relative: true };
  return null;
}

let starts: HashFilter | null = null;
/** Words that can begin a date, as a bit filter (numbers pass by their flag). */
function dateStarts(): HashFilter {
  if (starts) return starts;
  starts = new HashFilter();
  for (const m of [MONTHS, WEEKDAYS]) for (const h of m.keys()) starts.add(h);
  for (const h of PART_OF_MONTH) starts.add(h);
  for (const p of RELATIVE) starts.add(phraseHashes(p)[0]!);
  return starts;
}

export function readDates(ts: TokenStream): DateMention[] {
  const out: DateMention[] = [];
  const filter = dateStarts();
  for (let k = 0; k < ts.count; k++) {
    if (!(ts.flags[k]! & F_NUM) && !filter.mayHave(ts.hash[k]!)) continue;
    const m = readAt(ts, k);
    if (m) {
      out.push(m);
      k = m.to - 1;
    }
  }
  return out;
}
