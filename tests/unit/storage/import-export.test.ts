import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { corpusFile, curatedCorpus, source, userAdditions, wording } from './helpers/corpus-fixture';
import { dumpDatabase, openStore } from './helpers/database';

const stores: CorpusStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

async function seeded(label: string, maxImportBytes?: number): Promise<CorpusStore> {
  const store = await openStore(label, maxImportBytes === undefined ? {} : { maxImportBytes });
  stores.push(store);
  await store.seedCurated(curatedCorpus('r1'));
  return store;
}

/** Imports `text` expecting a refusal, and checks the database did not change at all. */
async function expectRefused(store: CorpusStore, text: string): Promise<string> {
  const before = await dumpDatabase(store.dbName);
  const result = await store.importCorpus(text);
  expect(result.ok).toBe(false);
  expect(await dumpDatabase(store.dbName)).toBe(before);
  return result.message;
}

describe('exporting and importing the user’s records', () => {
  it('moves the user’s records to another profile unchanged', async () => {
    const from = await seeded('export-from');
    await from.addRecords(userAdditions());
    const file = await from.exportCorpus();
    expect(JSON.parse(file)).toMatchObject({ format: 'source-lens-corpus', version: 1, revision: 'r1' });

    const to = await seeded('export-to');
    const result = await to.importCorpus(file);
    expect(result).toMatchObject({ ok: true, added: 4, unchanged: 0, message: 'Imported 4 records.' });
    expect(await to.getCorpus()).toEqual(await from.getCorpus());
  });

  it('changes nothing when the same file is imported twice', async () => {
    const store = await seeded('import-twice');
    const file = corpusFile(userAdditions());
    await store.importCorpus(file);
    const before = await dumpDatabase(store.dbName);
    expect(await store.importCorpus(file)).toMatchObject({ ok: true, added: 0, unchanged: 4 });
    expect(await dumpDatabase(store.dbName)).toBe(before);
  });

  it('skips the curated records of a full backup and adds the rest as the user’s', async () => {
    const from = await seeded('full-from');
    await from.addRecords(userAdditions());
    const to = await seeded('full-to');
    const result = await to.importCorpus(await from.exportCorpus({ scope: 'all' }));
    expect(result).toMatchObject({ ok: true, added: 4, unchanged: 8 });
    expect(result.message).toBe('Imported 4 records (8 already in the store were left as they are).');
  });

  it('marks a new record the file calls curated as the user’s', async () => {
    const store = await seeded('import-origin');
    await store.importCorpus(corpusFile({ sources: [source('their.src', 'curated', 'Theirs')] }));
    expect((await store.getCorpus()).sources.find((s) => s.id === 'their.src')?.origin).toBe('user');
  });
});

describe('the user’s notes in a corpus file', () => {
  it('go with the export to another profile, and a backup brings back a deleted note', async () => {
    const from = await seeded('notes-from');
    await from.addRecords(userAdditions());
    const mine = await from.addNote({ type: 'wording', id: 'user.blog.no-money' }, 'a paraphrase, not the post');
    await from.addNote({ type: 'utterance', id: 'musk.no-money' }, 'first said on X');
    const backup = await from.exportCorpus();
    expect(JSON.parse(backup).notes.map((n: { text: string }) => n.text).sort()).toEqual(['a paraphrase, not the post', 'first said on X']);

    const to = await seeded('notes-to');
    expect(await to.importCorpus(backup)).toMatchObject({ ok: true, message: 'Imported 4 records and 2 notes.' });
    expect(await to.listNotes()).toEqual(await from.listNotes());

    await from.deleteNote(mine.id);
    const result = await from.importCorpus(backup);
    expect(result).toMatchObject({ ok: true, message: 'Imported 0 records (4 already in the store were left as they are) and 1 note (1 kept as it is).' });
    expect((await from.listNotes()).map((n) => n.text).sort()).toEqual(['a paraphrase, not the post', 'first said on X']);
  });

  it('keeps the later edit of a note the store and the file both have', async () => {
    const store = await seeded('notes-later');
    const note = await store.addNote({ type: 'utterance', id: 'musk.no-money' }, 'old text');
    const older = corpusFile({ notes: [{ ...note, text: 'even older text', updatedAt: '2000-01-01T00:00:00.000Z' }] });
    await store.importCorpus(older);
    expect((await store.getNote(note.id))?.text).toBe('old text');
    const newer = corpusFile({ notes: [{ ...note, text: 'newer text', updatedAt: '2100-01-01T00:00:00.000Z' }] });
    await store.importCorpus(newer);
    expect((await store.getNote(note.id))?.text).toBe('newer text');
  });

  it('refuse the whole file, records too, when a note names a record nobody has or is malformed', async () => {
    const store = await seeded('notes-refused');
    const note = { id: 'note.x', target: { type: 'figure', id: 'fig.nowhere' }, text: 'hm', createdAt: '2025-02-01T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z' };
    const withRecord = { sources: [source('user.paper', 'user', 'A paper')] };
    expect(await expectRefused(store, corpusFile({ ...withRecord, notes: [note] }))).toMatch(/notes\[0\]\.target refers to figure "fig\.nowhere"/);
    expect(await expectRefused(store, corpusFile({ ...withRecord, notes: [{ ...note, target: { type: 'source', id: 'src.000' }, text: '  ' }] }))).toMatch(/notes\[0\]\.text: a note needs some text/);
    expect(await expectRefused(store, corpusFile({ notes: [{ ...note, target: { type: 'source', id: 'src.000' }, createdAt: 'yesterday' }] }))).toMatch(/notes\[0\]\.createdAt/);
    expect(await expectRefused(store, corpusFile({ notes: { a: 1 } as never }))).toMatch(/notes must be a list/);
  });
});

describe('refused imports leave the store exactly as it was', () => {
  it('names the line and column of broken JSON', async () => {
    const store = await seeded('bad-json');
    const message = await expectRefused(store, '{\n  "format": "source-lens-corpus",\n  "version": 1,\n  "sources": [,]\n}');
    expect(message).toMatch(/line 4, column \d+/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const store = await seeded('too-big', 2048);
    const message = await expectRefused(store, corpusFile({ sources: [source('user.big', 'user', 'x'.repeat(3000))] }));
    expect(message).toMatch(/too large/);
  });

  it('says when a file is not a corpus file or comes from a newer version', async () => {
    const store = await seeded('format');
    expect(await expectRefused(store, '{"@context": "http://www.w3.org/ns/anno.jsonld"}')).toMatch(/not a Source Lens corpus file: it has no "format"/);
    expect(await expectRefused(store, '[1, 2]')).toMatch(/not a Source Lens corpus file/);
    const newer = corpusFile({}).replace('"version": 1', '"version": 7');
    expect(await expectRefused(store, newer)).toMatch(/version 7, made by a newer Source Lens/);
  });

  it('points at the field with the wrong type', async () => {
    const store = await seeded('wrong-type');
    const additions = userAdditions();
    (additions.wordings![0] as { text: unknown }).text = 12;
    expect(await expectRefused(store, corpusFile(additions))).toMatch(/wordings\[0\]\.text/);
  });

  it('refuses keys that could reach a prototype', async () => {
    const store = await seeded('proto');
    const file = corpusFile(userAdditions()).replace('"id": "user.blog",', '"id": "user.blog", "__proto__": {"origin": "curated"},');
    expect(await expectRefused(store, file)).toMatch(/sources\[0\]\.__proto__: the key is not allowed/);
  });

  it('never overwrites a curated record, nor a user record with different content', async () => {
    const store = await seeded('conflicts');
    const changedCurated = curatedCorpus('r1').sources[0]!;
    changedCurated.outlet = 'Someone else';
    expect(await expectRefused(store, corpusFile({ sources: [changedCurated] }))).toMatch(
      /sources\[0\]\.id: "src\.000" is a curated source; curated records cannot be changed/,
    );
    await store.importCorpus(corpusFile(userAdditions()));
    const edited = userAdditions();
    edited.sources![0]!.headline = 'Another headline';
    expect(await expectRefused(store, corpusFile(edited))).toMatch(/you already have a source "user\.blog" with different content/);
  });

  it('refuses pointers to records neither the file nor the store has, and duplicate ids', async () => {
    const store = await seeded('dangling');
    const dangling = { wordings: [wording('user.w', 'user', 'musk.nobody', 'src.000', 'words')] };
    expect(await expectRefused(store, corpusFile(dangling))).toMatch(/wordings\[0\]\.utteranceId: no utterance "musk\.nobody"/);
    const twice = { sources: [source('user.a', 'user', 'A'), source('user.a', 'user', 'A again')] };
    expect(await expectRefused(store, corpusFile(twice))).toMatch(/sources\[1\]\.id: duplicate id "user\.a" \(also sources\[0\]\)/);
  });
});
