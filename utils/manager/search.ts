/**
 * The corpus manager's search: instant, over the records already loaded. A record matches when
 * every word of the query occurs in one of its fields, ignoring case, accents and the kind of
 * apostrophe or quotation mark ("don't" finds “don’t”).
 */
import type { Corpus, Disagreement, Figure, Source, StoryEvent, Utterance } from '../corpus/schema';

export type OriginFilter = 'all' | 'curated' | 'user';

/** Lower case, no accents, straight apostrophes and quotation marks. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase();
}

export function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** True when every query word is in some field; an empty query matches everything. */
export function fieldsMatch(fields: readonly (string | null | undefined)[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldForSearch(fields.filter((f): f is string => typeof f === 'string').join('\n'));
  return words.every((w) => haystack.includes(w));
}

const ofOrigin = (origin: OriginFilter) => (r: { origin: string }) => origin === 'all' || r.origin === origin;

export function searchSources(corpus: Corpus, query: string, origin: OriginFilter = 'all'): Source[] {
  const words = queryWords(query);
  return corpus.sources.filter(ofOrigin(origin)).filter((s) =>
    fieldsMatch(
      [s.id, s.outlet ?? 'Unknown outlet', s.headline, s.author, s.published, s.publishedText, s.url, ...s.notes],
      words,
    ),
  );
}

/** Utterances whose speaker, label, words or any wording matches. */
export function searchUtterances(corpus: Corpus, query: string, origin: OriginFilter = 'all'): Utterance[] {
  const words = queryWords(query);
  const wordingText = new Map<string, string[]>();
  for (const w of corpus.wordings) wordingText.set(w.utteranceId, [...(wordingText.get(w.utteranceId) ?? []), w.text]);
  return corpus.utterances.filter(ofOrigin(origin)).filter((u) =>
    fieldsMatch([u.id, u.speaker, u.label, u.original, u.platform, u.handle, ...(wordingText.get(u.id) ?? [])], words),
  );
}

export function searchFigures(corpus: Corpus, query: string): Figure[] {
  const words = queryWords(query);
  return corpus.figures.filter((f) =>
    fieldsMatch([f.id, f.measure, f.unit, ...f.cues, ...f.statements.flatMap((s) => [s.text, s.qualifier])], words),
  );
}

export function searchEvents(corpus: Corpus, query: string): StoryEvent[] {
  const words = queryWords(query);
  return corpus.events.filter((e) => fieldsMatch([e.id, e.label, e.date, ...e.statements.map((s) => s.text)], words));
}

export function searchDisagreements(corpus: Corpus, query: string): Disagreement[] {
  const words = queryWords(query);
  return corpus.disagreements.filter((d) =>
    fieldsMatch([d.id, d.topic, d.kind, d.summary, ...d.positions.map((p) => p.says)], words),
  );
}
