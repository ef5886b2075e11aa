/**
 * Pages as real sites build them: articles that arrive after load, single-page-app navigation,
 * quotes in places that must never be highlighted, keyboard navigation and remembered sidebars.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, openStoryPage, useBrowser } from './harness/suite';

const markRefs = () =>
  Array.from(document.querySelectorAll<HTMLElement>('source-lens-mark')).map((m) => m.dataset.ref);

describe.each(BROWSERS)('in %s', (_name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);

  it('annotates an article that arrives after the page has loaded', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/late.html'));
    expect(await page.evaluate(() => document.querySelectorAll('source-lens-mark').length)).toBe(0);
    await page.waitFor(() => document.querySelectorAll('source-lens-mark[data-ref="musk.softbank-10b"]').length > 0, undefined, 20_000);
    expect(await page.evaluate(markRefs)).toContain('altman.wrong-reply');
    await page.close();
  });

  it('follows a single-page app: annotates the story view, and cleans up when the reader leaves it', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/spa.html'));
    await page.evaluate(() => document.querySelector<HTMLElement>('a[data-route="story"]')!.click());
    await page.waitFor(() => document.querySelectorAll('source-lens-mark[data-ref="musk.no-money"]').length > 0, undefined, 20_000);
    expect(await page.evaluate(() => document.querySelectorAll('source-lens-ui').length)).toBe(1);

    await page.evaluate(() => document.querySelector<HTMLElement>('a[data-route="home"]')!.click());
    await page.waitFor(() => document.querySelectorAll('source-lens-mark, source-lens-ui').length === 0, undefined, 20_000);
    expect(await page.evaluate(() => document.getElementById('view')!.textContent)).toContain('Weather: mild and dry.');
    await page.close();
  });

  it('never highlights inside form fields, editable areas, scripts, styles or attributes', async () => {
    const page = await openStoryPage(session, '/fields.html');
    const outside = await page.evaluate(() =>
      Array.from(document.querySelectorAll('source-lens-mark'))
        .filter((m) => !m.closest('#prose, h1'))
        .map((m) => m.outerHTML),
    );
    expect(outside).toEqual([]);
    expect(await page.evaluate(markRefs)).toContain('musk.softbank-10b');
    const fields = await page.evaluate(() => ({
      comment: (document.getElementById('comment') as HTMLTextAreaElement).value,
      subject: (document.getElementById('subject') as HTMLInputElement).value,
      draft: document.getElementById('draft')!.innerHTML,
      title: document.querySelector('[data-quote]')!.getAttribute('title'),
    }));
    expect(fields).toEqual({
      comment: 'They don’t actually have the money',
      subject: 'Wrong, as you surely know. Want to come visit the first site already under way?',
      draft: 'They don’t actually have the money',
      title: 'They don’t actually have the money',
    });
    await page.close();
  });

  it('moves from highlight to highlight with the keyboard commands, and Esc closes the sidebar', async () => {
    const page = await openStoryPage(session, '/story.html');
    const url = session.server.url('/story.html');
    const firstId = await page.evaluate(() => document.querySelector<HTMLElement>('source-lens-mark')!.dataset.id);
    await session.browser.sendToTab(url, { type: 'ui/next-highlight' });
    await page.waitFor((id: string) => document.activeElement?.getAttribute('data-id') === id, firstId!);
    await session.browser.sendToTab(url, { type: 'ui/next-highlight' });
    const secondId = await page.waitFor((id: string) => {
      const now = document.activeElement?.getAttribute('data-id');
      return now && now !== id ? now : null;
    }, firstId!);
    expect(secondId).not.toBe(firstId);
    await session.browser.sendToTab(url, { type: 'ui/previous-highlight' });
    await page.waitFor((id: string) => document.activeElement?.getAttribute('data-id') === id, firstId!);

    await session.browser.sendToTab(url, { type: 'ui/toggle-sidebar' });
    await page.waitFor(() => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar'));
    await page.press('Escape');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar'));
    await page.close();
  });

  it('remembers per site that the reader opened the sidebar', async () => {
    const page = await openStoryPage(session, '/story.html');
    const isOpen = () => !!document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar');
    if (!(await page.evaluate(isOpen))) await page.clickInUi('.sl-launcher');
    await page.waitFor(isOpen);
    // The state is stored after a short pause, so a drag does not write on every pixel.
    await new Promise((r) => setTimeout(r, 800));
    await page.close();

    const again = await openStoryPage(session, '/late.html');
    await again.waitFor(isOpen, undefined, 20_000);
    await again.clickInUi('.sl-sidebar .sl-close');
    await again.waitFor(() => !document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-sidebar'));
    await new Promise((r) => setTimeout(r, 800));
    await again.close();
  });

  it('makes no network request of its own', () => {
    expect(session.browser.foreignRequests()).toEqual([]);
  });
});
