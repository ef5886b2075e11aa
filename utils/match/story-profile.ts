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

export type CueGroup = 'anchor' | 'partner' | 'person' | 'topic' | 'negative';

export interface StoryCue {
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
  weight: number;
}

interface CueSpec {
  label: string;
  group: CueGroup;
  spellings: string[];
  weight: number;
  capitalised?: boolean;
  ai?: boolean;
  fullName?: boolean;
}

const PROFILE: CueSpec[] = [
  { label: 'Stargate', group: 'anchor', spellings: ['Stargate'], weight: 0 },
  { label: 'OpenAI', group: 'partner', spellings: ['OpenAI', 'Open AI'], weight: 1, ai: true },
  { label: 'SoftBank', group: 'partner', spellings: ['SoftBank'], weight: 1 },
  { label: 'Oracle', group: 'partner', spellings: ['Oracle'], weight: 1, capitalised: true },
  { label: 'MGX', group: 'partner', spellings: ['MGX'], weight: 1 },
  { label: 'Elon Musk', group: 'person', spellings: ['Musk'], weight: 1, capitalised: true },
  { label: 'Sam Altman', group: 'person', spellings: ['Altman'], weight: 1 },
  { label: 'Donald Trump', group: 'person', spellings: ['Trump'], weight: 0.5, capitalised: true },
  { label: 'Masayoshi Son', group: 'person', spellings: ['Masayoshi Son'], weight: 0.5 },
  { label: 'Larry Ellison', group: 'person', spellings: ['Larry Ellison'], weight: 0.5 },
  // Either man by his full name: unlike a bare "Musk", never part of another name (the Musk Ox Chase).
  { label: 'a principal by full name', group: 'topic', spellings: ['Elon Musk', 'Sam Altman'], weight: 0, fullName: true },
  { label: 'AI infrastructure', group: 'topic', spellings: ['AI infrastructure'], weight: 1, ai: true },
  { label: 'data centers', group: 'topic', spellings: ['data center', 'data centers', 'data centre', 'data centres'], weight: 0.5, ai: true },
  { label: 'artificial intelligence', group: 'topic', spellings: ['AI', 'A.I.', 'artificial intelligence', 'ChatGPT', 'xAI'], weight: 0, ai: true },
  { label: 'Abilene', group: 'topic', spellings: ['Abilene'], weight: 0.5 },
  { label: 'joint venture', group: 'topic', spellings: ['joint venture'], weight: 0.5 },
  // Other things called Stargate: the TV franchise and the CIA's psychic programme.
  { label: 'Stargate SG-1', group: 'negative', spellings: ['SG-1', 'SG1', 'Stargate Command', 'Stargate Universe', 'Stargate Atlantis'], weight: -3 },
  { label: 'wormhole', group: 'negative', spellings: ['wormhole', 'wormholes', 'Atlantis', 'Teal\u2019c', 'Jack O\u2019Neill', 'Daniel Jackson', 'Goa\u2019uld', 'MGM'], weight: -2 },
  { label: 'remote viewing', group: 'negative', spellings: ['remote viewing', 'remote viewer', 'remote viewers', 'psychic', 'psychics', 'paranormal', 'clairvoyance', 'declassified', 'Fort Meade'], weight: -2 },
  // Other Altmans.
  { label: 'Robert Altman', group: 'negative', spellings: ['Robert Altman', 'M*A*S*H', 'Nashville', 'filmmaker', 'film director'], weight: -3 },
  { label: 'Altman Z-score', group: 'negative', spellings: ['Z-score', 'Z score', 'Edward Altman', 'bankruptcy'], weight: -3 },
  // The later Musk–Altman fight: Musk's bid for OpenAI in February 2025.
  { label: 'the $97.4 billion bid', group: 'negative', spellings: ['$97.4 billion', 'unsolicited bid', 'takeover bid'], weight: -3 },
  { label: '“Scam Altman”', group: 'negative', spellings: ['Scam Altman'], weight: -2 },
];

export function buildStoryCues(corpus: Corpus, tables: NormalizerTables): StoryCue[] {
  const specs = [...PROFILE];
  const known = new Set(specs.flatMap((s) => s.spellings.map((w) => w.toLowerCase())));
  // Every speaker of the corpus is a (weak) sign of the story.
  for (const u of corpus.utterances) {
    const surname = u.speaker?.split(/\s+/).pop();
    if (u.kind === 'statement' && surname && /^[A-Z]/.test(surname) && !known.has(surname.toLowerCase())) {
      known.add(surname.toLowerCase());
      specs.push({ label: u.speaker!, group: 'person', spellings: [surname], weight: 0.5, capitalised: true });
    }
  }
  return specs.map((s) => ({
    label: s.label,
    group: s.group,
    weight: s.weight,
    capitalised: s.capitalised ?? false,
    ai: s.ai ?? false,
    fullName: s.fullName ?? false,
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
