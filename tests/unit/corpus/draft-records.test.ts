import { afterEach, describe, expect, it } from 'vitest';
import { createCrossReferencer } from '../../../utils/corpus/cross-reference';
import { draftToRecords, slugify, uniqueId } from '../../../utils/corpus/draft-records';
import { proposeDraft, type PageDraft } from '../../../utils/corpus/page-draft';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { harborArticle, shippedCorpus } from '../../fixtures/manager/pages';
import { openStore } from '../storage/helpers/database';

const corpus = shippedCorpus();
const NOW = '2025-02-01T10:00:00.000Z';

const referencer = createCrossReferencer(corpus);
function draft(): PageDraft {
  return proposeDraft(harborArticle(), referencer);
}

const stores: CorpusStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('a confirmed draft as corpus records', () => {
  it('makes one user source, with the article’s text, named after the headline', () => {
    const { records, sourceId } = draftToRecords(draft(), corpus, NOW);
    expect(sourceId).toBe('user.src.stargates-money-questioned-as-musk-and');
    expect(records.sources).toEqual([
      expect.objectContaining({
        id: sourceId,
        origin: 'user',
        outlet: 'The Harbor Courier',
        author: 'Dana Whitlock',
        published: '2025-01-24',
        publishedText: null,
        addedAt: NOW,
        text: harborArticle().text,
      }),
    ]);
  });

  it('saves a quotation of a known utterance as a new wording of THAT utterance, not a new utterance', () => {
    const { records, quotations } = draftToRecords(draft(), corpus, NOW);
    const noMoney = records.wordings!.filter((w) => w.utteranceId === 'musk.no-money');
    expect(noMoney.map((w) => [w.text, w.form, w.presentation])).toEqual([
      ['They don’t actually have the money,', 'full', 'quotation'],
      ['They don’t actually have the money', 'full', 'embedded-post'],
    ]);
    expect(records.wordings!.find((w) => w.utteranceId === 'altman.wrong-reply')!.form).toBe('fragment');
    expect(records.utterances!.map((u) => [u.speaker, u.original])).toEqual([
      ['Marta Velasquez', 'The grid in Texas can carry it, but not in four years.'],
      ['Marta Velasquez', 'Nobody builds that much that fast'],
    ]);
    expect(quotations.get('q0')).toMatchObject({ utteranceId: 'musk.no-money', isNew: false });
    expect(quotations.get('q4')).toMatchObject({ isNew: true });
  });

  it('follows the user’s choices: dropped items, edited fields, a quotation moved to a new utterance', () => {
    const d = draft();
    d.source = { ...d.source, outlet: '', headline: 'Edited headline', remark: 'Read it twice' };
    d.quotations = d.quotations.map((q, i) => ({ ...q, include: i === 0 || i === 6, utteranceId: i === 0 ? null : q.utteranceId }));
    d.figures = d.figures.map((f, i) => ({ ...f, include: i === 0, measure: 'Total money' }));
    const { records } = draftToRecords(d, corpus, NOW);
    expect(records.sources![0]).toMatchObject({ id: 'user.src.edited-headline', outlet: null, notes: ['Read it twice'] });
    expect(records.utterances!.map((u) => [u.id, u.speaker, u.kind])).toEqual([['user.utt.edited-headline.1', 'Elon Musk', 'statement']]);
    expect(records.wordings!.map((w) => w.utteranceId)).toEqual(['user.utt.edited-headline.1', 'term.stargate']);
    expect(records.figures).toEqual([
      {
        id: 'user.fig.edited-headline.1',
        origin: 'user',
        measure: 'Total money',
        unit: 'USD',
        cues: [],
        statements: [expect.objectContaining({ sourceId: 'user.src.edited-headline', text: 'up to $500 billion', value: 5e11, qualifier: 'up to' })],
      },
    ]);
  });

  it('is accepted by the store in one addRecords call, and adding the page again gets new ids', async () => {
    const store = await openStore('draft-records');
    stores.push(store);
    await store.seedCurated(corpus);
    const first = draftToRecords(draft(), corpus, NOW);
    expect(await store.addRecords(first.records)).toEqual({ added: 17, replaced: 0, unchanged: 0 });
    const again = draftToRecords(draft(), await store.getCorpus(), NOW);
    expect(again.sourceId).toBe(`${first.sourceId}-2`);
    expect((await store.addRecords(again.records)).added).toBe(17);
  });

  it('makes ids from any text', () => {
    expect(slugify('Émile’s “Big” Day — 2025!')).toBe('emiles-big-day-2025');
    expect(slugify('a'.repeat(60))).toHaveLength(40);
    const taken = new Set(['x', 'x-2']);
    expect(uniqueId('x', taken)).toBe('x-3');
    expect(taken.has('x-3')).toBe(true);
  });
});
