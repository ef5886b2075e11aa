/**
 * The cheap gate every page goes through before the engine is loaded: no corpus, a few regular
 * expressions. It may let lookalike pages through (the full detector turns them away) but must
 * never stop a page about the story.
 */
import GATE_WORDS from '../lang/gate-words.json';

/**
 * What the detector needs before a page can be about the story (detect.ts: it names the venture,
 * two partners, or Musk and Altman) narrowed to what one pass finds cheaply: Stargate, SoftBank
 * (also "Soft Bank"), $500B in its printed forms (the venture's pages without its name give it),
 * or Musk with Altman. The quotes' words are not looked for: without the story's names the detector
 * never takes a page, and every branch that starts at a common letter is tried at every such letter
 * of a multi-megabyte page. No optional "$ " before the 500 for the same reason.
 */
const LATIN_HINTS = /stargate|soft\s?bank|500\s?(?:billion|bn\b|b\b)/i.source;
/**
 * The other languages' and scripts' spellings come from the language packs (gate-words.json, made
 * by scripts/lang/gate-words.ts): スターゲート, 软银, Старгейт, ستارغيت…; and Musk and Altman in each.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => words.map(escape).join('|');
const STORY_HINTS = new RegExp(`${LATIN_HINTS}|${alternation(GATE_WORDS.story)}`, 'i');
/** The hints and Musk's name in one pattern, so a page about neither is read only once. */
const HINTS_OR_MUSK = new RegExp(`${STORY_HINTS.source}|(musk|${alternation(GATE_WORDS.musk)})`, 'i');
const ALTMAN = new RegExp(`altman|${alternation(GATE_WORDS.altman)}`, 'i');

function firstHint(text: string): 'story' | 'musk' | null {
  const found = HINTS_OR_MUSK.exec(text);
  if (!found) return null;
  // Musk named before any hint: the rest of the text may still hold one.
  return found[1] === undefined || STORY_HINTS.test(text) ? 'story' : 'musk';
}

export function mightBeAboutStory(text: string, title = ''): boolean {
  // Title and text each on their own: joining them would copy the whole page text once more.
  const inTitle = firstHint(title);
  const inText = inTitle === 'story' ? 'story' : firstHint(text);
  if (inTitle === 'story' || inText === 'story') return true;
  return (inTitle === 'musk' || inText === 'musk') && (ALTMAN.test(title) || ALTMAN.test(text));
}
