/**
 * The article of a page, read with Mozilla's Readability on a clone of the document: Readability
 * rewrites the tree it is given, and the page the reader is looking at must never change. Works
 * on any DOM (the browser's, jsdom's), so it is tested in Node.
 */
import { Readability } from '@mozilla/readability';
import * as v from 'valibot';
import { isSkippedElement } from '../anchoring/page-text';

/** What "Add this page to the corpus" keeps of a page: its metadata and its text, one paragraph a line. */
export interface ExtractedArticle {
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** As the page's metadata gives it, usually ISO 8601 ("2025-01-23T09:00:00Z"). */
  publishedTime: string | null;
  /** The page's language tag, e.g. "en" or "en-GB". */
  language: string | null;
  text: string;
}

/** Less text than this is a page's chrome (a menu, a cookie notice), not an article. */
export const MIN_ARTICLE_CHARS = 200;

/** The longest article text kept (the corpus allows 2 MB); longer text is cut at a paragraph. */
export const MAX_ARTICLE_TEXT = 1_000_000;

const shortText = v.nullable(v.pipe(v.string(), v.maxLength(2000)));
/** The background checks what a tab hands it: the page's content is not to be trusted. */
export const ExtractedArticleSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(8192)),
  title: shortText,
  byline: shortText,
  siteName: shortText,
  publishedTime: shortText,
  language: shortText,
  text: v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_ARTICLE_TEXT)),
});

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/**
 * The text of `root` with one block a line and the white space of the HTML source collapsed, so
 * a quotation that wraps in the source is one line here (the quotation finder reads by line).
 */
export function articleText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkippedElement(el)) return;
    const block = BLOCK.test(el.tagName.toUpperCase());
    if (block) breakLine();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) breakLine();
  };
  walk(root);
  breakLine();
  return capText(lines);
}

function capText(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    const next = text === '' ? line : `${text}\n${line}`;
    if (next.length > MAX_ARTICLE_TEXT) break;
    text = next;
  }
  return text;
}

const clean = (value: string | null | undefined): string | null => {
  const flat = value?.replace(/\s+/g, ' ').trim();
  return flat ? flat.slice(0, 2000) : null;
};

/** The page's article, or null when Readability finds none (a home page, a search page…). */
export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (!parsed?.content) return null;
  const text = articleText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  return {
    url,
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    language: clean(parsed.lang ?? doc.documentElement?.getAttribute('lang')),
    text,
  };
}
