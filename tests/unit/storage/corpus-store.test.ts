import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/storage/db';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { StorageError } from '../../../utils/storage/transaction';
import { curatedCorpus, source, userAdditions, wording } from './helpers/corpus-fixture';
import { dumpDatabase, openStore } from './helpers/database';

let store: CorpusStore;
afterEach(() => store?.close());

async function seededStore(label: string): Promise<CorpusStore> {
  store = await openStore(label);
  await store.seedCurated(curatedCorpus('r1'));
  return store;
}

const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('installing the curated corpus', () => {
  it('serves the curated records and remembers the revision', async () => {
    await seededStore('seed');
    const corpus = await store.getCorpus();
    expect(ids(corpus.sources)).toEqual(['src.000', 'src.001']);
    expect(corpus.revision).toBe('r1');
    expect(await store.getRevision()).toBe('r1');
  });

  it('writes nothing when the same revision is offered again, unless forced', async () => {
    await seededStore('seed-again');
    const before = await dumpDatabase(store.dbName);
    expect((await store.seedCurated(curatedCorpus('r1'))).changed).toBe(false);
    expect(await dumpDatabase(store.dbName)).toBe(before);
    expect((await store.seedCurated(curatedCorpus('r1'), { force: true })).changed).toBe(true);
  });

  it('drops curated records a new revision no longer has and keeps every user record', async () => {
    await seededStore('seed-update');
    await store.addRecords(userAdditions());
    const result = await store.seedCurated(curatedCorpus('r2'));
    const corpus = await store.getCorpus();
    expect(ids(corpus.sources)).toEqual(['src.000', 'user.blog']);
    expect(ids(corpus.wordings)).toEqual(['user.blog.no-money', 'w.musk.no-money.000']);
    expect(ids(corpus.disagreements)).toEqual(['user.dis.wording']);
    expect(corpus.revision).toBe('r2');
    expect(result.brokenUserPointers).toEqual([]);
  });

  it('reports user records left pointing at curated records a new revision removed', async () => {
    await seededStore('seed-broken');
    await store.addRecords({ wordings: [wording('user.w.b', 'user', 'musk.no-money', 'src.001', 'They don’t have the money')] });
    const result = await store.seedCurated(curatedCorpus('r2'));
    expect(result.brokenUserPointers).toEqual([
      {
        path: 'wordings/user.w.b.sourceId',
        message: 'points at source "src.001", no longer in the curated corpus',
        code: 'curated_pointer_gone',
        params: { kind: 'source', id: 'src.001' },
      },
    ]);
    expect(ids((await store.getCorpus()).wordings)).toContain('user.w.b');
  });

  it('keeps a user record whose id a new revision starts using, and says so', async () => {
    await seededStore('seed-clash');
    await store.addRecords({ sources: [source('src.009', 'user', 'My outlet')] });
    const next = curatedCorpus('r3');
    next.sources.push(source('src.009', 'curated', 'Curated outlet'));
    const result = await store.seedCurated(next);
    expect(result.skipped.map((p) => p.path)).toEqual(['sources[2].id']);
    const kept = (await store.getCorpus()).sources.find((s) => s.id === 'src.009');
    expect(kept).toMatchObject({ origin: 'user', outlet: 'My outlet' });
  });
});

describe('records the user adds', () => {
  it('joins the corpus as user records, pointing at curated ones', async () => {
    await seededStore('add');
    expect(await store.addRecords(userAdditions())).toEqual({ added: 4, replaced: 0, unchanged: 0 });
    const corpus = await store.getCorpus();
    expect(corpus.wordings.find((w) => w.id === 'user.blog.no-money')?.origin).toBe('user');
    expect(ids(await store.wordingsOfUtterance('musk.no-money'))).toEqual(['user.blog.no-money', 'w.musk.no-money.000', 'w.musk.no-money.001']);
  });

  it('refuses a record with a curated id, a dangling pointer or a wrong field, saving none of the batch', async () => {
    await seededStore('add-refused');
    const before = await dumpDatabase(store.dbName);
    const curatedId = { sources: [source('user.ok', 'user', 'Fine'), source('src.000', 'user', 'Mine now')] };
    await expect(store.addRecords(curatedId)).rejects.toThrow(/"src.000" is a curated source/);
    const dangling = { wordings: [wording('user.w', 'user', 'musk.no-money', 'src.404', 'x')] };
    await expect(store.addRecords(dangling)).rejects.toThrow(/wordings\[0\]\.sourceId: no source "src\.404"/);
    const badField = { sources: [{ ...source('user.bad', 'user', 'Bad'), language: 42 as unknown as string }] };
    await expect(store.addRecords(badField)).rejects.toThrow(/sources\[0\]\.language/);
    expect(await dumpDatabase(store.dbName)).toBe(before);
  });

  it('lets the user replace a record of their own', async () => {
    await seededStore('add-replace');
    await store.addRecords({ sources: [source('user.blog', 'user', 'A blog')] });
    expect(await store.addRecords({ sources: [source('user.blog', 'user', 'The blog, renamed')] })).toEqual({ added: 0, replaced: 1, unchanged: 0 });
    expect((await store.getCorpus()).sources.find((s) => s.id === 'user.blog')?.outlet).toBe('The blog, renamed');
  });
});

describe('deleting a user record', () => {
  it('refuses curated records and names missing ones', async () => {
    await seededStore('delete-refused');
    await expect(store.deleteUserRecord('sources', 'src.000')).rejects.toMatchObject({ reason: 'curated' });
    await expect(store.deleteUserRecord('sources', 'nope')).rejects.toThrow('there is no source "nope"');
  });

  it('takes a source’s wordings with it, the figures it alone gave, and strips it from disagreements and notes', async () => {
    await seededStore('delete-cascade');
    await store.addRecords(userAdditions());
    await store.addNote({ type: 'wording', id: 'user.blog.no-money' }, 'paraphrase');
    await store.addNote({ type: 'figure', id: 'user.fig.jobs' }, 'check this');
    await store.addNote({ type: 'utterance', id: 'musk.no-money' }, 'first reply came fast');
    const result = await store.deleteUserRecord('sources', 'user.blog');
    expect(result.deleted).toEqual([
      { collection: 'sources', id: 'user.blog' },
      { collection: 'wordings', id: 'user.blog.no-money' },
      { collection: 'figures', id: 'user.fig.jobs' },
    ]);
    expect(result.notesRemoved).toBe(2);
    const corpus = await store.getCorpus();
    expect(ids(corpus.wordings)).not.toContain('user.blog.no-money');
    expect(ids(corpus.figures)).not.toContain('user.fig.jobs');
    const dis = corpus.disagreements.find((d) => d.id === 'user.dis.wording')!;
    expect(dis.records).toEqual([{ type: 'utterance', id: 'musk.no-money' }]);
    expect(dis.positions).toEqual([{ sourceIds: ['src.000'], says: 'quotes the post' }]);
    expect((await store.listNotes()).map((n) => n.text)).toEqual(['first reply came fast']);
  });
});

describe('resetting to the curated corpus', () => {
  it('removes the user’s records and keeps notes and settings unless asked', async () => {
    await seededStore('reset');
    await store.addRecords(userAdditions());
    await store.addNote({ type: 'utterance', id: 'musk.no-money' }, 'first reply came fast');
    await store.setSiteEnabled('example.com', false);
    expect(await store.resetToCurated()).toEqual({ removed: 4 });
    expect(ids((await store.getCorpus()).sources)).toEqual(['src.000', 'src.001']);
    expect(await store.listNotes()).toHaveLength(1);
    await store.resetToCurated({ notes: true, settings: true });
    expect(await store.listNotes()).toEqual([]);
    expect(await store.getSettings()).toEqual({ enabled: true, sites: {} });
  });
});

describe('notes', () => {
  it('are created, listed per record, edited and deleted', async () => {
    store = await openStore('notes');
    const target = { type: 'figure', id: 'fig.total-investment' } as const;
    const note = await store.addNote(target, '  “up to” or “at least”?  ');
    expect(note).toMatchObject({ text: '“up to” or “at least”?', createdAt: '2025-02-01T10:00:00.000Z' });
    await store.addNote({ type: 'event', id: 'ev.announcement' }, 'Tuesday');
    expect((await store.listNotes(target)).map((n) => n.id)).toEqual([note.id]);
    expect((await store.updateNote(note.id, 'settled: both')).text).toBe('settled: both');
    await store.deleteNote(note.id);
    expect(await store.getNote(note.id)).toBeUndefined();
    await expect(store.deleteNote(note.id)).rejects.toBeInstanceOf(StorageError);
  });

  it('refuse empty text and unknown targets', async () => {
    store = await openStore('notes-refused');
    await expect(store.addNote({ type: 'figure', id: 'fig.jobs' }, '   ')).rejects.toThrow('a note needs some text');
    await expect(store.addNote({ type: 'page' as 'figure', id: 'x' }, 'hi')).rejects.toThrow(/^target/);
  });
});

describe('settings', () => {
  it('switch the extension per site and remember the sidebar', async () => {
    store = await openStore('settings');
    await store.setSiteEnabled('www.Example.com', false);
    await store.setSidebar('news.example.org', { open: true, width: 5000 });
    expect(await store.getSettings()).toEqual({
      enabled: true,
      sites: { 'example.com': { enabled: false }, 'news.example.org': { sidebar: { open: true, width: 720 } } },
    });
    await store.setEnabled(false);
    expect((await store.getSettings()).enabled).toBe(false);
    await expect(store.setSiteEnabled('not a host', true)).rejects.toThrow('"not a host" is not a hostname');
  });
});

describe('the database connection', () => {
  it('refuses a curated corpus with broken links, keeping the installed one', async () => {
    await seededStore('seed-invalid');
    const before = await dumpDatabase(store.dbName);
    const broken = curatedCorpus('r9');
    broken.wordings[0]!.sourceId = 'src.404';
    await expect(store.seedCurated(broken)).rejects.toThrow(/^The curated corpus was not installed: wordings\[0\]\.sourceId/);
    expect(await dumpDatabase(store.dbName)).toBe(before);
  });

  it('lets a newer version opened elsewhere upgrade instead of blocking it, and says why it cannot go on', async () => {
    await seededStore('blocking');
    const newer = await openDB(store.dbName, DB_VERSION + 1);
    newer.close();
    await expect(store.getRevision()).rejects.toThrow(/could not open the corpus store \(VersionError/);
  });
});
