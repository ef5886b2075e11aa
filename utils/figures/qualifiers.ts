/**
 * The words before a figure that bound it ("up to", "at least", "well under"…), mapped onto the
 * corpus's qualifier vocabulary, and which qualifiers make the same claim.
 */
import type { Qualifier } from '../corpus/schema';
import { phraseEndsAt, phraseHashes } from '../text/words';
import type { TokenStream } from '../text/tokenize';

/** Longest phrases first, so "way less than" wins over "less than". */
const PHRASES: Array<[string, Qualifier]> = [
  // "did not have even one tenth": the normaliser reads "did not" as "didnt".
  ['not have even', 'less than'],
  ['didnt have even', 'less than'],
  ['doesnt have even', 'less than'],
  ['dont have even', 'less than'],
  ['hasnt even', 'less than'],
  ['not even', 'less than'],
  ['way less than', 'way less than'],
  ['far less than', 'way less than'],
  ['much less than', 'way less than'],
  ['a lot less than', 'way less than'],
  ['well below', 'well under'],
  ['well under', 'well under'],
  ['far below', 'well under'],
  ['no less than', 'at least'],
  ['no fewer than', 'at least'],
  ['in excess of', 'over'],
  ['as much as', 'up to'],
  ['as many as', 'up to'],
  ['just under', 'under'],
  ['fewer than', 'less than'],
  ['less than', 'less than'],
  ['more than', 'more than'],
  ['upward of', 'over'],
  ['upwards of', 'over'],
  ['north of', 'over'],
  ['at least', 'at least'],
  ['up to', 'up to'],
  ['below', 'under'],
  ['under', 'under'],
  ['over', 'over'],
  ['exceed', 'over'],
  ['exceeds', 'over'],
  ['exceeding', 'over'],
  ['top', 'over'],
  ['tops', 'over'],
  ['topping', 'over'],
  ['surpass', 'over'],
  ['surpasses', 'over'],
  ['surpassing', 'over'],
  ['beyond', 'over'],
  ['pass', 'over'],
  ['passes', 'over'],
  ['passing', 'over'],
  ['as high as', 'up to'],
  ['short of', 'under'],
  ['shy of', 'under'],
  ['above', 'over'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
];

let compiled: Array<{ words: number[]; q: Qualifier }> | null = null;

/** A denial a few words before "even" caps the figure after it: "has not lined up even a tenth". */
const NEGATIONS = ['not', 'never', 'didnt', 'doesnt', 'dont', 'hasnt', 'havent', 'hadnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'couldnt', 'wont'];
const DENIAL_REACH = 4;
let even: number | null = null;
let negations: Set<number> | null = null;

function deniedBefore(ts: TokenStream, k: number): number | null {
  even ??= phraseHashes('even')[0]!;
  negations ??= new Set(NEGATIONS.map((w) => phraseHashes(w)[0]!));
  if (k < 1 || ts.hash[k - 1] !== even) return null;
  for (let j = k - 2; j >= Math.max(0, k - 1 - DENIAL_REACH); j--) if (negations.has(ts.hash[j]!)) return k - 1;
  return null;
}

/** The qualifier printed just before token k, with the index of its first word. */
export function qualifierBefore(ts: TokenStream, k: number): { qualifier: Qualifier; from: number } {
  compiled ??= PHRASES.map(([p, q]) => ({ words: phraseHashes(p), q })).sort((a, b) => b.words.length - a.words.length);
  for (const { words, q } of compiled) {
    if (phraseEndsAt(ts, k, words)) return { qualifier: q, from: k - words.length };
  }
  const denied = deniedBefore(ts, k);
  if (denied !== null) return { qualifier: 'less than', from: denied };
  return { qualifier: 'exact', from: k };
}

/** What each qualifier claims about a value: "well under" = "way less than". */
const SENSE: Record<Qualifier, string> = {
  exact: '=',
  about: '=',
  'up to': '<=',
  under: '<',
  'well under': '<',
  'less than': '<',
  'way less than': '<',
  'at least': '>=',
  over: '>',
  'more than': '>',
};

/**
 * A round value and "over" that value make one claim ("100,000 jobs", "over 100,000 jobs": a
 * count is rounded down to its floor); a ceiling does not ("$10B secured" turns "well under $10B"
 * from a denial into the sum), nor does a vague "at least" ("hundreds of thousands" is not
 * "200,000").
 */
export function sameClaim(a: Qualifier, b: Qualifier): boolean {
  const [x, y] = [SENSE[a], SENSE[b]];
  return x === y || (x === '=' && y === '>') || (x === '>' && y === '=');
}
