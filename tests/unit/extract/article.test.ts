import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText, extractArticle } from '../../../utils/extract/article';
import { harborDocument, HARBOR_URL } from '../../fixtures/manager/pages';

describe('extracting a page’s article with Readability', () => {
  it('reads the metadata a news page declares', () => {
    const article = extractArticle(harborDocument(), HARBOR_URL)!;
    expect(article).toMatchObject({
      url: HARBOR_URL,
      title: 'Stargate’s money questioned as Musk and Altman trade barbs',
      byline: 'Dana Whitlock',
      siteName: 'The Harbor Courier',
      publishedTime: '2025-01-24T08:30:00Z',
      language: 'en',
    });
  });

  it('keeps the article’s paragraphs, one a line, and leaves out navigation, ads, asides and comments', () => {
    const { text } = extractArticle(harborDocument(), HARBOR_URL)!;
    const lines = text.split('\n');
    expect(lines).toContain('He added: “SoftBank has well under $10B secured. I have that on good authority.”');
    // A paragraph that wraps in the HTML source is one line, with single spaces.
    expect(lines.some((l) => l.startsWith('Stargate, the joint venture of OpenAI') && l.endsWith('repeated on Tuesday.'))).toBe(true);
    expect(lines).toContain('— Elon Musk (@elonmusk) January 22, 2025');
    for (const chrome of ['Subscribe', 'Advertisement', 'Related stories', 'Ferry timetable', 'Comments are closed', 'adSlots']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('never changes the page it reads', () => {
    const doc = harborDocument();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, HARBOR_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds no article on a page without one', () => {
    const doc = new JSDOM('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>', { url: 'https://x.example/' }).window.document;
    expect(extractArticle(doc, 'https://x.example/')).toBeNull();
  });

  it('writes blocks as lines and inline elements inside their line', () => {
    const doc = new JSDOM('<div><p>One <em>two</em>\n   three</p><ul><li>four</li><li>five<br>six</li></ul><script>x()</script></div>').window.document;
    expect(articleText(doc.body)).toBe('One two three\nfour\nfive\nsix');
  });
});
