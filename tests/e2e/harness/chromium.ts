import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { isExtensionLog, waitUntil, type BrowserDriver, type LaunchOptions, type PageDriver } from './driver';
import { startCountingProxy } from './counting-proxy';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The discard port on loopback: nothing listens, and loopback never goes through the proxy. */
const BROWSER_SERVICES_SINK = 'http://127.0.0.1:9';

function wrap(page: Page): PageDriver {
  const errors: string[] = [];
  // Playwright reports exceptions and console calls of every world in the page, the extension's
  // isolated world included.
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || isExtensionLog(message.text())) errors.push(`console.${message.type()}: ${message.text()}`);
  });
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
    resize: (width, height) => page.setViewportSize({ width, height }),
    errors: () => [...errors],
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<BrowserDriver> {
  const proxy = await startCountingProxy();
  const extensionArgs = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : [];
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage }, locale: options.uiLanguage } : {}),
    args: [
      ...extensionArgs,
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      // Loopback (the test server) is never proxied; everything else lands in the counting proxy.
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      // Chromium's own Google services (sign-in, component updates, autofill) are pointed at a closed
      // loopback port, so that what reaches the proxy can only be a page's or the extension's.
      ...['--gaia-url', '--google-apis-url', '--lso-url'].map((flag) => `${flag}=${BROWSER_SERVICES_SINK}`),
      `--component-updater=url-source=${BROWSER_SERVICES_SINK}`,
      `--autofill-server-url=${BROWSER_SERVICES_SINK}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const foreign: string[] = [];
  const fromBackground: string[] = [];
  let extensionId = '';
  // Attached before anything else happens; Playwright reports the service worker's requests here too.
  context.on('request', (request) => {
    const url = request.url();
    if (request.serviceWorker()) fromBackground.push(url);
    const own = extensionId && url.startsWith(`chrome-extension://${extensionId}/`);
    if (!url.startsWith(options.allowedOrigin) && !own && !url.startsWith('data:')) foreign.push(url);
  });
  let worker: Worker | null = null;
  if (options.extensionDir) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const background = () => {
    if (!worker) throw new Error('this browser was launched without the extension');
    return worker;
  };

  const tabIdOf = (pageUrl: string) =>
    waitUntil(
      () =>
        background().evaluate(async (url: string) => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
          // Match patterns cannot name a port in every browser: compare the URLs here instead.
          return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
        }, pageUrl),
      5_000,
      `a tab showing ${pageUrl}`,
    );

  const openExtensionPage = async (path: string) => {
    background();
    const page = await context.newPage();
    const driver = wrap(page);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return driver;
  };

  return {
    name: 'chromium',
    withExtension: worker !== null,
    openExtensionPage,
    async badgeText(pageUrl) {
      const tabId = await tabIdOf(pageUrl);
      return background().evaluate(async (id: number) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    },
    async sendToTab(pageUrl, message) {
      const tabId = await tabIdOf(pageUrl);
      await background().evaluate(
        async ([id, msg]) => {
          const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
          await api.tabs.sendMessage(id, msg);
        },
        [tabId, message] as [number, unknown],
      );
    },
    extensionOrigin: `chrome-extension://${extensionId}`,
    fetchFromBackground: (url) => background().evaluate((u: string) => fetch(u).then(() => true, () => false), url),
    backgroundRequests: () => [...fromBackground],
    newPage: async () => wrap(await context.newPage()),
    async openPopupFor(pageUrl) {
      return openExtensionPage(`popup.html?tab=${await tabIdOf(pageUrl)}`);
    },
    foreignRequests: () => [...foreign, ...proxy.seen().map((r) => `proxy: ${r}`)],
    async close() {
      await context.close();
      await proxy.close();
    },
  };
}
