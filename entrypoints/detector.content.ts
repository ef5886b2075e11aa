/**
 * Runs in every page: the cheapest possible look at the text. It never touches the DOM; only when
 * the page might be about the story does it ask the background to inject the annotator. Pages
 * whose article arrives late (single-page apps, infinite scroll) are looked at again, a bounded
 * number of times.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mightBeAboutStory } from '../utils/match/prefilter';
import { isInside, watchPage, type PageWatch } from '../utils/dom/page-watch';
import { noteTime } from '../utils/dom/timings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise window.postMessage() a "script started" note into every page: a message
  // the page's own listeners receive (and may choke on) that names the extension.
  noScriptStartedPostMessage: true,
  main(ctx) {
    noteTime('detectorStart');
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
    if (check()) return;
    // The whole document, not the body: a page may put a new <body> in place of the first. The
    // <head> (scripts and styles that ads keep adding) holds no article.
    watch = watchPage(document.documentElement, {
      onChange: () => void check(),
      ignore: (node) => isInside(node, 'head'),
      budget: 10,
      settleMs: 1000,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch?.navigated());
    ctx.onInvalidated(() => watch?.stop());
  },
});
