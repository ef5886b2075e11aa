/**
 * The page's own date as its text prints it, for a page whose markup gives none: a wire dateline
 * ("WASHINGTON, Jan. 22 (Reuters) -"), a byline ("By Ann Lee · January 23, 2025",
 * "22 January 2025 | Technology"), "Published January 22, 2025", or a date alone on its line
 * before any other date. A date the page says it was updated on counts only when it gives no
 * other: relative dates in the text were written when it was first published.
 */
import { F_CAP, G_BLOCK, type TokenStream } from '../text/tokenize';
import { wordSet } from '../text/words';
import type { PageDate } from '../match/types';
import { isCalendarDay, isoDay, todayIso, weekdayOf } from './calendar';
import { readDates, type DateMention } from './date-read';
import { blockOf, isPublicationDate } from './date-place';

const LATER_VERBS = wordSet(['updated', 'edited', 'modified', 'amended', 'corrected']);
const ON = wordSet(['on']);
/** A wire dateline opens its paragraph with a place in capitals: "SAN FRANCISCO, Jan. 22 (Reuters) —". */
const PLACE_MAX_TOKENS = 4;
/** After the date: the agency in brackets, or the dash before the story. */
const WIRE_TAIL = /^[\s,.]*(?:\(|[-–—:])/;
/** A time may follow a date alone on its line ("January 23, 2025 9:41 AM ET"). */
const LONE_DATE_EXTRA_TOKENS = 4;

/** Years looked back for one where a dateline's weekday and day meet ("Wednesday, Jan 22"). */
const WEEKDAY_YEARS = 12;

/**
 * The mention as a day: its own year, else the latest year not after `today` in which the day
 * falls on the weekday printed before it, else the latest such day not after `today`.
 */
function dayOf(m: DateMention, weekday: string | null, today: string): string | null {
  if (!m.month || !m.day) return null;
  let year = m.year;
  if (!year) {
    year = +today.slice(0, 4);
    if (isoDay(year, m.month, m.day) > today) year -= 1;
    const fits = (y: number) => isCalendarDay(isoDay(y, m.month, m.day)) && weekdayOf(isoDay(y, m.month, m.day)) === weekday;
    if (weekday) for (let y = year; y > year - WEEKDAY_YEARS; y--) if (fits(y)) return isoDay(y, m.month, m.day);
  }
  const iso = isoDay(year, m.month, m.day);
  return isCalendarDay(iso) ? iso : null;
}

function isWireDateline(ts: TokenStream, m: DateMention): boolean {
  const [lo] = blockOf(ts, m.from);
  if (m.from - lo < 1 || m.from - lo > PLACE_MAX_TOKENS) return false;
  for (let k = lo; k < m.from; k++) if (!(ts.flags[k]! & F_CAP)) return false;
  if (!/,\s*$/.test(ts.text.slice(ts.end[m.from - 1]!, ts.start[m.from]!))) return false;
  const after = m.to < ts.count ? ts.text.slice(ts.end[m.to - 1]!, ts.start[m.to]!) : '';
  return WIRE_TAIL.test(after);
}

/** A date alone on its line ("Wednesday, January 22, 2025"). */
/** The page's own date in its text, which dates no event: a byline's, "Published …", a wire dateline's. */
export function isOwnDate(ts: TokenStream, m: DateMention): boolean {
  return isPublicationDate(ts, m.from) || isWireDateline(ts, m);
}

function isLoneDate(ts: TokenStream, m: DateMention): boolean {
  const [lo, hi] = blockOf(ts, m.from);
  return lo === m.from && hi - m.to <= LONE_DATE_EXTRA_TOKENS && (hi === ts.count || (ts.gap[hi]! & G_BLOCK) !== 0);
}

/** "Updated January 25" or "Updated on January 25": the verb just before the date. */
function saysUpdated(ts: TokenStream, from: number): boolean {
  const verb = from > 0 && ON.has(ts.hash[from - 1]!) ? from - 2 : from - 1;
  return verb >= 0 && LATER_VERBS.has(ts.hash[verb]!);
}

/**
 * The page's date (YYYY-MM-DD) from its text, or null. `today` gives a year to a dateline without
 * one; `mentions` are the text's dates when the caller has read them already.
 */
export function readDateline(ts: TokenStream, today: string, mentions: readonly DateMention[] = readDates(ts)): string | null {
  let updated: string | null = null;
  for (const [i, m] of mentions.entries()) {
    const day = dayOf(m, m.weekday, today);
    if (!day) continue;
    // Only the page's first date may stand alone as its date: later ones head a timeline's entries.
    const own = isOwnDate(ts, m) || (i === 0 && isLoneDate(ts, m));
    if (!own) continue;
    if (!saysUpdated(ts, m.from)) return day;
    updated ??= day;
  }
  return updated;
}

/**
 * The date relative dates count from when the caller gives none (Node: the evaluation, tests):
 * the dateline in the text, else today as the day the page is read. The browser passes the
 * page's date as its markup gives it (utils/extract/page-date.ts).
 */
export function pageDateOfText(ts: TokenStream, mentions: readonly DateMention[] = readDates(ts), today: string = todayIso()): PageDate {
  const date = readDateline(ts, today, mentions);
  return date ? { date, from: 'dateline' } : { date: today, from: 'read' };
}
