/**
 * How incoming records (an import file, records the user adds) join the store. Decided here, in
 * one place, and documented for the user:
 *  - A record whose id is a curated record's is skipped when its content is the same (it is that
 *    curated record, e.g. from a full export) and a conflict otherwise: nothing changes curated
 *    records but a curated update.
 *  - On import, a record whose id is one of the user's is skipped when identical (re-importing a
 *    backup changes nothing) and a conflict otherwise: ids are never renamed and user records are
 *    never overwritten by a file. addRecords, the user editing their own records, replaces them.
 *  - Every other record is added, marked origin "user".
 *  - Every id a record points at must exist in the store or come in with it.
 * Any conflict or dangling pointer refuses the whole batch.
 */
import { problemAt, type RecordKind } from '../corpus/problem';
import { COLLECTIONS, type CollectionName } from '../corpus/schema';
import {
  recordNoun,
  referencesOf,
  sameContent,
  type CorpusRecord,
  type PartialCorpusRecords,
} from './records';
import type { PathError } from './transaction';

export type RecordIndex = Record<CollectionName, Map<string, CorpusRecord>>;

/** The store's records by origin, as read inside the writing transaction. */
export interface StoreSnapshot {
  curated: RecordIndex;
  user: RecordIndex;
}

export type MergeMode = 'import' | 'add';

export interface MergePlan {
  puts: { collection: CollectionName; record: CorpusRecord }[];
  added: number;
  replaced: number;
  /** Records already in the store with the same content. */
  unchanged: number;
  problems: PathError[];
}

export function emptyIndex(): RecordIndex {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as RecordIndex;
}

/** Plans how `incoming` joins the store; nothing may be written when `problems` is not empty. */
export function planMerge(snapshot: StoreSnapshot, incoming: PartialCorpusRecords, mode: MergeMode): MergePlan {
  const plan: MergePlan = { puts: [], added: 0, replaced: 0, unchanged: 0, problems: [] };
  const incomingIds = emptyIndex();
  for (const collection of COLLECTIONS) {
    const firstIndex = new Map<string, number>();
    (incoming[collection] ?? []).forEach((record: CorpusRecord, i: number) => {
      const path = `${collection}[${i}]`;
      const first = firstIndex.get(record.id);
      if (first !== undefined) {
        plan.problems.push(problemAt(`${path}.id`, 'incoming_duplicate_id', { id: record.id, other: `${collection}[${first}]` }));
        return;
      }
      firstIndex.set(record.id, i);
      incomingIds[collection].set(record.id, record);
      if (mode === 'add' && record.origin !== 'user') {
        plan.problems.push(problemAt(`${path}.origin`, 'add_origin_not_user', {}));
        return;
      }
      planOne(plan, snapshot, collection, record, path, mode);
    });
  }
  checkPointers(plan, snapshot, incoming, incomingIds);
  return plan;
}

function planOne(
  plan: MergePlan,
  snapshot: StoreSnapshot,
  collection: CollectionName,
  record: CorpusRecord,
  path: string,
  mode: MergeMode,
): void {
  const kind: RecordKind = recordNoun(collection);
  const curated = snapshot.curated[collection].get(record.id);
  if (curated !== undefined) {
    if (mode === 'import' && sameContent(curated, record)) plan.unchanged += 1;
    else {
      plan.problems.push(problemAt(`${path}.id`, 'curated_id', { kind, id: record.id }));
    }
    return;
  }
  const own = snapshot.user[collection].get(record.id);
  const asUser = { ...record, origin: 'user' as const };
  if (own !== undefined && sameContent(own, record)) {
    plan.unchanged += 1;
    return;
  }
  if (own !== undefined && mode === 'import') {
    plan.problems.push(problemAt(`${path}.id`, 'user_id_conflict', { kind, id: record.id }));
    return;
  }
  if (own !== undefined) plan.replaced += 1;
  else plan.added += 1;
  plan.puts.push({ collection, record: asUser });
}

function checkPointers(
  plan: MergePlan,
  snapshot: StoreSnapshot,
  incoming: PartialCorpusRecords,
  incomingIds: RecordIndex,
): void {
  const exists = (collection: CollectionName, id: string) =>
    incomingIds[collection].has(id) || snapshot.curated[collection].has(id) || snapshot.user[collection].has(id);
  for (const collection of COLLECTIONS) {
    (incoming[collection] ?? []).forEach((record: CorpusRecord, i: number) => {
      for (const ref of referencesOf(collection, record)) {
        if (exists(ref.collection, ref.id)) continue;
        plan.problems.push(problemAt(`${collection}[${i}]${ref.path}`, 'dangling_reference', { kind: recordNoun(ref.collection), id: ref.id }));
      }
    });
  }
}
