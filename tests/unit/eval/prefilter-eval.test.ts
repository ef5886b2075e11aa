/**
 * The cheap gate in every page lets through every story page of the evaluation set, and every
 * related one (the engine still shows the corpus's quotes and figures there), read the way the
 * detector content script reads a page: the body's textContent and the document's title.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mightBeAboutStory } from '../../../utils/match/prefilter';
import { labelledRelevance } from '../../../utils/eval/labels';
import { loadLabels, PAGES_DIR } from '../../../scripts/eval/eval-set';

type JsdomConstructor = new (html: string) => { window: { document: Document; close(): void } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

function gateSays(html: string): boolean {
  const dom = new JSDOM(html);
  try {
    const doc = dom.window.document;
    return mightBeAboutStory(doc.body?.textContent ?? '', doc.title);
  } finally {
    dom.window.close();
  }
}

describe('the cheap gate on the evaluation set', () => {
  const stories = loadLabels().filter((l) => l.about);
  const related = loadLabels().filter((l) => labelledRelevance(l) === 'related');

  it('has story pages to check', () => {
    expect(stories.length).toBeGreaterThan(20);
  });

  // A hundred pages through jsdom: seconds on a busy machine.
  const PARSING = 30_000;

  it('lets every story page through', () => {
    const stopped = stories.filter((l) => !gateSays(readFileSync(`${PAGES_DIR}${l.file}`, 'utf8'))).map((l) => l.file);
    expect(stopped).toEqual([]);
  }, PARSING);

  it('lets every related page through', () => {
    expect(related.length).toBeGreaterThan(10);
    const stopped = related.filter((l) => !gateSays(readFileSync(`${PAGES_DIR}${l.file}`, 'utf8'))).map((l) => l.file);
    expect(stopped).toEqual([]);
  }, PARSING);
});
