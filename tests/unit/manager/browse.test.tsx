// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { textOf } from '../components/text';
import { closeStores, MANAGER_TEST_TIMEOUT, renderManager, USER_RECORDS } from './manager-host';

afterEach(() => {
  cleanup();
  closeStores();
});

const articles = () => screen.getAllByRole('article').map((a) => textOf(a.querySelector('h3')));

describe('browsing the corpus in the manager', { timeout: MANAGER_TEST_TIMEOUT }, () => {
  it('lists every source with its outlet (or that the text names none), dates, notes and origin, and searches them as you type', async () => {
    await renderManager('#/sources');
    await screen.findByRole('heading', { name: 'Sources' });
    expect(articles()).toHaveLength(6);
    const harbor = screen.getByRole('article', { name: 'Harbor Courier on the Stargate money' });
    expect(textOf(harbor)).toContain('Yours The Harbor Courier');
    expect(textOf(harbor)).toContain('Friday, January 24, 2025');
    expect(textOf(harbor)).toContain('Added by hand');
    expect(screen.getAllByText('The text does not name its outlet').length).toBeGreaterThan(0);

    fireEvent.input(screen.getByLabelText('Search sources'), { target: { value: 'nationpress' } });
    expect(articles()).toEqual(['Elon Musk and Sam Altman Clash Over Stargate Project on Social Media']);
    expect(textOf(screen.getByText(/sources shown/))).toBe('1 of 6 sources shown');

    fireEvent.input(screen.getByLabelText('Search sources'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'user' } });
    expect(articles()).toEqual(['Harbor Courier on the Stargate money']);
  });

  it('shows an utterance’s wordings side by side, each diffed word by word against the original', async () => {
    await renderManager('#/utterances');
    fireEvent.input(await screen.findByLabelText('Search utterances and their wordings'), { target: { value: 'lack the money' } });
    const utterance = screen.getByRole('article', { name: 'Musk says the Stargate partners lack the money' });
    const cards = within(utterance).getAllByRole('listitem').filter((li) => li.classList.contains('sl-wording-card'));
    expect(cards.length).toBeGreaterThan(2);
    const harbor = cards.find((c) => textOf(c).startsWith('The Harbor Courier'))!;
    expect(textOf(harbor.querySelector('del'))).toBe('[original only: don’t]');
    expect(textOf(harbor.querySelector('ins'))).toBe('[this wording only: do not]');
    const curatedExact = cards.find((c) => c.querySelector('del, ins') === null);
    expect(curatedExact).toBeDefined();
  });

  it('tables each figure by source with its value and qualifier; the user’s figure joins its measure’s row', async () => {
    await renderManager('#/figures');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('rowheader', { name: /^Stargate’s total planned investment/ }).closest('tr')!;
    const headers = within(table).getAllByRole('columnheader').map(textOf);
    const cellOf = (source: string) => textOf(row.children[headers.indexOf(source)]);
    expect(cellOf('The Harbor Courier')).toBe('some $500 billion 500 billion US dollars, stated as “about”');
    expect(cellOf('NationPress')).toMatch(/500 billion US dollars, stated as “(up to|at least)”/);
    fireEvent.input(screen.getByLabelText('Search figures'), { target: { value: 'softbank' } });
    expect(within(screen.getByRole('table')).queryByRole('rowheader', { name: /total planned investment/ })).toBeNull();
  });

  it('shows the timeline with each source’s words for when, and marks the events the sources date differently', async () => {
    await renderManager('#/timeline');
    await screen.findByRole('heading', { name: 'Timeline' });
    const conflicting = document.querySelectorAll('.sl-timeline > li.sl-conflicting');
    expect(conflicting.length).toBeGreaterThan(0);
    expect(textOf(conflicting[0])).toContain('The sources put this on different days.');
    expect(textOf(conflicting[0])).toContain('(another day)');
  });

  it('lists the disagreements with their positions and the records they link', async () => {
    await renderManager('#/disagreements');
    fireEvent.input(await screen.findByLabelText('Search disagreements'), { target: { value: 'at least' } });
    const item = document.querySelector('.sl-disagreement')!;
    expect(textOf(item)).toMatch(/up to/);
    expect(textOf(item.querySelector('.sl-linked'))).toContain('figure “Stargate’s total planned investment”');
  });

  it('moves between views with the arrow keys of the tab list, and says where it goes', async () => {
    const host = await renderManager('#/sources');
    const sources = await screen.findByRole('tab', { name: 'Sources' });
    expect(sources.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(sources, { key: 'ArrowRight' });
    const utterances = screen.getByRole('tab', { name: 'Utterances' });
    expect(utterances.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(utterances);
    expect(host.routes.at(-1)).toEqual({ view: 'utterances', draftId: null });
    fireEvent.keyDown(utterances, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Add a page' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'Add a page' }).id);
  });

  it('links a source’s address only when it is a web address', async () => {
    const odd = { ...USER_RECORDS.sources![0]!, id: 'user.src.odd', headline: 'Odd address', url: 'javascript:alert(1)' };
    await renderManager('#/sources', { extra: { sources: [odd] } });
    const harbor = await screen.findByRole('article', { name: 'Harbor Courier on the Stargate money' });
    expect(within(harbor).getByRole('link').getAttribute('href')).toBe('https://courier.example/stargate');
    const oddArticle = screen.getByRole('article', { name: 'Odd address' });
    expect(within(oddArticle).queryByRole('link')).toBeNull();
    expect(within(oddArticle).getByText('javascript:alert(1)')).not.toBeNull();
  });
});
