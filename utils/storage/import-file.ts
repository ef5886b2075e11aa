/**
 * Reading an import file up to the point where it meets the store: size, JSON syntax, hostile
 * keys, format and version, then the record schema. Links between records are checked later,
 * against the store as well as the file (an import may point at curated records).
 */
import { CORPUS_FORMAT, CORPUS_VERSION, type Corpus } from '../corpus/schema';
import { parseCorpusJson } from '../corpus/validate';
import { checkNoteRecords } from './note-file';
import type { Note } from './notes';
import { checkCorpusShape } from './record-shapes';
import { findForbiddenKey } from './safe-json';
import type { PathError } from './transaction';

export type ImportFileReading = { ok: true; corpus: Corpus; notes: Note[] } | { ok: false; errors: PathError[] };

/** Larger files are refused before parsing: the corpus with a user's additions is far smaller. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Format and version first: a file of another kind should say so, not list 500 field errors. */
function checkEnvelope(data: unknown): PathError | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { path: '', message: 'This is not a Source Lens corpus file: it must be a JSON object with "format" and "version".' };
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== CORPUS_FORMAT) {
    const found = format === undefined ? 'has no "format"' : `has format ${JSON.stringify(format).slice(0, 60)}`;
    return { path: 'format', message: `This is not a Source Lens corpus file: it ${found}, expected "${CORPUS_FORMAT}".` };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CORPUS_VERSION) {
    return {
      path: 'version',
      message: `This file is corpus version ${version}, made by a newer Source Lens; this one reads version ${CORPUS_VERSION}. Update the extension to import it.`,
    };
  }
  if (version !== CORPUS_VERSION) {
    return { path: 'version', message: `This file has version ${JSON.stringify(version) ?? 'missing'}; Source Lens reads corpus version ${CORPUS_VERSION}.` };
  }
  return null;
}

/** Parses and checks an import file; never throws, never touches the store. */
export function readImportFile(text: unknown, maxBytes = MAX_IMPORT_BYTES): ImportFileReading {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '', message: 'The file could not be read as text.' }] };
  try {
    return readText(text, maxBytes);
  } catch (error) {
    // A hostile file must come back as a refusal, whatever it made a parser do.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `The file could not be read (${detail}).` }] };
  }
}

function readText(text: string, maxBytes: number): ImportFileReading {
  const parsed = parseCorpusJson(text, { maxBytes });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const forbidden = findForbiddenKey(parsed.data);
  if (forbidden !== null) {
    return { ok: false, errors: [{ path: forbidden, message: `${forbidden}: the key is not allowed in a corpus file` }] };
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

/** One line for the user: the first problem with its place, and how many more there are. */
export function summariseProblems(intro: string, errors: readonly PathError[]): string {
  const first = errors[0];
  if (first === undefined) return intro;
  const where = first.path !== '' && !first.message.includes(first.path) ? `${first.path}: ` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  // "…not imported: the file is too large", not "…not imported: The file is too large".
  const problem = where === '' ? first.message.charAt(0).toLowerCase() + first.message.slice(1) : first.message;
  const sentence = `${intro} ${where}${problem.replace(/\.$/, '')}${more}`;
  return `${sentence}.`;
}
