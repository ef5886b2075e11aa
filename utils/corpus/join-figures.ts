/**
 * A figure the user added for a measure the curated corpus already has ("Add this page" gives a
 * figure it tied the curated figure's measure and unit) is read as more statements of that
 * figure, as the corpus manager shows them in one row. The page's figures are then compared with
 * the user's sources too, and the card and the figures table show their values beside the
 * curated sources'. The store keeps the records apart, so a curated update or deleting the
 * user's figure needs no surgery on curated records.
 */
import type { Corpus, Figure } from './schema';

/** Two figures of the same measure and unit are one figure to the reader. */
export const measureKey = (f: Pick<Figure, 'measure' | 'unit'>) => `${f.measure}\u0000${f.unit}`;

export function joinUserFigures(corpus: Corpus): Corpus {
  const curated = new Map<string, Figure>();
  for (const f of corpus.figures) if (f.origin === 'curated' && !curated.has(measureKey(f))) curated.set(measureKey(f), f);
  const joined = new Map<string, Figure>();
  const figures: Figure[] = [];
  for (const f of corpus.figures) {
    const target = f.origin === 'user' ? curated.get(measureKey(f)) : undefined;
    if (!target) {
      figures.push(f);
      continue;
    }
    const into = joined.get(target.id) ?? { ...target, statements: [...target.statements] };
    // The same source may have been added twice; its statement is shown once.
    for (const s of f.statements) if (!into.statements.some((t) => t.sourceId === s.sourceId && t.text === s.text)) into.statements.push(s);
    joined.set(target.id, into);
  }
  if (joined.size === 0) return corpus;
  return { ...corpus, figures: figures.map((f) => joined.get(f.id) ?? f) };
}
