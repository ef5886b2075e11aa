/**
 * Notices when a page's content changes after load (late articles, infinite scroll, single-page
 * apps) without letting a page that mutates constantly make us work constantly: changes are
 * coalesced, acted on at most once per interval, and only a bounded number of times in a row.
 * It only observes; it never changes the DOM.
 */

/** True when the node (an element, or a text node's parent) is inside an element matching `selector`. */
export function isInside(node: Node, selector: string): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest?.(selector);
}

export interface PageWatchOptions {
  /** Called after the page changed and has been quiet for `settleMs` (or `maxWaitMs` passed). */
  onChange(reason: 'mutation' | 'navigation'): void;
  /** Mutations inside these nodes are the extension's own and are ignored. */
  ignore?(node: Node): boolean;
  settleMs?: number;
  maxWaitMs?: number;
  /** How many mutation-triggered calls before the watch gives up until the next navigation. */
  budget?: number;
}

export interface PageWatch {
  /** A navigation happened (URL changed): act soon, and restore the budget. */
  navigated(): void;
  /** Stop reacting to our own DOM writes: run `write` with the observer paused. */
  quietly<T>(write: () => T): T;
  stop(): void;
}

export function watchPage(root: Node, options: PageWatchOptions): PageWatch {
  const settleMs = options.settleMs ?? 700;
  const maxWaitMs = options.maxWaitMs ?? 3000;
  const fullBudget = options.budget ?? 20;
  let budget = fullBudget;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let pending: 'mutation' | 'navigation' = 'mutation';
  let stopped = false;

  const fire = () => {
    const reason = pending;
    clearTimeout(settleTimer);
    settleTimer = undefined;
    firstPending = 0;
    pending = 'mutation';
    if (stopped) return;
    if (reason === 'mutation') {
      if (budget <= 0) return;
      budget -= 1;
    }
    options.onChange(reason);
  };

  const schedule = (reason: 'mutation' | 'navigation', delay: number) => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (reason === 'navigation') pending = 'navigation';
    const deadline = firstPending + maxWaitMs;
    // A storm never settles. Once the wait reaches the deadline the timer is left alone: were it
    // reset on every mutation, a page mutating faster than timers run would postpone it forever.
    if (settleTimer !== undefined && now + delay >= deadline) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(fire, Math.min(delay, deadline - now));
  };

  const relevant = (records: MutationRecord[]) =>
    records.some((r) => {
      if (options.ignore?.(r.target)) return false;
      if (r.type === 'characterData') return true;
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      return nodes.some((n) => !options.ignore?.(n) && (n.nodeType === 3 || n.nodeType === 1));
    });

  const observer = new MutationObserver((records) => {
    if (budget > 0 && relevant(records)) schedule('mutation', settleMs);
  });
  const config: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(root, config);

  return {
    navigated() {
      budget = fullBudget;
      schedule('navigation', settleMs);
    },
    quietly(write) {
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      stopped = true;
      clearTimeout(settleTimer);
      observer.disconnect();
    },
  };
}
