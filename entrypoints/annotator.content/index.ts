/**
 * Injected by the background only into pages the cheap gate let through. Registered at runtime,
 * so pages that are not about the story never load this code or its UI. Injected again (the
 * reader switched the site back on), WXT retires the previous instance, which cleans up after
 * itself, and a fresh one takes over.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Annotator } from './annotator';
import { noteTime } from '../../utils/dom/timings';

declare global {
  // The isolated world's own global, which the page cannot see; the browser bench reads it to
  // tell whether the annotator was injected into a page.
  var __sourceLensAnnotator: Annotator | undefined;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // No "script started" window.postMessage into the page (see the detector).
  noScriptStartedPostMessage: true,
  main(ctx) {
    noteTime('annotatorStart');
    // Injected again (the reader switched the site back on): WXT has just invalidated the previous
    // run's context, which took its highlights and listeners with it, so a new annotator starts
    // from a clean page under the new context.
    const annotator = new Annotator(ctx);
    globalThis.__sourceLensAnnotator = annotator;
    void annotator.run();
  },
});
