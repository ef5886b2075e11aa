/**
 * Reading an import file up to the point where it meets the store: size, JSON syntax, hostile
 * keys, format and version, then the record schema. Links between records are checked later,
 * against the store as well as the file (an import may point at curated records).
 */
import { englishNumber, needsPath, problem, problemAt } from '../corpus/problem';
import { CORPUS_FORMAT, CORPUS_VERSION, type Corpus } from '../corpus/schema';
import { parseCorpusJson } from '../corpus/validate';
import { checkNoteRecords } from './note-file';
import type { Note } from './notes';
import { checkCorpusShape } from './record-shapes';
import { findForbiddenKey } from './safe-json';
import type { PathError, Refusal } from './transaction';

export type ImportFileReading = { ok: true; corpus: Corpus; notes: Note[] } | { ok: false; errors: PathError[] };

/** Larger files are refused before parsing: the corpus with a user's additions is far smaller. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Format and version first: a file of another kind should say so, not list 500 field errors. */
function checkEnvelope(data: unknown): PathError | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { path: '', ...problem('not_corpus_object', {}) };
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== CORPUS_FORMAT) {
    if (format === undefined) return problemAt('format', 'not_corpus_no_format', { expected: CORPUS_FORMAT });
    return problemAt('format', 'not_corpus_format', { format: JSON.stringify(format).slice(0, 60), expected: CORPUS_FORMAT });
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CORPUS_VERSION) {
    return problemAt('version', 'version_newer', { version, supported: CORPUS_VERSION });
  }
  if (version !== CORPUS_VERSION) {
    const found = JSON.stringify(version) as string | undefined;
    if (found === undefined) return problemAt('version', 'version_missing', { supported: CORPUS_VERSION });
    return problemAt('version', 'version_unsupported', { version: found, supported: CORPUS_VERSION });
  }
  return null;
}

/** Parses and checks an import file; never throws, never touches the store. */
export function readImportFile(text: unknown, maxBytes = MAX_IMPORT_BYTES): ImportFileReading {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '', ...problem('not_text', {}) }] };
  try {
    return readText(text, maxBytes);
  } catch (error) {
    // A hostile file must come back as a refusal, whatever it made a parser do.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', ...problem('read_failed', { detail }) }] };
  }
}

function readText(text: string, maxBytes: number): ImportFileReading {
  const parsed = parseCorpusJson(text, { maxBytes });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const forbidden = findForbiddenKey(parsed.data);
  if (forbidden !== null) {
    return { ok: false, errors: [problemAt(forbidden, 'forbidden_key', { path: forbidden })] };
  }
  const envelope = checkEnvelope(parsed.data);
  if (envelope !== null) return { ok: false, errors: [envelope] };
  // The user's notes travel beside the records; the records' schema knows nothing of them.
  const { notes, ...records } = parsed.data as Record<string, unknown>;
  const shape = checkCorpusShape(records);
  const noteCheck = checkNoteRecords(notes);
  if (!shape.ok || !noteCheck.ok) return { ok: false, errors: [...(shape.ok ? [] : shape.errors), ...(noteCheck.ok ? [] : noteCheck.errors)] };
  return { ok: true, corpus: shape.corpus, notes: noteCheck.notes };
}

/** The English words that open the summary of each refusal. */
export const REFUSAL_INTROS: Record<Exclude<Refusal, 'annotations_read'>, string> = {
  import: 'The file was not imported:',
  save_records: 'The records were not saved:',
  install_curated: 'The curated corpus was not installed:',
  annotations: 'The annotations were not imported:',
};

/**
 * One line for the user: the first problem with its place, and how many more there are. The
 * interface words the same line in the reader's language from `refusal` and `errors`
 * (components/problems.ts).
 */
export function summariseProblems(refusal: keyof typeof REFUSAL_INTROS, errors: readonly PathError[]): string {
  const intro = REFUSAL_INTROS[refusal];
  const first = errors[0];
  if (first === undefined) return intro;
  const where = needsPath(first) ? `${first.path}: ` : '';
  const more = errors.length > 1 ? ` (and ${englishNumber(errors.length - 1)} more problem${errors.length > 2 ? 's' : ''})` : '';
  // "…not imported: the file is too large", not "…not imported: The file is too large".
  const text = where === '' ? first.message.charAt(0).toLowerCase() + first.message.slice(1) : first.message;
  const sentence = `${intro} ${where}${text.replace(/\.$/, '')}${more}`;
  return `${sentence}.`;
}
