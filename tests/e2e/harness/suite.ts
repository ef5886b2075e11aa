/** What every end-to-end file shares: the two browsers, the page server, and their lifetimes. */
import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { startPageServer, type PageServer } from './server';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserDriver, LaunchOptions, PageDriver } from './driver';

export const ROOT = resolve(import.meta.dirname, '../../..');

export const BROWSERS: Array<[string, (o: LaunchOptions) => Promise<BrowserDriver>, string]> = [
  ['chromium', launchChromium, resolve(ROOT, '.output/chrome-mv3')],
  ['firefox', launchFirefox, resolve(ROOT, '.output/firefox-mv2')],
];

export interface Session {
  server: PageServer;
  browser: BrowserDriver;
  /** The same browser without the extension, when asked for: the page as its authors see it. */
  plain: BrowserDriver;
}

/**
 * Starts the page server and the browser before the file's tests, and stops both after;
 * `{ plain: true }` also launches the browser without the extension, for comparisons.
 */
export function useBrowser(
  launch: (o: LaunchOptions) => Promise<BrowserDriver>,
  extensionDir: string,
  options: { plain?: boolean; uiLanguage?: string } = {},
): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startPageServer({
      '/': resolve(ROOT, 'tests/e2e/pages'),
      '/eval/': resolve(ROOT, 'tests/fixtures/eval/pages'),
      '/fixtures/': resolve(ROOT, 'tests/fixtures/pages'),
    });
    const allowedOrigin = session.server.origin;
    session.browser = await launch({ extensionDir, allowedOrigin, ...(options.uiLanguage ? { uiLanguage: options.uiLanguage } : {}) });
    if (options.plain) session.plain = await launch({ extensionDir: null, allowedOrigin });
  });
  afterAll(async () => {
    await session.plain?.close();
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Opens a page and waits until the extension has highlighted something in it. */
export async function openStoryPage(session: Session, path: string): Promise<PageDriver> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(path));
  await page.waitFor(() => document.querySelectorAll('source-lens-mark').length > 0, undefined, 20_000);
  return page;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page on `context` (a selector, or a shadow-piercing selector list such as
 * [['source-lens-ui', '.sl-sidebar']]) and returns its violations, shortened for readable failures.
 */
export async function axeViolations(page: PageDriver, context: unknown = 'body'): Promise<AxeViolation[]> {
  await page.evaluateScript(AXE_SOURCE);
  return page.evaluate(async (ctx: unknown) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(ctx, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, context);
}

export interface MarkInfo {
  kind: string | undefined;
  ref: string | undefined;
  match: string | undefined;
  id: string | undefined;
  text: string | null;
}

/** Every highlight of the page with its test-contract attributes. */
export const readMarks = (page: PageDriver): Promise<MarkInfo[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('source-lens-mark')).map((m) => ({
      kind: m.dataset.kind,
      ref: m.dataset.ref,
      match: m.dataset.match,
      id: m.dataset.id,
      text: m.textContent,
    })),
  );
