/**
 * The hand-written labels of the evaluation set: what a careful reader would want highlighted in
 * each page, written as exact substrings of the page text so they can be checked against the
 * page and never silently drift. Resolving a label turns its substrings into page-text ranges.
 */
import * as v from 'valibot';
import type { MatchClass, Relevance, TextRange } from '../match/types';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
/** 1-based: which occurrence of the (first) text in the page text, counting every occurrence. */
const occurrence = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)));

export const QuoteLabelSchema = v.object({
  utteranceId: nonEmpty,
  class: v.picklist(['exact', 'close', 'reworded', 'fragment', 'split', 'translated']),
  /** One part, or several for a split quote, in page order. */
  parts: v.pipe(v.array(nonEmpty), v.minLength(1)),
  occurrence,
});

export const FigureLabelSchema = v.object({
  text: nonEmpty,
  figureId: nonEmpty,
  /** agrees: some corpus source gives the same value and qualifier; differs: none does. */
  agreement: v.picklist(['agrees', 'differs']),
  occurrence,
});

/** A passage deliberately left unlabelled (too short or too common to be a quote worth showing). */
export const IgnoredLabelSchema = v.object({
  utteranceId: nonEmpty,
  text: nonEmpty,
  reason: nonEmpty,
  occurrence,
});

export const PageLabelSchema = v.object({
  file: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.html$/)),
  style: nonEmpty,
  /** True when the page is about the story (the dispute): what the detector's `isStory` must say. */
  about: v.boolean(),
  /**
   * The page's grade when it is not the obvious one: "related" for a page about the venture's
   * other news or the principals' other fights (with about: false). Absent: about true → story,
   * false → unrelated.
   */
  relevance: v.optional(v.picklist(['story', 'related', 'unrelated'])),
  /** The page's language (BCP 47: "de", "zh-Hant"); English when absent. */
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/)), 'en'),
  /** The label file it comes from, without ".json": set by the loader, not written in a file. */
  set: v.optional(v.string()),
  quotes: v.array(QuoteLabelSchema),
  figures: v.array(FigureLabelSchema),
  ignored: v.optional(v.array(IgnoredLabelSchema)),
});

export const LabelSetSchema = v.array(PageLabelSchema);

export type QuoteLabel = v.InferOutput<typeof QuoteLabelSchema>;
export type FigureLabel = v.InferOutput<typeof FigureLabelSchema>;
export type IgnoredLabel = v.InferOutput<typeof IgnoredLabelSchema>;
export type PageLabel = v.InferOutput<typeof PageLabelSchema>;

export interface ResolvedQuote {
  utteranceId: string;
  matchClass: MatchClass;
  ranges: TextRange[];
  /** The labelled text, parts joined with " … ", for reports. */
  text: string;
}

export interface ResolvedFigure {
  figureId: string;
  agreement: 'agrees' | 'differs';
  range: TextRange;
  text: string;
}

export interface ResolvedIgnored {
  utteranceId: string;
  range: TextRange;
}

/** A labelled page with every label turned into page-text ranges. */
export interface ResolvedPage {
  file: string;
  style: string;
  about: boolean;
  relevance: Relevance;
  language: string;
  set: string;
  quotes: ResolvedQuote[];
  figures: ResolvedFigure[];
  ignored: ResolvedIgnored[];
}

/** Every start index of `needle` in `text`, overlapping occurrences included. */
export function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export class LabelError extends Error {}

/**
 * The range of the chosen occurrence of `needle`. A text that occurs several times must say
 * which occurrence it means, so a repeated quote is never half-labelled by accident.
 */
function locate(text: string, needle: string, which: number | undefined, where: string): TextRange {
  const found = occurrencesOf(text, needle);
  if (found.length === 0) throw new LabelError(`${where}: "${needle}" is not in the page text`);
  if (which === undefined && found.length > 1) {
    throw new LabelError(`${where}: "${needle}" occurs ${found.length} times; say which "occurrence"`);
  }
  const start = found[(which ?? 1) - 1];
  if (start === undefined) {
    throw new LabelError(`${where}: "${needle}" occurs ${found.length} times, not ${which}`);
  }
  return { start, end: start + needle.length };
}

function resolveQuote(text: string, quote: QuoteLabel, where: string): ResolvedQuote {
  const isSplit = quote.class === 'split';
  if (isSplit !== quote.parts.length > 1) {
    throw new LabelError(`${where}: a split quote has several parts and only a split quote has`);
  }
  const [first, ...rest] = quote.parts as [string, ...string[]];
  const ranges = [locate(text, first, quote.occurrence, where)];
  for (const part of rest) {
    // Later parts are the next occurrence after the previous part: the quote reads on.
    const after = ranges[ranges.length - 1]!.end;
    const start = text.indexOf(part, after);
    if (start === -1) throw new LabelError(`${where}: part "${part}" does not follow the previous part`);
    ranges.push({ start, end: start + part.length });
  }
  return { utteranceId: quote.utteranceId, matchClass: quote.class, ranges, text: quote.parts.join(' … ') };
}

/** The grade a label gives its page: its own, else the one `about` implies. */
export function labelledRelevance(label: Pick<PageLabel, 'file' | 'about' | 'relevance'>): Relevance {
  const relevance = label.relevance ?? (label.about ? 'story' : 'unrelated');
  if (label.about !== (relevance === 'story')) {
    throw new LabelError(`${label.file}: "about" must be true exactly when the relevance is "story", not "${relevance}"`);
  }
  return relevance;
}

/** Resolves every label of a page against its page text; throws LabelError on the first bad one. */
export function resolvePageLabel(label: PageLabel, text: string): ResolvedPage {
  const where = (kind: string, i: number) => `${label.file} ${kind}[${i}]`;
  return {
    file: label.file,
    style: label.style,
    about: label.about,
    relevance: labelledRelevance(label),
    language: label.language,
    set: label.set ?? 'labels',
    quotes: label.quotes.map((q, i) => resolveQuote(text, q, where('quotes', i))),
    figures: label.figures.map((f, i) => ({
      figureId: f.figureId,
      agreement: f.agreement,
      range: locate(text, f.text, f.occurrence, where('figures', i)),
      text: f.text,
    })),
    ignored: (label.ignored ?? []).map((g, i) => ({
      utteranceId: g.utteranceId,
      range: locate(text, g.text, g.occurrence, where('ignored', i)),
    })),
  };
}
