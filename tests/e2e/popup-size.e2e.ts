/**
 * The popup is a one-screen summary: on the story page with the most quotes and disagreements
 * among our pages, at the toolbar popup's usual widths (360–400 px), nothing sticks out sideways,
 * and the whole popup stands at most 900 px tall; each disagreement is one line until opened.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, openStoryPage, ROOT, useBrowser } from './harness/suite';
import type { PageDriver } from './harness/driver';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
/** 6 quotes of the corpus and 17 disagreements touching them: the most of any of our story pages. */
const LONGEST = '/eval/hold-06-qa-blockquote.html';
const MAX_HEIGHT = 900;

interface Fit {
  scrollWidth: number;
  clientWidth: number;
  height: number;
  /** Elements whose box reaches past the popup's right or left edge. */
  sticking: string[];
  lines: number;
  lineHeights: number[];
}

const measure = (popup: PageDriver) =>
  popup.evaluate((): Fit => {
    const root = document.querySelector('.sl-popup')!;
    const box = root.getBoundingClientRect();
    // What shows of a box: its rect cut by every ancestor that clips (a one-line summary cuts its
    // text with an ellipsis by design; a scroll region scrolls). What shows must stay inside.
    const visible = (el: Element) => {
      let { left, right } = el.getBoundingClientRect();
      for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const r = a.getBoundingClientRect();
        left = Math.max(left, r.left);
        right = Math.min(right, r.right);
      }
      return { left, right };
    };
    const sticking = Array.from(root.querySelectorAll('*'))
      .filter((el) => {
        const r = visible(el);
        return r.right > r.left && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const lines = Array.from(document.querySelectorAll('.sl-disagreements > li summary'));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      height: Math.ceil(root.getBoundingClientRect().height),
      sticking,
      lines: lines.length,
      lineHeights: lines.map((s) => Math.round(s.getBoundingClientRect().height)),
    };
  });

describe.each(BROWSERS)('in %s', (name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);

  it.each([360, 400])('fits the longest story page’s summary in a %i px wide popup', async (width) => {
    const page = await openStoryPage(session, LONGEST);
    const popup = await session.browser.openPopupFor(session.server.url(LONGEST));
    await popup.resize(width, 1000);
    await popup.waitFor(() => document.querySelectorAll('.sl-disagreements > li').length > 0, undefined, 15_000);
    const closed = await measure(popup);
    expect(closed.lines).toBeGreaterThanOrEqual(10);
    // One line each: every summary as tall as the first.
    expect(new Set(closed.lineHeights).size).toBe(1);
    expect(closed.scrollWidth).toBeLessThanOrEqual(closed.clientWidth);
    expect(closed.sticking).toEqual([]);
    expect(closed.height).toBeLessThanOrEqual(MAX_HEIGHT);
    if (width === 360) await popup.screenshot(resolve(SCREENSHOTS, `${name}-popup-longest.png`));

    // Opening every detail stays inside the width; the lists scroll within themselves.
    await popup.evaluate(() => document.querySelectorAll('.sl-popup details').forEach((d) => d.setAttribute('open', '')));
    const open = await measure(popup);
    expect(open.scrollWidth).toBeLessThanOrEqual(open.clientWidth);
    expect(open.sticking).toEqual([]);
    expect(open.height).toBeLessThanOrEqual(MAX_HEIGHT);
    await popup.close();
    await page.close();
  });
});
