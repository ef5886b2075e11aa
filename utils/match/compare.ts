/**
 * Compares the words a page quotes with one corpus wording: a word diff (the `diff` package's
 * diffArrays on normalised word hashes, shown with each side's own words), a similarity, and
 * whether the differences amount to a rewording (words moved, several synonyms swapped) or only
 * to small edits (a word dropped, added or changed).
 */
import { diffArrays } from 'diff';
import type { DiffPart, Fidelity } from './types';
import { F_STOP, type TokenStream } from '../text/tokenize';
import { conceptOf, hasSynonyms } from './synonyms';

/** A sequence of tokens of one text: the page's quote or a wording. */
export interface TokenRun {
  ts: TokenStream;
  /** Token indices into ts, in order. */
  tokens: number[];
}

export interface Comparison {
  similarity: number;
  diff: DiffPart[];
  changed: number;
  /** Wording words left out at either end: the page quotes only a part. */
  trimmed: number;
  /** Synonyms swapped or words moved: the page says it in other words. */
  reworded: boolean;
}

const CLOSE_ENOUGH = 0.7;
const MIN_SWAPS = 2;
/** Wording words kept beyond the shared stretch, besides those the page itself has there. */
const MARGIN = 2;

function words(run: TokenRun, from: number, to: number): string {
  const { ts, tokens } = run;
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(ts.text.slice(ts.start[tokens[k]!]!, ts.end[tokens[k]!]!));
  return out.join(' ');
}

/**
 * Diffs `wording` → `page`. With `trimToPage`, wording words before the first and after the last
 * shared word are left out: the page quotes a part, and is compared with that part.
 */
export function compareRuns(wording: TokenRun, page: TokenRun, trimToPage: boolean): Comparison {
  const wordingLength = wording.tokens.length;
  if (trimToPage) wording = narrowToPage(wording, page);
  const a = wording.tokens.map((k) => wording.ts.hash[k]!);
  const b = page.tokens.map((k) => page.ts.hash[k]!);
  const changes = diffArrays(a, b);
  let aFrom = 0;
  let aTo = a.length;
  if (trimToPage) {
    while (changes.length > 1 && changes[0]!.removed) aFrom += changes.shift()!.value.length;
    while (changes.length > 1 && changes[changes.length - 1]!.removed) aTo -= changes.pop()!.value.length;
  }
  const diff: DiffPart[] = [];
  let ia = aFrom;
  let ib = 0;
  let common = 0;
  // Concept → the edit (run of changes between two shared stretches) it was removed or added in.
  const removedConcepts = new Map<number, number>();
  const addedConcepts = new Map<number, number>();
  let edit = 0;
  const removedWords = new Set<number>();
  const addedWords = new Set<number>();
  let changed = 0;
  for (const c of changes) {
    const n = c.value.length;
    if (c.removed) {
      diff.push({ value: words(wording, ia, ia + n), removed: true });
      for (let k = ia; k < ia + n; k++) noteWord(wording, k, removedWords, removedConcepts, edit);
      ia += n;
      changed += n;
    } else if (c.added) {
      diff.push({ value: words(page, ib, ib + n), added: true });
      for (let k = ib; k < ib + n; k++) noteWord(page, k, addedWords, addedConcepts, edit);
      ib += n;
      changed += n;
    } else {
      diff.push({ value: words(page, ib, ib + n) });
      ia += n;
      ib += n;
      common += n;
      edit++;
    }
  }
  const basis = aTo - aFrom + b.length;
  const similarity = basis === 0 ? 0 : (2 * common) / basis;
  let moved = 0;
  let swapped = 0;
  for (const h of removedWords) if (addedWords.has(h)) moved++;
  for (const [c, at] of removedConcepts) {
    const added = addedConcepts.get(c);
    if (added === at) swapped++;
    else if (added !== undefined) moved++; // "actually" became "in reality" at the front
  }
  // Words or their synonyms in another order, or several words traded for synonyms, say it in
  // other words; one word changed in place for a synonym ("really" for "actually") is a misquote.
  const reworded = similarity < CLOSE_ENOUGH || moved > 0 || swapped >= MIN_SWAPS;
  return { similarity, diff, changed, trimmed: wordingLength - (aTo - aFrom), reworded };
}

/** Content words of a run, to test cheaply whether two runs share anything. */
export function contentHashes(run: TokenRun): Set<number> {
  const out = new Set<number>();
  for (const t of run.tokens) if (!(run.ts.flags[t]! & F_STOP)) out.add(run.ts.hash[t]!);
  return out;
}

/**
 * The stretch of a long wording between the first and the last content word the page shares
 * with it (with a little margin), so the diff does not spend itself on words the page never
 * quoted.
 */
function narrowToPage(wording: TokenRun, page: TokenRun): TokenRun {
  const [lo, hi] = sharedStretch(wording, contentHashes(page));
  if (lo < 0) return wording;
  // The margin reaches as far as the page's own words reach beyond the shared ones ("But I also
  // have certain…" shares its first content word fourth).
  const [pageLo, pageHi] = sharedStretch(page, contentHashes(wording));
  const before = MARGIN + Math.max(0, pageLo);
  const after = MARGIN + Math.max(0, page.tokens.length - 1 - pageHi);
  return { ts: wording.ts, tokens: wording.tokens.slice(Math.max(0, lo - before), Math.min(wording.tokens.length, hi + 1 + after)) };
}

/** Positions of the first and last content word of `run` that `shared` holds; [-1, -1] if none. */
function sharedStretch(run: TokenRun, shared: Set<number>): [number, number] {
  const { ts, tokens } = run;
  let lo = -1;
  let hi = -1;
  for (let q = 0; q < tokens.length; q++) {
    if (!(ts.flags[tokens[q]!]! & F_STOP) && shared.has(ts.hash[tokens[q]!]!)) {
      if (lo < 0) lo = q;
      hi = q;
    }
  }
  return [lo, hi];
}

function noteWord(run: TokenRun, k: number, wordsSeen: Set<number>, concepts: Map<number, number>, edit: number): void {
  const t = run.tokens[k]!;
  const h = run.ts.hash[t]!;
  if (hasSynonyms(h)) concepts.set(conceptOf(h), edit);
  if (!(run.ts.flags[t]! & F_STOP)) wordsSeen.add(h);
}

export function fidelityOf(c: Comparison): Fidelity {
  if (c.changed === 0) return 'exact';
  return c.reworded ? 'reworded' : 'close';
}

export function runOf(ts: TokenStream, from = 0, to = ts.count): TokenRun {
  const tokens: number[] = [];
  for (let k = from; k < to; k++) tokens.push(k);
  return { ts, tokens };
}
