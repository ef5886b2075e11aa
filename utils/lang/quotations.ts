/**
 * Where a page quotes someone, in any language's convention: paired marks („…“, »…«, «…», “…”,
 * 「…」, 『…』, ‹…›, "…"), a dialogue dash ("—No tienen el dinero —escribió Musk."), and a
 * quotation set as its own paragraph after a colon ("Altman antwortete:\nFalsch, …"). A
 * quotation never runs over a paragraph end, and an inner quotation inside an outer one is part
 * of it.
 */
export interface Quotation {
  /** The quoted words, without their marks: [start, end) of the page text. */
  start: number;
  end: number;
  how: 'marks' | 'dash' | 'colon-line';
}

/** Every pair of marks any language uses, opening → closing (several closers where usage varies). */
const PAIRS: Record<string, string> = {
  '\u201e': '\u201c\u201d', // „ “ (German, Polish „ ”)
  '\u201c': '\u201d\u201c', // “ ”
  '\u00bb': '\u00ab', // » « (German books)
  '\u00ab': '\u00bb', // « »
  '\u2039': '\u203a',
  '\u203a': '\u2039',
  '\u300c': '\u300d', // 「 」
  '\u300e': '\u300f', // 『 』
  '\u301d': '\u301e\u301f',
  '\u201a': '\u2018\u2019', // ‚ ‘
  '\u2018': '\u2019',
  '"': '"',
  '\uff02': '\uff02',
};
const OPENERS = new RegExp(`[${Object.keys(PAIRS).join('')}]`, 'g');
/** Longer than this (characters) is not one quotation: a stray mark opened it. */
const MAX_QUOTE = 900;
const MIN_QUOTE = 2;
/** A colon-line quotation is a short paragraph. */
const MAX_LINE_QUOTE = 500;

function paragraphEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n === -1 ? text.length : n;
}

/** Quotations in marks, outermost only, in page order. */
function markedQuotations(text: string, from: number, to: number): Quotation[] {
  const out: Quotation[] = [];
  OPENERS.lastIndex = from;
  for (let found = OPENERS.exec(text); found !== null && found.index < to; found = OPENERS.exec(text)) {
    const i = found.index;
    const ch = text[i]!;
    const closers = PAIRS[ch]!;
    if (!opensHere(text, i)) continue;
    const limit = Math.min(to, paragraphEnd(text, i + 1), i + MAX_QUOTE);
    let j = i + 1;
    let depth = 0;
    let closeAt = -1;
    for (; j < limit; j++) {
      const c = text[j]!;
      if (closers.includes(c) && (depth === 0 || c !== ch)) {
        if (depth === 0 && closesHere(text, j)) {
          closeAt = j;
          break;
        }
        if (depth > 0) depth--;
      } else if (c === ch && ch !== '"' && ch !== '\uff02' && opensHere(text, j)) depth++;
    }
    if (closeAt > i + MIN_QUOTE) {
      out.push({ start: i + 1, end: closeAt, how: 'marks' });
      OPENERS.lastIndex = closeAt + 1;
    }
  }
  return out;
}

/** A mark opens where no letter stands right before it ("l'homme" has no quotation). */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  return before === undefined || !/[\p{L}\p{Nd}]/u.test(before) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(before);
}

/** A mark closes where no letter or digit follows glued to a word in spaced scripts ("l’argent"). */
function closesHere(text: string, j: number): boolean {
  const c = text[j]!;
  if (c !== '\u2019' && c !== '\u2018') return true;
  const after = text[j + 1];
  return after === undefined || !/[\p{L}]/u.test(after);
}

/** "— No tienen el dinero —escribió Musk—. …": a paragraph that opens with a dash is speech. */
function dashQuotations(text: string, from: number, to: number): Quotation[] {
  const out: Quotation[] = [];
  for (let p = from; p < to; p = paragraphEnd(text, p) + 1) {
    const end = Math.min(to, paragraphEnd(text, p));
    let s = p;
    while (s < end && /\s/.test(text[s]!)) s++;
    if (text[s] !== '\u2014' && text[s] !== '\u2015' && !(text[s] === '\u2013' && text[s + 1] === ' ')) continue;
    s++;
    while (s < end && text[s] === ' ') s++;
    // The speech runs to the next dash that opens an attribution ("—escribió"), or to the paragraph end.
    let e = s;
    while (e < end && !(/[\u2014\u2015\u2013]/.test(text[e]!) && e > s)) e++;
    let t = e;
    while (t > s && /[\s,.]/.test(text[t - 1]!)) t--;
    if (t - s > MIN_QUOTE) out.push({ start: s, end: t, how: 'dash' });
  }
  return out;
}

/** "Altman antwortete:\nFalsch, wie du sicher weißt." — a short paragraph after one ending in a colon. */
function colonLineQuotations(text: string, from: number, to: number): Quotation[] {
  const out: Quotation[] = [];
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    let c = at - 1;
    while (c >= from && (text[c] === ' ' || text[c] === '\u00a0')) c--;
    if (text[c] !== ':' && text[c] !== '\uff1a') continue;
    let s = at + 1;
    while (s < to && /\s/.test(text[s]!)) s++;
    const e = Math.min(to, paragraphEnd(text, s));
    if (e - s <= MIN_QUOTE || e - s > MAX_LINE_QUOTE || PAIRS[text[s]!] !== undefined) continue;
    let t = e;
    while (t > s && /\s/.test(text[t - 1]!)) t--;
    out.push({ start: s, end: t, how: 'colon-line' });
  }
  return out;
}

/** All quotations of the page, in page order, none inside another. */
export function findQuotations(text: string, from = 0, to = text.length, dialogueDash = true): Quotation[] {
  const marked = markedQuotations(text, from, to);
  const extra = [...(dialogueDash ? dashQuotations(text, from, to) : []), ...colonLineQuotations(text, from, to)];
  const all = [...marked];
  for (const q of extra) if (!all.some((m) => m.start < q.end && q.start < m.end)) all.push(q);
  return all.sort((a, b) => a.start - b.start);
}
