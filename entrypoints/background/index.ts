/**
 * The background owns the corpus (IndexedDB) and the engine: pages send it their text, it answers
 * with what to highlight. Keeping the engine here means the page's main thread never runs it.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { createRouter, RejectedMessage } from '../../utils/background/router';
import { classifySender } from '../../utils/background/sender';
import { createCorpusService } from './corpus-service';
import { createTabStates } from './tab-states';
import { createDrafts } from './drafts';
import type { TabCommand } from '../../utils/messaging/protocol';
import { GUARD_CSS } from '../../utils/anchoring/guard-styles';
import { folderOf, type UiLocaleTag } from '../../utils/i18n/locales';
import type { MessagesFile } from '../../utils/i18n/messages';

const ANNOTATOR_FILE = '/content-scripts/annotator.js';
const EXTRACTOR_FILE = '/content-scripts/extractor.js';

async function injectAnnotator(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: ANNOTATOR_FILE, frameId, runAt: 'document_idle' });
  }
}

/** Tabs whose current document has the guard styles; a new document (navigation) has none. */
const guardedTabs = new Set<number>();

async function guardPage(tabId: number, frameId: number): Promise<void> {
  if (guardedTabs.has(tabId)) return;
  guardedTabs.add(tabId);
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: GUARD_CSS, origin: 'USER' });
  } else {
    await browser.tabs.insertCSS(tabId, { code: GUARD_CSS, cssOrigin: 'user', frameId });
  }
}

/** The extractor's result: what its main() returned in the tab's top frame. */
async function extractArticle(tabId: number): Promise<unknown> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [EXTRACTOR_FILE] });
    return first?.result ?? null;
  }
  const results = await browser.tabs.executeScript(tabId, { file: EXTRACTOR_FILE, frameId: 0 });
  return results?.[0] ?? null;
}

async function openManager(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}

/** The packaged messages of one interface language (content scripts cannot fetch them themselves). */
async function messages(locale: UiLocaleTag): Promise<MessagesFile> {
  // The URL types know only the entrypoints' pages; the _locales files are packaged all the same.
  const response = await fetch(browser.runtime.getURL(`/_locales/${folderOf(locale)}/messages.json` as '/popup.html'));
  if (!response.ok) throw new Error(`no messages for ${locale} (${response.status})`);
  return (await response.json()) as MessagesFile;
}

const action = () => browser.action ?? browser.browserAction;

async function setBadge(tabId: number, count: number | null): Promise<void> {
  const text = count === null ? '' : count > 999 ? '999+' : String(count);
  await action().setBadgeText({ tabId, text }).catch(() => undefined);
  if (count !== null) await action().setBadgeBackgroundColor({ tabId, color: '#1f2959' }).catch(() => undefined);
}

export default defineBackground(() => {
  const corpus = createCorpusService();
  const tabs = createTabStates();

  const router = createRouter({
    corpus: () => corpus.current(),
    settings: corpus.settings,
    tabs,
    injectAnnotator,
    guardPage,
    sendToTab: (tabId: number, command: TabCommand) => browser.tabs.sendMessage(tabId, command),
    invalidateCorpus: () => corpus.invalidate(),
    extractArticle,
    drafts: createDrafts(),
    newDraftId: () => crypto.randomUUID(),
    openManager,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.url ?? null,
    setBadge,
    now: () => new Date().toISOString(),
    messages,
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void corpus.seedFromPackage({ force: reason === 'update' });
  });
  browser.runtime.onStartup.addListener(() => void corpus.seedFromPackage({ force: false }));

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    router.handle(message, classifySender(sender, { id: browser.runtime.id, root: browser.runtime.getURL('/') })).catch((error: unknown) => {
      // A rejected or failed message is answered with an error object, never a thrown page error.
      const reason = error instanceof RejectedMessage ? error.message : 'internal error';
      if (!(error instanceof RejectedMessage)) console.error('Source Lens:', error);
      return { error: reason };
    }),
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    guardedTabs.delete(tabId);
    void tabs.clear(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') guardedTabs.delete(tabId);
    // A new document in the tab: its old highlights are gone with the old page.
    if (change.status === 'loading' && change.url) void tabs.clear(tabId).then(() => setBadge(tabId, null));
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const commands: Record<string, TabCommand> = {
      'next-highlight': { type: 'ui/next-highlight' },
      'previous-highlight': { type: 'ui/previous-highlight' },
      'toggle-sidebar': { type: 'ui/toggle-sidebar' },
    };
    const tabCommand = commands[command];
    if (tabCommand) await browser.tabs.sendMessage(tab.id, tabCommand).catch(() => undefined);
  });
});
