/**
 * Sentence and word boundaries from the platform (Intl.Segmenter, in both browsers and in Node),
 * read only around the places that need them so a large page is never segmented whole.
 */

/** Text read on either side of a position to find its sentence. */
const REACH = 400;

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, language: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let s = cache.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity });
    cache.set(language, s);
  }
  return s;
}

/** [start, end) of the sentence around position i, within its paragraph. */
export function sentenceAround(text: string, i: number, language: string): [number, number] {
  const paraStart = text.lastIndexOf('\n', i - 1) + 1;
  const nl = text.indexOf('\n', i);
  const paraEnd = nl === -1 ? text.length : nl;
  const from = Math.max(paraStart, i - REACH);
  const to = Math.min(paraEnd, i + REACH);
  const seg = segmenter(sentenceSegmenters, language, 'sentence').segment(text.slice(from, to)).containing(i - from);
  if (!seg) return [from, to];
  return [from + seg.index, from + seg.index + seg.segment.length];
}

/** How many words a stretch of text holds, as the language divides it. */
export function wordCount(text: string, language: string): number {
  let n = 0;
  for (const s of segmenter(wordSegmenters, language, 'word').segment(text)) if (s.isWordLike) n++;
  return n;
}
