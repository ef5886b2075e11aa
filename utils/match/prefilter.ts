/**
 * The cheap gate every page goes through before the engine is loaded: no corpus, a few regular
 * expressions. It may let lookalike pages through (the full detector turns them away) but must
 * never stop a page about the story, so it accepts any of the venture's names or figures, the
 * most distinctive quoted phrases, or Musk and Altman named together.
 */

/**
 * Stargate; SoftBank (also "Soft Bank"); $500B in its printed forms; the quotes' signature words.
 * No optional "$ " before the 500: for a yes/no test it finds the same pages, and a pattern that
 * may start at any space is tried at every word of a multi-megabyte page.
 */
const STORY_HINTS =
  /stargate|soft\s?bank|500\s?(?:billion|bn\b|b\b)|half(?:\s+a)?\s+trillion|surely\s+know|have\s+the\s+money|under\s+\$?10\s?(?:billion|bn\b|b\b)/i;
const MUSK = /musk/i;
const ALTMAN = /altman/i;

export function mightBeAboutStory(text: string, title = ''): boolean {
  if (STORY_HINTS.test(title) || STORY_HINTS.test(text)) return true;
  // Title and text each on their own: joining them would copy the whole page text once more.
  return (MUSK.test(title) || MUSK.test(text)) && (ALTMAN.test(title) || ALTMAN.test(text));
}
