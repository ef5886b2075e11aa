/**
 * Test tools for the store's database: a byte-exact dump of everything in it, fresh database
 * names, and a way to make IndexedDB report a full disk.
 */
import { openDB } from 'idb';
import { CorpusStore, type CorpusStoreOptions } from '../../../../utils/storage/corpus-store';

let counter = 0;
/** A database name no other test uses. */
export function freshDbName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export const FIXED_NOW = new Date('2025-02-01T10:00:00.000Z');

export async function openStore(label: string, options: CorpusStoreOptions = {}): Promise<CorpusStore> {
  let notes = 0;
  const store = new CorpusStore({
    dbName: freshDbName(label),
    now: () => FIXED_NOW,
    newNoteId: () => `note.${++notes}`,
    ...options,
  });
  await store.open();
  return store;
}

/** Every store's keys and values, and the indexes, as one string: equal strings, equal databases. */
export async function dumpDatabase(name: string): Promise<string> {
  const db = await openDB(name);
  try {
    const dump: Record<string, unknown> = { version: db.version };
    for (const storeName of [...db.objectStoreNames].sort()) {
      const tx = db.transaction(storeName, 'readonly');
      const indexes = [...tx.store.indexNames].sort();
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      dump[storeName] = { indexes, entries: keys.map((k, i) => [k, values[i]]) };
    }
    return JSON.stringify(dump);
  } finally {
    db.close();
  }
}

/** The entries of one store as JSON, keys and values in key order. */
export async function dumpStore(name: string, storeName: string, filter: (value: unknown) => boolean = () => true): Promise<string> {
  const db = await openDB(name);
  try {
    const tx = db.transaction(storeName, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return JSON.stringify(keys.map((k, i) => [k, values[i]]).filter(([, v]) => filter(v)));
  } finally {
    db.close();
  }
}

type WriteFunction = IDBObjectStore['put'];
interface FakeTransaction {
  _execRequestAsync(request: { operation: () => never; source: IDBObjectStore }): IDBRequest;
}

/**
 * Makes the `failAt`-th write (put or add, 1-based) fail the way a browser does when the disk is
 * full: `sync` throws from the call; `async` fails the request, which aborts the transaction with
 * QuotaExceededError (through fake-indexeddb's request queue). Returns the function that restores.
 */
export function failPutWithQuota(failAt: number, mode: 'sync' | 'async'): () => void {
  const proto = globalThis.IDBObjectStore.prototype;
  const originals = { put: proto.put, add: proto.add };
  let calls = 0;
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const failing = (original: WriteFunction) =>
    function write(this: IDBObjectStore, ...args: Parameters<WriteFunction>) {
      calls += 1;
      if (calls !== failAt) return original.apply(this, args);
      if (mode === 'sync') throw quota();
      const tx = this.transaction as unknown as FakeTransaction;
      return tx._execRequestAsync({
        operation: () => {
          throw quota();
        },
        source: this,
      });
    } as WriteFunction;
  proto.put = failing(originals.put);
  proto.add = failing(originals.add);
  return () => {
    proto.put = originals.put;
    proto.add = originals.add;
  };
}
