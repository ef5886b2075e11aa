/**
 * The core's problems, refusals, import summaries and the background's failed replies, in the
 * reader's language. The core (utils/) reports each with an English `message` and a `code` with
 * `params` (utils/corpus/problem.ts); here each code becomes one message (`problem_<code>`) with
 * its params as named placeholders. Params that are words (a record kind, what a value is, a
 * rule, what the store was doing) are codes too, worded by their own messages. A problem without
 * a code, or with params this version cannot word, is shown in its English.
 */
import {
  needsPath,
  PLACES,
  RECORD_KINDS as KINDS,
  RULE_CODES as RULES,
  STORAGE_ACTION_CODES as ACTIONS,
  VALUE_KINDS as VALUES,
  type Place,
  type Problem,
  type ProblemCode,
  type ProblemParamMap,
  type RecordKind,
  type RuleCode,
  type StorageAction,
  type ValueKind,
} from '../utils/corpus/problem';
import type { MessageKey, PluralKey } from '../utils/i18n/messages';
import PLACEHOLDER_ORDER from '../utils/i18n/placeholder-order.json';
import type { Substitution, Translator } from '../utils/i18n/translator';
import type { ImportCounts } from '../utils/storage/corpus-store';
import { StorageError, type PathError, type Refusal } from '../utils/storage/transaction';
import type { AddPageReply, ExportAnnotationsReply, ReplyFailureCode } from '../utils/messaging/protocol';

/** A word param this version does not know: the problem is shown in its English. */
class Unworded extends Error {}

/**
 * One message with named substitutions: their positions ($1, $2…) are those of the English
 * file's placeholders, which every language keeps.
 */
function say(tr: Translator, key: MessageKey, named: Record<string, Substitution> = {}): string {
  return tr.t(key, positional(key, named));
}

/** A plural message: n is its COUNT ($1), the other placeholders follow by name. */
function sayCount(tr: Translator, stem: PluralKey, n: number, named: Record<string, Substitution> = {}): string {
  return tr.count(stem, n, positional(`${stem}__other` as MessageKey, named).slice(1));
}

function positional(key: MessageKey, named: Record<string, Substitution>): Substitution[] {
  const names = (PLACEHOLDER_ORDER as Record<string, string[]>)[key] ?? [];
  return names.map((name) => named[name] ?? '');
}

/** A word param, if it is one of `allowed`: a word this version does not know leaves the problem in English. */
function known<T extends string>(allowed: readonly T[], value: unknown): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new Unworded();
  return value as T;
}

/** A word param's message, e.g. kind "source" → problem_kind_source. */
function word<T extends string>(tr: Translator, prefix: string, allowed: readonly T[], value: unknown): string {
  return tr.t(`${prefix}${known(allowed, value)}` as MessageKey);
}

type Where = { path: string; place: Place };
type Found = { found: ValueKind; value: string };

const where = (tr: Translator, p: Where) => (p.path ? p.path : word(tr, 'problem_place_', PLACES, p.place));
const found = (tr: Translator, p: Found) => say(tr, `problem_value_${known(VALUES, p.found)}`, { value: String(p.value ?? '') });
const kind = (tr: Translator, k: RecordKind) => word(tr, 'problem_kind_', KINDS, k);
const rule = (tr: Translator, p: { rule: RuleCode; limit?: number }) =>
  say(tr, `problem_rule_${known(RULES, p.rule)}`, { limit: Number(p.limit ?? 0) });
const action = (tr: Translator, a: StorageAction) => word(tr, 'problem_action_', ACTIONS, a);
/** Line, column, version and an annotation's number: digits of the language, no grouping. */
const bare = (tr: Translator, n: number) => tr.number(Number(n), { useGrouping: false });

function size(tr: Translator, bytes: number): string {
  if (bytes < 1024) return sayCount(tr, 'problem_size_bytes', bytes);
  if (bytes < 1024 * 1024) return say(tr, 'problem_size_kb', { size: Math.floor(bytes / 1024) });
  return say(tr, 'problem_size_mb', { size: Math.floor(bytes / (1024 * 1024)) });
}

const json = (tr: Translator, key: MessageKey, p: { line: number; column: number; bracket?: string }) =>
  say(tr, key, { line: bare(tr, p.line), column: bare(tr, p.column), bracket: p.bracket ?? '' });

type Worder<C extends ProblemCode> = (tr: Translator, p: ProblemParamMap[C]) => string;

const WORDERS: { [C in ProblemCode]: Worder<C> } = {
  missing: (tr, p) => say(tr, 'problem_missing', { path: where(tr, p) }),
  must_be_literal: (tr, p) => say(tr, 'problem_must_be_literal', { path: where(tr, p), expected: p.expected, found: found(tr, p) }),
  must_be_one_of: (tr, p) => say(tr, 'problem_must_be_one_of', { path: where(tr, p), options: p.options, found: found(tr, p) }),
  must_be_text: (tr, p) => say(tr, 'problem_must_be_text', { path: where(tr, p), found: found(tr, p) }),
  must_be_number: (tr, p) => say(tr, 'problem_must_be_number', { path: where(tr, p), found: found(tr, p) }),
  must_be_list: (tr, p) => say(tr, 'problem_must_be_list', { path: where(tr, p), found: found(tr, p) }),
  must_be_object: (tr, p) => say(tr, 'problem_must_be_object', { path: where(tr, p), found: found(tr, p) }),
  must_be_boolean: (tr, p) => say(tr, 'problem_must_be_boolean', { path: where(tr, p), found: found(tr, p) }),
  too_long_characters: (tr, p) => sayCount(tr, 'problem_too_long_characters', p.max, { path: where(tr, p) }),
  too_long_items: (tr, p) => sayCount(tr, 'problem_too_long_items', p.max, { path: where(tr, p) }),
  rule_broken: (tr, p) => say(tr, 'problem_rule_broken', { path: where(tr, p), found: found(tr, p), rule: rule(tr, p) }),
  rule_at: (tr, p) => say(tr, 'problem_rule_at', { path: where(tr, p), rule: rule(tr, p) }),
  rule: (tr, p) => rule(tr, p),
  unknown_key: (tr, p) => say(tr, 'problem_unknown_key', { path: where(tr, p) }),
  more_problems: (tr, p) => sayCount(tr, 'problem_more_problems', p.count),
  corpus_not_object: (tr, p) => say(tr, 'problem_corpus_not_object', { found: found(tr, p) }),
  file_too_large: (tr, p) => say(tr, 'problem_file_too_large', { limit: size(tr, p.maxBytes) }),
  file_empty: (tr) => say(tr, 'problem_file_empty'),
  json_invalid: (tr) => say(tr, 'problem_json_invalid'),
  json_invalid_detail: (tr, p) => say(tr, 'problem_json_invalid_detail', { detail: p.detail }),
  json_control_character: (tr, p) => json(tr, 'problem_json_control_character', p),
  json_bad_escape: (tr, p) => json(tr, 'problem_json_bad_escape', p),
  json_unclosed_text: (tr, p) => json(tr, 'problem_json_unclosed_text', p),
  json_single_quotes: (tr, p) => json(tr, 'problem_json_single_quotes', p),
  json_expected_value: (tr, p) => json(tr, 'problem_json_expected_value', p),
  json_ends_early: (tr, p) => json(tr, 'problem_json_ends_early', p),
  json_text_after_end: (tr, p) => json(tr, 'problem_json_text_after_end', p),
  json_expected_comma_or: (tr, p) => json(tr, 'problem_json_expected_comma_or', p),
  json_trailing_comma: (tr, p) => json(tr, 'problem_json_trailing_comma', p),
  json_expected_property_name: (tr, p) => json(tr, 'problem_json_expected_property_name', p),
  json_expected_colon: (tr, p) => json(tr, 'problem_json_expected_colon', p),
  not_text: (tr) => say(tr, 'problem_not_text'),
  read_failed: (tr, p) => say(tr, 'problem_read_failed', { detail: p.detail }),
  forbidden_key: (tr, p) => say(tr, 'problem_forbidden_key', { path: p.path }),
  not_corpus_object: (tr) => say(tr, 'problem_not_corpus_object'),
  not_corpus_no_format: (tr, p) => say(tr, 'problem_not_corpus_no_format', { expected: p.expected }),
  not_corpus_format: (tr, p) => say(tr, 'problem_not_corpus_format', { format: p.format, expected: p.expected }),
  version_newer: (tr, p) => say(tr, 'problem_version_newer', { version: bare(tr, p.version), supported: bare(tr, p.supported) }),
  version_missing: (tr, p) => say(tr, 'problem_version_missing', { supported: bare(tr, p.supported) }),
  version_unsupported: (tr, p) => say(tr, 'problem_version_unsupported', { version: p.version, supported: bare(tr, p.supported) }),
  duplicate_id: (tr, p) => say(tr, 'problem_duplicate_id', { path: p.path, id: p.id, earlier: p.earlier, collection: p.collection }),
  unknown_reference: (tr, p) => say(tr, 'problem_unknown_reference', { path: p.path, kind: kind(tr, p.kind), id: p.id }),
  reply_to_itself: (tr, p) => say(tr, 'problem_reply_to_itself', { path: p.path }),
  notes_not_list: (tr) => say(tr, 'problem_notes_not_list'),
  too_many_notes: (tr, p) => say(tr, 'problem_too_many_notes', { max: p.max, count: p.count }),
  note_duplicate_id: (tr, p) => say(tr, 'problem_note_duplicate_id', { path: p.path, id: p.id }),
  note_target_missing: (tr, p) => say(tr, 'problem_note_target_missing', { path: p.path, kind: kind(tr, p.kind), id: p.id }),
  annotation_file_too_large: (tr, p) => say(tr, 'problem_annotation_file_too_large', { max: p.max }),
  annotation_forbidden_key: (tr, p) => say(tr, 'problem_annotation_forbidden_key', { path: p.path }),
  no_collection_items: (tr) => say(tr, 'problem_no_collection_items'),
  not_web_annotation: (tr) => say(tr, 'problem_not_web_annotation'),
  too_many_annotations: (tr, p) => say(tr, 'problem_too_many_annotations', { max: p.max }),
  no_quote_selector: (tr, p) => say(tr, 'problem_no_quote_selector', { path: where(tr, p) }),
  annotation_names_no_record: (tr, p) => say(tr, 'problem_annotation_names_no_record', { number: bare(tr, p.number), id: p.id }),
  annotation_names_no_record_unnamed: (tr, p) => say(tr, 'problem_annotation_names_no_record_unnamed', { number: bare(tr, p.number) }),
  no_annotations: (tr) => say(tr, 'problem_no_annotations'),
  incoming_duplicate_id: (tr, p) => say(tr, 'problem_incoming_duplicate_id', { id: p.id, other: p.other }),
  add_origin_not_user: (tr) => say(tr, 'problem_add_origin_not_user'),
  curated_id: (tr, p) => say(tr, 'problem_curated_id', { id: p.id, kind: kind(tr, p.kind) }),
  user_id_conflict: (tr, p) => say(tr, 'problem_user_id_conflict', { id: p.id, kind: kind(tr, p.kind) }),
  dangling_reference: (tr, p) => say(tr, 'problem_dangling_reference', { id: p.id, kind: kind(tr, p.kind) }),
  curated_id_taken: (tr, p) => say(tr, 'problem_curated_id_taken', { id: p.id }),
  curated_pointer_gone: (tr, p) => say(tr, 'problem_curated_pointer_gone', { id: p.id, kind: kind(tr, p.kind) }),
  records_not_schema: (tr) => say(tr, 'problem_records_not_schema'),
  records_not_by_collection: (tr) => say(tr, 'problem_records_not_by_collection'),
  not_a_collection: (tr, p) => say(tr, 'problem_not_a_collection', { collection: p.collection }),
  no_such_record: (tr, p) => say(tr, 'problem_no_such_record', { id: p.id, kind: kind(tr, p.kind) }),
  delete_curated: (tr, p) => say(tr, 'problem_delete_curated', { id: p.id, kind: kind(tr, p.kind) }),
  not_a_hostname: (tr, p) => say(tr, 'problem_not_a_hostname', { hostname: p.hostname }),
  storage_full: (tr, p) => say(tr, 'problem_storage_full', { action: action(tr, p.action) }),
  storage_failed: (tr, p) => say(tr, 'problem_storage_failed', { action: action(tr, p.action), detail: p.detail }),
};

/** A problem in the reader's language; its English `message` when it has no code this version words. */
export function problemText(tr: Translator, problem: Problem): string {
  const { code, params } = problem;
  if (code === undefined || !Object.hasOwn(WORDERS, code)) return problem.message;
  try {
    return (WORDERS[code] as Worder<ProblemCode>)(tr, (params ?? {}) as ProblemParamMap[ProblemCode]);
  } catch (error) {
    if (error instanceof Unworded) return problem.message;
    throw error;
  }
}

/** A problem as a line of a list: after its place in the file, when the problem does not name it. */
export function problemLine(tr: Translator, problem: PathError): string {
  const text = problemText(tr, problem);
  return needsPath(problem) ? say(tr, 'problem_at_path', { path: problem.path, problem: text }) : text;
}

type SummaryRefusal = Exclude<Refusal, 'annotations_read'>;
const SUMMARIES: Record<SummaryRefusal, { one: MessageKey; more: PluralKey }> = {
  import: { one: 'summary_not_imported', more: 'summary_not_imported_more' },
  save_records: { one: 'summary_records_not_saved', more: 'summary_records_not_saved_more' },
  install_curated: { one: 'summary_curated_not_installed', more: 'summary_curated_not_installed_more' },
  annotations: { one: 'summary_annotations_not_imported', more: 'summary_annotations_not_imported_more' },
};

/** "…" without the sentence's own full stop, in any script. */
const withoutStop = (text: string) => text.replace(/[.。।۔]$/u, '');

/**
 * What was refused, and why: "The file was not imported: <the first problem> (and 2 more
 * problems)." (the words of utils/storage/import-file.ts `summariseProblems`).
 */
export function refusalText(tr: Translator, refusal: Refusal, errors: readonly PathError[]): string | null {
  const first = errors[0];
  if (first === undefined) return null;
  const more = errors.length - 1;
  if (refusal === 'annotations_read') {
    const problem = problemText(tr, first);
    return more > 0 ? sayCount(tr, 'summary_annotations_not_read_more', more, { problem }) : say(tr, 'summary_annotations_not_read', { problem });
  }
  const keys = SUMMARIES[refusal];
  if (!keys) return null;
  let problem = withoutStop(problemLine(tr, first));
  if (!needsPath(first) && tr.t('summary_lowercase_problem') === 'true') {
    problem = problem.charAt(0).toLocaleLowerCase(tr.locale) + problem.slice(1);
  }
  return more > 0 ? sayCount(tr, keys.more, more, { problem }) : say(tr, keys.one, { problem });
}

/** A failure's wording: a refusal of the `errors`, or one coded problem, or its English message. */
export interface Failure extends Problem {
  refusal?: Refusal;
  errors?: readonly PathError[];
}

/** A failed import, save or read in the reader's language. */
export function failureText(tr: Translator, failure: Failure): string {
  if (failure.refusal !== undefined) return refusalText(tr, failure.refusal, failure.errors ?? []) ?? failure.message;
  return problemText(tr, failure);
}

/** Whatever an action threw, for the reader: a StorageError in the reader's language, else its message. */
export function errorText(tr: Translator, error: unknown): string {
  if (error instanceof StorageError) {
    return failureText(tr, {
      message: error.message,
      errors: error.errors,
      ...(error.code !== undefined ? { code: error.code } : {}),
      ...(error.params !== undefined ? { params: error.params } : {}),
      ...(error.refusal !== undefined ? { refusal: error.refusal } : {}),
    });
  }
  return error instanceof Error ? error.message : String(error);
}

/** "Imported 4 records (8 already in the store were left as they are) and 2 notes." */
export function importSummaryText(tr: Translator, counts: ImportCounts): string {
  const records = sayCount(tr, 'summary_records', counts.added);
  const unchanged = counts.unchanged > 0 ? sayCount(tr, 'summary_unchanged', counts.unchanged) : null;
  const { notes } = counts;
  if (notes === null) return unchanged ? say(tr, 'summary_imported_unchanged', { records, unchanged }) : say(tr, 'summary_imported', { records });
  const noteWords = sayCount(tr, 'summary_notes', notes.added);
  if (notes.unchanged > 0) {
    const kept = sayCount(tr, 'summary_notes_kept', notes.unchanged);
    return unchanged
      ? say(tr, 'summary_imported_unchanged_notes_kept', { records, unchanged, notes: noteWords, kept })
      : say(tr, 'summary_imported_notes_kept', { records, notes: noteWords, kept });
  }
  return unchanged ? say(tr, 'summary_imported_unchanged_notes', { records, unchanged, notes: noteWords }) : say(tr, 'summary_imported_notes', { records, notes: noteWords });
}

const REPLY_KEYS: Record<ReplyFailureCode, MessageKey> = {
  cannot_read: 'reply_cannot_read',
  no_article: 'reply_no_article',
  no_highlights: 'reply_no_highlights',
};

/** Why the background said no, in the reader's language (its English message for an unknown code). */
export function replyFailureText(tr: Translator, reply: { code?: unknown; message: string }): string {
  const { code } = reply;
  return typeof code === 'string' && Object.hasOwn(REPLY_KEYS, code) ? tr.t(REPLY_KEYS[code as ReplyFailureCode]) : reply.message;
}

/** Why a page was not added to the corpus (popup, sidebar). */
export function addPageFailureText(tr: Translator, reply: Extract<AddPageReply, { ok: false }>): string {
  return replyFailureText(tr, reply);
}

/** Why there are no highlights to export (popup). */
export function exportFailureText(tr: Translator, reply: Extract<ExportAnnotationsReply, { ok: false }>): string {
  return replyFailureText(tr, reply);
}
