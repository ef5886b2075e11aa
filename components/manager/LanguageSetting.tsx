import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { isUiLocale, UI_LOCALES, type UiLocaleTag } from '../../utils/i18n/locales';
import { useI18n } from '../i18n';
import type { UiLanguageService } from './types';

/** A language's name in that language itself, as a reader looking for their own would know it: "Deutsch", "日本語". */
function ownName(tag: UiLocaleTag): string {
  let name: string = tag;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // An engine without the language's data: its tag is still a name.
  }
  // Some languages write their own name in lower case ("español"); at the head of a choice it takes a capital.
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * The interface language: the browser's by default, or one the reader picks, each offered under
 * its own name. The choice is kept for every part of the extension, which follows at once.
 */
export function LanguageSetting(props: { service: UiLanguageService }) {
  const tr = useI18n();
  const id = useId();
  const { service } = props;
  // undefined until the stored choice is read; read again when the interface changes language
  // (in this tab or another), unless the reader has chosen meanwhile.
  const [chosen, setChosen] = useState<UiLocaleTag | null | undefined>(undefined);
  const choosing = useRef(0);
  useEffect(() => {
    let live = true;
    const asked = choosing.current;
    void service
      .get()
      .catch(() => null)
      .then((tag) => {
        if (live && asked === choosing.current) setChosen(tag);
      });
    return () => void (live = false);
  }, [service, tr.locale]);
  const choose = (value: string) => {
    const tag = isUiLocale(value) ? value : null;
    choosing.current += 1;
    setChosen(tag);
    void service.set(tag).catch(() => undefined);
  };
  const browserName = tr.languageName(service.browserDefault());
  return (
    <div class="sl-setting">
      <label for={id}>{tr.t('manager_language_label')}</label>{' '}
      <select id={id} data-setting="ui-language" value={chosen ?? ''} onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
        <option value="">{tr.t('manager_language_browser', [browserName])}</option>
        {UI_LOCALES.map(({ tag }) => (
          <option key={tag} value={tag} lang={tag}>
            {ownName(tag)}
          </option>
        ))}
      </select>
    </div>
  );
}
