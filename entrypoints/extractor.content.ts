/**
 * Injected by the background when the user adds a page to the corpus: reads the article with
 * Readability on a clone of the document (the page itself is never changed) and returns it to
 * the background as the script's result. Registered at runtime, so no page loads it otherwise.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, type ExtractedArticle } from '../utils/extract/article';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(): ExtractedArticle | null {
    try {
      return extractArticle(document, location.href);
    } catch (error) {
      console.debug('Source Lens: no article extracted', error);
      return null;
    }
  },
});
