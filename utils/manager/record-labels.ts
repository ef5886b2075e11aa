/** How the corpus manager names a record in a sentence: by what it is, never only by its id. */
import type { CollectionName, Corpus } from '../corpus/schema';
import { sourceLabel } from '../report/page-report';
import type { RecordKey } from '../storage/cascade';
import { recordNoun, type CorpusRecords } from '../storage/records';

const cut = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Each collection's most telling words for one of its records. */
const WORDS_OF: { [C in CollectionName]: (record: CorpusRecords[C][number]) => string } = {
  sources: (s) => s.headline ?? sourceLabel(s),
  utterances: (u) => u.label,
  wordings: (w) => w.text,
  figures: (f) => f.measure,
  events: (e) => e.label,
  disagreements: (d) => d.topic,
};

export function recordLabel(corpus: Corpus, key: RecordKey): string {
  const record = (corpus[key.collection] as { id: string }[]).find((r) => r.id === key.id);
  const noun = recordNoun(key.collection);
  if (!record) return `${noun} ${key.id}`;
  const words = (WORDS_OF[key.collection] as (r: unknown) => string)(record);
  return `${noun} “${cut(words)}”`;
}

/** The collection a record reference or a note's target type names. */
export const COLLECTION_OF_TYPE: Record<string, CollectionName> = {
  source: 'sources',
  utterance: 'utterances',
  wording: 'wordings',
  figure: 'figures',
  event: 'events',
  disagreement: 'disagreements',
};
