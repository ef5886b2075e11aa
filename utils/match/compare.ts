/**
 * Compares the words a page quotes with one corpus wording: a word diff (the `diff` package's
 * diffArrays on normalised word hashes, shown with each side's own words), a similarity, and
 * whether the differences amount to a rewording (synonyms swapped, words moved) or only to small
 * edits (a word dropped, added or changed).
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
  /** Synonyms swapped or words moved: the page says it in other words. */
  reworded: boolean;
}

const CLOSE_ENOUGH = 0.7;

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
  const removedConcepts = new Set<number>();
  const addedConcepts = new Set<number>();
  const removedWords = new Set<number>();
  const addedWords = new Set<number>();
  let changed = 0;
  for (const c of changes) {
    const n = c.value.length;
    if (c.removed) {
      diff.push({ value: words(wording, ia, ia + n), removed: true });
      for (let k = ia; k < ia + n; k++) noteWord(wording, k, removedWords, removedConcepts);
      ia += n;
      changed += n;
    } else if (c.added) {
      diff.push({ value: words(page, ib, ib + n), added: true });
      for (let k = ib; k < ib + n; k++) noteWord(page, k, addedWords, addedConcepts);
      ib += n;
      changed += n;
    } else {
      diff.push({ value: words(page, ib, ib + n) });
      ia += n;
      ib += n;
      common += n;
    }
  }
  const basis = aTo - aFrom + b.length;
  const similarity = basis === 0 ? 0 : (2 * common) / basis;
  let reworded = similarity < CLOSE_ENOUGH;
  for (const h of removedWords) if (addedWords.has(h)) reworded = true; // a word moved
  for (const c of removedConcepts) if (addedConcepts.has(c)) reworded = true; // a synonym swapped
  return { similarity, diff, changed, reworded };
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
  const shared = contentHashes(page);
  const { ts, tokens } = wording;
  let lo = -1;
  let hi = -1;
  for (let q = 0; q < tokens.length; q++) {
    if (!(ts.flags[tokens[q]!]! & F_STOP) && shared.has(ts.hash[tokens[q]!]!)) {
      if (lo < 0) lo = q;
      hi = q;
    }
  }
  if (lo < 0) return wording;
  return { ts, tokens: tokens.slice(Math.max(0, lo - 3), Math.min(tokens.length, hi + 4)) };
}

function noteWord(run: TokenRun, k: number, wordsSeen: Set<number>, concepts: Set<number>): void {
  const t = run.tokens[k]!;
  const h = run.ts.hash[t]!;
  if (hasSynonyms(h)) concepts.add(conceptOf(h));
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
