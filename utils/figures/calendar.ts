/**
 * Day arithmetic on ISO dates ("2025-01-22"), at noon UTC so that no time zone or daylight
 * saving change can move a day. Dates of coarser precision ("2025-01", "2025") are spans.
 */

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(2, '0');

const atNoon = (iso: string) => new Date(`${iso}T12:00:00Z`);

export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}`;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${isoMonth(year, month)}-${pad(day)}`;
}

/** True for a real calendar day written YYYY-MM-DD ("2025-02-30" is not one). */
export function isCalendarDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = atNoon(iso);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export function weekdayOf(iso: string): string {
  return WEEKDAY_NAMES[atNoon(iso).getUTCDay()]!;
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayIndex(iso: string): number {
  return atNoon(iso).getUTCDay();
}

export function shiftDays(iso: string, days: number): string {
  const d = atNoon(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((atNoon(b).getTime() - atNoon(a).getTime()) / 86_400_000);
}

/** The Monday of the week that holds the day (weeks run Monday to Sunday, as ISO 8601 has them). */
export function mondayOf(iso: string): string {
  return shiftDays(iso, -((atNoon(iso).getUTCDay() + 6) % 7));
}

/** "2025-01" moved by n months. */
export function shiftMonths(iso: string, months: number): string {
  const index = +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1) + months;
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Today's date where the code runs (UTC): the date a page is read on when it gives none. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The first and last day a date of any precision covers ("2025-01" → 2025-01-01 … 2025-01-31). */
export function spanOf(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  // "-31" is past the end of short months too, which is all a comparison of ISO strings needs.
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** True when two dates, each of any precision, share a day ("2025-01-21" and "2025-01"). */
export function spansMeet(a: readonly [string, string], b: readonly [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}
