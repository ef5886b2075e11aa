/**
 * A small table of words that translations and paraphrases swap for one another. It is used
 * only to recognise reworded quotes and to tell a reworded quote from a merely close one; it
 * never makes two different words compare equal in an exact match.
 */
import { hashString } from '../text/hash';
import { normalizeWords, tokenWord, type NormalizerTables } from '../text/normalize';
import { stem } from '../text/stem';
import { F_NUM, F_STOP, F_SUBST, type TokenStream } from '../text/tokenize';

/** Each line: one concept; its first word names it. Words as printed; normalised on load. */
const GROUPS = `
achievement accomplishment feat
achievements accomplishments feats
sincerely genuinely truly honestly
respect admire esteem
think believe consider
inspiring inspirational
entrepreneur businessman founder
has have got had holds owns possesses
well way far much significantly
under less below fewer beneath short
businesses companies firms enterprises
business company firm enterprise
money funds funding cash capital financing
secured locked raised committed
good reliable solid excellent
authority sources source
wrong incorrect false mistaken untrue
surely certainly definitely clearly
know aware
country nation land
optimal best ideal
realize understand recognize
hope wish
mostly primarily mainly largely
site location facility
visit tour
come see
actually really indeed reality
largest biggest
history ever
build construct
create generate
jobs positions employment
hates despises dislikes
hatreds hatred animosity grudges resentment
amazing incredible fantastic wonderful
america <us> usa
leadership dominance supremacy
said says stated wrote told
new latest
role job position
first ahead foremost
secure ensure guarantee
massive huge enormous substantial
benefit benefits
models model
products product
compute computing
tweet post
mean nasty rude
put set place
not dont doesnt didnt havent hasnt hadnt isnt arent wasnt werent never
`;

let concepts: Map<number, number> | null = null;

/** Word hash → concept hash (the hash of the group's first word). */
export function conceptTable(): Map<number, number> {
  if (concepts) return concepts;
  concepts = new Map();
  for (const line of GROUPS.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    const head = hashString(normalizeWords(words[0]!)[0] ?? words[0]!);
    for (const w of words) {
      const norm = w.startsWith('<') ? [w] : normalizeWords(w);
      if (norm.length === 1) concepts.set(hashString(norm[0]!), head);
    }
  }
  return concepts;
}

export function conceptOf(h: number): number {
  return conceptTable().get(h) ?? h;
}

export function hasSynonyms(h: number): boolean {
  return conceptTable().has(h);
}

/**
 * What token k means, for comparing bags of words: its synonym group, else its stem
 * ("accomplished" and "accomplishments" mean the same here). Function words, numbers and
 * stand-ins keep their own hash.
 */
export function meaningOf(ts: TokenStream, k: number, tables: NormalizerTables): number {
  const h = ts.hash[k]!;
  if (hasSynonyms(h) || ts.flags[k]! & (F_STOP | F_NUM | F_SUBST)) return conceptOf(h);
  const word = tokenWord(ts, k, tables);
  const root = stem(word);
  return root === word ? h : conceptOf(hashString(root));
}
