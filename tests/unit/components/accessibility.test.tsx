// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { notStoryTabState, storyTabState } from '../../fixtures/sample-report';
import { renderPopup, SidebarHost } from './hosts';

/**
 * jsdom does no layout or painting, so axe cannot compute colours: color-contrast is off here and
 * the palette's contrast is checked by styles.test.ts instead. Everything else axe knows runs.
 */
async function violations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(cleanup);

describe('accessibility (axe-core)', () => {
  it('finds nothing wrong in the sidebar, with a note’s card open', async () => {
    const { container } = render(<SidebarHost selectedId="q1" />);
    expect(await violations(container)).toEqual([]);
  });

  it('finds nothing wrong in the popup for a story page, a page off the story, and no state', async () => {
    for (const state of [storyTabState, notStoryTabState, null]) {
      const { container, unmount } = renderPopup(state);
      container.querySelector('details')?.setAttribute('open', '');
      expect(await violations(container)).toEqual([]);
      unmount();
    }
  });
});
