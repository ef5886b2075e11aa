/**
 * The corpus manager (the options page) and growing the corpus from a page the reader is on:
 * browse and search the curated corpus, add a page, and see it cross-referenced at once.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSERS, openStoryPage, useBrowser } from './harness/suite';

const bodyText = () => document.body.innerText;

describe.each(BROWSERS)('in %s', (_name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);

  it('lists the curated sources and finds them by search, with no accessibility violation', async () => {
    const manager = await session.browser.openExtensionPage('options.html#/sources');
    await manager.waitFor(() => document.body.innerText.includes('NationPress'), undefined, 15_000);
    expect(await manager.evaluate(bodyText)).toContain('Daily Caller');
    expect(await axeViolations(manager)).toEqual([]);

    await manager.evaluate(() => {
      const search = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'NationPress';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await manager.waitFor(() => !document.body.innerText.includes('Daily Caller'));
    expect(await manager.evaluate(bodyText)).toContain('NationPress');
    await manager.close();
  });

  it('shows every wording of an utterance side by side with its differences', async () => {
    const manager = await session.browser.openExtensionPage('options.html#/utterances');
    await manager.waitFor(() => /SoftBank got way less than \$10 billion/.test(document.body.innerText), undefined, 15_000);
    const text = await manager.evaluate(bodyText);
    expect(text).toContain('SoftBank has well under $10B secured. I have that on good authority.');
    expect(await manager.evaluate(() => document.querySelectorAll('del, ins').length)).toBeGreaterThan(0);
    expect(await axeViolations(manager)).toEqual([]);
    await manager.close();
  });

  it('adds the page the reader is on, cross-references its quotes, and cites it on the next story page', async () => {
    const articleUrl = session.server.url('/fixtures/harbor-courier-stargate.html');
    const article = await openStoryPage(session, '/fixtures/harbor-courier-stargate.html');
    const finder = await session.browser.openPopupFor(articleUrl);
    const reply = await finder.evaluate(async () => {
      const tabId = Number(new URLSearchParams(location.search).get('tab'));
      const api = (globalThis as unknown as { chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } });
      return (api.browser ?? api.chrome)!.runtime.sendMessage({ type: 'tab/add-page', tabId });
    });
    await finder.close();
    expect(reply).toMatchObject({ ok: true });
    const draftId = (reply as { draftId: string }).draftId;

    const manager = await session.browser.openExtensionPage(`options.html#/add?draft=${draftId}`);
    await manager.waitFor(() => document.body.innerText.includes('Save to the corpus'), undefined, 15_000);
    const proposed = await manager.evaluate(() => Array.from(document.querySelectorAll('input')).map((i) => i.value).join('\n'));
    expect(proposed).toContain('Harbor Courier');
    expect(await axeViolations(manager)).toEqual([]);
    await manager.evaluate(() =>
      Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes('Save to the corpus'))!.click(),
    );
    const result = await manager.waitFor(() => {
      const t = document.body.innerText;
      return t.includes('belong to utterances already in the corpus') ? t : null;
    }, undefined, 15_000);
    expect(result).toMatch(/A new wording of/);
    await manager.close();
    await article.close();

    // The story page now counts the reader's own source among those that carry Musk's post.
    const story = await openStoryPage(session, '/story.html');
    await story.hover('source-lens-mark[data-kind="quote"][data-ref="musk.softbank-10b"]');
    const card = await story.waitFor(
      () => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-hover-card')?.textContent ?? null,
    );
    expect(card).toContain('Harbor Courier');
    await story.close();
  });

  it('makes no network request of its own', () => {
    expect(session.browser.foreignRequests()).toEqual([]);
  });
});
