/**
 * Hostile and odd pages (tests/e2e/pages/hostile/), each loaded in a browser without the
 * extension and in the same browser with it. On every one: no uncaught error, the page's own
 * elements keep their boxes and its text stays the same; a page about the story gets its quotes
 * highlighted, and a page that is not gets no DOM change at all.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser, type Session } from './harness/suite';
import { compareBoxes, ensureProbe, probeCount, probeMutations, probeText } from './harness/compare-pages';
import { waitUntil, type PageDriver } from './harness/driver';
import { HOSTILE_PAGES, type HostilePage } from './hostile-pages';

/** How long a page that is not about the story is given to be (wrongly) touched. */
const UNTOUCHED_WAIT_MS = 1500;

async function openBoth(session: Session, path: string): Promise<[PageDriver, PageDriver]> {
  const url = session.server.url(`/hostile/${path}`);
  const [plain, annotated] = await Promise.all([session.plain.newPage(), session.browser.newPage()]);
  await Promise.all([plain.goto(url), annotated.goto(url)]);
  await Promise.all([ensureProbe(plain), ensureProbe(annotated)]);
  return [plain, annotated];
}

/** Polled from Node: some pages break the timers an in-page wait would use. */
const waitInPage = <A>(page: PageDriver, what: string, probe: (arg: A) => boolean, arg: A) =>
  waitUntil(() => page.evaluate(probe, arg), 30_000, what);

const waitForHighlights = (page: PageDriver, refs: string[]) =>
  waitInPage(
    page,
    `highlights of ${refs.join(', ')}`,
    (wanted: string[]) => {
      const probe = (window as unknown as { __probe: { count(s: string): number } }).__probe;
      return probe.count('source-lens-ui') === 1 && wanted.every((ref) => probe.count(`source-lens-mark[data-ref="${ref}"]`) > 0);
    },
    refs,
  );

const waitSettled = (page: PageDriver) =>
  waitInPage(page, 'the page to settle', () => (window as unknown as { __settled?: boolean }).__settled === true, undefined);

async function walk(session: Session, spec: HostilePage): Promise<void> {
  const [plain, annotated] = await openBoth(session, spec.path);
  try {
    if (spec.settles) await Promise.all([waitSettled(plain), waitSettled(annotated)]);
    if (spec.refs.length > 0) {
      await waitForHighlights(annotated, spec.refs);
    } else {
      await new Promise((r) => setTimeout(r, UNTOUCHED_WAIT_MS));
      expect(await probeMutations(annotated), 'DOM changes on a page not about the story').toBe('');
      expect(await probeCount(annotated, 'source-lens-mark, source-lens-ui')).toBe(0);
    }
    await spec.check?.({ plain, annotated });

    const boxes = await compareBoxes(plain, annotated, spec.stride ?? 1);
    expect(boxes.moved.slice(0, 10), 'elements of the page that moved or changed size').toEqual([]);
    expect(boxes.compared, 'elements compared').toBeGreaterThan(boxes.total * 0.5);
    expect(await probeText(annotated), 'the page’s text').toBe(await probeText(plain));

    expect(plain.errors(), 'errors of the page itself, without the extension').toEqual([]);
    expect(annotated.errors(), 'errors with the extension').toEqual([]);
  } finally {
    await Promise.all([plain.close(), annotated.close()]);
  }
}

describe.each(BROWSERS)('in %s', (_name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir, { plain: true });

  for (const spec of HOSTILE_PAGES) {
    it(`${spec.path}: ${spec.about}`, () => walk(session, spec));
  }

  it('makes no network request of its own', () => {
    expect(session.browser.foreignRequests()).toEqual([]);
  });
});
