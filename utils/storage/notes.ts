/**
 * The user's own notes on corpus records. A note points at a record by collection type and id;
 * it is the user's writing, so no corpus update or reset removes it (only deleting the record it
 * is on does, and says so).
 */
import * as v from 'valibot';
import { problem, rule } from '../corpus/problem';
import { IdSchema } from '../corpus/schema';
import { formatPath, issueAt } from '../corpus/validate';
import { NOTES_STORE, type CorpusDatabase } from './db';
import { inWriteTransaction, issueAll, StorageError } from './transaction';

export const NOTE_MAX_LENGTH = 10_000;

export const NoteTargetSchema = v.object({
  type: v.picklist(['source', 'utterance', 'wording', 'figure', 'event', 'disagreement']),
  id: IdSchema,
});
export type NoteTarget = v.InferOutput<typeof NoteTargetSchema>;

export interface Note {
  id: string;
  target: NoteTarget;
  text: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

export const NoteTextSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty(rule('note_text_empty')),
  v.maxLength(NOTE_MAX_LENGTH, rule('note_text_too_long', NOTE_MAX_LENGTH)),
);

function checked<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const inValue = formatPath(issue.path);
  const path = inValue === '' ? what : inValue.startsWith('[') ? `${what}${inValue}` : `${what}.${inValue}`;
  const found = issueAt(issue, path, 'file');
  throw StorageError.of('invalid', found, [found]);
}

export interface NoteClock {
  now: () => Date;
  newId: () => string;
}

export async function addNote(db: CorpusDatabase, clock: NoteClock, target: NoteTarget, text: string): Promise<Note> {
  const at = clock.now().toISOString();
  const note: Note = {
    id: clock.newId(),
    target: checked(NoteTargetSchema, target, 'target'),
    text: checked(NoteTextSchema, text, 'text'),
    createdAt: at,
    updatedAt: at,
  };
  await inWriteTransaction(db, [NOTES_STORE], 'save_note', async (tx) => {
    await tx.objectStore(NOTES_STORE).add(note);
  });
  return note;
}

/** Several notes in one transaction: every one is saved, or (on any invalid entry) none. */
export async function addNotes(
  db: CorpusDatabase,
  clock: NoteClock,
  entries: readonly { target: NoteTarget; text: string }[],
): Promise<Note[]> {
  const at = clock.now().toISOString();
  const notes: Note[] = entries.map((entry, i) => ({
    id: clock.newId(),
    target: checked(NoteTargetSchema, entry.target, `[${i}].target`),
    text: checked(NoteTextSchema, entry.text, `[${i}].text`),
    createdAt: at,
    updatedAt: at,
  }));
  await inWriteTransaction(db, [NOTES_STORE], 'save_notes', async (tx) => {
    const store = tx.objectStore(NOTES_STORE);
    await issueAll(notes.map((note) => () => store.add(note)));
  });
  return notes;
}

export async function getNote(db: CorpusDatabase, id: string): Promise<Note | undefined> {
  return (await db.get(NOTES_STORE, id)) as Note | undefined;
}

/** The notes on one record, oldest first; every note when no target is given. */
export async function listNotes(db: CorpusDatabase, target?: NoteTarget): Promise<Note[]> {
  const notes = (
    target === undefined
      ? await db.getAll(NOTES_STORE)
      : await db.getAllFromIndex(NOTES_STORE, 'target', [target.type, target.id])
  ) as Note[];
  return notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export async function updateNote(db: CorpusDatabase, clock: NoteClock, id: string, text: string): Promise<Note> {
  const newText = checked(NoteTextSchema, text, 'text');
  return inWriteTransaction(db, [NOTES_STORE], 'save_note', async (tx) => {
    const store = tx.objectStore(NOTES_STORE);
    const note = (await store.get(id)) as Note | undefined;
    if (note === undefined) throw StorageError.of('not-found', problem('no_such_record', { kind: 'note', id }));
    const updated: Note = { ...note, text: newText, updatedAt: clock.now().toISOString() };
    await store.put(updated);
    return updated;
  });
}

export async function deleteNote(db: CorpusDatabase, id: string): Promise<void> {
  await inWriteTransaction(db, [NOTES_STORE], 'delete_note', async (tx) => {
    const store = tx.objectStore(NOTES_STORE);
    if ((await store.getKey(id)) === undefined) throw StorageError.of('not-found', problem('no_such_record', { kind: 'note', id }));
    await store.delete(id);
  });
}
