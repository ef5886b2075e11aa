/**
 * A Web Annotation file read back as the user's notes: each annotation becomes a note on the
 * corpus record its body names (an utterance or a figure, as Source Lens's own export words it:
 * "… of corpus utterance musk.no-money."), keeping the highlighted words and the page address.
 * The file is read whole first and refused whole when it is malformed. An annotation that names
 * no record of the corpus (a figure the corpus does not know, a record deleted since) is skipped
 * and reported; a file in which none names a record is refused.
 */
import { problem, problemAt } from '../corpus/problem';
import type { Corpus } from '../corpus/schema';
import { summariseProblems } from './import-file';
import { NOTE_MAX_LENGTH, type Note, type NoteTarget } from './notes';
import type { PathError } from './transaction';
import { parseWebAnnotations, type TextAnchor } from './web-annotation-parse';

export interface NoteEntry {
  target: NoteTarget;
  text: string;
}

export type AnnotationNotes =
  | {
      ok: true;
      entries: NoteEntry[];
      /** Annotations already kept as the same note. */
      alreadyKept: number;
      /** Annotations that name no record of the corpus, by where they are in the file. */
      skipped: PathError[];
    }
  | { ok: false; message: string; refusal: 'annotations'; errors: PathError[] };
const NAMED = /\bcorpus (utterance|figure) ([a-z0-9][a-z0-9._:-]*[a-z0-9])/g;
const ID_LIKE = /[a-z0-9][a-z0-9._:-]*[a-z0-9]/g;

/** The parts of one annotation: a split quote has several targets sharing the annotation's id. */
function groupByAnnotation(anchors: TextAnchor[]): TextAnchor[][] {
  const groups: TextAnchor[][] = [];
  const byId = new Map<string, TextAnchor[]>();
  for (const anchor of anchors) {
    const known = anchor.annotationId === null ? undefined : byId.get(anchor.annotationId);
    if (known) known.push(anchor);
    else {
      const group = [anchor];
      groups.push(group);
      if (anchor.annotationId !== null) byId.set(anchor.annotationId, group);
    }
  }
  return groups;
}

/** The record a body names: "corpus utterance <id>" first, else any id of the corpus in it. */
export function recordNamedBy(body: string | null, corpus: Pick<Corpus, 'utterances' | 'figures'>): NoteTarget | null {
  if (!body) return null;
  const utterances = new Set(corpus.utterances.map((u) => u.id));
  const figures = new Set(corpus.figures.map((f) => f.id));
  for (const [, type, id] of body.matchAll(NAMED)) {
    if (type === 'utterance' && utterances.has(id!)) return { type: 'utterance', id: id! };
    if (type === 'figure' && figures.has(id!)) return { type: 'figure', id: id! };
  }
  for (const [id] of body.matchAll(ID_LIKE)) {
    if (utterances.has(id)) return { type: 'utterance', id };
    if (figures.has(id)) return { type: 'figure', id };
  }
  return null;
}

/** The note's text: the page's words and where they were highlighted. */
export function noteTextFor(group: TextAnchor[]): string {
  const source = group[0]!.source;
  const words = group.map((a) => a.exact.replace(/\s+/g, ' ').trim()).join(' … ');
  const room = NOTE_MAX_LENGTH - source.length - 40;
  const quote = words.length > room ? `${words.slice(0, Math.max(0, room - 1))}…` : words;
  return `“${quote}” — highlighted on ${source}`;
}

const sameNote = (a: NoteEntry, b: NoteEntry) => a.target.type === b.target.type && a.target.id === b.target.id && a.text === b.text;

/** Reads a Web Annotation file into notes; `existing` notes are not made twice. */
export function notesFromAnnotations(text: string, corpus: Pick<Corpus, 'utterances' | 'figures'>, existing: readonly Note[] = []): AnnotationNotes {
  const read = parseWebAnnotations(text);
  if (!read.ok) return { ok: false, message: summariseProblems('annotations', read.errors), refusal: 'annotations', errors: read.errors };
  const skipped: PathError[] = [];
  const entries: NoteEntry[] = [];
  let alreadyKept = 0;
  groupByAnnotation(read.anchors).forEach((group, i) => {
    const first = group[0]!;
    const target = recordNamedBy(first.body, corpus);
    if (target === null) {
      const id = first.annotationId;
      const name = id ? `annotation ${i + 1} (${id})` : `annotation ${i + 1}`;
      skipped.push(
        id
          ? problemAt(name, 'annotation_names_no_record', { number: i + 1, id })
          : problemAt(name, 'annotation_names_no_record_unnamed', { number: i + 1 }),
      );
      return;
    }
    const entry = { target, text: noteTextFor(group) };
    if (existing.some((n) => sameNote(n, entry)) || entries.some((e) => sameNote(e, entry))) alreadyKept += 1;
    else entries.push(entry);
  });
  if (entries.length + alreadyKept === 0) {
    const none = skipped.length > 0 ? skipped : [{ path: '', ...problem('no_annotations', {}) }];
    return { ok: false, message: summariseProblems('annotations', none), refusal: 'annotations', errors: none };
  }
  return { ok: true, entries, alreadyKept, skipped };
}
