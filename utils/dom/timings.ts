/**
 * Moments the content scripts note in their own isolated world (never in the page's: no
 * performance.mark the page could read): `npm run bench:browser` reads them over the DevTools
 * protocol. performance.now() there shares the page's time origin.
 */
export interface ContentScriptTimes {
  detectorStart?: number;
  annotatorStart?: number;
  firstHighlights?: number;
}

/** Notes the first time each moment happens in this document. */
export function noteTime(moment: keyof ContentScriptTimes): void {
  const world = globalThis as { __sourceLensTimes?: ContentScriptTimes };
  const times = (world.__sourceLensTimes ??= {});
  times[moment] ??= performance.now();
}
