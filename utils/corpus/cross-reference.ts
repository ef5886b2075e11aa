/**
 * Which utterance of the corpus a quotation of a new source belongs to, found by the matching
 * engine: over the whole article first (the engine then sees a split quote's parts and the
 * quotation marks it needs to spot a rewording), then over the quotation alone (the user may have
 * edited it), and last by its normalised words being exactly a wording's (quotes too short for
 * the engine's four-word floor: "evil", “Stargate”).
 */
import type { Corpus, Wording } from './schema';
import { buildMatchIndex, type MatchIndex } from '../match/engine';
import { joinUserFigures } from './join-figures';
import { findQuotes } from '../match/quotes';
import type { DiffPart, Fidelity, MatchClass, QuoteMatch, TextRange } from '../match/types';
import { normalizeText, normalizeWords } from '../text/normalize';
import { diffWording } from '../report/quote-sources';

export type CrossReference =
  | {
      kind: 'existing';
      utteranceId: string;
      matchClass: MatchClass;
      fidelity: Fidelity;
      /** 0..1 similarity with the closest wording. */
      score: number;
      /** The corpus wording the quotation is closest to (null: compared with the utterance's original). */
      closestWordingId: string | null;
      /** Word diff from that wording (removed) to the quotation (added). */
      diff: DiffPart[];
    }
  | { kind: 'new' };

/** The corpus and the engine's index over it, built once for every quotation of a draft. */
export interface CrossReferencer {
  corpus: Corpus;
  index: MatchIndex;
  /** Normalised words of every wording and original → utterance id. */
  exact: Map<string, string>;
}

export interface QuotationToMatch {
  text: string;
  /** Where the quotation sits in the article text, when it is still as extracted. */
  range?: TextRange;
}

const wordsKey = (text: string, r: CrossReferencer) => normalizeWords(text, r.index.quotes.tables).join(' ');

export function createCrossReferencer(corpus: Corpus): CrossReferencer {
  // Figures the user added earlier for a curated measure count as that figure's statements.
  const index = buildMatchIndex(joinUserFigures(corpus));
  const r: CrossReferencer = { corpus, index, exact: new Map() };
  for (const u of corpus.utterances) r.exact.set(wordsKey(u.original, r), u.id);
  for (const w of corpus.wordings) if (!r.exact.has(wordsKey(w.text, r))) r.exact.set(wordsKey(w.text, r), w.utteranceId);
  r.exact.delete('');
  return r;
}

function overlap(a: TextRange, b: TextRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The article's match that covers most of the quotation (at least half of it), if any. */
function coveringMatch(matches: QuoteMatch[], range: TextRange): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  let bestOverlap = 0;
  for (const m of matches) {
    const covered = m.ranges.reduce((n, r) => n + overlap(r, range), 0);
    if (covered > bestOverlap) [best, bestOverlap] = [m, covered];
  }
  return best && bestOverlap * 2 >= range.end - range.start ? best : null;
}

function closest(r: CrossReferencer, utteranceId: string, wordingId: string | undefined): { id: string | null; text: string } {
  const wording: Wording | undefined = wordingId ? r.corpus.wordings.find((w) => w.id === wordingId) : undefined;
  if (wording) return { id: wording.id, text: wording.text };
  return { id: null, text: r.corpus.utterances.find((u) => u.id === utteranceId)?.original ?? '' };
}

function fromMatch(r: CrossReferencer, m: QuoteMatch, text: string): CrossReference {
  const near = closest(r, m.utteranceId, m.wordings[0]?.wordingId);
  return {
    kind: 'existing',
    utteranceId: m.utteranceId,
    matchClass: m.matchClass,
    fidelity: m.fidelity,
    score: m.score,
    closestWordingId: near.id,
    diff: diffWording(near.text, text),
  };
}

/** The engine on the quotation alone, set in quotation marks as the article printed it. */
function matchAlone(r: CrossReferencer, text: string): CrossReference | null {
  const found = findQuotes(normalizeText(`“${text}”`, r.index.quotes.tables), r.index.quotes);
  const best = found.reduce<QuoteMatch | null>((a, b) => (a === null || b.score > a.score ? b : a), null);
  return best ? fromMatch(r, best, text) : null;
}

function matchExactWords(r: CrossReferencer, text: string): CrossReference | null {
  const utteranceId = r.exact.get(wordsKey(text, r));
  if (!utteranceId) return null;
  const wording = r.corpus.wordings.find((w) => w.utteranceId === utteranceId && wordsKey(w.text, r) === wordsKey(text, r));
  const near = closest(r, utteranceId, wording?.id);
  return {
    kind: 'existing',
    utteranceId,
    matchClass: 'exact',
    fidelity: 'exact',
    score: 1,
    closestWordingId: near.id,
    diff: diffWording(near.text, text),
  };
}

/** One answer per quotation: the utterance it belongs to, or "new". */
export function crossReference(r: CrossReferencer, quotations: QuotationToMatch[], articleText?: string): CrossReference[] {
  const inArticle = articleText ? findQuotes(normalizeText(articleText, r.index.quotes.tables), r.index.quotes) : [];
  return quotations.map((q) => {
    const covering = q.range ? coveringMatch(inArticle, q.range) : null;
    if (covering) return fromMatch(r, covering, q.text);
    return matchAlone(r, q.text) ?? matchExactWords(r, q.text) ?? { kind: 'new' };
  });
}
