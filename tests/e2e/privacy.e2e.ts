/**
 * Privacy: every feature of the extension is used once, in Chromium and in Firefox, and no part of
 * the browser sends a single request anywhere but the test server. Requests are watched at two
 * levels: the drivers' events (pages; Chromium's service worker) and a counting proxy on loopback
 * that every non-loopback request of the browser profile goes through (Firefox's background page,
 * extension pages, the browser itself).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROWSERS, openStoryPage, useBrowser } from './harness/suite';
import type { PageDriver } from './harness/driver';

const CANARY_HOST = 'canary.invalid';

const uiHas = (page: PageDriver, selector: string) =>
  page.evaluate((s: string) => !!document.querySelector('source-lens-ui')?.shadowRoot?.querySelector(s), selector);
const markCount = (page: PageDriver) => page.evaluate(() => document.querySelectorAll('source-lens-mark').length);

/** The options page the build declares, if any (the manifest is the truth). */
function optionsPageOf(extensionDir: string): string | null {
  const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
    options_ui?: { page: string };
    options_page?: string;
  };
  return manifest.options_ui?.page ?? manifest.options_page ?? null;
}

/** The popup's two switches, in order: this site, every site. */
async function flipSwitch(popup: PageDriver, which: 0 | 1): Promise<void> {
  await popup.evaluate((i: number) => document.querySelectorAll<HTMLInputElement>('input[role="switch"]')[i]!.click(), which);
}

describe.each(BROWSERS)('in %s', (_name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);
  const optionsPage = optionsPageOf(extensionDir);

  it('reads a story page: highlights, card on hover and focus, sidebar, notes, keyboard commands', async () => {
    const page = await openStoryPage(session, '/story.html');
    const url = session.server.url('/story.html');
    await page.hover('source-lens-mark[data-kind="quote"]');
    await page.waitFor(() => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-card'));
    await page.press('Escape');
    await page.focus('source-lens-mark[tabindex="0"]');
    await page.waitFor(() => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-card'));
    await page.clickInUi('.sl-launcher');
    await page.waitFor(() => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar [data-match-id]'));
    await page.clickInUi('.sl-sidebar [data-match-id]');
    await session.browser.sendToTab(url, { type: 'ui/next-highlight' });
    await session.browser.sendToTab(url, { type: 'ui/previous-highlight' });
    await session.browser.sendToTab(url, { type: 'ui/toggle-sidebar' });
    await page.waitFor(() => !document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar'));
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('uses the popup: summary, open the sidebar, switch the site and every site off and on again', async () => {
    const page = await openStoryPage(session, '/late.html');
    const url = session.server.url('/late.html');
    const popup = await session.browser.openPopupFor(url);
    await popup.waitFor(() => document.body.innerText.includes('This page is about the Stargate dispute'));
    for (const which of [0, 1] as const) {
      await flipSwitch(popup, which);
      await page.waitFor(() => document.querySelectorAll('source-lens-mark, source-lens-ui').length === 0);
      await flipSwitch(popup, which);
      // Switched back on, the tab is annotated again by a freshly injected annotator.
      await page.waitFor(() => document.querySelectorAll('source-lens-mark').length > 0, undefined, 20_000);
    }
    expect(await markCount(page)).toBeGreaterThan(0);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.sl-primary')!.click());
    await page.waitFor(() => !!document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar'));
    expect(await uiHas(page, '.sl-sidebar')).toBe(true);
    expect(popup.errors()).toEqual([]);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('looks at pages that are not about the story and at a single-page app', async () => {
    for (const path of ['/unrelated.html', '/stargate-tv.html']) {
      const page = await session.browser.newPage();
      await page.goto(session.server.url(path));
      await new Promise((r) => setTimeout(r, 800));
      expect(await markCount(page)).toBe(0);
      await page.close();
    }
    const spa = await session.browser.newPage();
    await spa.goto(session.server.url('/spa.html'));
    await spa.evaluate(() => document.querySelector<HTMLElement>('a[data-route="story"]')!.click());
    await spa.waitFor(() => document.querySelectorAll('source-lens-mark').length > 0, undefined, 20_000);
    await spa.close();
  });

  it.runIf(optionsPage)('opens the options page, styled under the extension pages’ policy', async () => {
    const options = await session.browser.openExtensionPage(optionsPage!);
    await options.waitFor(() => document.readyState === 'complete' && document.body.innerText.trim().length > 0);
    const styled = await options.evaluate(() => ({
      font: getComputedStyle(document.querySelector('.sl-root') ?? document.body).fontFamily,
      inlineStyles: document.querySelectorAll('style').length,
    }));
    expect(styled.font).toMatch(/system-ui/);
    expect(styled.inlineStyles).toBe(0);
    expect(options.errors()).toEqual([]);
    await options.close();
  });

  it('has a background that is not even allowed to reach another host', async () => {
    // The extension pages' policy (connect-src 'self') refuses the request before the network.
    expect(await session.browser.fetchFromBackground(`http://${CANARY_HOST}/from-background`)).toBe(false);
    // Its own files it may fetch; where the driver reports background requests, this one is seen.
    const own = `${session.browser.extensionOrigin}/corpus/curated.json?privacy-canary`;
    expect(await session.browser.fetchFromBackground(own)).toBe(true);
    const seen = session.browser.backgroundRequests();
    if (seen !== null) expect(seen).toContain(own);
  });

  it('catches a page’s own request to another host, so the watch is live', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/unrelated.html'));
    await page.evaluate((u: string) => fetch(u).then(() => undefined, () => undefined), `http://${CANARY_HOST}/from-page`);
    await page.close();
    expect(session.browser.foreignRequests().some((r) => r.includes(`${CANARY_HOST}/from-page`))).toBe(true);
  });

  it('sent no request anywhere else, from any part of the browser', () => {
    expect(session.browser.foreignRequests().filter((r) => !r.includes(`${CANARY_HOST}/from-page`))).toEqual([]);
  });
});
