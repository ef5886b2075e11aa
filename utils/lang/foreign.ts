/**
 * The story read in the page's own language, beside the English reader: the story's names in
 * that language's scripts and spellings (counted into the same cues the detector weighs), its
 * figures in local formats, and quotes in translation. Each language is prepared the first time
 * a page in it is read, so English pages pay nothing for the other fifteen.
 */
import type { Corpus } from '../corpus/schema';
import type { LanguagePack } from '../corpus/language-pack';
import type { PreparedFigure } from '../figures/tie';
import type { StoryCue } from '../match/story-profile';
import type { FigureMatch, QuoteMatch, TextRange } from '../match/types';
import { identifyLanguage } from './identify';
import { englishPack, languagePacks } from './packs';
import { lowerKeepingOffsets, PhraseFinder } from './phrases';
import { readLocalFigures, type LocalFigure } from './figures';
import { figureWords, type FigureWords } from './figure-words';
import { buildFigureTieIndex, tieLocalFigures, type FigureTieIndex } from './figure-ties';
import { findQuotations } from './quotations';
import { buildTranslationIndex, findTranslatedQuotes, type TranslationIndex } from './translated';

interface PreparedLanguage {
  pack: LanguagePack;
  /** Each spelling → the index of its cue in the story profile. */
  cues: PhraseFinder<number>;
  /** The story's names (venture, partners, people): a sentence naming one speaks of the story. */
  names: PhraseFinder<true>;
  figureWords: FigureWords;
  ties: FigureTieIndex;
  translation: TranslationIndex;
}

export interface ForeignIndex {
  corpus: Corpus;
  storyCues: StoryCue[];
  figures: PreparedFigure[];
  prepared: Map<string, PreparedLanguage>;
  /** Utterance id → idea id → the idea's words for the card. */
  ideaLabels: Map<string, Map<string, string>>;
}

export function buildForeignIndex(corpus: Corpus, storyCues: StoryCue[], figures: PreparedFigure[]): ForeignIndex {
  const ideaLabels = new Map(corpus.utterances.map((u) => [u.id, new Map((u.ideas ?? []).map((i) => [i.id, i.label]))]));
  return { corpus, storyCues, figures, prepared: new Map(), ideaLabels };
}

function prepare(index: ForeignIndex, pack: LanguagePack): PreparedLanguage {
  const cues = new PhraseFinder<number>(pack);
  const names = new PhraseFinder<true>(pack);
  index.storyCues.forEach((cue, i) => {
    const spellings = pack.cues[cue.id] ?? [];
    for (const s of spellings) {
      cues.add(s, i, 'word', cue.capitalised);
      if (cue.group === 'anchor' || cue.group === 'partner' || cue.group === 'person') names.add(s, true, 'word', cue.capitalised);
    }
  });
  const fw = figureWords(pack);
  return {
    pack,
    cues,
    names,
    figureWords: fw,
    ties: buildFigureTieIndex(index.figures, pack),
    translation: buildTranslationIndex(index.corpus, pack, englishPack(), fw),
  };
}

export interface ForeignReading {
  language: string;
  /** Occurrences of each story cue, spelled in the page's language (same order as the profile). */
  counts: Int32Array;
  quotes: QuoteMatch[];
  figures: FigureMatch[];
  /** English readings this reader read better: "$500" of "$500 млрд". */
  supersedes: FigureMatch[];
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/**
 * Reads a page in its language; null for an English page. `english`: what the English reader
 * found, which stands (a tweet quoted in English inside a German article is an English quote).
 */
export function readForeign(text: string, index: ForeignIndex, english: { quotes: QuoteMatch[]; figures: FigureMatch[] }): ForeignReading | null {
  const guess = identifyLanguage(text, languagePacks());
  if (guess.language === 'en') return null;
  const pack = languagePacks().find((p) => p.language === guess.language)!;
  let lang = index.prepared.get(pack.language);
  if (!lang) {
    lang = prepare(index, pack);
    index.prepared.set(pack.language, lang);
  }
  const lower = lowerKeepingOffsets(text);
  const counts = new Int32Array(index.storyCues.length);
  const cueHits = lang.cues.findAll(text, lower);
  for (const hit of cueHits) counts[hit.payload]!++;
  const personHits = cueHits.filter((h) => index.storyCues[h.payload]!.group === 'person');
  const taken: TextRange[] = english.quotes.flatMap((q) => q.ranges);
  const quotations = findQuotations(text, 0, text.length, pack.dialogueDash).filter((q) => !taken.some((r) => overlaps(r, q)));
  const labels = index.ideaLabels;
  const quotes: QuoteMatch[] = findTranslatedQuotes(text, lower, quotations, lang.translation).map((t) => {
    const ideaLabel = (id: string) => labels.get(t.utteranceId)?.get(id) ?? id;
    const range = { start: t.quotation.start, end: t.quotation.end };
    return {
      kind: 'quote',
      id: '',
      matchClass: 'translated',
      fidelity: 'translated',
      ranges: [range],
      utteranceId: t.utteranceId,
      score: t.matched.length / (t.matched.length + t.missing.length),
      wordings: [],
      pageText: text.slice(range.start, range.end),
      translation: { language: pack.language, matched: t.matched.map(ideaLabel), missing: t.missing.map(ideaLabel) },
    };
  });
  const supersedes: FigureMatch[] = [];
  const read = [...readLocalFigures(text, lower, lang.figureWords), ...agesAfterNames(text, personHits)].sort((a, b) => a.start - b.start);
  const mentions = read.filter((m, i) => {
    if (i > 0 && overlaps(read[i - 1]!, m)) return false;
    const under = english.figures.filter((f) => overlaps(f.range, m));
    // The English reader's "$500" inside "$500 млрд" gives way; a figure it read whole stands.
    const wider = under.every((f) => m.start <= f.range.start && m.end >= f.range.end && m.end - m.start > f.range.end - f.range.start && f.value !== m.value);
    if (under.length > 0 && wider) supersedes.push(...under);
    return under.length === 0 || wider;
  });
  const namesStory = (from: number, to: number) => lang!.names.has(text, lower, from, to);
  const figures = tieLocalFigures(text, lower, mentions, lang.ties, namesStory, pack.language);
  return { language: pack.language, counts, quotes, figures, supersedes };
}

/** "올트먼(39)", "Альтману 39,", "奥特曼（39歲）": a person's age right after the name. */
const AGE_AFTER_NAME = /^[^\S\n]*[(（,，、]?[^\S\n]*([0-9０-９]{2})[^\S\n]*(?:歳|세|岁|歲)?[^\S\n]*[)）,，、]/;

function agesAfterNames(text: string, personHits: ReadonlyArray<{ start: number; end: number }>): LocalFigure[] {
  const out: LocalFigure[] = [];
  for (const hit of personHits) {
    const m = AGE_AFTER_NAME.exec(text.slice(hit.end, hit.end + 16));
    if (!m) continue;
    const value = Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    if (value < 16 || value > 110) continue;
    const start = hit.end + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, numberStart: start, value, unit: 'years', qualifier: 'exact', form: 'age' });
  }
  return out;
}
