/**
 * The interface's words in one language: messages by key, and counts, numbers, dates, lists and
 * language names through the platform's Intl formatters in that same language. Components take
 * a Translator and never assemble a sentence from English-ordered pieces: every sentence is one
 * message, with its parts as placeholders the translator can put in any order.
 */
import type { FigureUnit } from '../match/types';
import { DEFAULT_UI_LOCALE, isUiLocale, type UiLocaleTag } from './locales';
import { corpusDateFormatter, parseCorpusDate } from './dates';
import type { MessageKey, MessageLookup, PluralKey } from './messages';

export type Substitution = string | number;

export interface Translator {
  readonly locale: UiLocaleTag;
  readonly dir: 'ltr' | 'rtl';
  /** One message; numbers among the substitutions are formatted for the language. */
  t(key: MessageKey, substitutions?: Substitution[]): string;
  /** A message chosen by `Intl.PluralRules` for n; n is its first substitution ($1), formatted. */
  count(stem: PluralKey, n: number, substitutions?: Substitution[]): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** "A, B and C" in the language's own way; 'unit' lists parts of one whole ("1 exact, 2 close"). */
  list(items: string[], type?: 'conjunction' | 'disjunction' | 'unit'): string;
  /** A corpus date: "2025", "2025-01" or "2025-01-22"; null says the date is unknown. */
  date(iso: string | null): string;
  /** A span of corpus days, "20–26 January 2025", as the language writes a range. */
  dateRange(from: string, until: string): string;
  /** A normalised figure: 5e11 USD → "500 billion US dollars" (in the language). */
  figure(value: number, unit: FigureUnit): string;
  /** A language's name ("de" → "German", "Deutsch", "ドイツ語"…). */
  languageName(code: string): string;
}

const UNIT_STEMS: Record<Exclude<FigureUnit, 'USD' | 'fraction' | 'count'>, PluralKey> = {
  jobs: 'unit_jobs',
  years: 'unit_years',
  people: 'unit_people',
  companies: 'unit_companies',
  'data centers': 'unit_data_centers',
};


/** `fallback` answers a key the language's messages lack (the browser's English, say); else the key shows. */
export function createTranslator(requested: string, lookup: MessageLookup, fallback: MessageLookup = () => ''): Translator {
  const locale: UiLocaleTag = isUiLocale(requested) ? requested : DEFAULT_UI_LOCALE;
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(locale);
  const formatDate = corpusDateFormatter(locale, {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'long' },
    day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  });
  let languageNames: Intl.DisplayNames | null = null;
  const listFormats = new Map<string, Intl.ListFormat>();

  const text = (s: Substitution) => (typeof s === 'number' ? numberFormat.format(s) : s);
  const message = (key: string, substitutions: Substitution[]) => {
    const subs = substitutions.map(text);
    // The browser answers "" for a key its files lack; the fallback's words are better than nothing.
    return lookup(key, subs) || fallback(key, subs) || key;
  };

  const translator: Translator = {
    locale,
    dir: message('ui_direction', []) === 'rtl' ? 'rtl' : 'ltr',
    t: (key, substitutions = []) => message(key, substitutions),
    count: (stem, n, substitutions = []) => message(`${stem}__${plurals.select(n)}`, [n, ...substitutions]),
    number: (n, options) => (options ? new Intl.NumberFormat(locale, options).format(n) : numberFormat.format(n)),
    list(items, type = 'conjunction') {
      let format = listFormats.get(type);
      if (!format) {
        format = new Intl.ListFormat(locale, { style: type === 'unit' ? 'short' : 'long', type });
        listFormats.set(type, format);
      }
      return format.format(items);
    },
    date(iso) {
      if (iso === null) return message('date_unknown', []);
      return formatDate(iso) ?? iso;
    },
    dateRange(from, until) {
      const a = parseCorpusDate(from);
      const b = parseCorpusDate(until);
      if (!a || !b) return `${from} – ${until}`;
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(a.date, b.date);
    },
    figure(value, unit) {
      if (unit === 'USD') {
        const compact = Math.abs(value) >= 1e6;
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: 'USD',
          currencyDisplay: 'name',
          ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
          minimumFractionDigits: 0,
          maximumFractionDigits: 2,
        }).format(value);
      }
      if (unit === 'fraction') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value);
      if (unit === 'count') return numberFormat.format(value);
      return translator.count(UNIT_STEMS[unit], value);
    },
    languageName(code) {
      languageNames ??= new Intl.DisplayNames([locale], { type: 'language' });
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
  return translator;
}
