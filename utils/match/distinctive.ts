/**
 * Whether a found quote is distinctive enough to highlight. The words a page shares with a
 * wording are weighed by how much each tells (weights.ts); how much weight is enough depends on
 * how the page presents them:
 *
 * - in quotation marks, a moderate weight suffices ("well under $10B secured") where the words
 *   fill at least half of the marks or are the whole statement;
 * - in running prose, only a heavy one does, or the whole statement (an embedded post prints
 *   it without marks), so a sentence that borrows "to visit the first site" stays plain;
 * - a light quote of ordinary words (four or more: "great for the country", "don’t have the
 *   money") is still the speaker's when the page says so: its marks enclose just those words,
 *   and it is attributed — see `isAttributed`.
 */
import { F_CAP, G_BLOCK, G_SENTENCE, type TokenStream } from '../text/tokenize';
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
/** A part of a statement must fill this share of its quotation marks… */
const MIN_SHARE_OF_QUOTATION = 0.5;
/** …and a light one (ordinary words) this share. */
const MIN_FILL = 0.7;
/** The speaker counts as named nearby within these many tokens before or after the quote. */
const SPEAKER_BEFORE = 40;
const SPEAKER_AFTER = 20;

export interface FoundQuote {
  pieces: Span[];
  matched: number;
  weight: number;
}

/** Who the page may be putting words in the mouth of: the speaker, and everyone the corpus quotes. */
export interface Speakers {
  own: readonly number[];
  all: ReadonlySet<number>;
}

/** True when one of the speaker's names occurs near the quote. */
export function speakerNamedNear(ts: TokenStream, pieces: readonly Span[], speaker: readonly number[]): boolean {
  if (speaker.length === 0) return false;
  const lo = Math.max(0, pieces[0]!.from - SPEAKER_BEFORE);
  const hi = Math.min(ts.count, pieces[pieces.length - 1]!.to + SPEAKER_AFTER);
  for (let k = lo; k < hi; k++) if (speaker.includes(ts.hash[k]!)) return true;
  return false;
}

/** Whose name token k is: the quote's speaker's, another speaker's of the corpus (capitalised: "Energy", not "energy"), or nobody's. */
function whose(ts: TokenStream, k: number, speakers: Speakers): 'own' | 'other' | null {
  const h = ts.hash[k]!;
  if (speakers.own.includes(h)) return 'own';
  return ts.flags[k]! & F_CAP && speakers.all.has(h) ? 'other' : null;
}

/**
 * `quotedBefore`: the page has already quoted this statement; a later quotation of some of its
 * words refers back to it (“optimal for your companies”, a few paragraphs after the whole reply).
 */
export function isDistinctive(ts: TokenStream, marks: QuoteMarks, entry: UtteranceEntry, q: FoundQuote, speakers: Speakers, quotedBefore: boolean): boolean {
  if (q.matched < MIN_QUOTE_TOKENS) return false;
  const coverage = q.matched / entry.fullLength;
  const { inside, fill } = marks.placement(q.pieces);
  const quoted = inside >= QUOTED;
  if (q.weight >= MIN_PROSE_WEIGHT) return true;
  if (!quoted) return coverage >= WHOLE_STATEMENT && q.weight >= MIN_QUOTE_WEIGHT;
  // A few of the statement's words inside a longer quotation of other words are someone else's
  // sentence borrowing a phrase ("X is the most inspiring entrepreneur I ever met").
  if (q.weight >= MIN_QUOTE_WEIGHT && (fill >= MIN_SHARE_OF_QUOTATION || coverage >= WHOLE_STATEMENT)) return true;
  return fill >= MIN_FILL && (quotedBefore || isAttributed(ts, q.pieces, speakers));
}

/** Verbs of saying, in the forms a report uses them. */
const REPORTING_VERBS = wordSet(
  `say says said saying write writes wrote written post posts posted tweet tweets tweeted tell tells told
add adds added reply replies replied answer answers answered state states stated declare declares declared
insist insists insisted inform informs informed claim claims claimed argue argues argued announce announces
announced assert asserts asserted note notes noted warn warns warned assure assures assured respond responds
responded counter counters countered call calls called describe describes described suggest suggests suggested
quip quips quipped scoff scoffs scoffed urge urges urged ask asks asked according`.split(/\s+/),
);
/** A verb of saying counts within these many tokens of the quotation, inside its paragraph. */
const ATTRIBUTION_REACH = 12;

/**
 * The tokens where a quotation's attribution may stand: a few before it in its paragraph, and
 * after it to the end of its sentence (after “….” a capitalised word starts another sentence;
 * after “…?”, a lower-case "she asked" does not).
 */
function attributionWindow(ts: TokenStream, from: number, to: number): [number, number] {
  const [lo] = windowAround(ts, from, to, ATTRIBUTION_REACH, G_BLOCK);
  let hi = to;
  const endsSentence = (k: number) => ts.gap[k]! & G_BLOCK || (ts.gap[k]! & G_SENTENCE && (k > to || ts.flags[k]! & F_CAP));
  while (hi < ts.count && hi - to < ATTRIBUTION_REACH && !endsSentence(hi)) hi++;
  return [lo, hi];
}

/**
 * Whether a quotation is put in the speaker's mouth. A verb of saying with a name as its subject
 * settles it ("Altman answered that…", "…,” said Trump", but not "asked Musk to “…”"); else the
 * speaker named nearby, or a verb of saying with nobody named ("a critic claimed that…"). A
 * quote of ordinary words, or a reworded one that has only its meaning to go on, needs one of
 * these.
 */
export function isAttributed(ts: TokenStream, pieces: readonly Span[], speakers: Speakers): boolean {
  const from = pieces[0]!.from;
  const to = pieces[pieces.length - 1]!.to;
  const [lo, hi] = attributionWindow(ts, from, to);
  let verb = false;
  let sayer: 'own' | 'other' | null = null;
  let distance = Infinity;
  for (let k = lo; k < hi; k++) {
    if ((k >= from && k < to) || !REPORTING_VERBS.has(ts.hash[k]!)) continue;
    verb = true;
    // Its subject: "Trump said", "Trump has said"; after the quote also "said Trump".
    const subjects = k < from ? [k - 1, k - 2] : [k - 1, k - 2, k + 1, k + 2];
    const d = k < from ? from - k : k - to;
    for (const q of subjects) {
      const who = q >= lo && q < hi && (q < from || q >= to) ? whose(ts, q, speakers) : null;
      if (who && d < distance) {
        sayer = who;
        distance = d;
        break;
      }
    }
  }
  if (sayer) return sayer === 'own';
  return speakerNamedNear(ts, pieces, speakers.own) || verb;
}
