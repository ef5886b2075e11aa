/**
 * Three grades of relevance. A page that names the story's venture or its two principals is not
 * always about their January 2025 dispute: later news of the venture (its sites abroad, the Texas
 * build) and the two men's other fights (the lawsuit, the bid for OpenAI) share every name with it.
 * Such a page is *related*: the corpus can still speak to the quotes it prints and to the venture's
 * figures, but not to its dates, and not to loose rewordings. A page is the *story* when it carries
 * the dispute itself (what Musk or Altman said of it, Musk's claim about the money, the words of
 * its money doubts and of the feud) more than the other news it keeps coming back to. The words
 * that tell the grades apart are data: the cues with `relates` in the language packs
 * (utils/lang/packs/*.json), and the English pack's `disputeFigures`.
 */
import type { Corpus } from '../corpus/schema';
import { englishPack } from '../lang/packs';
import type { StoryCue } from './story-profile';
import type { FigureMatch, MatchClass, QuoteMatch, RelatedReason, Relevance, StoryDecision } from './types';

export interface RelevanceProfile {
  /** The corpus's statements (not its terms): the only quotes a related page shows. */
  statements: Set<string>;
  /** Utterances of the principals (Musk, Altman): a page quoting one quotes the dispute. */
  principalUtterances: Set<string>;
  /** Corpus figures that measure a principal's claim (English pack's `disputeFigures`). */
  disputeFigures: Set<string>;
}

export function buildRelevanceProfile(corpus: Corpus, cues: StoryCue[]): RelevanceProfile {
  const english = englishPack();
  const surnames = new Set(
    cues.filter((c) => c.principal).flatMap((c) => (english.cues[c.id] ?? []).map((w) => w.toLowerCase())),
  );
  const statements = corpus.utterances.filter((u) => u.kind === 'statement');
  return {
    statements: new Set(statements.map((u) => u.id)),
    principalUtterances: new Set(
      statements.filter((u) => surnames.has(u.speaker?.split(/\s+/).pop()?.toLowerCase() ?? '')).map((u) => u.id),
    ),
    disputeFigures: new Set(english.disputeFigures),
  };
}

/** A cue seen many times counts this often at most: a long page is not more related for its length. */
const CUE_CAP = 3;
/**
 * Other news named once is background ("MGX, backed by the UAE", "the first site, in Abilene"):
 * it weighs against the dispute only when the page comes back to it.
 */
const recurring = (n: number) => (n > 1 ? Math.min(n, CUE_CAP) : 0);
const PRINCIPAL_QUOTE_WEIGHT = 3;
const DISPUTE_FIGURE_WEIGHT = 1.5;
/** Negative cues (the TV series, the film director) this strong, not offset by related news, rule a page out. */
const VETO = -3;

export interface RelevanceInput {
  cues: StoryCue[];
  counts: Int32Array;
  /** The story's own bar, as detect.ts decides it: names that meet AI and a score at the threshold. */
  storyGate: boolean;
  quotes: QuoteMatch[];
  figures: FigureMatch[];
  profile: RelevanceProfile;
}

export interface RelevanceGrade {
  relevance: Relevance;
  relatedBecause?: RelatedReason[];
  relatedCues?: string[];
}

interface Tally {
  anchor: number;
  partners: number;
  aiPartner: number;
  ai: boolean;
  /** Mentions of each principal, by cue id. */
  principals: Map<string, number>;
  /** Negative cues that speak for no grade (the TV series, Robert Altman). */
  negative: number;
  venture: number;
  rivalry: number;
  disputeWords: number;
  related: Array<{ id: string; n: number }>;
}

function tally(cues: StoryCue[], counts: Int32Array): Tally {
  const t: Tally = { anchor: 0, partners: 0, aiPartner: 0, ai: false, principals: new Map(), negative: 0, venture: 0, rivalry: 0, disputeWords: 0, related: [] };
  cues.forEach((cue, i) => {
    const n = counts[i]!;
    if (n === 0) return;
    const capped = Math.min(n, CUE_CAP);
    t.ai ||= cue.ai;
    if (cue.group === 'anchor') t.anchor += n;
    if (cue.group === 'partner') {
      t.partners++;
      if (cue.ai) t.aiPartner += n;
    }
    if (cue.principal) t.principals.set(cue.id, n);
    if (cue.group === 'negative' && cue.relates === null) t.negative += cue.weight;
    if (cue.relates === 'dispute') t.disputeWords += capped;
    if (cue.relates === 'venture') t.venture += recurring(n);
    if (cue.relates === 'principals') t.rivalry += recurring(n);
    if (cue.relates === 'venture' || cue.relates === 'principals') t.related.push({ id: cue.id, n });
  });
  return t;
}

/** How much of the dispute itself the page carries: its principals' quotes, Musk's claim, its words. */
function disputeScore(input: RelevanceInput, t: Tally): number {
  const { profile } = input;
  const quoted = new Set(input.quotes.filter((q) => profile.principalUtterances.has(q.utteranceId)).map((q) => q.utteranceId));
  const claimed = new Set(input.figures.filter((f) => f.figureId !== null && profile.disputeFigures.has(f.figureId)).map((f) => f.figureId));
  return quoted.size * PRINCIPAL_QUOTE_WEIGHT + claimed.size * DISPUTE_FIGURE_WEIGHT + t.disputeWords;
}

export function gradeRelevance(input: RelevanceInput): RelevanceGrade {
  const t = tally(input.cues, input.counts);
  const dispute = disputeScore(input, t);
  const other = t.venture + t.rivalry;
  // The dispute must be there, and outweigh the other news the page comes back to: a report on
  // Stargate UAE that recalls Musk's post in one line is still a report on Stargate UAE.
  if (input.storyGate && dispute > other) return { relevance: 'story' };
  const vetoed = t.negative + t.venture + t.rivalry <= VETO;
  const mentions = [...t.principals.values()];
  const [first = 0, second = 0] = mentions.sort((a, b) => b - a);
  // The venture named in AI more than once, or with later news of it the page comes back to:
  // one line recalling Stargate in a piece on OpenAI's next model is not about the venture.
  const venture = !vetoed && t.anchor > 0 && t.ai && (t.anchor >= 2 || t.venture > 0);
  // One principal the subject, the other side (Altman, OpenAI) named often, and a fight between
  // them (its words, or both men named with one of them throughout): a page that names them in
  // passing ("Musk, who co-founded OpenAI with Sam Altman, …") is not about them.
  const otherSide = second + t.aiPartner;
  const principals = !vetoed && t.ai && first >= 2 && otherSide >= 3 && (t.rivalry > 0 || (second > 0 && first >= 3));
  if (!venture && !principals && !input.storyGate) return { relevance: 'unrelated' };
  const because: RelatedReason[] = [];
  if (venture || (!principals && (t.anchor > 0 || t.partners >= 2))) because.push('venture');
  if (principals || because.length === 0) because.push('principals');
  const relatedCues = t.related.sort((a, b) => b.n - a.n).map((c) => c.id);
  return { relevance: 'related', relatedBecause: because, relatedCues };
}

/** Quote classes the corpus vouches for on a page that is not the dispute: the speaker's own words. */
const TRUSTED: ReadonlySet<MatchClass> = new Set(['exact', 'close', 'fragment', 'split']);

/**
 * What a related page shows: quotes of the corpus's statements in the speaker's words, or in a
 * translation that carries every idea of the statement (a looser one is how other remarks of the
 * same people read), and figures tied to a corpus figure that a source gives the same value: a
 * number that differs, on a page about other news, is that news's own number far more often than
 * a misreport of the venture's. A page only about the two men's fights shows no figure of the
 * venture (a bid of "almost $100 billion" is no initial investment), only Musk's claim. No dates:
 * the timeline is the dispute's.
 */
export function shownOnRelatedPage(
  decision: StoryDecision,
  quotes: QuoteMatch[],
  figures: FigureMatch[],
  profile: RelevanceProfile,
): { quotes: QuoteMatch[]; figures: FigureMatch[] } {
  const kept = quotes.filter(
    (q) => profile.statements.has(q.utteranceId) && (TRUSTED.has(q.matchClass) || (q.matchClass === 'translated' && q.translation?.missing.length === 0)),
  );
  const venture = decision.relatedBecause?.includes('venture') ?? false;
  const shown = figures.filter(
    (f) => f.figureId !== null && f.agreement === 'agrees' && (venture || profile.disputeFigures.has(f.figureId)),
  );
  return {
    quotes: kept.map((q, i) => ({ ...q, id: `q${i}` })),
    figures: shown.map((f, i) => ({ ...f, id: `f${i}` })),
  };
}
