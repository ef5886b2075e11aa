/**
 * Quotes in translation. A quotation the page attributes to one of the corpus's speakers is
 * tied to the utterance of that speaker whose ideas it carries most of: each idea is a handful of
 * words in each language ("Geld", "dinero", "資金" for the money), and a figure idea is compared as
 * a number ("deutlich weniger als 10 Mrd. Dollar" carries "under $10B"). Word-for-word matching
 * cannot see these: the words are all different, and a translation often drops a sentence.
 */
import type { Corpus, Utterance } from '../corpus/schema';
import type { LanguagePack } from '../corpus/language-pack';
import { PhraseFinder, type PhraseHit } from './phrases';
import { readLocalFigures } from './figures';
import type { FigureWords } from './figure-words';
import type { Quotation } from './quotations';
import { wordCount } from './segments';

/** The speaker's name counts as near within this many characters before the quotation, in its paragraph… */
const NAMED_BEFORE = 260;
/** …or after it ("—escribió Musk", "», a répondu Altman"). */
const NAMED_AFTER = 160;
/** A speaker named this far back (earlier paragraphs) is implied: "he added". */
const IMPLIED_REACH = 700;
/** A quotation carrying only one idea is taken only when it is this short (words, as the language divides them). */
const SHORT_QUOTE_WORDS = 10;
/** Fewer words than this is a phrase, not a quotation of a statement. */
const MIN_QUOTE_WORDS = 3;
/** Characters past which a quotation holds MIN_QUOTE_WORDS in any language. */
const SURELY_WORDS = 24;
/** A translation is not many times longer than what it translates. */
const MAX_LENGTH_RATIO = 3.5;
const LENGTH_SLACK = 60;

export interface TranslationIndex {
  pack: LanguagePack;
  ideas: PhraseFinder<string>;
  speakers: PhraseFinder<string>;
  /** Utterances with ideas, by speaker. */
  bySpeaker: Map<string, Utterance[]>;
  figureWords: FigureWords;
}

export function buildTranslationIndex(corpus: Corpus, pack: LanguagePack, english: LanguagePack, figureWords: FigureWords): TranslationIndex {
  const ideas = new PhraseFinder<string>(pack);
  for (const [id, words] of Object.entries(pack.ideas)) for (const w of words) ideas.add(w, id, 'stem');
  const speakers = new PhraseFinder<string>(pack);
  const bySpeaker = new Map<string, Utterance[]>();
  for (const u of corpus.utterances) {
    if (u.kind !== 'statement' || !u.speaker || !u.ideas?.length) continue;
    const list = bySpeaker.get(u.speaker) ?? [];
    list.push(u);
    bySpeaker.set(u.speaker, list);
  }
  for (const speaker of bySpeaker.keys()) {
    const cueId = Object.entries(english.cueDefinitions ?? {}).find(([, d]) => d.label === speaker)?.[0];
    const spellings = new Set([...(cueId ? pack.cues[cueId] ?? [] : []), ...(cueId ? english.cues[cueId] ?? [] : [])]);
    // A speaker the profile does not name ("Kevin Weil") is named as the sources write him.
    spellings.add(speaker.split(/\s+/).pop()!);
    for (const s of spellings) speakers.add(s, speaker, 'word');
  }
  return { pack, ideas, speakers, bySpeaker, figureWords };
}

export interface TranslatedQuote {
  quotation: Quotation;
  utteranceId: string;
  matched: string[];
  missing: string[];
  speakerNamed: 'near' | 'implied';
}

/**
 * Who the page may give a quotation to: everyone it names near it, nearest first (near); then
 * those it named in the paragraphs just before (implied: "he added", a quotation set on its own).
 */
function speakersOf(text: string, lower: string, q: Quotation, index: TranslationIndex): Array<{ speakers: string[]; how: 'near' | 'implied' }> {
  const paraStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const nextBreak = text.indexOf('\n', q.end);
  const paraEnd = nextBreak === -1 ? text.length : nextBreak;
  const from = Math.max(paraStart, q.start - NAMED_BEFORE);
  const to = Math.min(paraEnd, q.end + NAMED_AFTER);
  const distance = (h: { start: number; end: number }) => (h.end <= q.start ? q.start - h.end : h.start - q.end);
  const byDistance = (hits: Array<PhraseHit<string>>) => [...new Set(hits.sort((a, b) => distance(a) - distance(b)).map((h) => h.payload))];
  const near = byDistance(index.speakers.findAll(text, lower, from, to).filter((h) => h.end <= q.start || h.start >= q.end));
  const earlier = byDistance(index.speakers.findAll(text, lower, Math.max(0, q.start - IMPLIED_REACH), from)).filter((s) => !near.includes(s));
  return [
    { speakers: near, how: 'near' as const },
    { speakers: earlier, how: 'implied' as const },
  ].filter((c) => c.speakers.length > 0);
}

function ideasIn(text: string, lower: string, q: Quotation, u: Utterance, found: ReadonlySet<string>, index: TranslationIndex): string[] {
  const ideas = u.ideas ?? [];
  const figures = ideas.some((i) => i.value !== undefined) ? readLocalFigures(text, lower, index.figureWords, q.start, q.end) : [];
  return ideas
    .filter((i) => {
      if (i.value === undefined) return found.has(i.id);
      return figures.some((f) => (i.unit === undefined || f.unit === i.unit) && Math.abs(f.value - i.value!) <= 0.01 * i.value!);
    })
    .map((i) => i.id);
}

/** Length as a reader weighs it: a CJK character says about as much as two Latin letters. */
function weighedLength(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return n;
}

/** The utterance of these speakers whose ideas the quotation carries most of, if it carries enough. */
function bestUtterance(
  text: string,
  lower: string,
  q: Quotation,
  quoted: string,
  who: { speakers: string[]; how: 'near' | 'implied' },
  found: ReadonlySet<string>,
  index: TranslationIndex,
): { utteranceId: string; matched: string[]; missing: string[] } | null {
  // The nearest speaker's utterances first: on a tie, the quote is theirs.
  const utterances = who.speakers.flatMap((s) => index.bySpeaker.get(s) ?? []);
  let best: { u: Utterance; matched: string[] } | null = null;
  for (const u of utterances) {
    if (weighedLength(quoted) > MAX_LENGTH_RATIO * u.original.length + LENGTH_SLACK) continue;
    const matched = ideasIn(text, lower, q, u, found, index);
    if (matched.length === 0) continue;
    const share = matched.length / u.ideas!.length;
    if (!best || matched.length > best.matched.length || (matched.length === best.matched.length && share > best.matched.length / best.u.ideas!.length)) {
      best = { u, matched };
    }
  }
  if (!best) return null;
  // One idea alone ties a quotation only when the speaker is named right there, the quotation is
  // short, and the idea is all the utterance says or its signature ("Falsch!", "unwahr").
  if (best.matched.length === 1) {
    const idea = best.u.ideas!.find((i) => i.id === best!.matched[0])!;
    if (who.how !== 'near' || wordCount(quoted, index.pack.language) > SHORT_QUOTE_WORDS || (best.u.ideas!.length > 1 && !idea.signature)) return null;
  }
  const matched = best.matched;
  return { utteranceId: best.u.id, matched, missing: best.u.ideas!.map((i) => i.id).filter((id) => !matched.includes(id)) };
}

export function findTranslatedQuotes(text: string, lower: string, quotations: readonly Quotation[], index: TranslationIndex): TranslatedQuote[] {
  const out: TranslatedQuote[] = [];
  for (const q of quotations) {
    const quoted = text.slice(q.start, q.end);
    const found = new Set(index.ideas.findAll(text, lower, q.start, q.end).map((h) => h.payload));
    if (found.size === 0 && !/\p{Nd}/u.test(quoted)) continue;
    // A word or two ("没钱", "Falsch") is a phrase, not a quotation of a statement. (Any quotation
    // this long holds three words: the segmenter is asked only about short ones.)
    if (quoted.length < SURELY_WORDS && wordCount(quoted, index.pack.language) < MIN_QUOTE_WORDS) continue;
    for (const who of speakersOf(text, lower, q, index)) {
      const tied = bestUtterance(text, lower, q, quoted, who, found, index);
      if (!tied) continue;
      out.push({ quotation: q, ...tied, speakerNamed: who.how });
      break;
    }
  }
  return out;
}
