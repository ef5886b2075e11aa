/**
 * Quote candidates: seeded regions are aligned word by word, cut into pieces where the page
 * interrupts the quote (attribution, a paragraph break, a closing quotation mark), the strongest
 * candidate kept wherever several claim the same words, and pieces of one utterance on either
 * side of an attribution merged into split quotes. Whether a candidate is shown is decided later.
 */
import { G_BLOCK, G_QCLOSE, G_QOPEN, G_SQUOTE, F_STOP, type TokenStream } from '../text/tokenize';
import { alignLocal, type Alignment } from './align';
import { SHINGLE, type QuoteIndex, type MatchTarget } from './quote-index';
import { findCandidateRegions, type CandidateRegion } from './scan';
import type { Span } from './quote-marks';

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

/**
 * True when the words between two pieces are an attribution that interrupts one quotation: the
 * quotation closes, a few words follow, and it opens again (“…,” he added, “…” — or with single
 * marks). Words that merely follow a closing mark (“…,” came with an invitation to tour the
 * site) are the page's own.
 */
function isAttribution(ts: TokenStream, lastOfPiece: number, firstOfNext: number): boolean {
  const words = firstOfNext - lastOfPiece - 1;
  let block = false;
  let closes = false;
  let reopens = false;
  let singleMarks = 0;
  for (let k = lastOfPiece + 1; k <= firstOfNext; k++) {
    const g = ts.gap[k]!;
    if (g & G_BLOCK) block = true;
    if (g & G_QCLOSE) closes = true;
    if (g & G_QOPEN) reopens = true;
    if (g & G_SQUOTE) singleMarks++;
  }
  const resumes = (closes && reopens) || singleMarks >= 2;
  return resumes && words <= (block ? MAX_ATTRIBUTION_ACROSS_BLOCKS : MAX_ATTRIBUTION);
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

/**
 * Aligns one wording with its region and cuts the result into quotes and their pieces. A region
 * can hold the quote twice (a post embedded right after the sentence that quotes it): seeds left
 * outside the alignment are aligned again on their side.
 */
function fromRegion(ts: TokenStream, index: QuoteIndex, target: number, r: Omit<CandidateRegion, 'target' | 'seeds'>): QuoteCandidate[] {
  const t = index.targets[target]!;
  const weights = targetWeights(index, t);
  const al = alignLocal(ts, r.from, r.to, t.tokens, weights);
  if (!al || al.page.length === 0) return [];
  const lo = al.page[0]!;
  const hi = al.page[al.page.length - 1]! + 1;
  const out: QuoteCandidate[] = [];
  if (r.seedFrom + SHINGLE <= lo && lo - r.from >= MIN_PIECE_TOKENS) {
    out.push(...fromRegion(ts, index, target, { from: r.from, to: lo, seedFrom: r.seedFrom, seedTo: Math.min(r.seedTo, lo) }));
  }
  if (al.page.length >= MIN_PIECE_TOKENS) out.push(...piecesOf(ts, index, target, al));
  if (r.seedTo - SHINGLE >= hi && r.to - hi >= MIN_PIECE_TOKENS) {
    out.push(...fromRegion(ts, index, target, { from: hi, to: r.to, seedFrom: Math.max(r.seedFrom, hi), seedTo: r.seedTo }));
  }
  return out;
}

/** Cuts an alignment into quotes and their pieces. */
function piecesOf(ts: TokenStream, index: QuoteIndex, target: number, al: Alignment): QuoteCandidate[] {
  const t = index.targets[target]!;
  const weights = targetWeights(index, t);
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

export const first = (c: QuoteCandidate) => c.pieces[0]!.from;
export const last = (c: QuoteCandidate) => c.pieces[c.pieces.length - 1]!.to;
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

/** True when c goes on where prev stops: a few words on, in the same paragraph, no quotation mark between. */
function continues(ts: TokenStream, prev: QuoteCandidate, c: QuoteCandidate): boolean {
  if (first(c) - last(prev) > MAX_INSERTION) return false;
  for (let k = last(prev); k <= first(c); k++) if (ts.gap[k]! & (G_BLOCK | G_QOPEN | G_QCLOSE)) return false;
  return true;
}

/**
 * Joins candidates of one utterance that go on from each other (two alignments that meet) into
 * one quote, and pieces on either side of an attribution into a split quote.
 */
function mergeSplits(ts: TokenStream, cands: QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    const sameQuote =
      prev &&
      prev.utteranceIdx === c.utteranceIdx &&
      (prev.target !== c.target || c.targetFrom >= prev.targetTo - 1) &&
      !repeats(ts, prev, c);
    if (sameQuote && continues(ts, prev, c)) {
      prev.pieces[prev.pieces.length - 1]!.to = c.pieces[0]!.to;
      prev.pieces.push(...c.pieces.slice(1));
      prev.matched += c.matched;
      prev.weight += c.weight;
      prev.targetTo = Math.max(prev.targetTo, c.targetTo);
      continue;
    }
    if (sameQuote && isAttribution(ts, last(prev) - 1, first(c))) {
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
 * The part of a region whose seeds no alignment of its utterance covers yet: a region that
 * another wording's alignment already covers in part is aligned only where it goes beyond it
 * ("Wrong, as you surely know." before the rest of the reply, which a longer region found).
 * Null when too little is left.
 */
function uncovered(r: CandidateRegion, covered: readonly Span[]): CandidateRegion | null {
  let { from, to, seedFrom, seedTo } = r;
  for (const c of covered) {
    if (c.to <= seedFrom || c.from >= seedTo) continue;
    if (c.from <= seedFrom && c.to >= seedTo) return null;
    // Keep the side of c with more of the seeds.
    if (c.from - seedFrom >= seedTo - c.to) {
      seedTo = c.from;
      to = Math.min(to, c.from);
    } else {
      seedFrom = c.to;
      from = Math.max(from, c.to);
    }
  }
  return seedTo - seedFrom >= SHINGLE ? { ...r, from, to, seedFrom, seedTo } : null;
}

/**
 * Aligns the seeded regions, strongest first within each utterance: where several wordings of one
 * utterance seeded the same words, only the closest wording (most seeds) is aligned; a region is
 * aligned only where its seeds lie outside what the utterance's alignments already cover.
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
    const open = uncovered(r, covered);
    if (!open) continue;
    for (const c of fromRegion(ts, index, r.target, open)) {
      out.push(c);
      covered.push({ from: first(c), to: last(c) });
    }
  }
  return out;
}

/** Every quote candidate of the page, in page order, before the distinctiveness test. */
export function quoteCandidates(ts: TokenStream, index: QuoteIndex): QuoteCandidate[] {
  return mergeSplits(ts, pickBest(alignRegions(ts, index, findCandidateRegions(ts, index))));
}
