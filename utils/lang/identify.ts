/**
 * Which language a page is written in, from its own text: the script its letters are in
 * (kana is Japanese, hangul Korean, Han alone Chinese, Cyrillic, Arabic, Devanagari, Latin), then,
 * among the packs of that script, the one whose frequent function words the text uses most
 * (German "und der die", Spanish "que los del", Ukrainian "що та він", simplified 这们 against
 * traditional 這們). The page's own markup language is often wrong or missing on syndicated
 * copy, so the text decides.
 */
import type { LanguagePack } from '../corpus/language-pack';

/** Enough text to tell a language; a page's first part is enough and keeps big pages cheap. */
const SAMPLE = 40_000;
/** A non-Latin script counts as the page's when this share of its letters are in it (names stay Latin). */
const SCRIPT_SHARE = 0.2;
/** Kana among the Han and kana letters that make a page Japanese rather than Chinese. */
const KANA_SHARE = 0.08;

type ScriptClass = 'Latn' | 'Cyrl' | 'Arab' | 'Deva' | 'Kana' | 'Hang' | 'Hani';

function scriptOf(c: number): ScriptClass | null {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'Latn' : null;
  if (c >= 0xc0 && c <= 0x24f) return 'Latn';
  if (c >= 0x400 && c <= 0x52f) return 'Cyrl';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'Arab';
  if (c >= 0x900 && c <= 0x97f) return 'Deva';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) return 'Kana';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 'Hang';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'Hani';
  return null;
}

export interface LanguageGuess {
  language: string;
  /** Marker words (or characters) of that language found in the sample. */
  evidence: number;
}

function countScripts(sample: string): Map<ScriptClass, number> {
  const counts = new Map<ScriptClass, number>();
  for (let i = 0; i < sample.length; i++) {
    const s = scriptOf(sample.charCodeAt(i));
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** The pack scripts the page's letters allow. */
function pageScripts(counts: Map<ScriptClass, number>): Set<LanguagePack['script']> {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const share = (s: ScriptClass) => (total === 0 ? 0 : (counts.get(s) ?? 0) / total);
  const han = counts.get('Hani') ?? 0;
  const kana = counts.get('Kana') ?? 0;
  if (share('Hang') >= SCRIPT_SHARE) return new Set(['Kore']);
  if (share('Kana') + share('Hani') >= SCRIPT_SHARE) return new Set(kana / Math.max(1, kana + han) >= KANA_SHARE ? ['Jpan'] : ['Hans', 'Hant']);
  for (const [s, pack] of [['Cyrl', 'Cyrl'], ['Arab', 'Arab'], ['Deva', 'Deva']] as const) if (share(s) >= SCRIPT_SHARE) return new Set([pack]);
  return new Set(['Latn']);
}

function markerCount(pack: LanguagePack, sample: string, lowerWords: Map<string, number> | null): number {
  let n = 0;
  if (pack.spaced && lowerWords) {
    for (const m of pack.markers) n += lowerWords.get(m.toLowerCase()) ?? 0;
    return n;
  }
  for (const m of pack.markers) for (let at = sample.indexOf(m); at !== -1; at = sample.indexOf(m, at + m.length)) n++;
  return n;
}

/** How often each word occurs in the sample, lower-cased. */
function wordCounts(sample: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of sample.toLowerCase().match(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The page's language among the packs; English when nothing else fits better. */
export function identifyLanguage(text: string, packs: readonly LanguagePack[]): LanguageGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const scripts = pageScripts(countScripts(sample));
  const candidates = packs.filter((p) => scripts.has(p.script));
  if (candidates.length === 0) return { language: 'en', evidence: 0 };
  const words = candidates.some((p) => p.spaced) ? wordCounts(sample) : null;
  let best: LanguageGuess = { language: candidates[0]!.language, evidence: -1 };
  for (const p of candidates) {
    const evidence = markerCount(p, sample, words);
    if (evidence > best.evidence) best = { language: p.language, evidence };
  }
  return best;
}
