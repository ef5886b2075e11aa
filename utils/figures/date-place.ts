/**
 * Where a date sits on the page. A byline's date ("By Ann Lee · January 23, 2025", "Published
 * January 24, 2025.") is the page's own, not a date of the story. A quote dates an event only
 * from close by: in the date's own paragraph, or just above the signature line of an embedded
 * post ("— Elon Musk (@elonmusk) January 22, 2025").
 */
import { G_BLOCK, G_PUNCT, G_SENTENCE, type TokenStream } from '../text/tokenize';
import { wordSet } from '../text/words';

const PUBLICATION_VERBS = wordSet(['posted', 'published', 'updated', 'recorded', 'written', 'filed', 'edited']);
const ON = wordSet(['on']);
/** What may come before a publication verb: a sentence or paragraph end, a byline separator. */
const OPENS = G_SENTENCE | G_BLOCK | G_PUNCT;
const BYLINE_WORDS = wordSet(['staff', 'correspondent', 'editor', 'reporter', 'writer', 'desk', 'team']);
const BY = wordSet(['by']);
/** Separators a byline strings its parts with. */
const BYLINE_SEPARATORS = /[·|•]/;
const BYLINE_MAX_TOKENS = 20;
const SIGNATURE_MAX_TOKENS = 16;
/** An embedded post's signature line: "— Name (@handle) Date". */
const SIGNATURE = /^\s*[—–-]|\(@\w+\)/;

/** The token range [from, to) of the paragraph (block) that holds token k. */
export function blockOf(ts: TokenStream, k: number): [number, number] {
  let lo = k;
  while (lo > 0 && !(ts.gap[lo]! & G_BLOCK)) lo--;
  let hi = k + 1;
  while (hi < ts.count && !(ts.gap[hi]! & G_BLOCK)) hi++;
  return [lo, hi];
}

/** True for the date of the page itself: in a byline, or after a sentence's "Published", "Updated"… */
export function isPublicationDate(ts: TokenStream, from: number): boolean {
  // "Published January 24, 2025.", "Updated on …": the verb opens its sentence, the date follows.
  const verb = from > 0 && ON.has(ts.hash[from - 1]!) ? from - 2 : from - 1;
  if (verb >= 0 && PUBLICATION_VERBS.has(ts.hash[verb]!) && (verb === 0 || ts.gap[verb]! & OPENS)) return true;
  const [lo, hi] = blockOf(ts, from);
  if (hi - lo > BYLINE_MAX_TOKENS) return false;
  if (BY.has(ts.hash[lo]!) || BYLINE_SEPARATORS.test(ts.text.slice(ts.start[lo]!, ts.end[hi - 1]!))) return true;
  for (let q = lo; q < hi; q++) if (BYLINE_WORDS.has(ts.hash[q]!)) return true;
  return false;
}

/** True when a sorted list of offsets has one in [from, to). */
function anyIn(sorted: Float64Array, from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/** True when a quote (its sorted range offsets given) lies in the date's paragraph or, under a signature line, just above it. */
export function quoteBeside(ts: TokenStream, k: number, quoteOffsets: Float64Array): boolean {
  if (quoteOffsets.length === 0) return false;
  const [lo, hi] = blockOf(ts, k);
  const start = ts.start[lo]!;
  if (anyIn(quoteOffsets, start, ts.end[hi - 1]! + 1)) return true;
  if (lo === 0 || hi - lo > SIGNATURE_MAX_TOKENS || !SIGNATURE.test(ts.text.slice(ts.end[lo - 1]!, ts.end[hi - 1]!))) return false;
  const [above] = blockOf(ts, lo - 1);
  return anyIn(quoteOffsets, ts.start[above]!, start);
}
