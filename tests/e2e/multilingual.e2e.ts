/**
 * The story read in other languages, in real Chromium and Firefox: a Japanese and a German
 * article get their translated quotes highlighted as `data-match="translated"` and their figures
 * in local formats tied to the corpus; the card says which language the translation is in, which
 * ideas of the original it carries, and the page's figure in the corpus's terms. A Japanese page
 * about face masks (マスク) is left exactly as it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, openStoryPage, readMarks, ROOT, useBrowser } from './harness/suite';
import type { PageDriver } from './harness/driver';

const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');


const cardText = (page: PageDriver) =>
  page.waitFor(() => document.querySelector('source-lens-ui')?.shadowRoot?.querySelector('.sl-card')?.textContent ?? null);

describe.each(BROWSERS)('in %s', (name, launch, extensionDir) => {
  const session = useBrowser(launch, extensionDir);
  let ja: PageDriver;
  let de: PageDriver;

  beforeAll(async () => {
    ja = await openStoryPage(session, '/story-ja.html');
    de = await openStoryPage(session, '/story-de.html');
  });

  it('highlights the translated quotes of a Japanese article', async () => {
    const quotes = (await readMarks(ja)).filter((m) => m.kind === 'quote');
    expect(quotes.filter((m) => m.match === 'translated').map((m) => m.ref)).toEqual(
      expect.arrayContaining(['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply']),
    );
    expect(quotes.find((m) => m.ref === 'musk.no-money')!.text).toBe('彼らは実際には資金を持っていない');
  });

  it('ties the figures printed in Japanese formats, and never the yen conversion', async () => {
    const figures = (await readMarks(ja)).filter((m) => m.kind === 'figure');
    expect(figures).toEqual(expect.arrayContaining([expect.objectContaining({ ref: 'fig.total-investment', text: '最大5000億ドル' })]));
    expect(figures.some((m) => (m.text ?? '').includes('兆円'))).toBe(false);
  });

  it('shows the English original, the language and the ideas a translation carries on hover', async () => {
    await ja.hover('source-lens-mark[data-kind="quote"][data-ref="altman.wrong-reply"]');
    const card = await cardText(ja);
    expect(card).toContain('Sam Altman');
    expect(card).toContain('A translation into Japanese');
    expect(card).toContain('Carries: wrong');
    expect(card).toContain('Leaves out: put America first');
    expect(card).toContain('Want to come visit the first site already under way?');
    await ja.screenshot(resolve(SCREENSHOTS, `${name}-card-ja.png`));
    await ja.press('Escape');
  });

  it('gives a German figure in the corpus’s terms, with each source’s value', async () => {
    const marks = await readMarks(de);
    expect(marks.filter((m) => m.match === 'translated').map((m) => m.ref)).toEqual(
      expect.arrayContaining(['musk.no-money', 'musk.softbank-10b', 'altman.wrong-reply']),
    );
    await de.hover('source-lens-mark[data-kind="figure"][data-ref="fig.total-investment"]');
    const card = await cardText(de);
    expect(card).toContain('bis zu 500 Milliarden Dollar = 500 billion US dollars');
    expect(card).toContain('read in German');
    expect(card).toContain('What each source says');
    await de.press('Escape');
  });

  it('leaves a Japanese page about face masks untouched', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(session.server.url('/masks-ja.html'));
    await new Promise((r) => setTimeout(r, 1500));
    const after = await tab.evaluate(() => ({
      mutations: (window as unknown as { __mutations: string[] }).__mutations,
      marks: document.querySelectorAll('source-lens-mark, source-lens-ui').length,
    }));
    expect(after).toEqual({ mutations: [], marks: 0 });
    await tab.close();
  });
});
