/**
 * Hypothesis's way of finding a quote in a page, as the baseline: for each corpus wording, an
 * exact indexOf; when that fails, approx-string-match (Myers' bit-parallel algorithm) allowing
 * up to min(256, length / 2) errors, keeping the best matches it returns.
 */
import search from 'approx-string-match';
import type { Wording } from '../utils/corpus/schema';

export interface ApproxHit {
  utteranceId: string;
  start: number;
  end: number;
  errors: number;
}

export function approxFind(text: string, wordings: Wording[]): ApproxHit[] {
  const hits: ApproxHit[] = [];
  for (const w of wordings) {
    const quote = w.text;
    if (quote.length < 4) continue;
    let at = text.indexOf(quote);
    if (at >= 0) {
      while (at >= 0) {
        hits.push({ utteranceId: w.utteranceId, start: at, end: at + quote.length, errors: 0 });
        at = text.indexOf(quote, at + quote.length);
      }
      continue;
    }
    const maxErrors = Math.min(256, Math.floor(quote.length / 2));
    for (const m of search(text, quote, maxErrors)) hits.push({ utteranceId: w.utteranceId, start: m.start, end: m.end, errors: m.errors });
  }
  return hits;
}
