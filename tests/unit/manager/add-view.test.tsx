// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { textOf } from '../components/text';
import { closeStores, MANAGER_TEST_TIMEOUT, renderManager } from './manager-host';
import { forgetEdits } from '../../../components/manager/add/draft-edits';

afterEach(() => {
  cleanup();
  closeStores();
  forgetEdits('d1');
});

/** A proposal's fieldset by its legend. (Role queries are slow on a form this size in jsdom.) */
function proposal(legendStart: string): HTMLElement {
  const all = [...document.querySelectorAll<HTMLFieldSetElement>('fieldset.sl-proposal')];
  const found = all.find((f) => textOf(f.querySelector('legend')).match(new RegExp(`^${legendStart}\\b`)));
  if (!found) throw new Error(`no proposal "${legendStart}"`);
  return found;
}
const quotation = (n: number) => proposal(`Quotation ${n}`);
/** The source's fields, once the draft is shown. (Label queries over the whole form are slow in jsdom.) */
async function sourceField(label: string): Promise<HTMLInputElement> {
  const legend = await screen.findByText('The source');
  return within(legend.closest('fieldset')!).getByLabelText(label) as HTMLInputElement;
}
const figure = (n: number) => proposal(`Figure ${n}`);

describe('adding a page to the corpus', { timeout: MANAGER_TEST_TIMEOUT }, () => {
  it('proposes the source, the quotations with their speakers and matches, and the figures, all editable', async () => {
    await renderManager('#/add?draft=d1', { user: false });
    expect(await sourceField('Headline')).toHaveProperty('value', 'Stargate’s money questioned as Musk and Altman trade barbs');
    expect(await sourceField('Outlet')).toHaveProperty('value', 'The Harbor Courier');
    expect(await sourceField('Published')).toHaveProperty('value', '2025-01-24');
    expect(screen.getByText('8 quotations').tagName).toBe('H3');
    expect(textOf(quotation(1).querySelector('.sl-match'))).toMatch(/^Exact quote “Musk says the Stargate partners lack the money” \(Elon Musk\), 100% similar\./);
    expect(within(quotation(1)).getByLabelText('Belongs to')).toHaveProperty('value', 'musk.no-money');
    expect(within(quotation(5)).getByLabelText('Belongs to')).toHaveProperty('value', '');
    expect(within(quotation(5)).getByLabelText('Speaker')).toHaveProperty('value', 'Marta Velasquez');
    expect(textOf(figure(1).querySelector('legend'))).toBe('Figure 1: up to $500 billion');
    expect(within(figure(1)).getByLabelText('Qualifier')).toHaveProperty('value', 'up to');
  });

  it('matches an edited quotation again as you type', async () => {
    await renderManager('#/add?draft=d1', { user: false });
    await sourceField('Headline');
    const words = within(quotation(6)).getByLabelText('Words as printed');
    fireEvent.input(words, { target: { value: 'SoftBank has well under $10B secured' } });
    expect(within(quotation(6)).getByLabelText('Belongs to')).toHaveProperty('value', 'musk.softbank-10b');
    expect(within(quotation(6)).queryByLabelText('Speaker')).toBeNull();
  });

  it('saves the edited page in one go and shows where each quotation went', async () => {
    const host = await renderManager('#/add?draft=d1', { user: false });
    fireEvent.input(await sourceField('Headline'), { target: { value: 'Harbor headline edited' } });
    fireEvent.click(within(quotation(7)).getByLabelText('Keep quotation 7'));
    fireEvent.input(within(quotation(5)).getByLabelText('Speaker'), { target: { value: 'Marta Velásquez' } });
    for (const n of [2, 3, 4, 5, 6]) fireEvent.click(within(figure(n)).getByLabelText(`Keep figure ${n}`));
    fireEvent.click(screen.getByText('Save to the corpus'));

    const saved = await screen.findByRole('heading', { name: 'Saved “Harbor headline edited”' });
    const section = saved.closest('section')!;
    expect(textOf(section.querySelector('p'))).toBe(
      '7 quotations: 5 of 7 belong to utterances already in the corpus and were saved as new wordings of them; 2 new utterances. 1 figure.',
    );
    const items = [...section.querySelectorAll('li')].map((li) => [...li.querySelectorAll('p')].map(textOf));
    expect(items[0]).toEqual([
      '“They don’t actually have the money,”',
      'A new wording of “Musk says the Stargate partners lack the money” (Elon Musk): exact quote.',
      'They don’t actually have the money[this page only: ,]',
    ]);
    expect(items[4]).toEqual(['“The grid in Texas can carry it, but not in four years.”', 'A new utterance by Marta Velásquez (user.utt.harbor-headline-edited.1).']);

    const corpus = await host.store.getCorpus();
    const mine = <T extends { origin: string }>(list: T[]) => list.filter((r) => r.origin === 'user');
    expect(mine(corpus.sources).map((s) => s.id)).toEqual(['user.src.harbor-headline-edited']);
    expect(mine(corpus.utterances).map((u) => u.speaker)).toEqual(['Marta Velásquez', 'Marta Velasquez']);
    expect(mine(corpus.wordings).filter((w) => w.utteranceId === 'musk.no-money')).toHaveLength(2);
    expect(mine(corpus.figures)).toHaveLength(1);
    expect(host.services.discardDraft).toHaveBeenCalledWith('d1');
    expect(host.services.corpusChanged).toHaveBeenCalledTimes(1);
  });

  it('says what is wrong when the store refuses the page, and saves none of it', async () => {
    const host = await renderManager('#/add?draft=d1', { user: false });
    fireEvent.input(await sourceField('Published'), { target: { value: 'Jan 24' } });
    fireEvent.click(screen.getByText('Save to the corpus'));
    expect(textOf(await screen.findByRole('alert'))).toMatch(/^The records were not saved: sources\[0\]\.published/);
    expect((await host.store.getCorpus()).sources).toHaveLength(5);
    expect(host.services.corpusChanged).not.toHaveBeenCalled();
  });

  it('keeps your edits while you look at another view and come back', async () => {
    await renderManager('#/add?draft=d1', { user: false });
    fireEvent.input(await sourceField('Headline'), { target: { value: 'My own headline' } });
    fireEvent.click(within(quotation(7)).getByLabelText('Keep quotation 7'));
    fireEvent.click(screen.getByRole('tab', { name: 'Sources' }));
    await screen.findByRole('heading', { name: 'Sources', level: 2 });
    fireEvent.click(screen.getByRole('tab', { name: 'Add a page' }));
    expect(await sourceField('Headline')).toHaveProperty('value', 'My own headline');
    expect(within(quotation(7)).getByLabelText('Keep quotation 7')).toHaveProperty('checked', false);
  });

  it('explains a draft that is gone, and how to add a page', async () => {
    await renderManager('#/add?draft=gone');
    expect(textOf(await screen.findByText(/draft is gone/))).toMatch(/Add this page to the corpus/);
  });

  it('discards the page on request', async () => {
    const host = await renderManager('#/add?draft=d1', { user: false });
    fireEvent.click(await screen.findByText('Discard this page'));
    await waitFor(() => expect(host.routes.at(-1)).toEqual({ view: 'sources', draftId: null }));
    expect(host.services.discardDraft).toHaveBeenCalledWith('d1');
  });
});
