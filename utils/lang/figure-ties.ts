/**
 * Ties a figure read in a page's language to the corpus figure it speaks of, as the English
 * reader does (figures/tie.ts): by unit and by a value that a source gives or lies near, helped
 * by the measure's words in that language ("Anschubfinanzierung", "初期投資") and by the
 * measure's own names that every language prints as they are (SoftBank, xAI, Memphis). A value
 * that only lies near a source's needs its sentence to name the story or the measure: a story
 * page may print other sums.
 */
import type { LanguagePack } from '../corpus/language-pack';
import type { FigureMatch, FigureValueSource } from '../match/types';
import { closeValue, valueFit, VALUE_MATCH, type PreparedFigure } from '../figures/tie';
import { sameClaim } from '../figures/qualifiers';
import { PhraseFinder } from './phrases';
import type { LocalFigure } from './figures';
import { sentenceAround } from './segments';

const MIN_TIE_SCORE = 2;
const FORM_CUE = 1;

export interface FigureTieIndex {
  figures: PreparedFigure[];
  /** The measure's words in this language and its Latin names, per figure id. */
  cues: Map<string, PhraseFinder<true>>;
  /** The language's words for jobs. */
  jobWords: PhraseFinder<true>;
  spaced: boolean;
}

export function buildFigureTieIndex(figures: PreparedFigure[], pack: LanguagePack): FigureTieIndex {
  const cues = new Map<string, PhraseFinder<true>>();
  for (const f of figures) {
    const finder = new PhraseFinder<true>(pack);
    for (const w of pack.figureCues[f.figure.id] ?? []) finder.add(w, true, 'stem');
    // The corpus's own cue words: its proper names ("SoftBank", "xAI", "Memphis") read the same in every language.
    for (const c of f.figure.cues) finder.add(c, true, 'stem');
    cues.set(f.figure.id, finder);
  }
  const jobWords = new PhraseFinder<true>(pack);
  for (const w of pack.units.jobs ?? []) jobWords.add(w, true, 'stem');
  return { figures, cues, jobWords, spaced: pack.spaced };
}

/**
 * A count of years this large is someone's age, not a stretch of the plan ("39 años", "39 साल").
 * Not in Japanese and Chinese, where "18年" is the year 2018 and an age takes its own word (歳, 岁).
 */
const AGE_RANGE = [25, 110] as const;

function tieOne(text: string, lower: string, read: LocalFigure, index: FigureTieIndex, namesStory: (from: number, to: number) => boolean, language: string): PreparedFigure | null {
  const m = index.spaced && read.unit === 'years' && read.form === 'count' && read.value >= AGE_RANGE[0] && read.value <= AGE_RANGE[1] && Number.isInteger(read.value) ? { ...read, form: 'age' as const } : read;
  const [from, to] = sentenceAround(text, m.numberStart, language);
  let best: PreparedFigure | null = null;
  let bestScore = 0;
  // "10万人" counts people; where its sentence speaks of jobs, they are the jobs.
  const jobs = m.unit === 'people' && index.jobWords.has(text, lower, from, to);
  for (const f of index.figures) {
    if (f.figure.unit !== m.unit && !(jobs && f.figure.unit === 'jobs')) continue;
    const fit = valueFit(f, m);
    // A handful of people is any group ("zwei Milliardäre", "兩人"): only a count a source gives is theirs.
    if (fit < 0 || (fit < VALUE_MATCH && m.unit === 'people')) continue;
    const cue = index.cues.get(f.figure.id)!.has(text, lower, from, to) ? 1 : 0;
    const form = m.form === 'count' ? 0 : FORM_CUE;
    // A sum or a count of jobs near a source's, in a sentence about the story, is that figure told
    // differently; a small count of people or companies needs the measure's own words.
    const names = fit < VALUE_MATCH && (m.unit === 'USD' || m.unit === 'jobs' || m.unit === 'years') && namesStory(from, to) ? 1 : 0;
    if (fit < VALUE_MATCH && !cue && !names) continue;
    const score = fit + cue + form + names;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return bestScore >= MIN_TIE_SCORE ? best : null;
}

/** FigureMatch records for a page's local figures (ids are given by the caller once all readers are merged). */
export function tieLocalFigures(
  text: string,
  lower: string,
  mentions: readonly LocalFigure[],
  index: FigureTieIndex,
  namesStory: (from: number, to: number) => boolean,
  language: string,
): FigureMatch[] {
  return mentions.map((m) => {
    const tied = tieOne(text, lower, m, index, namesStory, language);
    const agreeing: FigureValueSource[] = [];
    const differing: FigureValueSource[] = [];
    for (const s of tied?.figure.statements ?? []) {
      const entry = { sourceId: s.sourceId, text: s.text, value: s.value, qualifier: s.qualifier };
      (closeValue(s.value, m.value) && sameClaim(s.qualifier, m.qualifier) ? agreeing : differing).push(entry);
    }
    return {
      kind: 'figure',
      id: '',
      range: { start: m.start, end: m.end },
      text: text.slice(m.start, m.end),
      value: m.value,
      unit: tied ? tied.figure.unit : m.unit,
      qualifier: m.qualifier,
      figureId: tied ? tied.figure.id : null,
      fidelity: 'close',
      agreement: !tied ? 'unknown' : agreeing.length > 0 ? 'agrees' : 'differs',
      agreeing,
      differing,
      language,
    } satisfies FigureMatch;
  });
}
