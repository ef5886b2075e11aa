/**
 * Finds the quoted passages of a plain text: passages in quotation marks and embedded social
 * posts (the post's lines followed by an attribution line "— Name (@handle) Month D, YYYY").
 *
 * Quotations never run across a line break: one line is one paragraph of the page text. An
 * opening double mark with no closing mark runs to the end of its paragraph (the usual way a
 * quotation that continues into the next paragraph is printed, and a common slip). Single marks
 * double as apostrophes, so a single-quoted passage needs both marks, each on a word boundary.
 */

export type QuotationKind = 'quotation' | 'embedded-post';
export type QuoteMarks = 'curly-double' | 'curly-single' | 'straight-double' | 'straight-single' | 'none';

export interface PostAttribution {
  name: string;
  handle: string;
  /** The date as printed on the attribution line, e.g. "January 22, 2025". */
  dateText: string;
}

export interface Quotation {
  kind: QuotationKind;
  /** The quoted text without its marks (for a post, its lines as printed). */
  text: string;
  /** [start, end) of `text` in the input, in UTF-16 code units. */
  start: number;
  end: number;
  marks: QuoteMarks;
  /** false when the opening mark has no closing mark in its paragraph. */
  closed: boolean;
  /** Who posted it and when, for embedded posts. */
  attribution?: PostAttribution;
}

/** Posts are short; a longer block before an attribution line is article prose. */
const MAX_POST_LINE = 600;
const MAX_POST_LINES = 12;

const ATTRIBUTION_LINE =
  /^\s*(?:—|–|--?)\s*(\S.*?)\s+\((@[A-Za-z0-9_]{1,30})\)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}, \d{4})\s*$/;

/** Characters after which a quotation mark opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/“‘"']/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Elisions written with a leading apostrophe: ’90s, 'em, 'tis, rock 'n' roll. */
const LEADING_ELISION = /^(?:\d\ds\b|\d\d\b|em\b|tis\b|twas\b|n\b|cause\b|til\b)/iu;

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    // Keep offsets honest for CRLF text while leaving the \r out of the line.
    const body = part.endsWith('\r') ? part.slice(0, -1) : part;
    lines.push({ text: body, start });
    start += part.length + 1;
  }
  return lines;
}

function isOpeningAt(line: string, i: number): boolean {
  const before = i === 0 ? ' ' : line[i - 1]!;
  const after = line[i + 1];
  return OPENS_AFTER.test(before) && after !== undefined && !/\s/u.test(after);
}

function isClosingAt(line: string, i: number): boolean {
  const before = line[i - 1];
  const after = line[i + 1];
  return before !== undefined && !/\s/u.test(before) && (after === undefined || !WORD_CHAR.test(after));
}

function quotation(line: Line, from: number, to: number, marks: QuoteMarks, closed: boolean): Quotation {
  // An unclosed quotation's text stops before trailing spaces at the end of its paragraph.
  let end = to;
  while (end > from && /\s/u.test(line.text[end - 1]!)) end--;
  return { kind: 'quotation', text: line.text.slice(from, end), start: line.start + from, end: line.start + end, marks, closed };
}

/** A double-quoted passage; returns it and where scanning resumes. */
function doubleQuoted(line: Line, i: number, curly: boolean): [Quotation | null, number] {
  const s = line.text;
  if (curly) {
    const close = s.indexOf('”', i + 1);
    const nextOpen = s.indexOf('“', i + 1);
    if (close !== -1 && (nextOpen === -1 || close < nextOpen)) {
      return [quotation(line, i + 1, close, 'curly-double', true), close + 1];
    }
    const end = nextOpen === -1 ? s.length : nextOpen;
    return [quotation(line, i + 1, end, 'curly-double', false), end];
  }
  if (!isOpeningAt(s, i)) return [null, i + 1];
  for (let k = i + 1; k < s.length; k++) {
    if (s[k] === '"' && /\S/u.test(s[k - 1]!)) return [quotation(line, i + 1, k, 'straight-double', true), k + 1];
  }
  return [quotation(line, i + 1, s.length, 'straight-double', false), s.length];
}

/**
 * A single-quoted passage, or null when the mark is an apostrophe. Of several possible closing
 * marks the first wins, unless it reads as a plural possessive ("the players’ union") and a
 * later one exists before another passage opens.
 */
function singleQuoted(line: Line, i: number, curly: boolean): [Quotation | null, number] {
  const s = line.text;
  if (!isOpeningAt(s, i) || LEADING_ELISION.test(s.slice(i + 1))) return [null, i + 1];
  const closer = curly ? '’' : "'";
  const candidates: number[] = [];
  for (let k = i + 2; k < s.length; k++) {
    if (s[k] === closer && isClosingAt(s, k)) candidates.push(k);
    // A mark that opens another passage ends the search: later closers belong to that one.
    else if (s[k] === s[i] && candidates.length > 0 && isOpeningAt(s, k)) break;
  }
  const plausible = candidates.find(
    (k, n) => n === candidates.length - 1 || !(s[k - 1] === 's' && /^ \p{Ll}/u.test(s.slice(k + 1, k + 3))),
  );
  if (plausible === undefined) return [null, i + 1];
  return [quotation(line, i + 1, plausible, curly ? 'curly-single' : 'straight-single', true), plausible + 1];
}

function quotationsInLine(line: Line): Quotation[] {
  const found: Quotation[] = [];
  let i = 0;
  while (i < line.text.length) {
    const ch = line.text[i];
    let result: [Quotation | null, number] = [null, i + 1];
    if (ch === '“') result = doubleQuoted(line, i, true);
    else if (ch === '"') result = doubleQuoted(line, i, false);
    else if (ch === '‘') result = singleQuoted(line, i, true);
    else if (ch === "'") result = singleQuoted(line, i, false);
    if (result[0] && result[0].text.length > 0) found.push(result[0]);
    i = result[1];
  }
  return found;
}

/** The post whose attribution is lines[at]: the non-blank lines just above it. */
function embeddedPost(text: string, lines: Line[], at: number, attribution: PostAttribution): Quotation | null {
  let first = at;
  let k = at - 1;
  if (k >= 0 && lines[k]!.text.trim() === '') k--; // a blank line may part a post from its attribution
  for (; k >= 0 && at - k <= MAX_POST_LINES + 1; k--) {
    const body = lines[k]!.text;
    // Article prose that introduces a post usually quotes it; a post itself rarely does.
    if (body.trim() === '' || body.length > MAX_POST_LINE || /[“”"]/u.test(body)) break;
    if (ATTRIBUTION_LINE.test(body)) break;
    first = k;
  }
  if (first === at) return null;
  let last = at - 1;
  while (lines[last]!.text.trim() === '') last--;
  const start = lines[first]!.start;
  const end = lines[last]!.start + lines[last]!.text.length;
  return { kind: 'embedded-post', text: text.slice(start, end), start, end, marks: 'none', closed: true, attribution };
}

export function findQuotations(text: string): Quotation[] {
  const lines = splitLines(text);
  const found: Quotation[] = [];
  lines.forEach((line, index) => {
    const attribution = ATTRIBUTION_LINE.exec(line.text);
    if (attribution) {
      const post = embeddedPost(text, lines, index, { name: attribution[1]!, handle: attribution[2]!, dateText: attribution[3]! });
      if (post) found.push(post);
      return;
    }
    found.push(...quotationsInLine(line));
  });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
