/**
 * Story detection: is this page about the Musk–Altman Stargate dispute, related to it (the
 * venture's other news, the two men's other fights: relevance.ts), or neither? A score adds the
 * story's names (Stargate counted by how often it recurs, the partners, the people), the corpus
 * quotes and figures the page carries, and subtracts the names of the other things called
 * Stargate or Altman. A page is about the story only if it names it by its own entities (see
 * `namesStory`), and only then do quotes and figures count, since their words can be said of
 * anything ("the first site", "they don't have the money"). Every term that counted is returned
 * as a signal for the popup's "why".
 */
import { HashFilter } from '../text/hash';
import { F_CAP, type TokenStream } from '../text/tokenize';
import { phraseAt } from '../text/words';
import { gradeRelevance, type RelevanceProfile } from './relevance';
import type { StoryCue } from './story-profile';
import type { FigureMatch, QuoteMatch, StoryDecision, StorySignal } from './types';

export const STORY_THRESHOLD = 6;
const QUOTE_WEIGHT = 3;
const MAX_QUOTE_SIGNALS = 3;
const FIGURE_WEIGHT = 1.5;
const MAX_FIGURE_SIGNALS = 3;
const MAX_NEGATIVE = -9;
/** A passing mention of Stargate weighs less than an article that keeps coming back to it. */
const ANCHOR_WEIGHTS = [0, 1.5, 2.5, 3.5];

export interface CueIndex {
  cues: StoryCue[];
  /** What tells the story from related pages (relevance.ts). */
  relevance: RelevanceProfile;
  filter: HashFilter;
  byFirstWord: Map<number, Array<{ cue: number; phrase: number[]; capitalised: boolean }>>;
}

export function indexCues(cues: StoryCue[], relevance: RelevanceProfile): CueIndex {
  const filter = new HashFilter();
  const byFirstWord: CueIndex['byFirstWord'] = new Map();
  cues.forEach((c, cue) => {
    for (const phrase of c.phrases) {
      const head = phrase[0]!;
      filter.add(head);
      const list = byFirstWord.get(head) ?? [];
      list.push({ cue, phrase, capitalised: c.capitalised });
      byFirstWord.set(head, list);
    }
  });
  return { cues, relevance, filter, byFirstWord };
}

/** How many times each cue occurs in the page: one filter read per token. */
export function countCues(ts: TokenStream, index: CueIndex): Int32Array {
  const counts = new Int32Array(index.cues.length);
  const H = ts.hash;
  for (let k = 0; k < ts.count; k++) {
    const h = H[k]!;
    if (!index.filter.mayHave(h)) continue;
    const list = index.byFirstWord.get(h);
    if (!list) continue;
    for (const { cue, phrase, capitalised } of list) {
      if (capitalised && !(ts.flags[k]! & F_CAP)) continue;
      if (phrase.length === 1 || phraseAt(ts, k, phrase)) {
        counts[cue]!++;
        break;
      }
    }
  }
  return counts;
}

export function decideStory(counts: Int32Array, index: CueIndex, quotes: QuoteMatch[], figures: FigureMatch[], quoteLabels: Map<string, string>): StoryDecision {
  const signals: StorySignal[] = [];
  let anchor = 0;
  let partners = 0;
  let ai = false;
  let fullName = false;
  const people = new Set<string>();
  let negative = 0;
  index.cues.forEach((cue, i) => {
    const n = counts[i]!;
    if (n === 0) return;
    ai ||= cue.ai;
    fullName ||= cue.fullName;
    if (cue.group === 'anchor') {
      anchor = n;
      signals.push({ kind: 'entity', label: cue.label, cue: cue.id, weight: ANCHOR_WEIGHTS[Math.min(n, 3)]! });
    } else if (cue.group === 'negative') {
      negative += cue.weight;
      signals.push({ kind: 'negative', label: cue.label, cue: cue.id, weight: cue.weight });
    } else {
      if (cue.group === 'partner') partners++;
      if (cue.group === 'person') people.add(cue.label);
      if (cue.weight !== 0) signals.push({ kind: 'entity', label: cue.label, cue: cue.id, weight: cue.weight });
    }
  });
  const muskAndAltman = people.has('Elon Musk') && people.has('Sam Altman');
  if (anchor > 0 && partners >= 2) signals.push({ kind: 'entity', label: 'Stargate with its partners', cue: 'stargate-partners', weight: 1.5 });
  if (muskAndAltman && ai) signals.push({ kind: 'entity', label: 'Musk and Altman together', cue: 'musk-and-altman', weight: 1 });
  // The page names the story when the venture, two partners or both men meet artificial
  // intelligence in it, or the venture appears with both men, or with a partner and one of them
  // named in full. A planetarium, a racehorse, a builder or a coach quoting Musk's words may share
  // the story's names or words, not its subject. Quotes and figures confirm such a page; they
  // cannot make one.
  const namesStory =
    (ai && (anchor > 0 || partners >= 2 || muskAndAltman)) || (anchor > 0 && (muskAndAltman || (partners > 0 && fullName)));
  if (!namesStory) {
    quotes = figures = [];
    signals.push({ kind: 'negative', label: 'its names never meet AI, nor Musk and Altman', cue: 'names-never-meet', weight: 0 });
  }
  const utterances = [...new Set(quotes.map((q) => q.utteranceId))].slice(0, MAX_QUOTE_SIGNALS);
  for (const u of utterances) signals.push({ kind: 'quote', label: quoteLabels.get(u) ?? u, weight: QUOTE_WEIGHT });
  const figureIds = [...new Set(figures.filter((f) => f.figureId).map((f) => f.figureId!))].slice(0, MAX_FIGURE_SIGNALS);
  for (const id of figureIds) {
    const f = figures.find((x) => x.figureId === id)!;
    signals.push({ kind: 'figure', label: f.text, weight: FIGURE_WEIGHT });
  }
  let score = 0;
  for (const s of signals) if (s.kind !== 'negative') score += s.weight;
  score += Math.max(MAX_NEGATIVE, negative);
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  // Names alone can add up (a racecard with Stargate Rising, Soft Bank Holiday and Oracle of Delph)
  // but a page that never names the story in its subject is not about it. Past that bar, the page
  // is the story only if it carries the dispute itself; else it is related (relevance.ts).
  const storyGate = namesStory && score >= STORY_THRESHOLD;
  const grade = gradeRelevance({ cues: index.cues, counts, storyGate, quotes, figures, profile: index.relevance });
  return { ...grade, isStory: grade.relevance === 'story', score: Math.round(score * 100) / 100, threshold: STORY_THRESHOLD, signals };
}
