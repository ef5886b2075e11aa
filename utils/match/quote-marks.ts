/**
 * Where the page sets words in quotation marks: double marks of every kind, and single marks
 * where they serve as quotation marks (British style: ‘don’t actually have the money’) rather
 * than as apostrophes. A quote the page marks as one is more likely a quote than the same words
 * in running prose, and how much of the marked stretch a match fills tells a quote from a phrase
 * that merely borrows its words.
 */
import { G_BLOCK, G_QCLOSE, G_QOPEN, G_SQUOTE, type TokenStream } from '../text/tokenize';

/** A quotation longer than this (in tokens) is not one: a stray mark opened it. */
const MAX_SPAN = 150;

export interface Span {
  from: number;
  to: number;
}

/** True when the single mark before token k opens a quotation (a space or bracket before it). */
function opensSingle(ts: TokenStream, k: number): boolean {
  const from = k > 0 ? ts.end[k - 1]! : 0;
  const to = ts.start[k]!;
  for (let i = from; i < to; i++) {
    const c = ts.text.charCodeAt(i);
    if (c === 0x2018 || c === 0x27 || c === 0x2019 || c === 0x60 || c === 0x201a) {
      const before = i > 0 ? ts.text.charCodeAt(i - 1) : 32;
      return before <= 32 || before === 0xa0 || before === 40 || before === 91 || before === 0x2014 || before === 0x2013 || before === 0x201c;
    }
  }
  return false;
}

/** Token ranges set in quotation marks, in page order; a paragraph end closes an open quote. */
export function quotedSpans(ts: TokenStream): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let single = false;
  const closeAt = (k: number) => {
    if (open >= 0 && k - open >= 1 && k - open <= MAX_SPAN) spans.push({ from: open, to: k });
    open = -1;
  };
  for (let k = 0; k < ts.count; k++) {
    const g = ts.gap[k]!;
    if (open >= 0) {
      if (g & G_BLOCK || (single ? g & G_SQUOTE && !opensSingle(ts, k) : g & G_QCLOSE)) closeAt(k);
    }
    if (g & G_QOPEN) {
      open = k;
      single = false;
    } else if (open < 0 && g & G_SQUOTE && opensSingle(ts, k)) {
      open = k;
      single = true;
    }
  }
  const g = ts.trailingGap;
  if (open >= 0 && (single ? g & G_SQUOTE : g & G_QCLOSE)) closeAt(ts.count);
  return spans;
}

/** How a match sits among the page's quotation marks. */
export interface QuotePlacement {
  /** Share of the match's tokens inside quotation marks. */
  inside: number;
  /** Share of the quotations it touches that the match fills (first to last matched word). */
  fill: number;
}

export class QuoteMarks {
  private spans: Span[] | null = null;

  constructor(private readonly ts: TokenStream) {}

  /** The page's quotations, found on first use: most pages have no candidate to place. */
  all(): Span[] {
    return (this.spans ??= quotedSpans(this.ts));
  }

  /** The index of the first quotation that ends after token k. */
  private firstEndingAfter(k: number): number {
    const spans = this.all();
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.to <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The quotation that holds token k, if any. */
  enclosing(k: number): Span | null {
    const span = this.all()[this.firstEndingAfter(k)];
    return span && span.from <= k ? span : null;
  }

  placement(pieces: readonly Span[]): QuotePlacement {
    const spans = this.all();
    let tokens = 0;
    let inside = 0;
    let spanTokens = 0;
    const touched = new Set<number>();
    for (const p of pieces) {
      tokens += p.to - p.from;
      for (let s = this.firstEndingAfter(p.from); s < spans.length && spans[s]!.from < p.to; s++) {
        const span = spans[s]!;
        inside += Math.min(span.to, p.to) - Math.max(span.from, p.from);
        if (!touched.has(s)) spanTokens += span.to - span.from;
        touched.add(s);
      }
    }
    return { inside: tokens ? inside / tokens : 0, fill: spanTokens ? inside / spanTokens : 0 };
  }
}
