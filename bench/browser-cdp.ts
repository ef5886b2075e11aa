/**
 * What the browser bench reads over the DevTools protocol: a page's own metrics, the extension's
 * isolated world in that page (where the content scripts note their times), and the heap of the
 * extension's service worker.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface PageMetrics {
  /** Main-thread time of every task the renderer ran for this page, in ms. */
  taskMs: number;
  /** Of which script execution, in ms. */
  scriptMs: number;
  /** The page's JS heap in use after a garbage collection (isolated worlds included), in bytes. */
  heapBytes: number;
}

export async function pageMetrics(cdp: CDPSession): Promise<PageMetrics> {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  };
  const times = await read();
  // The collection we force for a steady heap figure is itself a task: time is read before it.
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await read();
  return { taskMs: times('TaskDuration') * 1000, scriptMs: times('ScriptDuration') * 1000, heapBytes: heap('JSHeapUsedSize') };
}

/** A CDP session on a page that knows the page's execution contexts, the isolated ones included. */
export async function openSession(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const isolated = new Map<string, number>();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    const aux = c.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (aux?.type === 'isolated' || aux?.isDefault === false) isolated.set(c.name, c.id);
  });
  cdp.on('Runtime.executionContextsCleared', () => isolated.clear());
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  return {
    cdp,
    /** Evaluates `expression` in the isolated world named `world` (the extension's name); undefined when it has none. */
    async inWorld<T>(world: string, expression: string): Promise<T | undefined> {
      const id = isolated.get(world);
      if (id === undefined) return undefined;
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true });
      return result.value as T;
    },
  };
}

/** The extension service worker's heap in use, in bytes, read through a page's session. */
export async function serviceWorkerHeap(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!worker) throw new Error('the extension has no running service worker');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const reply = new Promise<number>((resolve) => {
    const onMessage = ({ message }: { message: string }) => {
      const parsed = JSON.parse(message) as { id?: number; result?: { usedSize: number } };
      if (parsed.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolve(parsed.result?.usedSize ?? Number.NaN);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
  const used = await reply;
  await cdp.send('Target.detachFromTarget', { sessionId });
  return used;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, it leaves out the time the thread waited for a core. */
  tdur?: number;
  tts?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

export interface MainThreadTime {
  /** CPU time of every task the page's renderer main thread ran from navigation to the end of the trace, in ms. */
  totalMs: number;
  /** Of which the extension's own script (its content scripts' evaluation, callbacks, compilation), in ms. */
  extensionMs: number;
}

/**
 * Traces a page load and attributes main-thread time by script URL, as DevTools' bottom-up view
 * does, counting CPU time (thread time) where the trace has it: on a machine whose cores are busy
 * with other work, wall time would also count the waits for a core.
 */
export async function traceMainThread(cdp: CDPSession, run: () => Promise<void>, extensionOrigin: string): Promise<MainThreadTime> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => void events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);

  // The page's main thread is the one that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) throw new Error('the trace has no HTML parsing of the page');
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined);
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur!;
  const totalMs = onMain.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + cpu(e), 0) / 1000;
  const ours = onMain
    .filter((e) => (e.args?.data?.url ?? e.args?.beginData?.url ?? '').startsWith(extensionOrigin))
    .map((e) => (e.tts !== undefined && e.tdur !== undefined ? ([e.tts, e.tts + e.tdur] as const) : ([e.ts, e.ts + e.dur!] as const)))
    .sort((a, b) => a[0] - b[0]);
  // Nested events (a compile inside an evaluation) are counted once: the union of their spans.
  let extensionUs = 0;
  let end = -Infinity;
  for (const [from, to] of ours) {
    if (to <= end) continue;
    extensionUs += to - Math.max(from, end);
    end = to;
  }
  return { totalMs, extensionMs: extensionUs / 1000 };
}
