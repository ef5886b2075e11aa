/**
 * Small helpers for matching fixed words and phrases against a token stream by hash, for the
 * figure, date and story-signal readers.
 */
import { hashString } from './hash';
import { normalizeWords, type NormalizerTables } from './normalize';
import type { TokenStream } from './tokenize';

/** A word list as a hash → value map. */
export function wordMap<T>(entries: Record<string, T>): Map<number, T> {
  const m = new Map<number, T>();
  for (const [w, v] of Object.entries(entries)) m.set(hashString(w), v);
  return m;
}

export function wordSet(words: string[]): Set<number> {
  return new Set(words.map(hashString));
}

/** A phrase as the hashes of its normalised words. */
export function phraseHashes(phrase: string, tables?: NormalizerTables): number[] {
  return normalizeWords(phrase, tables).map(hashString);
}

/** True when the tokens at k.. spell the phrase. */
export function phraseAt(ts: TokenStream, k: number, phrase: number[]): boolean {
  if (k < 0 || k + phrase.length > ts.count) return false;
  for (let q = 0; q < phrase.length; q++) if (ts.hash[k + q] !== phrase[q]) return false;
  return true;
}

/** True when the tokens ending just before k (exclusive) spell the phrase. */
export function phraseEndsAt(ts: TokenStream, k: number, phrase: number[]): boolean {
  return phraseAt(ts, k - phrase.length, phrase);
}

/**
 * The tokens around [from, to): up to `reach` tokens on each side, stopping at a gap that has any
 * of the `stopAt` bits (a sentence end, a paragraph break). Returns [lo, hi).
 */
export function windowAround(ts: TokenStream, from: number, to: number, reach: number, stopAt: number): [number, number] {
  let lo = from;
  while (lo > 0 && from - lo < reach && !(ts.gap[lo]! & stopAt)) lo--;
  let hi = to;
  while (hi < ts.count && hi - to < reach && !(ts.gap[hi]! & stopAt)) hi++;
  return [lo, hi];
}
