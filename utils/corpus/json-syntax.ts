/**
 * Locates the first syntax error of a JSON text. JSON.parse says whether a text is valid, but
 * where it went wrong is worded differently by each engine (and some give no position at all),
 * so after a failed parse this scanner finds the place itself, to tell the user line and column.
 */
import type { JsonSyntaxCode } from './problem';

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the offending character (the text's length when it ends too early). */
  offset: number;
  /** 1-based line and column of that offset. */
  line: number;
  column: number;
  /** What is wrong there (worded in problem.ts), and the bracket it concerns, if any. */
  code: JsonSyntaxCode;
  bracket?: string;
}

type State = 'value' | 'first-value' | 'key' | 'first-key' | 'after';
type Failure = { offset: number; code: JsonSyntaxCode; bracket?: string };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'];

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Returns where the string starting at text[start] (a double quote) ends, or why it is invalid. */
function endOfString(text: string, start: number): number | Failure {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { offset: j, code: 'json_control_character' };
    if (c === 0x5c) {
      const next = text[j + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 5;
      else if (next !== undefined && '"\\/bfnrt'.includes(next)) j += 1;
      else return { offset: j, code: 'json_bad_escape' };
    }
  }
  return { offset: start, code: 'json_unclosed_text' };
}

/** Returns where the number or true/false/null at text[start] ends, or why it is not a value. */
function endOfScalar(text: string, start: number): number | Failure {
  NUMBER.lastIndex = start;
  const number = NUMBER.exec(text);
  if (number && number[0].length > 0) return start + number[0].length;
  const word = WORDS.find((w) => text.startsWith(w, start));
  if (word) return start + word.length;
  const c = text[start];
  if (c === "'") return { offset: start, code: 'json_single_quotes' };
  return { offset: start, code: 'json_expected_value' };
}

function previousNonSpace(text: string, offset: number): string | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/u.test(text[i]!)) return text[i];
  return undefined;
}

function scan(text: string): Failure | null {
  const stack: Array<'object' | 'array'> = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) {
      return state === 'after' && stack.length === 0 ? null : { offset: i, code: 'json_ends_early' };
    }
    const c = text[i]!;
    if (state === 'after') {
      const top = stack.at(-1);
      if (!top) return { offset: i, code: 'json_text_after_end' };
      const closer = top === 'object' ? '}' : ']';
      if (c === ',') state = top === 'object' ? 'key' : 'value';
      else if (c === closer) stack.pop();
      else return { offset: i, code: 'json_expected_comma_or', bracket: closer };
      i++;
      continue;
    }
    if ((c === ']' && state === 'first-value') || (c === '}' && state === 'first-key')) {
      stack.pop();
      state = 'after';
      i++;
      continue;
    }
    if ((c === ']' || c === '}') && previousNonSpace(text, i) === ',') {
      return { offset: i, code: 'json_trailing_comma', bracket: c };
    }
    if (state === 'key' || state === 'first-key') {
      if (c !== '"') return { offset: i, code: 'json_expected_property_name' };
      const end = endOfString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
      if (text[i] !== ':') return { offset: i, code: 'json_expected_colon' };
      i++;
      state = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array');
      state = c === '{' ? 'first-key' : 'first-value';
      i++;
      continue;
    }
    const end = c === '"' ? endOfString(text, i) : endOfScalar(text, i);
    if (typeof end !== 'number') return end;
    i = end;
    state = 'after';
  }
}

/** The first syntax error of a JSON text, or null when the scanner finds none. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const failure = scan(text);
  return failure && { ...failure, ...lineAndColumn(text, failure.offset) };
}
