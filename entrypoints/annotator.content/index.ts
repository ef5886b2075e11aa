/**
 * Injected by the background only into pages the cheap gate let through. Registered at runtime,
 * so pages that are not about the story never load this code or its UI.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Annotator } from './annotator';

declare global {
  // The isolated world's own global: the page cannot see or replace it.
  var __sourceLensAnnotator: Annotator | undefined;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    const existing = globalThis.__sourceLensAnnotator;
    if (existing) {
      void existing.run();
      return;
    }
    const annotator = new Annotator(ctx);
    globalThis.__sourceLensAnnotator = annotator;
    void annotator.run();
  },
});
