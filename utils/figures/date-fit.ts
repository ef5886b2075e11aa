/**
 * How a date on the page fits an event's date, for tying the one to the other. A fit adds to the
 * words' evidence; a date that cannot be the event's rules it out. A day off either way may be
 * the time zone the page writes in (a Sydney paper's Thursday is Washington's Wednesday) or its
 * slip, and still dates the event, as differing; a date further off is another day, whatever the
 * words around it: "May 14, 2025" or "last week" in May does not date January's posts.
 */
import type { StoryEvent } from '../corpus/schema';
import type { DateMatch, DateResolution } from '../match/types';
import { daysBetween, isCalendarDay, isoDay, spanOf, spansMeet } from './calendar';
import type { DateMention } from './date-read';
import { resolvedDay, resolvedSpan } from './relative-dates';

const DATE_FITS = 2;
const DATE_CLASH = 3;
/** Days a date may be off an event's and still date it (as differing). */
export const DAY_SLACK = 1;

export interface Fit {
  score: number;
  /** The date is the event's very day: it beats an event the words favour a day off. */
  exact: boolean;
}

const NEUTRAL: Fit = { score: 0, exact: false };

/** A day against an event's full date: exact, within the slack, or another day (null). */
function dayFit(day: string, eventDay: string): Fit | null {
  const off = Math.abs(daysBetween(day, eventDay));
  if (off === 0) return { score: DATE_FITS, exact: true };
  return off <= DAY_SLACK ? NEUTRAL : null;
}

/**
 * A date the page writes out. Against an event's full date, a full date is a day (its year the
 * event's when it gives none); otherwise a fit adds, and a different year (or month, when the
 * page gives no day) takes away.
 */
export function absoluteFit(m: DateMention, event: StoryEvent): Fit | null {
  const ev = event.date;
  if (!ev) return NEUTRAL;
  if (m.month && m.day && ev.length === 10) {
    const day = isoDay(m.year || +ev.slice(0, 4), m.month, m.day);
    return isCalendarDay(day) ? dayFit(day, ev) : null;
  }
  const clash = [
    [m.year, 0, 4, -DATE_CLASH],
    [m.month, 5, 7, m.day ? 0 : -DATE_CLASH],
    [m.day, 8, 10, 0],
  ] as const;
  let compared = false;
  for (const [given, from, to, penalty] of clash) {
    if (!given || ev.length < to) continue;
    compared = true;
    if (+ev.slice(from, to) !== given) return { score: penalty, exact: false };
  }
  return compared ? { score: DATE_FITS, exact: false } : NEUTRAL;
}

/**
 * A relative date, as its resolution places it: only an event of a known date that its day (or
 * span: "last week", "last month") meets can be the one it dates.
 */
export function relativeFit(r: DateResolution | null, event: StoryEvent): Fit | null {
  if (!r || !event.date) return null;
  const day = resolvedDay(r);
  if (day && event.date.length === 10) return dayFit(day, event.date);
  return spansMeet(resolvedSpan(r), spanOf(event.date)) ? NEUTRAL : null;
}

/** A relative date tied to an event agrees when it falls on the event's day or span, else differs (a day off). */
export function relativeAgreement(r: DateResolution | null, event: StoryEvent | null): DateMatch['agreement'] {
  if (!event?.date) return 'unknown';
  const day = resolvedDay(r);
  return day && event.date.length === 10 && day !== event.date ? 'differs' : 'agrees';
}
