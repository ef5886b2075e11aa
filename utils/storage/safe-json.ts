/**
 * Reading JSON a user picked (an import, an annotation file) without trusting it: a size limit
 * before parsing, the line and column of a syntax error, and no key that could reach a prototype.
 */
import { findJsonSyntaxProblem } from '../corpus/json-syntax';
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

/** Parses `text` as a JSON file of kind `what` ("an annotation file"); never throws. */
export function parseJsonFile(text: string, maxChars: number, what: string): JsonFileReading {
  const fail = (message: string, path = ''): JsonFileReading => ({ ok: false, errors: [{ path, message }] });
  if (text.length > maxChars) return fail(`The file is too large for ${what} (over ${maxChars.toLocaleString('en')} characters).`);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const problem = findJsonSyntaxProblem(body);
    const where = problem === null ? '' : `: at line ${problem.line}, column ${problem.column}, ${problem.problem}`;
    return fail(`The file is not valid JSON${where}.`);
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null) return fail(`${forbidden}: the key is not allowed in ${what}.`, forbidden);
  return { ok: true, data };
}
