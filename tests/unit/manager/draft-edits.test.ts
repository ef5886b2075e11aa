// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageDraft } from '../../../utils/corpus/page-draft';

const MODULE = '../../../components/manager/add/draft-edits';
const draft = { article: { url: 'https://example.test/a' }, source: { headline: 'Edited' }, quotations: [], figures: [] } as unknown as PageDraft;

/** A fresh copy of the module, as a reloaded manager page has: nothing in memory. */
async function reloaded(): Promise<typeof import('../../../components/manager/add/draft-edits')> {
  vi.resetModules();
  return import(MODULE);
}

afterEach(() => sessionStorage.clear());

describe('the edits to a page being added', () => {
  it('survive a reload of the manager, from its session storage', async () => {
    (await reloaded()).rememberEdits('d1', draft);
    const after = await reloaded();
    expect(after.recallEdits('d1')).toEqual(draft);
    expect(after.recallEdits('d2')).toBeNull();
  });

  it('are gone once the page is saved or discarded', async () => {
    const edits = await reloaded();
    edits.rememberEdits('d1', draft);
    expect(edits.draftInProgress()).toBe('d1');
    edits.forgetEdits('d1');
    expect(edits.draftInProgress()).toBeNull();
    expect((await reloaded()).recallEdits('d1')).toBeNull();
  });

  it('are ignored when what the storage holds is not a draft', async () => {
    sessionStorage.setItem('source-lens.draft-edits.d1', '{"article":');
    sessionStorage.setItem('source-lens.draft-edits.d2', '{"quotations":"x"}');
    const edits = await reloaded();
    expect(edits.recallEdits('d1')).toBeNull();
    expect(edits.recallEdits('d2')).toBeNull();
  });
});
