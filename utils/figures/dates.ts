/**
 * Dates and weekdays in a page ("Jan 22, 2025", "January 22", "March 2024", "Tuesday",
 * "early February", "the following day"), tied to the corpus event they date by the words
 * around them and by the quotes of that event nearby, and classed against the event's date.
 */
import type { Corpus, StoryEvent } from '../corpus/schema';
import type { DateMatch, QuoteMatch } from '../match/types';
import { normalizeText, type NormalizerTables } from '../text/normalize';
import { F_NUM, F_STOP, G_BLOCK, G_SENTENCE, type TokenStream } from '../text/tokenize';
import { phraseAt, phraseHashes, windowAround, wordSet } from '../text/words';
import { HashFilter } from '../text/hash';
import { MONTHS, WEEKDAYS, dayAt, monthAt, yearAt } from './dates-words';

const YEAR_LEADS = wordSet(['in', 'since', 'from', 'until', 'by', 'of', 'early', 'late', 'mid', 'around', 'before', 'after']);
const PART_OF_MONTH = wordSet(['early', 'late', 'mid']);
const PART_OF_DAY = wordSet(['morning', 'night', 'evening', 'afternoon']);
const RELATIVE = [
  'the following day', 'the next day', 'a day later', 'the day after', 'hours later', 'earlier this week',
  'later that day', 'this week', 'last week', 'last year', 'last month', 'this month', 'yesterday', 'today',
];
/** Words further than this from a date (in tokens) do not tell which event it dates. */
const DATE_REACH = 10;
const QUOTE_REACH = 250;
const MIN_EVENT_SCORE = 4;
const QUOTE_NEARBY = 4;

interface DateMention {
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
    if (lead < k || (k > 0 && YEAR_LEADS.has(ts.hash[k - 1]!))) return { ...blank, from: lead, month };
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

export interface PreparedEvent {
  event: StoryEvent;
  words: Set<number>;
}

export interface PreparedEvents {
  events: PreparedEvent[];
  /** Word hash → indices of the events whose words include it. */
  eventsByWord: Map<number, number[]>;
  idf: Map<number, number>;
  /** The year most of the story's dated events fall in, for "January 22" without a year. */
  storyYear: number;
}

/** Words of an event: its label, and the words printed near each source's date for it. */
function eventWords(event: StoryEvent, tables: NormalizerTables): Set<number> {
  const words = new Set<number>();
  const add = (ts: TokenStream, from: number, to: number) => {
    for (let k = Math.max(0, from); k < Math.min(ts.count, to); k++) {
      const h = ts.hash[k]!;
      if (ts.flags[k]! & (F_STOP | F_NUM) || MONTHS.has(h) || WEEKDAYS.has(h)) continue;
      words.add(h);
    }
  };
  const label = normalizeText(event.label, tables);
  add(label, 0, label.count);
  for (const s of event.statements) {
    const ts = normalizeText(s.context, tables);
    const at = s.context.indexOf(s.text);
    if (at < 0) {
      add(ts, 0, ts.count);
      continue;
    }
    let first = 0;
    while (first < ts.count && ts.end[first]! <= at) first++;
    let last = first;
    while (last < ts.count && ts.start[last]! < at + s.text.length) last++;
    add(ts, first - DATE_REACH, last + DATE_REACH);
  }
  return words;
}

export function prepareEvents(corpus: Corpus, tables: NormalizerTables): PreparedEvents {
  const events = corpus.events.map((event) => ({ event, words: eventWords(event, tables) }));
  const df = new Map<number, number>();
  for (const e of events) for (const h of e.words) df.set(h, (df.get(h) ?? 0) + 1);
  const idf = new Map<number, number>();
  for (const [h, n] of df) idf.set(h, Math.log(1 + events.length / n));
  const years = new Map<number, number>();
  for (const e of corpus.events) {
    if (e.date && e.date.length === 10) years.set(+e.date.slice(0, 4), (years.get(+e.date.slice(0, 4)) ?? 0) + 1);
  }
  const storyYear = [...years].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const eventsByWord = new Map<number, number[]>();
  events.forEach((e, i) => {
    for (const h of e.words) eventsByWord.set(h, [...(eventsByWord.get(h) ?? []), i]);
  });
  return { events, eventsByWord, idf, storyYear };
}

function sentenceAround(ts: TokenStream, m: DateMention): [number, number] {
  return windowAround(ts, m.from, m.to, DATE_REACH, G_SENTENCE | G_BLOCK);
}

/** For each event, the sorted page offsets of the quotes of its utterances. */
function quoteOffsets(prepared: PreparedEvents, quotes: QuoteMatch[]): Float64Array[] {
  return prepared.events.map((e) => {
    const offsets: number[] = [];
    for (const q of quotes) {
      if (!e.event.utteranceIds.includes(q.utteranceId)) continue;
      for (const r of q.ranges) offsets.push(r.start, r.end);
    }
    return Float64Array.from(offsets).sort();
  });
}

/** True when some offset lies within `reach` of `at` (binary search). */
function near(sorted: Float64Array, at: number, reach: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at - reach) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= at + reach;
}

function tieEvent(ts: TokenStream, m: DateMention, prepared: PreparedEvents, offsets: Float64Array[]): StoryEvent | null {
  const [lo, hi] = sentenceAround(ts, m);
  const start = ts.start[m.from]!;
  const scores = new Float64Array(prepared.events.length);
  const seen = new Set<number>();
  for (let k = lo; k < hi; k++) {
    const h = ts.hash[k]!;
    const events = prepared.eventsByWord.get(h);
    if (!events || seen.has(h)) continue;
    seen.add(h);
    const w = prepared.idf.get(h) ?? 0;
    for (const e of events) scores[e] = scores[e]! + w;
  }
  let best = -1;
  for (let e = 0; e < scores.length; e++) {
    if (near(offsets[e]!, start, QUOTE_REACH)) scores[e] = scores[e]! + QUOTE_NEARBY;
    if (scores[e]! >= MIN_EVENT_SCORE && (best < 0 || scores[e]! > scores[best]!)) best = e;
  }
  return best >= 0 ? prepared.events[best]!.event : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekdayOf(iso: string): string {
  return WEEKDAY_NAMES[new Date(`${iso}T12:00:00Z`).getUTCDay()]!;
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The page's date at the precision it gives, its year taken from the event or the story. */
function resolve(m: DateMention, event: StoryEvent | null, storyYear: number): string | null {
  if (m.relative) return null;
  const eventDate = event?.date ?? null;
  if (m.weekday) {
    if (!eventDate || eventDate.length < 10) return null;
    for (let d = -3; d <= 3; d++) if (weekdayOf(shiftDays(eventDate, d)) === m.weekday) return shiftDays(eventDate, d);
    return null;
  }
  // A month and day without a year most likely falls in the story's year; a bare month does not.
  const year = m.year || (eventDate ? +eventDate.slice(0, 4) : m.day ? storyYear : 0);
  if (!year) return null;
  if (!m.month) return String(year);
  if (!m.day) return `${year}-${pad(m.month)}`;
  return `${year}-${pad(m.month)}-${pad(m.day)}`;
}

/** Compares only what the page itself says: its weekday, or its year, month and day as given. */
function agreementOf(m: DateMention, date: string | null, event: StoryEvent | null): DateMatch['agreement'] {
  const ev = event?.date;
  if (!ev || !date || m.relative) return 'unknown';
  if (m.weekday) return ev.length === 10 ? (weekdayOf(ev) === m.weekday ? 'agrees' : 'differs') : 'unknown';
  const parts: Array<[number, number, number]> = [
    [m.year, 0, 4],
    [m.month, 5, 7],
    [m.day, 8, 10],
  ];
  let compared = false;
  for (const [given, from, to] of parts) {
    if (!given || ev.length < to) continue;
    compared = true;
    if (+ev.slice(from, to) !== given) return 'differs';
  }
  return compared ? 'agrees' : 'unknown';
}

export function matchDates(ts: TokenStream, prepared: PreparedEvents, quotes: QuoteMatch[]): DateMatch[] {
  const offsets = quoteOffsets(prepared, quotes);
  return readDates(ts).map((m, i) => {
    const event = tieEvent(ts, m, prepared, offsets);
    const date = resolve(m, event, prepared.storyYear);
    const agreement = agreementOf(m, date, event);
    const start = ts.start[m.from]!;
    const end = ts.end[m.to - 1]!;
    return {
      kind: 'date',
      id: `d${i}`,
      range: { start, end },
      text: ts.text.slice(start, end),
      date,
      weekday: m.weekday ?? (date && date.length === 10 ? weekdayOf(date) : null),
      eventId: event?.id ?? null,
      agreement,
    } satisfies DateMatch;
  });
}
