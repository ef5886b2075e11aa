/**
 * Reworded quotes: text the page sets in quotation marks that shares few word sequences with
 * the corpus but most of its meaning-bearing words (synonyms folded to one concept) with one
 * utterance — re-translations and paraphrases such as "Actually, they don't have the money".
 * Only quoted spans are examined, and only utterances whose distinctive words occur in them.
 */
import { F_STOP, type TokenStream } from '../text/tokenize';
import type { Span } from './quote-marks';
import type { QuoteIndex } from './quote-index';
import { meaningOf } from './synonyms';
import { MIN_QUOTE_TOKENS, MIN_QUOTE_WEIGHT } from './weights';

const MIN_DICE = 0.55;
const MIN_PRECISION = 0.75;
const CANDIDATES_PER_SPAN = 3;

export interface RewordedHit {
  utteranceIdx: number;
  span: Span;
  dice: number;
}

/** Concept → summed weight, for a bag-of-words comparison. */
export function bag(ts: TokenStream, from: number, to: number, index: QuoteIndex): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = from; k < to; k++) {
    const c = meaningOf(ts, k, index.tables);
    out.set(c, (out.get(c) ?? 0) + index.weights.of(ts.hash[k]!, ts.flags[k]!));
  }
  return out;
}

function overlap(page: Map<number, number>, wording: Map<number, number>) {
  let shared = 0;
  let distinct = 0;
  let pageTotal = 0;
  let wordingTotal = 0;
  for (const v of page.values()) pageTotal += v;
  for (const v of wording.values()) wordingTotal += v;
  for (const [c, v] of page) {
    const o = wording.get(c);
    if (o === undefined) continue;
    shared += Math.min(v, o);
    distinct++;
  }
  return { shared, distinct, dice: (2 * shared) / (pageTotal + wordingTotal), precision: shared / pageTotal };
}

/** The quoted spans (outside `covered`) that reword a corpus utterance, best utterance each. */
export function findReworded(ts: TokenStream, index: QuoteIndex, spans: readonly Span[], covered: (s: Span) => boolean): RewordedHit[] {
  const hits: RewordedHit[] = [];
  const scores = new Float64Array(index.utterances.length);
  for (const span of spans) {
    if (span.to - span.from < MIN_QUOTE_TOKENS || covered(span)) continue;
    const touched: number[] = [];
    const seen = new Set<number>();
    for (let k = span.from; k < span.to; k++) {
      if (ts.flags[k]! & F_STOP) continue;
      const c = meaningOf(ts, k, index.tables);
      if (seen.has(c)) continue;
      seen.add(c);
      const list = index.concepts.get(c);
      if (!list) continue;
      const w = index.weights.of(ts.hash[k]!, ts.flags[k]!);
      for (const u of list) {
        if (scores[u] === 0) touched.push(u);
        scores[u] = scores[u]! + w;
      }
    }
    const ranked = touched.filter((u) => scores[u]! >= MIN_QUOTE_WEIGHT / 2).sort((a, b) => scores[b]! - scores[a]!);
    let best: RewordedHit | null = null;
    const pageBag = ranked.length ? bag(ts, span.from, span.to, index) : null;
    for (const u of ranked.slice(0, CANDIDATES_PER_SPAN)) {
      for (const t of index.utterances[u]!.targets) {
        const tt = index.targets[t]!.tokens;
        const o = overlap(pageBag!, bag(tt, 0, tt.count, index));
        const fits = (o.dice >= MIN_DICE || o.precision >= MIN_PRECISION) && o.shared >= MIN_QUOTE_WEIGHT && o.distinct >= MIN_QUOTE_TOKENS;
        if (fits && (!best || o.dice > best.dice)) best = { utteranceIdx: u, span, dice: o.dice };
      }
    }
    for (const u of touched) scores[u] = 0;
    if (best) hits.push(best);
  }
  return hits;
}
