/**
 * Wraps page-text ranges in <source-lens-mark> elements and takes them out again, leaving the
 * page's text nodes as they were. All cut points are made first, so every highlight then wraps
 * whole text nodes: nested or neighbouring highlights (a figure inside a quote) never disturb
 * each other, and nothing depends on live Range updates while nodes move.
 */
import type { PageText, TextSegment } from './page-text';
import type { TextRange } from '../match/types';

export const MARK_TAG = 'source-lens-mark';

export interface HighlightRequest {
  /** Match id ("q0", "f3"): every element of one highlight carries it. */
  id: string;
  kind: 'quote' | 'figure' | 'date';
  /** The corpus record's id. */
  ref: string;
  match: string;
  ranges: TextRange[];
}

/**
 * Inline styles only: the extension adds no stylesheet to the page, and inline !important
 * declarations outrank page rules aimed at our element. box-shadow instead of a border so that
 * no line box grows and the page's own elements keep their geometry.
 */
const MARK_STYLE: Record<HighlightRequest['kind'], string> = {
  quote:
    'all: unset !important; display: inline !important; background-color: rgba(255, 208, 0, 0.38) !important; box-shadow: inset 0 -2px 0 rgba(191, 143, 0, 0.9) !important; color: inherit !important; cursor: help !important; font: inherit !important; -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important;',
  figure:
    'all: unset !important; display: inline !important; background-color: rgba(64, 156, 255, 0.22) !important; box-shadow: inset 0 -2px 0 rgba(30, 100, 220, 0.9) !important; color: inherit !important; cursor: help !important; font: inherit !important;',
  date:
    'all: unset !important; display: inline !important; box-shadow: inset 0 -2px 0 rgba(120, 80, 200, 0.85) !important; color: inherit !important; cursor: help !important; font: inherit !important;',
};

export const FLASH_STYLE = 'outline: 3px solid rgba(255, 140, 0, 0.95) !important; outline-offset: 1px !important;';

export interface AnchoredHighlight {
  id: string;
  elements: Element[];
}

/** Text nodes that exist only because we split a page node; removal merges them back. */
const splitOff = new WeakSet<Text>();

/** Splits the page's text nodes at every offset, returning the pieces in page order. */
function cutAt(page: PageText, offsets: Set<number>): TextSegment[] {
  const sorted = [...offsets].sort((a, b) => a - b);
  const atoms: TextSegment[] = [];
  let k = 0;
  for (const seg of page.segments) {
    while (k < sorted.length && sorted[k]! <= seg.start) k++;
    const inside: number[] = [];
    for (let j = k; j < sorted.length && sorted[j]! < seg.end; j++) inside.push(sorted[j]!);
    if (inside.length === 0 || !seg.node.parentNode) {
      atoms.push(seg);
      continue;
    }
    // From the last cut backwards, so the page's own node keeps the head of its text.
    const pieces: TextSegment[] = [];
    let end = seg.end;
    for (const cut of inside.reverse()) {
      const tail = seg.node.splitText(cut - seg.start);
      splitOff.add(tail);
      pieces.push({ node: tail, start: cut, end });
      end = cut;
    }
    pieces.push({ node: seg.node, start: seg.start, end });
    atoms.push(...pieces.reverse());
  }
  return atoms;
}

function firstAtomFrom(atoms: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atoms[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Formatting whitespace between blocks is left alone; a space between two words is not. */
const isLayoutWhitespace = (text: string) => /^\s*$/.test(text) && /[\n\r\t]/.test(text);

/**
 * Highlights every request, outer ones first (quotes before the figures inside them); returns,
 * per request, the mark elements created (none when its text is no longer in the page).
 */
export function highlight(page: PageText, requests: HighlightRequest[]): AnchoredHighlight[] {
  const offsets = new Set<number>();
  for (const req of requests) for (const r of req.ranges) offsets.add(r.start).add(r.end);
  const atoms = cutAt(page, offsets);

  return requests.map((req) => {
    const elements: Element[] = [];
    for (const r of req.ranges) {
      for (let i = firstAtomFrom(atoms, r.start); i < atoms.length && atoms[i]!.start < r.end; i++) {
        const { node } = atoms[i]!;
        const parent = node.parentNode;
        const doc = node.ownerDocument;
        if (!parent || !doc || isLayoutWhitespace(node.data)) continue;
        const mark = doc.createElement(MARK_TAG);
        // The test contract knows two kinds; a date is a figure of the timeline.
        mark.setAttribute('data-kind', req.kind === 'quote' ? 'quote' : 'figure');
        if (req.kind === 'date') mark.setAttribute('data-type', 'date');
        mark.setAttribute('data-ref', req.ref);
        mark.setAttribute('data-match', req.match);
        mark.setAttribute('data-id', req.id);
        mark.setAttribute('style', MARK_STYLE[req.kind]);
        // Only the first piece takes keyboard focus, so Tab visits each highlight once.
        if (elements.length === 0) mark.setAttribute('tabindex', '0');
        parent.insertBefore(mark, node);
        mark.appendChild(node);
        elements.push(mark);
      }
    }
    return { id: req.id, elements };
  });
}

/**
 * Takes every mark out of the document and rejoins exactly the text nodes we split, so the page
 * gets back its own nodes (frameworks hold references to them) rather than a normalised copy.
 */
export function removeHighlights(root: ParentNode): void {
  const marks = Array.from(root.querySelectorAll(MARK_TAG));
  const parents = new Set<Node>();
  for (const mark of marks.reverse()) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) {
    for (let child = parent.firstChild; child; ) {
      const next = child.nextSibling;
      const prev = child.previousSibling;
      if (child.nodeType === 3 && splitOff.has(child as Text) && prev?.nodeType === 3) {
        (prev as Text).appendData((child as Text).data);
        parent.removeChild(child);
        splitOff.delete(child as Text);
      }
      child = next;
    }
  }
}

/**
 * What a set of highlights shows the reader: which match, of what kind, over which words. Offsets
 * are left out, so text that a page adds above its article (a ticker, a feed) changes nothing.
 */
export function highlightSignature(page: PageText, requests: HighlightRequest[]): string {
  return requests
    .map((req) => [req.id, req.kind, req.ref, req.match, ...req.ranges.map((r) => page.text.slice(r.start, r.end))].join('\u241f'))
    .join('\u241e');
}

/** The text each highlight covers now, to tell later whether the page rewrote it. */
export function highlightTexts(anchored: AnchoredHighlight[]): string[] {
  return anchored.map((h) => h.elements.map((el) => el.textContent ?? '').join(''));
}

/** True while every mark is still in the document around the text it had when it was made. */
export function highlightsIntact(anchored: AnchoredHighlight[], texts: string[]): boolean {
  if (!anchored.every((h) => h.elements.every((el) => el.isConnected))) return false;
  return highlightTexts(anchored).every((text, i) => text === texts[i]);
}
