/**
 * The hostile and odd pages, what each one tries, and what a reader must see on it. Each page
 * is in tests/e2e/pages/hostile/; hostile.e2e.ts walks them all in both browsers, and the checks
 * here add what is particular to one page.
 */
import { expect } from 'vitest';
import type { PageDriver } from './harness/driver';
import { uiChecks } from './hostile-checks';
import { probeMutations } from './harness/compare-pages';

export interface HostilePage {
  path: string;
  about: string;
  /** Quotes that must be highlighted; none: the page (not about the story, or left alone) must not change. */
  refs: string[];
  /** Compare every n-th element only (very large pages). */
  stride?: number;
  /** The page sets window.__settled once it has finished rebuilding itself. */
  settles?: boolean;
  /** Checks of the page's own, once the extension has done its work. */
  check?(pages: { plain: PageDriver; annotated: PageDriver }): Promise<void>;
}

const STORY = ['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply'];

const sameIn = async <T>(pages: { plain: PageDriver; annotated: PageDriver }, read: () => T) =>
  expect(await pages.annotated.evaluate(read)).toEqual(await pages.plain.evaluate(read));

export const HOSTILE_PAGES: HostilePage[] = [
  { path: 'huge-dom.html', about: '100k nodes and 5 MB of text, not about the story', refs: [], stride: 40 },
  { path: 'huge-story.html', about: 'the story after 100k nodes and 5 MB of other text', refs: STORY, stride: 40 },
  {
    path: 'storm-story.html',
    about: 'a story while the page mutates itself every 3 ms, forever',
    refs: STORY,
    check: ({ annotated }) => uiChecks.highlightsStayPut(annotated),
  },
  { path: 'storm-late.html', about: 'the story arriving late on a page that mutates every millisecond', refs: STORY },
  { path: 'storm-unrelated.html', about: 'a mutation storm on a page not about the story', refs: [] },
  {
    path: 'infinite-scroll.html',
    about: 'an endless feed whose third item is the story',
    refs: ['musk.softbank-10b', 'altman.wrong-reply'],
    settles: true,
  },
  { path: 'spa-routes.html', about: 'a single-page app changing route every 250 ms before settling on the story', refs: STORY, settles: true },
  {
    path: 'override-dom.html',
    about: 'appendChild, attachShadow, createElement, Range, getComputedStyle, MutationObserver… replaced or throwing',
    refs: STORY,
  },
  {
    path: 'override-globals.html',
    about: 'timers, JSON, Array.prototype.map, Promise.prototype.then, addEventListener… replaced or throwing',
    refs: STORY,
  },
  { path: 'override-unrelated.html', about: 'text, title and body getters that throw, on a page not about the story', refs: [] },
  {
    path: 'css-hostile.html',
    about: '* { all: unset } and !important rules aimed at source-lens-mark and source-lens-ui',
    refs: STORY,
    check: ({ annotated }) => uiChecks.styled(annotated),
  },
  {
    path: 'zindex-war.html',
    about: 'overlays at the maximum z-index that keep moving to the end of the document',
    refs: STORY,
    check: ({ annotated }) => uiChecks.launcherOnTop(annotated),
  },
  {
    path: 'transform-filter.html',
    about: 'html { transform; filter }, which captures every fixed element',
    refs: STORY,
    check: ({ annotated }) => uiChecks.uiFollowsViewport(annotated),
  },
  {
    path: 'custom-elements.html',
    about: 'custom elements defined under the extension’s own tag names (a host with a shadow root of its own, marks that throw): left alone',
    refs: [],
    // The story is found (the annotator is injected and asks the background) and still nothing changes.
    check: async ({ annotated }) => {
      await new Promise((r) => setTimeout(r, 3000));
      expect(await probeMutations(annotated), 'DOM changes after the analysis').toBe('');
    },
  },
  { path: 'rtl.html', about: 'an Arabic and Hebrew article quoting the English statements', refs: STORY },
  {
    path: 'fields.html',
    about: 'the quotes in script, style, attributes, inputs, textarea, select, button, contenteditable, svg, template',
    refs: STORY,
    check: async (pages) => {
      const outside = await pages.annotated.evaluate(() =>
        Array.from(document.querySelectorAll('source-lens-mark')).filter((m) => !m.closest('#prose')).map((m) => m.outerHTML),
      );
      expect(outside).toEqual([]);
      await sameIn(pages, () => ({
        comment: (document.getElementById('comment') as HTMLTextAreaElement).value,
        subject: (document.getElementById('subject') as HTMLInputElement).value,
        editable: ['editable', 'editable-empty', 'editable-plain'].map((id) => document.getElementById(id)!.innerHTML),
        attributes: Array.from(document.querySelector('.quote')!.attributes).map((a) => `${a.name}=${a.value}`),
      }));
    },
  },
  { path: 'designmode.html', about: 'a story in a document being edited (designMode on): nothing is wrapped', refs: [] },
  {
    path: 'shadow-dom.html',
    about: 'quotes inside open and closed shadow roots of working web components',
    refs: STORY,
    check: async (pages) => {
      const shadowHtml = () => {
        const open = document.getElementById('open')!.shadowRoot!;
        const closedOf = (window as unknown as { __closedRootOf(e: Element): ShadowRoot }).__closedRootOf;
        const closed = closedOf(document.getElementById('closed')!);
        const serialise = (root: ShadowRoot) => Array.from(root.childNodes).map((n) => (n as Element).outerHTML ?? n.textContent).join('');
        return [serialise(open), serialise(closed)];
      };
      await sameIn(pages, shadowHtml);
      const likes = await pages.annotated.evaluate(() => {
        const button = document.getElementById('open')!.shadowRoot!.querySelector('button')!;
        button.click();
        return button.textContent;
      });
      expect(likes).toBe('Liked 1 times');
    },
  },
  {
    path: 'iframes.html',
    about: 'the story in the top page, in a same-origin iframe and in a srcdoc iframe: only the top page is annotated',
    refs: STORY,
    check: ({ annotated }) => uiChecks.framesUntouched(annotated),
  },
  {
    path: 'frame-only.html',
    about: 'a page not about the story embedding one that is: neither is touched',
    refs: [],
    check: ({ annotated }) => uiChecks.framesUntouched(annotated),
  },
  {
    path: 'body-replaced.html',
    about: 'a page that replaces document.body twice, the story arriving with the new body',
    refs: STORY,
    settles: true,
    check: async ({ annotated }) => {
      const where = await annotated.evaluate(() => ({
        marksInBody: document.body.querySelectorAll('source-lens-mark').length,
        marksAnywhere: document.querySelectorAll('source-lens-mark').length,
        hosts: document.querySelectorAll('source-lens-ui').length,
      }));
      expect(where.marksInBody).toBe(where.marksAnywhere);
      expect(where.hosts).toBe(1);
    },
  },
  { path: 'base-href.html', about: '<base href> pointing at another host (no request may follow it)', refs: STORY },
  {
    path: 'frameset.html',
    about: 'a <frameset> document whose frames hold the story and a recipe: frames are left alone',
    refs: [],
    check: ({ annotated }) => uiChecks.framesUntouched(annotated),
  },
  {
    path: 'split-inline.html',
    about: 'quotes cut into dozens of nested inline elements',
    refs: STORY,
    check: ({ annotated }) => uiChecks.quotesWhole(annotated),
  },
  {
    path: 'emoji.html',
    about: 'emoji, ZWJ sequences, flags, astral letters and combining marks around the quotes',
    refs: STORY,
    check: (pages) => uiChecks.noBrokenGraphemes(pages),
  },
  {
    path: 'message-listener.html',
    about: 'a window message listener that trusts every message to be its own JSON: nothing is posted to it',
    refs: [],
    check: ({ annotated }) => uiChecks.noMessagesPosted(annotated),
  },
  {
    path: 'message-story.html',
    about: 'the same listener on a story page, where the annotator runs too',
    refs: STORY,
    check: ({ annotated }) => uiChecks.noMessagesPosted(annotated),
  },
  { path: 'xhtml-story.xhtml', about: 'the story served as application/xhtml+xml', refs: STORY },
  { path: 'plain-story.txt', about: 'the story as a text/plain document', refs: STORY },
  { path: 'long-line.html', about: 'one text node of 1.5 million characters holding the story twice', refs: STORY },
];
