/**
 * Finds a language's words in a text the way that language writes them: in spaced scripts at a
 * word start (after a clitic such as Arabic و or ال where the language has them), followed by at
 * most a few letters of inflection ("Musks", "Альтмана", "머스크는") or by any letters for a stem;
 * in Japanese and Chinese anywhere, since no space marks a word. Every search is an indexOf over
 * the text lower-cased once: no regular expression is tried at every character of a page.
 */
import type { LanguagePack } from '../corpus/language-pack';

/** Letters, combining marks and digits: what continues a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** Whether the script has letter case and the character at `i` is a capital. */
function isCapital(text: string, i: number): boolean {
  const ch = text[i]!;
  // Scripts without case (Han, kana, Hangul, Arabic, Devanagari) write every name alike.
  if (ch.toLowerCase() === ch.toUpperCase()) return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The text lower-cased, with offsets kept: characters whose lower case has another length are kept as they are. */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    // Turkish dotted capital İ lower-cases to i + a combining dot: read it as i.
    out += l.length === ch.length ? l : ch === '\u0130' ? 'i' : ch;
  }
  return out;
}

/** More phrases than this are looked for in one pass over the text rather than one search per phrase. */
const FEW = 4;

/** For each UTF-16 code unit, 1 + the index of the list of entries that start with it (0: none): one array read per character. */
interface FirstCharIndex<E> {
  slots: Uint16Array;
  lists: E[][];
  /** 1 where some phrase starts with these two characters (hashed): most first-letter hits end here. */
  pairs: Uint8Array;
}

const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

const pairKey = (a: number, b: number) => (a * 131 + (b | 0)) & 0xffff;

function groupByFirst<T>(entries: readonly Entry<T>[]): FirstCharIndex<Entry<T>> {
  const slots = new Uint16Array(65536);
  const pairs = new Uint8Array(65536);
  const lists: Entry<T>[][] = [];
  for (const e of entries) {
    const c = e.needle.charCodeAt(0);
    // A one-character phrase ("钱") pairs with anything that follows it.
    if (e.needle.length === 1) for (let b = 0; b < 65536; b += 1) pairs[pairKey(c, b)] = 1;
    else pairs[pairKey(c, e.needle.charCodeAt(1))] = 1;
    if (slots[c] === 0) {
      lists.push([]);
      slots[c] = lists.length;
    }
    lists[slots[c]! - 1]!.push(e);
  }
  return { slots, lists, pairs };
}

function windowOf(lower: string, from: number, to: number): string {
  return from === 0 && to >= lower.length ? lower : lower.slice(from, to);
}

export interface PhraseHit<T> {
  payload: T;
  start: number;
  end: number;
}

export type PhraseEnd = 'word' | 'stem';

interface Entry<T> {
  needle: string;
  /** An acronym ("KI", "IA", "AI") is matched in capitals only: lower-cased it is an everyday word. */
  exact: string | null;
  payload: T;
  capitalised: boolean;
  end: PhraseEnd;
}

/** A set of phrases of one language, each with what it stands for. */
export class PhraseFinder<T> {
  private readonly entries: Entry<T>[] = [];

  constructor(private readonly pack: Pick<LanguagePack, 'spaced' | 'inflection' | 'prefixes'>) {}

  /**
   * `end`: "word" lets the phrase take up to the pack's inflection letters and then end; "stem"
   * lets any letters follow. `capitalised`: only where the page writes it with a capital.
   */
  add(phrase: string, payload: T, end: PhraseEnd = 'word', capitalised = false): void {
    const needle = phrase.trim().toLowerCase();
    if (needle.length === 0) return;
    const trimmed = phrase.trim();
    const acronym = /\p{Lu}.*\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase() && trimmed.length <= 5;
    this.entries.push({ needle, payload, capitalised, end, exact: acronym ? trimmed : null });
    this.byFirst = null;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every hit in text[from, to), where `lower` is lowerKeepingOffsets(text). */
  findAll(text: string, lower: string, from = 0, to = text.length): PhraseHit<T>[] {
    if (this.entries.length > FEW) return this.scanAll(text, lower, from, to);
    const hits: PhraseHit<T>[] = [];
    // A window is searched as its own string: indexOf would otherwise run on to the page's end.
    const hay = windowOf(lower, from, to);
    for (const e of this.entries) {
      for (let k = hay.indexOf(e.needle); k !== -1; k = hay.indexOf(e.needle, k + 1)) {
        const at = from + k;
        const end = this.matchEnd(e, text, lower, at, from, to);
        if (end >= 0) hits.push({ payload: e.payload, start: at, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Whether any phrase occurs in text[from, to). */
  has(text: string, lower: string, from = 0, to = text.length): boolean {
    const hay = windowOf(lower, from, to);
    return this.entries.some((e) => {
      for (let k = hay.indexOf(e.needle); k !== -1; k = hay.indexOf(e.needle, k + 1)) {
        if (this.matchEnd(e, text, lower, from + k, from, to) >= 0) return true;
      }
      return false;
    });
  }

  /**
   * One pass: at each character, only the phrases that start with it are tried (a separate
   * indexOf per phrase would read the text once per spelling).
   */
  private scanAll(text: string, lower: string, from: number, to: number): PhraseHit<T>[] {
    const byFirst = (this.byFirst ??= groupByFirst(this.entries));
    const hits: PhraseHit<T>[] = [];
    const { slots, pairs } = byFirst;
    for (let at = from; at < to; at++) {
      const c = lower.charCodeAt(at);
      const slot = slots[c]!;
      if (slot === 0 || pairs[pairKey(c, lower.charCodeAt(at + 1))] === 0) continue;
      // A Latin phrase starts a word in every script: "ed" inside "worked" is no start.
      if (c < 128 && at > from && isAsciiWordChar(lower.charCodeAt(at - 1))) continue;
      for (const e of byFirst.lists[slot - 1]!) {
        if (!lower.startsWith(e.needle, at) || at + e.needle.length > to) continue;
        const end = this.matchEnd(e, text, lower, at, from, to);
        if (end >= 0) hits.push({ payload: e.payload, start: at, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private byFirst: FirstCharIndex<Entry<T>> | null = null;

  /** Where a phrase found at `at` ends once the language's rules are applied: word start, inflection, capitals; -1 when they refuse it. */
  private matchEnd(e: Entry<T>, text: string, lower: string, at: number, from: number, to: number): number {
    const end = this.endAt(lower, at + e.needle.length, e.end, to);
    if (end < 0 || !this.startsWord(lower, at, from, e.needle)) return -1;
    if (e.capitalised && !isCapital(text, at)) return -1;
    if (e.exact !== null && !text.startsWith(e.exact, at)) return -1;
    return end;
  }

  private startsWord(lower: string, at: number, from: number, needle: string): boolean {
    if (!this.pack.spaced || !isWordChar(needle[0])) return true;
    if (at <= from || !isWordChar(lower[at - 1])) return true;
    // A clitic glued to the word: "وماسك", "لألتمان".
    for (const p of this.pack.prefixes) {
      const s = at - p.length;
      if (s >= from && lower.startsWith(p, s) && (s === from || !isWordChar(lower[s - 1]))) return true;
    }
    return false;
  }

  /** Where the match ends once its inflection is read; -1 when the word goes on too long. */
  private endAt(lower: string, end: number, kind: PhraseEnd, to: number): number {
    if (!this.pack.spaced || !isWordChar(lower[end - 1])) return end;
    let e = end;
    while (e < to && isWordChar(lower[e])) e++;
    if (kind === 'stem') return e;
    return e - end <= this.pack.inflection ? e : -1;
  }
}
