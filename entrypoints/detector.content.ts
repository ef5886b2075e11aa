/**
 * Runs in every page: the cheapest possible look at the text. It never touches the DOM; only when
 * the page might be about the story does it ask the background to inject the annotator. Pages
 * whose article arrives late (single-page apps, infinite scroll) are looked at again, a bounded
 * number of times.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mightBeAboutStory } from '../utils/match/prefilter';
import { watchPage, type PageWatch } from '../utils/dom/page-watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce every start to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let watch: PageWatch | null = null;
    const check = (): boolean => {
      try {
        if (!mightBeAboutStory(document.body?.textContent ?? '', document.title)) return false;
      } catch {
        // A hostile page can break DOM getters; the extension then simply does nothing here.
        return false;
      }
      watch?.stop();
      void browser.runtime.sendMessage({ type: 'page/candidate' }).catch(() => undefined);
      return true;
    };
    if (check() || !document.body) return;
    watch = watchPage(document.body, { onChange: () => void check(), budget: 10, settleMs: 1000 });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch?.navigated());
    ctx.onInvalidated(() => watch?.stop());
  },
});
