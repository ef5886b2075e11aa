import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { waitUntil, type BrowserDriver, type LaunchOptions, type PageDriver } from './driver';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function wrap(page: Page): PageDriver {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: (source) => page.evaluate(source),
    waitFor: async (fn, arg, timeoutMs = 10_000) =>
      (await (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 })).jsonValue()) as never,
    hover: (selector) => page.hover(selector),
    // Playwright's CSS engine pierces open shadow roots.
    clickInUi: (selector) => page.click(`source-lens-ui ${selector}`),
    press: (key) => page.keyboard.press(key),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    focus: (selector) => page.focus(selector),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<BrowserDriver> {
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(options.allowedOrigin) && !url.startsWith(`chrome-extension://${extensionId}/`) && !url.startsWith('data:')) {
      foreign.push(url);
    }
  });

  const tabIdOf = (pageUrl: string) =>
    waitUntil(
      () =>
        worker.evaluate(async (url: string) => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
          // Match patterns cannot name a port in every browser: compare the URLs here instead.
          return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
        }, pageUrl),
      5_000,
      `a tab showing ${pageUrl}`,
    );

  return {
    name: 'chromium',
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async badgeText(pageUrl) {
      const tabId = await tabIdOf(pageUrl);
      return worker.evaluate(async (id: number) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    },
    async sendToTab(pageUrl, message) {
      const tabId = await tabIdOf(pageUrl);
      await worker.evaluate(
        async ([id, msg]) => {
          const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
          await api.tabs.sendMessage(id, msg);
        },
        [tabId, message] as [number, unknown],
      );
    },
    newPage: async () => wrap(await context.newPage()),
    async openPopupFor(pageUrl) {
      const tabId = await tabIdOf(pageUrl);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return wrap(popup);
    },
    foreignRequests: () => [...foreign],
    close: () => context.close(),
  };
}
