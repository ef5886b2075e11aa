import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, type Corpus } from '../../../utils/corpus/schema';
import { validateCorpus } from '../../../utils/corpus/validate';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { openStore } from './helpers/database';

function shippedCorpus(): Corpus {
  const result = validateCorpus(JSON.parse(readFileSync('public/corpus/curated.json', 'utf8')));
  if (!result.ok) throw new Error(`the shipped corpus is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.corpus;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const stores: CorpusStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('the shipped curated corpus in the store', () => {
  it('comes back exactly as installed', async () => {
    const corpus = shippedCorpus();
    const store = await openStore('shipped');
    stores.push(store);
    await store.seedCurated(corpus);
    const stored = await store.getCorpus();
    expect(stored.revision).toBe(corpus.revision);
    for (const c of COLLECTIONS) expect(stored[c]).toEqual([...corpus[c]].sort(byId));
  });

  it('is recognised record by record when a full backup is imported into another profile', async () => {
    const corpus = shippedCorpus();
    const [from, to] = [await openStore('shipped-from'), await openStore('shipped-to')];
    stores.push(from, to);
    await Promise.all([from.seedCurated(corpus), to.seedCurated(corpus)]);
    const total = COLLECTIONS.reduce((n, c) => n + corpus[c].length, 0);
    expect(await to.importCorpus(await from.exportCorpus({ scope: 'all' }))).toMatchObject({ ok: true, added: 0, unchanged: total });
  });
});
