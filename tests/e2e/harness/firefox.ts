import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitUntil, type BrowserDriver, type LaunchOptions, type PageDriver } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'source-lens@source-lens.dev';
/** A fixed internal UUID, so the test knows the moz-extension:// origin of the popup. */
const EXTENSION_UUID = '3f0c6a2e-8d4b-4b7e-9a51-5e2d7c1b9f40';

function wrap(page: Page, onRequest?: (url: string) => void): PageDriver {
  if (onRequest) page.on('request', (request) => onRequest(request.url()));
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source),
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: timeoutMs, polling: 100 }, arg);
      return (await handle.jsonValue()) as never;
    },
    hover: (selector) => page.hover(selector),
    // Puppeteer's >>> combinator pierces shadow roots.
    clickInUi: (selector) => page.click(`source-lens-ui >>> ${selector}`),
    press: (key) => page.keyboard.press(key as never),
    focus: (selector) => page.focus(selector),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

/**
 * moz-extension:// navigations never report "load" to Puppeteer here, so the popup is opened
 * without awaiting and then polled until its script has rendered.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await waitUntil(
    () => page.evaluate((want: string) => location.href === want && document.readyState === 'complete', url),
    10_000,
    `extension page ${url}`,
  );
  return page;
}

export async function launchFirefox(options: LaunchOptions): Promise<BrowserDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(options.extensionDir);
  const base = `moz-extension://${EXTENSION_UUID}/`;
  const foreign: string[] = [];
  const watch = (url: string) => {
    if (!url.startsWith(options.allowedOrigin) && !url.startsWith(base) && !url.startsWith('data:') && url !== 'about:blank') {
      foreign.push(url);
    }
  };

  /** An extension page gives the test the extension's own APIs (tabs) in Firefox. */
  async function withExtensionPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
    const page = await openExtensionPage(browser, `${base}popup.html?tab=none`);
    try {
      return await use(page);
    } finally {
      await page.close();
    }
  }
  const tabIdIn = (page: Page, pageUrl: string) =>
    waitUntil(
      () =>
        page.evaluate(async (url: string) => {
          const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
          // Match patterns cannot name a port in every browser: compare the URLs here instead.
          return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
        }, pageUrl),
      5_000,
      `a tab showing ${pageUrl}`,
    );

  return {
    name: 'firefox',
    newPage: async () => wrap(await browser.newPage(), watch),
    async openPopupFor(pageUrl) {
      const tabId = await withExtensionPage((page) => tabIdIn(page, pageUrl));
      return wrap(await openExtensionPage(browser, `${base}popup.html?tab=${tabId}`), watch);
    },
    openExtensionPage: async (path) => wrap(await openExtensionPage(browser, `${base}${path}`), watch),
    async badgeText(pageUrl) {
      return withExtensionPage(async (page) => {
        const tabId = await tabIdIn(page, pageUrl);
        return page.evaluate(async (id: number) => {
          const api = (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser;
          return api.browserAction.getBadgeText({ tabId: id });
        }, tabId);
      });
    },
    async sendToTab(pageUrl, message) {
      await withExtensionPage(async (page) => {
        const tabId = await tabIdIn(page, pageUrl);
        await page.evaluate(
          async (id: number, msg: unknown) => {
            const api = (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
            await api.tabs.sendMessage(id, msg);
          },
          tabId,
          message,
        );
      });
    },
    foreignRequests: () => [...foreign],
    close: () => browser.close(),
  };
}
