/** Checks that several hostile pages share: what a reader sees of the extension's UI and marks. */
import { expect } from 'vitest';
import type { PageDriver } from './harness/driver';

/** The words each quote's highlight must cover (the engine leaves a quote's closing full stop out). */
const QUOTES: Record<string, string> = {
  'musk.no-money': 'They don’t actually have the money',
  'musk.softbank-10b': 'SoftBank has well under $10B secured. I have that on good authority',
  'altman.wrong-reply': 'Wrong, as you surely know',
};

const launcherBox = (page: PageDriver) =>
  page.evaluate(() => {
    const r = document.querySelector('source-lens-ui')!.shadowRoot!.querySelector('.sl-launcher')!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });

const inViewport = (page: PageDriver, box: { left: number; top: number; right: number; bottom: number }) =>
  page.evaluate(
    (b: typeof box) => b.left >= 0 && b.top >= 0 && b.right <= window.innerWidth && b.bottom <= window.innerHeight,
    box,
  );

export const uiChecks = {
  /** Marks are visibly highlighted and the launcher is a visible, styled button, whatever the page's CSS says. */
  async styled(page: PageDriver): Promise<void> {
    const seen = await page.evaluate(() => {
      const mark = getComputedStyle(document.querySelector('source-lens-mark[data-kind="quote"]')!);
      const host = getComputedStyle(document.querySelector('source-lens-ui')!);
      const launcher = getComputedStyle(document.querySelector('source-lens-ui')!.shadowRoot!.querySelector('.sl-launcher')!);
      return {
        mark: [mark.display, mark.visibility, mark.backgroundColor !== 'rgba(0, 0, 0, 0)', mark.fontSize === getComputedStyle(document.querySelector('source-lens-mark')!.parentElement!).fontSize],
        host: [host.display, host.visibility, host.opacity, host.transform],
        launcher: [launcher.position, /system-ui/.test(launcher.fontFamily)],
      };
    });
    expect(seen).toEqual({
      mark: ['inline', 'visible', true, true],
      host: ['block', 'visible', '1', 'none'],
      launcher: ['fixed', true],
    });
    const box = await launcherBox(page);
    expect(box.width).toBeGreaterThan(10);
    expect(await inViewport(page, box)).toBe(true);
  },

  /** The launcher is what a click at its centre reaches, above every overlay of the page. */
  async launcherOnTop(page: PageDriver): Promise<void> {
    const box = await launcherBox(page);
    const hit = await page.evaluate(
      (b: typeof box) => document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2)?.tagName.toLowerCase() ?? null,
      box,
    );
    expect(hit).toBe('source-lens-ui');
  },

  /** The launcher stays in the viewport wherever the page is scrolled, and a focused quote's card opens beside it. */
  async uiFollowsViewport(page: PageDriver): Promise<void> {
    for (const to of ['top', 'bottom'] as const) {
      await page.evaluate((where: string) => window.scrollTo(0, where === 'top' ? 0 : document.documentElement.scrollHeight), to);
      await new Promise((r) => setTimeout(r, 200));
      expect(await inViewport(page, await launcherBox(page)), `launcher in view at the ${to}`).toBe(true);
    }
    await page.evaluate(() => document.querySelector<HTMLElement>('source-lens-mark[tabindex="0"]')!.scrollIntoView({ block: 'center' }));
    await page.focus('source-lens-mark[tabindex="0"]');
    const placed = (await page.waitFor(() => {
      const card = document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-hover-card');
      if (!card) return null;
      const c = card.getBoundingClientRect();
      const m = document.querySelector('source-lens-mark[tabindex="0"]')!.getBoundingClientRect();
      return { gap: Math.min(Math.abs(c.top - m.bottom), Math.abs(m.top - c.bottom)), top: c.top, bottom: c.bottom, height: innerHeight };
    }))!;
    expect(placed.gap).toBeLessThan(40);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.bottom).toBeLessThanOrEqual(placed.height);
  },

  /** Frames keep their documents as they were: no mark, no host, no DOM change. */
  async framesUntouched(page: PageDriver): Promise<void> {
    const frames = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe, frame')).map((f) => {
        const doc = f.contentDocument!;
        const probe = (f.contentWindow as unknown as { __probe?: { mutations(): string } }).__probe;
        return {
          loaded: doc.readyState,
          ours: doc.querySelectorAll('source-lens-mark, source-lens-ui').length,
          mutations: probe ? probe.mutations() : '',
        };
      }),
    );
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame).toEqual({ loaded: 'complete', ours: 0, mutations: '' });
  },

  /** However the quote is cut up, the marks of one highlight cover all of it. */
  async quotesWhole(page: PageDriver): Promise<void> {
    const byId: Record<string, { ref: string; text: string }> = await page.evaluate(() => {
      const out: Record<string, { ref: string; text: string }> = {};
      for (const m of document.querySelectorAll<HTMLElement>('source-lens-mark[data-kind="quote"]')) {
        const entry = (out[m.dataset.id!] ??= { ref: m.dataset.ref!, text: '' });
        entry.text += m.textContent;
      }
      return out;
    });
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [ref, quote] of Object.entries(QUOTES)) {
      const texts = Object.values(byId).filter((h) => h.ref === ref).map((h) => squash(h.text));
      expect(texts.some((t) => t.includes(quote)), `${ref} highlighted whole: ${JSON.stringify(texts)}`).toBe(true);
    }
  },

  /** Marks never cut a character (surrogate pair) or a grapheme (emoji with modifiers, flags, ZWJ). */
  async noBrokenGraphemes(pages: { plain: PageDriver; annotated: PageDriver }): Promise<void> {
    const textNodes = () => {
      let all = '';
      const offsets: number[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('script, style')) continue;
        offsets.push(all.length);
        all += (n as Text).data;
      }
      return { text: all, cuts: offsets };
    };
    const [plain, annotated] = await Promise.all([pages.plain.evaluate(textNodes), pages.annotated.evaluate(textNodes)]);
    expect(annotated.text).toBe(plain.text);
    const graphemeStarts = new Set<number>();
    for (const { index } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(plain.text)) graphemeStarts.add(index);
    const pageOwn = new Set(plain.cuts);
    const ours = annotated.cuts.filter((c) => !pageOwn.has(c));
    expect(ours.length, 'text nodes the highlights split').toBeGreaterThan(0);
    const inside = ours.filter((c) => !graphemeStarts.has(c));
    expect(inside.map((c) => JSON.stringify(plain.text.slice(c - 4, c + 4)))).toEqual([]);
  },

  /** The extension posts nothing into the page's window: its message listeners hear nothing of ours. */
  async noMessagesPosted(page: PageDriver): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
  },

  /**
   * On a page that never stops mutating, highlights are not torn down and rebuilt over and over:
   * the same mark elements are still there seconds later.
   */
  async highlightsStayPut(page: PageDriver): Promise<void> {
    const tagged = await page.evaluate(() => {
      const marks = document.querySelectorAll('source-lens-mark');
      for (const m of marks) (m as unknown as { __seen: boolean }).__seen = true;
      return marks.length;
    });
    await new Promise((r) => setTimeout(r, 4500));
    const after = await page.evaluate(() => {
      const marks = Array.from(document.querySelectorAll('source-lens-mark'));
      return { count: marks.length, kept: marks.filter((m) => (m as unknown as { __seen?: boolean }).__seen && m.isConnected).length };
    });
    expect(after).toEqual({ count: tagged, kept: tagged });
  },
};
