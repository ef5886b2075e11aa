/**
 * What "Add this page to the corpus" proposes for an extracted article: the source's fields, every
 * quotation with its speaker and the corpus utterance it belongs to, and every figure with the
 * corpus figure it speaks of. The user confirms, edits or drops each before anything is saved.
 */
import * as v from 'valibot';
import type { ExtractedArticle } from '../extract/article';
import { matchFigures } from '../figures/tie';
import type { FigureUnit } from '../match/types';
import { normalizeText } from '../text/normalize';
import { attributeQuotations } from './attribution';
import { crossReference, type CrossReference, type CrossReferencer } from './cross-reference';
import { findQuotations, type QuotationKind } from './quotations';
import { IsoDateSchema, LIMITS, type Qualifier } from './schema';

/** The source as the form edits it: plain strings, empty for "not known". */
export interface SourceFields {
  outlet: string;
  headline: string;
  author: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  url: string;
  remark: string;
}

export interface QuotationProposal {
  key: string;
  include: boolean;
  text: string;
  /** The text as extracted: while `text` equals it, the quotation keeps its place in the article. */
  extractedText: string;
  start: number;
  end: number;
  kind: QuotationKind;
  speaker: string;
  handle: string | null;
  /** The sentence around the quotation, as printed. */
  context: string;
  /** What the engine found; `utteranceId` is what the user chose (null: a new utterance). */
  match: CrossReference;
  utteranceId: string | null;
}

export interface FigureProposal {
  key: string;
  include: boolean;
  text: string;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  context: string;
  /** The corpus figure the engine tied it to, if any. */
  figureId: string | null;
  /** What is measured, in our words (the corpus figure's when tied). */
  measure: string;
}

export interface PageDraft {
  article: ExtractedArticle;
  source: SourceFields;
  quotations: QuotationProposal[];
  figures: FigureProposal[];
}

/** "2025-01-24T08:30:00Z" → "2025-01-24"; anything that is not a date → "". */
export function dateOfTimestamp(timestamp: string | null): string {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(timestamp ?? '')?.[1];
  return day && v.is(IsoDateSchema, day) ? day : '';
}

/** The sentence of `text` around [start, end), within its paragraph, exactly as printed. */
export function sentenceAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const before = text.slice(lineStart, start);
  const boundary = /[.!?…]["”’]?\s+(?=[^.!?…]*$)/u.exec(before);
  const from = boundary ? lineStart + boundary.index + boundary[0].length : lineStart;
  // From the range's last character: a quote that ends its sentence ("…money.”") ends it here.
  const tail = Math.max(start, end - 1);
  const stop = /[.!?…]["”’]?(?=\s|$)/u.exec(text.slice(tail, lineEnd));
  const to = stop ? tail + stop.index + stop[0].length : lineEnd;
  return text.slice(from, to).trim().slice(0, 4000);
}

function quotationProposals(article: ExtractedArticle, r: CrossReferencer): QuotationProposal[] {
  const found = findQuotations(article.text);
  const speakers = attributeQuotations(article.text, found);
  const matches = crossReference(r, found.map((q) => ({ text: q.text, range: q })), article.text);
  return found.map((q, i) => {
    const match = matches[i]!;
    const utterance = match.kind === 'existing' ? r.corpus.utterances.find((u) => u.id === match.utteranceId) : undefined;
    return {
      key: `q${i}`,
      include: true,
      text: q.text,
      extractedText: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      // A quotation of a known utterance is that utterance's speaker's, whatever the page calls them.
      speaker: utterance?.speaker ?? speakers[i]!.speaker ?? '',
      handle: speakers[i]!.handle,
      context: q.kind === 'embedded-post' ? q.text : sentenceAround(article.text, q.start, q.end),
      match,
      utteranceId: match.kind === 'existing' ? match.utteranceId : null,
    };
  });
}

function figureProposals(article: ExtractedArticle, r: CrossReferencer): FigureProposal[] {
  const ts = normalizeText(article.text, r.index.quotes.tables);
  return matchFigures(ts, r.index.figures, r.index.storyNames).map((f, i) => ({
    key: `f${i}`,
    include: true,
    text: f.text,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    context: sentenceAround(article.text, f.range.start, f.range.end),
    figureId: f.figureId,
    measure: r.corpus.figures.find((x) => x.id === f.figureId)?.measure ?? `Figure “${f.text}”`,
  }));
}

/** A short field as the corpus allows it (300 characters). */
const short = (text: string | null) => (text ?? '').slice(0, LIMITS.short);

/** The page's address, without its query and fragment when it is longer than a source's url may be. */
export function sourceUrl(url: string): string {
  if (url.length <= LIMITS.short) return url;
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`.slice(0, LIMITS.short);
  } catch {
    return url.slice(0, LIMITS.short);
  }
}

export function proposeDraft(article: ExtractedArticle, r: CrossReferencer): PageDraft {
  return {
    article,
    source: {
      outlet: short(article.siteName),
      headline: short(article.title),
      author: short(article.byline),
      published: dateOfTimestamp(article.publishedTime),
      url: sourceUrl(article.url),
      remark: '',
    },
    quotations: quotationProposals(article, r),
    figures: figureProposals(article, r),
  };
}

/** The quotation after the user edited its text: matched again, on its own words. */
export function rematchQuotation(q: QuotationProposal, text: string, article: ExtractedArticle, r: CrossReferencer): QuotationProposal {
  const inPlace = text === q.extractedText;
  const [match] = crossReference(r, [{ text, ...(inPlace ? { range: { start: q.start, end: q.end } } : {}) }], inPlace ? article.text : undefined);
  return { ...q, text, match: match!, utteranceId: match!.kind === 'existing' ? match!.utteranceId : null };
}
