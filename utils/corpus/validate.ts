/**
 * Checks a corpus file before anything of it enters the store: the schema, then the links
 * between records. Every problem is reported in plain English with the place it is at, in the
 * path style a reader can follow in the file (`wordings[12].sourceId`).
 */
import * as v from 'valibot';
import { CorpusSchema, type Corpus } from './schema';
import { findJsonSyntaxProblem } from './json-syntax';
import { findBrokenLinks } from './integrity';

export interface CorpusError {
  /** Where the problem is: `wordings[12].sourceId`; '' for the file as a whole. */
  path: string;
  /** The problem in plain English, naming the place. */
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

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return input.length > 40 ? `the text "${input.slice(0, 40)}…"` : `the text "${input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input === 'number' ? 'the number' : ''} ${input}`.trim();
  return 'an object';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

function explainIssue(issue: v.BaseIssue<unknown>): string {
  const where = formatPath(issue.path) || 'the corpus';
  const missingKey = issue.type === 'object' && issue.input === undefined && (issue.path?.length ?? 0) > 0;
  if (missingKey) return `${where} is missing`;
  switch (issue.type) {
    case 'literal':
      return `${where} must be ${issue.expected}, but it is ${describeValue(issue.input)}`;
    case 'picklist':
      return `${where} must be one of ${issue.expected?.replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', ')}, but it is ${describeValue(issue.input)}`;
    case 'max_length': {
      const unit = Array.isArray(issue.input) ? 'items' : 'characters';
      return `${where} is too long: at most ${String(issue.requirement)} ${unit} are allowed`;
    }
    case 'regex':
      return `${where} is ${describeValue(issue.input)}, but ${issue.message}`;
    default: {
      const wanted = TYPE_NAMES[issue.type];
      if (wanted) return `${where} must be ${wanted}, but it is ${describeValue(issue.input)}`;
      return `${where}: ${issue.message}`;
    }
  }
}

function capped(errors: CorpusError[]): CorpusError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), { path: '', message: `…and ${rest} more problems of the same kinds` }];
}

export function validateCorpus(data: unknown): CorpusValidation {
  // valibot reads a list as an object with every field missing; one sentence says it better.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ path: '', message: `the corpus must be an object, but it is ${describeValue(data)}` }] };
  }
  const parsed = v.safeParse(CorpusSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: capped(parsed.issues.map((issue) => ({ path: formatPath(issue.path), message: explainIssue(issue) }))),
    };
  }
  const broken = findBrokenLinks(parsed.output);
  if (broken.length > 0) return { ok: false, errors: capped(broken) };
  return { ok: true, corpus: parsed.output };
}

function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.floor(bytes / 1024)} KB`;
  return `${Math.floor(bytes / (1024 * 1024))} MB`;
}

/** Parses a corpus file's text without throwing: malformed JSON comes back with line and column. */
export function parseCorpusJson(text: string, options: { maxBytes: number }): JsonReading {
  // UTF-8 takes at least one byte per UTF-16 unit, so a long string is too big without encoding it.
  const bytes = text.length > options.maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > options.maxBytes) {
    const limit = sizeInWords(options.maxBytes);
    return { ok: false, errors: [{ path: '', message: `The file is too large (over ${limit}); a corpus file may be at most ${limit}.` }] };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '', message: 'The file is empty.' }] };
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (error) {
    const problem = findJsonSyntaxProblem(body);
    if (!problem) {
      return { ok: false, errors: [{ path: '', message: `The file is not valid JSON: ${(error as Error).message}` }] };
    }
    const { line, column } = problem;
    return {
      ok: false,
      errors: [{ path: '', line, column, message: `The file is not valid JSON: at line ${line}, column ${column}, ${problem.problem}.` }],
    };
  }
}

/** Parse and validate in one step, as an import does. */
export function readCorpusJson(text: string, options: { maxBytes: number }): CorpusValidation {
  const read = parseCorpusJson(text, options);
  return read.ok ? validateCorpus(read.data) : read;
}
