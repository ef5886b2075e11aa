/**
 * What deleting one of the user's records will take with it, shown before the user confirms:
 * the same plan the store carries out (cascade.ts), as record keys the UI names.
 */
import { COLLECTIONS, type Corpus } from '../corpus/schema';
import { planCascadeDelete, type RecordKey } from '../storage/cascade';
import type { Note } from '../storage/notes';
import { emptyRecords, recordNoun, type CorpusRecords } from '../storage/records';

export interface DeletionPreview {
  /** Records deleted with it (the record itself not included). */
  alsoDeleted: RecordKey[];
  /** Records that stay but lose their pointer to a deleted one. */
  updated: RecordKey[];
  notesRemoved: number;
}

function userRecords(corpus: Corpus): CorpusRecords {
  const records = emptyRecords();
  for (const c of COLLECTIONS) (records[c] as unknown[]) = corpus[c].filter((r) => r.origin === 'user');
  return records;
}

export function previewDeletion(corpus: Corpus, notes: readonly Note[], key: RecordKey): DeletionPreview {
  const plan = planCascadeDelete(userRecords(corpus), key);
  const deleted = new Set(plan.deletes.map((k) => `${recordNoun(k.collection)}/${k.id}`));
  return {
    alsoDeleted: plan.deletes.slice(1),
    updated: plan.updates.map((u) => ({ collection: u.collection, id: u.record.id })),
    notesRemoved: notes.filter((n) => deleted.has(`${n.target.type}/${n.target.id}`)).length,
  };
}
