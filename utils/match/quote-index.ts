/**
 * The quote side of the match index: every wording (and each utterance's original) tokenised
 * once, an inverted index of hashed word 3-grams (shingles) → postings, and a concept index for
 * reworded quotes. Posting lists of grams shared by many utterances are dropped so that the cost
 * of a page scan does not grow with the corpus.
 */
import type { Corpus, Utterance } from '../corpus/schema';
import { IntTable, hashString, shingleKey } from '../text/hash';
import { NormalizerTables, normalizeText, normalizeWords, tokenWord, type TokenStream } from '../text/normalize';
import { F_STOP, F_COMMON, F_NUM, F_SUBST } from '../text/tokenize';
import { meaningOf } from './synonyms';
import { WordWeights } from './weights';

export const SHINGLE = 3;
/** A gram used by more utterances than this seeds nothing. */
const MAX_GRAM_UTTERANCES = 12;
/** A concept used by more utterances than this proposes no reworded candidate. */
const MAX_CONCEPT_SHARE = 0.2;

export interface MatchTarget {
  utteranceIdx: number;
  /** The wordings printed exactly this way (after normalisation). */
  wordingIds: string[];
  isOriginal: boolean;
  /** Wording form, 'full' for an original. */
  form: 'full' | 'fragment' | 'reworded' | 'translated';
  text: string;
  tokens: TokenStream;
}

export interface UtteranceEntry {
  utterance: Utterance;
  targets: number[];
  /** Token count of its longest whole wording: what a page must cover not to be a fragment. */
  fullLength: number;
  /** The speaker's names as word hashes ("elon", "musk"), to see whether the page names them. */
  speaker: number[];
}

export interface QuoteIndex {
  tables: NormalizerTables;
  weights: WordWeights;
  targets: MatchTarget[];
  utterances: UtteranceEntry[];
  shingles: IntTable;
  postStart: Int32Array;
  postTarget: Int32Array;
  postPos: Int32Array;
  /** Concept hash → utterance indices. */
  concepts: Map<number, number[]>;
  /** Every speaker's names, to tell whose words a page quotes. */
  speakerNames: Set<number>;
}

/** Adds the corpus's own long words ("softbank") as compounds, so "Soft Bank" joins up. */
function collectCompounds(texts: string[], tables: NormalizerTables): void {
  for (const text of texts) {
    const ts = normalizeText(text, tables);
    for (let k = 0; k < ts.count; k++) {
      if (ts.flags[k]! & (F_STOP | F_COMMON | F_NUM | F_SUBST)) continue;
      const w = tokenWord(ts, k, tables);
      if (w.length >= 6 && /^[a-z]+$/.test(w)) tables.addCompound(w);
    }
  }
}

/** The capitalised words of the speaker's name: "Elon Musk" → elon, musk; "Crusoe and Lancium" → crusoe, lancium;
 * each also with a possessive s. */
function speakerWords(u: Utterance, tables: NormalizerTables): number[] {
  const names = (u.speaker ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ');
  const words = normalizeWords(names, tables);
  // "Musk’s" reads as one word, "musks": the possessive names the speaker too.
  return [...words, ...words.map((w) => w + 's')].map(hashString);
}

function sameTokens(a: TokenStream, b: TokenStream): boolean {
  if (a.count !== b.count) return false;
  for (let k = 0; k < a.count; k++) if (a.hash[k] !== b.hash[k]) return false;
  return true;
}

export function buildQuoteIndex(corpus: Corpus): QuoteIndex {
  const tables = new NormalizerTables();
  const statements = corpus.utterances.filter((u) => u.kind === 'statement');
  const wordingsOf = new Map<string, typeof corpus.wordings>();
  for (const w of corpus.wordings) {
    const list = wordingsOf.get(w.utteranceId) ?? [];
    list.push(w);
    wordingsOf.set(w.utteranceId, list);
  }
  collectCompounds([...statements.map((u) => u.original), ...corpus.wordings.map((w) => w.text)], tables);

  const targets: MatchTarget[] = [];
  const utterances: UtteranceEntry[] = [];
  const df = new Map<number, number>();
  for (const u of statements) {
    const ui = utterances.length;
    const entry: UtteranceEntry = { utterance: u, targets: [], fullLength: 0, speaker: speakerWords(u, tables) };
    const candidates: Array<Omit<MatchTarget, 'tokens' | 'utteranceIdx'>> = [];
    if (u.original.trim()) candidates.push({ wordingIds: [], isOriginal: true, form: 'full', text: u.original });
    for (const w of wordingsOf.get(u.id) ?? []) {
      candidates.push({ wordingIds: [w.id], isOriginal: false, form: w.form, text: w.text });
    }
    const seen = new Set<number>();
    for (const c of candidates) {
      const tokens = normalizeText(c.text, tables);
      if (tokens.count === 0) continue;
      const twin = entry.targets.map((t) => targets[t]!).find((t) => sameTokens(t.tokens, tokens));
      if (twin) {
        twin.wordingIds.push(...c.wordingIds);
        if (c.form === 'full') twin.form = 'full';
        continue;
      }
      entry.targets.push(targets.length);
      targets.push({ ...c, utteranceIdx: ui, tokens });
      if (c.form === 'full') entry.fullLength = Math.max(entry.fullLength, tokens.count);
      for (let k = 0; k < tokens.count; k++) seen.add(tokens.hash[k]!);
    }
    if (entry.targets.length === 0) continue;
    if (entry.fullLength === 0) {
      entry.fullLength = Math.max(...entry.targets.map((t) => targets[t]!.tokens.count));
    }
    for (const h of seen) df.set(h, (df.get(h) ?? 0) + 1);
    utterances.push(entry);
  }
  const weights = new WordWeights(df, utterances.length);
  const speakerNames = new Set(utterances.flatMap((u) => u.speaker));
  return { tables, weights, targets, utterances, ...buildShingles(targets), concepts: buildConcepts(targets, utterances.length, tables), speakerNames };
}

function buildShingles(targets: MatchTarget[]) {
  const grams = new Map<number, { utterances: Set<number>; postings: number[] }>();
  targets.forEach((t, ti) => {
    const { hash: H, flags: F, count } = t.tokens;
    for (let i = 0; i + SHINGLE <= count; i++) {
      if (F[i]! & F[i + 1]! & F[i + 2]! & F_STOP) continue;
      const key = shingleKey(H[i]!, H[i + 1]!, H[i + 2]!);
      let g = grams.get(key);
      if (!g) grams.set(key, (g = { utterances: new Set(), postings: [] }));
      g.utterances.add(t.utteranceIdx);
      g.postings.push(ti, i);
    }
  });
  const kept = [...grams].filter(([, g]) => g.utterances.size <= MAX_GRAM_UTTERANCES);
  const shingles = new IntTable(kept.length);
  const total = kept.reduce((n, [, g]) => n + g.postings.length / 2, 0);
  const postStart = new Int32Array(kept.length + 1);
  const postTarget = new Int32Array(total);
  const postPos = new Int32Array(total);
  let q = 0;
  kept.forEach(([key, g], slot) => {
    shingles.set(key, slot);
    postStart[slot] = q;
    for (let p = 0; p < g.postings.length; p += 2) {
      postTarget[q] = g.postings[p]!;
      postPos[q++] = g.postings[p + 1]!;
    }
  });
  postStart[kept.length] = q;
  return { shingles, postStart, postTarget, postPos };
}

function buildConcepts(targets: MatchTarget[], utteranceCount: number, tables: NormalizerTables): Map<number, number[]> {
  const sets = new Map<number, Set<number>>();
  for (const t of targets) {
    const { flags: F, count } = t.tokens;
    for (let k = 0; k < count; k++) {
      if (F[k]! & F_STOP) continue;
      const c = meaningOf(t.tokens, k, tables);
      let s = sets.get(c);
      if (!s) sets.set(c, (s = new Set()));
      s.add(t.utteranceIdx);
    }
  }
  const limit = Math.max(4, Math.ceil(utteranceCount * MAX_CONCEPT_SHARE));
  const concepts = new Map<number, number[]>();
  for (const [c, s] of sets) if (s.size <= limit) concepts.set(c, [...s]);
  return concepts;
}
