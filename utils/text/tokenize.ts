/**
 * The one pass over the characters of a text: words and numbers with their offsets, folded
 * hashes, numeric values, and what lies between tokens (quote marks, sentence ends, blocks).
 * Reads char codes through lookup tables and writes into typed arrays: no per-character
 * allocation and no regular expression in the loop.
 */
import {
  charClasses, foldCodes, expansionOf, FOLD_EXPANDS, CLASS_MASK, UPPER_BIT,
  C_LETTER, C_DIGIT, C_SPACE, C_NEWLINE, C_APOS, C_DQUOTE, C_DASH, C_PERIOD, C_COMMA,
  C_OPEN, C_CLOSE, C_CURRENCY, C_SENTENCE, C_SURROGATE, C_MARK, C_PERCENT,
} from './chars';
import { WORD_BASE, hashString } from './hash';
import {
  allocate, grow, push, type TokenStream, G_SPACE, G_BLOCK, G_SENTENCE, G_PUNCT, G_HYPHEN, G_QOPEN, G_QCLOSE, G_SQUOTE,
  F_NUM, F_MONEY, F_CAP, F_SUBST, F_PERCENT, F_ALNUM, F_FOREIGN,
} from './token-stream';
import { codeAroundSign, isForeignSign } from './currency';
import {
  substitutionFor, flagToken, emojiToken, isRegionalIndicator, isEmojiModifier,
} from './substitutions';
import { SCALE_WORDS } from './lexicon';

export * from './token-stream';

/** Marks that open a quotation when their place does not say: “ „ « ‹ 「 『 〝 ‟. */
const OPENING_QUOTES = new Set([0x201c, 0x201e, 0xab, 0x2039, 0x300c, 0x300e, 0x201f, 0x301d]);

/**
 * Whether the quotation mark at i opens or closes. Languages pair the marks differently — “…” in
 * English, „…“ in German, »…« in German books, «…» in French — so a mark's place decides: space
 * before and a word after opens, a word before and space after closes. Only a mark with space
 * (or words) on both sides goes by its usual direction; a straight " there opens before a word.
 */
function quotationOpens(text: string, i: number, cls: Uint8Array): boolean {
  const before = i > 0 ? cls[text.charCodeAt(i - 1)]! & CLASS_MASK : C_SPACE;
  const after = i + 1 < text.length ? cls[text.charCodeAt(i + 1)]! & CLASS_MASK : C_SPACE;
  const spaceBefore = before === C_SPACE || before === C_NEWLINE || before === C_OPEN || before === C_DASH;
  const spaceAfter = after === C_SPACE || after === C_NEWLINE || after === C_CLOSE || after === C_PERIOD || after === C_COMMA || after === C_SENTENCE || after === C_DASH;
  if (spaceBefore !== spaceAfter) return spaceBefore;
  const c = text.charCodeAt(i);
  return c === 0x22 || c === 0xff02 ? !spaceAfter : OPENING_QUOTES.has(c);
}

let suffixScales: Map<number, number> | null = null;
function scaleOfSuffix(h: number): number {
  if (!suffixScales) {
    suffixScales = new Map();
    for (const [w, s] of Object.entries(SCALE_WORDS)) suffixScales.set(hashString(w), s);
  }
  return suffixScales.get(h) ?? 0;
}

/** Finds "[America]"-style stand-ins; returns the index after the closing bracket, or -1. */
function readSubstitution(ts: TokenStream, text: string, i: number, gap: number): number {
  const limit = Math.min(text.length, i + 48);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 41 || c === 93 || c === 0xff09 || c === 0xff3d) {
      const canonical = substitutionFor(text.slice(i + 1, j));
      if (canonical === undefined) return -1;
      push(ts, hashString(canonical), i, j + 1, canonical.length, F_SUBST, gap);
      return j + 1;
    }
    if (c === 10 || c === 40 || c === 91) return -1;
  }
  return -1;
}

/** Reads an astral character at i; emits a token for emoji. Returns the next index. */
function readAstral(ts: TokenStream, text: string, i: number, gap: number): number {
  const cp = text.codePointAt(i)!;
  let next = i + (cp > 0xffff ? 2 : 1);
  if (isEmojiModifier(cp)) return next;
  if (isRegionalIndicator(cp)) {
    const cp2 = text.codePointAt(next) ?? 0;
    if (!isRegionalIndicator(cp2)) return next;
    const token = flagToken(cp, cp2);
    next += 2;
    push(ts, hashString(token), i, next, token.length, F_SUBST, gap);
    return next;
  }
  if (cp >= 0x1f000 && cp <= 0x1faff) {
    const token = emojiToken(cp);
    push(ts, hashString(token), i, next, token.length, F_SUBST, gap);
  }
  return next;
}

/** How many groups of exactly three digits follow, each after the separator at `i`. */
function thousandsGroups(text: string, i: number, cls: Uint8Array): number {
  const sep = text.charCodeAt(i);
  const digitAt = (j: number) => j < text.length && (cls[text.charCodeAt(j)]! & CLASS_MASK) === C_DIGIT;
  let groups = 0;
  for (let j = i; text.charCodeAt(j) === sep && digitAt(j + 1) && digitAt(j + 2) && digitAt(j + 3); j += 4) {
    if (digitAt(j + 4)) return 0;
    groups++;
  }
  return groups;
}

export function scanTokens(text: string): TokenStream {
  const cls = charClasses();
  const fold = foldCodes();
  const n = text.length;
  // About one token per five characters of English; the arrays double when a text has more.
  const ts = allocate(text, Math.max(64, (n / 5) | 0));
  let gap = 0;
  let moneyNext = false;
  let currencyAt = 0;
  let foreignNext = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let raw = cls[c]!;
    let k = raw & CLASS_MASK;
    if (k === C_LETTER || k === C_DIGIT) {
      const start = i;
      const isNum = k === C_DIGIT;
      let flags = raw & UPPER_BIT ? F_CAP : 0;
      let h = 0;
      let len = 0;
      let value = 0;
      let fracScale = 0; // 0 until a decimal point is read
      let sufH = 0;
      let sufLen = 0;
      let segLen = 0; // characters since the last abbreviation dot
      let dotGrouped = false; // "1.000.000": points separate thousands
      while (i < n) {
        c = text.charCodeAt(i);
        raw = cls[c]!;
        k = raw & CLASS_MASK;
        if (k === C_LETTER || k === C_DIGIT) {
          const f = fold[c]!;
          if (f === FOLD_EXPANDS) {
            const x = expansionOf(c);
            for (let q = 0; q < x.length; q++) h = (Math.imul(h, WORD_BASE) + x.charCodeAt(q)) | 0;
            len += x.length;
          } else {
            h = (Math.imul(h, WORD_BASE) + f) | 0;
            len++;
          }
          if (isNum) {
            if (k === C_DIGIT && sufLen === 0) {
              if (fracScale === 0) value = value * 10 + (f - 48);
              else {
                fracScale /= 10;
                value += (f - 48) * fracScale;
              }
            } else {
              sufH = (Math.imul(sufH, WORD_BASE) + f) | 0;
              sufLen++;
            }
          }
          segLen++;
          i++;
          continue;
        }
        if (k === C_MARK) {
          i++;
          continue;
        }
        const k1 = i + 1 < n ? cls[text.charCodeAt(i + 1)]! & CLASS_MASK : -1;
        if (k === C_APOS && !isNum && k1 === C_LETTER) {
          i++;
          continue;
        }
        if (isNum && sufLen === 0 && fracScale === 0 && k1 === C_DIGIT) {
          // Thousands separators have exactly three digits after them: "100,000", "100 000" (a
          // no-break or thin space), "100'000", and "1.000.000" — but a single "100.000" may be
          // a decimal; the figure reader settles that by the unit after it ("100.000 jobs").
          const groups = thousandsGroups(text, i, cls);
          if (k === C_PERIOD) {
            if (!dotGrouped && groups < 2) fracScale = 1;
            else dotGrouped = true;
            i++;
            continue;
          }
          if (groups > 0 && (k === C_COMMA || k === C_APOS || (k === C_SPACE && c !== 32 && c !== 9))) {
            i++;
            continue;
          }
        }
        // "U.S." and "A.I." read as one word.
        if (k === C_PERIOD && !isNum && segLen === 1 && k1 === C_LETTER) {
          const k2 = i + 2 < n ? cls[text.charCodeAt(i + 2)]! & CLASS_MASK : -1;
          if (k2 === C_PERIOD) {
            segLen = 0;
            i++;
            continue;
          }
        }
        break;
      }
      if (isNum) {
        if (sufLen === 0) flags |= F_NUM;
        else {
          const scale = scaleOfSuffix(sufH);
          if (scale > 0) {
            flags |= F_NUM;
            value *= scale;
          } else flags |= F_ALNUM;
        }
        if (moneyNext && flags & F_NUM) flags |= F_MONEY | (foreignNext ? F_FOREIGN : 0);
      }
      // A money token's range includes its currency sign: "$10B" is highlighted whole.
      if (ts.count === ts.hash.length) grow(ts);
      const t = ts.count++;
      ts.hash[t] = h;
      ts.start[t] = flags & F_MONEY ? currencyAt : start;
      ts.end[t] = i;
      ts.len[t] = len > 65535 ? 65535 : len;
      ts.flags[t] = flags;
      ts.gap[t] = gap;
      if (flags & F_NUM) ts.values.set(t, value);
      gap = 0;
      moneyNext = false;
      continue;
    }
    // Between tokens.
    switch (k) {
      case C_SPACE:
        gap |= G_SPACE;
        break;
      case C_NEWLINE:
        gap |= G_BLOCK;
        break;
      case C_PERIOD:
      case C_SENTENCE:
        gap |= G_SENTENCE;
        break;
      case C_DASH: {
        const before = i > 0 ? cls[text.charCodeAt(i - 1)]! & CLASS_MASK : -1;
        const after = i + 1 < n ? cls[text.charCodeAt(i + 1)]! & CLASS_MASK : -1;
        const joins = gap === 0 && (before === C_LETTER || before === C_DIGIT) && (after === C_LETTER || after === C_DIGIT);
        gap |= joins ? G_HYPHEN : G_PUNCT;
        break;
      }
      case C_DQUOTE:
        gap |= quotationOpens(text, i, cls) ? G_QOPEN : G_QCLOSE;
        break;
      case C_APOS:
        gap |= G_SQUOTE;
        break;
      case C_PERCENT:
        if (gap === 0 && ts.count > 0 && ts.flags[ts.count - 1]! & F_NUM) {
          ts.flags[ts.count - 1] = ts.flags[ts.count - 1]! | F_PERCENT;
        }
        else gap |= G_PUNCT;
        break;
      case C_CURRENCY: {
        const code = codeAroundSign(text, i);
        const amountAt = i + 1 + (code?.after ?? 0);
        moneyNext = amountAt < n && (cls[text.charCodeAt(amountAt)]! & CLASS_MASK) === C_DIGIT;
        gap |= G_PUNCT;
        if (!moneyNext) break;
        foreignNext = isForeignSign(text, i, code);
        currencyAt = code ? code.from : i;
        // "US$12bn", "A$10 billion": the code before the sign was read as a word; it is part of the amount.
        while (ts.count > 0 && ts.start[ts.count - 1]! >= currencyAt) gap |= ts.gap[--ts.count]!;
        i = amountAt;
        continue;
      }
      case C_OPEN: {
        const after = readSubstitution(ts, text, i, gap);
        if (after > 0) {
          gap = 0;
          i = after;
          continue;
        }
        gap |= G_PUNCT;
        break;
      }
      case C_SURROGATE: {
        const before = ts.count;
        const after = readAstral(ts, text, i, gap);
        if (ts.count > before) gap = 0;
        i = after;
        continue;
      }
      case C_MARK:
        break;
      default:
        gap |= G_PUNCT;
    }
    i++;
  }
  ts.trailingGap = gap;
  return ts;
}
