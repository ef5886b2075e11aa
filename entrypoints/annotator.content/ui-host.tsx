/**
 * The one element the extension adds besides its marks: <source-lens-ui>, a zero-size fixed host
 * whose shadow root holds the card and the sidebar, with their styles inside it (never in the page).
 * It follows pointer and keyboard over the marks through listeners on the document.
 */
import { browser } from 'wxt/browser';
import { render } from 'preact';
import { AnnotatorApp, type CardAnchor } from '../../components/AnnotatorApp';
import { I18nProvider, rootLanguage } from '../../components/i18n';
import { SHADOW_ROOT_CSS } from '../../components/styles';
import { FLASH_STYLE, MARK_TAG, type AnchoredHighlight } from '../../utils/anchoring/highlighter';
import { articleRightEdge, sidebarWidthBeside } from '../../utils/dom/sidebar-fit';
import { indexReport, type PageReport, type ReportIndex } from '../../utils/report/page-report';
import type { SidebarView } from '../../utils/messaging/protocol';
import type { Translator } from '../../utils/i18n/translator';
import { sourceNaming } from '../../components/source-naming';

export const HOST_TAG = 'source-lens-ui';

const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; contain: none !important;';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;

export interface UiHostOptions {
  sidebar: SidebarView;
  /** The reader's language: the card, the sidebar and the launcher speak it. */
  translator: Translator;
  /** The reader opened, closed or resized the sidebar (remembered per site). */
  onSidebarChange(state: SidebarView): void;
}

export class UiHost {
  private readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private report: PageReport | null = null;
  private index: ReportIndex | null = null;
  private highlights: AnchoredHighlight[] = [];
  private card: CardAnchor | null = null;
  private sidebarOpen: boolean;
  private sidebarWidth: number;
  /** The width the open sidebar has: fitted beside the article when it opens, until the reader drags it. */
  private openedWidth: number;
  private current = -1;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: Array<[string, EventListener]> = [];
  private translator: Translator;

  constructor(private readonly options: UiHostOptions) {
    this.sidebarOpen = options.sidebar.open;
    this.sidebarWidth = options.sidebar.width;
    this.openedWidth = options.sidebar.width;
    this.translator = options.translator;
    this.host = document.createElement(HOST_TAG);
    this.host.setAttribute('style', HOST_STYLE);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SHADOW_ROOT_CSS;
    this.mount = document.createElement('div');
    this.applyLanguage();
    shadow.append(style, this.mount);
    document.documentElement.append(this.host);
    this.raiseToTopLayer();
    this.listen('mouseover', (e) => this.onPointerOver(e as MouseEvent));
    this.listen('focusin', (e) => this.onFocusIn(e as FocusEvent));
    this.listen('focusout', (e) => this.onFocusOut(e as FocusEvent));
    this.listen('keydown', (e) => this.onKeyDown(e as KeyboardEvent));
  }

  /**
   * A manual popover lives in the top layer: above any z-index the page uses (overlays that keep
   * re-appending themselves included) and never captured by a transformed or filtered <html>,
   * which would otherwise become the containing block of our fixed elements. The inline style
   * above overrides the popover's default box; where popovers are missing, the host stays a fixed
   * element at the highest z-index.
   */
  private raiseToTopLayer(): void {
    if (typeof this.host.showPopover !== 'function') return;
    this.host.setAttribute('popover', 'manual');
    try {
      this.host.showPopover();
    } catch {
      this.host.removeAttribute('popover');
    }
  }

  show(report: PageReport, highlights: AnchoredHighlight[]): void {
    this.report = report;
    this.index = indexReport(report, sourceNaming(this.translator));
    // Test contract: "story" for the dispute, "related" for the venture's other news.
    this.host.setAttribute('data-relevance', report.decision.relevance);
    // Page order, whatever the kind: next/previous walk the page from top to bottom.
    this.highlights = [...highlights].sort((a, b) => {
      const x = a.elements[0];
      const y = b.elements[0];
      if (!x || !y || x === y) return 0;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    this.card = null;
    this.current = -1;
    if (this.sidebarOpen) this.fitSidebar();
    this.render();
  }

  /** The reader chose another language: everything shown speaks it from now on. */
  setTranslator(translator: Translator): void {
    this.translator = translator;
    if (this.report) this.index = indexReport(this.report, sourceNaming(translator));
    this.applyLanguage();
    this.render();
  }

  /** The container of the card and the sidebar carries their language, for layout, line breaks and fonts. */
  private applyLanguage(): void {
    const { lang, dir } = rootLanguage(this.translator);
    this.mount.setAttribute('lang', lang);
    this.mount.setAttribute('dir', dir);
  }

  unmount(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    for (const [type, listener] of this.listeners) document.removeEventListener(type, listener, true);
    render(null, this.mount);
    this.host.remove();
  }

  setSidebarOpen(open: boolean): void {
    if (open === this.sidebarOpen) return;
    this.sidebarOpen = open;
    if (open) this.fitSidebar();
    this.render();
    this.options.onSidebarChange({ open, width: this.sidebarWidth });
  }

  toggleSidebar(): void {
    this.setSidebarOpen(!this.sidebarOpen);
  }

  /** Moves to the next (1) or previous (-1) highlight in page order. */
  step(direction: 1 | -1): void {
    if (this.highlights.length === 0) return;
    const n = this.highlights.length;
    this.current = (this.current + direction + n) % n;
    this.reveal(this.highlights[this.current]!.id);
  }

  private listen(type: string, listener: EventListener): void {
    document.addEventListener(type, listener, true);
    this.listeners.push([type, listener]);
  }

  private markOf(target: EventTarget | null): Element | null {
    const el = target as Element | null;
    return typeof el?.closest === 'function' ? el.closest(MARK_TAG) : null;
  }

  /** The innermost mark wins: a figure inside a quote shows the figure's card. */
  private onPointerOver(event: MouseEvent): void {
    if (event.target === this.host) {
      clearTimeout(this.hideTimer);
      return;
    }
    const mark = this.markOf(event.target);
    if (mark) {
      clearTimeout(this.hideTimer);
      clearTimeout(this.showTimer);
      this.showTimer = setTimeout(() => this.openCard(mark), SHOW_DELAY_MS);
    } else if (this.card) {
      clearTimeout(this.showTimer);
      this.hideTimer = setTimeout(() => this.closeCard(), HIDE_DELAY_MS);
    }
  }

  private onFocusIn(event: FocusEvent): void {
    const mark = this.markOf(event.target);
    if (mark) this.openCard(mark);
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.markOf(event.target)) return;
    // Focus moving into the card (inside our shadow root) keeps it open.
    if (event.relatedTarget === this.host) return;
    this.closeCard();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    if (this.card) this.closeCard();
    else if (this.sidebarOpen) this.setSidebarOpen(false);
  }

  private openCard(mark: Element): void {
    const matchId = mark.getAttribute('data-id');
    if (!matchId) return;
    const r = mark.getBoundingClientRect();
    this.card = { matchId, rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right } };
    this.render();
  }

  private closeCard(): void {
    if (!this.card) return;
    this.card = null;
    this.render();
  }

  /** Scrolls a highlight into view, flashes it and opens its card. */
  private reveal(matchId: string): void {
    const found = this.highlights.find((h) => h.id === matchId);
    const first = found?.elements[0];
    if (!found || !first) return;
    this.current = this.highlights.indexOf(found);
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    for (const el of found.elements) {
      const style = el.getAttribute('style') ?? '';
      el.setAttribute('style', style + FLASH_STYLE);
      setTimeout(() => el.setAttribute('style', style), 1200);
    }
    (first as HTMLElement).focus?.({ preventScroll: true });
    // Positions settle after a smooth scroll; place the card once it has.
    setTimeout(() => this.openCard(first), reduceMotion ? 0 : 400);
  }

  /** The width the reader chose for the site, or one that leaves the article's text uncovered. */
  private fitSidebar(): void {
    try {
      const right = articleRightEdge(this.highlights.flatMap((h) => h.elements.slice(0, 1)));
      this.openedWidth = sidebarWidthBeside(window.innerWidth, right, this.sidebarWidth);
    } catch {
      this.openedWidth = this.sidebarWidth;
    }
  }

  private render(): void {
    if (!this.report || !this.index) return;
    render(
      <I18nProvider translator={this.translator}>
        <AnnotatorApp
          report={this.report}
          index={this.index}
          anchoredIds={this.highlights.map((h) => h.id)}
          card={this.card}
          viewport={{ width: window.innerWidth, height: window.innerHeight }}
          sidebar={{ open: this.sidebarOpen, width: this.openedWidth }}
          onCardEnter={() => clearTimeout(this.hideTimer)}
          onCardLeave={() => {
            this.hideTimer = setTimeout(() => this.closeCard(), HIDE_DELAY_MS);
          }}
          onDismissCard={() => this.closeCard()}
          onSelect={(id: string) => this.reveal(id)}
          onSidebarOpenChange={(open: boolean) => this.setSidebarOpen(open)}
          onAddPage={() => void browser.runtime.sendMessage({ type: 'page/add-to-corpus' }).catch(() => undefined)}
          onSidebarResize={(width: number) => {
            this.sidebarWidth = width;
            this.openedWidth = width;
            this.render();
            this.options.onSidebarChange({ open: this.sidebarOpen, width });
          }}
        />
      </I18nProvider>,
      this.mount,
    );
  }
}
