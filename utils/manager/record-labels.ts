/** The words the corpus manager names a record by: what it says, never only its id (the UI adds the noun). */
import type { CollectionName, Corpus } from '../corpus/schema';
import { ENGLISH_SOURCE_NAMING, sourceLabel, type SourceNaming } from '../report/page-report';
import type { RecordKey } from '../storage/cascade';
import type { CorpusRecords } from '../storage/records';

const cut = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Each collection's most telling words for one of its records. */
const WORDS_OF: { [C in CollectionName]: (record: CorpusRecords[C][number], naming: SourceNaming) => string } = {
  sources: (s, naming) => s.headline ?? sourceLabel(s, naming),
  utterances: (u) => u.label,
  wordings: (w) => w.text,
  figures: (f) => f.measure,
  events: (e) => e.label,
  disagreements: (d) => d.topic,
};

/** A record's telling words, shortened; null when the corpus has no such record. */
export function recordWords(corpus: Corpus, key: RecordKey, naming: SourceNaming = ENGLISH_SOURCE_NAMING): string | null {
  const record = (corpus[key.collection] as { id: string }[]).find((r) => r.id === key.id);
  if (!record) return null;
  return cut((WORDS_OF[key.collection] as (r: unknown, n: SourceNaming) => string)(record, naming));
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
