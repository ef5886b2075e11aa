/**
 * Schema checks for records entering the store. Links between records are not checked here:
 * records may point at records already in the store, which only the merge can see.
 */
import * as v from 'valibot';
import { problem } from '../corpus/problem';
import { CORPUS_FORMAT, CORPUS_VERSION, CorpusSchema, type Corpus } from '../corpus/schema';
import { validateCorpus } from '../corpus/validate';
import { emptyRecords, type PartialCorpusRecords } from './records';
import type { PathError } from './transaction';

export type ShapeCheck = { ok: true; corpus: Corpus } | { ok: false; errors: PathError[] };

/** Checks `data` against the corpus schema, with the corpus validator's wording of problems. */
export function checkCorpusShape(data: unknown): ShapeCheck {
  const checked = v.safeParse(CorpusSchema, data);
  if (checked.success) return { ok: true, corpus: checked.output };
  const validated = validateCorpus(data);
  if (validated.ok) return { ok: false, errors: [{ path: '', ...problem('records_not_schema', {}) }] };
  return { ok: false, errors: validated.errors };
}

/** Checks records given by collection (any collection may be left out). */
export function checkRecordShapes(
  records: PartialCorpusRecords,
): { ok: true; records: PartialCorpusRecords } | { ok: false; errors: PathError[] } {
  if (records === null || typeof records !== 'object') {
    return { ok: false, errors: [{ path: '', ...problem('records_not_by_collection', {}) }] };
  }
  const given = Object.fromEntries(Object.entries(records).filter(([, list]) => list !== undefined));
  const checked = checkCorpusShape({ format: CORPUS_FORMAT, version: CORPUS_VERSION, ...emptyRecords(), ...given });
  if (!checked.ok) return checked;
  const { format: _format, version: _version, revision: _revision, ...byCollection } = checked.corpus;
  return { ok: true, records: byCollection };
}
