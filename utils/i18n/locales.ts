/**
 * The languages the interface speaks: the languages the reader reads, each with the folder its
 * messages live in under `_locales/` (browsers name Chinese by region, not by script).
 */
export const UI_LOCALES = [
  { tag: 'en', folder: 'en' },
  { tag: 'de', folder: 'de' },
  { tag: 'es', folder: 'es' },
  { tag: 'fr', folder: 'fr' },
  { tag: 'pt', folder: 'pt' },
  { tag: 'it', folder: 'it' },
  { tag: 'nl', folder: 'nl' },
  { tag: 'pl', folder: 'pl' },
  { tag: 'uk', folder: 'uk' },
  { tag: 'ru', folder: 'ru' },
  { tag: 'tr', folder: 'tr' },
  { tag: 'ar', folder: 'ar' },
  { tag: 'hi', folder: 'hi' },
  { tag: 'ja', folder: 'ja' },
  { tag: 'ko', folder: 'ko' },
  { tag: 'zh-Hans', folder: 'zh_CN' },
  { tag: 'zh-Hant', folder: 'zh_TW' },
] as const;

export type UiLocaleTag = (typeof UI_LOCALES)[number]['tag'];
export const DEFAULT_UI_LOCALE: UiLocaleTag = 'en';

const TAGS = new Set<string>(UI_LOCALES.map((l) => l.tag));

export function isUiLocale(tag: string): tag is UiLocaleTag {
  return TAGS.has(tag);
}

export function folderOf(tag: UiLocaleTag): string {
  return UI_LOCALES.find((l) => l.tag === tag)!.folder;
}

/** Chinese written in traditional characters, by region, when the tag does not name the script. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The interface language for a browser's language tag ("ja-JP" → ja, "zh-TW" → zh-Hant,
 * "pt_BR" → pt), or English when we do not speak it. `Intl.Locale` parses the tag and adds the
 * likely script, so "zh-HK" and "zh-Hant-CN" both come out traditional.
 */
export function matchUiLocale(requested: string | null | undefined): UiLocaleTag {
  if (!requested) return DEFAULT_UI_LOCALE;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(requested.replace(/_/g, '-'));
  } catch {
    return DEFAULT_UI_LOCALE;
  }
  if (locale.language === 'zh') {
    const script = locale.script ?? locale.maximize().script;
    if (script === 'Hant' || (!locale.script && TRADITIONAL_REGIONS.has(locale.region ?? ''))) return 'zh-Hant';
    return 'zh-Hans';
  }
  return isUiLocale(locale.language) ? locale.language : DEFAULT_UI_LOCALE;
}
