/**
 * Ties each figure a page prints to the corpus figure it speaks of — by unit, by the figure's
 * cue words near the number, and by value — and classes it against every source's statement:
 * it agrees with those that give the same value with a qualifier making the same claim.
 */
import type { Corpus, Figure, Qualifier } from '../corpus/schema';
import type { FigureMatch, FigureValueSource } from '../match/types';
import { normalizeText, normalizeWords, tokenWord, type NormalizerTables } from '../text/normalize';
import { windowAround } from '../text/words';
import { G_BLOCK, G_SENTENCE, type TokenStream } from '../text/tokenize';
import { readFigures, type FigureForm, type FigureMention } from './parse';
import { stem } from '../text/stem';
import { sameClaim } from './qualifiers';

/** A value a source gives may be cued anywhere in its paragraph (up to this many tokens away)… */
const PARAGRAPH_REACH = 60;
/** …a value merely near one only in its sentence (up to this many tokens away). */
const CUE_WINDOW = 20;
/** Cue words of this weight in its sentence tie a near value even where the sentence names no one of the story. */
const STRONG_CUES = 2;
const MIN_TIE_SCORE = 2;
/** A value a source gives is strong evidence… */
export const VALUE_MATCH = 3;
/** …and a value near it some: a page that says "$600 billion" for the $500 billion differs. */
const NEAR_VALUES: Array<[ratio: number, score: number]> = [
  [1.5, 1.5],
  [2.5, 1],
  [4, 0],
];
/** A figure most sources print is known by its value alone, where no other figure's cue is near. */
const WELL_KNOWN_SOURCES = 3;
/** Another figure's cue this close to a value (in tokens) says the value is that figure's kind. */
const ADJACENT = 4;
/** An age or a stretch of time, printed so, counts as much as a cue word. */
const FORM_CUE = 1;

export interface PreparedFigure {
  figure: Figure;
  /** Each cue as the stems of its words ("starting" and "start" both cue "start"). */
  cues: string[][];
  /** Each statement's words, normalised, to spot a figure printed exactly as a source prints it. */
  statementWords: string[];
  /** How each statement prints it: an age, a stretch of time, a count. */
  statementForms: FigureForm[];
  wellKnown: boolean;
}

function wordsKey(ts: TokenStream, from = 0, to = ts.count): string {
  return Array.from(ts.hash.subarray(from, to)).join(',');
}

export function prepareFigures(corpus: Corpus, tables: NormalizerTables): PreparedFigure[] {
  return corpus.figures.map((figure) => ({
    figure,
    cues: distinctCues(figure.cues.map((c) => normalizeWords(c, tables).map(stem))),
    statementWords: figure.statements.map((s) => wordsKey(normalizeText(s.text, tables))),
    statementForms: figure.statements.map((s) => formInContext(s.context || s.text, s.value, figure.unit, tables)),
    wellKnown: new Set(figure.statements.map((s) => s.sourceId)).size >= WELL_KNOWN_SOURCES,
  }));
}

/** Cues with the same stems once ("initial" and "initially"): one word is one piece of evidence. */
function distinctCues(cues: string[][]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const c of cues) if (c.length > 0) byKey.set(c.join(' '), c);
  return [...byKey.values()];
}

/** The form of the figure a source's sentence prints with this value. */
function formInContext(context: string, value: number, unit: string, tables: NormalizerTables): FigureForm {
  const found = readFigures(normalizeText(context, tables)).find((m) => m.unit === unit && closeValue(m.value, value));
  return found?.form ?? 'count';
}

/**
 * How well a value fits a figure: VALUE_MATCH when a source gives it, less as it strays, -1 when
 * no source gives anything near it. Printed in another form it must be the value itself ("four
 * years — the period…" for "over the next four years"), and an age or a point in time never
 * stands for a stretch of time or a count.
 */
export function valueFit(f: PreparedFigure, m: Pick<FigureMention, 'value' | 'form'>): number {
  let best = -1;
  f.figure.statements.forEach((s, q) => {
    const form = f.statementForms[q]!;
    if (form !== m.form && (!COUNTABLE.has(form) || !COUNTABLE.has(m.form))) return;
    if (closeValue(s.value, m.value)) best = Math.max(best, VALUE_MATCH);
    else if (form !== m.form) return;
    const ratio = Math.max(s.value, m.value) / Math.min(s.value, m.value);
    const near = NEAR_VALUES.find(([r]) => ratio <= r);
    if (near) best = Math.max(best, near[1]);
  });
  return best;
}

const COUNTABLE = new Set<FigureForm>(['count', 'span']);

export function closeValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The stems of the words around a figure, within its paragraph; where the figure, its sentence
 * and its next few words lie among them; and whether its sentence names the story.
 */
interface CueWindow {
  stems: string[];
  mention: [number, number];
  sentence: [number, number];
  adjacent: [number, number];
  namesStory: boolean;
}

/**
 * `between`: the ends of the figures on either side, so a cue word next to another figure ("an
 * initial $100 billion, rising to $500 billion") is read as that figure's, not this one's.
 */
function cueWindow(ts: TokenStream, m: FigureMention, storyNames: ReadonlySet<number>, between: [number, number]): CueWindow {
  const [lo, hi] = windowAround(ts, m.from, m.to, PARAGRAPH_REACH, G_BLOCK);
  const [slo, shi] = windowAround(ts, m.from, m.to, CUE_WINDOW, G_BLOCK | G_SENTENCE);
  const stems: string[] = [];
  for (let k = lo; k < hi; k++) stems.push(stem(tokenWord(ts, k)));
  let namesStory = false;
  for (let k = slo; k < shi && !namesStory; k++) namesStory = storyNames.has(ts.hash[k]!);
  const adjacent: [number, number] = [Math.max(slo, m.from - ADJACENT, between[0]) - lo, Math.min(shi, m.to + ADJACENT, between[1]) - lo];
  return { stems, mention: [m.from - lo, m.to - lo], sentence: [slo - lo, shi - lo], adjacent, namesStory };
}

type CueReach = 'all' | 'sentence' | 'adjacent';

/** Cue words in the window: anywhere in it, or in the figure's sentence (or next few words) besides its own words. */
function cueScore(w: CueWindow, cues: string[][], reach: CueReach): number {
  const [from, to] = reach === 'all' ? [0, w.stems.length] : w[reach];
  let score = 0;
  for (const cue of cues) {
    for (let k = from; k + cue.length <= to; k++) {
      if (reach !== 'all' && k < w.mention[1] && k + cue.length > w.mention[0]) continue;
      if (cue.every((word, q) => w.stems[k + q] === word)) {
        score += cue.length > 1 ? 1.5 : 1;
        break;
      }
    }
  }
  return score;
}

/**
 * The corpus figure a mention speaks of: same unit, cue words nearby, and a value that a source
 * gives or that lies near one. An exact value may be cued anywhere in its paragraph, even by its
 * own words ("four years"); a value that only lies near needs cues in its own sentence besides its
 * own words, or the figure's telling form (an age, a stretch of time), and a sentence that names
 * the story (the venture, a partner, a person) or several of the measure's own words ("xAI… its
 * Memphis data center"): "Microsoft committed $80 billion" does not differ from the $100 billion
 * initial commitment. A well-known value ties alone when no other figure's cue stands right next
 * to it ("THE $500 BILLION BET").
 */
function tieMention(ts: TokenStream, m: FigureMention, figures: PreparedFigure[], storyNames: ReadonlySet<number>, between: [number, number]): PreparedFigure | null {
  let best: PreparedFigure | null = null;
  let bestScore = 0;
  let knownByValue: PreparedFigure | null = null;
  let contested = false;
  let window: CueWindow | null = null;
  for (const f of figures) {
    if (f.figure.unit !== m.unit) continue;
    window ??= cueWindow(ts, m, storyNames, between);
    const fit = valueFit(f, m);
    if (fit < 0) {
      contested ||= cueScore(window, f.cues, 'adjacent') > 0;
      continue;
    }
    const words = cueScore(window, f.cues, fit === VALUE_MATCH ? 'all' : 'sentence');
    if (fit < VALUE_MATCH && !window.namesStory && words < STRONG_CUES) continue;
    const cues = words + (m.form === 'count' ? 0 : FORM_CUE);
    if (cues === 0) {
      if (fit === VALUE_MATCH && f.wellKnown) knownByValue = f;
      continue;
    }
    if (cues + fit > bestScore) {
      bestScore = cues + fit;
      best = f;
    }
  }
  if (bestScore >= MIN_TIE_SCORE) return best;
  return best || contested ? null : knownByValue;
}

/** Mentions left untied take the figure of a tied mention of the same value on the page. */
function tieRepeats(mentions: FigureMention[], tied: Array<PreparedFigure | null>): void {
  const key = (m: FigureMention) => `${m.unit}|${m.form}|${m.value}`;
  const byValue = new Map<string, PreparedFigure>();
  mentions.forEach((m, i) => {
    if (tied[i] && !byValue.has(key(m))) byValue.set(key(m), tied[i]!);
  });
  mentions.forEach((m, i) => {
    tied[i] ??= byValue.get(key(m)) ?? null;
  });
}

/**
 * What each mention claims. A value printed bare where the page gives the same figure's value
 * with a bound refers to that claim ("well under $10B secured… whether Musk's $10B is right"):
 * it repeats the number, not a new claim that the sum is exactly that.
 */
function claimedQualifiers(mentions: FigureMention[], tied: Array<PreparedFigure | null>): Qualifier[] {
  const boundBy = (i: number, j: number): boolean => {
    const other = mentions[j]!;
    return tied[j] === tied[i] && other.qualifier !== 'exact' && closeValue(other.value, mentions[i]!.value);
  };
  return mentions.map((m, i) => {
    if (m.qualifier !== 'exact' || !tied[i]) return m.qualifier;
    for (let j = i - 1; j >= 0; j--) if (boundBy(i, j)) return mentions[j]!.qualifier;
    // A fact-check may state the claim bare before it quotes it bounded ("Claim: 100,000 jobs.
    // … Trump said over 100,000 jobs"): the page makes one claim, the bounded one.
    for (let j = i + 1; j < mentions.length; j++) if (boundBy(i, j)) return mentions[j]!.qualifier;
    return m.qualifier;
  });
}

/** `storyNames`: the words that name the story's venture, partners and people (story-profile.ts). */
export function matchFigures(ts: TokenStream, figures: PreparedFigure[], storyNames: ReadonlySet<number>): FigureMatch[] {
  const mentions = readFigures(ts);
  const ties = mentions.map((m, i) => tieMention(ts, m, figures, storyNames, [mentions[i - 1]?.to ?? 0, mentions[i + 1]?.from ?? ts.count]));
  tieRepeats(mentions, ties);
  const claims = claimedQualifiers(mentions, ties);
  return mentions.map((m, i) => {
    const tied = ties[i] ?? null;
    const qualifier = claims[i]!;
    const agreeing: FigureValueSource[] = [];
    const differing: FigureValueSource[] = [];
    let exact = false;
    if (tied) {
      const printed = wordsKey(ts, m.from, m.to);
      tied.figure.statements.forEach((s, q) => {
        const words = tied.statementWords[q]!;
        const same = words === printed;
        exact ||= `,${words},`.includes(`,${printed},`);
        const entry = { sourceId: s.sourceId, text: s.text, value: s.value, qualifier: s.qualifier };
        if (same || (closeValue(s.value, m.value) && sameClaim(s.qualifier, qualifier))) agreeing.push(entry);
        else differing.push(entry);
      });
    }
    const start = ts.start[m.from]!;
    const end = ts.end[m.to - 1]!;
    return {
      kind: 'figure',
      id: `f${i}`,
      range: { start, end },
      text: ts.text.slice(start, end),
      value: m.value,
      unit: m.unit,
      qualifier,
      figureId: tied ? tied.figure.id : null,
      fidelity: exact ? 'exact' : 'close',
      agreement: !tied ? 'unknown' : agreeing.length > 0 ? 'agrees' : 'differs',
      agreeing,
      differing,
    } satisfies FigureMatch;
  });
}
