/**
 * Emoji and the words that stand in for them. "🇺🇸", "[America]", "(America)", "[US]" and
 * "(American flag emoji)" all become the one token "<us>", so a quote that swaps the flag for a
 * bracketed word still reads as the same words.
 */
import { foldString } from './chars';

/** Canonical token → bracketed words that editors print instead of the emoji. */
const ALIASES: Record<string, string[]> = {
  '<us>': [
    'america',
    'american flag',
    'american flag emoji',
    'us flag',
    'us flag emoji',
    'flag emoji',
    'usa',
    'us',
    'united states',
    'the us',
    'the united states',
    'flag of the united states',
    'united states flag',
    'the american flag',
    'an american flag',
    'american flag emoji',
  ],
};

let aliasTable: Map<string, string> | null = null;

/** Lower-cases, strips accents and punctuation, collapses spaces: "U.S. flag" → "us flag". */
export function aliasKey(inner: string): string {
  return foldString(inner)
    .replace(/[^\p{L}\p{Nd}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The canonical token for the words inside brackets, or undefined when they are not a stand-in. */
export function substitutionFor(inner: string): string | undefined {
  if (!aliasTable) {
    aliasTable = new Map();
    for (const [canonical, words] of Object.entries(ALIASES)) {
      for (const w of words) aliasTable.set(aliasKey(w), canonical);
    }
  }
  return aliasTable.get(aliasKey(inner));
}

const REGIONAL_A = 0x1f1e6;

/** The canonical token of a flag emoji from its two regional-indicator code points. */
export function flagToken(first: number, second: number): string {
  const code =
    String.fromCharCode(97 + first - REGIONAL_A) + String.fromCharCode(97 + second - REGIONAL_A);
  return code === 'us' ? '<us>' : `<flag:${code}>`;
}

export function emojiToken(codePoint: number): string {
  return `<emoji:${codePoint.toString(16)}>`;
}

export function isRegionalIndicator(cp: number): boolean {
  return cp >= REGIONAL_A && cp <= 0x1f1ff;
}

/** Skin-tone modifiers and tag characters ride on the emoji before them. */
export function isEmojiModifier(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
}
