/**
 * Runs in every page: the cheapest possible look at the text. It never touches the DOM; only when
 * the page might be about the story does it ask the background to inject the annotator.
 */
import { mightBeAboutStory } from '../utils/match/prefilter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    try {
      const text = document.body?.textContent ?? '';
      if (mightBeAboutStory(text, document.title)) {
        void browser.runtime.sendMessage({ type: 'page/candidate' }).catch(() => undefined);
      }
    } catch {
      // A hostile page can break DOM getters; the extension then simply does nothing here.
    }
  },
});
