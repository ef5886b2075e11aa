/**
 * Reads the dates and weekdays a page prints: "Jan 22, 2025", "22 January", "March 2024",
 * "in 2015", "Tuesday", "Wednesday evening", "early February", "the following day". A month
 * stands alone only written out and after a word that leads a date ("in November"): "By Jun Lee"
 * is a name.
 */
import { F_NUM, G_BLOCK, G_SENTENCE, type TokenStream } from '../text/tokenize';
import { phraseAt, phraseHashes, wordMap, wordSet } from '../text/words';
import { HashFilter } from '../text/hash';
import { MONTHS, WEEKDAYS, WEEKDAY_POSSESSIVES, dayAt, isAbbreviatedMonth, monthAt, weekdayAt, yearAt } from './dates-words';

const YEAR_LEADS = wordSet(['in', 'since', 'from', 'until', 'by', 'of', 'early', 'late', 'mid', 'around', 'before', 'after']);
const PART_OF_MONTH = wordSet(['early', 'late', 'mid']);
const PART_OF_DAY = wordSet(['morning', 'night', 'evening', 'afternoon']);
/**
 * A date that counts from another: from the page's own date ("last week", "yesterday") or from
 * the date the text gave just before ("the following day"). `offset` is in units of `span`;
 * `untilAnchor` ends the span at the anchor ("earlier this week" is not the days to come).
 */
export interface RelativeDate {
  anchor: 'page' | 'text';
  span: 'day' | 'week' | 'month' | 'year';
  offset: number;
  untilAnchor?: boolean;
  /** Days a 'day' may run into: "hours later" may be past midnight. */
  days?: number;
}

const RELATIVE: ReadonlyArray<[string, RelativeDate]> = [
  ['the following day', { anchor: 'text', span: 'day', offset: 1 }],
  ['the next day', { anchor: 'text', span: 'day', offset: 1 }],
  ['a day later', { anchor: 'text', span: 'day', offset: 1 }],
  ['the day after', { anchor: 'text', span: 'day', offset: 1 }],
  ['hours later', { anchor: 'text', span: 'day', offset: 0, days: 2 }],
  ['later that day', { anchor: 'text', span: 'day', offset: 0 }],
  ['earlier this week', { anchor: 'page', span: 'week', offset: 0, untilAnchor: true }],
  ['this week', { anchor: 'page', span: 'week', offset: 0 }],
  ['last week', { anchor: 'page', span: 'week', offset: -1 }],
  ['last year', { anchor: 'page', span: 'year', offset: -1 }],
  ['last month', { anchor: 'page', span: 'month', offset: -1 }],
  ['this month', { anchor: 'page', span: 'month', offset: 0 }],
  ['yesterday', { anchor: 'page', span: 'day', offset: -1 }],
  ['today', { anchor: 'page', span: 'day', offset: 0 }],
];
/** "last Tuesday" is the one before the page's day, "next Tuesday" one after it. */
const WEEKDAY_LEADS = wordMap({ last: -1, next: 1 });

export interface DateMention {
  from: number;
  to: number;
  year: number;
  month: number;
  day: number;
  weekday: string | null;
  /** For a weekday alone: -1 after "last", 1 after "next", else 0. */
  weekdayLead: number;
  /** Set for a date that counts from another ("last week", "the following day"). */
  relative: RelativeDate | null;
}

let relative: Array<[number[], RelativeDate]> | null = null;

function readAt(ts: TokenStream, k: number): DateMention | null {
  const blank: DateMention = { from: k, to: k + 1, year: 0, month: 0, day: 0, weekday: null, weekdayLead: 0, relative: null };
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
  const weekday = weekdayAt(ts, k);
  if (weekday) {
    const to = k + 1 < ts.count && PART_OF_DAY.has(ts.hash[k + 1]!) ? k + 2 : k + 1;
    const weekdayLead = k > 0 ? WEEKDAY_LEADS.get(ts.hash[k - 1]!) ?? 0 : 0;
    // "Tuesday, January 21": one date, which the weekday only names (not across a sentence's end).
    const dated = to === k + 1 && to < ts.count && !(ts.gap[to]! & (G_SENTENCE | G_BLOCK)) ? readAt(ts, to) : null;
    if (dated && dated.month && dated.day && !dated.weekday) return { ...dated, from: lead, weekday };
    return { ...blank, from: weekdayLead ? k - 1 : lead, to, weekday, weekdayLead };
  }
  const year = yearAt(ts, k);
  if (year && k > 0 && YEAR_LEADS.has(ts.hash[k - 1]!) && !monthAt(ts, k - 1)) return { ...blank, year };
  relative ??= RELATIVE.map(([p, r]) => [phraseHashes(p), r]);
  for (const [p, r] of relative) if (phraseAt(ts, k, p)) return { ...blank, to: k + p.length, relative: r };
  return null;
}

let starts: HashFilter | null = null;
/** Words that can begin a date, as a bit filter (numbers pass by their flag). */
function dateStarts(): HashFilter {
  if (starts) return starts;
  starts = new HashFilter();
  for (const m of [MONTHS, WEEKDAYS, WEEKDAY_POSSESSIVES]) for (const h of m.keys()) starts.add(h);
  for (const h of PART_OF_MONTH) starts.add(h);
  for (const [p] of RELATIVE) starts.add(phraseHashes(p)[0]!);
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
