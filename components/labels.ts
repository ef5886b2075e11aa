/** The words the UI uses for the engine's and the corpus's codes, in one place. */
import type { Qualifier, Wording } from '../utils/corpus/schema';
import type { MatchClass, StorySignal } from '../utils/match/types';
import type { NoteKind } from '../utils/report/notes';

export const MATCH_CLASS_WORDS: Record<MatchClass, string> = {
  exact: 'Exact quote',
  close: 'Close: a few words differ',
  reworded: 'Reworded or re-translated',
  fragment: 'Fragment of a longer quote',
  split: 'Split by attribution',
  translated: 'Translated',
};

/** A count of one class in few words: "3 exact", "1 fragment". */
export function matchClassCount(matchClass: MatchClass, n: number): string {
  return matchClass === 'fragment' ? plural(n, 'fragment') : `${n} ${matchClass}`;
}

export const FORM_WORDS: Record<Wording['form'], string> = {
  full: 'full',
  fragment: 'fragment',
  reworded: 'reworded',
  translated: 'translated',
};

export const PRESENTATION_WORDS: Record<Wording['presentation'], string> = {
  quotation: 'quoted',
  'embedded-post': 'embedded post',
  headline: 'headline',
};

/** Short words for the engine's verdict on a figure or a date. */
export const AGREEMENT_SHORT = { agrees: 'agrees', differs: 'differs', unknown: 'not compared' } as const;

export function qualifierWords(q: Qualifier): string {
  return q === 'exact' ? 'stated as an exact figure' : `stated as “${q}”`;
}

export const SIGNAL_KIND_WORDS: Record<StorySignal['kind'], string> = {
  entity: 'Names',
  quote: 'Quote',
  figure: 'Figure',
  negative: 'Counts against',
};

export const NOTE_KIND_WORDS: Record<NoteKind, string> = { quote: 'Quotes', figure: 'Figures', date: 'Dates' };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a story page where nothing from the corpus was found says, instead of "0 notes". */
export const NOTHING_FOUND =
  'Nothing from the corpus was found on this page: no quote, figure or date that its sources carry. You can add the page to the corpus, with its own quotes and figures.';
