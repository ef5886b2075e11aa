import { describe, expect, it } from 'vitest';
import { SIDEBAR_GAP, sidebarWidthBeside } from '../../../utils/dom/sidebar-fit';
import { SIDEBAR_WIDTH } from '../../../utils/storage/settings';

describe('the width the sidebar opens at', () => {
  it('fits the margin beside the article when the reader has not chosen one', () => {
    // A 1280 px window with the article ending at 1008 px: 260 px are free beside it.
    expect(sidebarWidthBeside(1280, 1008, SIDEBAR_WIDTH.initial)).toBe(1280 - 1008 - SIDEBAR_GAP);
  });

  it('keeps the usual width when the margin is wider than that', () => {
    expect(sidebarWidthBeside(1920, 1000, SIDEBAR_WIDTH.initial)).toBe(SIDEBAR_WIDTH.initial);
  });

  it('keeps the usual width when the margin is too narrow for a readable sidebar, or the article was not found', () => {
    expect(sidebarWidthBeside(1280, 1200, SIDEBAR_WIDTH.initial)).toBe(SIDEBAR_WIDTH.initial);
    expect(sidebarWidthBeside(1280, null, SIDEBAR_WIDTH.initial)).toBe(SIDEBAR_WIDTH.initial);
  });

  it('keeps the width the reader chose for the site', () => {
    expect(sidebarWidthBeside(1280, 1008, 500)).toBe(500);
  });
});
