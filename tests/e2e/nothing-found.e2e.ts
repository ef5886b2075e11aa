/**
 * A page about the dispute on which nothing from the corpus is found, in real Chromium and
 * Firefox: the pill, the sidebar and the popup say so plainly and offer to add the page, instead
 * of "0 notes".
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './harness/suite';

describe.each(BROWSERS)('in %s', (_name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);

  it('says plainly that nothing from the corpus was found, and offers to add the page', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/story-nothing.html'));
    const pill = await page.waitFor(
      () => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-launcher')?.textContent ?? null,
      undefined,
      20_000,
    );
    expect(pill).toContain('nothing from the corpus');
    expect(await page.evaluate(() => document.querySelectorAll('source-lens-mark').length)).toBe(0);
    await page.clickInUi('.sl-launcher');
    const sidebar = await page.waitFor(
      () => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar')?.textContent ?? null,
    );
    expect(sidebar).toContain('Nothing from the corpus was found on this page');
    expect(sidebar).toContain('Add this page to the corpus');

    const popup = await session.browser.openPopupFor(session.server.url('/story-nothing.html'));
    const text = await popup.waitFor(() => (/Nothing from the corpus/.test(document.body.innerText) ? document.body.innerText : null));
    expect(text).toContain('This page is about the Stargate dispute');
    expect(text).not.toMatch(/0 quotes/);
    await popup.close();
    await page.close();
  });
});
