/**
 * The in-page annotator: reads the page text in slices, asks the background what it matches,
 * highlights it and mounts the UI. Any failure leaves the page as it was; nothing is thrown
 * into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageTextBuilder, type PageText } from '../../utils/anchoring/page-text';
import { highlight, MARK_TAG, removeHighlights, type AnchoredHighlight, type HighlightRequest } from '../../utils/anchoring/highlighter';
import type { AnalyzeReply, AnnotationExport, SidebarView, TabCommand } from '../../utils/messaging/protocol';
import { highlightsExport, type ShownPage } from '../../utils/report/highlights-export';
import type { PageReport } from '../../utils/report/page-report';
import { watchPage, type PageWatch } from '../../utils/dom/page-watch';
import { sliceDeadline, yieldToPage } from './slices';
import { HOST_TAG, UiHost } from './ui-host';

async function readPageText(root: Node): Promise<PageText> {
  const builder = new PageTextBuilder(root);
  while (!builder.step(sliceDeadline())) await yieldToPage();
  return builder.result();
}

/** Quotes first, so the figures inside them nest within their marks. */
export function highlightRequests(report: PageReport): HighlightRequest[] {
  const quotes: HighlightRequest[] = report.quotes.map((q) => ({
    id: q.id,
    kind: 'quote',
    ref: q.utteranceId,
    match: q.fidelity,
    ranges: q.ranges,
  }));
  const figures: HighlightRequest[] = report.figures.flatMap((f) =>
    f.figureId ? [{ id: f.id, kind: 'figure' as const, ref: f.figureId, match: f.fidelity, ranges: [f.range] }] : [],
  );
  const dates: HighlightRequest[] = report.dates.flatMap((d) =>
    d.eventId ? [{ id: d.id, kind: 'date' as const, ref: d.eventId, match: 'exact', ranges: [d.range] }] : [],
  );
  return [...quotes, ...figures, ...dates];
}

/** Our own nodes: their changes must not make us analyse the page again. */
function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest?.(`${MARK_TAG}, ${HOST_TAG}`);
}

export class Annotator {
  private ui: UiHost | null = null;
  /** The text and report of the highlights shown, for the Web Annotation export. */
  private shown: ShownPage | null = null;
  private running = false;
  private rerunRequested = false;
  private shownOnce = false;
  private readonly watch: PageWatch | null;

  constructor(private readonly ctx: ContentScriptContext) {
    browser.runtime.onMessage.addListener(this.onCommand);
    // Content that arrives later, and single-page-app navigation, are annotated too.
    this.watch = document.body ? watchPage(document.body, { onChange: () => void this.run(), ignore: isOwnNode }) : null;
    ctx.addEventListener(window, 'wxt:locationchange', () => this.watch?.navigated());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onCommand);
      this.watch?.stop();
      this.remove();
    });
  }

  /** Analyses the page again; calls made while a run is under way fold into one more run. */
  async run(): Promise<void> {
    if (this.running) {
      this.rerunRequested = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.rerunRequested = false;
        await this.analyzeOnce();
      } while (this.rerunRequested && this.ctx.isValid);
    } catch (error) {
      console.debug('Source Lens: annotation stopped', error);
    } finally {
      this.running = false;
    }
  }

  remove(): void {
    const clear = () => {
      this.ui?.unmount();
      this.ui = null;
      this.shown = null;
      removeHighlights(document);
    };
    if (this.watch) this.watch.quietly(clear);
    else clear();
    if (this.shownOnce) {
      this.shownOnce = false;
      void browser.runtime.sendMessage({ type: 'page/cleared' }).catch(() => undefined);
    }
  }

  private async analyzeOnce(): Promise<void> {
    // Earlier highlights would otherwise be nested inside the new ones.
    this.watch?.quietly(() => removeHighlights(document));
    const root = document.body;
    if (!root) return;
    const page = await readPageText(root);
    const reply = (await browser.runtime.sendMessage({
      type: 'page/analyze',
      url: location.href,
      title: document.title,
      text: page.text,
    })) as AnalyzeReply | { error: string };
    if (!this.ctx.isValid) return;
    if (!('status' in reply) || reply.status !== 'story') {
      this.remove();
      return;
    }
    const { report, sidebar } = reply;
    const shown = this.watch
      ? this.watch.quietly(() => this.show(page, report, sidebar))
      : this.show(page, report, sidebar);
    this.shownOnce = true;
    await browser.runtime.sendMessage({ type: 'page/highlighted', anchored: shown });
  }

  /** Highlights and shows the UI; returns how many matches could be anchored. */
  private show(page: PageText, report: PageReport, sidebar: SidebarView): number {
    const anchored: AnchoredHighlight[] = highlight(page, highlightRequests(report));
    const shown = anchored.filter((a) => a.elements.length > 0);
    this.shown = { url: location.href, title: document.title, text: page.text, report };
    this.ui ??= new UiHost({ sidebar, onSidebarChange: (state) => this.rememberSidebar(state) });
    this.ui.show(report, shown);
    return shown.length;
  }

  private sidebarTimer: ReturnType<typeof setTimeout> | undefined;

  /** A drag resizes many times a second; only where it ends is stored. */
  private rememberSidebar(state: SidebarView): void {
    clearTimeout(this.sidebarTimer);
    this.sidebarTimer = setTimeout(() => {
      void browser.runtime.sendMessage({ type: 'page/sidebar', ...state }).catch(() => undefined);
    }, 300);
  }

  private readonly onCommand = (message: unknown): Promise<AnnotationExport> | undefined => {
    const command = message as TabCommand;
    switch (command?.type) {
      case 'ui/export-annotations':
        return Promise.resolve(highlightsExport(this.shown, new Date().toISOString()));
      case 'ui/open-sidebar':
        this.ui?.setSidebarOpen(true);
        break;
      case 'ui/toggle-sidebar':
        this.ui?.toggleSidebar();
        break;
      case 'ui/next-highlight':
        this.ui?.step(1);
        break;
      case 'ui/previous-highlight':
        this.ui?.step(-1);
        break;
      case 'ui/remove':
        this.remove();
        break;
    }
    return undefined;
  };
}
