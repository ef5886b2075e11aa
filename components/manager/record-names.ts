/**
 * How the corpus manager names a record in the reader's language: by what it is and its own
 * words ("source “Harbor Courier on the Stargate money”"), never only by its id. The words are
 * the corpus's (data, untranslated); the noun and the quotation marks are the language's.
 */
import type { Corpus } from '../../utils/corpus/schema';
import { previewDeletion } from '../../utils/manager/deletion';
import { recordWords } from '../../utils/manager/record-labels';
import type { RecordKey } from '../../utils/storage/cascade';
import type { Note } from '../../utils/storage/notes';
import { recordNoun } from '../../utils/storage/records';
import type { Translator } from '../../utils/i18n/translator';
import { sourceNaming } from '../source-naming';

type Kind = 'source' | 'utterance' | 'wording' | 'figure' | 'event' | 'disagreement';

export function recordName(tr: Translator, corpus: Corpus, key: RecordKey): string {
  const kind = recordNoun(key.collection) as Kind;
  const words = recordWords(corpus, key, sourceNaming(tr));
  return words === null ? tr.t(`manager_record_${kind}_id`, [key.id]) : tr.t(`manager_record_${kind}`, [words]);
}

export interface NamedDeletion {
  /** Records deleted with it (the record itself not included). */
  alsoDeleted: string[];
  /** Records that stay but lose their pointer to a deleted one. */
  updated: string[];
  notesRemoved: number;
}

/** What deleting one of the user's records takes with it (utils/manager/deletion.ts), named in the reader's language. */
export function namedDeletion(tr: Translator, corpus: Corpus, notes: readonly Note[], key: RecordKey): NamedDeletion {
  const preview = previewDeletion(corpus, notes, key);
  return {
    alsoDeleted: preview.alsoDeleted.map((k) => recordName(tr, corpus, k)),
    updated: preview.updated.map((k) => recordName(tr, corpus, k)),
    notesRemoved: preview.notesRemoved,
  };
}
