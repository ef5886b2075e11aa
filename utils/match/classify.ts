/**
 * Classes one found quote: compares the page's words with every wording of the utterance (word
 * diff and similarity), takes the closest, and decides the class — split when the page
 * interrupted it, reworded when it says it in other words (or copies an outlet's
 * re-translation), fragment when it quotes only part of the utterance (short, or words left out
 * at the ends), else exact / close by how the words differ.
 */
import type { TokenStream } from '../text/tokenize';
import type { QuoteIndex } from './quote-index';
import type { QuoteCandidate } from './candidates';
import { compareRuns, contentHashes, fidelityOf, runOf, type Comparison, type TokenRun } from './compare';
import { F_STOP } from '../text/tokenize';
import type { MatchClass, QuoteMatch, WordingComparison } from './types';

/** A page quote covering less than this share of the utterance's whole wording is a fragment. */
const FRAGMENT_COVERAGE = 0.75;

export function classifyQuote(ts: TokenStream, index: QuoteIndex, c: QuoteCandidate, id: string): QuoteMatch {
  const entry = index.utterances[c.utteranceIdx]!;
  const pageTokens: number[] = [];
  for (const p of c.pieces) for (let k = p.from; k < p.to; k++) pageTokens.push(k);
  const page: TokenRun = { ts, tokens: pageTokens };
  const short = pageTokens.length < FRAGMENT_COVERAGE * entry.fullLength;

  // Fidelity is judged against what the speaker said: the original and the faithful wordings,
  // not against another outlet's translation that the page may have copied.
  let best: Comparison | null = null;
  let closest = 0;
  let copiesTranslation = false;
  const comparisons: WordingComparison[] = [];
  const pageWords = contentHashes(page);
  for (const t of entry.targets) {
    const target = index.targets[t]!;
    // A wording that shares no content word with the page quotes another part of the utterance.
    if (!sharesAny(target.tokens, pageWords)) continue;
    // Compared with the part it quotes: words left out at the ends make a fragment, not a misquote.
    const cmp = compareRuns(runOf(target.tokens), page, true);
    const faithful = target.form === 'full' || target.form === 'fragment';
    if (faithful && (!best || closer(cmp, best))) best = cmp;
    closest = Math.max(closest, cmp.similarity);
    if (!faithful && cmp.changed === 0 && cmp.trimmed === 0) copiesTranslation = true;
    for (const wordingId of target.wordingIds) {
      comparisons.push({ wordingId, similarity: round(cmp.similarity), diff: cmp.diff });
    }
  }
  comparisons.sort((a, b) => b.similarity - a.similarity);
  best ??= { similarity: closest, diff: [], changed: 1, trimmed: 0, reworded: true };
  const fragment = short || best.trimmed > 0;
  // A page that copies an outlet's whole re-translation word for word rewords the speaker,
  // however close that translation happens to stay to the original.
  const fidelity = c.reworded || copiesTranslation ? 'reworded' : fidelityOf(best);
  let matchClass: MatchClass;
  if (c.pieces.length > 1) matchClass = 'split';
  else if (fidelity === 'reworded') matchClass = 'reworded';
  else if (fragment) matchClass = 'fragment';
  else matchClass = fidelity;
  return {
    kind: 'quote',
    id,
    matchClass,
    fidelity,
    ranges: c.pieces.map((p) => ({ start: ts.start[p.from]!, end: ts.end[p.to - 1]! })),
    utteranceId: entry.utterance.id,
    score: round(closest),
    wordings: comparisons,
    pageText: c.pieces.map((p) => ts.text.slice(ts.start[p.from]!, ts.end[p.to - 1]!)).join(' … '),
  };
}

/** The closer comparison: more similar, or as similar and quoting more of its wording. */
function closer(a: Comparison, b: Comparison): boolean {
  return a.similarity > b.similarity || (a.similarity === b.similarity && a.trimmed < b.trimmed);
}

function sharesAny(ts: TokenStream, words: Set<number>): boolean {
  for (let k = 0; k < ts.count; k++) if (!(ts.flags[k]! & F_STOP) && words.has(ts.hash[k]!)) return true;
  return false;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
