/** Long work on the page's main thread is cut into slices that each stay well under 50 ms. */
export const SLICE_MS = 8;

export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A deadline checker for one slice. */
export function sliceDeadline(ms = SLICE_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}
