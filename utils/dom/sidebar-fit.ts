/**
 * How wide the sidebar opens when the reader has not chosen a width for the site: narrow enough
 * to sit in the free margin beside the article, so it does not cover the text being read, as long
 * as that margin can hold a readable sidebar. Where it cannot, the usual width is kept (the reader
 * can narrow it, or close it).
 */
import { SIDEBAR_WIDTH } from '../storage/settings';

/** Space kept between the article's edge and the sidebar. */
export const SIDEBAR_GAP = 12;

export function sidebarWidthBeside(viewportWidth: number, articleRight: number | null, width: number): number {
  if (width !== SIDEBAR_WIDTH.initial || articleRight === null || !Number.isFinite(articleRight)) return width;
  const free = Math.floor(viewportWidth - articleRight - SIDEBAR_GAP);
  if (free < SIDEBAR_WIDTH.min) return width;
  return Math.min(width, free);
}

/** The right edge of the blocks that hold the highlights: where the article's text ends. */
export function articleRightEdge(marks: readonly Element[]): number | null {
  let right: number | null = null;
  for (const mark of marks.slice(0, 40)) {
    const block = mark.parentElement?.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6, td, th, figcaption, dd, pre') ?? mark.parentElement;
    const box = block?.getBoundingClientRect();
    if (box && box.width > 0) right = Math.max(right ?? 0, box.right);
  }
  return right;
}
