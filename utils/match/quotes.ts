/**
 * Quote finding: seeded regions are aligned word by word, cut into pieces where the page
 * interrupts the quote (attribution, a paragraph break, a closing quotation mark), merged into
 * split quotes, filtered by distinctiveness, and classed against every wording of the utterance.
 * Quoted spans that no seed explains go to the reworded search.
 */
import { G_BLOCK, G_QCLOSE, G_QOPEN, F_STOP, type TokenStream } from '../text/tokenize';
import { alignLocal } from './align';
import type { QuoteIndex, MatchTarget } from './quote-index';
import { findCandidateRegions, type CandidateRegion } from './scan';
import { findReworded, type Span } from './reworded';
import { MIN_QUOTE_TOKENS, MIN_QUOTE_WEIGHT } from './weights';
import { classifyQuote } from './classify';
import type { QuoteMatch } from './types';

/** An attribution ("he added", "OpenAI said in a statement on X") is at most this many words… */
const MAX_ATTRIBUTION = 10;
/** …or this many when the quote resumes in the next paragraph. */
const MAX_ATTRIBUTION_ACROSS_BLOCKS = 4;
/** Inserted page words without a quotation mark around them: at most this many inside a piece. */
const MAX_INSERTION = 3;
/** A piece of a split quote shares at least this many words with the wording. */
const MIN_PIECE_TOKENS = 3;

export interface QuoteCandidate {
  utteranceIdx: number;
  target: number;
  /** Page token ranges [from, to) of the quote's pieces, in page order. */
  pieces: Span[];
  matched: number;
  weight: number;
  /** First and last aligned wording token, to keep merged pieces in the wording's order. */
  targetFrom: number;
  targetTo: number;
  reworded: boolean;
}

const weightCache = new WeakMap<MatchTarget, Float32Array>();
export function targetWeights(index: QuoteIndex, t: MatchTarget): Float32Array {
  let w = weightCache.get(t);
  if (!w) {
    const ts = t.tokens;
    w = new Float32Array(ts.count);
    for (let k = 0; k < ts.count; k++) w[k] = index.weights.of(ts.hash[k]!, ts.flags[k]!);
    weightCache.set(t, w);
  }
  return w;
}

/** A quotation mark, or more than a few unmatched words, between two matched words cuts the piece. */
function interrupted(ts: TokenStream, prev: number, next: number): boolean {
  for (let k = prev + 1; k <= next; k++) if (ts.gap[k]! & (G_QCLOSE | G_QOPEN)) return true;
  return next - prev - 1 > MAX_INSERTION;
}

function isAttribution(ts: TokenStream, lastOfPiece: number, firstOfNext: number): boolean {
  const words = firstOfNext - lastOfPiece - 1;
  let block = false;
  let quote = false;
  for (let k = lastOfPiece + 1; k <= firstOfNext; k++) {
    const g = ts.gap[k]!;
    if (g & G_BLOCK) block = true;
    if (g & (G_QOPEN | G_QCLOSE)) quote = true;
  }
  return quote && words <= (block ? MAX_ATTRIBUTION_ACROSS_BLOCKS : MAX_ATTRIBUTION);
}

interface Piece extends Span {
  matched: number;
  weight: number;
  targetFrom: number;
  targetTo: number;
}

function candidateOf(utteranceIdx: number, target: number, pieces: Piece[]): QuoteCandidate {
  return {
    utteranceIdx,
    target,
    pieces: pieces.map((p) => ({ from: p.from, to: p.to })),
    matched: pieces.reduce((n, p) => n + p.matched, 0),
    weight: pieces.reduce((n, p) => n + p.weight, 0),
    targetFrom: pieces[0]!.targetFrom,
    targetTo: pieces[pieces.length - 1]!.targetTo,
    reworded: false,
  };
}

/** Aligns one wording with its region and cuts the result into quotes and their pieces. */
function fromRegion(ts: TokenStream, index: QuoteIndex, target: number, from: number, to: number): QuoteCandidate[] {
  const t = index.targets[target]!;
  const weights = targetWeights(index, t);
  const al = alignLocal(ts, from, to, t.tokens, weights);
  if (!al || al.page.length < MIN_PIECE_TOKENS) return [];
  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  for (let q = 0; q < al.page.length; q++) {
    const p = al.page[q]!;
    const tp = al.target[q]!;
    if (!cur || interrupted(ts, al.page[q - 1]!, p)) {
      cur = { from: p, to: p + 1, matched: 0, weight: 0, targetFrom: tp, targetTo: tp + 1 };
      pieces.push(cur);
    }
    cur.to = p + 1;
    cur.targetTo = tp + 1;
    cur.matched++;
    cur.weight += weights[tp]!;
  }
  // Words that happen to match outside the quote ("SoftBank has “well under…”") are not a piece.
  const solid = pieces.length > 1 ? pieces.filter((p) => p.matched >= MIN_PIECE_TOKENS) : pieces;
  const out: QuoteCandidate[] = [];
  let group: Piece[] = [];
  for (const p of solid) {
    const prev = group[group.length - 1];
    if (prev && !isAttribution(ts, prev.to - 1, p.from)) {
      out.push(candidateOf(t.utteranceIdx, target, group));
      group = [];
    }
    group.push(p);
  }
  if (group.length) out.push(candidateOf(t.utteranceIdx, target, group));
  return out;
}

const first = (c: QuoteCandidate) => c.pieces[0]!.from;
const last = (c: QuoteCandidate) => c.pieces[c.pieces.length - 1]!.to;
const overlaps = (a: QuoteCandidate, b: QuoteCandidate) => first(a) < last(b) && first(b) < last(a);

/**
 * Keeps the strongest candidate wherever several claim the same words. Candidates are grouped
 * into runs of mutually overlapping ones first, so the greedy choice stays local (linear overall).
 */
function pickBest(cands: QuoteCandidate[]): QuoteCandidate[] {
  const byStart = [...cands].sort((a, b) => first(a) - first(b));
  const kept: QuoteCandidate[] = [];
  let group: QuoteCandidate[] = [];
  let groupEnd = -1;
  const flush = () => {
    const chosen: QuoteCandidate[] = [];
    for (const c of group.sort((a, b) => b.weight - a.weight || b.matched - a.matched)) {
      if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
    }
    kept.push(...chosen.sort((a, b) => first(a) - first(b)));
    group = [];
  };
  for (const c of byStart) {
    if (group.length && first(c) >= groupEnd) flush();
    group.push(c);
    groupEnd = Math.max(groupEnd, last(c));
  }
  flush();
  return kept;
}

/** Whether half of a span is already covered by accepted quotes (sorted, non-overlapping). */
function coverageTest(accepted: QuoteCandidate[]): (s: Span) => boolean {
  return (s: Span) => {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (last(accepted[mid]!) <= s.from) lo = mid + 1;
      else hi = mid;
    }
    let covered = 0;
    for (let i = lo; i < accepted.length && first(accepted[i]!) < s.to; i++) {
      covered += Math.min(last(accepted[i]!), s.to) - Math.max(first(accepted[i]!), s.from);
    }
    return covered >= (s.to - s.from) / 2;
  };
}

/** Distinct content-word hashes of a candidate's page words. */
function contentWords(ts: TokenStream, c: QuoteCandidate): Set<number> {
  const out = new Set<number>();
  for (const p of c.pieces) for (let k = p.from; k < p.to; k++) if (!(ts.flags[k]! & F_STOP)) out.add(ts.hash[k]!);
  return out;
}

/** True when c mostly repeats prev (a quote followed by the embedded post that says it again). */
function repeats(ts: TokenStream, prev: QuoteCandidate, c: QuoteCandidate): boolean {
  const before = contentWords(ts, prev);
  const words = contentWords(ts, c);
  let again = 0;
  for (const h of words) if (before.has(h)) again++;
  return again > words.size / 2;
}

/** Joins pieces of one utterance that separate regions found on either side of an attribution. */
function mergeSplits(ts: TokenStream, cands: QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    const joins =
      prev &&
      prev.utteranceIdx === c.utteranceIdx &&
      (prev.target !== c.target || c.targetFrom >= prev.targetTo - 1) &&
      isAttribution(ts, last(prev) - 1, first(c)) &&
      !repeats(ts, prev, c);
    if (joins) {
      prev.pieces.push(...c.pieces);
      prev.matched += c.matched;
      prev.weight += c.weight;
      prev.targetTo = Math.max(prev.targetTo, c.targetTo);
      continue;
    }
    out.push({ ...c, pieces: [...c.pieces] });
  }
  return out;
}

/**
 * Aligns the seeded regions, strongest first within each utterance: where several wordings of one
 * utterance seeded the same words, only the closest wording (most seeds) is aligned; a region is
 * aligned only if its seeds lie outside what the utterance's alignments already cover.
 * Classification compares with every wording later.
 */
function alignRegions(ts: TokenStream, index: QuoteIndex, regions: CandidateRegion[]): QuoteCandidate[] {
  const utt = (r: CandidateRegion) => index.targets[r.target]!.utteranceIdx;
  const longer = (a: CandidateRegion, b: CandidateRegion) => index.targets[a.target]!.tokens.count - index.targets[b.target]!.tokens.count;
  const sorted = [...regions].sort((a, b) => utt(a) - utt(b) || b.seeds - a.seeds || longer(b, a));
  const out: QuoteCandidate[] = [];
  let covered: Span[] = [];
  let current = -1;
  for (const r of sorted) {
    if (utt(r) !== current) {
      current = utt(r);
      covered = [];
    }
    let inside = 0;
    for (const c of covered) inside += Math.max(0, Math.min(c.to, r.seedTo) - Math.max(c.from, r.seedFrom));
    if (inside * 2 >= r.seedTo - r.seedFrom) continue;
    for (const c of fromRegion(ts, index, r.target, r.from, r.to)) {
      out.push(c);
      covered.push({ from: first(c), to: last(c) });
    }
  }
  return out;
}

export function findQuotes(ts: TokenStream, index: QuoteIndex): QuoteMatch[] {
  const cands = alignRegions(ts, index, findCandidateRegions(ts, index));
  const accepted = mergeSplits(ts, pickBest(cands)).filter(
    (c) => c.matched >= MIN_QUOTE_TOKENS && c.weight >= MIN_QUOTE_WEIGHT,
  );
  for (const hit of findReworded(ts, index, coverageTest(accepted))) {
    const u = index.utterances[hit.utteranceIdx]!;
    accepted.push({
      utteranceIdx: hit.utteranceIdx,
      target: u.targets[0]!,
      pieces: [hit.span],
      matched: 0,
      weight: 0,
      targetFrom: 0,
      targetTo: 0,
      reworded: true,
    });
  }
  accepted.sort((a, b) => first(a) - first(b));
  return accepted.map((c, i) => classifyQuote(ts, index, c, `q${i}`));
}
