// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeStores, MANAGER_TEST_TIMEOUT, renderManager } from './manager-host';

/**
 * jsdom does no layout or painting, so axe cannot compute colours: color-contrast is off here and
 * the palette's contrast is checked by styles.test.ts instead. Everything else axe knows runs.
 */
async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(() => {
  cleanup();
  closeStores();
});

describe('the corpus manager’s accessibility (axe-core)', { timeout: MANAGER_TEST_TIMEOUT }, () => {
  it('finds nothing wrong in the sources view, with a delete confirmation open', async () => {
    await renderManager('#/sources');
    const harbor = await screen.findByRole('article', { name: 'Harbor Courier on the Stargate money' });
    fireEvent.click(within(harbor).getByRole('button', { name: /^Delete/ }));
    expect(await violations()).toEqual([]);
  });

  it('finds nothing wrong in the utterances view (narrowed by a search, to keep the check quick)', async () => {
    await renderManager('#/utterances');
    fireEvent.input(await screen.findByLabelText('Search utterances and their wordings'), { target: { value: 'money' } });
    expect(await violations()).toEqual([]);
  });

  it('finds nothing wrong in the figures, timeline and disagreements views', async () => {
    for (const [view, heading] of [
      ['figures', 'Figures'],
      ['timeline', 'Timeline'],
      ['disagreements', 'Disagreements'],
    ]) {
      await renderManager(`#/${view}`);
      await screen.findByRole('heading', { name: heading! });
      expect(await violations(), view).toEqual([]);
      cleanup();
    }
  });

  it('finds nothing wrong in the notes and import-and-export views', async () => {
    for (const [view, heading] of [
      ['notes', 'Your notes'],
      ['transfer', 'Import and export'],
    ]) {
      await renderManager(`#/${view}`);
      await screen.findByRole('heading', { name: heading! });
      expect(await violations(), view).toEqual([]);
      cleanup();
    }
  });

  it('finds nothing wrong in the add view, with a page to add and without one', async () => {
    await renderManager('#/add?draft=d1', { user: false });
    await screen.findByText('The source');
    expect(await violations()).toEqual([]);
    cleanup();
    await renderManager('#/add');
    await screen.findByText(/No page to add yet/);
    expect(await violations()).toEqual([]);
  });
});
