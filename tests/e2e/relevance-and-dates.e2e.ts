/**
 * Pages around the story, in real Chromium and Firefox. A report on Stargate UAE is *related*:
 * the host says so (`data-relevance="related"`), the pill, cards and popup say it is about
 * Stargate and not the Musk–Altman dispute and why, its venture figures are highlighted and no
 * date is tied to the dispute's timeline. The dispute page itself is `data-relevance="story"`.
 * Dates are read against the page's own date: "last week" in an article of May 2025 stays plain;
 * "Tuesday" in an article of 22 January 2025 is the launch, and its card says how it was read.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, openStoryPage, readMarks, ROOT, useBrowser } from './harness/suite';
import type { PageDriver } from './harness/driver';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
const RELATED = '/eval/rel-01-uae-wire.html';
/** A date of the timeline is a figure mark with `data-type="date"` and a `d…` id (the test contract). */
const isDate = (m: { id: string | undefined }) => (m.id ?? '').startsWith('d');

const hostRelevance = (page: PageDriver) => page.evaluate(() => document.querySelector('source-lens-ui')?.getAttribute('data-relevance') ?? null);
const inUi = (page: PageDriver, selector: string) =>
  page.waitFor((s: string) => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector(s)?.textContent ?? null, selector, 15_000);

describe.each(BROWSERS)('in %s', (name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);

  it('marks the dispute page as the story', async () => {
    const page = await openStoryPage(session, '/story.html');
    expect(await hostRelevance(page)).toBe('story');
    await page.close();
  });

  it('annotates a Stargate UAE report as related: venture figures only, no timeline dates, and says why', async () => {
    const page = await openStoryPage(session, RELATED);
    expect(await hostRelevance(page)).toBe('related');
    const marks = await readMarks(page);
    expect(marks.filter(isDate)).toEqual([]);
    expect(marks.filter((m) => m.kind === 'figure').map((m) => m.ref)).toContain('fig.total-investment');
    expect(marks.filter((m) => m.kind === 'figure').every((m) => (m.ref ?? '').startsWith('fig.'))).toBe(true);

    expect(await inUi(page, '.sl-launcher')).toContain('about Stargate, not the Musk–Altman dispute');
    await page.hover('source-lens-mark[data-kind="figure"][data-ref="fig.total-investment"]');
    expect(await inUi(page, '.sl-card')).toContain('About Stargate, not the Musk–Altman dispute');
    await page.press('Escape');

    const popup = await session.browser.openPopupFor(session.server.url(RELATED));
    const text = await popup.waitFor(() => (/not the Musk–Altman dispute/.test(document.body.innerText) ? document.body.innerText : null), undefined, 15_000);
    expect(text).toContain('This page is about Stargate, not the Musk–Altman dispute');
    expect(text).toContain('Stargate UAE');
    expect(text).not.toContain('This page is about the Stargate dispute');
    await popup.screenshot(resolve(SCREENSHOTS, `${name}-popup-related.png`));
    await popup.close();
    await page.close();
  });

  it('leaves “last week” plain in an article published months after the dispute', async () => {
    const page = await openStoryPage(session, '/dated-last-week.html');
    const dates = (await readMarks(page)).filter(isDate);
    expect(dates.map((m) => (m.text ?? '').toLowerCase())).not.toContain('last week');
    expect(dates.map((m) => m.text)).toContain('January 21');
    await page.close();
  });

  it('ties “Tuesday” in an article of 22 January 2025 to the launch, and says how it read it', async () => {
    const page = await openStoryPage(session, '/dated-tuesday.html');
    const tuesday = (await readMarks(page)).find((m) => isDate(m) && m.text === 'Tuesday');
    expect(tuesday?.ref).toBe('ev.announcement');
    await page.hover(`source-lens-mark[data-id="${tuesday!.id}"]`);
    const card = await inUi(page, '.sl-card .sl-resolved');
    expect(card).toBe('Tuesday = Tuesday, January 21, 2025, from the article’s date');
    await page.screenshot(resolve(SCREENSHOTS, `${name}-card-date-resolved.png`));
    await page.close();
  });
});
