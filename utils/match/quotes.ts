/**
 * Quote finding: the candidates that are distinctive enough (distinctive.ts) are kept; quoted
 * spans that no kept candidate explains go to the reworded search; each quote is classed against
 * every wording of its utterance.
 */
import { F_STOP, type TokenStream } from '../text/tokenize';
import { meaningOf } from './synonyms';
import type { QuoteIndex, UtteranceEntry } from './quote-index';
import { first, last, quoteCandidates, type QuoteCandidate } from './candidates';
import { findReworded } from './reworded';
import { QuoteMarks, type Span } from './quote-marks';
import { isAttributed, isDistinctive, type Speakers } from './distinctive';
import { classifyQuote } from './classify';
import type { QuoteMatch } from './types';

/** Share of its quotation a quote must fill to take in the rest of it… */
const MIN_WIDEN_FILL = 0.5;
/** …when the rest is a few words at either end ("Frankly, …"), not a sentence more. */
const MAX_WIDEN = 3;

/**
 * Whether one accepted quote (they are sorted and do not overlap) already covers half of a span.
 * Several short pieces of one statement scattered over a quotation do not explain it: a
 * translation that keeps some phrases and reorders the rest is one reworded quote.
 */
function coverageTest(accepted: QuoteCandidate[]): (s: Span) => boolean {
  return (s: Span) => {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (last(accepted[mid]!) <= s.from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < accepted.length && first(accepted[i]!) < s.to; i++) {
      const covered = Math.min(last(accepted[i]!), s.to) - Math.max(first(accepted[i]!), s.from);
      if (covered >= (s.to - s.from) / 2) return true;
    }
    return false;
  };
}

/**
 * Whether the page words [from, to) left in the quotation beside a quote go on with the part of
 * its wording that the quote did not match: no longer than that part (give or take a few
 * words), and sharing a meaning with it ("…secured. I heard it from good people" for
 * "…secured. I have that on good authority").
 */
function goesOnWithWording(ts: TokenStream, index: QuoteIndex, c: QuoteCandidate, from: number, to: number, side: 'head' | 'tail'): boolean {
  const wording = index.targets[c.target]!.tokens;
  const [lo, hi] = side === 'tail' ? [c.targetTo, wording.count] : [0, c.targetFrom];
  if (hi <= lo || to - from > hi - lo + MAX_WIDEN) return false;
  const rest = new Set<number>();
  for (let k = lo; k < hi; k++) if (!(wording.flags[k]! & F_STOP)) rest.add(meaningOf(wording, k, index.tables));
  for (let k = from; k < to; k++) if (!(ts.flags[k]! & F_STOP) && rest.has(meaningOf(ts, k, index.tables))) return true;
  return false;
}

/**
 * A quote that fills most of its quotation marks takes in the words left at their edges: the
 * page's marks say where the quote begins and ends ("In reality, they do not have the money"),
 * and those words are part of how the page quotes it — a few words, or the rest of the
 * statement in other words, but not a further sentence of the page's own. `sorted` is in page
 * order.
 */
function widenToQuotations(ts: TokenStream, index: QuoteIndex, marks: QuoteMarks, sorted: QuoteCandidate[]): void {
  sorted.forEach((c, i) => {
    if (c.reworded || marks.placement(c.pieces).fill < MIN_WIDEN_FILL) return;
    const head = c.pieces[0]!;
    const tail = c.pieces[c.pieces.length - 1]!;
    const open = marks.enclosing(head.from);
    const close = marks.enclosing(tail.to - 1);
    const prevEnd = i > 0 ? last(sorted[i - 1]!) : 0;
    const nextStart = i + 1 < sorted.length ? first(sorted[i + 1]!) : Infinity;
    const widens = (from: number, to: number, side: 'head' | 'tail') => to - from <= MAX_WIDEN || goesOnWithWording(ts, index, c, from, to, side);
    if (open && open.from >= prevEnd && widens(open.from, head.from, 'head')) head.from = Math.min(head.from, open.from);
    if (close && close.to <= nextStart && widens(tail.to, close.to, 'tail')) tail.to = Math.max(tail.to, close.to);
  });
}

export function findQuotes(ts: TokenStream, index: QuoteIndex): QuoteMatch[] {
  const marks = new QuoteMarks(ts);
  const merged = quoteCandidates(ts, index);
  const speakersOf = (u: UtteranceEntry): Speakers => ({ own: u.speaker, all: index.speakerNames });
  const quotedBefore = new Set<number>();
  let accepted = merged.filter((c) => {
    const u = index.utterances[c.utteranceIdx]!;
    if (!isDistinctive(ts, marks, u, c, speakersOf(u), quotedBefore.has(c.utteranceIdx))) return false;
    quotedBefore.add(c.utteranceIdx);
    return true;
  });
  for (const hit of findReworded(ts, index, marks.all(), coverageTest(accepted))) {
    const u = index.utterances[hit.utteranceIdx]!;
    if (!isAttributed(ts, [hit.span], speakersOf(u))) continue;
    // A quotation reworded as a whole is one quote, however many of its words also matched.
    const inside = (c: QuoteCandidate) => first(c) < hit.span.to && hit.span.from < last(c);
    if (accepted.some((c) => inside(c) && c.utteranceIdx !== hit.utteranceIdx)) continue;
    accepted = accepted.filter((c) => !inside(c));
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
  widenToQuotations(ts, index, marks, accepted);
  return accepted.map((c, i) => classifyQuote(ts, index, c, `q${i}`));
}
