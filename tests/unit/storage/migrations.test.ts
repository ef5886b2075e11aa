import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../utils/corpus/schema';
import { CorpusStore } from '../../../utils/storage/corpus-store';
import { DB_VERSION, MIGRATIONS, openCorpusDatabase, type CorpusDatabase } from '../../../utils/storage/db';
import { curatedCorpus, userAdditions } from './helpers/corpus-fixture';
import { dumpDatabase, dumpStore, freshDbName, FIXED_NOW } from './helpers/database';

const isUser = (value: unknown) => (value as { origin?: string }).origin === 'user';

/** What a user had in a version-1 database: curated and user records, a note, settings. */
async function fillVersion1(db: CorpusDatabase): Promise<void> {
  const curated = curatedCorpus('r1');
  const user = userAdditions();
  const tx = db.transaction([...COLLECTIONS, 'notes', 'settings', 'meta'], 'readwrite');
  for (const c of COLLECTIONS) {
    for (const record of [...curated[c], ...(user[c] ?? [])]) void tx.objectStore(c).put(record);
  }
  void tx.objectStore('notes').put({
    id: 'note.1',
    target: { type: 'wording', id: 'user.blog.no-money' },
    text: 'The blog drops the contraction.',
    createdAt: '2025-01-30T08:00:00.000Z',
    updatedAt: '2025-01-30T09:00:00.000Z',
  });
  void tx.objectStore('settings').put(false, 'enabled');
  void tx.objectStore('settings').put(
    { 'example.com': { enabled: false }, 'news.example.org': { sidebar: { open: true, width: 420 } } },
    'sites',
  );
  void tx.objectStore('meta').put('r1', 'curatedRevision');
  await tx.done;
}

/** Builds a database at `version` by running the real steps up to it. */
async function databaseAt(version: number, fill?: (db: CorpusDatabase) => Promise<void>): Promise<string> {
  const name = freshDbName(`v${version}`);
  const db = await openCorpusDatabase(name, { version, now: () => FIXED_NOW });
  if (fill) await fill(db);
  db.close();
  return name;
}

async function userData(name: string): Promise<string[]> {
  return Promise.all([...COLLECTIONS.map((c) => dumpStore(name, c, isUser)), dumpStore(name, 'notes')]);
}

let opened: CorpusStore[] = [];
async function openLatest(name: string): Promise<CorpusStore> {
  const store = new CorpusStore({ dbName: name, now: () => FIXED_NOW });
  await store.open();
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened) store.close();
  opened = [];
});

describe('database upgrades', () => {
  it('lists its upgrade steps in order, one per version, ending at the version it opens', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('installs the latest layout on a fresh profile', async () => {
    const store = await openLatest(freshDbName('fresh'));
    const dump = JSON.parse(await dumpDatabase(store.dbName)) as Record<string, { indexes: string[]; entries: unknown[] }> & { version: number };
    expect(dump.version).toBe(DB_VERSION);
    expect(dump.wordings!.indexes).toEqual(['origin', 'sourceId', 'utteranceId']);
    expect(dump.notes!.indexes).toEqual(['target']);
    expect(dump.meta!.entries).toEqual([
      ['installedAt', FIXED_NOW.toISOString()],
      ['schemaVersion', DB_VERSION],
    ]);
    expect(await store.getSettings()).toEqual({ enabled: true, sites: {} });
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades a version-${from} profile keeping the user's records, notes and settings as they were`, async () => {
      const name = await databaseAt(1, fillVersion1);
      if (from > 1) (await openCorpusDatabase(name, { version: from })).close();
      const before = await userData(name);

      const store = await openLatest(name);
      expect(await userData(name)).toEqual(before);
      expect(await store.getRevision()).toBe('r1');
      expect(await store.getSettings()).toEqual({
        enabled: false,
        sites: { 'example.com': { enabled: false }, 'news.example.org': { sidebar: { open: true, width: 420 } } },
      });
      // The indexes added on the way answer for data written before them.
      const notes = await store.listNotes({ type: 'wording', id: 'user.blog.no-money' });
      expect(notes.map((n) => n.text)).toEqual(['The blog drops the contraction.']);
      expect((await store.wordingsOfSource('user.blog')).map((w) => w.id)).toEqual(['user.blog.no-money']);
    });
  }

  it('moves each site of the old single "sites" entry to its own entry, values unchanged', async () => {
    const name = await databaseAt(1, fillVersion1);
    const legacy = JSON.parse(await dumpStore(name, 'settings')) as [string, unknown][];
    const sites = legacy.find(([key]) => key === 'sites')![1] as Record<string, unknown>;
    (await openLatest(name)).close();
    const entries = JSON.parse(await dumpStore(name, 'settings')) as [string, unknown][];
    expect(entries).toEqual([
      ['enabled', false],
      ...Object.entries(sites).map(([host, value]) => [`site:${host}`, value]),
    ]);
  });

  it('ends in the same database whether upgraded step by step or all at once', async () => {
    const stepwise = await databaseAt(1, fillVersion1);
    for (let v = 2; v <= DB_VERSION; v++) (await openCorpusDatabase(stepwise, { version: v, now: () => FIXED_NOW })).close();
    const direct = await databaseAt(1, fillVersion1);
    (await openCorpusDatabase(direct, { now: () => FIXED_NOW })).close();
    expect(await dumpDatabase(stepwise)).toBe(await dumpDatabase(direct));
  });

  it('ends in the same layout as a fresh install', async () => {
    const upgraded = await databaseAt(1);
    (await openCorpusDatabase(upgraded, { now: () => FIXED_NOW })).close();
    const fresh = await databaseAt(DB_VERSION);
    expect(await dumpDatabase(upgraded)).toBe(await dumpDatabase(fresh));
  });
});
