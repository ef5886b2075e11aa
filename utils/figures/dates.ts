/**
 * Dates and weekdays in a page ("Jan 22, 2025", "January 22", "March 2024", "Tuesday",
 * "early February", "the following day"), tied to the corpus event they date by the words
 * around them, the quotes of that event beside them and how well the dates fit, and classed
 * against the event's date. A byline's or a wire dateline's date is the page's own and dates no
 * event. A relative date dates an event only when the page's date (or the text's date before it)
 * puts it on that event's day: see relative-dates.ts and date-fit.ts.
 */
import type { Corpus, StoryEvent } from '../corpus/schema';
import type { DateMatch, DateResolution, PageDate, QuoteMatch } from '../match/types';
import { normalizeText, type NormalizerTables } from '../text/normalize';
import { F_COMMON, F_NUM, F_STOP, G_BLOCK, G_SENTENCE, type TokenStream } from '../text/tokenize';
import { windowAround } from '../text/words';
import { MONTHS, WEEKDAYS } from './dates-words';
import { readDates, type DateMention } from './date-read';
import { quoteBeside } from './date-place';
import { isOwnDate, pageDateOfText } from './dateline';
import { isoDay, isoMonth, weekdayOf } from './calendar';
import { absoluteFit, relativeAgreement, relativeFit } from './date-fit';
import { isRelative, resolveRelative } from './relative-dates';

/** Words further than this from a date (in tokens) do not tell which event it dates. */
const DATE_REACH = 10;
const MIN_EVENT_SCORE = 4;
/** A quote of the event's beside the date (its paragraph, or the post above a signature). */
const QUOTE_NEARBY = 4;
/**
 * The story's names (Stargate, OpenAI, Musk…) run through every sentence of a story page: they
 * tell little about which of its events a date belongs to, however rare they are among the
 * events' own words.
 */
const STORY_NAME_SHARE = 0.3;

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
      if (ts.flags[k]! & (F_STOP | F_COMMON | F_NUM) || MONTHS.has(h) || WEEKDAYS.has(h)) continue;
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

function tieEvent(ts: TokenStream, m: DateMention, resolution: DateResolution | null, prepared: PreparedEvents, offsets: Float64Array[], storyNames: ReadonlySet<number>): StoryEvent | null {
  if (isOwnDate(ts, m)) return null;
  const relative = isRelative(m);
  const [lo, hi] = sentenceAround(ts, m);
  const scores = new Float64Array(prepared.events.length);
  const seen = new Set<number>();
  for (let k = lo; k < hi; k++) {
    const h = ts.hash[k]!;
    const events = prepared.eventsByWord.get(h);
    if (!events || seen.has(h)) continue;
    seen.add(h);
    const w = (prepared.idf.get(h) ?? 0) * (storyNames.has(h) ? STORY_NAME_SHARE : 1);
    for (const e of events) scores[e] = scores[e]! + w;
  }
  let best = -1;
  let bestExact = -1;
  for (let e = 0; e < scores.length; e++) {
    if (quoteBeside(ts, m.from, offsets[e]!)) scores[e] = scores[e]! + QUOTE_NEARBY;
    if (scores[e] === 0) continue;
    const event = prepared.events[e]!.event;
    const fit = relative ? relativeFit(resolution, event) : absoluteFit(m, event);
    if (fit === null) continue;
    scores[e] = scores[e]! + fit.score;
    if (scores[e]! < MIN_EVENT_SCORE) continue;
    if (best < 0 || scores[e]! > scores[best]!) best = e;
    if (fit.exact && (bestExact < 0 || scores[e]! > scores[bestExact]!)) bestExact = e;
  }
  // The page's very day of an event outweighs words that lean to an event a day off.
  const chosen = bestExact >= 0 ? bestExact : best;
  return chosen >= 0 ? prepared.events[chosen]!.event : null;
}

/** The page's date at the precision it gives, its year taken from the event or the story. */
function resolve(m: DateMention, event: StoryEvent | null, storyYear: number): string | null {
  const eventDate = event?.date ?? null;
  // A month and day without a year most likely falls in the story's year; a bare month does not.
  const year = m.year || (eventDate ? +eventDate.slice(0, 4) : m.day ? storyYear : 0);
  if (!year) return null;
  if (!m.month) return String(year);
  return m.day ? isoDay(year, m.month, m.day) : isoMonth(year, m.month);
}

/** Compares only what the page itself says: its weekday, or its year, month and day as given. */
function agreementOf(m: DateMention, date: string | null, event: StoryEvent | null): DateMatch['agreement'] {
  const ev = event?.date;
  if (!ev || !date) return 'unknown';
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

/**
 * Every date of the page, tied to events where the words, the quotes and the dates agree.
 * `pageDate` is what "Tuesday" and "last week" count from; without it, the dateline in the text,
 * else today (pageDateOfText).
 */
export function matchDates(ts: TokenStream, prepared: PreparedEvents, quotes: QuoteMatch[], storyNames: ReadonlySet<number>, given?: PageDate): DateMatch[] {
  const offsets = quoteOffsets(prepared, quotes);
  const mentions = readDates(ts);
  const pageDate = given ?? pageDateOfText(ts, mentions);
  // The last full date the text gave: what "the following day" counts from.
  let textAnchor: string | null = null;
  return mentions.map((m, i) => {
    const relative = isRelative(m);
    const resolution = relative ? resolveRelative(m, pageDate, textAnchor) : null;
    const event = tieEvent(ts, m, resolution, prepared, offsets, storyNames);
    // A relative date comes to the day (or month, or year) it resolves to; a span has no one date.
    const date = relative ? (resolution && !resolution.until ? resolution.date : null) : resolve(m, event, prepared.storyYear);
    const agreement = relative ? relativeAgreement(resolution, event) : agreementOf(m, date, event);
    if (date && date.length === 10 && !isOwnDate(ts, m)) textAnchor = date;
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
      ...(resolution ? { resolved: resolution } : {}),
    } satisfies DateMatch;
  });
}
