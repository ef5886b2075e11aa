/**
 * A small curated corpus and a set of user additions for the store's tests. The ids are the
 * project's shared ones; the contexts are our own sentences around the quoted words.
 */
import { CORPUS_FORMAT, CORPUS_VERSION, type Corpus, type Source, type Wording } from '../../../../utils/corpus/schema';
import type { PartialCorpusRecords } from '../../../../utils/storage/records';

export function source(id: string, origin: 'curated' | 'user', outlet: string): Source {
  return {
    id,
    origin,
    outlet,
    outletEvidence: null,
    headline: `${outlet} on Stargate`,
    author: null,
    published: '2025-01-23',
    publishedText: null,
    url: null,
    language: 'en',
    notes: [],
    seedFile: null,
  };
}

export function wording(id: string, origin: 'curated' | 'user', utteranceId: string, sourceId: string, text: string): Wording {
  return { id, origin, utteranceId, sourceId, text, form: 'full', presentation: 'quotation', context: `He wrote: “${text}”.` };
}

/** The curated corpus at `revision`; revision "r2" drops src.001 and its records. */
export function curatedCorpus(revision = 'r1'): Corpus {
  const withSecondSource = revision !== 'r2';
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    revision,
    sources: [source('src.000', 'curated', 'Outlet A'), ...(withSecondSource ? [source('src.001', 'curated', 'Outlet B')] : [])],
    utterances: [
      {
        id: 'musk.no-money',
        origin: 'curated',
        speaker: 'Elon Musk',
        kind: 'statement',
        platform: 'X',
        handle: '@elonmusk',
        firstSaid: '2025-01-22',
        firstSaidSourceIds: ['src.000'],
        original: 'They don’t actually have the money',
        label: 'Musk doubts the money',
        inReplyTo: null,
      },
    ],
    wordings: [
      wording('w.musk.no-money.000', 'curated', 'musk.no-money', 'src.000', 'They don’t actually have the money'),
      ...(withSecondSource
        ? [wording('w.musk.no-money.001', 'curated', 'musk.no-money', 'src.001', 'They don’t actually have the money')]
        : []),
    ],
    figures: [
      {
        id: 'fig.total-investment',
        origin: 'curated',
        measure: 'Stargate’s total planned investment',
        unit: 'USD',
        cues: ['invest'],
        statements: [
          { sourceId: 'src.000', text: 'up to $500 billion', value: 5e11, qualifier: 'up to', context: 'It plans to invest up to $500 billion.' },
          ...(withSecondSource
            ? [{ sourceId: 'src.001', text: 'at least $500 billion', value: 5e11, qualifier: 'at least' as const, context: 'At least $500 billion will go in.' }]
            : []),
        ],
      },
    ],
    events: [
      { id: 'ev.announcement', origin: 'curated', label: 'Stargate announced', date: '2025-01-21', utteranceIds: [], statements: [] },
    ],
    disagreements: withSecondSource
      ? [
          {
            id: 'dis.total-qualifier',
            origin: 'curated',
            topic: 'Total investment',
            kind: 'figure',
            summary: '“up to” against “at least”',
            records: [{ type: 'figure', id: 'fig.total-investment' }],
            positions: [
              { sourceIds: ['src.000'], says: 'up to' },
              { sourceIds: ['src.001'], says: 'at least' },
            ],
          },
        ]
      : [],
  };
}

/** What a user adds: a blog as a source, its wording of a curated quote, its own figure. */
export function userAdditions(): PartialCorpusRecords {
  return {
    sources: [source('user.blog', 'user', 'A blog')],
    wordings: [wording('user.blog.no-money', 'user', 'musk.no-money', 'user.blog', 'they do not actually have the money')],
    figures: [
      {
        id: 'user.fig.jobs',
        origin: 'user',
        measure: 'jobs the blog expects',
        unit: 'jobs',
        cues: ['jobs'],
        statements: [{ sourceId: 'user.blog', text: '100,000 jobs', value: 100_000, qualifier: 'exact', context: 'It talks of 100,000 jobs.' }],
      },
    ],
    disagreements: [
      {
        id: 'user.dis.wording',
        origin: 'user',
        topic: 'Wording of the money quote',
        kind: 'wording',
        summary: 'the blog paraphrases',
        records: [
          { type: 'wording', id: 'user.blog.no-money' },
          { type: 'utterance', id: 'musk.no-money' },
        ],
        positions: [
          { sourceIds: ['src.000'], says: 'quotes the post' },
          { sourceIds: ['user.blog'], says: 'paraphrases it' },
        ],
      },
    ],
  };
}

/** An import file holding `records`, as the user would pick it. */
export function corpusFile(records: PartialCorpusRecords & { notes?: unknown[] }): string {
  const full = { format: CORPUS_FORMAT, version: CORPUS_VERSION, sources: [], utterances: [], wordings: [], figures: [], events: [], disagreements: [], ...records };
  return JSON.stringify(full, null, 2);
}
