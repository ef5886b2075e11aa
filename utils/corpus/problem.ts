/**
 * Every problem the core reports to the reader, in two forms: an English `message` (for logs, the
 * tests, and any interface that has no translation) and a machine-readable `code` with `params`,
 * its variable parts, from which the interface words the same problem in the reader's language
 * (components/problems.ts). Variable parts that are words (a record kind, what a value is, the
 * rule a value breaks, what the store was doing) are themselves codes, never English words.
 *
 * The English here and the English of `public/_locales/en/messages.json` (keys `problem_<code>`)
 * say the same thing; a unit test renders every code both ways.
 */

/** What a path-less problem is about: "the corpus must be…", "the file: …", "the target: …". */
export const PLACES = ['corpus', 'file', 'target'] as const;
export type Place = (typeof PLACES)[number];

/** What a value is, for "…but it is the text "x"". */
export const VALUE_KINDS = ['nothing', 'null', 'list', 'text', 'text_cut', 'number', 'boolean', 'object'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** A kind of record (a collection's singular), or a note. */
export const RECORD_KINDS = ['source', 'utterance', 'wording', 'figure', 'event', 'disagreement', 'note'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The type a value must have. */
export type TypeName = 'text' | 'number' | 'list' | 'object' | 'boolean';

/** What the store was doing when it failed. */
export type StorageAction =
  | 'open_store'
  | 'install_curated'
  | 'delete_source'
  | 'delete_utterance'
  | 'delete_wording'
  | 'delete_figure'
  | 'delete_event'
  | 'delete_disagreement'
  | 'remove_records'
  | 'import_file'
  | 'save_records'
  | 'save_note'
  | 'save_notes'
  | 'delete_note'
  | 'save_setting'
  | 'save_site_setting'
  | 'reset_settings';

/** The rules a schema states in its own words (valibot messages), each a code. */
export type RuleCode =
  | 'id_format'
  | 'date_format'
  | 'idea_id_format'
  | 'note_id_format'
  | 'timestamp'
  | 'note_text_empty'
  | 'note_text_too_long'
  | 'whole_number'
  | 'not_negative'
  | 'quote_empty'
  | 'quote_too_long'
  | 'end_before_start'
  | 'selector_type'
  | 'target_source'
  | 'target_selector'
  | 'annotation_type'
  | 'annotation_target';

/** Where in JSON text a syntax error is, as json-syntax.ts finds it. */
export type JsonSyntaxCode =
  | 'json_control_character'
  | 'json_bad_escape'
  | 'json_unclosed_text'
  | 'json_single_quotes'
  | 'json_expected_value'
  | 'json_ends_early'
  | 'json_text_after_end'
  | 'json_expected_comma_or'
  | 'json_trailing_comma'
  | 'json_expected_property_name'
  | 'json_expected_colon';

type Where = { path: string; place: Place };
type Found = { found: ValueKind; value: string };
type Rule = { rule: RuleCode } | { rule: RuleCode; limit: number };
type At = { line: number; column: number };
type Id = { id: string };
type KindId = { kind: RecordKind; id: string };

/** The params of each problem: its variable parts, by name. */
export type ProblemParamMap = {
  // A value against the schema (validate.ts, and the notes and annotation files).
  missing: Where;
  must_be_literal: Where & Found & { expected: string };
  must_be_one_of: Where & Found & { options: string };
  must_be_text: Where & Found;
  must_be_number: Where & Found;
  must_be_list: Where & Found;
  must_be_object: Where & Found;
  must_be_boolean: Where & Found;
  too_long_characters: Where & { max: number };
  too_long_items: Where & { max: number };
  rule_broken: Where & Found & Rule;
  rule_at: Where & Rule;
  rule: Rule;
  unknown_key: Where;
  more_problems: { count: number };
  corpus_not_object: Found;
  // Reading a file.
  file_too_large: { maxBytes: number };
  file_empty: Record<string, never>;
  json_invalid: Record<string, never>;
  json_invalid_detail: { detail: string };
  json_control_character: At;
  json_bad_escape: At;
  json_unclosed_text: At;
  json_single_quotes: At;
  json_expected_value: At;
  json_ends_early: At;
  json_text_after_end: At;
  json_expected_comma_or: At & { bracket: string };
  json_trailing_comma: At & { bracket: string };
  json_expected_property_name: At;
  json_expected_colon: At;
  not_text: Record<string, never>;
  read_failed: { detail: string };
  forbidden_key: { path: string };
  not_corpus_object: Record<string, never>;
  not_corpus_no_format: { expected: string };
  not_corpus_format: { format: string; expected: string };
  version_newer: { version: number; supported: number };
  version_missing: { supported: number };
  version_unsupported: { version: string; supported: number };
  // Links between records (integrity.ts).
  duplicate_id: { path: string; id: string; earlier: string; collection: string };
  unknown_reference: { path: string } & KindId;
  reply_to_itself: { path: string };
  // Notes in a corpus file (note-file.ts).
  notes_not_list: Record<string, never>;
  too_many_notes: { max: number; count: number };
  note_duplicate_id: { path: string } & Id;
  note_target_missing: { path: string } & KindId;
  // Web Annotation files (web-annotation-parse.ts, annotation-notes.ts).
  annotation_file_too_large: { max: number };
  annotation_forbidden_key: { path: string };
  no_collection_items: Record<string, never>;
  not_web_annotation: Record<string, never>;
  too_many_annotations: { max: number };
  no_quote_selector: Where;
  annotation_names_no_record: { number: number; id: string };
  annotation_names_no_record_unnamed: { number: number };
  no_annotations: Record<string, never>;
  // Records joining the store (merge.ts, curated-seed.ts, record-shapes.ts).
  incoming_duplicate_id: Id & { other: string };
  add_origin_not_user: Record<string, never>;
  curated_id: KindId;
  user_id_conflict: KindId;
  dangling_reference: KindId;
  curated_id_taken: Id;
  curated_pointer_gone: KindId;
  records_not_schema: Record<string, never>;
  records_not_by_collection: Record<string, never>;
  // The store (corpus-store.ts, notes.ts, transaction.ts).
  not_a_collection: { collection: string };
  no_such_record: KindId;
  delete_curated: KindId;
  not_a_hostname: { hostname: string };
  storage_full: { action: StorageAction };
  storage_failed: { action: StorageAction; detail: string };
};

export type ProblemCode = keyof ProblemParamMap;
export type ProblemParams = Record<string, string | number>;

/** A problem for the reader: English `message`, and `code` with `params` to word it in any language. */
export interface Problem {
  code?: ProblemCode;
  params?: ProblemParams;
  message: string;
}

/** A problem at a place in the input: "wordings[3].text", or "" for the input as a whole. */
export interface PathProblem extends Problem {
  path: string;
}

/** Numbers as the English interface writes them ("10,000"); line, column, version and an annotation's number stay bare. */
export const englishNumber = (n: number): string => n.toLocaleString('en', { maximumFractionDigits: 2 });

const PLACE: Record<Place, string> = { corpus: 'the corpus', file: 'the file', target: 'the target' };

const VALUE: Record<ValueKind, (value: string) => string> = {
  nothing: () => 'nothing',
  null: () => 'null',
  list: () => 'a list',
  text: (v) => `the text "${v}"`,
  text_cut: (v) => `the text "${v}…"`,
  number: (v) => `the number ${v}`,
  boolean: (v) => v,
  object: () => 'an object',
};

const TYPE: Record<TypeName, string> = { text: 'text', number: 'a number', list: 'a list', object: 'an object', boolean: 'true or false' };

const STORAGE_ACTIONS: Record<StorageAction, string> = {
  open_store: 'open the corpus store',
  install_curated: 'install the curated corpus',
  delete_source: 'delete the source',
  delete_utterance: 'delete the utterance',
  delete_wording: 'delete the wording',
  delete_figure: 'delete the figure',
  delete_event: 'delete the event',
  delete_disagreement: 'delete the disagreement',
  remove_records: 'remove your records',
  import_file: 'import the file',
  save_records: 'save the records',
  save_note: 'save the note',
  save_notes: 'save the notes',
  delete_note: 'delete the note',
  save_setting: 'save the setting',
  save_site_setting: 'save the site setting',
  reset_settings: 'reset the settings',
};

const RULES: Record<RuleCode, (limit: number) => string> = {
  id_format: () => 'an id is lower-case letters, digits and . _ : -',
  date_format: () => 'a date is YYYY, YYYY-MM or YYYY-MM-DD',
  idea_id_format: () => 'an idea id is lower-case letters, digits and -',
  note_id_format: () => 'an id of letters, digits and . _ : - (at most 100)',
  timestamp: () => 'a time like 2025-01-22T10:00:00.000Z',
  note_text_empty: () => 'a note needs some text',
  note_text_too_long: (n) => `a note is at most ${englishNumber(n)} characters`,
  whole_number: () => 'must be a whole number',
  not_negative: () => 'cannot be negative',
  quote_empty: () => 'the quoted text is empty',
  quote_too_long: (n) => `at most ${englishNumber(n)} characters`,
  end_before_start: () => 'end must not come before start',
  selector_type: () => 'a selector needs a "type"',
  target_source: () => 'the target needs a "source" (the page address)',
  target_selector: () => 'the target needs a selector',
  annotation_type: () => 'the type must be "Annotation"',
  annotation_target: () => 'the annotation needs a target',
};

/** Every rule and every action, for the interface and its tests. */
export const RULE_CODES = Object.keys(RULES) as RuleCode[];
export const STORAGE_ACTION_CODES = Object.keys(STORAGE_ACTIONS) as StorageAction[];

/** The rules by the English message a schema was given, to read a valibot issue back as a code. */
const RULE_BY_MESSAGE = new Map<string, Rule>();

/**
 * A schema's message for a rule (`v.regex(re, rule('id_format'))`): its English, remembered so
 * that an issue carrying it can be reported as the rule's code.
 */
export function rule(code: RuleCode, limit?: number): string {
  const text = RULES[code](limit ?? 0);
  RULE_BY_MESSAGE.set(text, limit === undefined ? { rule: code } : { rule: code, limit });
  return text;
}

/** The rule a schema message states, if it is one of ours. */
export function ruleOf(message: string): Rule | null {
  return RULE_BY_MESSAGE.get(message) ?? null;
}

const ruleText = (p: Rule) => RULES[p.rule]('limit' in p ? p.limit : 0);
const where = (p: Where) => p.path || PLACE[p.place];
const found = (p: Found) => VALUE[p.found](p.value);
const at = (p: At) => `The file is not valid JSON: at line ${p.line}, column ${p.column}`;
const plural = (n: number, one: string, many: string) => `${englishNumber(n)} ${n === 1 ? one : many}`;

/** The number of bytes, as "500 bytes", "20 KB" or "20 MB" (rounded down). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte', 'bytes');
  if (bytes < 1024 * 1024) return `${englishNumber(Math.floor(bytes / 1024))} KB`;
  return `${englishNumber(Math.floor(bytes / (1024 * 1024)))} MB`;
}

const ENGLISH: { [C in ProblemCode]: (p: ProblemParamMap[C]) => string } = {
  missing: (p) => `${where(p)} is missing`,
  must_be_literal: (p) => `${where(p)} must be ${p.expected}, but it is ${found(p)}`,
  must_be_one_of: (p) => `${where(p)} must be one of ${p.options}, but it is ${found(p)}`,
  must_be_text: (p) => `${where(p)} must be ${TYPE.text}, but it is ${found(p)}`,
  must_be_number: (p) => `${where(p)} must be ${TYPE.number}, but it is ${found(p)}`,
  must_be_list: (p) => `${where(p)} must be ${TYPE.list}, but it is ${found(p)}`,
  must_be_object: (p) => `${where(p)} must be ${TYPE.object}, but it is ${found(p)}`,
  must_be_boolean: (p) => `${where(p)} must be ${TYPE.boolean}, but it is ${found(p)}`,
  too_long_characters: (p) => `${where(p)} is too long: at most ${plural(p.max, 'character is', 'characters are')} allowed`,
  too_long_items: (p) => `${where(p)} is too long: at most ${plural(p.max, 'item is', 'items are')} allowed`,
  rule_broken: (p) => `${where(p)} is ${found(p)}, but ${ruleText(p)}`,
  rule_at: (p) => `${where(p)}: ${ruleText(p)}`,
  rule: (p) => ruleText(p),
  unknown_key: (p) => `${where(p)} is not expected here`,
  more_problems: (p) => `…and ${plural(p.count, 'more problem', 'more problems')} of the same kinds`,
  corpus_not_object: (p) => `the corpus must be an object, but it is ${found(p)}`,
  file_too_large: (p) => `The file is too large (over ${sizeInWords(p.maxBytes)}); a corpus file may be at most ${sizeInWords(p.maxBytes)}.`,
  file_empty: () => 'The file is empty.',
  json_invalid: () => 'The file is not valid JSON.',
  json_invalid_detail: (p) => `The file is not valid JSON: ${p.detail}`,
  json_control_character: (p) => `${at(p)}, a text value contains a line break or control character (write it as \\n).`,
  json_bad_escape: (p) => `${at(p)}, a text value has an invalid escape after a backslash.`,
  json_unclosed_text: (p) => `${at(p)}, a text value is opened with " but never closed.`,
  json_single_quotes: (p) => `${at(p)}, text must be in double quotes, not single quotes.`,
  json_expected_value: (p) => `${at(p)}, expected a value (text in double quotes, a number, true, false, null, [ or {).`,
  json_ends_early: (p) => `${at(p)}, the text ends before the data is complete.`,
  json_text_after_end: (p) => `${at(p)}, there is more text after the end of the data.`,
  json_expected_comma_or: (p) => `${at(p)}, expected , or ${p.bracket}.`,
  json_trailing_comma: (p) => `${at(p)}, a comma before ${p.bracket} is followed by nothing (remove the trailing comma).`,
  json_expected_property_name: (p) => `${at(p)}, expected a property name in double quotes.`,
  json_expected_colon: (p) => `${at(p)}, expected : after the property name.`,
  not_text: () => 'The file could not be read as text.',
  read_failed: (p) => `The file could not be read (${p.detail}).`,
  forbidden_key: (p) => `${p.path}: the key is not allowed in a corpus file`,
  not_corpus_object: () => 'This is not a Source Lens corpus file: it must be a JSON object with "format" and "version".',
  not_corpus_no_format: (p) => `This is not a Source Lens corpus file: it has no "format", expected "${p.expected}".`,
  not_corpus_format: (p) => `This is not a Source Lens corpus file: it has format ${p.format}, expected "${p.expected}".`,
  version_newer: (p) =>
    `This file is corpus version ${p.version}, made by a newer Source Lens; this one reads version ${p.supported}. Update the extension to import it.`,
  version_missing: (p) => `This file has version missing; Source Lens reads corpus version ${p.supported}.`,
  version_unsupported: (p) => `This file has version ${p.version}; Source Lens reads corpus version ${p.supported}.`,
  duplicate_id: (p) => `${p.path} "${p.id}" is already used by ${p.earlier}; ids must be unique in ${p.collection}`,
  unknown_reference: (p) => `${p.path} refers to ${p.kind} "${p.id}", which is not in the corpus`,
  reply_to_itself: (p) => `${p.path} names the utterance itself`,
  notes_not_list: () => 'notes must be a list',
  too_many_notes: (p) => `a file holds at most ${englishNumber(p.max)} notes; this one has ${englishNumber(p.count)}`,
  note_duplicate_id: (p) => `${p.path}: another note of the file has the id "${p.id}"`,
  note_target_missing: (p) => `${p.path} refers to ${p.kind} "${p.id}", which is neither in the file nor in the corpus`,
  annotation_file_too_large: (p) => `The file is too large for an annotation file (over ${englishNumber(p.max)} characters).`,
  annotation_forbidden_key: (p) => `${p.path}: the key is not allowed in an annotation file.`,
  no_collection_items: () =>
    'the collection has no annotations in "first.items" (a collection that only links to its pages cannot be read offline)',
  not_web_annotation: () => 'this is not a Web Annotation file: expected an Annotation, a list of them, or an AnnotationCollection',
  too_many_annotations: (p) => `the file holds more than ${englishNumber(p.max)} annotations`,
  no_quote_selector: (p) => `${where(p)}: no TextQuoteSelector, so the highlight cannot be found again`,
  annotation_names_no_record: (p) => `annotation ${p.number} (${p.id}): its body names no utterance or figure of the corpus`,
  annotation_names_no_record_unnamed: (p) => `annotation ${p.number}: its body names no utterance or figure of the corpus`,
  no_annotations: () => 'the file holds no annotation',
  incoming_duplicate_id: (p) => `duplicate id "${p.id}" (also ${p.other})`,
  add_origin_not_user: () => 'records you add must have origin "user"',
  curated_id: (p) => `"${p.id}" is a curated ${p.kind}; curated records cannot be changed (give your ${p.kind} another id)`,
  user_id_conflict: (p) =>
    `you already have a ${p.kind} "${p.id}" with different content; rename the id in the file to import it as a new ${p.kind}`,
  dangling_reference: (p) => `no ${p.kind} "${p.id}" in the file or the store`,
  curated_id_taken: (p) => `a record you added already has the id "${p.id}"; it was kept`,
  curated_pointer_gone: (p) => `points at ${p.kind} "${p.id}", no longer in the curated corpus`,
  records_not_schema: () => 'the records do not match the corpus schema',
  records_not_by_collection: () => 'records must be given by collection',
  not_a_collection: (p) => `"${p.collection}" is not a corpus collection`,
  no_such_record: (p) => `there is no ${p.kind} "${p.id}"`,
  delete_curated: (p) => `"${p.id}" is a curated ${p.kind}; only records you added can be deleted`,
  not_a_hostname: (p) => `"${p.hostname}" is not a hostname`,
  storage_full: (p) =>
    `storage is full: could not ${STORAGE_ACTIONS[p.action]}. Nothing was changed; free some disk space or delete records you added, then try again.`,
  storage_failed: (p) => `could not ${STORAGE_ACTIONS[p.action]} (${p.detail}). Nothing was changed.`,
};

/** A problem with its English message. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParamMap[C]): Problem & { code: C } {
  return { code, params: params as ProblemParams, message: ENGLISH[code](params) };
}

/** A problem at `path` in the input. */
export function problemAt<C extends ProblemCode>(path: string, code: C, params: ProblemParamMap[C]): PathProblem & { code: C } {
  return { path, ...problem(code, params) };
}

/** What a value is, for a message: its kind, and its words when it has any (long text cut at 40). */
export function describeValue(input: unknown): Found {
  if (input === undefined) return { found: 'nothing', value: '' };
  if (input === null) return { found: 'null', value: '' };
  if (Array.isArray(input)) return { found: 'list', value: '' };
  if (typeof input === 'string') return input.length > 40 ? { found: 'text_cut', value: input.slice(0, 40) } : { found: 'text', value: input };
  if (typeof input === 'number') return { found: 'number', value: String(input) };
  if (typeof input === 'boolean') return { found: 'boolean', value: String(input) };
  return { found: 'object', value: '' };
}

/** A path, or in English words the place it stands for when it is empty ("the file"). */
export function whereInWords(path: string, place: Place): string {
  return path || PLACE[place];
}

/** What a value is, in English words: "the text "x"", "a list"… */
export function valueInWords(input: unknown): string {
  const { found, value } = describeValue(input);
  return VALUE[found](value);
}

/**
 * Whether a line for the reader must name the problem's path before it ("wordings[0].id: duplicate
 * id …"): when the message does not name the path itself. Decided on the English, so every
 * language says the same.
 */
export function needsPath(p: PathProblem): boolean {
  return p.path !== '' && !p.message.includes(p.path);
}

/** A JSON syntax error found by json-syntax.ts, as a problem of the file. */
export function jsonSyntaxProblem(s: { code: JsonSyntaxCode; line: number; column: number; bracket?: string }): Problem {
  const { code, line, column } = s;
  if (code === 'json_expected_comma_or' || code === 'json_trailing_comma') return problem(code, { line, column, bracket: s.bracket ?? '' });
  return problem(code, { line, column });
}
