/**
 * What the every-page gate looks for, drawn from the language packs: each spelling of the venture
 * and of SoftBank (a page with one may be about the story), and of Musk and Altman (a page with
 * both may be). Spellings the gate's own Latin pattern finds already ("Stargate", "SoftBank",
 * "Musks", "Altmana") are left out, so the lists hold only other scripts' and languages' forms.
 */
import { languagePacks } from './packs';

export interface GateWords {
  story: string[];
  musk: string[];
  altman: string[];
}

const LATIN_STORY = /stargate|soft\s?bank/i;

function spellings(cue: string, covered: RegExp): string[] {
  const all = [...new Set(languagePacks().flatMap((p) => p.cues[cue] ?? []).map((s) => s.trim().toLowerCase()))];
  const kept = all.filter((s) => s.length > 1 && !covered.test(s));
  // "Маскові" is found wherever "Маск" is: keep the shortest.
  return kept.filter((s) => !kept.some((t) => t !== s && s.includes(t))).sort();
}

export function gateWordsFromPacks(): GateWords {
  return {
    story: spellings('stargate', LATIN_STORY).concat(spellings('softbank', LATIN_STORY)),
    musk: spellings('musk', /musk/i),
    altman: spellings('altman', /altman/i),
  };
}
