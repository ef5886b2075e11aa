/** Readable forms of dates, numbers and source names for the components. */
import type { FigureUnit } from '../utils/match/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2025" → "2025"; "2025-01" → "January 2025"; "2025-01-22" → "Wednesday 22 January 2025". */
export function formatIsoDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined) return date;
  const month = MONTHS[m - 1] ?? '';
  if (d === undefined) return `${month} ${y}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${month} ${y}`;
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A normalised figure value in words: 5e11 USD → "$500 billion". */
export function formatFigureValue(value: number, unit: FigureUnit): string {
  if (unit === 'USD') {
    const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
    const scale = scales.find(([size]) => Math.abs(value) >= size);
    return scale ? `$${trimNumber(value / scale[0])} ${scale[1]}` : `$${trimNumber(value)}`;
  }
  if (unit === 'fraction') return `${trimNumber(value * 100)}%`;
  if (unit === 'count') return trimNumber(value);
  return `${trimNumber(value)} ${unit}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A short excerpt of page text for a note button. */
export function excerpt(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language, from the platform ("de" → "German"). */
export function languageName(code: string, uiLanguage = 'en'): string {
  let names = languageNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    languageNames.set(uiLanguage, names);
  }
  return names.of(code) ?? code;
}
