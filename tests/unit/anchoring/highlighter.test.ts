// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPageText } from '../../../utils/anchoring/page-text';
import {
  highlight,
  highlightSignature,
  highlightsIntact,
  highlightTexts,
  MARK_TAG,
  removeHighlights,
} from '../../../utils/anchoring/highlighter';

const QUOTE = 'SoftBank has well under $10B secured.';

function load(html: string) {
  document.body.innerHTML = html; // our own fixture markup
  return buildPageText(document.body);
}
const marksOf = (id: string) => Array.from(document.querySelectorAll(`${MARK_TAG}[data-id="${id}"]`));
const range = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};

describe('highlighting a quote in the page', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps a quote that spans a link and emphasis, carrying the test-contract attributes', () => {
    const page = load(`<p>Musk wrote: “SoftBank has <a href="/x">well <em>under</em></a> $10B secured.” Then more.</p>`);
    const [hl] = highlight(page, [
      { id: 'q0', kind: 'quote', ref: 'musk.softbank-10b', match: 'exact', ranges: [range(page.text, QUOTE)] },
    ]);
    expect(hl!.elements.map((e) => e.textContent).join('')).toBe(QUOTE);
    for (const el of marksOf('q0')) {
      expect(el.getAttribute('data-kind')).toBe('quote');
      expect(el.getAttribute('data-ref')).toBe('musk.softbank-10b');
      expect(el.getAttribute('data-match')).toBe('exact');
    }
    expect(document.body.textContent).toContain(`“${QUOTE}” Then more.`);
    expect(document.querySelector('a')!.textContent).toBe('well under');
  });

  it('nests a figure inside the quote that contains it', () => {
    const page = load(`<p>“${QUOTE} I have that on good authority.”</p>`);
    highlight(page, [
      { id: 'q0', kind: 'quote', ref: 'musk.softbank-10b', match: 'exact', ranges: [range(page.text, QUOTE)] },
      { id: 'f0', kind: 'figure', ref: 'fig.softbank-secured', match: 'exact', ranges: [range(page.text, 'well under $10B')] },
    ]);
    expect(marksOf('q0').map((e) => e.textContent).join('')).toBe(QUOTE);
    const figure = marksOf('f0');
    expect(figure.map((e) => e.textContent).join('')).toBe('well under $10B');
    expect(figure[0]!.closest(`${MARK_TAG}[data-kind="quote"]`)).not.toBeNull();
  });

  it('highlights each part of a quote split by attribution', () => {
    const page = load(`<p>"Wrong, as you surely know," Altman wrote. "Want to come visit the first site already under way?"</p>`);
    highlight(page, [
      {
        id: 'q0', kind: 'quote', ref: 'altman.wrong-reply', match: 'exact',
        ranges: [range(page.text, 'Wrong, as you surely know,'), range(page.text, 'Want to come visit the first site already under way?')],
      },
    ]);
    expect(marksOf('q0').map((e) => e.textContent)).toEqual([
      'Wrong, as you surely know,',
      'Want to come visit the first site already under way?',
    ]);
    expect(marksOf('q0')[0]!.getAttribute('tabindex')).toBe('0');
    expect(marksOf('q0')[1]!.hasAttribute('tabindex')).toBe(false);
  });

  it('gives the page back exactly its own nodes when the highlights are removed', () => {
    const html = `<p>Musk wrote: “SoftBank has <a href="/x">well <em>under</em></a> $10B secured.” Then more.</p>`;
    const page = load(html);
    const originalNodes = page.segments.map((s) => s.node);
    highlight(page, [
      { id: 'q0', kind: 'quote', ref: 'musk.softbank-10b', match: 'exact', ranges: [range(page.text, QUOTE)] },
    ]);
    removeHighlights(document.body);
    expect(document.body.innerHTML).toBe(html);
    expect(buildPageText(document.body).segments.map((s) => s.node)).toEqual(originalNodes);
  });
});

describe('telling whether a page’s highlights need redoing', () => {
  const request = (page: ReturnType<typeof load>) => [
    { id: 'q0', kind: 'quote' as const, ref: 'musk.softbank-10b', match: 'exact', ranges: [range(page.text, QUOTE)] },
  ];

  it('sees the same highlights when the page only added text above the article', () => {
    const before = load(`<p>Markets up 1%</p><p>Musk wrote: “${QUOTE}”</p>`);
    const after = load(`<p>Markets down 0.4% at noon, then up</p><p>Musk wrote: “${QUOTE}”</p>`);
    expect(highlightSignature(after, request(after))).toBe(highlightSignature(before, request(before)));
  });

  it('sees a change when a highlight covers other words or another match', () => {
    const page = load(`<p>Musk wrote: “${QUOTE}” and “They don’t actually have the money”</p>`);
    const base = highlightSignature(page, request(page));
    const otherWords = [{ ...request(page)[0]!, ranges: [range(page.text, 'They don’t actually have the money')] }];
    expect(highlightSignature(page, otherWords)).not.toBe(base);
    expect(highlightSignature(page, [{ ...request(page)[0]!, match: 'close' }])).not.toBe(base);
  });

  it('knows its marks are intact until the page removes one or rewrites the text inside it', () => {
    const page = load(`<p id="p">Musk wrote: “${QUOTE}”</p>`);
    const anchored = highlight(page, request(page));
    const texts = highlightTexts(anchored);
    expect(texts).toEqual([QUOTE]);
    expect(highlightsIntact(anchored, texts)).toBe(true);

    anchored[0]!.elements[0]!.firstChild!.textContent = 'SoftBank has plenty secured.';
    expect(highlightsIntact(anchored, texts)).toBe(false);

    const again = load(`<p id="p">Musk wrote: “${QUOTE}”</p>`);
    const fresh = highlight(again, request(again));
    document.getElementById('p')!.replaceChildren('A framework re-rendered this paragraph.');
    expect(highlightsIntact(fresh, highlightTexts(fresh))).toBe(false);
  });
});
