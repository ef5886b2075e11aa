/**
 * The page's readable text as one string, with a map from every character back to the DOM text
 * node it came from. The engine matches on the string; the highlighter turns its offsets back
 * into DOM ranges. Works on any DOM implementation (browser, jsdom), so it is tested in Node.
 *
 * Block boundaries become "\n" so that words of adjacent paragraphs never run together
 * ("money" + "He" must not read as "moneyHe"); those separators belong to no node.
 */

/** One text node's share of the page text: text[start, end) is node.data. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

/** Subtrees whose text is not the article's, or that the extension must never touch. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'HEAD', 'TITLE', 'SOURCE-LENS-UI',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True when the element's own text must never be read or highlighted. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Builds the page text in steps, so a huge page can be read across several tasks: call
 * `step(shouldYield)` until it returns true. `shouldYield` is asked every few hundred nodes.
 */
export class PageTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private endsWithBreak = true;
  /** Explicit stack of [node, exiting] so the walk can pause anywhere. */
  private readonly stack: Array<[Node, boolean]>;

  constructor(root: Node) {
    this.stack = [[root, false]];
  }

  step(shouldYield: () => boolean = () => false): boolean {
    let visited = 0;
    while (this.stack.length > 0) {
      if (++visited % 256 === 0 && shouldYield()) return false;
      const [node, exiting] = this.stack.pop()!;
      if (node.nodeType === TEXT_NODE) {
        this.addText(node as Text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const el = node as Element;
      if (exiting) {
        if (isBlock(el)) this.addBreak();
        continue;
      }
      if (isSkippedElement(el)) continue;
      if (isBlock(el)) this.addBreak();
      this.stack.push([el, true]);
      for (let child = el.lastChild; child; child = child.previousSibling) this.stack.push([child, false]);
    }
    return true;
  }

  result(): PageText {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
    this.endsWithBreak = data.charCodeAt(data.length - 1) === 10;
  }

  private addBreak(): void {
    if (this.endsWithBreak) return;
    this.parts.push('\n');
    this.length += 1;
    this.endsWithBreak = true;
  }
}

/** The whole page text at once (tests, small pages). */
export function buildPageText(root: Node): PageText {
  const builder = new PageTextBuilder(root);
  builder.step();
  return builder.result();
}

/** A piece of a text node: node.data.slice(start, end). */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
}

/** Index of the last segment whose start is <= offset. */
function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text-node slices that make up page text [start, end), in document order. Separators
 * between blocks belong to no node and are simply not covered.
 */
export function slicesForRange(page: PageText, start: number, end: number): NodeSlice[] {
  const out: NodeSlice[] = [];
  if (end <= start || page.segments.length === 0) return out;
  for (let i = segmentAt(page.segments, start); i < page.segments.length; i++) {
    const seg = page.segments[i]!;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.end) - seg.start;
    if (to > from) out.push({ node: seg.node, start: from, end: to });
  }
  return out;
}
