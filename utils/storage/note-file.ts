/**
 * The user's notes in a corpus file: an export carries them so that a backup restores everything
 * the user wrote, and an import brings them back in the same all-or-nothing transaction as the
 * records. A note must name a record that the store or the file has.
 */
import * as v from 'valibot';
import { problemAt, rule } from '../corpus/problem';
import type { CollectionName } from '../corpus/schema';
import { formatPath, issueAt } from '../corpus/validate';
import { NoteTargetSchema, NoteTextSchema, type Note } from './notes';
import { collectionOfNoun } from './records';
import type { PathError } from './transaction';

/** Notes in one file; far more than anyone writes by hand. */
export const MAX_NOTES_IN_FILE = 50_000;

const Timestamp = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp(rule('timestamp')));

const NoteRecordSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._:-]{1,100}$/, rule('note_id_format'))),
  target: NoteTargetSchema,
  text: NoteTextSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type NoteCheck = { ok: true; notes: Note[] } | { ok: false; errors: PathError[] };

function pathOf(index: number, issue: v.BaseIssue<unknown>): string {
  const inNote = formatPath(issue.path);
  return `notes[${index}]${inNote === '' || inNote.startsWith('[') ? '' : '.'}${inNote}`;
}

/** Checks the "notes" of a corpus file (absent means none). */
export function checkNoteRecords(value: unknown): NoteCheck {
  if (value === undefined) return { ok: true, notes: [] };
  if (!Array.isArray(value)) return { ok: false, errors: [problemAt('notes', 'notes_not_list', {})] };
  if (value.length > MAX_NOTES_IN_FILE) {
    return { ok: false, errors: [problemAt('notes', 'too_many_notes', { max: MAX_NOTES_IN_FILE, count: value.length })] };
  }
  const errors: PathError[] = [];
  const notes: Note[] = [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const checked = v.safeParse(NoteRecordSchema, item);
    if (!checked.success) {
      const issue = checked.issues[0];
      errors.push(issueAt(issue, pathOf(i, issue), 'file'));
      return;
    }
    if (seen.has(checked.output.id)) {
      const path = `notes[${i}].id`;
      errors.push(problemAt(path, 'note_duplicate_id', { path, id: checked.output.id }));
    }
    seen.add(checked.output.id);
    notes.push(checked.output);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, notes };
}

export interface NotePlan {
  puts: Note[];
  added: number;
  unchanged: number;
  problems: PathError[];
}

/**
 * How the file's notes join the store: each must name a record that exists (`hasRecord`); a note
 * the store already has with the same text is left alone, and one the user has edited since keeps
 * the later edit.
 */
export function planNotes(incoming: readonly Note[], existing: ReadonlyMap<string, Note>, hasRecord: (collection: CollectionName, id: string) => boolean): NotePlan {
  const plan: NotePlan = { puts: [], added: 0, unchanged: 0, problems: [] };
  incoming.forEach((note, i) => {
    const collection = collectionOfNoun(note.target.type);
    if (!collection || !hasRecord(collection, note.target.id)) {
      const path = `notes[${i}].target`;
      plan.problems.push(problemAt(path, 'note_target_missing', { path, kind: note.target.type, id: note.target.id }));
      return;
    }
    const had = existing.get(note.id);
    if (!had) {
      plan.puts.push(note);
      plan.added++;
    } else if (had.text === note.text && had.target.type === note.target.type && had.target.id === note.target.id) {
      plan.unchanged++;
    } else if (note.updatedAt > had.updatedAt) {
      plan.puts.push(note);
      plan.added++;
    } else plan.unchanged++;
  });
  return plan;
}
