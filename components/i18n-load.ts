/**
 * Which language the interface speaks, in the browser: the reader's choice in the manager when
 * there is one (kept in `storage.local`, where every part of the extension can read it), else the
 * browser's own language through `browser.i18n`, which also picks the messages file.
 */
import { browser } from 'wxt/browser';
import { createTranslator, type Translator } from '../utils/i18n/translator';
import { folderOf, isUiLocale, matchUiLocale, type UiLocaleTag } from '../utils/i18n/locales';
import { lookupIn, type MessagesFile } from '../utils/i18n/messages';

export const UI_LANGUAGE_KEY = 'uiLanguage';

/** The reader's chosen language, or null to follow the browser. */
export async function readUiLanguage(): Promise<UiLocaleTag | null> {
  const stored = ((await browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({}))) as Record<string, unknown>)[UI_LANGUAGE_KEY];
  return typeof stored === 'string' && isUiLocale(stored) ? stored : null;
}

export async function writeUiLanguage(tag: UiLocaleTag | null): Promise<void> {
  if (tag === null) await browser.storage.local.remove(UI_LANGUAGE_KEY);
  else await browser.storage.local.set({ [UI_LANGUAGE_KEY]: tag });
}

/** The packaged messages of one language: fetched by extension pages, asked of the background by content scripts. */
export async function fetchMessages(tag: UiLocaleTag): Promise<MessagesFile> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${folderOf(tag)}/messages.json` as '/popup.html'));
  return (await response.json()) as MessagesFile;
}

// The polyfill's types know only the predefined @@ messages; ours are the packaged ones.
const getMessage = (key: string, substitutions?: string[]) =>
  (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions);

/** The browser's language, as `browser.i18n` resolved it: each messages file names its own locale. */
export function browserTranslator(): Translator {
  const tag = matchUiLocale(getMessage('ui_locale') || browser.i18n.getUILanguage());
  return createTranslator(tag, (key, subs) => getMessage(key, subs));
}

async function loadTranslator(load: (tag: UiLocaleTag) => Promise<MessagesFile> = fetchMessages): Promise<Translator> {
  const chosen = await readUiLanguage();
  if (chosen) {
    const messages = await load(chosen).catch(() => null);
    // A key a file lacks (a newer message, say) is answered as the browser would: its language, else English.
    if (messages) return createTranslator(chosen, lookupIn(messages), (key, subs) => getMessage(key, subs));
  }
  return browserTranslator();
}

/** Calls back when the reader picks another language in the manager, so open views follow. */
function onUiLanguageChange(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && UI_LANGUAGE_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface ReaderLanguage {
  /** The translator of the language last asked for, once loaded (a later change overtakes one still loading). */
  latest(): Promise<Translator>;
  stop(): void;
}

/**
 * The reader's language, followed: loads its translator now, and again whenever the reader picks
 * another, calling `changed` with each new one unless a later change overtook it. Every part of
 * the extension that shows words (popup, manager, the page's cards) follows the language this way.
 */
export function followReaderLanguage(
  changed: (translator: Translator) => void,
  load: (tag: UiLocaleTag) => Promise<MessagesFile> = fetchMessages,
): ReaderLanguage {
  // Should even the browser's words fail to load, the browser's own language rather than nothing.
  const ask = () => loadTranslator(load).catch(() => browserTranslator());
  let asked = ask();
  let stopped = false;
  const stopWatching = onUiLanguageChange(() => {
    const mine = (asked = ask());
    void mine.then((translator) => {
      if (mine === asked && !stopped) changed(translator);
    });
  });
  return {
    async latest() {
      for (;;) {
        const mine = asked;
        const translator = await mine;
        if (mine === asked) return translator;
      }
    },
    stop() {
      stopped = true;
      stopWatching();
    },
  };
}
