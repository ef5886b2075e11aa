/**
 * The date check set (tests/fixtures/eval/dates.json): pages whose dates are labelled with the
 * timeline event each one speaks of, or with none. Scores the page's own date as read from its
 * HTML, and the ties of its dates to events: a label is found when the dates tied to its event
 * cover at least half of it (a reader may read "Tuesday, January 21" as one date or two); a tied
 * date is right when it lies at least half inside a label of its event, or covers half of one. Relative dates ("Tuesday", "last
 * week", "the following day": no digit in them) are also scored on their own.
 */
import * as v from 'valibot';
import type { DateMatch, PageDate, TextRange } from '../match/types';
import { occurrencesOf } from './labels';
import { findsLabel, overlapLength, rangeLength, score, type Score } from './score';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const DateLabelSchema = v.object({
  text: nonEmpty,
  /** The event the date speaks of (any of several when the page means the exchange as a whole), or null: none of the timeline. */
  eventId: v.nullable(v.union([nonEmpty, v.pipe(v.array(nonEmpty), v.minLength(2))])),
  occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const DatePageSchema = v.object({
  /** The page, from the project's root. */
  file: nonEmpty,
  /** The page's publication date as a reader tells it, or null when the page gives none. */
  pageDate: v.nullable(isoDay),
  dates: v.array(DateLabelSchema),
});

export const DateCheckSetSchema = v.array(DatePageSchema);
export type DatePage = v.InferOutput<typeof DatePageSchema>;

export interface CheckedDatePage {
  label: DatePage;
  text: string;
  /** What the page's markup or text gave, or null (then the evaluation's reading day is used). */
  found: PageDate | null;
  dates: DateMatch[];
}

interface ResolvedDateLabel {
  events: string[];
  range: TextRange;
  text: string;
  relative: boolean;
}

export interface DateMiss {
  file: string;
  text: string;
  expected: string;
  got: string | null;
}

export interface DateReport {
  pages: number;
  /** Pages whose own date was read as labelled (a page that gives none must be read as giving none). */
  pageDates: { right: number; wrong: Array<{ file: string; expected: string | null; got: string | null }> };
  ties: Score;
  relativeTies: Score;
  /** Labelled dates of no event, and how many of them the engine left plain. */
  plain: { labelled: number; kept: number };
  misses: DateMiss[];
  falsePositives: DateMiss[];
}

/** Relative dates are written in words only. */
const isRelativeText = (text: string) => !/\d/.test(text);

function resolveLabels(page: DatePage, text: string): ResolvedDateLabel[] {
  return page.dates.map((d, i) => {
    const found = occurrencesOf(text, d.text);
    const where = `${page.file} dates[${i}] "${d.text}"`;
    if (found.length === 0) throw new Error(`${where} is not in the page text`);
    if (d.occurrence === undefined && found.length > 1) throw new Error(`${where} occurs ${found.length} times; say which "occurrence"`);
    const start = found[(d.occurrence ?? 1) - 1];
    if (start === undefined) throw new Error(`${where} occurs ${found.length} times, not ${d.occurrence}`);
    const events = d.eventId === null ? [] : Array.isArray(d.eventId) ? d.eventId : [d.eventId];
    return { events, range: { start, end: start + d.text.length }, text: d.text, relative: isRelativeText(d.text) };
  });
}

interface Tally {
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
}

const tally = (): Tally => ({ labelled: 0, found: 0, predicted: 0, correct: 0 });
const toScore = (t: Tally) => score(t.labelled, t.found, t.predicted, t.correct);

export function evaluateDates(pages: readonly CheckedDatePage[]): DateReport {
  const all = tally();
  const relative = tally();
  const plain = { labelled: 0, kept: 0 };
  const misses: DateMiss[] = [];
  const falsePositives: DateMiss[] = [];
  const wrongDates: DateReport['pageDates']['wrong'] = [];
  for (const page of pages) {
    const file = page.label.file;
    const got = page.found?.date ?? null;
    if (got !== page.label.pageDate) wrongDates.push({ file, expected: page.label.pageDate, got });
    const labels = resolveLabels(page.label, page.text);
    const tied = page.dates.filter((d) => d.eventId !== null);
    const ofEvent = (l: ResolvedDateLabel) => tied.filter((d) => l.events.includes(d.eventId!));
    const finds = (d: DateMatch, l: ResolvedDateLabel) => l.events.includes(d.eventId!) && findsLabel([d.range], { ranges: [l.range] });
    for (const l of labels) {
      const over = page.dates.filter((d) => overlapLength([d.range], [l.range]) > 0);
      const ids = over.map((d) => d.eventId).filter((id): id is string => id !== null);
      if (l.events.length === 0) {
        plain.labelled += 1;
        if (ids.length === 0) plain.kept += 1;
        continue;
      }
      const hit = findsLabel(ofEvent(l).map((d) => d.range), { ranges: [l.range] });
      for (const t of l.relative ? [all, relative] : [all]) {
        t.labelled += 1;
        if (hit) t.found += 1;
      }
      if (!hit) misses.push({ file, text: l.text, expected: l.events.join(' or '), got: ids[0] ?? null });
    }
    for (const d of tied) {
      const right = labels.some(
        (l) => finds(d, l) || (l.events.includes(d.eventId!) && overlapLength([d.range], [l.range]) >= rangeLength([d.range]) / 2),
      );
      for (const t of isRelativeText(d.text) ? [all, relative] : [all]) {
        t.predicted += 1;
        if (right) t.correct += 1;
      }
      if (!right) {
        const under = labels.find((l) => overlapLength([d.range], [l.range]) > 0);
        falsePositives.push({ file, text: d.text, expected: under ? under.events.join(' or ') || 'no event' : 'not labelled', got: d.eventId });
      }
    }
  }
  return {
    pages: pages.length,
    pageDates: { right: pages.length - wrongDates.length, wrong: wrongDates },
    ties: toScore(all),
    relativeTies: toScore(relative),
    plain,
    misses,
    falsePositives,
  };
}
