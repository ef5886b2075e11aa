/**
 * What else changes when the user deletes one of their records: a wording cannot outlive its
 * source or utterance, so it goes too; so does what the deletion leaves empty (an utterance of
 * theirs with no wording left, a figure with no statement, an event with neither dates nor posts,
 * a disagreement that names nothing), since "Add this page" made those from the deleted source and
 * they would otherwise stay behind as husks. Every other record that points at a deleted one keeps
 * its own content and only loses the pointer (a statement by the deleted source, an id in a list).
 * Only user records are looked at: curated records never point at user records.
 */
import type { CollectionName, Corpus, RecordRef } from '../corpus/schema';
import { COLLECTIONS } from '../corpus/schema';
import { REF_COLLECTION, type CorpusRecord, type CorpusRecords } from './records';

export interface RecordKey {
  collection: CollectionName;
  id: string;
}

export interface CascadePlan {
  /** The record asked for first, then everything deleted because of it. */
  deletes: RecordKey[];
  /** Records that stay but lose their pointers to deleted records. */
  updates: { collection: CollectionName; record: CorpusRecord }[];
}

const keyOf = (k: RecordKey) => `${k.collection}/${k.id}`;

/**
 * The record with every pointer to `gone` removed; 'delete' when the record cannot exist without
 * it; the same object when it did not point there.
 */
function withoutPointer(collection: CollectionName, record: CorpusRecord, gone: RecordKey): CorpusRecord | 'delete' {
  const isGoneSource = (id: string) => gone.collection === 'sources' && id === gone.id;
  const isGoneUtterance = (id: string) => gone.collection === 'utterances' && id === gone.id;
  const isGoneRef = (ref: RecordRef) => REF_COLLECTION[ref.type] === gone.collection && ref.id === gone.id;
  switch (collection) {
    case 'wordings': {
      const r = record as Corpus['wordings'][number];
      return isGoneSource(r.sourceId) || isGoneUtterance(r.utteranceId) ? 'delete' : record;
    }
    case 'utterances': {
      const r = record as Corpus['utterances'][number];
      const firstSaidSourceIds = r.firstSaidSourceIds.filter((id) => !isGoneSource(id));
      const inReplyTo = r.inReplyTo !== null && isGoneUtterance(r.inReplyTo) ? null : r.inReplyTo;
      if (firstSaidSourceIds.length === r.firstSaidSourceIds.length && inReplyTo === r.inReplyTo) return record;
      return { ...r, firstSaidSourceIds, inReplyTo };
    }
    case 'figures': {
      const r = record as Corpus['figures'][number];
      const statements = r.statements.filter((s) => !isGoneSource(s.sourceId));
      if (statements.length === r.statements.length) return record;
      return statements.length === 0 ? 'delete' : { ...r, statements };
    }
    case 'events': {
      const r = record as Corpus['events'][number];
      const statements = r.statements.filter((s) => !isGoneSource(s.sourceId));
      const utteranceIds = r.utteranceIds.filter((id) => !isGoneUtterance(id));
      if (statements.length === r.statements.length && utteranceIds.length === r.utteranceIds.length) return record;
      return statements.length === 0 && utteranceIds.length === 0 ? 'delete' : { ...r, statements, utteranceIds };
    }
    case 'disagreements': {
      const r = record as Corpus['disagreements'][number];
      const records = r.records.filter((ref) => !isGoneRef(ref));
      const touched = r.positions.some((p) => p.sourceIds.some(isGoneSource));
      if (records.length === r.records.length && !touched) return record;
      const positions = r.positions
        .map((p) => ({ ...p, sourceIds: p.sourceIds.filter((id) => !isGoneSource(id)) }))
        // A position nobody holds any more says nothing.
        .filter((p) => p.sourceIds.length > 0);
      return records.length === 0 && positions.length === 0 ? 'delete' : { ...r, records, positions };
    }
    case 'sources':
      return record;
  }
}

/** Plans the deletion of user record `target` from `user` (the user's records only). */
export function planCascadeDelete(user: CorpusRecords, target: RecordKey): CascadePlan {
  const current = new Map<string, { collection: CollectionName; record: CorpusRecord }>();
  for (const collection of COLLECTIONS) {
    for (const record of user[collection]) current.set(keyOf({ collection, id: record.id }), { collection, record });
  }
  const deleted = new Map<string, RecordKey>();
  const updated = new Set<string>();
  const queue: RecordKey[] = [target];
  while (queue.length > 0) {
    const gone = queue.shift()!;
    if (deleted.has(keyOf(gone))) continue;
    const goneRecord = current.get(keyOf(gone))?.record;
    deleted.set(keyOf(gone), gone);
    current.delete(keyOf(gone));
    updated.delete(keyOf(gone));
    if (gone.collection === 'wordings' && goneRecord) {
      const utteranceId = (goneRecord as Corpus['wordings'][number]).utteranceId;
      const utterance = { collection: 'utterances' as const, id: utteranceId };
      const hasWording = [...current.values()].some((e) => e.collection === 'wordings' && (e.record as Corpus['wordings'][number]).utteranceId === utteranceId);
      if (current.has(keyOf(utterance)) && !hasWording) queue.push(utterance);
    }
    for (const [key, entry] of current) {
      const next = withoutPointer(entry.collection, entry.record, gone);
      if (next === 'delete') queue.push({ collection: entry.collection, id: entry.record.id });
      else if (next !== entry.record) {
        current.set(key, { collection: entry.collection, record: next });
        updated.add(key);
      }
    }
  }
  return {
    deletes: [...deleted.values()],
    updates: [...updated].map((key) => current.get(key)!),
  };
}
