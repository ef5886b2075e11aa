/**
 * npm run bench [-- --json] [-- --corpus FILE]: times the engine against Hypothesis's quote anchoring
 * (indexOf, then approx-string-match) and against the floor (one normalisation pass), on
 * generated pages of 100 kB, 1 MB and 10 MB with planted quotes, and corpora of 1×, 10× and 100×
 * the curated wordings. The approx baseline runs only at 1 MB × 10× (the ratio it is needed for):
 * on 10 MB × 100× it would run for hours. The table gives medians after a warm-up run; the ratios
 * are medians of ratios taken over interleaved pairs of runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { CorpusSchema, type Corpus } from '../utils/corpus/schema';
import { analyzePage, buildMatchIndex, type MatchIndex } from '../utils/match/engine';
import { normalizeText } from '../utils/text/normalize';
import type { PageAnalysis } from '../utils/match/types';
import { approxFind, type ApproxHit } from './approx-baseline';
import { buildPage, withSyntheticWordings, type Planted } from './text-gen';
import { buildMultilingualPage } from './text-gen-multilingual';

const json = process.argv.includes('--json');
const log = (...a: unknown[]) => {
  if (!json) console.log(...a);
  else console.error(...a);
};

function loadCorpus(): { corpus: Corpus; from: string } {
  const flag = process.argv.indexOf('--corpus');
  const curated = 'public/corpus/curated.json';
  const from = flag > 0 ? process.argv[flag + 1]! : existsSync(curated) ? curated : 'tests/fixtures/mini-corpus.json';
  return { corpus: v.parse(CorpusSchema, JSON.parse(readFileSync(from, 'utf8'))), from };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `runs` runs after one warm-up run. */
function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/**
 * The median of b/a over interleaved runs of a and b: the machine is shared, and a ratio taken
 * within one pair of runs is steadier than a ratio of two separate medians.
 */
function pairedRatio(pairs: number, a: () => unknown, b: () => unknown): number {
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    ratios.push((performance.now() - t1) / (t1 - t0));
  }
  return median(ratios);
}

function overlaps(p: Planted, start: number, end: number): boolean {
  return start < p.end && p.start < end;
}

function engineRecall(planted: Planted[], a: PageAnalysis): number {
  const found = planted.filter((p) => a.quotes.some((q) => q.utteranceId === p.utteranceId && q.ranges.some((r) => overlaps(p, r.start, r.end))));
  return found.length / planted.length;
}

function approxRecall(planted: Planted[], hits: ApproxHit[]): number {
  const byUtterance = new Map<string, ApproxHit[]>();
  for (const h of hits) byUtterance.set(h.utteranceId, [...(byUtterance.get(h.utteranceId) ?? []), h]);
  const found = planted.filter((p) => (byUtterance.get(p.utteranceId) ?? []).some((h) => overlaps(p, h.start, h.end)));
  return found.length / planted.length;
}

const SIZES: number[] = [100_000, 1_000_000, 10_000_000];
const SCALES: number[] = [1, 10, 100];
const runsFor = (size: number) => (size >= 10_000_000 ? 3 : size >= 1_000_000 ? 5 : 9);
const label = (size: number) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} kB`);

const { corpus, from } = loadCorpus();
log(`corpus: ${from} (${corpus.wordings.length} wordings, ${corpus.utterances.length} utterances)`);
const corpora = new Map<number, { corpus: Corpus; index: MatchIndex; buildMs: number }>();
for (const scale of SCALES) {
  const c = scale === 1 ? corpus : withSyntheticWordings(corpus, corpus.wordings.length * (scale - 1), 7 * scale);
  const built = time(1, () => buildMatchIndex(c));
  corpora.set(scale, { corpus: c, index: built.result, buildMs: built.ms });
  log(`index ${scale}×: ${c.wordings.length} wordings, built in ${built.ms.toFixed(1)} ms`);
}

const pages = new Map(SIZES.map((size) => [size, buildPage(size, corpus, 42 + size)]));
const rows: Array<Record<string, string | number>> = [];
const engineMs = new Map<string, number>();
const recall = new Map<string, number>();
const floorMs = new Map<number, number>();
for (const size of SIZES) {
  const page = pages.get(size)!;
  floorMs.set(size, time(runsFor(size), () => normalizeText(page.text, corpora.get(1)!.index.quotes.tables).count).ms);
  for (const scale of SCALES) {
    const { index } = corpora.get(scale)!;
    const run = time(runsFor(size), () => analyzePage(page.text, index));
    engineMs.set(`${size}:${scale}`, run.ms);
    recall.set(`${size}:${scale}`, engineRecall(page.planted, run.result));
    rows.push({
      page: label(size),
      corpus: `${scale}×`,
      'engine ms': +run.ms.toFixed(1),
      'floor ms': +floorMs.get(size)!.toFixed(1),
      'MB/s': +(size / 1e6 / (run.ms / 1000)).toFixed(1),
      planted: page.planted.length,
      recall: +(recall.get(`${size}:${scale}`)! * 100).toFixed(1),
      quotes: run.result.quotes.length,
    });
  }
}

// The baseline, where the ratio needs it: the 1 MB page against the 10× corpus.
const mid = pages.get(1_000_000)!;
const approxWordings = corpora.get(10)!.corpus.wordings;
search_warmup();
const approx = time(3, () => approxFind(mid.text, approxWordings));
const approxRec = approxRecall(mid.planted, approx.result);
rows.push({ page: '1 MB', corpus: '10×', 'engine ms': `approx ${approx.ms.toFixed(0)}`, 'floor ms': '', 'MB/s': +(1 / (approx.ms / 1000)).toFixed(3), planted: mid.planted.length, recall: +(approxRec * 100).toFixed(1), quotes: approx.result.length });

function search_warmup(): void {
  approxFind(pages.get(100_000)!.text.slice(0, 20_000), approxWordings.slice(0, 5));
}

// The multilingual page: Japanese with translated quotes and English stretches, 1 MB and 10 MB.
const ml = new Map([1_000_000, 10_000_000].map((size) => [size, buildMultilingualPage(size, corpus, 7 + size)]));
const mlAt = (size: number, scale: number) => () => analyzePage(ml.get(size)!.text, corpora.get(scale)!.index);
const mlFloorAt = (size: number) => () => normalizeText(ml.get(size)!.text, corpora.get(1)!.index.quotes.tables);
const mlRun = time(5, mlAt(1e6, 10));
const mlApprox = time(3, () => approxFind(ml.get(1e6)!.text, approxWordings));
rows.push({ page: '1 MB ja+en', corpus: '10×', 'engine ms': +mlRun.ms.toFixed(1), 'floor ms': +time(5, mlFloorAt(1e6)).ms.toFixed(1), 'MB/s': +(1 / (mlRun.ms / 1000)).toFixed(1), planted: ml.get(1e6)!.planted.length, recall: +(engineRecall(ml.get(1e6)!.planted, mlRun.result) * 100).toFixed(1), quotes: mlRun.result.quotes.length });
rows.push({ page: '1 MB ja+en', corpus: '10×', 'engine ms': `approx ${mlApprox.ms.toFixed(0)}`, 'floor ms': '', 'MB/s': +(1 / (mlApprox.ms / 1000)).toFixed(3), planted: ml.get(1e6)!.planted.length, recall: +(approxRecall(ml.get(1e6)!.planted, mlApprox.result) * 100).toFixed(1), quotes: mlApprox.result.length });

const e = (size: number, scale: number) => engineMs.get(`${size}:${scale}`)!;
const engineAt = (size: number, scale: number) => () => analyzePage(pages.get(size)!.text, corpora.get(scale)!.index);
const floorAt = (size: number) => () => normalizeText(pages.get(size)!.text, corpora.get(1)!.index.quotes.tables);
const ratios = {
  vs_approx: +(e(1e6, 10) / approx.ms).toFixed(5),
  vs_floor: +pairedRatio(9, floorAt(1e6), engineAt(1e6, 10)).toFixed(3),
  scale_page_10x: +pairedRatio(4, engineAt(1e6, 10), engineAt(1e7, 10)).toFixed(3),
  scale_corpus_10x: +pairedRatio(9, engineAt(1e6, 10), engineAt(1e6, 100)).toFixed(3),
  recall: +recall.get(`${1e6}:10`)!.toFixed(4),
  recall_approx: +approxRec.toFixed(4),
  ml_vs_approx: +(mlRun.ms / mlApprox.ms).toFixed(5),
  ml_vs_floor: +pairedRatio(9, mlFloorAt(1e6), mlAt(1e6, 10)).toFixed(3),
  ml_scale_page_10x: +pairedRatio(4, mlAt(1e6, 10), mlAt(1e7, 10)).toFixed(3),
  ml_scale_corpus_10x: +pairedRatio(9, mlAt(1e6, 10), mlAt(1e6, 100)).toFixed(3),
  ml_recall: +engineRecall(ml.get(1e6)!.planted, mlRun.result).toFixed(4),
};
if (!json) {
  console.table(rows);
  console.log('vs_approx        engine / approx, 1 MB page, 10× corpus :', ratios.vs_approx, '(target ≤ 0.02)');
  console.log('vs_floor         engine / one normalisation pass, 1 MB   :', ratios.vs_floor, '(target ≤ 3)');
  console.log('scale_page_10x   engine 10 MB / 1 MB (10× corpus)        :', ratios.scale_page_10x, '(target ≈ 10)');
  console.log('scale_corpus_10x engine 100× / 10× corpus (1 MB page)    :', ratios.scale_corpus_10x, '(target ≤ 2)');
  console.log('recall           engine / approx, 1 MB × 10×             :', ratios.recall, '/', ratios.recall_approx);
  console.log('Multilingual page (Japanese with translated quotes, English stretches):');
  console.log('ml_vs_approx        engine / approx, 1 MB, 10× corpus      :', ratios.ml_vs_approx, '(target ≤ 0.02)');
  console.log('ml_vs_floor         engine / one normalisation pass, 1 MB  :', ratios.ml_vs_floor, '(target ≤ 3)');
  console.log('ml_scale_page_10x   engine 10 MB / 1 MB (10× corpus)       :', ratios.ml_scale_page_10x, '(target ≈ 10)');
  console.log('ml_scale_corpus_10x engine 100× / 10× corpus (1 MB page)   :', ratios.ml_scale_corpus_10x, '(target ≤ 2)');
  console.log('ml_recall           translated quotes found, 1 MB × 10×    :', ratios.ml_recall);
} else {
  console.error(JSON.stringify(rows));
  console.log(JSON.stringify(ratios));
}
