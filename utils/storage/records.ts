/**
 * Corpus records handled generically by collection: which other records a record points at, and
 * a canonical form to tell whether two records say the same thing.
 */
import type { RecordKind } from '../corpus/problem';
import { COLLECTIONS, type CollectionName, type Corpus, type RecordRef } from '../corpus/schema';

export type CorpusRecords = Pick<Corpus, CollectionName>;
export type PartialCorpusRecords = Partial<CorpusRecords>;
export type CorpusRecord = CorpusRecords[CollectionName][number];

/** The collection a disagreement's record reference points into. */
export const REF_COLLECTION: Record<RecordRef['type'], CollectionName> = {
  source: 'sources',
  utterance: 'utterances',
  wording: 'wordings',
  figure: 'figures',
  event: 'events',
};

/** One pointer from a record to another: `path` is relative to the record (".sourceId"). */
export interface Reference {
  path: string;
  collection: CollectionName;
  id: string;
}

export function emptyRecords(): CorpusRecords {
  return { sources: [], utterances: [], wordings: [], figures: [], events: [], disagreements: [] };
}

/** Every id a record refers to, with where it sits in the record. */
export function referencesOf(collection: CollectionName, record: CorpusRecord): Reference[] {
  const refs: Reference[] = [];
  const add = (path: string, target: CollectionName, id: string | null) => {
    if (id !== null) refs.push({ path, collection: target, id });
  };
  switch (collection) {
    case 'utterances': {
      const r = record as Corpus['utterances'][number];
      r.firstSaidSourceIds.forEach((id, i) => add(`.firstSaidSourceIds[${i}]`, 'sources', id));
      add('.inReplyTo', 'utterances', r.inReplyTo);
      break;
    }
    case 'wordings': {
      const r = record as Corpus['wordings'][number];
      add('.utteranceId', 'utterances', r.utteranceId);
      add('.sourceId', 'sources', r.sourceId);
      break;
    }
    case 'figures': {
      const r = record as Corpus['figures'][number];
      r.statements.forEach((s, i) => add(`.statements[${i}].sourceId`, 'sources', s.sourceId));
      break;
    }
    case 'events': {
      const r = record as Corpus['events'][number];
      r.utteranceIds.forEach((id, i) => add(`.utteranceIds[${i}]`, 'utterances', id));
      r.statements.forEach((s, i) => add(`.statements[${i}].sourceId`, 'sources', s.sourceId));
      break;
    }
    case 'disagreements': {
      const r = record as Corpus['disagreements'][number];
      r.records.forEach((ref, i) => add(`.records[${i}].id`, REF_COLLECTION[ref.type], ref.id));
      r.positions.forEach((p, i) =>
        p.sourceIds.forEach((id, j) => add(`.positions[${i}].sourceIds[${j}]`, 'sources', id)),
      );
      break;
    }
    case 'sources':
      break;
  }
  return refs;
}

/** JSON with object keys sorted, so records equal in content compare equal as strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    // No prototype, so even a "__proto__" key is copied as plain data.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** True when two records say the same thing, whoever they are marked as belonging to. */
export function sameContent(a: CorpusRecord, b: CorpusRecord): boolean {
  return canonicalJson({ ...a, origin: null }) === canonicalJson({ ...b, origin: null });
}

/** Singular noun for messages: "wordings" → "wording". */
export function recordNoun(collection: CollectionName): Exclude<RecordKind, 'note'> {
  return collection.slice(0, -1) as Exclude<RecordKind, 'note'>;
}

/** The collection a singular noun names (a note's target type): "wording" → "wordings". */
export function collectionOfNoun(noun: string): CollectionName | undefined {
  return COLLECTIONS.find((c) => recordNoun(c) === noun);
}
