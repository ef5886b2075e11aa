/**
 * The evaluation labels stay true to their pages: every labelled passage is found in the page
 * text exactly as the annotator builds it from the DOM, so a page edit cannot silently leave a
 * label pointing at nothing.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledRelevance, occurrencesOf, resolvePageLabel } from '../../../utils/eval/labels';
import { overlapLength } from '../../../utils/eval/score';
import { loadLabels, PAGES_DIR, readEvalPage } from '../../../scripts/eval/eval-set';

/** The shared statement and figure ids of the project brief. */
const STATEMENT_IDS = new Set([
  'musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply', 'altman.respect', 'altman.potus-view',
  'altman.mean-tweet', 'trump.hates', 'trump.hatreds', 'trump.largest', 'trump.almost-immediately',
  'trump.leading-expert', 'musk.evil', 'musk.little-finger', 'weil.compute', 'openai.statement',
  'crusoe.green-energy',
]);
const FIGURE_IDS = new Set([
  'fig.total-investment', 'fig.initial-investment', 'fig.softbank-secured', 'fig.jobs', 'fig.timeframe',
  'fig.partner-count', 'fig.xai-memphis', 'fig.musk-campaign-spend', 'fig.altman-age',
  'fig.altman-democrat-donations', 'fig.altman-biden-donation', 'fig.altman-actblue-donation',
  'fig.ai-capex-forecast', 'fig.softbank-share',
]);

const labels = loadLabels();
const pages = labels.map(readEvalPage);

function overlappingPairs(ranges: Array<{ name: string; ranges: Array<{ start: number; end: number }> }>): string[] {
  const pairs: string[] = [];
  ranges.forEach((a, i) =>
    ranges.slice(i + 1).forEach((b) => {
      if (overlapLength(a.ranges, b.ranges) > 0) pairs.push(`${a.name} / ${b.name}`);
    }),
  );
  return pairs;
}

describe('evaluation set', () => {
  it('labels every page in the pages folder exactly once', () => {
    const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(labels.map((l) => l.file).sort()).toEqual(files);
  });

  it('has at least 24 pages about the story and 20 hard negatives', () => {
    expect(labels.filter((l) => l.about).length).toBeGreaterThanOrEqual(24);
    expect(labels.filter((l) => !l.about).length).toBeGreaterThanOrEqual(20);
  });

  it('uses only the shared statement and figure ids', () => {
    const utterances = labels.flatMap((l) => [...l.quotes, ...(l.ignored ?? [])].map((q) => q.utteranceId));
    expect(utterances.filter((id) => !STATEMENT_IDS.has(id))).toEqual([]);
    expect(labels.flatMap((l) => l.figures.map((f) => f.figureId)).filter((id) => !FIGURE_IDS.has(id))).toEqual([]);
  });
});

describe.each(pages)('$label.file', ({ label, text }) => {
  it('has every labelled passage in its page text', () => {
    // Throws a LabelError naming the page, the label and the text when one does not fit.
    const resolved = resolvePageLabel(label, text);
    expect(resolved.quotes.length + resolved.figures.length).toBe(label.quotes.length + label.figures.length);
  });

  it('labels each passage once: no two quotes or two figures overlap', () => {
    const resolved = resolvePageLabel(label, text);
    const quotes = resolved.quotes.map((q) => ({ name: q.text, ranges: q.ranges }));
    const figures = resolved.figures.map((f) => ({ name: f.text, ranges: [f.range] }));
    expect(overlappingPairs(quotes)).toEqual([]);
    expect(overlappingPairs(figures)).toEqual([]);
  });

  it('labels every occurrence of a labelled quote, not just the first', () => {
    const resolved = resolvePageLabel(label, text);
    const covered = [...resolved.quotes.flatMap((q) => q.ranges), ...resolved.ignored.map((g) => g.range)];
    const unlabelled = label.quotes.flatMap((q) =>
      occurrencesOf(text, q.parts[0]!)
        .map((start) => ({ start, end: start + q.parts[0]!.length }))
        .filter((r) => overlapLength([r], covered) === 0)
        .map((r) => `${q.parts[0]} @${r.start}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('is a short article of 150 to 600 words', () => {
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(600);
  });

  // A related page highlights only what the corpus vouches for, which may be nothing.
  const relevance = labelledRelevance(label);
  if (relevance !== 'related') {
    it(label.about ? 'has something to highlight' : 'has nothing to highlight, being about something else', () => {
      expect(label.quotes.length + label.figures.length > 0).toBe(label.about);
    });
  }
});
