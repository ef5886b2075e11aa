// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FigureMatch, QuoteMatch } from '../../../utils/match/types';
import { annotationsForPage, serializeAnnotations } from '../../../utils/storage/web-annotation';
import { textOf } from '../components/text';
import { closeStores, MANAGER_TEST_TIMEOUT, renderManager, USER_RECORDS } from './manager-host';

afterEach(() => {
  cleanup();
  closeStores();
});

async function chooseFile(label: string, name: string, text: string) {
  const input = await screen.findByLabelText(label);
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

/** The items of the list that follows a paragraph with the given text, in a dialog. */
const listAfter = (dialog: HTMLElement, intro: string) =>
  [...within(dialog).getByText(intro).nextElementSibling!.querySelectorAll('li')].map(textOf);

describe('changing the corpus in the manager', { timeout: MANAGER_TEST_TIMEOUT }, () => {
  it('asks before deleting one of the user’s sources, says what goes with it, and deletes on confirmation', async () => {
    const host = await renderManager('#/sources');
    const harbor = await screen.findByRole('article', { name: 'Harbor Courier on the Stargate money' });
    fireEvent.click(within(harbor).getByRole('button', { name: /^Delete/ }));
    const dialog = screen.getByRole('alertdialog', { name: /Delete the source “Harbor Courier on the Stargate money”\?/ });
    // The figure's only statement came from this source: it would be left empty, so it goes too.
    expect(listAfter(dialog, 'These go with it:')).toEqual(['wording “They do not actually have the money”', 'figure “Stargate’s total planned investment”']);
    expect(within(dialog).queryByText('These stay but no longer point to it:')).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await host.store.getCorpus()).sources).toHaveLength(6);

    fireEvent.click(within(harbor).getByRole('button', { name: /^Delete/ }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Harbor Courier on the Stargate money' })).toBeNull());
    const corpus = await host.store.getCorpus();
    expect(corpus.sources.map((s) => s.id)).not.toContain('user.src.harbor');
    expect(corpus.wordings.map((w) => w.id)).not.toContain('user.wrd.harbor.1');
    expect(host.services.corpusChanged).toHaveBeenCalledTimes(1);
    expect(textOf(document.querySelector('.sl-announce'))).toMatch(/^Deleted the source .* and 2 records with it\.$/);
  });

  it('offers no delete for curated records', async () => {
    await renderManager('#/sources');
    const curated = await screen.findByRole('article', { name: 'Elon Musk and Sam Altman Clash Over Stargate Project on Social Media' });
    expect(within(curated).queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('resets to the curated corpus after confirmation, keeping curated records', async () => {
    const host = await renderManager('#/transfer');
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to the curated corpus' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove all 3 records you added?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove my records' }));
    await waitFor(() => expect(host.services.corpusChanged).toHaveBeenCalled());
    const corpus = await host.store.getCorpus();
    expect(corpus.sources.map((s) => s.origin)).toEqual(['curated', 'curated', 'curated', 'curated', 'curated']);
  });

  it('shows what is wrong with a corpus file and where, and imports nothing of it', async () => {
    const host = await renderManager('#/transfer', { user: false });
    const file = { format: 'source-lens-corpus', version: 1, ...USER_RECORDS, utterances: [], events: [], disagreements: [] };
    const broken = { ...file, wordings: [{ ...USER_RECORDS.wordings![0], form: 'paraphrase' }] };
    await chooseFile('Corpus file (.json)', 'broken.json', JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(textOf(alert)).toMatch(/^The file was not imported: wordings\[0\]\.form/);
    expect((await host.store.getCorpus()).sources).toHaveLength(5);

    await chooseFile('Corpus file (.json)', 'good.json', JSON.stringify(file));
    expect(textOf(await screen.findByText(/^Imported/))).toBe('Imported 3 records.');
    expect((await host.store.getCorpus()).sources).toHaveLength(6);
    expect(host.services.corpusChanged).toHaveBeenCalledTimes(1);
  });

  it('exports the user’s records, or everything, as a corpus file', async () => {
    const host = await renderManager('#/transfer');
    fireEvent.click(await screen.findByRole('button', { name: 'Export your records' }));
    await waitFor(() => expect(host.services.download).toHaveBeenCalled());
    const [filename, text, type] = host.services.download.mock.calls[0]!;
    expect([filename, type]).toEqual(['source-lens-corpus-yours-2025-02-01.json', 'application/json']);
    const exported = JSON.parse(text as string);
    expect(exported.sources.map((s: { id: string }) => s.id)).toEqual(['user.src.harbor']);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await waitFor(() => expect(host.services.download).toHaveBeenCalledTimes(2));
    expect(JSON.parse(host.services.download.mock.calls[1]![1] as string).sources).toHaveLength(6);
  });

  it('imports highlights as notes on the records they name, leaving out those that name none', async () => {
    const page = 'Musk wrote: “They don’t actually have the money.” It costs $7 billion.';
    const at = (part: string) => ({ start: page.indexOf(part), end: page.indexOf(part) + part.length });
    const quote: QuoteMatch = {
      kind: 'quote', id: 'q0', matchClass: 'exact', fidelity: 'exact', ranges: [at('They don’t actually have the money')], utteranceId: 'musk.no-money',
      score: 1, wordings: [], pageText: '',
    };
    const unknownFigure: FigureMatch = {
      kind: 'figure', id: 'f0', range: at('$7 billion'), text: '$7 billion', value: 7e9, unit: 'USD', qualifier: 'exact', figureId: null,
      fidelity: 'close', agreement: 'unknown', agreeing: [], differing: [],
    };
    const file = annotationsForPage({ pageUrl: 'https://news.example/a', pageText: page, quotes: [quote], figures: [unknownFigure] });
    await renderManager('#/transfer');
    const label = 'Web Annotation file (.jsonld, .json)';
    await chooseFile(label, 'not-annotations.jsonld', '{"type":"Annotation"}');
    expect(textOf(await screen.findByRole('alert'))).toMatch(/^The annotations were not imported: .*target/);

    await chooseFile(label, 'highlights.jsonld', serializeAnnotations(file));
    expect(textOf(await screen.findByText(/^Added/))).toBe(
      'Added 1 note from the highlights. Left out, as they name no record of the corpus: 1 highlight.',
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Your notes' }));
    expect(textOf(await screen.findByText(/^On the utterance/))).toBe('On the utterance “Musk says the Stargate partners lack the money”');
    expect(screen.getByText('“They don’t actually have the money” — highlighted on https://news.example/a')).not.toBeNull();
  });
});
