/**
 * Installing a curated revision: every curated record is replaced by the new revision's, inside
 * the caller's one transaction, and no user record is touched, even one whose id the new revision
 * starts using (that curated record is skipped and reported).
 */
import { problemAt } from '../corpus/problem';
import { COLLECTIONS, type Corpus } from '../corpus/schema';
import { META_KEYS, META_STORE } from './db';
import { recordNoun, referencesOf, type CorpusRecord, type CorpusRecords } from './records';
import { readRecords } from './snapshot';
import { issueAll, type PathError, type WriteTransaction } from './transaction';

export interface SeedResult {
  /** False when the revision was already installed and nothing was written. */
  changed: boolean;
  revision: string | null;
  /** Curated records not installed because a user record already has their id. */
  skipped: PathError[];
  /** Pointers of user records to records the new curated corpus no longer has. */
  brokenUserPointers: PathError[];
}

/** Replaces the curated records in `tx` (over every collection and meta) with `corpus`'s. */
export async function installCurated(tx: WriteTransaction, corpus: Corpus, force: boolean): Promise<SeedResult> {
  const revision = corpus.revision ?? null;
  const meta = tx.objectStore(META_STORE);
  const installed = (await meta.get(META_KEYS.curatedRevision)) as string | null | undefined;
  // A corpus without a revision cannot be told apart from the installed one: always install.
  if (!force && revision !== null && installed === revision) {
    return { changed: false, revision, skipped: [], brokenUserPointers: [] };
  }
  const skipped: PathError[] = [];
  const user = await readRecords(tx, 'user');
  for (const collection of COLLECTIONS) {
    const store = tx.objectStore(collection);
    const userIds = new Set(user[collection].map((r) => r.id));
    const oldKeys = await store.index('origin').getAllKeys('curated');
    const writes: (() => Promise<unknown>)[] = oldKeys.map((key) => () => store.delete(key));
    (corpus[collection] as CorpusRecord[]).forEach((record, i) => {
      if (userIds.has(record.id)) {
        skipped.push(problemAt(`${collection}[${i}].id`, 'curated_id_taken', { id: record.id }));
      } else writes.push(() => store.put({ ...record, origin: 'curated' }));
    });
    await issueAll(writes);
  }
  await meta.put(revision, META_KEYS.curatedRevision);
  return { changed: true, revision, skipped, brokenUserPointers: findBrokenPointers(user, corpus) };
}

/** User records' pointers that neither the new curated records nor the user's own answer. */
function findBrokenPointers(user: CorpusRecords, curated: Corpus): PathError[] {
  const ids = new Set<string>();
  for (const c of COLLECTIONS) {
    for (const r of [...user[c], ...(curated[c] as CorpusRecord[])]) ids.add(`${c}/${r.id}`);
  }
  return COLLECTIONS.flatMap((c) =>
    user[c].flatMap((record) =>
      referencesOf(c, record)
        .filter((ref) => !ids.has(`${ref.collection}/${ref.id}`))
        .map((ref) => problemAt(`${c}/${record.id}${ref.path}`, 'curated_pointer_gone', { kind: recordNoun(ref.collection), id: ref.id })),
    ),
  );
}
