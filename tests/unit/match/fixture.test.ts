import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import raw from '../../fixtures/mini-corpus.json';
import { CorpusSchema } from '../../../utils/corpus/schema';

describe('the mini corpus the engine is tested on', () => {
  it('is a valid corpus', () => {
    const result = v.safeParse(CorpusSchema, raw);
    expect(result.issues ?? []).toEqual([]);
  });

  it('uses the shared ids for the main quotes and figures', () => {
    const ids = new Set([...raw.utterances.map((u) => u.id), ...raw.figures.map((f) => f.id)]);
    for (const id of ['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply', 'altman.respect', 'fig.total-investment', 'fig.softbank-secured']) {
      expect(ids.has(id)).toBe(true);
    }
  });
});
