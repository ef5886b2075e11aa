/** The words the UI uses for the engine's and the corpus's codes, in the reader's language. */
import type { Qualifier, Wording } from '../utils/corpus/schema';
import type { Translator } from '../utils/i18n/translator';
import type { MessageKey } from '../utils/i18n/messages';
import type { MatchClass, StorySignal } from '../utils/match/types';
import type { NoteKind } from '../utils/report/notes';

const key = (code: string) => code.replace(/[ -]/g, '_');

/** A code's message, or `otherwise` for a code this version has no message for (the Translator shows a missing key as itself). */
function wordsOr(tr: Translator, messageKey: string, otherwise: string): string {
  const words = tr.t(messageKey as MessageKey);
  return words === messageKey ? otherwise : words;
}

export function matchClassWords(tr: Translator, matchClass: MatchClass): string {
  return tr.t(`match_class_${matchClass}`);
}

/** A count of one class in few words: "3 exact", "1 fragment". */
export function matchClassCount(tr: Translator, matchClass: MatchClass, n: number): string {
  return tr.count(`match_count_${matchClass}`, n);
}

export function formWords(tr: Translator, form: Wording['form'] | string): string {
  return wordsOr(tr, `form_${key(form)}`, form);
}

/**
 * The words of a story cue ("musk-bid" → "the $97.4 billion bid"), else the engine's English
 * label: a cue added to the packs shows until its message is written.
 */
export function cueWords(tr: Translator, cue: string | undefined, label: string): string {
  return cue ? wordsOr(tr, `cue_${key(cue)}`, label) : label;
}

export function presentationWords(tr: Translator, presentation: Wording['presentation']): string {
  return tr.t(`presentation_${key(presentation)}` as `presentation_${'quotation' | 'embedded_post' | 'headline'}`);
}

/** Short words for the engine's verdict on a figure or a date. */
export function agreementShort(tr: Translator, agreement: 'agrees' | 'differs' | 'unknown'): string {
  return tr.t(`agreement_${agreement}`);
}

export function qualifierWords(tr: Translator, q: Qualifier): string {
  return tr.t(`qualifier_${key(q)}` as MessageKey);
}

export function signalKindWords(tr: Translator, kind: StorySignal['kind']): string {
  return tr.t(`signal_kind_${kind}`);
}

export function noteKindWords(tr: Translator, kind: NoteKind): string {
  return tr.t(`note_kind_${kind}`);
}
