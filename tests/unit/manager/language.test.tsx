// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../utils/i18n/locales';
import { lookupIn, type MessagesFile } from '../../../utils/i18n/messages';
import { createTranslator } from '../../../utils/i18n/translator';
import { textOf } from '../components/text';
import { closeStores, MANAGER_TEST_TIMEOUT, renderManager } from './manager-host';

afterEach(() => {
  cleanup();
  closeStores();
});

const count = { count: { content: '$1' } };
/** A few of the manager's messages in German, written here: the German file is the translators'. */
const GERMAN: MessagesFile = {
  manager_heading: { message: 'Source Lens: Korpusverwaltung' },
  manager_view_sources: { message: 'Quellen' },
  manager_view_utterances: { message: 'Äußerungen' },
  manager_search_sources: { message: 'Quellen durchsuchen' },
  manager_n_sources__one: { message: '$COUNT$ Quelle', placeholders: count },
  manager_n_sources__other: { message: '$COUNT$ Quellen', placeholders: count },
  manager_badge_user: { message: 'Eigene' },
  manager_fact_published: { message: 'Erschienen' },
  manager_language_label: { message: 'Sprache der Oberfläche' },
  manager_language_browser: { message: 'Wie der Browser ($LANGUAGE$)', placeholders: { language: { content: '$1' } } },
};
const german = createTranslator('de', lookupIn(GERMAN));

const languageSelect = () => document.querySelector<HTMLSelectElement>('select[data-setting="ui-language"]')!;

describe('the corpus manager in the reader’s language', { timeout: MANAGER_TEST_TIMEOUT }, () => {
  it('speaks German with a German translator: headings, tabs, search, counts, badges, dates, and the root’s language', async () => {
    await renderManager('#/sources', { translator: german });
    expect(await screen.findByRole('heading', { level: 2, name: 'Quellen' })).not.toBeNull();
    expect(textOf(screen.getByRole('heading', { level: 1 }))).toBe('Source Lens: Korpusverwaltung');
    expect(screen.getByRole('tab', { name: 'Äußerungen' })).not.toBeNull();
    expect(screen.getByLabelText('Quellen durchsuchen')).not.toBeNull();
    expect(textOf(document.querySelector('.sl-count'))).toBe('6 Quellen');
    const harbor = screen.getByRole('article', { name: 'Harbor Courier on the Stargate money' });
    // The badge and the label are the interface's words, the date the language's; the outlet is the corpus's.
    expect(textOf(harbor)).toContain('Eigene The Harbor Courier');
    expect(textOf(harbor)).toContain('ErschienenFreitag, 24. Januar 2025');
    const root = document.querySelector('.sl-manager')!;
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual(['de', 'ltr']);
    // The setting is labelled in German; "browser default" names the browser's language in German.
    const select = screen.getByLabelText('Sprache der Oberfläche') as HTMLSelectElement;
    expect(select).toBe(languageSelect());
    expect(textOf(select.options[0])).toBe('Wie der Browser (Englisch)');
  });

  it('offers every interface language under its own name, in its own language', async () => {
    await renderManager('#/sources');
    const select = await waitFor(() => screen.getByLabelText('Interface language') as HTMLSelectElement);
    const options = [...select.options];
    expect(textOf(options[0])).toBe('Browser default (English)');
    expect(options[0]!.value).toBe('');
    expect(options.slice(1).map((o) => o.value)).toEqual(UI_LOCALES.map((l) => l.tag));
    expect(options.slice(1).every((o) => o.getAttribute('lang') === o.value)).toBe(true);
    const named = (tag: string) => textOf(options.find((o) => o.value === tag));
    expect([named('de'), named('ja'), named('ar'), named('es'), named('zh-Hant')]).toEqual(['Deutsch', '日本語', 'العربية', 'Español', '繁體中文']);
  });

  it('shows the stored choice, and keeps a new one through the injected setter (null for the browser’s default)', async () => {
    const host = await renderManager('#/sources', { uiLanguage: 'fr' });
    await screen.findByRole('heading', { level: 2, name: 'Sources' });
    await waitFor(() => expect(languageSelect().value).toBe('fr'));
    expect(host.services.uiLanguage.get).toHaveBeenCalled();

    fireEvent.change(languageSelect(), { target: { value: 'de' } });
    expect(host.services.uiLanguage.set).toHaveBeenLastCalledWith('de');
    expect(languageSelect().value).toBe('de');

    fireEvent.change(languageSelect(), { target: { value: '' } });
    expect(host.services.uiLanguage.set).toHaveBeenLastCalledWith(null);
    expect(languageSelect().value).toBe('');
    expect(host.services.uiLanguage.set).toHaveBeenCalledTimes(2);
  });

  it('keeps the setting in the header, before the views, so it is reached without scrolling', async () => {
    await renderManager('#/utterances');
    const header = document.querySelector('.sl-manager-head')!;
    expect(within(header as HTMLElement).getByLabelText('Interface language')).toBe(languageSelect());
  });
});
