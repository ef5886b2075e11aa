/**
 * Checks a corpus file before anything of it enters the store: the schema, then the links
 * between records. Every problem is reported in plain English with the place it is at, in the
 * path style a reader can follow in the file (`wordings[12].sourceId`), and as a code with its
 * params (problem.ts) for the interface to word in the reader's language.
 */
import * as v from 'valibot';
import { CorpusSchema, type Corpus } from './schema';
import { findJsonSyntaxProblem } from './json-syntax';
import { findBrokenLinks } from './integrity';
import { describeValue, jsonSyntaxProblem, problem, problemAt, ruleOf, valueInWords, whereInWords, type Place, type PathProblem } from './problem';

export interface CorpusError extends PathProblem {
  /** Where the problem is: `wordings[12].sourceId`; '' for the file as a whole. */
  path: string;
  /** The problem in plain English, naming the place; `code` and `params` word it in any language. */
  message: string;
  /** For malformed JSON: where in the text (1-based). */
  line?: number;
  column?: number;
}

export type CorpusValidation = { ok: true; corpus: Corpus } | { ok: false; errors: CorpusError[] };
export type JsonReading = { ok: true; data: unknown } | { ok: false; errors: CorpusError[] };

/** A broken file can hold thousands of problems; the first ones are enough to fix it. */
const MAX_ERRORS = 100;

type PathItem = { key: unknown };

export function formatPath(path: readonly PathItem[] | readonly (string | number)[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = typeof item === 'object' && item !== null ? item.key : item;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const MUST_BE = {
  string: 'must_be_text',
  number: 'must_be_number',
  array: 'must_be_list',
  object: 'must_be_object',
  loose_object: 'must_be_object',
  strict_object: 'must_be_object',
  boolean: 'must_be_boolean',
} as const;

const OBJECTS = new Set(['object', 'loose_object', 'strict_object']);

/**
 * A schema issue as a problem at `path` (`place` when the path is empty), in the words of the
 * corpus validator: "wordings[1].context is missing", "… must be text, but it is a list".
 */
export function explainIssue(issue: v.BaseIssue<unknown>, path: string, place: Place): PathProblem {
  const at = { path, place };
  const missingKey = OBJECTS.has(issue.type) && issue.input === undefined && (issue.path?.length ?? 0) > 0;
  if (missingKey) return problemAt(path, 'missing', at);
  if (issue.type === 'strict_object' && issue.expected === 'never') return problemAt(path, 'unknown_key', at);
  switch (issue.type) {
    case 'literal':
      return problemAt(path, 'must_be_literal', { ...at, ...describeValue(issue.input), expected: issue.expected ?? '' });
    case 'picklist': {
      const options = issue.expected?.replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', ') ?? '';
      return problemAt(path, 'must_be_one_of', { ...at, ...describeValue(issue.input), options });
    }
    case 'max_length': {
      const max = Number(issue.requirement);
      return problemAt(path, Array.isArray(issue.input) ? 'too_long_items' : 'too_long_characters', { ...at, max });
    }
    case 'regex': {
      const broken = ruleOf(issue.message);
      if (broken) return problemAt(path, 'rule_broken', { ...at, ...describeValue(issue.input), ...broken });
      return { path, message: `${whereInWords(path, place)} is ${valueInWords(issue.input)}, but ${issue.message}` };
    }
    default: {
      const code = Object.hasOwn(MUST_BE, issue.type) ? MUST_BE[issue.type as keyof typeof MUST_BE] : undefined;
      if (code) return problemAt(path, code, { ...at, ...describeValue(issue.input) });
      const stated = ruleOf(issue.message);
      if (stated) return problemAt(path, 'rule_at', { ...at, ...stated });
      return { path, message: `${whereInWords(path, place)}: ${issue.message}` };
    }
  }
}

/**
 * An issue of a file the user picked (notes, annotations) at `path`: a rule the schema states in
 * its own words as "path: rule", anything else as the corpus validator words it.
 */
export function issueAt(issue: v.BaseIssue<unknown>, path: string, place: Place): PathProblem {
  const stated = ruleOf(issue.message);
  if (stated) return problemAt(path, 'rule_at', { path, place, ...stated });
  return explainIssue(issue, path, place);
}

function capped(errors: CorpusError[]): CorpusError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), { path: '', ...problem('more_problems', { count: rest }) }];
}

export function validateCorpus(data: unknown): CorpusValidation {
  // valibot reads a list as an object with every field missing; one sentence says it better.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ path: '', ...problem('corpus_not_object', describeValue(data)) }] };
  }
  const parsed = v.safeParse(CorpusSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: capped(parsed.issues.map((issue) => explainIssue(issue, formatPath(issue.path), 'corpus'))),
    };
  }
  const broken = findBrokenLinks(parsed.output);
  if (broken.length > 0) return { ok: false, errors: capped(broken) };
  return { ok: true, corpus: parsed.output };
}

/** Parses a corpus file's text without throwing: malformed JSON comes back with line and column. */
export function parseCorpusJson(text: string, options: { maxBytes: number }): JsonReading {
  // UTF-8 takes at least one byte per UTF-16 unit, so a long string is too big without encoding it.
  const bytes = text.length > options.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > options.maxBytes) {
    return { ok: false, errors: [{ path: '', ...problem('file_too_large', { maxBytes: options.maxBytes }) }] };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '', ...problem('file_empty', {}) }] };
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (error) {
    const syntax = findJsonSyntaxProblem(body);
    if (!syntax) {
      return { ok: false, errors: [{ path: '', ...problem('json_invalid_detail', { detail: (error as Error).message }) }] };
    }
    const { line, column } = syntax;
    return {
      ok: false,
      errors: [{ path: '', line, column, ...jsonSyntaxProblem(syntax) }],
    };
  }
}

/** Parse and validate in one step, as an import does. */
export function readCorpusJson(text: string, options: { maxBytes: number }): CorpusValidation {
  const read = parseCorpusJson(text, options);
  return read.ok ? validateCorpus(read.data) : read;
}
