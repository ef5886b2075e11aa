import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { corpusFile, curatedCorpus, userAdditions } from './helpers/corpus-fixture';
import { dumpDatabase, failPutWithQuota, openStore } from './helpers/database';

let store: CorpusStore;
let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  store?.close();
});

async function seeded(label: string): Promise<CorpusStore> {
  store = await openStore(label);
  await store.seedCurated(curatedCorpus('r1'));
  return store;
}

/** Runs `action` with the disk "full" at the `failAt`-th write and returns the database before and after. */
async function onFullDisk(mode: 'sync' | 'async', failAt: number, action: () => Promise<unknown>) {
  const before = await dumpDatabase(store.dbName);
  restore = failPutWithQuota(failAt, mode);
  let outcome: unknown;
  try {
    outcome = await action();
  } catch (error) {
    outcome = error;
  } finally {
    restore();
    restore = null;
  }
  return { before, after: await dumpDatabase(store.dbName), outcome };
}

const messageOf = (outcome: unknown) => (outcome as { message: string }).message;

describe.each(['sync', 'async'] as const)('a full disk (%s failure)', (mode) => {
  it('stops an import half-way with nothing of it kept', async () => {
    await seeded(`quota-import-${mode}`);
    const { before, after, outcome } = await onFullDisk(mode, 3, () => store.importCorpus(corpusFile(userAdditions())));
    expect(outcome).toMatchObject({ ok: false });
    expect(messageOf(outcome)).toMatch(/^storage is full: could not import the file\. Nothing was changed/);
    expect(after).toBe(before);
  });

  it('keeps the previous curated corpus when a curated update cannot be written', async () => {
    await seeded(`quota-seed-${mode}`);
    await store.addRecords(userAdditions());
    const { before, after, outcome } = await onFullDisk(mode, 4, () => store.seedCurated(curatedCorpus('r2')));
    expect(outcome).toMatchObject({ reason: 'quota' });
    expect(messageOf(outcome)).toMatch(/^storage is full: could not install the curated corpus/);
    expect(after).toBe(before);
    expect(await store.getRevision()).toBe('r1');
  });

  it('keeps every record when a cascading delete cannot rewrite a dependent record', async () => {
    await seeded(`quota-delete-${mode}`);
    await store.addRecords(userAdditions());
    const { before, after, outcome } = await onFullDisk(mode, 1, () => store.deleteUserRecord('sources', 'user.blog'));
    expect(outcome).toMatchObject({ reason: 'quota' });
    expect(after).toBe(before);
  });

  it('reports a note that cannot be saved', async () => {
    await seeded(`quota-note-${mode}`);
    const { before, after, outcome } = await onFullDisk(mode, 1, () => store.addNote({ type: 'source', id: 'src.000' }, 'hi'));
    expect(messageOf(outcome)).toMatch(/^storage is full: could not save the note/);
    expect(after).toBe(before);
  });
});
