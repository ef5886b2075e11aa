/**
 * Each tab's last result. Kept in memory and mirrored to storage.session, because Chrome stops an
 * idle service worker and the popup may ask about a tab long after the page was analysed.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../../utils/messaging/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export function createTabStates() {
  const memory = new Map<number, TabState>();
  const session = browser.storage?.session;

  return {
    async get(tabId: number): Promise<TabState | null> {
      const known = memory.get(tabId);
      if (known || !session) return known ?? null;
      const found: Record<string, unknown> = await session.get(key(tabId)).catch(() => ({}));
      const stored = found[key(tabId)] as TabState | undefined;
      if (stored) memory.set(tabId, stored);
      return stored ?? null;
    },
    async set(state: TabState): Promise<void> {
      memory.set(state.tabId, state);
      await session?.set({ [key(state.tabId)]: state }).catch(() => undefined);
    },
    async clear(tabId: number): Promise<void> {
      memory.delete(tabId);
      await session?.remove(key(tabId)).catch(() => undefined);
    },
  };
}
