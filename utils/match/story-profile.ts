/**
 * What the story's pages name, and what the pages that only look like it name instead. The
 * positive names are the venture, its partners and people (plus the corpus's speakers) and the
 * words that place a page in artificial intelligence; the negative ones are the other things
 * the story's names name: the Stargate TV franchise, the CIA's psychic programme, other Altmans,
 * and the later fight over Musk's bid for OpenAI.
 */
import type { Corpus } from '../corpus/schema';
import { phraseHashes } from '../text/words';
import { hashConcat, hashString } from '../text/hash';
import type { NormalizerTables } from '../text/normalize';
import type { Relates } from '../corpus/language-pack';
import { englishPack } from '../lang/packs';

export type CueGroup = 'anchor' | 'partner' | 'person' | 'topic' | 'negative';

export interface StoryCue {
  /** The cue's id in the language packs ("stargate", "musk"); "speaker:<name>" for a corpus speaker. */
  id: string;
  label: string;
  group: CueGroup;
  /** Each spelling as normalised word hashes. */
  phrases: number[][];
  /** A name that is also an everyday word ("Oracle", "Musk", "Trump") counts only capitalised. */
  capitalised: boolean;
  /** The cue places a page in artificial intelligence, where the story's names mean the story. */
  ai: boolean;
  /** Musk or Altman named in full. */
  fullName: boolean;
  /** Musk or Altman: their quotes are the dispute's evidence (see relevance.ts). */
  principal: boolean;
  /** The grade of relevance the cue speaks for, beside its weight in the score (see relevance.ts). */
  relates: Relates | null;
  weight: number;
}

interface CueSpec {
  id: string;
  label: string;
  group: CueGroup;
  spellings: string[];
  weight: number;
  capitalised?: boolean;
  ai?: boolean;
  fullName?: boolean;
  principal?: boolean;
  relates?: Relates;
}

/** The profile is data: the English pack defines each cue and spells it; other packs spell it in their language. */
function profile(): CueSpec[] {
  const english = englishPack();
  return Object.entries(english.cueDefinitions ?? {}).map(([id, d]) => ({ id, ...d, spellings: english.cues[id] ?? [] }));
}

export function buildStoryCues(corpus: Corpus, tables: NormalizerTables): StoryCue[] {
  const specs = profile();
  const known = new Set(specs.flatMap((s) => s.spellings.map((w) => w.toLowerCase())));
  // Every speaker of the corpus is a (weak) sign of the story.
  for (const u of corpus.utterances) {
    const surname = u.speaker?.split(/\s+/).pop();
    if (u.kind === 'statement' && surname && /^[A-Z]/.test(surname) && !known.has(surname.toLowerCase())) {
      known.add(surname.toLowerCase());
      specs.push({ id: `speaker:${u.speaker}`, label: u.speaker!, group: 'person', spellings: [surname], weight: 0.5, capitalised: true });
    }
  }
  return specs.map((s) => ({
    id: s.id,
    label: s.label,
    group: s.group,
    weight: s.weight,
    capitalised: s.capitalised ?? false,
    ai: s.ai ?? false,
    fullName: s.fullName ?? false,
    principal: s.principal ?? false,
    relates: s.relates ?? null,
    phrases: s.spellings.flatMap((w) => withPossessive(phraseHashes(w, tables), s.group)),
  }));
}

/** A name and its possessive ("Musk’s", read as one word "musks"); other cues as they are. */
function withPossessive(phrase: number[], group: CueGroup): number[][] {
  if (phrase.length === 0) return [];
  if (group !== 'anchor' && group !== 'partner' && group !== 'person') return [phrase];
  const last = phrase.length - 1;
  return [phrase, [...phrase.slice(0, last), hashConcat(phrase[last]!, POSSESSIVE_S, 1)]];
}

/**
 * The words that name the story: the venture, its partners and its people (their one-word
 * names, and the possessive: "Musk", "Musk’s"). A figure that differs from the sources is claimed
 * only in a sentence that names one.
 */
export function storyNames(cues: StoryCue[]): Set<number> {
  const names = new Set<number>();
  for (const cue of cues) {
    if (cue.group !== 'anchor' && cue.group !== 'partner' && cue.group !== 'person') continue;
    // One-word names only: the last word of "Open AI" or "Masayoshi Son" names nothing alone.
    for (const phrase of cue.phrases) {
      if (phrase.length !== 1) continue;
      names.add(phrase[0]!);
      names.add(hashConcat(phrase[0]!, POSSESSIVE_S, 1));
    }
  }
  return names;
}

const POSSESSIVE_S = hashString('s');
