/**
 * Whether a found quote is distinctive enough to highlight. The words a page shares with a
 * wording are weighed by how much each tells (weights.ts); how much weight is enough depends on
 * how the page presents them:
 *
 * - in quotation marks, a moderate weight suffices ("well under $10B secured");
 * - in running prose, only a heavy one does, or the whole statement (an embedded post prints
 *   it without marks), so a sentence that borrows "to visit the first site" stays plain;
 * - a light quote of ordinary words ("don’t have the money") is still the speaker's when the
 *   evidence around it agrees: the page's marks enclose just those words, the speaker is named
 *   nearby, and it is long (five words or more) or most of a short statement. "great for the
 *   country" alone remains too common to claim, even attributed.
 */
import { G_BLOCK, type TokenStream } from '../text/tokenize';
import { windowAround, wordSet } from '../text/words';
import type { QuoteMarks, Span } from './quote-marks';
import type { UtteranceEntry } from './quote-index';
import { MIN_QUOTE_TOKENS, MIN_QUOTE_WEIGHT } from './weights';

/** Weight a match in running prose needs (in quotation marks, MIN_QUOTE_WEIGHT). */
const MIN_PROSE_WEIGHT = 3.5;
/** A match at least this much inside quotation marks is a quoted one. */
const QUOTED = 0.5;
/** A match covering this share of the statement is the statement itself. */
const WHOLE_STATEMENT = 0.75;
/** A light quote must fill this share of its quotation marks… */
const MIN_FILL = 0.7;
/** …and be this long, or cover this share of the statement. */
const LONG_QUOTE_TOKENS = 5;
const MOST_OF_STATEMENT = 0.6;
/** The speaker counts as named nearby within these many tokens before or after the quote. */
const SPEAKER_BEFORE = 40;
const SPEAKER_AFTER = 20;

export interface FoundQuote {
  pieces: Span[];
  matched: number;
  weight: number;
}

/** True when one of the speaker's names occurs near the quote. */
export function speakerNamedNear(ts: TokenStream, pieces: readonly Span[], speaker: readonly number[]): boolean {
  if (speaker.length === 0) return false;
  const lo = Math.max(0, pieces[0]!.from - SPEAKER_BEFORE);
  const hi = Math.min(ts.count, pieces[pieces.length - 1]!.to + SPEAKER_AFTER);
  for (let k = lo; k < hi; k++) if (speaker.includes(ts.hash[k]!)) return true;
  return false;
}

export function isDistinctive(ts: TokenStream, marks: QuoteMarks, entry: UtteranceEntry, q: FoundQuote): boolean {
  if (q.matched < MIN_QUOTE_TOKENS) return false;
  const coverage = q.matched / entry.fullLength;
  const { inside, fill } = marks.placement(q.pieces);
  const quoted = inside >= QUOTED;
  if (q.weight >= (quoted ? MIN_QUOTE_WEIGHT : MIN_PROSE_WEIGHT)) return true;
  if (!quoted) return coverage >= WHOLE_STATEMENT && q.weight >= MIN_QUOTE_WEIGHT;
  const substantial = q.matched >= LONG_QUOTE_TOKENS || coverage >= MOST_OF_STATEMENT;
  return substantial && fill >= MIN_FILL && speakerNamedNear(ts, q.pieces, entry.speaker);
}

const ATTRIBUTION_WORDS = wordSet(['said', 'says', 'say', 'wrote', 'writes', 'write', 'posted', 'posts', 'tweeted', 'told', 'tells', 'added', 'adds', 'replied', 'replies', 'answered', 'stated', 'according', 'urged', 'asked', 'declared']);
/** An attribution verb counts within these many tokens of the quotation, inside its paragraph. */
const ATTRIBUTION_REACH = 8;

/**
 * Whether a quotation is put in someone's mouth: its speaker named nearby, or a verb of saying
 * right next to it. A reworded quote has only its meaning to go on, so it needs one or the other.
 */
export function isAttributed(ts: TokenStream, span: Span, entry: UtteranceEntry): boolean {
  if (speakerNamedNear(ts, [span], entry.speaker)) return true;
  const [lo, hi] = windowAround(ts, span.from, span.to, ATTRIBUTION_REACH, G_BLOCK);
  for (let k = lo; k < hi; k++) {
    if ((k < span.from || k >= span.to) && ATTRIBUTION_WORDS.has(ts.hash[k]!)) return true;
  }
  return false;
}
