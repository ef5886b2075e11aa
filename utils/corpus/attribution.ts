/**
 * Who a quotation is attributed to, read from the words around it in its paragraph:
 *  - an embedded post's attribution line, or an inline "— Name (@handle)" after the quote;
 *  - "…,” said Name" and "…,” Name said" right after the quote;
 *  - "Name said/wrote/posted/told …: “…”" earlier in the same sentence;
 *  - "he/she/they said" before or after: the last speaker named so far.
 * Quotations with none of these (a name in quotation marks, a scare quote) get no speaker.
 */
import type { Quotation } from './quotations';

export type AttributionRule = 'post' | 'name-after' | 'said-name' | 'name-before' | 'pronoun';

export interface Attribution {
  speaker: string | null;
  handle: string | null;
  /** How the speaker was found; null when no rule applied. */
  rule: AttributionRule | null;
}

const VERBS = [
  'said', 'says', 'wrote', 'writes', 'posted', 'posts', 'told', 'tells', 'added', 'adds', 'replied', 'replies',
  'tweeted', 'tweets', 'responded', 'responds', 'answered', 'declared', 'argued', 'insisted', 'noted',
  'continued', 'claimed', 'claims', 'stated', 'asked', 'remarked', 'explained', 'warned', 'quipped', 'shot back', 'went on',
].join('|');
const WORD = String.raw`[A-Z][\p{L}\p{N}’'.&-]*`;
/** One to four capitalised words: "Musk", "Sam Altman", "OpenAI", "Donald J. Trump". */
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,3}`;
/** ", the chief executive of OpenAI," between a name and its verb. */
const APPOSITIVE = String.raw`(?:,[^,“”"]{1,80},)?`;
const HELPERS = String.raw`(?:\s+(?:has|had|also|then|later|once))*`;
const PRONOUN = String.raw`\b(?:he|she|they|He|She|They)`;
const LEAD = String.raw`^[\s,.;:!?…]*`;

const NAME_AFTER = new RegExp(String.raw`${LEAD}(${NAME})${APPOSITIVE}${HELPERS}\s+(?:${VERBS})\b`, 'u');
const SAID_NAME = new RegExp(String.raw`${LEAD}(?:${VERBS})\s+(${NAME})`, 'u');
const PRONOUN_AFTER = new RegExp(String.raw`${LEAD}${PRONOUN}${HELPERS}\s+(?:${VERBS})\b`, 'u');
const HANDLE_AFTER = new RegExp(String.raw`${LEAD}[—–-]+\s*(${NAME})\s*\((@[A-Za-z0-9_]{1,30})\)`, 'u');
const NAME_BEFORE = new RegExp(String.raw`(${NAME})${APPOSITIVE}${HELPERS}\s+(?:${VERBS})\b`, 'gu');
const PRONOUN_BEFORE = new RegExp(String.raw`${PRONOUN}${HELPERS}\s+(?:${VERBS})\b`, 'gu');

/** Capitalised words that open a sentence or a clause but never a name. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'Then', 'Later', 'Earlier', 'When', 'After', 'Before', 'While',
  'On', 'In', 'At', 'As', 'If', 'It', 'This', 'That', 'There', 'Meanwhile', 'Still', 'Now', 'Today', 'Also',
  'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their',
  'President', 'Senator', 'Governor', 'Mayor', 'Judge', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'CEO', 'Chairman',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** "But Elon Musk" → "Elon Musk"; "OpenAI’s Kevin Weil" → "Kevin Weil"; "The" → null. */
function cleanName(raw: string): string | null {
  const words = raw.trim().split(/\s+/u);
  while (words.length > 0 && (NOT_NAMES.has(words[0]!) || /['’]s$/u.test(words[0]!))) words.shift();
  const name = words.join(' ').replace(/[.,]+$/u, '');
  return name === '' ? null : name;
}

interface Windows {
  /** The words of the sentence before the quote, back to the previous quote on the line. */
  before: string;
  /** The words after the quote, up to the next quote on the line. */
  after: string;
}

/** The last sentence of `text`: what follows its last ". ", "! " or "? ". */
function lastSentence(text: string): string {
  const found = /[.!?…]\s+(?=[^.!?…]*$)/u.exec(text);
  return found ? text.slice(found.index + found[0].length) : text;
}

function windowsOf(text: string, quotations: readonly Quotation[], i: number): Windows {
  const q = quotations[i]!;
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', q.end);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const previous = quotations[i - 1];
  const next = quotations[i + 1];
  const from = previous && previous.end > lineStart ? previous.end : lineStart;
  const to = next && next.start < lineEnd ? next.start : lineEnd;
  const before = lastSentence(text.slice(from, Math.max(from, q.start)).replace(/^[”"’']/u, '').replace(/[“"‘']$/u, ''));
  const after = text.slice(q.end, Math.max(q.end, to)).replace(/^[”"’']/u, '').replace(/[“"‘']$/u, '');
  return { before, after };
}

/** The last match of a global pattern in `text`, with where it ends. */
function lastMatch(pattern: RegExp, text: string): { match: RegExpExecArray; end: number } | null {
  let found: { match: RegExpExecArray; end: number } | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found = { match: m, end: m.index + m[0].length };
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

type Found = { name: string | null; handle: string | null; rule: AttributionRule } | null;

function fromAfter(after: string): Found {
  const handle = HANDLE_AFTER.exec(after);
  if (handle) return { name: cleanName(handle[1]!), handle: handle[2]!, rule: 'post' };
  const saidName = SAID_NAME.exec(after);
  if (saidName && cleanName(saidName[1]!)) return { name: cleanName(saidName[1]!), handle: null, rule: 'said-name' };
  if (PRONOUN_AFTER.test(after)) return { name: null, handle: null, rule: 'pronoun' };
  const nameAfter = NAME_AFTER.exec(after);
  if (nameAfter && cleanName(nameAfter[1]!)) return { name: cleanName(nameAfter[1]!), handle: null, rule: 'name-after' };
  return null;
}

function fromBefore(before: string): Found {
  const named = lastMatch(NAME_BEFORE, before);
  const pronoun = lastMatch(PRONOUN_BEFORE, before);
  const name = named ? cleanName(named.match[1]!) : null;
  // The nearer of the two to the quote wins: "Musk said … and then he added: “…”".
  if (pronoun && (!name || pronoun.end > named!.end)) return { name: null, handle: null, rule: 'pronoun' };
  return name ? { name, handle: null, rule: 'name-before' } : null;
}

/** One attribution per quotation, in the order given (page order, as findQuotations returns them). */
export function attributeQuotations(text: string, quotations: readonly Quotation[]): Attribution[] {
  let lastSpeaker: string | null = null;
  return quotations.map((q, i) => {
    if (q.kind === 'embedded-post' && q.attribution) {
      lastSpeaker = q.attribution.name;
      return { speaker: q.attribution.name, handle: q.attribution.handle, rule: 'post' };
    }
    const { before, after } = windowsOf(text, quotations, i);
    const found = fromAfter(after) ?? fromBefore(before);
    if (!found) return { speaker: null, handle: null, rule: null };
    if (found.rule === 'pronoun') return { speaker: lastSpeaker, handle: null, rule: lastSpeaker ? 'pronoun' : null };
    lastSpeaker = found.name;
    return { speaker: found.name, handle: found.handle, rule: found.rule };
  });
}
