/**
 * The in-page annotator: reads the page text in slices, asks the background what it matches,
 * highlights it and mounts the UI. Any failure leaves the page as it was; nothing is thrown
 * into the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageTextBuilder, type PageText } from '../../utils/anchoring/page-text';
import { highlight, removeHighlights, type AnchoredHighlight, type HighlightRequest } from '../../utils/anchoring/highlighter';
import type { AnalyzeReply, AnnotationExport, TabCommand } from '../../utils/messaging/protocol';
import { highlightsExport, type ShownPage } from '../../utils/report/highlights-export';
import type { PageReport } from '../../utils/report/page-report';
import { sliceDeadline, yieldToPage } from './slices';
import { UiHost } from './ui-host';

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

export class Annotator {
  private ui: UiHost | null = null;
  /** The text and report of the highlights shown, for the Web Annotation export. */
  private shown: ShownPage | null = null;
  private running = false;
  private rerunRequested = false;

  constructor(private readonly ctx: ContentScriptContext) {
    browser.runtime.onMessage.addListener(this.onCommand);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onCommand);
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
    this.ui?.unmount();
    this.ui = null;
    this.shown = null;
    removeHighlights(document);
  }

  private async analyzeOnce(): Promise<void> {
    // Earlier highlights would otherwise be nested inside the new ones.
    removeHighlights(document);
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
    const anchored: AnchoredHighlight[] = highlight(page, highlightRequests(reply.report));
    const shown = anchored.filter((a) => a.elements.length > 0);
    this.shown = { url: location.href, title: document.title, text: page.text, report: reply.report };
    if (!this.ui) this.ui = new UiHost();
    this.ui.show(reply.report, shown);
    await browser.runtime.sendMessage({ type: 'page/highlighted', anchored: shown.length });
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
