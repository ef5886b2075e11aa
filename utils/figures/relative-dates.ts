/**
 * Relative dates put on the calendar. "Tuesday", "yesterday", "last week" count from the page's
 * own date: in an article of 22 January 2025 "Tuesday" is 21 January, in one of May 2025 it is a
 * day in May. "The following day", "hours later" count from the date the text gave just before.
 * Only a date placed this way may date an event: the words alone say nothing of which week.
 */
import type { DateResolution, PageDate } from '../match/types';
import type { DateMention } from './date-read';
import { WEEKDAY_NAMES, mondayOf, shiftDays, shiftMonths, spanOf, weekdayIndex } from './calendar';

/** True for a date that counts from another: a relative phrase, or a weekday with no date beside it. */
export function isRelative(m: DateMention): boolean {
  return m.relative !== null || (m.weekday !== null && !m.month);
}

/** The day a weekday falls on: the latest on or before the page's day, or around it after "last" / "next". */
function weekdayFrom(anchor: string, weekday: string, lead: number): string {
  const back = (weekdayIndex(anchor) - WEEKDAY_NAMES.indexOf(weekday) + 7) % 7;
  if (lead > 0) return shiftDays(anchor, 7 - back);
  // "last Tuesday" on a Tuesday is a week ago, not today.
  return shiftDays(anchor, lead < 0 && back === 0 ? -7 : -back);
}

/**
 * Where a relative date falls. `textAnchor` is the last full date the text gave before it (never
 * the page's own byline date). With none, "hours later" counts from the page's date: a text that
 * names no day before tells of the days around its publication.
 */
export function resolveRelative(m: DateMention, page: PageDate, textAnchor: string | null): DateResolution | null {
  if (!m.relative) return m.weekday && !m.month ? { date: weekdayFrom(page.date, m.weekday, m.weekdayLead), from: page.from } : null;
  const r = m.relative;
  const fromText = r.anchor === 'text' && textAnchor !== null;
  const anchor = fromText ? textAnchor : page.date;
  const from = fromText ? 'text' : page.from;
  switch (r.span) {
    case 'day': {
      const date = shiftDays(anchor, r.offset);
      return r.days && r.days > 1 ? { date, until: shiftDays(date, r.days - 1), from } : { date, from };
    }
    case 'week': {
      const monday = shiftDays(mondayOf(anchor), 7 * r.offset);
      return { date: monday, until: r.untilAnchor ? anchor : shiftDays(monday, 6), from };
    }
    case 'month':
      return { date: shiftMonths(anchor, r.offset), from };
    case 'year':
      return { date: String(+anchor.slice(0, 4) + r.offset).padStart(4, '0'), from };
  }
}

/** The first and last day a resolution covers. */
export function resolvedSpan(r: DateResolution): [string, string] {
  return r.until ? [r.date, r.until] : spanOf(r.date);
}

/** The single day a resolution comes to, when it is one ("Tuesday", not "last week"). */
export function resolvedDay(r: DateResolution | null): string | null {
  return r && !r.until && r.date.length === 10 ? r.date : null;
}
