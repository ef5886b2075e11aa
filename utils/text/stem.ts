/**
 * A light suffix stemmer: enough to let "starting" cue "start", "accomplished" meet
 * "accomplishments" and "secured" meet "secure". It only ever compares words with each other,
 * so a stem need not be a word.
 */
const SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ed', 'es', 'e', 's', 'ly'];
const MIN_STEM = 4;

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
