/**
 * The Translator every component speaks through. Entry points provide the reader's language; a
 * component rendered without a provider speaks the fallback, which the Node tests set to English
 * (tests/support/english-ui.ts) and the extension never needs.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translator } from '../utils/i18n/translator';

/** Without a provider nor a fallback, keys show as they are: a missing provider is plain to see. */
let fallback: Translator = createTranslator('en', () => '');
const I18nContext = createContext<Translator | null>(null);

export function setFallbackTranslator(translator: Translator): void {
  fallback = translator;
}

export function I18nProvider(props: { translator: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={props.translator}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext) ?? fallback;
}

/** `lang` and `dir` for a root element of the interface, so text lays out and wraps for its language. */
export function rootLanguage(tr: Translator): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: tr.locale, dir: tr.dir };
}
