// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isInside, watchPage, type PageWatch } from '../../../utils/dom/page-watch';

const SETTLE = 700;
const MAX_WAIT = 3000;

describe('noticing that a page changed after load', () => {
  let calls: string[];
  let watch: PageWatch;
  let ticker: HTMLElement;
  let article: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    document.body.replaceChildren();
    ticker = document.body.appendChild(document.createElement('div'));
    article = document.body.appendChild(document.createElement('article'));
    calls = [];
    watch = watchPage(document.documentElement, {
      onChange: (reason) => calls.push(`${reason}@${Date.now()}`),
      ignore: (node) => isInside(node, 'source-lens-mark'),
      settleMs: SETTLE,
      maxWaitMs: MAX_WAIT,
      budget: 3,
    });
  });

  afterEach(() => {
    watch.stop();
    vi.useRealTimers();
  });

  const at = (ms: number) => (reason = 'mutation') => `${reason}@${ms}`;

  it('reports an article that arrives late, once, after the page has been quiet for a moment', async () => {
    const start = Date.now();
    article.append('Musk doubts Stargate’s money');
    await vi.advanceTimersByTimeAsync(100);
    article.append(' — more paragraphs');
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual([at(start + 100 + SETTLE)()]);
  });

  it('reports a page that never stops mutating once per maximum wait, and gives up after its budget', async () => {
    const start = Date.now();
    let n = 0;
    setInterval(() => void (ticker.textContent = String(n++)), 3);
    await vi.advanceTimersByTimeAsync(4 * MAX_WAIT + 100);
    expect(calls.length).toBe(3);
    // Acted on when the maximum wait from the first tick is up, however often the page mutates.
    const first = Number(calls[0]!.split('@')[1]) - start;
    expect(first).toBeGreaterThanOrEqual(MAX_WAIT);
    expect(first).toBeLessThanOrEqual(MAX_WAIT + 10);
  });

  it('reports a navigation during a storm as a navigation, and a navigation restores the budget', async () => {
    let n = 0;
    setInterval(() => void (ticker.textContent = String(n++)), 3);
    await vi.advanceTimersByTimeAsync(3 * MAX_WAIT + 100);
    expect(calls.length).toBe(3);
    await vi.advanceTimersByTimeAsync(MAX_WAIT);
    expect(calls.length).toBe(3);
    watch.navigated();
    await vi.advanceTimersByTimeAsync(2 * MAX_WAIT + 100);
    expect(calls.slice(3).map((c) => c.split('@')[0])).toEqual(['navigation', 'mutation']);
  });

  it('ignores its own writes and changes inside the nodes it is told to ignore', async () => {
    watch.quietly(() => article.append(document.createElement('source-lens-mark')));
    article.querySelector('source-lens-mark')!.append('text inside our mark');
    await vi.advanceTimersByTimeAsync(MAX_WAIT * 2);
    expect(calls).toEqual([]);
  });

  it('reports a new <body> put in place of the first one', async () => {
    const start = Date.now();
    const body = document.createElement('body');
    body.append('The story, rendered on the client');
    document.documentElement.replaceChild(body, document.body);
    await vi.advanceTimersByTimeAsync(SETTLE + 10);
    expect(calls).toEqual([at(start + SETTLE)()]);
  });
});
