/**
 * Finding a saved highlight again in a page that may have changed since: the saved position
 * when the text there is still the quote, else the occurrence of the quote whose surroundings
 * best match the saved prefix and suffix (then the one nearest the old position).
 */
import type { TextRange } from '../match/types';
import type { TextAnchor } from './web-annotation-parse';

export interface Reanchored extends TextRange {
  /** position: the saved offsets still hold; quote: found by the quote and its context. */
  method: 'position' | 'quote';
}

/** A quote that occurs more often than this is too common to place by context. */
const MAX_OCCURRENCES = 1_000;

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Where `anchor` is in `pageText` now, or null when its quote is no longer there. */
export function reanchor(anchor: Pick<TextAnchor, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>, pageText: string): Reanchored | null {
  const { exact, prefix, suffix, start } = anchor;
  if (exact === '') return null;
  if (start !== null && anchor.end !== null && pageText.slice(start, anchor.end) === exact) {
    return { start, end: anchor.end, method: 'position' };
  }
  let best: { at: number; score: number; distance: number } | null = null;
  let seen = 0;
  for (let at = pageText.indexOf(exact); at !== -1 && seen < MAX_OCCURRENCES; at = pageText.indexOf(exact, at + 1), seen++) {
    const before = pageText.slice(Math.max(0, at - prefix.length), at);
    const after = pageText.slice(at + exact.length, at + exact.length + suffix.length);
    const score = commonSuffixLength(prefix, before) + commonPrefixLength(suffix, after);
    const distance = start === null ? 0 : Math.abs(at - start);
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  return best === null ? null : { start: best.at, end: best.at + exact.length, method: 'quote' };
}

/** Same page? Addresses are compared without their #fragment, which does not change the page. */
export function isSamePage(annotationSource: string, pageUrl: string): boolean {
  const strip = (url: string) => url.split('#', 1)[0]!;
  return strip(annotationSource) === strip(pageUrl);
}
