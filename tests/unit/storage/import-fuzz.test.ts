import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureText } from '../../../components/problems';
import { ENGLISH } from '../../../utils/i18n/english';
import type { Corpus } from '../../../utils/corpus/schema';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { MAX_IMPORT_BYTES } from '../../../utils/storage/import-file';
import { corpusFile, curatedCorpus, source, userAdditions, wording } from './helpers/corpus-fixture';
import { dumpDatabase, openStore } from './helpers/database';
import { hostileFiles } from './helpers/hostile-files';

/** A file touching every collection and every kind of pointer, with notes, all of it new to the store. */
function validImport(): string {
  const curated = curatedCorpus('r1');
  const event: Corpus['events'][number] = {
    ...curated.events[0]!,
    id: 'user.ev.paper',
    origin: 'user',
    utteranceIds: ['user.u.paper', 'musk.no-money'],
    statements: [{ sourceId: 'user.paper', text: 'on Tuesday', date: '2025-01-21', context: 'It was announced on Tuesday.' }],
  };
  const note = (id: string, type: 'utterance' | 'event', target: string, text: string) => ({
    id, target: { type, id: target }, text, createdAt: '2025-02-01T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z',
  });
  return corpusFile({
    notes: [note('note.paper.1', 'event', 'user.ev.paper', 'check the day'), note('note.paper.2', 'utterance', 'musk.no-money', 'first said on X')],
    sources: [source('user.paper', 'user', 'A paper')],
    utterances: [{ ...curated.utterances[0]!, id: 'user.u.paper', origin: 'user', inReplyTo: 'musk.no-money', firstSaidSourceIds: ['user.paper'] }],
    wordings: [
      wording('user.paper.w1', 'user', 'user.u.paper', 'user.paper', 'We have the money'),
      wording('user.paper.w2', 'user', 'musk.no-money', 'user.blog', 'they do not have the money'),
    ],
    figures: [{ ...curated.figures[0]!, id: 'user.fig.paper', origin: 'user', statements: [{ ...curated.figures[0]!.statements[0]!, sourceId: 'user.paper' }] }],
    events: [event],
    disagreements: [{ ...curated.disagreements[0]!, id: 'user.dis.paper', origin: 'user', records: [{ type: 'event', id: 'user.ev.paper' }], positions: [{ sourceIds: ['user.paper', 'src.001'], says: 'Tuesday' }] }],
  });
}

async function seededStore(label: string): Promise<CorpusStore> {
  const store = await openStore(label);
  await store.seedCurated(curatedCorpus('r1'));
  await store.addRecords(userAdditions());
  return store;
}

describe('importing hostile files', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = await seededStore('fuzz');
  });
  afterAll(() => store.close());

  it('starts from a file the store accepts', async () => {
    const other = await seededStore('fuzz-valid');
    expect(await other.importCorpus(validImport())).toMatchObject({ ok: true, added: 7, message: 'Imported 7 records and 2 notes.' });
    expect((await other.listNotes()).map((n) => n.id)).toEqual(['note.paper.1', 'note.paper.2']);
    other.close();
  });

  // About two seconds alone; the limit leaves room for a loaded machine.
  it('refuses 1,202 malformed or hostile files with a message, leaving the database byte for byte as it was', { timeout: 30_000 }, async () => {
    const before = await dumpDatabase(store.dbName);
    const context = {
      validFile: validImport(),
      userRecord: { collection: 'sources' as const, record: userAdditions().sources![0]! },
      curatedRecord: { collection: 'wordings' as const, record: curatedCorpus('r1').wordings[0]! },
      maxBytes: MAX_IMPORT_BYTES,
    };
    const refusedByKind = new Map<string, number>();
    for (const file of hostileFiles(context, 1200, 20250122)) {
      const result = await store.importCorpus(file.text);
      if (result.ok || result.message.trim() === '') {
        throw new Error(`a ${file.kind} file was not refused with a message: ${JSON.stringify(result).slice(0, 300)}\n${file.text.slice(0, 5000)}`);
      }
      // The interface words the refusal from its codes exactly as the store's English says it.
      const worded = failureText(ENGLISH, result);
      if (worded !== result.message) throw new Error(`a ${file.kind} refusal is worded otherwise:\n${worded}\n${result.message}`);
      refusedByKind.set(file.kind, (refusedByKind.get(file.kind) ?? 0) + 1);
      const after = await dumpDatabase(store.dbName);
      if (after !== before) throw new Error(`a ${file.kind} file changed the database:\n${file.text.slice(0, 500)}`);
    }
    expect([...refusedByKind.values()].reduce((a, b) => a + b, 0)).toBe(1202);
    expect(refusedByKind.size).toBe(11);
  });
});
