/**
 * The interface speaks the browser's language: Chromium started with --lang=ja shows the popup
 * and the cards in Japanese, Firefox with intl.locale.requested=de in German. The reader's own
 * choice in the corpus manager wins over the browser's (Arabic, laid out right to left), and
 * "Browser default" gives the browser's back. The words checked come from the messages files, so
 * the test says which file answered, not what a translator wrote.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROWSERS, openStoryPage, ROOT, useBrowser } from './harness/suite';
import type { PageDriver } from './harness/driver';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
const LOCALE_DIRS: Record<string, string> = { ja: 'ja', de: 'de', ar: 'ar', en: 'en' };
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', LOCALE_DIRS[lang]!, 'messages.json'), 'utf8'));
const say = (lang: string, key: string) => messages(lang)[key]!.message;

/** The browser each language is checked in, as the issue asks: Chromium in Japanese, Firefox in German. */
const LANGUAGE_OF: Record<string, string> = { chromium: 'ja', firefox: 'de' };

/** The popup's verdict once the tab's state has arrived (before it, the popup has nothing to say yet). */
const popupHeading = async (popup: PageDriver, expected: string) => {
  await popup
    .waitFor((want: string) => document.querySelector('.sl-popup-body h2')?.textContent === want, expected, 15_000)
    .catch(() => undefined);
  return popup.evaluate(() => document.querySelector('.sl-popup-body h2')?.textContent ?? null);
};

async function cardOf(page: PageDriver): Promise<{ text: string; lang: string | null; dir: string | null }> {
  const mark = await page.evaluate(() => {
    const m = document.querySelector<HTMLElement>('source-lens-mark[data-kind="quote"]')!;
    return { id: m.dataset.id! };
  });
  await page.hover(`source-lens-mark[data-id="${mark.id}"]`);
  const card = await page.waitFor(() => {
    const card = document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-card');
    if (!card?.textContent) return null;
    const root = card.closest('[lang]');
    return { text: card.textContent, lang: root?.getAttribute('lang') ?? null, dir: root?.getAttribute('dir') ?? null };
  });
  return card!;
}

async function chooseLanguage(session: ReturnType<typeof useBrowser>, value: string): Promise<void> {
  const manager = await session.browser.openExtensionPage('options.html');
  await manager.waitFor(() => document.querySelector('[data-setting="ui-language"]') !== null, undefined, 15_000);
  await manager.evaluate((v: string) => {
    const select = document.querySelector<HTMLSelectElement>('[data-setting="ui-language"]')!;
    select.value = v;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
  // The manager itself follows at once.
  await manager.waitFor((v: string) => document.documentElement.lang === (v || document.documentElement.lang), value, 10_000);
  await manager.close();
}

describe.each(BROWSERS)('in %s', (name, launch, extensionDir) => {
  const lang = LANGUAGE_OF[name]!;
  const session = useBrowser(launch, extensionDir, { uiLanguage: lang });

  it(`shows the popup in the browser's language (${lang})`, async () => {
    const page = await openStoryPage(session, '/story.html');
    const popup = await session.browser.openPopupFor(session.server.url('/story.html'));
    expect(await popupHeading(popup, say(lang, 'popup_story_heading'))).toBe(say(lang, 'popup_story_heading'));
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, 'ltr']);
    const buttons = await popup.evaluate(() => Array.from(document.querySelectorAll('.sl-actions button')).map((b) => b.textContent));
    expect(buttons).toContain(say(lang, 'popup_open_manager'));
    // Nothing overflows the popup's width in the language's longer or denser words.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await popup.screenshot(resolve(SCREENSHOTS, `${name}-popup-${lang}.png`));
    await popup.close();
    await page.close();
  });

  it(`shows a card in the browser's language (${lang}), with the page's quote as printed`, async () => {
    const page = await openStoryPage(session, '/story.html');
    const card = await cardOf(page);
    expect(card.lang).toBe(lang);
    expect(card.dir).toBe('ltr');
    const match = await page.evaluate(() => document.querySelector<HTMLElement>('source-lens-mark[data-kind="quote"]')!.dataset.match!);
    expect(card.text).toContain(say(lang, `match_class_${match}`));
    // The quote itself is the page's, untranslated.
    const quoteText = await page.evaluate(() => document.querySelector('source-lens-mark[data-kind="quote"]')!.textContent!);
    expect(card.text).toContain(quoteText.trim().slice(0, 20));
    await page.screenshot(resolve(SCREENSHOTS, `${name}-card-${lang}-ui.png`));
    await page.close();
  });

  it('speaks the language chosen in the manager over the browser’s, right to left for Arabic, until the choice is undone', async () => {
    await chooseLanguage(session, 'ar');
    const page = await openStoryPage(session, '/story.html');
    const card = await cardOf(page);
    expect([card.lang, card.dir]).toEqual(['ar', 'rtl']);
    const popup = await session.browser.openPopupFor(session.server.url('/story.html'));
    expect(await popupHeading(popup, say('ar', 'popup_story_heading'))).toBe(say('ar', 'popup_story_heading'));
    expect(await popup.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('.sl-popup')!).direction])).toEqual(['rtl', 'rtl']);
    if (name === 'chromium') await popup.screenshot(resolve(SCREENSHOTS, `${name}-popup-ar.png`));
    await popup.close();

    await chooseLanguage(session, '');
    const back = await session.browser.openPopupFor(session.server.url('/story.html'));
    expect(await popupHeading(back, say(lang, 'popup_story_heading'))).toBe(say(lang, 'popup_story_heading'));
    expect(await back.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await back.close();
    await page.close();
  });
});
