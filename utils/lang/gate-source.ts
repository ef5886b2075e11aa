/**
 * What the every-page gate looks for, drawn from the language packs: each spelling of the venture
 * and of SoftBank (a page with one may be about the story), and of Musk and Altman (a page with
 * both may be). Spellings the gate's own Latin pattern finds already ("Stargate", "SoftBank",
 * "Musks", "Altmana") are left out, so the lists hold only other scripts' and languages' forms.
 */
import type { LanguagePack } from '../corpus/language-pack';

export interface GateWords {
  story: string[];
  musk: string[];
  altman: string[];
}

const LATIN_STORY = /stargate|soft\s?bank/i;

function spellings(packs: readonly LanguagePack[], cue: string, covered: RegExp): string[] {
  const all = [...new Set(packs.flatMap((p) => p.cues[cue] ?? []).map((s) => s.trim().toLowerCase()))];
  const kept = all.filter((s) => s.length > 1 && !covered.test(s));
  // "Маскові" is found wherever "Маск" is: keep the shortest.
  return kept.filter((s) => !kept.some((t) => t !== s && s.includes(t))).sort();
}

export function gateWordsFromPacks(packs: readonly LanguagePack[]): GateWords {
  return {
    story: spellings(packs, 'stargate', LATIN_STORY).concat(spellings(packs, 'softbank', LATIN_STORY)),
    musk: spellings(packs, 'musk', /musk/i),
    altman: spellings(packs, 'altman', /altman/i),
  };
}
