/**
 * npm run bench:browser [-- --json] [-- --runs N]: what the extension costs in a real browser.
 * Headless Chromium is launched twice, with and without the extension, and the same pages are
 * loaded in both, interleaved, N times each; figures are medians (ratios: medians of per-pair
 * ratios). It measures
 *   - main-thread time (DevTools TaskDuration, ScriptDuration) the extension adds to a 2 MB page
 *     that is not about the story, against that page's own load (target: at most 2%),
 *   - the time from the first content script's start to the highlights on a story page, from the
 *     times the content scripts note in their isolated world,
 *   - the JS heap it adds to pages and its service worker's heap,
 *   - the bytes every page loads (the detector; target at most 50 kB), and that the annotator is
 *     injected into story pages only.
 * With --json the last line is one JSON object.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { bigJapaneseUnrelatedPage, bigUnrelatedPage } from './browser-page';
import { openSession, pageMetrics, serviceWorkerHeap, traceMainThread, type MainThreadTime, type PageMetrics } from './browser-cdp';
import { mightBeAboutStory } from '../utils/match/prefilter';
import type { ContentScriptTimes } from '../utils/dom/timings';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
const EXTENSION_NAME = 'Source Lens';
const json = process.argv.includes('--json');
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7;
/** After load, the detector (document_idle) and anything it starts get this long to finish. */
const SETTLE_MS = 1500;
const log = (...a: unknown[]) => (json ? console.error(...a) : console.log(...a));

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const ms = (x: number) => Math.round(x * 10) / 10;

if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
  log('building the extension first…');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status !== 0) throw new Error('npm run build failed');
}

const BIG = bigUnrelatedPage(2_000_000);
if (mightBeAboutStory(BIG)) throw new Error('the bench page would pass the detector’s gate; it must not be about the story');
const BIG_JA = bigJapaneseUnrelatedPage(2_000_000);
if (mightBeAboutStory(BIG_JA)) throw new Error('the Japanese bench page would pass the detector’s gate; it must not be about the story');
const STORY = readFileSync(resolve(ROOT, 'tests/e2e/pages/story.html'));
const server = createServer((req, res) => {
  if (req.url === '/big.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BIG);
  if (req.url === '/big-ja.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BIG_JA);
  if (req.url === '/story.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);
  res.writeHead(204).end();
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [];
  return chromium.launchPersistentContext('', { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 }, args });
}
const plain = await launch(false);
const annotated = await launch(true);
const worker = annotated.serviceWorkers()[0] ?? (await annotated.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

interface Load extends PageMetrics, MainThreadTime {
  times?: ContentScriptTimes;
  annotatorInjected?: boolean;
  marks: number;
}

/** Loads a page, lets it settle (or waits for highlights), and reads its metrics and our world. */
async function load(context: BrowserContext, path: string, waitForMarks = false): Promise<Load> {
  const page = await context.newPage();
  const { cdp, inWorld } = await openSession(context, page);
  const mainThread = await traceMainThread(
    cdp,
    async () => {
      await page.goto(origin + path, { waitUntil: 'load' });
      if (waitForMarks) await page.waitForSelector('source-lens-mark', { timeout: 20_000 });
      await page.waitForTimeout(SETTLE_MS);
    },
    `chrome-extension://${extensionId}/`,
  );
  const metrics = await pageMetrics(cdp);
  const state = await inWorld<{ times: ContentScriptTimes; annotator: boolean }>(
    EXTENSION_NAME,
    '({ times: globalThis.__sourceLensTimes ?? {}, annotator: typeof globalThis.__sourceLensAnnotator === "object" })',
  );
  const marks = await page.evaluate(() => document.querySelectorAll('source-lens-mark').length);
  await page.close();
  return { ...metrics, ...mainThread, marks, ...(state ? { times: state.times, annotatorInjected: state.annotator } : {}) };
}

log(`Chromium, ${RUNS} interleaved runs per page (after one warm-up), page at ${origin}`);
for (const context of [plain, annotated]) {
  await load(context, '/big.html');
  await load(context, '/big-ja.html');
  await load(context, '/story.html', context === annotated);
}

const big: Record<'plain' | 'annotated', Load[]> = { plain: [], annotated: [] };
const story: Record<'plain' | 'annotated', Load[]> = { plain: [], annotated: [] };
const bigJa: Record<'plain' | 'annotated', Load[]> = { plain: [], annotated: [] };
for (let i = 0; i < RUNS; i++) {
  const order = i % 2 ? (['plain', 'annotated'] as const) : (['annotated', 'plain'] as const);
  for (const which of order) {
    const context = which === 'plain' ? plain : annotated;
    big[which].push(await load(context, '/big.html'));
    bigJa[which].push(await load(context, '/big-ja.html'));
    story[which].push(await load(context, '/story.html', which === 'annotated'));
  }
}

const probe = await annotated.newPage();
const swHeap = await serviceWorkerHeap((await openSession(annotated, probe)).cdp, extensionId);
await probe.close();

const pairs = (xs: Load[], ys: Load[], f: (l: Load) => number) => xs.map((x, i) => f(ys[i]!) - f(x));
const ownMs = big.plain.map((l) => l.totalMs);
const extensionMs = big.annotated.map((l) => l.extensionMs);
const ratio = extensionMs.map((x, i) => x / ownMs[i]!);
log(`extension main-thread ms per run on the 2 MB page: ${extensionMs.map(ms).join(", ")}; page own: ${ownMs.map(ms).join(", ")}`);
const ownJaMs = bigJa.plain.map((l) => l.totalMs);
const extensionJaMs = bigJa.annotated.map((l) => l.extensionMs);
const ratioJa = extensionJaMs.map((x, i) => x / ownJaMs[i]!);
log(`extension main-thread ms per run on the 2 MB Japanese page: ${extensionJaMs.map(ms).join(', ')}; page own: ${ownJaMs.map(ms).join(', ')}`);
const toHighlights = story.annotated.map((l) => (l.times?.firstHighlights ?? Number.NaN) - (l.times?.detectorStart ?? Number.NaN));
const detectorToAnnotator = story.annotated.map((l) => (l.times?.annotatorStart ?? Number.NaN) - (l.times?.detectorStart ?? Number.NaN));
const size = (file: string) => {
  const bytes = readFileSync(resolve(EXTENSION_DIR, file));
  return { bytes: bytes.length, gzip: gzipSync(bytes).length };
};

const result = {
  browser: 'chromium',
  runs: RUNS,
  unrelatedPage: {
    htmlBytes: Buffer.byteLength(BIG),
    pageOwnMainThreadMs: ms(median(ownMs)),
    extensionMainThreadMs: ms(median(extensionMs)),
    addedRatio: Math.round(median(ratio) * 10000) / 10000,
    targetRatio: 0.02,
    /** The same from DevTools' TaskDuration totals (with minus without): noisy on a busy machine. */
    taskDurationDifferenceMs: ms(median(pairs(big.plain, big.annotated, (l) => l.taskMs))),
    addedHeapBytes: Math.round(median(pairs(big.plain, big.annotated, (l) => l.heapBytes))),
    annotatorInjected: big.annotated.some((l) => l.annotatorInjected),
    detectorRan: big.annotated.every((l) => l.times?.detectorStart !== undefined),
    marks: Math.max(...big.annotated.map((l) => l.marks)),
  },
  unrelatedJapanesePage: {
    htmlBytes: Buffer.byteLength(BIG_JA),
    pageOwnMainThreadMs: ms(median(ownJaMs)),
    extensionMainThreadMs: ms(median(extensionJaMs)),
    addedRatio: Math.round(median(ratioJa) * 10000) / 10000,
    targetRatio: 0.02,
    addedHeapBytes: Math.round(median(pairs(bigJa.plain, bigJa.annotated, (l) => l.heapBytes))),
    annotatorInjected: bigJa.annotated.some((l) => l.annotatorInjected),
    marks: Math.max(...bigJa.annotated.map((l) => l.marks)),
  },
  storyPage: {
    contentScriptStartToHighlightsMs: ms(median(toHighlights)),
    detectorToAnnotatorMs: ms(median(detectorToAnnotator)),
    extensionMainThreadMs: ms(median(story.annotated.map((l) => l.extensionMs))),
    addedHeapBytes: Math.round(median(pairs(story.plain, story.annotated, (l) => l.heapBytes))),
    annotatorInjected: story.annotated.every((l) => l.annotatorInjected),
    marks: median(story.annotated.map((l) => l.marks)),
  },
  extension: {
    serviceWorkerHeapBytes: swHeap,
    detector: size('content-scripts/detector.js'),
    detectorTargetBytes: 50_000,
    annotator: size('content-scripts/annotator.js'),
    background: size('background.js'),
  },
};

const u = result.unrelatedPage;
const s = result.storyPage;
const e = result.extension;
log(`
2 MB page not about the story (${kb(u.htmlBytes)} kB of HTML)
  page's own main-thread time       ${u.pageOwnMainThreadMs} ms
  extension's main-thread time      ${u.extensionMainThreadMs} ms = ${(u.addedRatio * 100).toFixed(2)}% of the page's (target ≤ 2%) ${u.addedRatio <= 0.02 ? 'ok' : 'OVER'}
  (TaskDuration with − without      ${u.taskDurationDifferenceMs} ms: the same, blurred by the machine's noise)
  JS heap added                 ${kb(u.addedHeapBytes)} kB
  detector ran / annotator injected / marks: ${u.detectorRan} / ${u.annotatorInjected} / ${u.marks} ${!u.annotatorInjected && u.marks === 0 ? 'ok' : 'WRONG'}
2 MB Japanese page not about the story (${kb(result.unrelatedJapanesePage.htmlBytes)} kB of HTML)
  page's own main-thread time       ${result.unrelatedJapanesePage.pageOwnMainThreadMs} ms
  extension's main-thread time      ${result.unrelatedJapanesePage.extensionMainThreadMs} ms = ${(result.unrelatedJapanesePage.addedRatio * 100).toFixed(2)}% of the page's (target ≤ 2%) ${result.unrelatedJapanesePage.addedRatio <= 0.02 ? 'ok' : 'OVER'}
  JS heap added                 ${kb(result.unrelatedJapanesePage.addedHeapBytes)} kB
  annotator injected / marks: ${result.unrelatedJapanesePage.annotatorInjected} / ${result.unrelatedJapanesePage.marks} ${!result.unrelatedJapanesePage.annotatorInjected && result.unrelatedJapanesePage.marks === 0 ? 'ok' : 'WRONG'}
story page (tests/e2e/pages/story.html)
  content script start → highlights   ${s.contentScriptStartToHighlightsMs} ms (detector → annotator injected ${s.detectorToAnnotatorMs} ms)
  extension's main-thread time         ${s.extensionMainThreadMs} ms
  JS heap added to the page            ${kb(s.addedHeapBytes)} kB
  annotator injected / marks           ${s.annotatorInjected} / ${s.marks}
extension
  service worker heap   ${kb(e.serviceWorkerHeapBytes)} kB (corpus index loaded)
  detector.js           ${kb(e.detector.bytes)} kB (${kb(e.detector.gzip)} kB gzip), loaded by every page (target ≤ 50 kB) ${e.detector.bytes <= 50_000 ? 'ok' : 'OVER'}
  annotator.js          ${kb(e.annotator.bytes)} kB (${kb(e.annotator.gzip)} kB gzip), story pages only
  background.js         ${kb(e.background.bytes)} kB (${kb(e.background.gzip)} kB gzip)`);
if (json) console.log(JSON.stringify(result));

await Promise.all([plain.close(), annotated.close()]);
server.close();
