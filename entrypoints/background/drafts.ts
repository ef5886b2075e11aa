/**
 * Pages extracted by "Add this page to the corpus", waiting for the manager's add view. Kept in
 * memory and mirrored to storage.session, because Chrome may stop the service worker between the
 * extraction and the manager asking for the draft; a browser restart forgets them.
 */
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../../utils/extract/article';

const key = (id: string) => `draft:${id}`;
/** Only the latest few drafts are kept: an article can be a megabyte and session storage is small. */
const MAX_DRAFTS = 5;

export function createDrafts() {
  const memory = new Map<string, ExtractedArticle>();
  const session = browser.storage?.session;

  return {
    async put(id: string, article: ExtractedArticle): Promise<void> {
      memory.set(id, article);
      for (const old of [...memory.keys()].slice(0, Math.max(0, memory.size - MAX_DRAFTS))) {
        memory.delete(old);
        await session?.remove(key(old)).catch(() => undefined);
      }
      await session?.set({ [key(id)]: article }).catch(() => undefined);
    },
    async get(id: string): Promise<ExtractedArticle | null> {
      const known = memory.get(id);
      if (known || !session) return known ?? null;
      const found: Record<string, unknown> = await session.get(key(id)).catch(() => ({}));
      return (found[key(id)] as ExtractedArticle | undefined) ?? null;
    },
    async remove(id: string): Promise<void> {
      memory.delete(id);
      await session?.remove(key(id)).catch(() => undefined);
    },
  };
}
