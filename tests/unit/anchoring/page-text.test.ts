// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildPageText, PageTextBuilder, slicesForRange } from '../../../utils/anchoring/page-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture only: we write the markup ourselves
  return document.body;
}

describe('page text', () => {
  it('keeps words of adjacent paragraphs apart and inline markup together', () => {
    const { text } = buildPageText(page('<p>They don’t <em>actually</em> have the money</p><p>He said</p>'));
    expect(text).toBe('They don’t actually have the money\nHe said\n');
  });

  it('never reads scripts, styles, form fields, editable areas or the extension’s own UI', () => {
    const { text } = buildPageText(
      page(
        '<p>kept</p><script>var q="hidden"</script><style>p{}</style><textarea>typed</textarea>' +
          '<input value="x"><div contenteditable="true">draft</div><div contenteditable="false">shown</div>' +
          '<source-lens-ui>ui</source-lens-ui><p hidden>gone</p>',
      ),
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['kept', 'shown']);
  });

  it('maps a range that spans several nodes back to the exact slices of each', () => {
    const body = page('<p>Wrong, as <a href="#">you surely</a> know.</p>');
    const pt = buildPageText(body);
    const start = pt.text.indexOf('as you');
    const slices = slicesForRange(pt, start, start + 'as you surely know'.length);
    expect(slices.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['as ', 'you surely', ' know']);
  });

  it('reads a long page across many steps and gets the same text as in one go', () => {
    const html = Array.from({ length: 2000 }, (_, i) => `<p>para ${i} <b>bold</b></p>`).join('');
    const body = page(html);
    const builder = new PageTextBuilder(body);
    let steps = 0;
    while (!builder.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.result().text).toBe(buildPageText(body).text);
  });
});
