/**
 * What the story's pages name, and what the pages that only look like it name instead. The
 * positive names come from the corpus (speakers, terms, figure cues) plus the venture's partners;
 * the negative ones describe the lookalikes: the Stargate TV franchise, the CIA's psychic
 * programme, other Altmans, and Musk–Altman fights over other things.
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
  weight: number;
}

interface CueSpec {
  label: string;
  group: CueGroup;
  spellings: string[];
  weight: number;
}

const PROFILE: CueSpec[] = [
  { label: 'Stargate', group: 'anchor', spellings: ['Stargate'], weight: 0 },
  { label: 'OpenAI', group: 'partner', spellings: ['OpenAI', 'Open AI'], weight: 1 },
  { label: 'SoftBank', group: 'partner', spellings: ['SoftBank'], weight: 1 },
  { label: 'Oracle', group: 'partner', spellings: ['Oracle'], weight: 1 },
  { label: 'MGX', group: 'partner', spellings: ['MGX'], weight: 1 },
  { label: 'Elon Musk', group: 'person', spellings: ['Musk'], weight: 1 },
  { label: 'Sam Altman', group: 'person', spellings: ['Sam Altman', 'Altman'], weight: 1 },
  { label: 'Donald Trump', group: 'person', spellings: ['Trump'], weight: 0.5 },
  { label: 'Masayoshi Son', group: 'person', spellings: ['Masayoshi Son'], weight: 0.5 },
  { label: 'Larry Ellison', group: 'person', spellings: ['Larry Ellison'], weight: 0.5 },
  { label: 'AI infrastructure', group: 'topic', spellings: ['AI infrastructure'], weight: 1 },
  { label: 'data centers', group: 'topic', spellings: ['data center', 'data centers', 'data centre', 'data centres'], weight: 0.5 },
  { label: 'Abilene', group: 'topic', spellings: ['Abilene'], weight: 1 },
  { label: 'joint venture', group: 'topic', spellings: ['joint venture'], weight: 0.5 },
  // The TV franchise.
  { label: 'Stargate SG-1', group: 'negative', spellings: ['SG-1', 'SG1', 'Stargate Command', 'Stargate Universe', 'Stargate Atlantis'], weight: -3 },
  { label: 'wormhole', group: 'negative', spellings: ['wormhole', 'wormholes', 'Atlantis', 'Teal\u2019c', 'Jack O\u2019Neill', 'Daniel Jackson', 'Goa\u2019uld', 'MGM'], weight: -2 },
  { label: 'TV episodes', group: 'negative', spellings: ['episode', 'episodes', 'season', 'seasons', 'spin-off'], weight: -1 },
  // The CIA programme.
  { label: 'remote viewing', group: 'negative', spellings: ['remote viewing', 'remote viewer', 'remote viewers', 'psychic', 'psychics', 'paranormal', 'clairvoyance', 'declassified', 'Fort Meade'], weight: -2 },
  // Other Altmans.
  { label: 'Robert Altman', group: 'negative', spellings: ['Robert Altman', 'M*A*S*H', 'Nashville', 'filmmaker', 'film director'], weight: -3 },
  { label: 'Altman Z-score', group: 'negative', spellings: ['Z-score', 'Z score', 'Edward Altman', 'bankruptcy'], weight: -3 },
  // Musk on other subjects, and later fights.
  { label: '“funding secured”', group: 'negative', spellings: ['funding secured', 'take Tesla private', 'taking Tesla private', '$420'], weight: -2 },
  { label: 'Tesla deliveries', group: 'negative', spellings: ['deliveries', 'Cybertruck', 'Model Y'], weight: -1 },
  { label: 'the $97.4 billion bid', group: 'negative', spellings: ['$97.4 billion', 'unsolicited bid', 'takeover bid'], weight: -3 },
  { label: '“Scam Altman”', group: 'negative', spellings: ['Scam Altman'], weight: -2 },
  { label: 'the lawsuit trial', group: 'negative', spellings: ['jury', 'jurors', 'trial', 'verdict', 'testified', 'testimony', 'cross-examination'], weight: -1.5 },
];

export function buildStoryCues(corpus: Corpus, tables: NormalizerTables): StoryCue[] {
  const specs = [...PROFILE];
  const known = new Set(specs.flatMap((s) => s.spellings.map((w) => w.toLowerCase())));
  // Every speaker of the corpus is a (weak) sign of the story.
  for (const u of corpus.utterances) {
    const surname = u.speaker?.split(/\s+/).pop();
    if (u.kind === 'statement' && surname && /^[A-Z]/.test(surname) && !known.has(surname.toLowerCase())) {
      known.add(surname.toLowerCase());
      specs.push({ label: u.speaker!, group: 'person', spellings: [surname], weight: 0.5 });
    }
  }
  return specs.map((s) => ({
    label: s.label,
    group: s.group,
    weight: s.weight,
    phrases: s.spellings.map((w) => phraseHashes(w, tables)).filter((p) => p.length > 0),
  }));
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
