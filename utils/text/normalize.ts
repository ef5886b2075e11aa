/**
 * Normalisation: the scanner's raw tokens become canonical tokens, in place and in one linear
 * pass. "$10 billion", "$10B", "$10bn" and "10 billion dollars" become one money token;
 * "realise" becomes "realize"; "under way", "co-founder" and "Soft Bank" become one word.
 * Every token keeps the [start, end) of the original text it stands for, so matches map back
 * to the page exactly.
 */
import { IntTable, HashFilter, hashString, hashConcat } from './hash';
import { foldCodes, charClasses, expansionOf, FOLD_EXPANDS, CLASS_MASK, C_LETTER, C_DIGIT } from './chars';
import {
  STOPWORDS, COMMON_WORDS, SCALE_WORDS, SPACED_SCALE_WORDS, CURRENCY_WORDS, JOINING_PREFIXES, COMPOUNDS, NUMBER_WORDS,
} from './lexicon';
import { spellingVariants } from './spelling';
import { DOLLAR_NATIONS, FOREIGN_CURRENCY_WORDS } from './currency';
import { CONTRACTIONS } from './contractions';
import { substitutionFor, flagToken, emojiToken, isRegionalIndicator } from './substitutions';
import {
  scanTokens, type TokenStream, F_NUM, F_MONEY, F_FOREIGN, F_STOP, F_COMMON, F_SUBST, F_PERCENT, G_SPACE, G_HYPHEN,
} from './tokenize';

export type { TokenStream } from './tokenize';

/** The lookup tables normalisation needs; the match index extends the compounds with its own. */
export class NormalizerTables {
  readonly wordKind = new IntTable(1024); // 1 stop, 2 common
  readonly wordKindFilter = new HashFilter();
  readonly spaceScale = new Map<number, number>();
  readonly currency = new Set<number>();
  readonly foreignCurrency = new Set<number>();
  readonly dollarNations = new Set<number>();
  readonly usWord = hashString('us');
  readonly prefixes = new Set<number>();
  readonly percentWord = hashString('percent');
  readonly hundredWord = hashString('hundred');
  /** Number words, read as numbers only before a scale word ("ten billion dollars"). */
  readonly numberWords = new Map<number, number>();
  readonly compounds = new IntTable(256);
  readonly compoundFilter = new HashFilter();
  readonly spelling = new IntTable(2048); // variant hash → index into spellingTargets
  readonly spellingFilter = new HashFilter();
  readonly spellingTargets: Array<{ word: string; hash: number }> = [];
  readonly spellingByWord: Map<string, string>;

  constructor() {
    for (const w of COMMON_WORDS) this.setKind(w, 2);
    for (const w of STOPWORDS) this.setKind(w, 1);
    for (const w of SPACED_SCALE_WORDS) this.spaceScale.set(hashString(w), SCALE_WORDS[w]!);
    for (const w of CURRENCY_WORDS) this.currency.add(hashString(w));
    for (const w of FOREIGN_CURRENCY_WORDS) this.foreignCurrency.add(hashString(w));
    for (const w of DOLLAR_NATIONS) this.dollarNations.add(hashString(w));
    for (const w of JOINING_PREFIXES) this.prefixes.add(hashString(w));
    for (const w of COMPOUNDS) this.addCompound(w);
    for (const [w, n] of Object.entries(NUMBER_WORDS)) this.numberWords.set(hashString(w), n);
    // Spelled-out contractions join like compounds ("do not" → "donot"), then read as the
    // contraction ("dont").
    this.spellingByWord = new Map(spellingVariants());
    for (const [open, short] of Object.entries(CONTRACTIONS)) {
      const joined = open.replace(/ /g, '');
      if (joined !== open) this.addCompound(joined);
      this.spellingByWord.set(joined, short);
    }
    for (const [variant, us] of this.spellingByWord) {
      const h = hashString(variant);
      this.spelling.set(h, this.spellingTargets.length);
      this.spellingFilter.add(h);
      this.spellingTargets.push({ word: us, hash: hashString(us) });
    }
  }

  private setKind(word: string, kind: number): void {
    const h = hashString(word);
    this.wordKind.set(h, kind);
    this.wordKindFilter.add(h);
  }

  addCompound(word: string): void {
    for (const w of [word, word + 's']) {
      const h = hashString(w);
      this.compounds.set(h, 1);
      this.compoundFilter.add(h);
    }
  }

  /** 1 for a function word, 2 for a frequent word, 0 otherwise. */
  kindOf(h: number): number {
    return this.wordKindFilter.mayHave(h) ? Math.max(0, this.wordKind.get(h)) : 0;
  }
}

let defaultTables: NormalizerTables | null = null;
export function defaultNormalizerTables(): NormalizerTables {
  return (defaultTables ??= new NormalizerTables());
}

/** The canonical spelling of a number token: "$10000000000", "#100000", "#10%". */
export function numberWord(value: number, flags: number): string {
  const v = Number(value.toPrecision(12));
  return (flags & F_FOREIGN ? '¤' : flags & F_MONEY ? '$' : '#') + String(v) + (flags & F_PERCENT ? '%' : '');
}

/**
 * How many tokens at i spell a number that a scale word follows: "ten" in "ten billion",
 * "five hundred" in "five hundred billion"; 0 when none does. Alone, "ten" stays a word.
 */
function spelledNumberAt(ts: TokenStream, i: number, tables: NormalizerTables): number {
  if (!tables.numberWords.has(ts.hash[i]!)) return 0;
  let n = 1;
  if (i + 1 < ts.count && ts.gap[i + 1] === G_SPACE && ts.hash[i + 1] === tables.hundredWord) n = 2;
  const next = i + n;
  const scaled = next < ts.count && ts.gap[next] === G_SPACE && tables.spaceScale.has(ts.hash[next]!);
  return scaled ? n : 0;
}

function numberWordValue(ts: TokenStream, i: number, n: number, tables: NormalizerTables): number {
  return tables.numberWords.get(ts.hash[i]!)! * (n === 2 ? 100 : 1);
}

/**
 * The currency words after an amount at j: "dollars", "US dollars", "US-Dollar" (US dollars);
 * "euros", "Australian dollars", "Hong Kong dollars" (another currency). Null when none.
 */
function currencyWordsAt(ts: TokenStream, j: number, tables: NormalizerTables): { end: number; foreign: boolean } | null {
  const { hash: H, gap: G } = ts;
  const joined = (q: number) => q < ts.count && (G[q] === G_SPACE || G[q] === G_HYPHEN);
  if (tables.currency.has(H[j]!)) return { end: j + 1, foreign: false };
  if (tables.foreignCurrency.has(H[j]!)) return { end: j + 1, foreign: true };
  // A country's name before "dollars": one word ("Canadian") or two ("Hong Kong", "New Zealand").
  for (let q = j; q < j + 2 && joined(q + 1); q++) {
    if (!tables.currency.has(H[q + 1]!)) continue;
    if (H[q] === tables.usWord && q === j) return { end: q + 2, foreign: false };
    if (tables.dollarNations.has(H[q]!)) return { end: q + 2, foreign: true };
  }
  return null;
}

/** Turns the scanner's raw tokens into canonical tokens (see the module comment). */
export function normalizeTokens(ts: TokenStream, tables: NormalizerTables = defaultNormalizerTables()): TokenStream {
  const { hash: H, start: S, end: E, len: L, flags: F, gap: G } = ts;
  const cnt = ts.count;
  const rawValues = ts.values;
  const values = new Map<number, number>();
  let o = 0;
  let i = 0;
  while (i < cnt) {
    let h = H[i]!;
    let f = F[i]!;
    let e = E[i]!;
    let l = L[i]!;
    let j = i + 1;
    const spelled = f & F_NUM ? 0 : spelledNumberAt(ts, i, tables);
    if (spelled > 0) {
      f |= F_NUM;
      e = E[i + spelled - 1]!;
      j = i + spelled;
    }
    if (f & F_NUM) {
      let v = spelled > 0 ? numberWordValue(ts, i, spelled, tables) : rawValues.get(i) ?? 0;
      if (j < cnt && G[j] === G_SPACE) {
        const scale = tables.spaceScale.get(H[j]!);
        if (scale !== undefined) {
          v *= scale;
          e = E[j++]!;
        }
      }
      const currency = j < cnt && G[j] === G_SPACE ? currencyWordsAt(ts, j, tables) : null;
      if (currency) {
        f |= F_MONEY | (currency.foreign ? F_FOREIGN : 0);
        j = currency.end;
        e = E[j - 1]!;
      } else if (j < cnt && G[j] === G_SPACE && H[j] === tables.percentWord) {
        f |= F_PERCENT;
        e = E[j++]!;
      }
      const word = numberWord(v, f);
      h = hashString(word);
      l = word.length;
      values.set(o, v);
    } else if (!(f & F_SUBST)) {
      // Join compounds: "co-founder", "under way", "Soft Bank".
      while (j < cnt) {
        const g = G[j]!;
        if (g !== G_SPACE && g !== G_HYPHEN) break;
        if (F[j]! & (F_NUM | F_SUBST)) break;
        const joined = hashConcat(h, H[j]!, L[j]!);
        const joins =
          (g === G_HYPHEN && tables.prefixes.has(h)) ||
          (tables.compoundFilter.mayHave(joined) && tables.compounds.get(joined) === 1);
        if (!joins) break;
        h = joined;
        l += L[j]!;
        e = E[j++]!;
      }
      if (tables.spellingFilter.mayHave(h)) {
        const t = tables.spelling.get(h);
        if (t >= 0) {
          const target = tables.spellingTargets[t]!;
          h = target.hash;
          l = target.word.length;
        }
      }
      const kind = tables.kindOf(h);
      f = (f & ~(F_STOP | F_COMMON)) | (kind === 1 ? F_STOP : kind === 2 ? F_COMMON : 0);
    }
    H[o] = h;
    S[o] = S[i]!;
    E[o] = e;
    L[o] = l;
    F[o] = f;
    G[o] = G[i]!;
    o++;
    i = j;
  }
  ts.count = o;
  ts.values = values;
  return ts;
}

/** Tokenises and normalises a text: the engine's single pass over a page. */
export function normalizeText(text: string, tables?: NormalizerTables): TokenStream {
  return normalizeTokens(scanTokens(text), tables);
}

/**
 * The canonical word of token k as a string (slow path: tables, tests, diffs). Its hash is the
 * token's hash.
 */
export function tokenWord(ts: TokenStream, k: number, tables: NormalizerTables = defaultNormalizerTables()): string {
  const f = ts.flags[k]!;
  if (f & F_NUM) return numberWord(ts.values.get(k) ?? 0, f);
  const raw = ts.text.slice(ts.start[k]!, ts.end[k]!);
  if (f & F_SUBST) return canonicalSubstitution(raw) ?? raw;
  const fold = foldCodes();
  const cls = charClasses();
  let w = '';
  for (let q = 0; q < raw.length; q++) {
    const c = raw.charCodeAt(q);
    const kind = cls[c]! & CLASS_MASK;
    if (kind !== C_LETTER && kind !== C_DIGIT) continue;
    const f2 = fold[c]!;
    w += f2 === FOLD_EXPANDS ? expansionOf(c) : String.fromCharCode(f2);
  }
  return tables.spellingByWord.get(w) ?? w;
}

function canonicalSubstitution(raw: string): string | undefined {
  if (raw.startsWith('(') || raw.startsWith('[') || raw.startsWith('（') || raw.startsWith('［')) {
    return substitutionFor(raw.slice(1, -1));
  }
  const cp = raw.codePointAt(0) ?? 0;
  if (isRegionalIndicator(cp)) return flagToken(cp, raw.codePointAt(2) ?? 0);
  return emojiToken(cp);
}

/** The canonical words of a text, for tests and table building. */
export function normalizeWords(text: string, tables?: NormalizerTables): string[] {
  const ts = normalizeText(text, tables);
  const out: string[] = [];
  for (let k = 0; k < ts.count; k++) out.push(tokenWord(ts, k, tables));
  return out;
}
