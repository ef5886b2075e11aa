/**
 * Corpus dates ("2025", "2025-01", "2025-01-22") in a language, by the platform. They are calendar
 * days, not instants: formatted in UTC so that no time zone moves them, and as precise as given.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export function parseCorpusDate(iso: string): { date: Date; precision: DatePrecision } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const date = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  return { date, precision: d !== null ? 'day' : mo !== null ? 'month' : 'year' };
}

/** A formatter that writes each date at its own precision with that precision's options; null for what is no date. */
export function corpusDateFormatter(locale: string, options: Record<DatePrecision, Intl.DateTimeFormatOptions>): (iso: string) => string | null {
  const formats = {
    year: new Intl.DateTimeFormat(locale, { ...options.year, timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale, { ...options.month, timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(locale, { ...options.day, timeZone: 'UTC' }),
  };
  return (iso) => {
    const parsed = parseCorpusDate(iso);
    return parsed ? formats[parsed.precision].format(parsed.date) : null;
  };
}
