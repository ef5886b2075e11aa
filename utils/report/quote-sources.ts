/**
 * The corpus sources behind one quote on the page, shaped for the quote card: which sources carry
 * the utterance, in which words, how each wording differs from the page, and which came first.
 */
import { diffWords } from 'diff';
import type { Source, Wording } from '../corpus/schema';
import type { DiffPart, QuoteMatch } from '../match/types';
import type { ReportIndex } from './page-report';
import { sourceLabelFor } from './source-names';

/** Word diff from a corpus wording (removed parts) to the page's text (added parts). */
export function diffWording(wordingText: string, pageText: string): DiffPart[] {
  return diffWords(wordingText, pageText).map((part) => {
    const out: DiffPart = { value: part.value };
    if (part.added) out.added = true;
    if (part.removed) out.removed = true;
    return out;
  });
}

export interface WordingView {
  wording: Wording;
  /** The engine's diff when it compared this wording, else one computed here. */
  diff: DiffPart[];
  /** The engine's similarity, null when the engine did not compare this wording. */
  similarity: number | null;
}

export interface QuoteSourceView {
  sourceId: string;
  /** null when the report lacks the source record (the label then falls back to the id). */
  source: Source | null;
  label: string;
  published: string | null;
  wordings: WordingView[];
}

/**
 * Every source carrying a wording of the match's utterance, earliest publication first; sources
 * without a date come last. Partial dates compare as text ("2025-01" before "2025-01-22"), which
 * is the best order the dates allow.
 */
export function quoteSources(match: QuoteMatch, index: ReportIndex): QuoteSourceView[] {
  const compared = new Map(match.wordings.map((c, rank) => [c.wordingId, { ...c, rank }]));
  const bySource = new Map<string, WordingView[]>();
  const rankOf = (w: WordingView) => compared.get(w.wording.id)?.rank ?? Number.MAX_SAFE_INTEGER;

  for (const wording of index.wordingsByUtterance.get(match.utteranceId) ?? []) {
    const engine = compared.get(wording.id);
    const view: WordingView = {
      wording,
      diff: engine?.diff.length ? engine.diff : diffWording(wording.text, match.pageText),
      similarity: engine?.similarity ?? null,
    };
    bySource.set(wording.sourceId, [...(bySource.get(wording.sourceId) ?? []), view]);
  }

  const views = [...bySource].map(([sourceId, wordings]): QuoteSourceView => {
    const source = index.sources.get(sourceId) ?? null;
    return {
      sourceId,
      source,
      label: sourceLabelFor(index, sourceId),
      published: source?.published ?? null,
      wordings: wordings.sort((a, b) => rankOf(a) - rankOf(b)),
    };
  });
  return views.sort(byPublication);
}

function byPublication(a: QuoteSourceView, b: QuoteSourceView): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0;
}

/** The sources that carried the quote first (several when they share the earliest date). */
export function firstInCorpus(views: QuoteSourceView[]): QuoteSourceView[] {
  const earliest = views[0]?.published;
  if (!earliest) return [];
  return views.filter((v) => v.published === earliest);
}
