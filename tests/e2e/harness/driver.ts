/**
 * One small interface over Playwright (Chromium) and Puppeteer over WebDriver BiDi (Firefox), so
 * every end-to-end scenario is written once and walked in both browsers.
 */
export interface PageDriver {
  goto(url: string): Promise<void>;
  /** Runs a function in the page (main world). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a script's source in the page (to load a library such as axe-core). */
  evaluateScript(source: string): Promise<unknown>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitFor<T, A = undefined>(fn: (arg: A) => T, arg?: A, timeoutMs?: number): Promise<T>;
  hover(selector: string): Promise<void>;
  /** Clicks an element of the extension's UI (inside the <source-lens-ui> shadow root). */
  clickInUi(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Emulates the reader's colour-scheme preference (Chromium only: Firefox over BiDi cannot). */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  focus(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Sets the viewport, e.g. to a toolbar popup's width. */
  resize(width: number, height: number): Promise<void>;
  /**
   * Uncaught errors, unhandled rejections and console errors this page reported since it was
   * opened, from any script world the driver can see (the page's and, in Chromium, the
   * extension's isolated world), plus any console line of the extension's own ("Source Lens…").
   */
  errors(): string[];
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: 'chromium' | 'firefox';
  /** False for a browser launched without the extension, to compare pages with and without it. */
  withExtension: boolean;
  newPage(): Promise<PageDriver>;
  /** Opens the extension's popup for a tab showing `pageUrl`, as a page of its own. */
  openPopupFor(pageUrl: string): Promise<PageDriver>;
  /** Opens one of the extension's own pages ("options.html#/sources") as a tab. */
  openExtensionPage(path: string): Promise<PageDriver>;
  /** The toolbar badge's text for the tab showing `pageUrl`. */
  badgeText(pageUrl: string): Promise<string>;
  /** Sends a message to the content scripts of the tab showing `pageUrl`, as the background would. */
  sendToTab(pageUrl: string, message: unknown): Promise<void>;
  /** The extension's own origin ("chrome-extension://<id>", "moz-extension://<uuid>"). */
  extensionOrigin: string;
  /** Makes the extension's background (service worker or background page) fetch `url`; true if a response came back. */
  fetchFromBackground(url: string): Promise<boolean>;
  /**
   * Every URL the background requested, as the driver's events report it (Chromium's service
   * worker); null where no event reports them (Firefox's background page, which the proxy covers).
   */
  backgroundRequests(): string[] | null;
  /**
   * Every request the browser made that did not go to the test server or the extension itself:
   * those the driver's page and worker events report, and those that reached the counting proxy
   * every non-loopback request is routed through (background, extension pages, the browser).
   */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked build to install; null launches the same browser without the extension. */
  extensionDir: string | null;
  /** Requests to this origin are the test's own. */
  allowedOrigin: string;
  /** The colour scheme the browser reports to pages, fixed at launch (Firefox cannot emulate it later). */
  colorScheme?: 'light' | 'dark';
  /**
   * The browser's own interface language ("ja", "de"), as a reader's browser would have it:
   * Chromium's --lang, Firefox's intl.locale.requested (which needs that language pack installed).
   */
  uiLanguage?: string;
}

/** Console lines of the extension's own start with its name; any of them means something failed. */
export const isExtensionLog = (text: string) => text.startsWith('Source Lens');

export async function waitUntil<T>(probe: () => Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
