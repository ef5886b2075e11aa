/**
 * Reading JSON a user picked (an import, an annotation file) without trusting it: a size limit
 * before parsing, the line and column of a syntax error, and no key that could reach a prototype.
 */
import { findJsonSyntaxProblem } from '../corpus/json-syntax';
import { jsonSyntaxProblem, problem, problemAt, type Problem } from '../corpus/problem';
import { formatPath } from '../corpus/validate';
import type { PathError } from './transaction';

/** Keys that could reach an object's prototype if a later step ever copied values naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: unknown;
  parent: Visit | null;
  key: string | number;
}

function keysTo(visit: Visit): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) keys.push(v.key);
  return keys.reverse();
}

/**
 * The path of the first forbidden key in parsed JSON, or null. Iterative, and paths are only
 * spelled out for the key found: nesting may be 100,000 levels deep.
 */
export function findForbiddenKey(data: unknown): string | null {
  const stack: Visit[] = [{ value: data, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: visit, key: i });
      continue;
    }
    const keys = Object.keys(value);
    const bad = keys.find((k) => FORBIDDEN_KEYS.has(k));
    if (bad !== undefined) return formatPath([...keysTo(visit), bad]);
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: (value as Record<string, unknown>)[keys[i]!], parent: visit, key: keys[i]! });
    }
  }
  return null;
}

export type JsonFileReading = { ok: true; data: unknown } | { ok: false; errors: PathError[] };

/** Parses `text` as an annotation file's JSON (an import has its own reader, import-file.ts); never throws. */
export function parseJsonFile(text: string, maxChars: number): JsonFileReading {
  const fail = (p: Problem, path = ''): JsonFileReading => ({ ok: false, errors: [{ path, ...p }] });
  if (text.length > maxChars) return fail(problem('annotation_file_too_large', { max: maxChars }));
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail(problem('file_empty', {}));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const syntax = findJsonSyntaxProblem(body);
    return fail(syntax === null ? problem('json_invalid', {}) : jsonSyntaxProblem(syntax));
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null) return { ok: false, errors: [problemAt(forbidden, 'annotation_forbidden_key', { path: forbidden })] };
  return { ok: true, data };
}
