/**
 * The in-page annotator: reads the page text in slices, asks the background what it matches,
 * highlights it and mounts the UI. Any failure leaves the page as it was; nothing is thrown
 * into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageTextBuilder, type PageText } from '../../utils/anchoring/page-text';
import {
  highlight,
  highlightSignature,
  highlightsIntact,
  highlightTexts,
  MARK_TAG,
  removeHighlights,
  type AnchoredHighlight,
  type HighlightRequest,
} from '../../utils/anchoring/highlighter';
import type { AnalyzeReply, AnnotationExport, SidebarView, TabCommand } from '../../utils/messaging/protocol';
import { highlightsExport, type ShownPage } from '../../utils/report/highlights-export';
import type { PageReport } from '../../utils/report/page-report';
import { isInside, watchPage, type PageWatch } from '../../utils/dom/page-watch';
import { noteTime } from '../../utils/dom/timings';
import { followReaderLanguage, type ReaderLanguage } from '../../components/i18n-load';
import type { UiLocaleTag } from '../../utils/i18n/locales';
import type { MessagesFile } from '../../utils/i18n/messages';
import type { Translator } from '../../utils/i18n/translator';
import { sliceDeadline, yieldToPage } from './slices';
import { HOST_TAG, UiHost } from './ui-host';
import { readPageDateMarkup, type MarkupPageDate } from '../../utils/extract/page-date';

/**
 * True when the page has defined custom elements under our tag names: its code would run inside
 * our marks and host (taking the host's shadow root, throwing when a mark is connected), so such a
 * page is left alone. An element made but never connected changes nothing in the page.
 */
function pageClaimsOurElements(): boolean {
  try {
    return [MARK_TAG, HOST_TAG].some((tag) => document.createElement(tag).matches(':defined'));
  } catch {
    return true;
  }
}

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

/**
 * Changes that must not make us analyse the page again: our own nodes, and the <head> (titles,
 * scripts and styles that ads and analytics keep adding), which holds no article text.
 */
const isIgnoredNode = (node: Node) => isInside(node, `${MARK_TAG}, ${HOST_TAG}, head`);

/** A document being edited as a whole (web mail, CMS editors): wrapping its text would corrupt the draft. */
const isBeingEdited = () => document.designMode === 'on';

/**
 * The messages of the language the reader chose in the manager: a content script cannot fetch
 * the extension's files, so the background reads them for it.
 */
async function askMessages(tag: UiLocaleTag): Promise<MessagesFile> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'i18n/messages', locale: tag });
  if (!reply || typeof reply !== 'object' || 'error' in reply) throw new Error(`no messages for ${tag}`);
  return reply as MessagesFile;
}

/** The highlights in the page now, and what they showed when they were made. */
interface Marks {
  signature: string;
  highlights: AnchoredHighlight[];
  texts: string[];
}

export class Annotator {
  private ui: UiHost | null = null;
  /** The text and report of the highlights shown, for the Web Annotation export. */
  private shown: ShownPage | null = null;
  private marks: Marks | null = null;
  private running = false;
  private rerunRequested = false;
  private shownOnce = false;
  private readonly watch: PageWatch;
  /** The interface's language, asked for once when the annotator starts, and again when the reader changes it. */
  private readonly language: ReaderLanguage;

  constructor(private readonly ctx: ContentScriptContext) {
    // The reader picked another language in the manager: the UI already shown follows at once.
    this.language = followReaderLanguage((translator) => {
      if (this.ctx.isValid) this.ui?.setTranslator(translator);
    }, askMessages);
    browser.runtime.onMessage.addListener(this.onCommand);
    // Content that arrives later, and single-page-app navigation, are annotated too. The whole
    // document is watched, not the body: a page may replace <body> itself (document.body = …).
    this.watch = watchPage(document.documentElement, { onChange: () => void this.run(), ignore: isIgnoredNode });
    ctx.addEventListener(window, 'wxt:locationchange', () => this.watch.navigated());
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onCommand);
      this.language.stop();
      this.watch.stop();
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
      // Nothing half done stays in the page: no marks without the UI that explains them.
      try {
        this.remove();
      } catch {
        // The page broke the very calls that undo it; there is nothing left to try.
      }
    } finally {
      this.running = false;
    }
  }

  remove(): void {
    const clear = () => {
      this.ui?.unmount();
      this.ui = null;
      this.shown = null;
      this.marks = null;
      removeHighlights(document);
    };
    this.watch.quietly(clear);
    if (this.shownOnce) {
      this.shownOnce = false;
      void browser.runtime.sendMessage({ type: 'page/cleared' }).catch(() => undefined);
    }
  }

  private async analyzeOnce(): Promise<void> {
    const root = document.body;
    if (!root || isBeingEdited()) {
      this.remove();
      return;
    }
    // Read with any earlier highlights in place: marks only wrap text, so the text is the same.
    const page = await readPageText(root);
    const reply = (await browser.runtime.sendMessage({
      type: 'page/analyze',
      url: location.href,
      title: document.title,
      text: page.text,
      ...pageDateOf(document),
    })) as AnalyzeReply | { error: string };
    // The language is needed before anything is shown; it was asked for when the annotator started.
    const translator = await this.language.latest();
    if (!this.ctx.isValid) return;
    if (!('status' in reply) || reply.status !== 'story' || pageClaimsOurElements()) {
      this.remove();
      return;
    }
    const requests = highlightRequests(reply.report);
    const signature = highlightSignature(page, requests);
    const marks = this.marks;
    if (marks && (marks.signature !== signature || !highlightsIntact(marks.highlights, marks.texts))) {
      // Something the reader sees changed. The new ranges point into text nodes the earlier marks
      // split, so take those out and read the page once more.
      this.watch.quietly(() => removeHighlights(document));
      this.marks = null;
      this.rerunRequested = true;
      return;
    }
    // Unchanged (a page that keeps mutating elsewhere): the marks, and any open card, stay as they are.
    if (!marks) this.watch.quietly(() => this.show(page, reply.report, reply.sidebar, requests, signature, translator));
    // The export always describes the latest text and report (same highlights, current offsets).
    this.shown = { url: location.href, title: document.title, text: page.text, report: reply.report };
    this.shownOnce = true;
    await browser.runtime.sendMessage({ type: 'page/highlighted', anchored: this.marks?.highlights.length ?? 0 });
  }

  /** Highlights and shows the UI. */
  private show(
    page: PageText,
    report: PageReport,
    sidebar: SidebarView,
    requests: HighlightRequest[],
    signature: string,
    translator: Translator,
  ): void {
    // The host first: if the page keeps it from being built, no mark has been placed yet.
    this.ui ??= new UiHost({ sidebar, translator, onSidebarChange: (state) => this.rememberSidebar(state) });
    const highlights = highlight(page, requests).filter((a) => a.elements.length > 0);
    this.marks = { signature, highlights, texts: highlightTexts(highlights) };
    this.ui.show(report, highlights);
    noteTime('firstHighlights');
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

/** The publication date the page's markup gives, for the engine's relative dates; a dateline in the text is the engine's to read. */
function pageDateOf(doc: Document): { pageDate?: MarkupPageDate } {
  try {
    const found = readPageDateMarkup(doc);
    return found ? { pageDate: found } : {};
  } catch {
    return {};
  }
}
