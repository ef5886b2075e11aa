import { describe, expect, it } from 'vitest';
import { previewDeletion } from '../../../utils/manager/deletion';
import { recordWords } from '../../../utils/manager/record-labels';
import { parseRoute, routeHash } from '../../../utils/manager/routes';
import { foldForSearch, searchDisagreements, searchSources, searchUtterances } from '../../../utils/manager/search';
import type { Corpus } from '../../../utils/corpus/schema';
import { shippedCorpus } from '../../fixtures/manager/pages';
import { source, wording } from '../storage/helpers/corpus-fixture';

const corpus = shippedCorpus();

/** The shipped corpus plus one user source carrying one user utterance. */
function withUserRecords(): Corpus {
  return {
    ...corpus,
    sources: [...corpus.sources, source('user.src.a', 'user', 'Harbor Courier')],
    utterances: [
      ...corpus.utterances,
      { ...corpus.utterances[0]!, id: 'user.utt.a.1', origin: 'user', label: 'An analyst doubts the timing', firstSaidSourceIds: ['user.src.a'] },
    ],
    wordings: [
      ...corpus.wordings,
      wording('user.wrd.a.1', 'user', 'user.utt.a.1', 'user.src.a', 'not in four years'),
      wording('user.wrd.a.2', 'user', 'musk.no-money', 'user.src.a', 'They don’t actually have the money'),
    ],
  };
}

describe('the corpus manager’s search', () => {
  it('finds records by any word of any field, ignoring case, accents and the kind of apostrophe', () => {
    expect(foldForSearch('Don’t “Émile”')).toBe('don\'t "emile"');
    expect(searchUtterances(corpus, "don't actually").map((u) => u.id)).toEqual(['musk.no-money']);
    // Words match inside words: the Game of Thrones term’s label speaks of “Littlefinger”.
    expect(searchUtterances(corpus, 'LITTLE finger').map((u) => u.id)).toEqual(['musk.little-finger', 'term.game-of-thrones']);
    expect(searchSources(corpus, 'nationpress').map((s) => s.id)).toEqual(['src.001']);
    expect(searchSources(corpus, 'unknown outlet').map((s) => s.id)).toEqual(['src.000', 'src.002', 'src.004']);
    expect(searchDisagreements(corpus, 'zzz-nothing')).toEqual([]);
    expect(searchSources(corpus, '')).toHaveLength(corpus.sources.length);
  });

  it('searches the wordings of an utterance too, and filters by origin', () => {
    const all = withUserRecords();
    expect(searchUtterances(all, 'four years', 'user').map((u) => u.id)).toEqual(['user.utt.a.1']);
    expect(searchSources(all, '', 'user').map((s) => s.id)).toEqual(['user.src.a']);
    expect(searchSources(all, '', 'curated')).toHaveLength(corpus.sources.length);
  });
});

describe('the corpus manager’s routes', () => {
  it('reads views and the add view’s draft from the hash, and writes them back', () => {
    expect(parseRoute('#/utterances')).toEqual({ view: 'utterances', draftId: null });
    expect(parseRoute('#/add?draft=abc-123')).toEqual({ view: 'add', draftId: 'abc-123' });
    expect(parseRoute('#/add?draft=../../x')).toEqual({ view: 'add', draftId: null });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'sources', draftId: null });
    expect(parseRoute('')).toEqual({ view: 'sources', draftId: null });
    expect(routeHash({ view: 'add', draftId: 'abc' })).toBe('#/add?draft=abc');
  });
});

describe('what a deletion takes with it', () => {
  it('lists the wordings that go with a source, what they leave empty, and the notes removed', () => {
    const notes = [{ id: 'n1', target: { type: 'wording' as const, id: 'user.wrd.a.2' }, text: 'x', createdAt: '', updatedAt: '' }];
    // The analyst's utterance was known only through this source's wording: it goes too.
    const corpus = withUserRecords();
    const preview = previewDeletion(corpus, notes, { collection: 'sources', id: 'user.src.a' });
    expect(preview.alsoDeleted.map((k) => recordWords(corpus, k))).toEqual(['not in four years', 'They don’t actually have the money', 'An analyst doubts the timing']);
    expect(preview.alsoDeleted.map((k) => k.collection)).toEqual(['wordings', 'wordings', 'utterances']);
    expect(preview).toMatchObject({ updated: [], notesRemoved: 1 });
    expect(recordWords(corpus, { collection: 'sources', id: 'user.src.a' })).toBe('Harbor Courier on Stargate');
  });
});
