/**
 * Reading the corpus records of the store, split by origin, inside a transaction of the caller's
 * (so a write can plan on exactly what it is about to change).
 */
import type { IDBPTransaction } from 'idb';
import { COLLECTIONS, type CollectionName, type Origin } from '../corpus/schema';
import { emptyIndex, type StoreSnapshot } from './merge';
import { emptyRecords, type CorpusRecord, type CorpusRecords } from './records';

type AnyTransaction = IDBPTransaction<unknown, string[], IDBTransactionMode>;

/** The records of one origin in every collection, in id order. */
export async function readRecords(tx: AnyTransaction, origin: Origin): Promise<CorpusRecords> {
  const records = emptyRecords();
  const lists = await Promise.all(
    COLLECTIONS.map((c) => tx.objectStore(c).index('origin').getAll(origin) as Promise<CorpusRecord[]>),
  );
  const byName = records as Record<CollectionName, CorpusRecord[]>;
  COLLECTIONS.forEach((c, i) => {
    byName[c] = lists[i]!;
  });
  return records;
}

/** Curated and user records, by id. */
export async function readSnapshot(tx: AnyTransaction): Promise<StoreSnapshot> {
  const [curated, user] = await Promise.all([readRecords(tx, 'curated'), readRecords(tx, 'user')]);
  const snapshot: StoreSnapshot = { curated: emptyIndex(), user: emptyIndex() };
  for (const c of COLLECTIONS) {
    for (const r of curated[c]) snapshot.curated[c].set(r.id, r);
    for (const r of user[c]) snapshot.user[c].set(r.id, r);
  }
  return snapshot;
}

/** Both origins merged into one set of collections, in id order. */
export function mergeOrigins(a: CorpusRecords, b: CorpusRecords): CorpusRecords {
  const merged = emptyRecords();
  const byName = merged as Record<CollectionName, CorpusRecord[]>;
  for (const c of COLLECTIONS) {
    byName[c] = [...a[c], ...b[c]].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }
  return merged;
}

/** Whether the store has a record `id` in `collection`, and of which origin. */
export async function originOf(tx: AnyTransaction, collection: CollectionName, id: string): Promise<Origin | undefined> {
  const record = (await tx.objectStore(collection).get(id)) as CorpusRecord | undefined;
  return record?.origin;
}
