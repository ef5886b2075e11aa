import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isExtensionLog, waitUntil, type BrowserDriver, type LaunchOptions, type PageDriver } from './driver';
import { startCountingProxy } from './counting-proxy';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'source-lens@source-lens.dev';
/** A fixed internal UUID, so the test knows the moz-extension:// origin of the popup. */
const EXTENSION_UUID = '3f0c6a2e-8d4b-4b7e-9a51-5e2d7c1b9f40';
/**
 * Puppeteer points Firefox's own services (blocklist, telemetry…) at this host so they fail
 * fast; requests to it are the browser's, never the extension's.
 */
const PUPPETEER_DUMMY_HOST = 'dummy.test';

function wrap(page: Page, onRequest?: (url: string) => void): PageDriver {
  if (onRequest) page.on('request', (request) => onRequest(request.url()));
  const errors: string[] = [];
  // WebDriver BiDi reports the page's own realm; content scripts' logs stay in the browser console.
  page.on('pageerror', (error) => errors.push(`uncaught: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || isExtensionLog(message.text())) errors.push(`console.${message.type()}: ${message.text()}`);
  });
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
    resize: (width, height) => page.setViewport({ width, height }),
    errors: () => [...errors],
    close: () => page.close(),
  };
}

/**
 * moz-extension:// navigations never report "load" to Puppeteer here, so an extension page is
 * opened without awaiting and then polled until its script has rendered.
 */
async function openExtensionTab(browser: Browser, url: string): Promise<Page> {
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
  const proxy = await startCountingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    // Lets Puppeteer's dummy server for remote settings take effect (release builds pin the
    // real one otherwise), so Firefox's own services never look like traffic of ours.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Every request that is not to loopback (the test server) goes to the counting proxy,
      // whichever part of the browser makes it: page, content script, background page.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
      // 0 dark, 1 light: what prefers-color-scheme reports to pages and extension pages alike.
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
      ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage } : {}),
    },
  });
  if (options.extensionDir) await browser.installExtension(options.extensionDir);
  const base = `moz-extension://${EXTENSION_UUID}/`;
  const foreign: string[] = [];
  const watch = (url: string) => {
    if (!url.startsWith(options.allowedOrigin) && !url.startsWith(base) && !url.startsWith('data:') && url !== 'about:blank') {
      foreign.push(url);
    }
  };
  const requireExtension = () => {
    if (!options.extensionDir) throw new Error('this browser was launched without the extension');
  };

  /** An extension page gives the test the extension's own APIs (tabs) in Firefox. */
  async function withExtensionPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
    requireExtension();
    const page = await openExtensionTab(browser, `${base}popup.html?tab=none`);
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
  const openExtensionPage = async (path: string) => {
    requireExtension();
    return wrap(await openExtensionTab(browser, base + path), watch);
  };

  return {
    name: 'firefox',
    withExtension: options.extensionDir !== null,
    newPage: async () => wrap(await browser.newPage(), watch),
    openExtensionPage,
    async openPopupFor(pageUrl) {
      const tabId = await withExtensionPage((page) => tabIdIn(page, pageUrl));
      return openExtensionPage(`popup.html?tab=${tabId}`);
    },
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
    extensionOrigin: base.slice(0, -1),
    fetchFromBackground(url) {
      // The background page's own fetch, called from an extension page: the request is the
      // background's (its window, its origin and policy), which is what the proxy must see.
      return withExtensionPage((page) =>
        page.evaluate(async (u: string) => {
          const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
          const background = await api.runtime.getBackgroundPage();
          return background.fetch(u).then(() => true, () => false);
        }, url),
      );
    },
    backgroundRequests: () => null,
    foreignRequests: () => [
      ...foreign,
      ...proxy
        .seen()
        .filter((r) => !r.includes(`//${PUPPETEER_DUMMY_HOST}/`) && !r.startsWith(`CONNECT ${PUPPETEER_DUMMY_HOST}:`))
        .map((r) => `proxy: ${r}`),
    ],
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
