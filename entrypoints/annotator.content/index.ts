/**
 * Injected by the background only into pages the cheap gate let through. Registered at runtime,
 * so pages that are not about the story never load this code or its UI. Injected again (the
 * reader switched the site back on), WXT retires the previous instance, which cleans up after
 * itself, and a fresh one takes over.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Annotator } from './annotator';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // WXT would otherwise announce every start to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void new Annotator(ctx).run();
  },
});
