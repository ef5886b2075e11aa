import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteMatch, FigureMatch } from '../../../utils/match/types';
import { notesFromAnnotations, recordNamedBy } from '../../../utils/storage/annotation-notes';
import type { CorpusStore } from '../../../utils/storage/corpus-store';
import { annotationsForPage, serializeAnnotations } from '../../../utils/storage/web-annotation';
import { curatedCorpus } from './helpers/corpus-fixture';
import { openStore } from './helpers/database';

const URL = 'https://news.example.com/stargate-feud';
const PAGE = 'Stargate will invest up to $500 billion.\nMusk wrote: “They don’t actually have the money,” he said, “at all.”';
const at = (part: string) => ({ start: PAGE.indexOf(part), end: PAGE.indexOf(part) + part.length });

const split: QuoteMatch = {
  kind: 'quote', id: 'q0', matchClass: 'split', fidelity: 'close', ranges: [at('They don’t actually have the money'), at('at all')],
  utteranceId: 'musk.no-money', score: 0.9, wordings: [], pageText: '',
};
const figure: FigureMatch = {
  kind: 'figure', id: 'f0', range: at('up to $500 billion'), text: 'up to $500 billion', value: 5e11, unit: 'USD', qualifier: 'up to',
  figureId: 'fig.total-investment', fidelity: 'exact', agreement: 'agrees', agreeing: [], differing: [],
};
const corpus = curatedCorpus();
const ourFile = serializeAnnotations(annotationsForPage({ pageUrl: URL, pageText: PAGE, quotes: [split], figures: [figure], corpus }));

const stores: CorpusStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('importing a Web Annotation file as notes', () => {
  it('makes one note per annotation on the record its body names, keeping the words and the page', () => {
    const read = notesFromAnnotations(ourFile, corpus);
    expect(read).toEqual({
      ok: true,
      alreadyKept: 0,
      skipped: [],
      entries: [
        { target: { type: 'figure', id: 'fig.total-investment' }, text: `“up to $500 billion” — highlighted on ${URL}` },
        { target: { type: 'utterance', id: 'musk.no-money' }, text: `“They don’t actually have the money … at all” — highlighted on ${URL}` },
      ],
    });
  });

  it('does not make the same note twice', () => {
    const first = notesFromAnnotations(ourFile, corpus);
    if (!first.ok) throw new Error(first.message);
    const existing = first.entries.map((e, i) => ({ ...e, id: `n${i}`, createdAt: '', updatedAt: '' }));
    expect(notesFromAnnotations(ourFile, corpus, existing)).toEqual({ ok: true, entries: [], alreadyKept: 2, skipped: [] });
  });

  it('skips an annotation that names no record of the corpus, saying which, and refuses a file where none does', () => {
    const file = JSON.parse(ourFile);
    file.first.items[1].body.value = 'A quote someone liked.';
    const read = notesFromAnnotations(JSON.stringify(file), corpus);
    expect(read.ok && read.entries.map((e) => e.target.id)).toEqual(['fig.total-investment']);
    expect(read.ok && read.skipped.map((e) => e.message)).toEqual([
      expect.stringMatching(/^annotation 2 \(urn:source-lens:annotation:[0-9a-f]+:q0\): its body names no utterance or figure of the corpus$/),
    ]);
    file.first.items[0].body.value = 'Nothing of the corpus.';
    const none = notesFromAnnotations(JSON.stringify(file), corpus);
    expect(none.ok === false && none.message).toMatch(/^The annotations were not imported: annotation 1 .*names no utterance or figure of the corpus \(and 1 more problem\)\.$/);
  });

  it('passes on where a malformed file is wrong', () => {
    const file = JSON.parse(ourFile);
    file.first.items[0].target.selector[0].exact = '';
    const read = notesFromAnnotations(JSON.stringify(file), corpus);
    expect(read.ok === false && read.message).toMatch(/first\.items\[0\]\.target\.selector\[0\].*empty/);
    expect(notesFromAnnotations('{"type":"Annotation"', corpus).ok).toBe(false);
  });

  it('finds a record named by id in another tool’s body text', () => {
    expect(recordNamedBy('see musk.no-money', corpus)).toEqual({ type: 'utterance', id: 'musk.no-money' });
    expect(recordNamedBy('corpus figure fig.total-investment.', corpus)).toEqual({ type: 'figure', id: 'fig.total-investment' });
    expect(recordNamedBy('nothing here', corpus)).toBeNull();
  });

  it('are saved all together, or not at all when one is invalid', async () => {
    const store = await openStore('annotation-notes');
    stores.push(store);
    const read = notesFromAnnotations(ourFile, corpus);
    if (!read.ok) throw new Error(read.message);
    await expect(store.addNotes([...read.entries, { target: { type: 'utterance', id: 'musk.no-money' }, text: '   ' }])).rejects.toThrow(/a note needs some text/);
    expect(await store.listNotes()).toEqual([]);
    await store.addNotes(read.entries);
    expect((await store.listNotes()).map((n) => n.target.id)).toEqual(['fig.total-investment', 'musk.no-money']);
  });
});
